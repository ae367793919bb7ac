//! Background loading: documents are listed at once, then read and scanned for quotes on two
//! threads while the reader is already answering keys.
//!
//! The text thread decodes each input in pieces ([`crate::corpus::stream`]) and sends them on;
//! the quote thread reads the same inputs again, independently, and sends the quotes it finds.
//! Reading twice costs little (the second read comes from the page cache) and means neither
//! thread waits for the other nor holds a second copy of a huge file: quote extraction is many
//! times slower than decoding, so a shared queue would fill with the whole text.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, SyncSender, TryRecvError};
use std::sync::Arc;

use crate::corpus::stream::{for_each_piece, StreamError, Summary};
use crate::corpus::Entry;
use crate::quotes::{extract, Quote};

/// Text gathered before quotes are looked for, so a seam between chunks (where a speaker named
/// in one chunk is not known in the next) comes rarely.
const QUOTE_CHUNK: usize = 2 << 20;
/// Messages that may wait unread; the threads pause when the reader falls behind.
const QUEUE: usize = 32;

/// What the loader reports, in order per document.
#[derive(Debug)]
pub enum Event {
    /// More text of document `doc`.
    Text {
        /// Document index.
        doc: usize,
        /// Clean text to append.
        piece: String,
    },
    /// Document `doc` is complete.
    Done {
        /// Document index.
        doc: usize,
        /// How it was decoded.
        summary: Summary,
    },
    /// Document `doc` could not be read (further); the message is for the user.
    Failed {
        /// Document index.
        doc: usize,
        /// Why.
        message: String,
    },
    /// Quotes found in document `doc`, with offsets into its whole text, in order.
    Quotes {
        /// Document index.
        doc: usize,
        /// The quotes.
        quotes: Vec<Quote>,
        /// Bytes of the document scanned so far.
        scanned: usize,
    },
    /// Every quote of document `doc` has been sent.
    QuotesDone {
        /// Document index.
        doc: usize,
    },
}

/// The two loading threads and what they report.
#[derive(Debug)]
pub struct Loader {
    rx: Receiver<Event>,
    stop: Arc<AtomicBool>,
    finished: bool,
}

impl Loader {
    /// Starts reading `entries` (text first, quotes alongside).
    #[must_use]
    pub fn start(entries: Vec<Entry>) -> Self {
        let (tx, rx) = mpsc::sync_channel(QUEUE);
        let stop = Arc::new(AtomicBool::new(false));
        let entries: Arc<[Entry]> = entries.into();
        // The quote thread scans a document only once its text has been read: on two cores,
        // reading (what the user waits for) should not share the CPU with quote extraction.
        let texts_done = Arc::new(AtomicUsize::new(0));
        let (t_entries, t_tx, t_stop) = (Arc::clone(&entries), tx.clone(), Arc::clone(&stop));
        let t_done = Arc::clone(&texts_done);
        std::thread::spawn(move || read_texts(&t_entries, &t_tx, &t_stop, &t_done));
        let q_stop = Arc::clone(&stop);
        std::thread::spawn(move || scan_quotes(&entries, &tx, &q_stop, &texts_done));
        Self {
            rx,
            stop,
            finished: false,
        }
    }

    /// The next report, if one is waiting.
    #[must_use]
    pub fn try_next(&mut self) -> Option<Event> {
        match self.rx.try_recv() {
            Ok(ev) => Some(ev),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                self.finished = true;
                None
            }
        }
    }

    /// Whether both threads have finished and every report has been taken.
    #[must_use]
    pub fn is_finished(&self) -> bool {
        self.finished
    }
}

