//! The text thread: reads each input in pieces and hands them to the reader, mapping a big
//! file instead when its bytes turn out to be its text.

use std::cell::Cell;
use std::rc::Rc;
use std::sync::mpsc::{Sender, SyncSender};
use std::sync::Arc;

use super::hold::Held;
use super::{rereadable, yield_to_keys, Event, Handoff, Pace, TEXT_HOLD_MOST};
use crate::corpus::mapped::Mapped;
use crate::corpus::stream::{for_each_piece, StreamError};
use crate::corpus::{stream_problem, Entry, Source};
use crate::state::{hash_more, HASH_START};

/// An opened input, and its mapping when it has one.
type Opened = (Box<dyn std::io::Read + Send>, Option<Arc<Mapped>>);

/// Opens `entry`, and maps it too when it is a file of at least `map_min` bytes.
fn open_mapped(entry: &Entry, map_min: Option<u64>) -> std::io::Result<Opened> {
    if let (Source::File(path), Some(min)) = (&entry.source, map_min) {
        let file = std::fs::File::open(path)?;
        let map = Mapped::of(&file, min);
        return Ok((Box::new(file), map));
    }
    Ok((entry.source.open()?, None))
}

/// An input that counts the bytes read from it, for how much of a file is read: a decoded
/// file's text is longer or shorter than its bytes.
struct Counted<R> {
    input: R,
    read: Rc<Cell<u64>>,
}

impl<R: std::io::Read> std::io::Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.input.read(buf)?;
        self.read.set(self.read.get() + n as u64);
        Ok(n)
    }
}

/// Checks a mapped file against the clean text read from it, piece by piece: while they agree
/// the reader can show the mapping instead of keeping the pieces.
struct MapCheck {
    map: Arc<Mapped>,
    /// The text so far is the file's bytes so far.
    same: bool,
}

impl MapCheck {
    /// Checks `piece`, which follows `at` bytes of text, and gives back the pages compared.
    fn check(&mut self, at: usize, piece: &str) {
        if !self.same {
            return;
        }
        let end = at + piece.len();
        self.same = self.map.bytes().get(at..end) == Some(piece.as_bytes());
        if self.same {
            self.map.checked_to(at, end);
        }
        self.map.release(at..end);
    }
}

/// Text of the first document that the thread starting the loader handed over itself
/// ([`crate::corpus::stream::early_pieces`]), so the first page does not wait for this thread
/// to get going. This thread's own pieces start with the same text, which is not sent again,
/// unless it differs (the file changed in between): then the document starts over.
#[derive(Debug, Default)]
pub(super) struct Early {
    /// The text handed over.
    text: String,
    /// How much of it this thread's pieces have met.
    met: usize,
}

impl Early {
    /// Pieces handed over early.
    pub(super) fn new(pieces: &[String]) -> Self {
        Self {
            text: pieces.concat(),
            met: 0,
        }
    }

    /// The text handed over early.
    pub(super) fn text(&self) -> &str {
        &self.text
    }

    /// What to send for `piece` of document `doc`: what the early text does not hold.
    pub(super) fn pass(&mut self, doc: usize, piece: String) -> Vec<Event> {
        let ahead = &self.text[self.met..];
        if ahead.is_empty() {
            return vec![Event::Text { doc, piece }];
        }
        if ahead.starts_with(piece.as_str()) {
            self.met += piece.len();
            return Vec::new();
        }
        if let Some(rest) = piece.strip_prefix(ahead) {
            let rest = rest.to_string();
            self.met = self.text.len();
            return vec![Event::Text { doc, piece: rest }];
        }
        self.restart(doc, Some(piece))
    }

    /// What to send once the stream of document `doc` ends: a start over, if early text
    /// never came.
    pub(super) fn finish(&mut self, doc: usize) -> Vec<Event> {
        if self.met == self.text.len() {
            Vec::new()
        } else {
            self.restart(doc, None)
        }
    }

    fn restart(&mut self, doc: usize, piece: Option<String>) -> Vec<Event> {
        let mut met = std::mem::take(&mut self.text);
        met.truncate(self.met);
        self.met = 0;
        let again = (!met.is_empty()).then_some(met).into_iter().chain(piece);
        std::iter::once(Event::Restart { doc })
            .chain(again.map(|piece| Event::Text { doc, piece }))
            .collect()
    }
}

