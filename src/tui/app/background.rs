//! Background work between keys: the finder's filtering, what the loader read, and wrapping
//! the open document, within a budget so keys are answered within a frame.

use std::time::{Duration, Instant};

use super::{App, Outcome, Popup};
use crate::corpus::Document;
use crate::loader::Loader;
use crate::tui::library::Arrival;

/// Time one [`crate::tui::action::Action::Work`] may take, so keys are answered within a frame.
const BUDGET: Duration = Duration::from_millis(8);
/// The shorter step while the user is typing or moving ([`TYPING`] after a key): a key that
/// comes during a step waits for it to end.
const BUDGET_TYPING: Duration = Duration::from_millis(2);
/// How long after a key the user counts as typing.
pub(super) const TYPING: Duration = Duration::from_millis(500);

/// What one background step did, for the event loop's pacing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Step {
    /// It found something to do (so more may be waiting now).
    pub progressed: bool,
    /// It changed what the screen shows enough to draw now rather than at the next progress
    /// frame (the open document's first text, a finished finder answer).
    pub urgent: bool,
}

impl App {
    /// Spends up to [`BUDGET`] ([`BUDGET_TYPING`] just after a key) on background work: the finder's answer first (the user is
    /// waiting on it), the search in the open document, then what the loader read, then
    /// wrapping the open document.
    pub(super) fn work(&mut self) -> Step {
        let typing = self.last_key.is_some_and(|k| k.elapsed() < TYPING);
        let deadline = Instant::now() + if typing { BUDGET_TYPING } else { BUDGET };
        if self.popup.as_ref().is_some_and(Popup::busy) {
            let urgent = self.with_popup(|popup, ctx| popup.work(deadline, ctx));
            return Step {
                progressed: true,
                urgent: urgent.unwrap_or(false),
            };
        }
        // Then the search in the open document: the user is waiting on its count.
        let (searched, step) = self
            .read(|r, p| {
                if r.searching(p) {
                    r.search_step(p, deadline)
                } else {
                    (false, None)
                }
            })
            .unwrap_or_default();
        // `n`/`N` pressed while its match was not known, taken now: its "Still searching…"
        // is answered (no key has come since, or the step would have been forgotten).
        match step {
            Some(Ok(())) => self.message = None,
            Some(Err(miss)) => self.message = Some(miss.say().into()),
            None => {}
        }
        let (mut grew, mut took, mut urgent) = (false, false, false);
        let reloads_filed = self.library.reloads_filed();
        let was_loading = self.library.loading();
        let refilings = self.library.catalog().refilings();
        while Instant::now() < deadline {
            let Some(arrival) = self.library.take() else {
                break;
            };
            took = true;
            let open = self.list.selected();
            if let Arrival::Text { doc, first: true } = arrival {
                // The first text of the open document is worth a frame at once.
                urgent |= doc == open;
            }
            grew |= self.arrived(arrival);
            if urgent {
                // The frame comes first: more text and wrapping wait for the next step.
                break;
            }
        }
        if took {
            let why = if self.library.reloads_filed() != reloads_filed {
                "A document was read again"
            } else {
                "Corrections were applied"
            };
            self.close_stale_finder(refilings, why);
            // Quotes found since the finder opened join it.
            self.with_popup(|popup, ctx| popup.quotes_grew(ctx));
        }
        if was_loading && !self.library.loading() {
            // Every quote is found: corrections whose quote was not can be told now.
            self.tell_stale();
        }
        if grew && self.reader.pages().follows_end(self.list.selected()) {
            self.read(|r, p| r.pages_mut().catch_up(p));
        }
        let before = self.wrapping();
        while !urgent && Instant::now() < deadline && self.wrapping().is_some() {
            self.read(|r, p| r.pages_mut().grow(p));
            if self.current().is_some_and(Document::is_loading) {
                break;
            }
        }
        self.ensure_layout();
        Step {
            progressed: took || searched || self.wrapping() != before,
            urgent,
        }
    }

    /// Says so when the file of a mapped document was cut short on disk while open (once per
    /// document): what was cut off now reads as blank.
    pub(super) fn tell_cut(&mut self) {
        let Some(doc) = self.library.newly_cut() else {
            return;
        };
        if let Some(d) = self.library.docs().get(doc) {
            self.message = Some(format!(
                "{} was cut short on disk while open: what was cut off shows as blank; R reads it again.",
                d.name
            ));
        }
    }

    /// Applies what a loader report changed; returns whether the open document's text grew.
    fn arrived(&mut self, arrival: Arrival) -> bool {
        match arrival {
            Arrival::Text { doc, .. } => {
                if let Some(d) = self.library.docs().get(doc) {
                    self.reader.pages_mut().arrived(doc, d);
                }
                doc == self.list.selected()
            }
            Arrival::Ready(doc) => {
                // Whole: the document goes to its saved place unless the user has moved, and
                // is selected if it was open last, unless the user chose another.
                let (Some(d), Some(hash)) = (self.library.docs().get(doc), self.library.hash(doc))
                else {
                    return false;
                };
                let top = self.saved.position(hash);
                self.reader.pages_mut().restore(doc, d, top);
                if self.saved.was_last(hash) {
                    self.list.restore(doc);
                }
                doc == self.list.selected()
            }
            Arrival::Stale(doc) => {
                if let Some(d) = self.library.docs().get(doc) {
                    let name = d.name.clone();
                    self.apply(Outcome::Say(format!(
                        "{name} changed on disk while it loaded; quotes past that point are left out."
                    )));
                }
                false
            }
            Arrival::Restart(doc) => {
                self.reader.pages_mut().reset(doc);
                doc == self.list.selected()
            }
            Arrival::Other => false,
        }
    }

    /// Reads document `i` again with `loader` after it was edited outside; its place comes
    /// back (by offset) once the new text reaches it. Its corrections, made on the text
    /// before, are checked once its quotes are found (when loading ends).
    pub(super) fn reload(&mut self, i: usize, loader: Loader, size: Option<u64>) {
        if !self.library.reload(i, loader, size) {
            return;
        }
        self.current_quote = None;
        self.reader.clear_search();
        self.reader.pages_mut().reloading(i);
        self.ensure_layout();
    }
}
