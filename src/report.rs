//! Plain-text, JSON and CSV reports of quotes and speakers for the command line.

use std::io::{self, Write};

use serde::Serialize;

use crate::catalog::{kind_name, Catalog, QuoteId};
use crate::corpus::{Document, LineCols};
use crate::quotes::{quote_text, Quote, Rule, Speaker};
use crate::text::counted;
use crate::text::glyph::sanitize_line;

pub mod json;
pub mod markdown;
pub mod stream;
mod writer;

pub use writer::QuoteWriter;

/// One quote as `dokseo quotes --json` prints it.
#[derive(Debug, Clone, Serialize)]
pub struct QuoteRow<'a> {
    /// The document as named on the command line (or the seed's file name).
    pub doc: &'a str,
    /// 1-based line of the quote's first word.
    pub line: usize,
    /// 1-based column (in characters) of the quote's first word.
    pub column: usize,
    /// Byte offset of the quoted words in the decoded text.
    pub start: usize,
    /// Byte offset just past the quoted words.
    pub end: usize,
    /// The quoted words, without marks.
    pub text: &'a str,
    /// `speech` or `term`.
    pub kind: &'static str,
    /// Canonical full name of the speaker.
    pub speaker: Option<&'a str>,
    /// The form naming the speaker at this quote.
    pub speaker_as_written: Option<&'a str>,
    /// Organisation and title of the speaker.
    pub role: Option<&'a str>,
    /// The sieve rule that attributed the quote (`quotative_before`), when it has a speaker.
    pub rule: Option<&'static str>,
}

/// One speaker as `dokseo speakers --json` prints it.
#[derive(Debug, Clone, Serialize)]
pub struct SpeakerRow<'a> {
    /// Canonical full name.
    pub name: &'a str,
    /// Every form the documents use.
    pub forms: &'a [String],
    /// Organisation and title.
    pub role: Option<&'a str>,
    /// Number of quotes.
    pub quotes: usize,
    /// Documents quoting them.
    pub documents: Vec<&'a str>,
}

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One line per item for people.
    Text,
    /// One JSON array.
    Json,
    /// RFC 4180 CSV with a header row.
    Csv,
}

/// The quotes of `docs`, optionally only those of the speaker matching `speaker`.
#[must_use]
pub fn quote_rows<'a>(
    docs: &'a [Document],
    catalog: &'a Catalog,
    speaker: Option<&str>,
) -> Vec<QuoteRow<'a>> {
    // Quotes come document by document in text order: one cursor per document keeps the
    // columns linear in the text, however many quotes share one long line.
    let mut cursor: Option<(usize, LineCols<'a>)> = None;
    catalog
        .ids()
        .filter(|&id| speaker.is_none_or(|want| speaker_matches(catalog, id, want)))
        .filter_map(|id| {
            let doc = docs.get(id.0)?;
            if cursor.as_ref().is_none_or(|(d, _)| *d != id.0) {
                cursor = Some((id.0, doc.line_cols()));
            }
            let (_, cols) = cursor.as_mut()?;
            row(doc, cols, catalog, id)
        })
        .collect()
}

fn row<'a>(
    doc: &'a Document,
    cols: &mut LineCols<'_>,
    catalog: &'a Catalog,
    id: QuoteId,
) -> Option<QuoteRow<'a>> {
    let q = catalog.quote(id)?;
    let canonical = catalog.speaker(id).map(|s| s.name.as_str());
    let at = cols.line_col(q.inner.start);
    Some(QuoteRow::of(
        &doc.name,
        at,
        quote_text(&doc.text, q),
        q,
        canonical,
    ))
}

impl<'a> QuoteRow<'a> {
    /// The row of `q` (offsets into its whole document) in document `doc`, at 1-based `(line,
    /// column)`, whose quoted words are `text`, said by the corpus speaker named `canonical`
    /// (else by the name the document gives).
    #[must_use]
    pub fn of(
        doc: &'a str,
        (line, column): (usize, usize),
        text: &'a str,
        q: &'a Quote,
        canonical: Option<&'a str>,
    ) -> Self {
        Self {
            doc,
            line,
            column,
            start: q.inner.start,
            end: q.inner.end,
            text,
            kind: kind_name(q.kind),
            speaker: canonical.or(q.speaker.as_deref()),
            speaker_as_written: q.speaker_as_written.as_deref(),
            role: q.role.as_deref(),
            rule: q.rule.map(Rule::name),
        }
    }
}

/// Whether the quote's speaker is `want`: its full name or any of its forms, ignoring case, or
/// a part of the full name (`cox` finds `David D. Cox`).
fn speaker_matches(catalog: &Catalog, id: QuoteId, want: &str) -> bool {
    catalog.speaker(id).is_some_and(|s| speaker_is(s, want))
}

