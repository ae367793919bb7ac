//! `dokseo quotes` and `dokseo speakers` over inputs of any size.
//!
//! Each input is read in pieces ([`for_each_piece`]); its quotes are found a chunk at a time,
//! cut where the reader's loader cuts ([`crate::quotes::CHUNK`]), so both find the same quotes; and each quote
//! is handed on as soon as its chunk is done. Only the speakers outlive a chunk (a [`Catalog`]
//! that files quotes without keeping them), so memory is one chunk and its analysis plus the
//! speaker index, however big the corpus.
//!
//! The user's corrections apply by content hash: when there are any, each input that can be
//! read twice is hashed in a first read, so its corrections apply as its quotes stream by
//! (see `corrected`).

use std::collections::BTreeMap;
use std::io;
use std::sync::mpsc::{self, Receiver, SyncSender};
use std::sync::{Arc, Mutex};

use super::QuoteRow;
use crate::catalog::Catalog;
use crate::corpus::stream::{for_each_piece, StreamError};
use crate::corpus::{stream_problem, Entry, Meta, Problem};
use crate::corrections::Corrections;
use crate::quotes::{extract_at, Chunks, Quote, Speaker};
use crate::state::{hash_hex, hash_more, HASH_START};

mod corrected;

/// What a scan read.
#[derive(Debug, Default)]
pub struct Scanned {
    /// The speakers of every document read, merged as the reader merges them.
    pub catalog: Catalog,
    /// The name of each entry, by document index.
    pub names: Vec<String>,
    /// Documents read to the end.
    pub read: usize,
    /// Content hash of each document read to the end, by document index.
    pub hashes: Vec<Option<String>>,
    /// Quotes a correction was made for, found: (document hash, start, end).
    pub found: std::collections::HashSet<(String, usize, usize)>,
    /// Inputs whose corrections could not apply by the hash of the text read (read once, or
    /// changed between the two reads): one line for the user each.
    pub unhashed: Vec<String>,
}

/// Threads finding quotes at most: chunks are independent, so two cores find them twice as fast.
const WORKERS: usize = 2;

/// One step of a scan, in reading order.
enum Step {
    /// A chunk of document `doc` that starts at byte `base`, with its quotes once found.
    Chunk {
        doc: usize,
        base: usize,
        text: String,
        quotes: Vec<Quote>,
    },
    /// The content hash of document `doc`, known before its chunks (a first read).
    Hash(usize, String),
    /// The document of the chunks before was read to its end; its text has this hash (worked
    /// out only when there are quote corrections, which alone need it).
    Done(Option<String>),
    /// Document `doc` could not be read (further): why.
    Failed(usize, String),
}

