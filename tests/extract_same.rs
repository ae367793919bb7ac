//! Sameness of quote extraction: `dokseo::quotes::extract` over the seeds, the development
//! corpus, the written passages and text generated from them (shuffled paragraphs, odd cuts,
//! nested quotes, very long lines, other mark styles, English, no quotes) must give exactly the
//! snapshots taken before extraction was made fast. A snapshot must never change: a difference
//! here is a change of behaviour, not an update to accept.
//!
//! Each quote is one line: `span inner kind speaker|written|role|rule`. The largest generated
//! inputs are summarised by a count and a hash of those lines, so the snapshots stay reviewable.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use dokseo::quotes::{extract, Quote, QuoteKind};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `.txt` files of a directory of the repository, sorted by name.
fn texts(dir: &str) -> Vec<(String, String)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            (name, std::fs::read_to_string(p).unwrap())
        })
        .collect()
}

fn seeds() -> Vec<(String, String)> {
    texts("seeds")
}

fn wikinews() -> Vec<(String, String)> {
    texts("tests/data/wikinews-dev")
}

/// The passages of `tests/data/written/`.
fn written() -> Vec<String> {
    ["a.json", "b.json"]
        .iter()
        .flat_map(|f| {
            let path = root().join("tests/data/written").join(f);
            let v: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
            v.as_array()
                .unwrap()
                .iter()
                .map(|c| c["text"].as_str().unwrap().to_string())
                .collect::<Vec<_>>()
        })
        .collect()
}

fn opt(s: Option<&str>) -> &str {
    s.unwrap_or("-")
}

/// One line per quote: every field of [`Quote`].
fn line(q: &Quote) -> String {
    let kind = match q.kind {
        QuoteKind::Speech => "speech",
        QuoteKind::Term => "term",
    };
    format!(
        "{}..{} {}..{} {kind} {}|{}|{}|{}",
        q.span.start,
        q.span.end,
        q.inner.start,
        q.inner.end,
        opt(q.speaker.as_deref()),
        opt(q.speaker_as_written.as_deref()),
        opt(q.role.as_deref()),
        opt(q.rule.map(|r| r.name())),
    )
}

/// The extraction of `text` under a heading.
fn render(out: &mut String, title: &str, text: &str) {
    let quotes = extract(text);
    writeln!(
        out,
        "## {title} ({} bytes, {} quotes)",
        text.len(),
        quotes.len()
    )
    .unwrap();
    for q in &quotes {
        writeln!(out, "{}", line(q)).unwrap();
    }
}

/// A count and a hash (FNV-1a, stable across platforms) of the extraction of `text`.
fn digest(out: &mut String, title: &str, text: &str) {
    let quotes = extract(text);
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for q in &quotes {
        for b in line(q).bytes().chain(std::iter::once(b'\n')) {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    writeln!(
        out,
        "## {title} ({} bytes, {} quotes) {h:016x}",
        text.len(),
        quotes.len()
    )
    .unwrap();
}

/// A small deterministic generator (xorshift64*), so the generated text never changes.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            v.swap(i, self.below(i + 1));
        }
    }
}