/// Whether `s` is the speaker `want` names: its full name or any of its forms, ignoring case,
/// or a part of the full name (`cox` finds `David D. Cox`).
#[must_use]
pub fn speaker_is(s: &Speaker, want: &str) -> bool {
    let want = want.trim().to_lowercase();
    s.name.to_lowercase().contains(&want) || s.forms.iter().any(|f| f.to_lowercase() == want)
}

/// The speakers of the corpus, whose documents are called `names`.
#[must_use]
pub fn speaker_rows<'a>(names: &'a [String], catalog: &'a Catalog) -> Vec<SpeakerRow<'a>> {
    catalog
        .speakers()
        .iter()
        .map(|s| SpeakerRow {
            name: &s.name,
            forms: &s.forms,
            role: s.role.as_deref(),
            quotes: s.quotes.len(),
            documents: s
                .documents
                .iter()
                .filter_map(|&d| names.get(d))
                .map(String::as_str)
                .collect(),
        })
        .collect()
}

/// Writes quote rows in `format`.
///
/// # Errors
/// When writing fails.
pub fn write_quotes(out: &mut impl Write, rows: &[QuoteRow<'_>], format: Format) -> io::Result<()> {
    let mut writer = QuoteWriter::new(out, format)?;
    for r in rows {
        writer.row(r)?;
    }
    writer.finish()
}

/// Writes speaker rows in `format` (CSV is written as text).
///
/// # Errors
/// When writing fails.
pub fn write_speakers(
    out: &mut impl Write,
    rows: &[SpeakerRow<'_>],
    format: Format,
) -> io::Result<()> {
    if format == Format::Json {
        return write_json(out, rows);
    }
    for r in rows {
        let forms: Vec<&str> = r
            .forms
            .iter()
            .map(String::as_str)
            .filter(|f| *f != r.name)
            .collect();
        writeln!(
            out,
            "{}\t{}\t{}\t{}{}",
            sanitize_line(r.name),
            sanitize_line(r.role.unwrap_or("-")),
            counted(r.quotes, "quote", "quotes"),
            sanitize_line(&r.documents.join(", ")),
            if forms.is_empty() {
                String::new()
            } else {
                format!("\t(also: {})", sanitize_line(&forms.join(", ")))
            },
        )?;
    }
    Ok(())
}

/// Pretty JSON with every control, bidi and invisible character escaped as `\uXXXX`.
fn write_json<T: Serialize + ?Sized>(out: &mut impl Write, value: &T) -> io::Result<()> {
    json::write(out, value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn docs() -> Vec<Document> {
        vec![Document::new(
            "a.txt",
            "서론입니다.\n한국대 교수인 홍길동은 “좋은 날, \"정말\" 좋다”라고 말했다.".to_string(),
            "UTF-8",
            false,
        )]
    }

    fn names(docs: &[Document]) -> Vec<String> {
        docs.iter().map(|d| d.name.clone()).collect()
    }

    #[test]
    fn rows_carry_positions_and_speakers() {
        let docs = docs();
        let c = Catalog::build(&docs);
        let rows = quote_rows(&docs, &c, None);
        let r = rows.iter().find(|r| r.kind == "speech").unwrap();
        assert_eq!(r.line, 2);
        assert_eq!(&docs[0].text[r.start..r.end], r.text);
        assert_eq!(r.speaker, Some("홍길동"));
        assert_eq!(
            quote_rows(&docs, &c, Some("홍길동")).len(),
            rows.iter().filter(|r| r.speaker.is_some()).count()
        );
        assert!(quote_rows(&docs, &c, Some("nobody")).is_empty());
    }

    #[test]
    fn text_reports_escape_document_names() {
        let docs = vec![Document::new(
            "a\u{1b}]0;t\u{7}\u{202e}.txt",
            "홍길동은 “좋다”라고 말했다.".to_string(),
            "UTF-8",
            false,
        )];
        let c = Catalog::build(&docs);
        let mut out = Vec::new();
        write_quotes(&mut out, &quote_rows(&docs, &c, None), Format::Text).unwrap();
        write_speakers(&mut out, &speaker_rows(&names(&docs), &c), Format::Text).unwrap();
        let out = String::from_utf8(out).unwrap();
        assert_eq!(out.matches("a^[]0;t^G<U+202E>.txt").count(), 2, "{out}");
        assert!(!out.contains(['\u{1b}', '\u{7}', '\u{202e}']), "{out}");
    }

    #[test]
    fn json_is_one_array() {
        let docs = docs();
        let c = Catalog::build(&docs);
        let mut out = Vec::new();
        write_quotes(&mut out, &quote_rows(&docs, &c, None), Format::Json).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert!(v.as_array().is_some_and(|a| !a.is_empty()));
        let mut out = Vec::new();
        write_speakers(&mut out, &speaker_rows(&names(&docs), &c), Format::Json).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v[0]["name"], "홍길동");
        assert_eq!(v[0]["documents"][0], "a.txt");
    }
}
