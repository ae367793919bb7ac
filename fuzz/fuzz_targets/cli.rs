//! The command-line report paths (`dokseo quotes`, `dokseo speakers`) on arbitrary bytes and
//! arbitrary file names: decode (whole and streamed) -> documents -> catalog -> quote and
//! speaker rows -> text, JSON and CSV output, checking what reaches the terminal or a parser.
//!
//! Input: byte 0 is the name length (low 6 bits) and whether there are two documents (bit 6:
//! the file is cut in two halves, each its own document); then that many bytes of name, turned
//! into a `String` lossily as `Path::display` does for a non-UTF-8 path; the rest is the file.
//!
//! Checked: the streamed reading (`for_each_piece`, as the CLI loads files, and the same in
//! tiny blocks) agrees with `decode`; text and CSV output hold no character the screen's
//! sanitiser escapes except `\n` line ends and `\t` separators; JSON output parses back to the
//! original names, quote texts and speakers and holds no raw `is_hidden` character; every row's
//! line and column lie inside its document and name the quote's first character.
#![no_main]

use dokseo::catalog::Catalog;
use dokseo::corpus::stream::{for_each_piece, for_each_piece_in_blocks, StreamError, Summary};
use dokseo::corpus::{decode, Document};
use dokseo::report::{quote_rows, speaker_rows, write_quotes, write_speakers, Format};
use dokseo::report::{QuoteRow, SpeakerRow};
use dokseo::text::glyph::{escape, is_hidden, sanitize_line};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let [head, ref rest @ ..] = *data else {
        return;
    };
    let name_len = usize::from(head & 63).min(rest.len());
    let (name, file) = rest.split_at(name_len);
    let name = String::from_utf8_lossy(name).into_owned();
    let mut docs = Vec::new();
    if head & 64 != 0 {
        let (a, b) = file.split_at(file.len() / 2);
        // The second name is the first reversed, so the two differ (unless a palindrome).
        let other: String = name.chars().rev().collect();
        docs.extend(read(&name, a));
        docs.extend(read(&other, b));
    } else {
        docs.extend(read(&name, file));
    }
    check_reports(&docs);
});

/// The document `dokseo quotes` makes of `bytes`, after checking that every way of reading
/// them agrees.
fn read(name: &str, bytes: &[u8]) -> Option<Document> {
    let whole = decode(bytes);
    let streamed = stream(bytes, None);
    match (&whole, &streamed) {
        (Ok(d), Ok((text, s))) => {
            assert_eq!(&d.text, text, "streamed text differs from decode");
            assert_eq!((d.encoding, d.lossy), (s.encoding, s.lossy));
        }
        (Err(e), Err(StreamError::Decode(f))) => assert_eq!(e, f),
        (w, s) => panic!("decode gives {w:?} but the stream {s:?}"),
    }
    // In blocks of a few bytes the encoding is judged by the first block only, so only UTF-8
    // (the judgement every block agrees on) must read the same; the rest must merely be clean.
    let block = 4 + bytes.len() % 29;
    let tiny = stream(bytes, Some(block));
    if let Ok((text, _)) = &tiny {
        assert!(!text.contains('\r'), "streamed text keeps CR");
        assert!(!text.starts_with('\u{feff}'), "streamed text keeps the BOM");
        assert!(
            !text.chars().all(char::is_whitespace),
            "empty text streamed"
        );
    }
    if std::str::from_utf8(bytes).is_ok() && !bytes.contains(&0) {
        match (&whole, &tiny) {
            (Ok(d), Ok((text, s))) => {
                assert_eq!(&d.text, text, "text streamed in blocks of {block} differs");
                assert_eq!((d.encoding, d.lossy), (s.encoding, s.lossy));
            }
            (Err(e), Err(StreamError::Decode(f))) => assert_eq!(e, f),
            (w, s) => panic!("decode gives {w:?} but blocks of {block} {s:?}"),
        }
    }
    let d = whole.ok()?;
    Some(Document::new(name, d.text, d.encoding, d.lossy))
}

fn stream(bytes: &[u8], block: Option<usize>) -> Result<(String, Summary), StreamError> {
    let mut text = String::new();
    let push = |piece: String| {
        text.push_str(&piece);
        true
    };
    let summary = match block {
        None => for_each_piece(bytes, push)?,
        Some(b) => for_each_piece_in_blocks(bytes, b, push)?,
    };
    Ok((text, summary))
}

