//! [`Search`]: a [`Pattern`]'s search through a document, a slice at a time.

use std::ops::Range;

use super::Pattern;

/// How many matches a [`Search`] keeps by default before it stops: the first letter typed
/// can match tens of millions of times in a 300 MB document, and at 16 bytes a match that
/// would be gigabytes. Four million matches are 64 MiB.
pub const MATCH_LIMIT: usize = 1 << 22;

/// What a [`Search::step`] left to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// Some of the text given is not scanned yet: step again (after drawing a frame).
    More,
    /// All the text given is scanned, but it was not complete: step again when more arrives.
    Waiting,
    /// The complete text is scanned, or the match limit reached ([`Search::is_capped`]);
    /// [`Search::matches`] is final.
    Done,
}

/// A search through one document, done a slice at a time.
///
/// Each [`Self::step`] scans about `budget_bytes` more of the text, cut at a line end, so a
/// caller can spread a 300 MB search over many frames. The text may still be loading: it
/// must only grow at its end between steps (the same prefix each time).
#[derive(Debug, Clone)]
pub struct Search {
    pattern: Pattern,
    matches: Vec<Range<usize>>,
    scanned: usize,
    done: bool,
    limit: usize,
    capped: bool,
}

impl Search {
    /// A search for `pattern`, nothing scanned yet.
    #[must_use]
    pub fn new(pattern: Pattern) -> Self {
        Self {
            pattern,
            matches: Vec::new(),
            scanned: 0,
            done: false,
            limit: MATCH_LIMIT,
            capped: false,
        }
    }

    /// The same search, keeping at most `limit` matches instead of [`MATCH_LIMIT`].
    #[must_use]
    pub fn with_match_limit(mut self, limit: usize) -> Self {
        self.limit = limit;
        self
    }

    /// Scans about `budget_bytes` more of `text` (at least one line, so a very long line is
    /// scanned in one step) and records the matches in it. With `complete` false the text
    /// is still growing, and only whole lines (up to the last `\n`) are scanned.
    pub fn step(&mut self, text: &str, complete: bool, budget_bytes: usize) -> Progress {
        if self.done {
            return Progress::Done;
        }
        let from = self.scanned;
        let Some(rest) = text.as_bytes().get(from..) else {
            // The text shrank, against the contract: stop rather than search nonsense.
            self.done = true;
            return Progress::Done;
        };
        let limit = if complete {
            text.len()
        } else {
            memchr::memrchr(b'\n', rest).map_or(from, |i| from + i + 1)
        };
        if from < limit {
            // From the byte before `want`, so a slice already ending at a `\n` stops there.
            let want = from.saturating_add(budget_bytes.max(1)).min(limit);
            let tail = text.as_bytes().get(want - 1..limit).unwrap_or_default();
            let to = memchr::memchr(b'\n', tail).map_or(limit, |i| want + i);
            self.pattern.scan(text, from, to, &mut self.matches);
            self.scanned = to;
            if self.matches.len() >= self.limit {
                self.matches.truncate(self.limit);
                self.capped = true;
                self.done = true;
                return Progress::Done;
            }
        }
        if complete && self.scanned >= text.len() {
            self.done = true;
            Progress::Done
        } else if self.scanned < limit {
            Progress::More
        } else {
            Progress::Waiting
        }
    }

    /// The pattern searched for.
    #[must_use]
    pub fn pattern(&self) -> &Pattern {
        &self.pattern
    }

    /// The matches found so far: byte ranges on char boundaries, in order, not overlapping.
    #[must_use]
    pub fn matches(&self) -> &[Range<usize>] {
        &self.matches
    }

    /// How many bytes of the text are scanned (a line end, or the end of the text).
    #[must_use]
    pub fn scanned(&self) -> usize {
        self.scanned
    }

    /// Whether the search is over: the complete text is scanned, or the match limit reached.
    #[must_use]
    pub fn is_done(&self) -> bool {
        self.done
    }

    /// Whether the search stopped at its match limit, so matches after the last one kept were
    /// not looked for (a caller might say "4194304+ matches").
    #[must_use]
    pub fn is_capped(&self) -> bool {
        self.capped
    }

    /// The index in [`Self::matches`] of the first match starting at or after `offset` (the
    /// top of the view, say); `None` if there is none yet.
    #[must_use]
    pub fn first_at_or_after(&self, offset: usize) -> Option<usize> {
        let i = self.matches.partition_point(|m| m.start < offset);
        (i < self.matches.len()).then_some(i)
    }
}
