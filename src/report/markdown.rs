//! A speaker's quotes as Markdown, each with where it was said: the document's title, date and
//! line. `dokseo quotes --markdown` writes it, and the reader copies or saves it.

use std::io::{self, Write};

use crate::catalog::Catalog;
use crate::corpus::Document;
use crate::quotes::quote_text;
use crate::text::counted;
use crate::text::glyph::sanitize_line;

/// One quote and where it was said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cited {
    /// The document as named on the command line (or the seed's file name).
    pub doc: String,
    /// The document's title.
    pub title: String,
    /// The document's date, when it gives one.
    pub date: Option<String>,
    /// 1-based line of the quote's first word.
    pub line: usize,
    /// The quoted words, without marks.
    pub text: String,
}

/// The quotes of one speaker, in corpus order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeakerQuotes {
    /// Canonical full name.
    pub name: String,
    /// Organisation and title, when known.
    pub role: Option<String>,
    /// The quotes.
    pub quotes: Vec<Cited>,
}

impl SpeakerQuotes {
    /// Speaker `index` of `catalog` over `docs`; `None` when there is no such speaker.
    #[must_use]
    pub fn of(catalog: &Catalog, docs: &[Document], index: usize) -> Option<Self> {
        let s = catalog.speakers().get(index)?;
        let quotes = s
            .quotes
            .iter()
            .filter_map(|&id| {
                let (doc, q) = (docs.get(id.0)?, catalog.quote(id)?);
                Some(Cited {
                    doc: doc.name.clone(),
                    title: doc.meta.title.clone(),
                    date: doc.meta.date.clone(),
                    line: doc.line_of(q.inner.start),
                    text: quote_text(&doc.text, q).to_string(),
                })
            })
            .collect();
        Some(Self {
            name: s.name.clone(),
            role: s.role.clone(),
            quotes,
        })
    }
}