fn check_reports(docs: &[Document]) {
    let catalog = Catalog::build(docs);
    let rows = quote_rows(docs, &catalog, None);
    assert_eq!(rows.len(), catalog.len(), "a quote has no row");
    for (r, id) in rows.iter().zip(catalog.ids()) {
        check_row(&docs[id.0], r);
    }
    for format in [Format::Text, Format::Json, Format::Csv] {
        let mut out = Vec::new();
        write_quotes(&mut out, &rows, format).expect("writing to a Vec");
        check_quotes_output(&out, &rows, format);
    }
    // `--speaker NAME` with a name, a form and a lower-cased part of a name from the corpus.
    if let Some(s) = catalog.speakers().first() {
        let part: String = s.name.chars().skip(1).take(2).collect();
        for want in [s.name.clone(), s.forms[s.forms.len() - 1].clone(), part] {
            let some = quote_rows(docs, &catalog, Some(&want));
            assert!(some.len() <= rows.len());
            assert!(some.iter().all(|r| r.speaker.is_some()));
            let mut out = Vec::new();
            write_quotes(&mut out, &some, Format::Text).expect("writing to a Vec");
            check_quotes_output(&out, &some, Format::Text);
        }
        assert!(!quote_rows(docs, &catalog, Some(&s.name)).is_empty());
    }
    let names: Vec<String> = docs.iter().map(|d| d.name.clone()).collect();
    let speakers = speaker_rows(&names, &catalog);
    assert_eq!(speakers.len(), catalog.speakers().len());
    for format in [Format::Text, Format::Json, Format::Csv] {
        let mut out = Vec::new();
        write_speakers(&mut out, &speakers, format).expect("writing to a Vec");
        check_speakers_output(&out, &speakers, format);
    }
}

/// The row is the quote: its words, inside the text, at the line and column of its first
/// character.
fn check_row(doc: &Document, r: &QuoteRow<'_>) {
    assert_eq!(r.doc, doc.name);
    assert!(
        r.start <= r.end && r.end <= doc.text.len(),
        "row {r:?} outside"
    );
    assert!(doc.text.is_char_boundary(r.start) && doc.text.is_char_boundary(r.end));
    assert_eq!(r.text, &doc.text[r.start..r.end]);
    assert!(
        r.line >= 1 && r.line <= doc.line_count().max(1),
        "line {} of {}",
        r.line,
        doc.line_count()
    );
    let line_start = doc.line_start(r.line);
    assert!(line_start <= r.start, "row {r:?} before its line");
    let before = &doc.text[line_start..r.start];
    assert!(!before.contains('\n'), "row {r:?} not on its line");
    assert_eq!(r.column, before.chars().count() + 1, "column of {r:?}");
    assert_eq!((r.line, r.column), doc.line_col(r.start));
    assert!(r.kind == "speech" || r.kind == "term");
    assert_eq!(
        r.rule.is_some(),
        r.speaker.is_some(),
        "rule without speaker: {r:?}"
    );
}

/// Text for a terminal: only `\n` ending lines and `\t` between columns are left raw.
fn check_terminal_text(out: &str, tabs: &[usize]) {
    assert!(
        !out.chars()
            .any(|c| c != '\n' && c != '\t' && escape(c).is_some()),
        "raw control in {out:?}"
    );
    assert!(out.is_empty() || out.ends_with('\n'));
    for line in out.lines() {
        let n = line.matches('\t').count();
        assert!(tabs.contains(&n), "{n} tabs in {line:?}");
    }
}

