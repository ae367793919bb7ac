//! `dokseo quotes` and `dokseo speakers` over inputs of any size.
//!
//! Each input is read in pieces ([`for_each_piece`]); its quotes are found a chunk at a time,
//! cut where the reader's loader cuts ([`CHUNK`]), so both find the same quotes; and each quote
//! is handed on as soon as its chunk is done. Only the speakers outlive a chunk (a [`Catalog`]
//! that files quotes without keeping them), so memory is one chunk and its analysis plus the
//! speaker index, however big the corpus.

use std::io;

use super::{kind_name, QuoteRow};
use crate::catalog::Catalog;
use crate::corpus::stream::{for_each_piece, StreamError};
use crate::corpus::{stream_problem, Entry, Problem};
use crate::quotes::{extract_at, Rule, Speaker, CHUNK};

/// What a scan read.
#[derive(Debug, Default)]
pub struct Scanned {
    /// The speakers of every document read, merged as the reader merges them.
    pub catalog: Catalog,
    /// The name of each entry, by document index.
    pub names: Vec<String>,
    /// Documents read to the end.
    pub read: usize,
}

/// Reads `entries` in order and hands each quote to `each` as its report row with its speaker
/// (merged across the documents read so far); an input that cannot be read goes to `problem`
/// and the scan goes on. Stops at the first error `each` returns (a closed pipe).
///
/// # Errors
/// The first error `each` returned.
pub fn scan(
    entries: &[Entry],
    mut each: impl FnMut(&QuoteRow<'_>, Option<&Speaker>) -> io::Result<()>,
    mut problem: impl FnMut(Problem),
) -> io::Result<Scanned> {
    let mut out = Scanned {
        names: entries.iter().map(|e| e.name.clone()).collect(),
        ..Scanned::default()
    };
    for (doc, entry) in entries.iter().enumerate() {
        let mut reading = Reading::new(doc, &entry.name);
        let mut failed = None;
        let mut chunk = String::new();
        let result = entry
            .source
            .open()
            .map_err(StreamError::Io)
            .and_then(|input| {
                for_each_piece(input, |piece| {
                    chunk.push_str(&piece);
                    if chunk.len() < CHUNK {
                        return true;
                    }
                    let done = reading.chunk(&chunk, &mut out.catalog, &mut each);
                    chunk.clear();
                    done.map_err(|e| failed = Some(e)).is_ok()
                })
            });
        if let Some(e) = failed {
            return Err(e);
        }
        match result {
            Ok(_) => {
                reading.chunk(&chunk, &mut out.catalog, &mut each)?;
                out.read += 1;
            }
            Err(e) => problem(Problem {
                name: entry.name.clone(),
                message: stream_problem(&e),
            }),
        }
    }
    Ok(out)
}

/// Where one document's reading is: its chunks so far.
struct Reading<'a> {
    doc: usize,
    name: &'a str,
    /// Bytes of the document before the next chunk.
    base: usize,
    /// Quotes found so far.
    quotes: usize,
    /// Line breaks before the next chunk.
    lines: usize,
    /// Characters of the last line before the next chunk (0 unless a long line was cut).
    carry: usize,
}

impl<'a> Reading<'a> {
    fn new(doc: usize, name: &'a str) -> Self {
        Self {
            doc,
            name,
            base: 0,
            quotes: 0,
            lines: 0,
            carry: 0,
        }
    }

    /// Finds the quotes of the next `chunk` of the document and hands each on.
    fn chunk(
        &mut self,
        chunk: &str,
        catalog: &mut Catalog,
        each: &mut impl FnMut(&QuoteRow<'_>, Option<&Speaker>) -> io::Result<()>,
    ) -> io::Result<()> {
        let quotes = extract_at(chunk, self.base);
        let mut cols = Cols::new(chunk);
        for (i, q) in quotes.iter().enumerate() {
            let si = catalog.file((self.doc, self.quotes + i), q);
            let speaker = si.and_then(|si| catalog.speakers().get(si));
            let at = q.inner.start - self.base;
            let (line, column) = cols.at(at);
            let row = QuoteRow {
                doc: self.name,
                line: self.lines + line,
                column: if line == 1 {
                    self.carry + column
                } else {
                    column
                },
                start: q.inner.start,
                end: q.inner.end,
                text: chunk.get(at..q.inner.end - self.base).unwrap_or(""),
                kind: kind_name(q.kind),
                speaker: speaker.map(|s| s.name.as_str()).or(q.speaker.as_deref()),
                speaker_as_written: q.speaker_as_written.as_deref(),
                role: q.role.as_deref(),
                rule: q.rule.map(Rule::name),
            };
            each(&row, speaker)?;
        }
        self.quotes += quotes.len();
        self.base += chunk.len();
        let breaks = memchr::memchr_iter(b'\n', chunk.as_bytes()).count();
        self.lines += breaks;
        self.carry = match chunk.rfind('\n') {
            Some(i) => chunk[i + 1..].chars().count(),
            None => self.carry + chunk.chars().count(),
        };
        Ok(())
    }
}

/// Line and column (1-based, column in characters) of ascending offsets in one text, each
/// found by walking on from the last.
struct Cols<'t> {
    text: &'t str,
    /// The last offset answered, and its line and characters before it on the line.
    at: usize,
    line: usize,
    chars: usize,
}

impl<'t> Cols<'t> {
    fn new(text: &'t str) -> Self {
        Self {
            text,
            at: 0,
            line: 1,
            chars: 0,
        }
    }

    fn at(&mut self, offset: usize) -> (usize, usize) {
        if offset < self.at {
            // Not ascending (it does not happen with quotes in order): count from the start.
            *self = Self::new(self.text);
        }
        // An offset inside a character or past the end has no column of its own: column 1,
        // as the documents' own lookup answers.
        let Some(gap) = self.text.get(self.at..offset) else {
            return (self.line, 1);
        };
        for c in gap.chars() {
            if c == '\n' {
                self.line += 1;
                self.chars = 0;
            } else {
                self.chars += 1;
            }
        }
        self.at = offset;
        (self.line, self.chars + 1)
    }
}

#[cfg(test)]
mod tests;