impl Drop for Loader {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

fn message(e: &StreamError) -> String {
    match e {
        StreamError::Io(io) => match io.kind() {
            std::io::ErrorKind::NotFound => "no such file or folder".into(),
            std::io::ErrorKind::PermissionDenied => "permission denied".into(),
            _ => format!("cannot read it: {io}"),
        },
        other => other.to_string(),
    }
}

/// Opens `entry` and hands its text over piece by piece.
fn pieces_of(entry: &Entry, piece: impl FnMut(String) -> bool) -> Result<Summary, StreamError> {
    for_each_piece(entry.source.open()?, piece)
}

fn read_texts(entries: &[Entry], tx: &SyncSender<Event>, stop: &AtomicBool, done: &AtomicUsize) {
    for (doc, entry) in entries.iter().enumerate() {
        if stop.load(Ordering::Relaxed) {
            return;
        }
        let result = pieces_of(entry, |piece| {
            !stop.load(Ordering::Relaxed) && tx.send(Event::Text { doc, piece }).is_ok()
        });
        let event = match result {
            Ok(summary) => Event::Done { doc, summary },
            Err(StreamError::Stopped) => return,
            Err(e) => Event::Failed {
                doc,
                message: message(&e),
            },
        };
        if tx.send(event).is_err() {
            return;
        }
        done.store(doc + 1, Ordering::Release);
    }
}

fn scan_quotes(
    entries: &[Entry],
    tx: &SyncSender<Event>,
    stop: &AtomicBool,
    texts_done: &AtomicUsize,
) {
    for (doc, entry) in entries.iter().enumerate() {
        while texts_done.load(Ordering::Acquire) <= doc {
            if stop.load(Ordering::Relaxed) {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
        let mut chunk = String::new();
        let mut base = 0;
        let flush = |chunk: &mut String, base: &mut usize| {
            let mut quotes = extract(chunk);
            for q in &mut quotes {
                q.span = q.span.start + *base..q.span.end + *base;
                q.inner = q.inner.start + *base..q.inner.end + *base;
            }
            *base += chunk.len();
            chunk.clear();
            let scanned = *base;
            tx.send(Event::Quotes {
                doc,
                quotes,
                scanned,
            })
            .is_ok()
        };
        let result = pieces_of(entry, |piece| {
            if stop.load(Ordering::Relaxed) {
                return false;
            }
            chunk.push_str(&piece);
            chunk.len() < QUOTE_CHUNK || flush(&mut chunk, &mut base)
        });
        match result {
            Err(StreamError::Stopped) => return,
            // The text thread reports why a document failed; its quotes just end here.
            Ok(_) | Err(_) => {
                if !chunk.is_empty() && !flush(&mut chunk, &mut base) {
                    return;
                }
            }
        }
        if tx.send(Event::QuotesDone { doc }).is_err() {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Source;

    fn bytes(name: &str, text: &[u8]) -> Entry {
        Entry {
            name: name.into(),
            source: Source::Bytes(text.into()),
            size: Some(text.len() as u64),
        }
    }

    fn drain(loader: &mut Loader) -> Vec<Event> {
        let mut out = Vec::new();
        while !loader.is_finished() {
            match loader.try_next() {
                Some(ev) => out.push(ev),
                None => std::thread::sleep(std::time::Duration::from_millis(1)),
            }
        }
        out
    }

    #[test]
    fn texts_and_quotes_arrive_per_document_and_failures_are_named() {
        let mut loader = Loader::start(vec![
            bytes(
                "a",
                "홍길동 교수는 “좋은 날입니다”라고 말했다.\n".as_bytes(),
            ),
            bytes("bin", b"\x7fELF\0\0\0"),
            Entry {
                name: "missing".into(),
                source: Source::File("/nonexistent/dokseo/missing.txt".into()),
                size: None,
            },
        ]);
        let events = drain(&mut loader);
        let text: String = events
            .iter()
            .filter_map(|e| match e {
                Event::Text { doc: 0, piece } => Some(piece.as_str()),
                _ => None,
            })
            .collect();
        assert!(text.starts_with("홍길동 교수는"));
        let quotes: Vec<&Quote> = events
            .iter()
            .filter_map(|e| match e {
                Event::Quotes { doc: 0, quotes, .. } => Some(quotes),
                _ => None,
            })
            .flatten()
            .collect();
        assert_eq!(quotes.len(), 1);
        assert_eq!(quotes[0].speaker.as_deref(), Some("홍길동"));
        let failures: Vec<(usize, &str)> = events
            .iter()
            .filter_map(|e| match e {
                Event::Failed { doc, message } => Some((*doc, message.as_str())),
                _ => None,
            })
            .collect();
        assert_eq!(failures.len(), 2);
        assert!(failures[0].1.contains("binary") && failures[1].1.contains("no such file"));
        assert_eq!(
            events
                .iter()
                .filter(|e| matches!(e, Event::QuotesDone { .. }))
                .count(),
            3
        );
    }

    #[test]
    fn big_inputs_give_quotes_at_whole_text_offsets() {
        let para = "“시장이 흔들린다”라고 김민수 교수는 말했다.\n";
        let text = para.repeat(QUOTE_CHUNK / para.len() + 1000);
        let mut loader = Loader::start(vec![bytes("big", text.as_bytes())]);
        let mut got = String::new();
        let mut quotes = Vec::new();
        for ev in drain(&mut loader) {
            match ev {
                Event::Text { piece, .. } => got.push_str(&piece),
                Event::Quotes { quotes: q, .. } => quotes.extend(q),
                _ => {}
            }
        }
        assert!(got == text);
        assert_eq!(quotes.len(), QUOTE_CHUNK / para.len() + 1000);
        assert!(quotes
            .iter()
            .all(|q| text.get(q.inner.clone()) == Some("시장이 흔들린다")));
    }

    #[test]
    fn dropping_the_loader_stops_the_threads() {
        let text = "줄\n".repeat(3 << 20);
        let loader = Loader::start(vec![bytes("big", text.as_bytes())]);
        drop(loader);
    }
}
