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
    /// `n` (`true`) or `N` asked for before the match it goes to was known: taken once it
    /// is, unless another key comes first.
    step_pending: Option<bool>,
}

/// Why `n` or `N` did not move.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Miss {
    /// The match it goes to is not known yet (the step is taken once it is).
    Searching,
    /// The whole document has no match.
    NotFound,
}

impl Miss {
    /// What the status line says.
    #[must_use]
    pub fn say(self) -> &'static str {
        match self {
            Self::Searching => "Still searching…",
            Self::NotFound => "Not found.",
        }
    }
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
            step_pending: None,
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
        // A step asked for before the first match was shown is answered by showing it.
        if found.is_some() {
            self.step_pending = None;
        }
        found.map(|i| matches[i].start)
    }

    /// The step asked for while its match was not known, once it is: where it goes, or that
    /// there is no match at all. `None` while it still waits, or when none was asked for.
    pub(super) fn take_step(&mut self) -> Option<Result<usize, Miss>> {
        let forward = self.step_pending?;
        match self.step_current(forward) {
            Err(Miss::Searching) => None,
            answer => Some(answer),
        }
    }

    /// Whether `n` or `N` waits for its match.
    pub(super) fn step_waiting(&self) -> bool {
        self.step_pending.is_some()
    }

    /// Forgets a step asked for while searching: the user has done something else since.
    pub(super) fn forget_step(&mut self) {
        self.step_pending = None;
    }

    /// `n` (`forward`) or `N`: the next match in the search's direction or against it,
    /// wrapping round the end once the whole document is searched. The error says why not;
    /// a step whose match is not known yet is remembered ([`Self::take_step`]).
    pub(super) fn step_current(&mut self, forward: bool) -> Result<usize, Miss> {
        let ahead = forward != self.backward;
        let (matches, done) = (self.engine.matches(), self.engine.is_done());
        let n = matches.len();
        self.step_pending = None;
        let next = match self.current {
            _ if n == 0 && done => return Err(Miss::NotFound),
            _ if n == 0 => None,
            None => Some(0),
            Some(i) if ahead && i + 1 < n => Some(i + 1),
            Some(i) if !ahead && i > 0 => Some(i - 1),
            Some(_) if !done => None,
            Some(_) if ahead => Some(0),
            Some(_) => Some(n - 1),
        };
        let Some(next) = next else {
            self.step_pending = Some(forward);
            return Err(Miss::Searching);
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
        assert_eq!(search.step_current(true), Err(Miss::Searching));
        doc.finish("UTF-8", false);
        assert!(search.has_work(&doc), "one step to be done");
        search.scan(&doc, Instant::now());
        assert!(search.is_done() && !search.has_work(&doc));
        assert_eq!(search.step_current(true), Ok(0), "wraps to the first");
    }

    /// `n` at the last match known while more text is coming waits, and goes to the next
    /// match once it is found; another key in between drops it.
    #[test]
    fn n_waiting_for_its_match_goes_there_once_it_is_found() {
        let first = "사과 한 줄\n배 한 줄\n";
        let more = "배 두 줄\n사과 두 줄\n";
        let waits = |forget: bool| {
            let mut doc = Document::pending("a.txt", Some((first.len() + more.len()) as u64));
            doc.append(first);
            let mut search = Search::start(0, "사과", 0, false).unwrap();
            search.scan(&doc, Instant::now());
            assert_eq!(search.take_first(), Some(0));
            assert_eq!(search.step_current(true), Err(Miss::Searching));
            assert_eq!(search.take_step(), None, "still waiting");
            if forget {
                search.forget_step();
            }
            doc.append(more);
            search.scan(&doc, Instant::now());
            search.take_step()
        };
        let second = first.len() + more.find("사과").unwrap();
        assert_eq!(waits(false), Some(Ok(second)));
        assert_eq!(waits(true), None);
    }

    /// `n` before anything is found: the first match shown answers it; with no match at all
    /// once the document is whole, it says so.
    #[test]
    fn n_before_any_match_is_answered_by_the_first_or_by_none() {
        let text = "배 한 줄\n";
        let mut doc = Document::pending("a.txt", Some(text.len() as u64 * 2));
        let mut search = Search::start(0, "사과", 0, false).unwrap();
        assert_eq!(search.step_current(true), Err(Miss::Searching));
        doc.append(text);
        doc.append("사과 한 줄\n");
        search.scan(&doc, Instant::now());
        assert_eq!(search.take_first(), Some(text.len()));
        assert_eq!(search.take_step(), None, "the first match answered it");

        let mut none = Search::start(0, "감", 0, false).unwrap();
        assert_eq!(none.step_current(false), Err(Miss::Searching));
        doc.finish("UTF-8", false);
        none.scan(&doc, Instant::now());
        assert_eq!(none.take_step(), Some(Err(Miss::NotFound)));
    }
}