/// Reads `entries` in order and hands each quote to `each` as its report row with its speaker
/// (merged across the documents read so far) and its document's title and date; an input that cannot be read goes to `problem`
/// and the scan goes on. Stops at the first error `each` returns (a closed pipe).
///
/// One thread reads, `WORKERS` find the quotes of the chunks it cuts, and the caller's thread
/// puts them back in order, files their speakers and hands them on: the output is the same as
/// reading alone, chunk after chunk.
///
/// # Errors
/// The first error `each` returned.
pub fn scan(
    entries: &[Entry],
    each: impl FnMut(&QuoteRow<'_>, Option<&Speaker>, &Meta) -> io::Result<()>,
    problem: impl FnMut(Problem),
) -> io::Result<Scanned> {
    scan_corrected(entries, Corrections::default(), each, problem)
}

/// [`scan`] with the user's `corrections` applied to each quote before it is handed on.
///
/// # Errors
/// The first error `each` returned.
pub fn scan_corrected(
    entries: &[Entry],
    corrections: Corrections,
    mut each: impl FnMut(&QuoteRow<'_>, Option<&Speaker>, &Meta) -> io::Result<()>,
    mut problem: impl FnMut(Problem),
) -> io::Result<Scanned> {
    // Only quote corrections need a document's hash before its quotes.
    let prehash = !corrections.list().is_empty();
    let mut out = Scanned {
        names: entries.iter().map(|e| e.name.clone()).collect(),
        hashes: vec![None; entries.len()],
        ..Scanned::default()
    };
    out.catalog.set_corrections(corrections);
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get().min(WORKERS));
    std::thread::scope(|scope| {
        let (job_tx, job_rx) = mpsc::sync_channel::<(usize, Step)>(0);
        let (done_tx, done_rx) = mpsc::sync_channel::<(usize, Step)>(workers);
        let job_rx = Arc::new(Mutex::new(job_rx));
        scope.spawn(move || read_steps(entries, prehash, &job_tx));
        for _ in 0..workers {
            let (rx, tx) = (Arc::clone(&job_rx), done_tx.clone());
            scope.spawn(move || find_quotes(&rx, &tx));
        }
        drop((job_rx, done_tx));
        // Steps come back in any order: each is taken in its turn.
        let mut waiting = BTreeMap::new();
        let mut next = 0;
        let mut reading: Option<Reading> = None;
        for (seq, step) in done_rx {
            waiting.insert(seq, step);
            while let Some(step) = waiting.remove(&next) {
                next += 1;
                match step {
                    Step::Chunk {
                        doc,
                        base,
                        text,
                        quotes,
                    } => {
                        let r =
                            reading.get_or_insert_with(|| Reading::new(doc, &entries[doc].name));
                        debug_assert_eq!((r.doc, r.base), (doc, base));
                        r.rows(&text, &quotes, &mut out, &mut each)?;
                    }
                    Step::Hash(doc, hash) => out.catalog.set_hash(doc, &hash),
                    Step::Done(hash) => {
                        if let (Some(r), Some(hash)) = (reading.take(), hash) {
                            out.finish(r.doc, hash);
                        }
                        out.read += 1;
                    }
                    Step::Failed(doc, message) => {
                        reading = None;
                        problem(Problem {
                            name: entries[doc].name.clone(),
                            message,
                        });
                    }
                }
            }
        }
        Ok(out)
    })
}

/// The reading thread: cuts each input into chunks and numbers the steps; stops when nobody
/// takes them any more.
fn read_steps(entries: &[Entry], prehash: bool, jobs: &SyncSender<(usize, Step)>) {
    let mut seq = 0;
    let mut send = |step: Step| {
        seq += 1;
        jobs.send((seq - 1, step)).is_ok()
    };
    for (doc, entry) in entries.iter().enumerate() {
        if let Some(hash) = prehash.then(|| corrected::hash_first(entry)).flatten() {
            if !send(Step::Hash(doc, hash)) {
                return;
            }
        }
        let (mut chunks, mut gone) = (Chunks::default(), false);
        let mut hash = prehash.then_some(HASH_START);
        let result = entry
            .source
            .open()
            .map_err(StreamError::Io)
            .and_then(|input| {
                for_each_piece(input, |piece| {
                    hash = hash.map(|h| hash_more(h, piece.as_bytes()));
                    let Some((base, text)) = chunks.push(&piece) else {
                        return true;
                    };
                    let quotes = Vec::new();
                    gone = !send(Step::Chunk {
                        doc,
                        base,
                        text,
                        quotes,
                    });
                    !gone
                })
            });
        if gone {
            return;
        }
        let sent = match result {
            Ok(_) => {
                let ((base, text), quotes) = (chunks.rest(), Vec::new());
                let last = Step::Chunk {
                    doc,
                    base,
                    text,
                    quotes,
                };
                send(last) && send(Step::Done(hash.map(hash_hex)))
            }
            Err(e) => send(Step::Failed(doc, stream_problem(&e))),
        };
        if !sent {
            return;
        }
    }
}

/// A worker: finds the quotes of each chunk it is given and passes every step on.
fn find_quotes(jobs: &Mutex<Receiver<(usize, Step)>>, done: &SyncSender<(usize, Step)>) {
    loop {
        // The lock is held only while waiting for the next job, not while working on it.
        let job = match jobs.lock() {
            Ok(rx) => rx.recv(),
            Err(_) => return,
        };
        let Ok((seq, mut step)) = job else {
            return;
        };
        if let Step::Chunk {
            base, text, quotes, ..
        } = &mut step
        {
            *quotes = extract_at(text, *base);
        }
        if done.send((seq, step)).is_err() {
            return;
        }
    }
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
    /// Title and date, from the first chunk.
    meta: Meta,
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
            meta: Meta::default(),
        }
    }

    /// Hands on the `quotes` of the next `chunk` of the document (offsets into the whole).
    fn rows(
        &mut self,
        chunk: &str,
        quotes: &[Quote],
        out: &mut Scanned,
        each: &mut impl FnMut(&QuoteRow<'_>, Option<&Speaker>, &Meta) -> io::Result<()>,
    ) -> io::Result<()> {
        if self.base == 0 {
            let head = crate::text::floor_boundary(chunk, crate::corpus::document::HEAD);
            self.meta = Meta::from_text(&chunk[..head]);
        }
        let mut cols = Cols::new(chunk);
        for (i, q) in quotes.iter().enumerate() {
            let fixed = out.correct(self.doc, q);
            let q: &Quote = &fixed;
            let catalog = &mut out.catalog;
            let si = catalog.file((self.doc, self.quotes + i), q);
            let speaker = si.and_then(|si| catalog.speakers().get(si));
            let at = q.inner.start - self.base;
            let (line, column) = cols.at(at);
            let column = if line == 1 {
                self.carry + column
            } else {
                column
            };
            let text = chunk.get(at..q.inner.end - self.base).unwrap_or("");
            let canonical = speaker.map(|s| s.name.as_str());
            let row = QuoteRow::of(self.name, (self.lines + line, column), text, q, canonical);
            each(&row, speaker, &self.meta)?;
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
        // Characters are counted by their leading bytes (not 0b10xxxxxx), lines by `memchr`:
        // the reports walk every byte of their input here.
        let chars = |s: &str| s.bytes().filter(|&b| (b as i8) >= -0x40).count();
        let bytes = gap.as_bytes();
        match memchr::memrchr(b'\n', bytes) {
            Some(last) => {
                self.line += memchr::memchr_iter(b'\n', bytes).count();
                self.chars = chars(&gap[last + 1..]);
            }
            None => self.chars += chars(gap),
        }
        self.at = offset;
        (self.line, self.chars + 1)
    }
}

#[cfg(test)]
mod tests;
