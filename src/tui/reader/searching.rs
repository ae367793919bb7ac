//! The reader's side of a search in the open document: starting it, scanning it between
//! keys, and `n`/`N`, including a step asked for before its match was known.

use super::{Miss, Pane, Reader, Search};
use crate::tui::outcome::{Focus, Outcome};

impl Reader {
    /// Searches the open document for `query` (forward from `from`, or back from it): the
    /// first slice at once, the rest in [`Self::search_step`]s between keys, so typing never
    /// waits. The first match found in that direction is shown; an empty query ends the search
    /// and goes back to `from`; a bad pattern says why.
    pub fn run_search(&mut self, p: &Pane, query: &str, from: usize, backward: bool) -> Outcome {
        match Search::start(p.index, query, from, backward) {
            Ok(mut search) => {
                search.scan_first(p.doc);
                if let Some(at) = search.take_first() {
                    self.pages.show(p, at, true);
                }
                self.search = Some(search);
                Outcome::Stay
            }
            Err(error) => {
                self.search = None;
                self.pages.show(p, from, false);
                match error {
                    crate::search::PatternError::Empty => Outcome::Stay,
                    bad => Outcome::Say(bad.to_string()),
                }
            }
        }
    }

    /// Whether the search in document `p` has text left to scan now.
    #[must_use]
    pub fn searching(&self, p: &Pane) -> bool {
        self.search(p.index).is_some_and(|s| s.has_work(p.doc))
    }

    /// Scans the open document's search until `deadline` (at least one slice), and shows the
    /// first match in its direction once it is known, or the match `n`/`N` asked for while it
    /// was not known yet. Returns whether it scanned anything, and how such a step ended.
    pub fn search_step(
        &mut self,
        p: &Pane,
        deadline: std::time::Instant,
    ) -> (bool, Option<Result<(), Miss>>) {
        let Some(search) = self.search.as_mut().filter(|s| s.doc == p.index) else {
            return (false, None);
        };
        let stepped = search.scan(p.doc, deadline);
        let waiting = search.step_waiting();
        if let Some(at) = search.take_first() {
            self.pages.show(p, at, true);
            // `n` pressed before any match was shown is answered by the first.
            return (stepped, waiting.then_some(Ok(())));
        }
        let step = search.take_step().map(|taken| {
            let at = taken?;
            self.pages.show(p, at, true);
            Ok(())
        });
        (stepped, step)
    }

    /// Forgets an `n`/`N` still waiting for its match: another key came first.
    pub fn forget_step(&mut self) {
        if let Some(search) = &mut self.search {
            search.forget_step();
        }
    }

    /// Whether the search typed last has found nothing in its whole document.
    #[must_use]
    pub fn found_nothing(&self) -> bool {
        self.search
            .as_ref()
            .is_some_and(|s| s.matches().is_empty() && s.is_done())
    }

    /// `n`/`N`: the next or previous match in the search's direction, round the end.
    pub(super) fn step_match(&mut self, p: &Pane, forward: bool) -> Outcome {
        let Some(search) = self.search.as_mut().filter(|s| s.doc == p.index) else {
            return Outcome::Say("No search: press / to search this document.".into());
        };
        match search.step_current(forward) {
            Ok(at) => {
                self.pages.show(p, at, true);
                Outcome::Focus(Focus::Reader)
            }
            Err(why) => Outcome::Say(why.say().into()),
        }
    }
}