/// `s` safe in Markdown running text on one line: control, bidi and invisible characters shown
/// as escapes (as on screen), line breaks as spaces, and the ASCII punctuation Markdown acts on
/// escaped with a backslash.
#[must_use]
pub fn escape(s: &str) -> String {
    let one_line = s.replace(['\r', '\n'], " ");
    let mut out = String::with_capacity(one_line.len());
    for c in sanitize_line(&one_line).chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '#' | '!'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Writes `speakers` as Markdown: a section per speaker, a subsection per document (title and
/// date, then the document's name), a list item per quote with its line.
///
/// # Errors
/// When writing fails.
pub fn write(out: &mut impl Write, speakers: &[SpeakerQuotes]) -> io::Result<()> {
    for (i, s) in speakers.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        writeln!(out, "# {}", escape(&s.name))?;
        writeln!(out)?;
        let counts = format!(
            "{} in {}",
            counted(s.quotes.len(), "quote", "quotes"),
            counted(count_docs(&s.quotes), "document", "documents")
        );
        match &s.role {
            Some(role) => writeln!(out, "{} · {counts}", escape(role))?,
            None => writeln!(out, "{counts}")?,
        }
        let mut last_doc: Option<&str> = None;
        for q in &s.quotes {
            if last_doc != Some(q.doc.as_str()) {
                last_doc = Some(&q.doc);
                writeln!(out)?;
                match &q.date {
                    Some(date) => writeln!(out, "## {} ({})", escape(&q.title), escape(date))?,
                    None => writeln!(out, "## {}", escape(&q.title))?,
                }
                writeln!(out)?;
                writeln!(out, "*{}*", escape(&q.doc))?;
                writeln!(out)?;
            }
            writeln!(out, "- line {}: “{}”", q.line, escape(&q.text))?;
        }
    }
    Ok(())
}

/// The Markdown of `speakers` as a string.
#[must_use]
pub fn to_string(speakers: &[SpeakerQuotes]) -> String {
    let mut out = Vec::new();
    // Writing to memory does not fail.
    let _ = write(&mut out, speakers);
    String::from_utf8_lossy(&out).into_owned()
}

/// Writes `text` to a new file in `dir` named after `stem` (`stem.md`, else `stem-2.md`, …),
/// never replacing a file: it is written aside and linked into place, which fails rather
/// than overwrites, so a file appears whole or not at all. Returns its path.
///
/// # Errors
/// When writing fails, or a hundred names are taken.
pub fn save_new(dir: &std::path::Path, stem: &str, text: &str) -> io::Result<std::path::PathBuf> {
    // A name from a document: no path separators, no leading dot, nothing unprintable.
    let stem: String = sanitize_line(stem)
        .chars()
        .map(|c| {
            if c == '/' || c == '\\' || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect();
    let stem = stem.trim_start_matches('.').trim();
    let stem = if stem.is_empty() { "quotes" } else { stem };
    let aside = dir.join(format!(".{stem}.md.{}.tmp", std::process::id()));
    std::fs::write(&aside, text)?;
    let result = (1..=100)
        .map(|n| match n {
            1 => dir.join(format!("{stem}.md")),
            n => dir.join(format!("{stem}-{n}.md")),
        })
        .find_map(|path| match std::fs::hard_link(&aside, &path) {
            Ok(()) => Some(Ok(path)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => None,
            Err(e) => Some(Err(e)),
        })
        .unwrap_or_else(|| Err(io::Error::other("a hundred file names are taken")));
    let _ = std::fs::remove_file(&aside);
    result
}

/// Documents among `quotes` (which come in corpus order, a document's together).
fn count_docs(quotes: &[Cited]) -> usize {
    quotes
        .iter()
        .enumerate()
        .filter(|(i, q)| *i == 0 || quotes[i - 1].doc != q.doc)
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Document;

    #[test]
    fn quotes_are_grouped_by_document_with_title_date_and_line() {
        let a = "# 시장 전망\n2025년 3월 4일\n\n김민수 한국대 교수는 “시장이 흔들린다”고 말했다.\n\
                 김 교수는 “*과열*은 없다”고 덧붙였다.\n";
        let b = "두 번째 기사\n\n김민수 교수는 “금리가 [곧] 내린다”라고 했다.\n";
        let docs = vec![
            Document::new("a.txt", a.into(), "UTF-8", false),
            Document::new("b.txt", b.into(), "UTF-8", false),
        ];
        let catalog = Catalog::build(&docs);
        let i = catalog
            .speakers()
            .iter()
            .position(|s| s.name == "김민수")
            .unwrap_or_else(|| panic!("{:?}", catalog.speakers()));
        let s = SpeakerQuotes::of(&catalog, &docs, i).unwrap_or_else(|| panic!("speaker"));
        assert_eq!(s.quotes.len(), 3);
        let md = to_string(&[s]);
        insta::assert_snapshot!(md);
    }

    #[test]
    fn saving_never_replaces_a_file() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let first = save_new(dir.path(), "김민수", "하나").unwrap_or_else(|e| panic!("{e}"));
        let second = save_new(dir.path(), "김민수", "둘").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(first, dir.path().join("김민수.md"));
        assert_eq!(second, dir.path().join("김민수-2.md"));
        assert_eq!(std::fs::read_to_string(&first).unwrap_or_default(), "하나");
        assert_eq!(std::fs::read_to_string(&second).unwrap_or_default(), "둘");
        let odd = save_new(dir.path(), "../.x/\u{1b}y", "셋").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(odd.parent(), Some(dir.path()), "stays in the folder");
        let left: Vec<_> = std::fs::read_dir(dir.path())
            .map(|r| r.filter_map(Result::ok).map(|e| e.file_name()).collect())
            .unwrap_or_default();
        assert_eq!(left.len(), 3, "nothing left aside: {left:?}");
    }

    #[test]
    fn markdown_and_terminal_controls_in_quotes_are_escaped() {
        assert_eq!(
            escape("a*b_c [d](e) `f` <g>"),
            "a\\*b\\_c \\[d\\](e) \\`f\\` \\<g\\>"
        );
        assert_eq!(escape("줄\n바꿈"), "줄 바꿈");
        assert!(!escape("\u{1b}]0;title\u{7}").contains('\u{1b}'));
    }
}
