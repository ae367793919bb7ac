//! Writing quote rows one at a time, so a report over a huge corpus never holds its rows.

use std::io::{self, Write};

use super::{json, Format, QuoteRow};
use crate::text::glyph::sanitize_line;

/// The CSV header row.
const CSV_HEADER: &str = "doc,line,column,start,end,kind,speaker,speaker_as_written,role,rule,text";

/// Writes quote rows in one [`Format`] as they come: the CSV header or the JSON array's opening
/// bracket first, each row at once, and the closing bracket at [`QuoteWriter::finish`]. The
/// bytes are exactly those of the whole array written at once (pretty JSON, two-space indent).
pub struct QuoteWriter<W: Write> {
    out: W,
    format: Format,
    rows: usize,
    /// One JSON row, reused.
    buf: Vec<u8>,
}

impl<W: Write> QuoteWriter<W> {
    /// Starts the report on `out`.
    ///
    /// # Errors
    /// When writing fails.
    pub fn new(mut out: W, format: Format) -> io::Result<Self> {
        match format {
            Format::Json => out.write_all(b"[")?,
            Format::Csv => writeln!(out, "{CSV_HEADER}")?,
            Format::Text => {}
        }
        Ok(Self {
            out,
            format,
            rows: 0,
            buf: Vec::new(),
        })
    }

    /// Writes one row.
    ///
    /// # Errors
    /// When writing fails.
    pub fn row(&mut self, r: &QuoteRow<'_>) -> io::Result<()> {
        let first = self.rows == 0;
        self.rows += 1;
        match self.format {
            Format::Json => {
                // serde_json's pretty array: each element on a new line, indented one level.
                // A row is written alone and indented here (no JSON string holds a raw line
                // break, so every line break is layout).
                self.buf.clear();
                json::write(&mut self.buf, r)?;
                let row = self.buf.strip_suffix(b"\n").unwrap_or(&self.buf);
                self.out.write_all(if first { b"\n" } else { b",\n" })?;
                for (i, line) in row.split(|b| *b == b'\n').enumerate() {
                    if i > 0 {
                        self.out.write_all(b"\n")?;
                    }
                    self.out.write_all(b"  ")?;
                    self.out.write_all(line)?;
                }
                Ok(())
            }
            Format::Csv => {
                let fields = [
                    r.doc.to_string(),
                    r.line.to_string(),
                    r.column.to_string(),
                    r.start.to_string(),
                    r.end.to_string(),
                    r.kind.to_string(),
                    r.speaker.unwrap_or("").to_string(),
                    r.speaker_as_written.unwrap_or("").to_string(),
                    r.role.unwrap_or("").to_string(),
                    r.rule.unwrap_or("").to_string(),
                    r.text.to_string(),
                ];
                let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
                writeln!(self.out, "{}", line.join(","))
            }
            Format::Text => {
                let who = r.speaker.unwrap_or(if r.kind == "term" {
                    "(term)"
                } else {
                    "(unknown)"
                });
                writeln!(
                    self.out,
                    "{}:{}:{}\t{}\t“{}”",
                    sanitize_line(r.doc),
                    r.line,
                    r.column,
                    sanitize_line(who),
                    sanitize_line(r.text)
                )
            }
        }
    }

    /// Ends the report (the JSON array's closing bracket) and flushes.
    ///
    /// # Errors
    /// When writing fails.
    pub fn finish(mut self) -> io::Result<()> {
        if self.format == Format::Json {
            let end: &[u8] = if self.rows == 0 { b"]\n" } else { b"\n]\n" };
            self.out.write_all(end)?;
        }
        self.out.flush()
    }
}

/// A CSV field, quoted when it holds a comma, quote or line break. Control characters are
/// escaped too, since CSV is often viewed in a terminal.
fn csv_field(s: &str) -> String {
    let s = sanitize_line(s);
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(text: &str) -> QuoteRow<'_> {
        QuoteRow {
            doc: "a.txt",
            line: 2,
            column: 3,
            start: 10,
            end: 20,
            text,
            kind: "speech",
            speaker: Some("홍길동"),
            speaker_as_written: None,
            role: Some("교수"),
            rule: Some("quotative_before"),
        }
    }

    #[test]
    fn json_rows_written_one_by_one_are_the_array_written_at_once() {
        for rows in [
            vec![],
            vec![row("좋다")],
            vec![row("a\nb \u{1b}"), row("\"x\"")],
        ] {
            let mut whole = Vec::new();
            json::write(&mut whole, &rows).unwrap();
            let mut streamed = Vec::new();
            let mut w = QuoteWriter::new(&mut streamed, Format::Json).unwrap();
            for r in &rows {
                w.row(r).unwrap();
            }
            w.finish().unwrap();
            assert_eq!(
                String::from_utf8(streamed).unwrap(),
                String::from_utf8(whole).unwrap()
            );
        }
    }

    #[test]
    fn csv_quotes_fields() {
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("x\u{1b}"), "x^[");
    }
}