pub(super) fn read_texts(
    entries: &[Entry],
    tx: &SyncSender<Event>,
    pace: Pace,
    hand_tx: &Sender<Handoff>,
    map_min: Option<u64>,
    mut early: Early,
) {
    // The first page is what the user waits for: the first piece is read at the reader's own
    // priority (at nice 19 a busy terminal and shell starve it: the first screen of a big file
    // took 70 ms instead of 25), the rest makes way for keys.
    // When the first page was handed over early, nothing here is waited for.
    let mut lowered = !early.text().is_empty();
    if lowered {
        yield_to_keys();
    }
    for (doc, entry) in entries.iter().enumerate() {
        if pace.stopped() {
            return;
        }
        let mut hand = Handoff {
            checkpoints: Vec::new(),
            pieces: (!rereadable(&entry.source)).then(Vec::new),
        };
        let (mut len, mut hash) = (0, HASH_START);
        let opened = if pace.dropped(doc) {
            Err(StreamError::Stopped)
        } else {
            open_mapped(entry, map_min).map_err(StreamError::from)
        };
        let mut check = match &opened {
            Ok((_, Some(map))) => {
                // What was handed over early must be the file's bytes for the reader to
                // show the mapping in its place.
                let mut check = MapCheck {
                    map: Arc::clone(map),
                    same: true,
                };
                check.check(0, early.text());
                let mapped = Event::Mapped {
                    doc,
                    map: Arc::clone(map),
                };
                if !check.same {
                    None
                } else if tx.send(mapped).is_err() {
                    return;
                } else {
                    Some(check)
                }
            }
            _ => None,
        };
        let read = Rc::new(Cell::new(0));
        let result =
            opened.and_then(|(input, _)| {
                let input = Counted {
                    input,
                    read: Rc::clone(&read),
                };
                for_each_piece(input, |piece| {
                    if let Some(check) = &mut check {
                        check.check(len, &piece);
                    }
                    len += piece.len();
                    hash = hash_more(hash, piece.as_bytes());
                    hand.checkpoints.push((len, hash));
                    if let Some(kept) = &mut hand.pieces {
                        kept.push(piece.clone());
                    }
                    // Only a file of known size has a share read to tell, and only when its text is
                    // not its mapped bytes.
                    let told = (entry.size.is_some() && !check.as_ref().is_some_and(|c| c.same))
                        .then(|| Event::Read {
                            doc,
                            bytes: read.get(),
                        });
                    let sent = pace.go_on(Some(TEXT_HOLD_MOST), Held::Text)
                        && !pace.dropped(doc)
                        && early
                            .pass(doc, piece)
                            .into_iter()
                            .chain(told)
                            .all(|e| tx.send(e).is_ok());
                    if !lowered {
                        yield_to_keys();
                        lowered = true;
                    }
                    sent
                })
            });
        if pace.dropped(doc) {
            // Read again by another loader: nothing more is sent, but the quote thread takes
            // one handoff a document (and skips this one).
            early = Early::default();
            if hand_tx.send(hand).is_err() {
                return;
            }
            continue;
        }
        if !early.finish(doc).into_iter().all(|e| tx.send(e).is_ok()) {
            return;
        }
        // Only the first document is handed over early.
        early = Early::default();
        let event = match result {
            Ok(summary) => Event::Done { doc, summary },
            Err(StreamError::Stopped) => return,
            Err(e) => Event::Failed {
                doc,
                message: stream_problem(&e),
            },
        };
        if tx.send(event).is_err() || hand_tx.send(hand).is_err() {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::Loader;
    use super::*;

    /// A CP949 file's text is half as long again as its bytes: how much of it is loaded is
    /// told by the bytes read, which reach the file's size.
    #[test]
    fn a_decoded_file_tells_the_bytes_read() {
        let text = "한글로 쓴 기사의 한 줄입니다.\n".repeat(100_000);
        let (bytes, _, bad) = encoding_rs::EUC_KR.encode(&text);
        assert!(!bad);
        let size = bytes.len() as u64;
        let mut loader = Loader::start(vec![Entry {
            name: "a.txt".into(),
            source: Source::Bytes(bytes.to_vec().into()),
            size: Some(size),
        }]);
        let mut doc = crate::corpus::Document::pending("a.txt", Some(size));
        let mut seen = Vec::new();
        while !loader.is_finished() {
            match loader.try_next() {
                Some(Event::Text { piece, .. }) => doc.append(&piece),
                Some(Event::Read { bytes, .. }) => {
                    doc.set_read(bytes);
                    seen.push((bytes, doc.loaded_percent()));
                }
                Some(_) => {}
                None => std::thread::sleep(std::time::Duration::from_millis(1)),
            }
        }
        assert!(seen.len() > 1, "told as it reads: {seen:?}");
        assert!(seen.windows(2).all(|w| w[0].0 <= w[1].0));
        assert_eq!(seen.last().map(|s| s.0), Some(size));
        // Before, the text's length over the file's size said 99% from two thirds on.
        let first = seen[0];
        let expected = u8::try_from(first.0 * 100 / size).unwrap().min(99);
        assert_eq!(first.1, Some(expected));
        assert!(doc.text.len() as u64 > size * 4 / 3);
    }
}