fn check_quotes_output(out: &[u8], rows: &[QuoteRow<'_>], format: Format) {
    let out = std::str::from_utf8(out).expect("output is UTF-8");
    match format {
        Format::Text => {
            check_terminal_text(out, &[2]);
            assert_eq!(out.lines().count(), rows.len());
            for (line, r) in out.lines().zip(rows) {
                let expect = format!("{}:{}:{}\t", sanitize_line(r.doc), r.line, r.column);
                assert!(
                    line.starts_with(&expect),
                    "{line:?} does not start {expect:?}"
                );
                let text = format!("\t“{}”", sanitize_line(r.text));
                assert!(line.ends_with(&text), "{line:?} does not end {text:?}");
            }
        }
        Format::Csv => {
            check_terminal_text(out, &[0]);
            assert!(!out.contains('\r'));
            let lines: Vec<&str> = out.lines().collect();
            assert_eq!(lines.len(), rows.len() + 1, "a CSV record spans lines");
            assert_eq!(
                lines[0],
                "doc,line,column,start,end,kind,speaker,speaker_as_written,role,rule,text"
            );
            for (line, r) in lines[1..].iter().zip(rows) {
                let f = csv_record(line);
                let opt = |s: Option<&str>| sanitize_line(s.unwrap_or("")).into_owned();
                let want = [
                    sanitize_line(r.doc).into_owned(),
                    r.line.to_string(),
                    r.column.to_string(),
                    r.start.to_string(),
                    r.end.to_string(),
                    r.kind.to_string(),
                    opt(r.speaker),
                    opt(r.speaker_as_written),
                    opt(r.role),
                    r.rule.unwrap_or("").to_string(),
                    sanitize_line(r.text).into_owned(),
                ];
                assert_eq!(f, want, "CSV record {line:?}");
            }
        }
        Format::Json => {
            let values = json_array(out, rows.len());
            for (v, r) in values.iter().zip(rows) {
                assert_eq!(v["doc"], r.doc);
                assert_eq!(v["text"], r.text);
                assert_eq!(v["line"], r.line);
                assert_eq!(v["column"], r.column);
                assert_eq!(v["start"], r.start);
                assert_eq!(v["end"], r.end);
                assert_eq!(v["kind"], r.kind);
                assert_eq!(v["speaker"].as_str(), r.speaker);
                assert_eq!(v["speaker_as_written"].as_str(), r.speaker_as_written);
                assert_eq!(v["role"].as_str(), r.role);
                assert_eq!(v["rule"].as_str(), r.rule);
            }
        }
    }
}

fn check_speakers_output(out: &[u8], rows: &[SpeakerRow<'_>], format: Format) {
    let out = std::str::from_utf8(out).expect("output is UTF-8");
    if format == Format::Json {
        let values = json_array(out, rows.len());
        for (v, r) in values.iter().zip(rows) {
            assert_eq!(v["name"], r.name);
            assert_eq!(v["role"].as_str(), r.role);
            assert_eq!(v["quotes"], r.quotes);
            let forms: Vec<&str> = v["forms"]
                .as_array()
                .expect("forms")
                .iter()
                .map(|f| f.as_str().expect("a form is a string"))
                .collect();
            assert_eq!(forms, r.forms);
            let documents: Vec<&str> = v["documents"]
                .as_array()
                .expect("documents")
                .iter()
                .map(|d| d.as_str().expect("a document is a string"))
                .collect();
            assert_eq!(documents, r.documents);
        }
        return;
    }
    // Text (CSV is written as text): name, role, count, documents, maybe the other forms.
    check_terminal_text(out, &[3, 4]);
    assert_eq!(out.lines().count(), rows.len());
    for (line, r) in out.lines().zip(rows) {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols[0], sanitize_line(r.name));
        assert_eq!(cols[1], sanitize_line(r.role.unwrap_or("-")));
        assert!(cols[2].starts_with(&format!("{} quote", r.quotes)));
        assert_eq!(cols[3], sanitize_line(&r.documents.join(", ")));
    }
}

/// Parses a JSON array of `len` objects, checking no hidden character is left raw.
fn json_array(out: &str, len: usize) -> Vec<Value> {
    assert!(
        !out.chars().any(|c| c != '\n' && is_hidden(c)),
        "raw hidden character in JSON {out:?}"
    );
    let v: Value = serde_json::from_str(out).expect("output parses as JSON");
    let a = v.as_array().expect("a JSON array").clone();
    assert_eq!(a.len(), len);
    a
}

/// The fields of one RFC 4180 record on one line.
fn csv_record(line: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut chars = line.chars().peekable();
    loop {
        let mut field = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            loop {
                match chars.next().expect("unterminated quoted field") {
                    '"' if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    '"' => break,
                    c => field.push(c),
                }
            }
            assert!(matches!(chars.peek(), None | Some(',')), "junk after quote");
        } else {
            while let Some(&c) = chars.peek() {
                if c == ',' {
                    break;
                }
                assert_ne!(c, '"', "a bare quote in an unquoted field: {line:?}");
                field.push(c);
                chars.next();
            }
        }
        fields.push(field);
        if chars.next().is_none() {
            return fields;
        }
    }
}
