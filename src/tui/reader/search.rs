//! The search in the open document: a [`Pattern`] scanned a slice at a time between keys (so
//! typing never waits, whatever the document's size), the matches found so far, and which one
//! is current.

use std::ops::Range;
use std::time::Instant;

use crate::corpus::Document;
use crate::search::{self as find, Pattern, PatternError, Progress};

/// Bytes scanned per step: a few milliseconds at the slowest pattern, so a key pressed while
/// a search runs is answered within a frame.
const STEP: usize = 1 << 20;
/// Bytes scanned at once when a key changes the search, before the frame that shows it: the
/// rest waits for the background steps, so typing costs the same in any size of document.
const FIRST: usize = 1 << 20;

/// A search in one document.
#[derive(Debug, Clone)]
pub struct Search {
    /// What was typed.
    pub query: String,
    /// The document searched.
    pub doc: usize,
    /// Index of the current match.
    pub current: Option<usize>,
    engine: find::Search,
    /// Where the search began: the first match is looked for from here.
    origin: usize,
    /// Searching back from `origin` (`n` then goes back too, as in less).
    backward: bool,
    /// The first match in the search's direction is still to be shown.
    first_pending: bool,
}

impl Search {
    /// A search for `query` in document `doc`, from byte `origin`, nothing scanned yet.
    ///
    /// # Errors
    /// An empty query, or a bad `re:` pattern.
    pub fn start(
        doc: usize,
        query: &str,
        origin: usize,
        backward: bool,
    ) -> Result<Self, PatternError> {
        Ok(Self {
            query: query.to_string(),
            doc,
            current: None,
            engine: find::Search::new(Pattern::parse(query)?),
            origin,
            backward,
            first_pending: true,
        })
    }

    /// The matches found so far, in order.
    #[must_use]
    pub fn matches(&self) -> &[Range<usize>] {
        self.engine.matches()
    }

    /// Whether the whole document has been searched (or the match limit reached).
    #[must_use]
    pub fn is_done(&self) -> bool {
        self.engine.is_done()
    }

    /// Whether text that has arrived is still to be scanned, or the search is still to be
    /// marked done: a document whose every line was scanned while it loaded needs one more
    /// step once it is whole, or `n` past the last match would wait for ever.
    pub(super) fn has_work(&self, doc: &Document) -> bool {
        !self.engine.is_done() && (self.engine.scanned() < available(doc) || !doc.is_loading())
    }

    /// Scans the first slice of `doc`, as a key changes the search.
    pub(super) fn scan_first(&mut self, doc: &Document) {
        if self.has_work(doc) {
            self.engine.step(&doc.text, !doc.is_loading(), FIRST);
        }
    }

    /// Scans slices of `doc` until `deadline` (at least one); returns whether it scanned.
    pub(super) fn scan(&mut self, doc: &Document, deadline: Instant) -> bool {
        let mut scanned = false;
        while self.has_work(doc) {
            let progress = self.engine.step(&doc.text, !doc.is_loading(), STEP);
            scanned = true;
            if progress != Progress::More || Instant::now() >= deadline {
                break;
            }
        }
        scanned
    }

    /// Once it is known, the first match in the search's direction (wrapping round the end):
    /// it becomes current, and its offset is returned, once.
    pub(super) fn take_first(&mut self) -> Option<usize> {
        if !self.first_pending {
            return None;
        }
        let (matches, done) = (self.engine.matches(), self.engine.is_done());
        let found = if self.backward {
            // Every match before the origin is known once the scan has passed it.
            let before = matches.partition_point(|m| m.start < self.origin);
            let passed = done || self.engine.scanned() >= self.origin;
            match before.checked_sub(1) {
                Some(i) if passed => Some(i),
                _ if done => matches.len().checked_sub(1),
                _ => return None,
            }
        } else {
            match self.engine.first_at_or_after(self.origin) {
                Some(i) => Some(i),
                None if done => (!matches.is_empty()).then_some(0),
                None => return None,
            }
        };
        self.first_pending = false;
        self.current = found;
        found.map(|i| matches[i].start)
    }

    /// `n` (`forward`) or `N`: the next match in the search's direction or against it,
    /// wrapping round the end once the whole document is searched. The error says why not.
    pub(super) fn step_current(&mut self, forward: bool) -> Result<usize, &'static str> {
        let ahead = forward != self.backward;
        let (matches, done) = (self.engine.matches(), self.engine.is_done());
        let n = matches.len();
        if n == 0 {
            return Err(if done {
                "Not found."
            } else {
                "Still searching…"
            });
        }
        let next = match self.current {
            None => 0,
            Some(i) if ahead && i + 1 < n => i + 1,
            Some(i) if !ahead && i > 0 => i - 1,
            Some(_) if !done => return Err("Still searching…"),
            Some(_) if ahead => 0,
            Some(_) => n - 1,
        };
        self.first_pending = false;
        self.current = Some(next);
        Ok(matches[next].start)
    }
}

/// Bytes of `doc` a search may scan now: all of it once loaded, else up to its last line end.
fn available(doc: &Document) -> usize {
    crate::text::whole_lines(&doc.text, !doc.is_loading())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every line scanned while the document loaded: once it is whole, `n` past the last
    /// match wraps to the first instead of waiting.
    #[test]
    fn a_search_finished_while_loading_wraps_once_the_document_is_whole() {
        let text = "사과 한 줄\n배 한 줄\n사과 두 줄\n";
        let mut doc = Document::pending("a.txt", Some(text.len() as u64));
        doc.append(text);
        let mut search = Search::start(0, "사과", 0, false).unwrap();
        search.scan(&doc, Instant::now());
        assert_eq!(search.matches().len(), 2);
        assert_eq!(search.take_first(), Some(0));
        assert_eq!(search.step_current(true), Ok(text.find("사과 두").unwrap()));
        assert_eq!(search.step_current(true), Err("Still searching…"));
        doc.finish_read(crate::corpus::stream::Summary {
            encoding: "UTF-8",
            lossy: false,
            bytes: text.len() as u64,
        });
        assert!(search.has_work(&doc), "one step to be done");
        search.scan(&doc, Instant::now());
        assert!(search.is_done() && !search.has_work(&doc));
        assert_eq!(search.step_current(true), Ok(0), "wraps to the first");
    }
}
