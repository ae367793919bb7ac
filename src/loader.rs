//! Background loading: documents are listed at once, then read and scanned for quotes on two
//! threads while the reader is already answering keys.
//!
//! The text thread decodes each input in pieces ([`crate::corpus::stream`]) and sends them on;
//! the quote thread reads a regular file again, independently, and sends the quotes it finds.
//! Reading twice costs little (the second read comes from the page cache) and means neither
//! thread waits for the other nor holds a second copy of a huge file: quote extraction is many
//! times slower than decoding, so a shared queue would fill with the whole text.
//!
//! Quotes must come from the very text the reader shows, though. So the text thread hands the
//! quote thread a `Handoff` per document: a running hash after each piece, which the second
//! read is checked against piece by piece (a file rewritten in between is caught before any of
//! its quotes are sent), and, for what cannot be read twice (a pipe, a FIFO, `<(…)`), the
//! pieces themselves.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, SyncSender, TryRecvError};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::corpus::mapped::MAP_MIN;
use crate::corpus::stream::{early_pieces, for_each_piece, StreamError, Summary};
use crate::corpus::{Entry, Source};
use crate::quotes::{extract_at, Chunks};
use crate::state::{hash_more, HASH_START};
use dropped::Dropped;
use hold::{Held, Hold};
use texts::{read_texts, Early};

mod dropped;
mod event;
mod hold;
mod texts;

pub use event::Event;

/// Messages that may wait unread; the threads pause when the reader falls behind.
const QUEUE: usize = 32;
/// The longest the text thread pauses at once for keys, before it reads one more piece.
const TEXT_HOLD_MOST: Duration = Duration::from_millis(250);

/// Lowers the calling thread's priority, so on a machine with few cores the reader's thread,
/// which answers keys, wins the CPU over loading. Only on Linux, which keeps a nice value per
/// thread: elsewhere `nice` would lower the whole process, the reader's thread with it.
fn yield_to_keys() {
    #[cfg(target_os = "linux")]
    {
        // Not being able to lower it only costs speed.
        let _ = rustix::process::nice(19);
    }
}

/// What the text thread hands the quote thread about one document.
#[derive(Debug, Default)]
struct Handoff {
    /// Length and running hash of the text after each piece.
    checkpoints: Vec<(usize, u64)>,
    /// The pieces themselves, when the input cannot be read a second time.
    pieces: Option<Vec<String>>,
}

impl Handoff {
    /// Length of the text the reader has.
    fn len(&self) -> usize {
        self.checkpoints.last().map_or(0, |c| c.0)
    }

    /// Whether text of `len` bytes hashing to `hash` is the start of the text the reader has.
    fn agrees(&self, len: usize, hash: u64) -> bool {
        self.checkpoints
            .binary_search_by_key(&len, |c| c.0)
            .is_ok_and(|k| self.checkpoints[k].1 == hash)
    }
}

/// Whether `source` gives the same bytes when opened again: memory and regular files do (unless
/// rewritten, which the hashes catch); pipes, FIFOs and devices do not.
fn rereadable(source: &Source) -> bool {
    match source {
        Source::Bytes(_) => true,
        Source::File(p) => std::fs::metadata(p).is_ok_and(|m| m.is_file()),
        Source::Stdin => false,
    }
}

/// The two loading threads and what they report.
#[derive(Debug)]
pub struct Loader {
    rx: Receiver<Event>,
    stop: Arc<AtomicBool>,
    hold: Arc<Hold>,
    dropped: Arc<Dropped>,
    finished: bool,
    /// The threads, not started yet: they wait for the early pieces to be taken.
    pending: Option<Pending>,
}

/// Loading threads that start once the reader has taken the pieces read early and `after`
/// has come: the first frame goes out, and the terminal draws it, with the cores to itself.
struct Pending {
    start: Box<dyn FnOnce() + Send>,
    after: Instant,
}

impl std::fmt::Debug for Pending {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pending")
            .field("after", &self.after)
            .finish_non_exhaustive()
    }
}

impl Loader {
    /// Starts reading `entries` (text first, quotes alongside), mapping files of
    /// [`MAP_MIN`] bytes or more.
    #[must_use]
    pub fn start(entries: Vec<Entry>) -> Self {
        Self::start_with(entries, Some(MAP_MIN), None, Duration::ZERO)
    }