/// The largest char boundary of `s` at or before `at`.
fn floor(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The non-blank lines of all the texts.
fn paragraphs(texts: &[(String, String)]) -> Vec<String> {
    texts
        .iter()
        .flat_map(|(_, t)| t.lines().filter(|l| !l.trim().is_empty()))
        .map(str::to_string)
        .collect()
}

fn seeds_joined() -> String {
    seeds().into_iter().map(|(_, t)| t).collect::<String>()
}

/// English passages written for this test, in the styles the English rules read.
const ENGLISH: &[&str] = &[
    "\"We will keep the line open,\" said Laura Benning, the mayor of Eastfield, on Friday. \
     \"Nobody should have to walk.\"",
    "Transport Secretary Owen Pryce said: \"The trains will run.\" He added that the \
     timetable was \"under review\" and that 'small changes' would come first.",
    "“It is not over,” she said. “We start again tomorrow.” The coach, Dana Ruiz, told \
     reporters after the match that her team had played “the best half of the season.”",
    "The report, titled 'A Quiet Decade', was published on Monday. Dr. James O'Neill, \
     who led it, said the findings were \"clear enough\". Mr. Ahn said, \"I disagree.\"",
    "Asked whether he would stay, Peter Lang replied: \"Why not?\" \"Because,\" said \
     his deputy, Mia Stone, \"the board has not decided.\"",
    "«Nous restons», a dit le maire. Critics called the plan 「a gamble」 and 『a mistake』.",
];

/// Every `“` `”` pair of `t` written in another mark style.
fn restyle(t: &str, open: &str, close: &str) -> String {
    t.replace('“', open).replace('”', close)
}

#[test]
fn seeds_extract_the_same() {
    let mut out = String::new();
    for (name, text) in seeds() {
        render(&mut out, &name, &text);
    }
    render(&mut out, "all four seeds as one document", &seeds_joined());
    insta::assert_snapshot!(out);
}

#[test]
fn development_corpus_extracts_the_same() {
    let mut out = String::new();
    for (name, text) in wikinews() {
        render(&mut out, &name, &text);
    }
    insta::assert_snapshot!(out);
}

#[test]
fn written_passages_extract_the_same() {
    let mut out = String::new();
    for (i, text) in written().iter().enumerate() {
        render(&mut out, &format!("passage {i}"), text);
    }
    for (i, text) in ENGLISH.iter().enumerate() {
        render(&mut out, &format!("english {i}"), text);
    }
    insta::assert_snapshot!(out);
}

#[test]
fn shuffled_paragraphs_extract_the_same() {
    let mut rng = Rng(0x5eed_0001);
    let mut paras = paragraphs(&seeds());
    paras.extend(paragraphs(&wikinews()));
    paras.extend(written());
    paras.extend(ENGLISH.iter().map(|s| s.to_string()));
    let mut out = String::new();
    for d in 0..12 {
        rng.shuffle(&mut paras);
        let n = 5 + rng.below(40);
        // Blank lines, single newlines and CRLF between paragraphs.
        let sep = ["\n\n", "\n", "\r\n"][d % 3];
        let text = paras[..n].join(sep);
        render(&mut out, &format!("shuffle {d}: {n} paragraphs"), &text);
    }
    insta::assert_snapshot!(out);
}

#[test]
fn odd_cuts_extract_the_same() {
    let mut rng = Rng(0x5eed_0002);
    let all = seeds_joined();
    let mut out = String::new();
    for c in 0..40 {
        let a = floor(&all, rng.below(all.len()));
        let b = floor(&all, a + 1 + rng.below(6_000));
        render(&mut out, &format!("cut {c}: {a}..{b}"), &all[a..b]);
    }
    // A cut at every few bytes of one short stretch: inside marks, words and endings.
    let start = all.find('“').unwrap_or(0);
    for end in (start..start + 400).step_by(7) {
        let e = floor(&all, end);
        render(&mut out, &format!("prefix ..{e}"), &all[..e]);
    }
    insta::assert_snapshot!(out);
}

#[test]
fn nested_quotes_extract_the_same() {
    let mut out = String::new();
    let said: Vec<String> = paragraphs(&seeds())
        .into_iter()
        .filter(|p| p.contains('“'))
        .take(30)
        .collect();
    for (i, p) in said.iter().enumerate() {
        let inner = restyle(p, "‘", "’");
        let text = format!(
            "김민수 대변인은 “{inner}”고 전했다. 그는 “정말 ‘{inner}’라고 했다”고 덧붙였다."
        );
        render(&mut out, &format!("nested {i}"), &text);
    }
    let deep = "그는 “".repeat(50) + "좋다" + &"”고 말했다".repeat(50);
    render(&mut out, "fifty deep", &deep);
    let unbalanced = "그는 “이것은 ‘시작’이고 “저것은 「끝」".repeat(20) + "”라고 말했다.";
    render(&mut out, "unbalanced", &unbalanced);
    insta::assert_snapshot!(out);
}

#[test]
fn mark_styles_extract_the_same() {
    let mut out = String::new();
    let all = seeds_joined();
    for (open, close) in [
        ("\"", "\""),
        ("‘", "’"),
        ("'", "'"),
        ("「", "」"),
        ("『", "』"),
        ("«", "»"),
        ("„", "”"),
    ] {
        let text = restyle(&all, open, close);
        render(&mut out, &format!("marks {open}{close}"), &text);
    }
    insta::assert_snapshot!(out);
}

#[test]
fn long_lines_and_quoteless_text_extract_the_same() {
    let mut out = String::new();
    let seeds = seeds();
    let one_line = paragraphs(&seeds).join(" ");
    render(&mut out, "seeds as one line", &one_line);
    let news_line = paragraphs(&wikinews()).join(" ");
    digest(&mut out, "development corpus as one line", &news_line);
    let bare: String = seeds_joined()
        .chars()
        .filter(|c| !"\"'“”‘’「」『』«»„".contains(*c))
        .collect();
    render(&mut out, "seeds without marks", &bare);
    let english = ENGLISH.join(" ").repeat(40);
    digest(&mut out, "English as one long line", &english);
    insta::assert_snapshot!(out);
}

#[test]
fn large_documents_extract_the_same() {
    let mut out = String::new();
    let all = seeds_joined();
    digest(&mut out, "seeds repeated 16 times", &all.repeat(16));
    let news: String = wikinews()
        .into_iter()
        .map(|(_, t)| t + "\n\n")
        .collect::<String>();
    digest(&mut out, "development corpus as one document", &news);
    let mut rng = Rng(0x5eed_0003);
    let mut paras = paragraphs(&seeds());
    paras.extend(paragraphs(&wikinews()));
    rng.shuffle(&mut paras);
    digest(&mut out, "all paragraphs shuffled", &paras.join("\n"));
    insta::assert_snapshot!(out);
}

#[test]
fn the_files_read_are_there() {
    assert_eq!(seeds().len(), 4);
    assert!(wikinews().len() >= 120);
    assert!(written().len() >= 160);
    assert!(Path::new(&root()).join("seeds").is_dir());
}