    /// As [`Self::start`], mapping files of at least `map_min` bytes (`None`: none) whose
    /// bytes turn out to be their clean text, instead of copying them into memory; and with
    /// `early_len`, reading that many bytes of the first document (a screenful) here, before
    /// the threads start, so the first page does not wait for them.
    ///
    /// When that read gave text, the threads start only once it has all been taken
    /// ([`Self::try_next`]) and `defer` has passed: on two cores, a terminal drawing the first
    /// frame should not share them with two threads reading a big file. Without early text
    /// they start at once.
    #[must_use]
    pub fn start_with(
        entries: Vec<Entry>,
        map_min: Option<u64>,
        early_len: Option<usize>,
        defer: Duration,
    ) -> Self {
        let (tx, rx) = mpsc::sync_channel(QUEUE);
        let stop = Arc::new(AtomicBool::new(false));
        let hold = Arc::new(Hold::new());
        let dropped = Arc::new(Dropped::new(entries.len()));
        let entries: Arc<[Entry]> = entries.into();
        // The quote thread scans a document only once its text has been read: on two cores,
        // reading (what the user waits for) should not share the CPU with quote extraction.
        // The handoffs queue unbounded, but each is a little per document (the pieces only
        // for pipes, whose text the reader holds anyway).
        let (hand_tx, hand_rx) = mpsc::channel();
        // The first page of the first document is read here, before the threads start: on a
        // busy machine a new thread can wait milliseconds for a core.
        let pieces = match (entries.first(), early_len) {
            (Some(entry), Some(len)) => early_pieces_of(entry, len),
            _ => Vec::new(),
        };
        let early = Early::new(&pieces);
        let waits = !pieces.is_empty();
        for piece in pieces {
            // The queue has room: nothing else is in it yet.
            let _ = tx.try_send(Event::Text { doc: 0, piece });
        }
        let (t_entries, t_tx, t_stop) = (Arc::clone(&entries), tx.clone(), Arc::clone(&stop));
        let (t_hold, t_dropped) = (Arc::clone(&hold), Arc::clone(&dropped));
        let (q_stop, q_hold) = (Arc::clone(&stop), Arc::clone(&hold));
        let q_dropped = Arc::clone(&dropped);
        let start = move || {
            std::thread::spawn(move || {
                // Its priority is lowered once the first piece is out (see `read_texts`).
                let pace = Pace {
                    stop: &t_stop,
                    hold: &t_hold,
                    dropped: &t_dropped,
                };
                read_texts(&t_entries, &t_tx, pace, &hand_tx, map_min, early);
            });
            std::thread::spawn(move || {
                yield_to_keys();
                let pace = Pace {
                    stop: &q_stop,
                    hold: &q_hold,
                    dropped: &q_dropped,
                };
                scan_quotes(&entries, &tx, pace, &hand_rx);
            });
        };
        let pending = if waits {
            Some(Pending {
                start: Box::new(start),
                after: Instant::now() + defer,
            })
        } else {
            start();
            None
        };
        Self {
            rx,
            stop,
            hold,
            dropped,
            finished: false,
            pending,
        }
    }

    /// Pauses quote extraction for `d` from now, and reading text too when `text` (the
    /// reader calls it on each key, so typing and scrolling get the cores, and says `text`
    /// only when it is not waiting for text itself); `Duration::ZERO` lets them go on.
    pub fn hold_for(&self, d: Duration, text: bool) {
        self.hold.hold_for(d, text);
    }

    /// Stops reading document `doc` and finding its quotes, now that a loader of its own
    /// reads it again: the threads go on with the next document and send nothing more about
    /// this one (what was sent already still comes).
    pub fn drop_doc(&self, doc: usize) {
        self.dropped.drop_doc(doc);
    }

    /// The next report, if one is waiting. Asked when none is and the threads wait (see
    /// [`Self::start_with`]), it starts them once their time has come.
    #[must_use]
    pub fn try_next(&mut self) -> Option<Event> {
        match self.rx.try_recv() {
            Ok(ev) => Some(ev),
            Err(TryRecvError::Empty) => {
                if self
                    .pending
                    .as_ref()
                    .is_some_and(|p| Instant::now() >= p.after)
                {
                    if let Some(p) = self.pending.take() {
                        (p.start)();
                    }
                }
                None
            }
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

/// What a loading thread checks between pieces of work: whether to stop, and whether to pause
/// for keys.
#[derive(Clone, Copy)]
struct Pace<'a> {
    stop: &'a AtomicBool,
    hold: &'a Hold,
    dropped: &'a Dropped,
}

impl Pace<'_> {
    fn stopped(self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }

    /// Whether document `doc` is no longer wanted (see [`Loader::drop_doc`]).
    fn dropped(self, doc: usize) -> bool {
        self.dropped.has(doc)
    }

    /// Pauses while keys come (at most `most`), then says whether to go on.
    fn go_on(self, most: Option<Duration>, who: Held) -> bool {
        self.hold.wait(self.stop, most, who);
        !self.stopped()
    }
}

/// The pieces of `entry` that can be handed over at once: its first `len` bytes when it is a
/// regular file and they are plainly UTF-8 (see [`early_pieces`]); none otherwise.
fn early_pieces_of(entry: &Entry, len: usize) -> Vec<String> {
    match &entry.source {
        Source::File(p) if std::fs::metadata(p).is_ok_and(|m| m.is_file()) => {
            std::fs::File::open(p)
                .and_then(|f| early_pieces(f, len))
                .unwrap_or_default()
        }
        _ => Vec::new(),
    }
}

/// Opens `entry` and hands its text over piece by piece.
fn pieces_of(entry: &Entry, piece: impl FnMut(String) -> bool) -> Result<Summary, StreamError> {
    for_each_piece(entry.source.open()?, piece)
}

/// The handoff of the next document, once its text has been read; `None` when stopped.
fn next_handoff(hand_rx: &Receiver<Handoff>, stop: &AtomicBool) -> Option<Handoff> {
    loop {
        match hand_rx.recv_timeout(Duration::from_millis(20)) {
            Ok(hand) => return Some(hand),
            Err(RecvTimeoutError::Timeout) if !stop.load(Ordering::Relaxed) => {}
            Err(_) => return None,
        }
    }
}

fn scan_quotes(entries: &[Entry], tx: &SyncSender<Event>, pace: Pace, hand_rx: &Receiver<Handoff>) {
    for (doc, entry) in entries.iter().enumerate() {
        // The quote thread scans a document only once its text has been read: on two cores,
        // reading (what the user waits for) should not share the CPU with quote extraction.
        let Some(hand) = next_handoff(hand_rx, pace.stop) else {
            return;
        };
        if pace.dropped(doc) {
            continue;
        }
        if !quotes_of(doc, entry, hand, tx, pace) {
            return;
        }
    }
}

/// Sends the quotes of document `doc`, read from `entry` again or from the pieces handed
/// over, checked against the reader's text. Returns `false` when the loader stops.
fn quotes_of(
    doc: usize,
    entry: &Entry,
    mut hand: Handoff,
    tx: &SyncSender<Event>,
    pace: Pace,
) -> bool {
    let pieces = hand.pieces.take();
    let mut chunks = Chunks::default();
    let flush = |(base, text): (usize, String)| {
        let quotes = extract_at(&text, base);
        let scanned = base + text.len();
        tx.send(Event::Quotes {
            doc,
            quotes,
            scanned,
        })
        .is_ok()
    };
    let (mut read, mut hash, mut stale, mut gone) = (0, HASH_START, false, false);
    let text_len = hand.len();
    let mut take = |piece: String| -> bool {
        // The reader's text may end early (a read that failed part-way): so do its quotes.
        // Extraction is the long work: it waits while keys come.
        if !pace.go_on(None, Held::Quotes) || read >= text_len || pace.dropped(doc) {
            return false;
        }
        read += piece.len();
        hash = hash_more(hash, piece.as_bytes());
        if !hand.agrees(read, hash) {
            stale = true;
            return false;
        }
        let sent = chunks.push(&piece).is_none_or(flush);
        gone |= !sent;
        sent
    };
    match pieces {
        Some(pieces) => {
            for piece in pieces {
                if !take(piece) {
                    break;
                }
            }
        }
        // The text thread reports why a document failed; its quotes just end here.
        None => drop(pieces_of(entry, take)),
    }
    if !pace.go_on(None, Held::Quotes) || gone {
        return false;
    }
    if pace.dropped(doc) {
        return true;
    }
    let last = if stale {
        Event::QuotesStale { doc }
    } else {
        let (base, text) = chunks.rest();
        if !text.is_empty() && !flush((base, text)) {
            return false;
        }
        Event::QuotesDone { doc }
    };
    tx.send(last).is_ok()
}

#[cfg(test)]
mod tests;
