//! Taking in what the background loader read, a slice at a time, between key presses.

use std::time::{Duration, Instant};

use super::{App, Popup};
use crate::loader::Event;
use crate::text::floor_boundary;

/// Time one [`crate::tui::action::Action::Work`] may take, so keys are answered within a frame.
const BUDGET: Duration = Duration::from_millis(8);

impl App {
    /// Whether background work remains: loading, or wrapping the open document.
    #[must_use]
    pub fn busy(&self) -> bool {
        self.loader.is_some() || self.wrapping().is_some() || self.filtering()
    }

    /// Whether the quote finder is still filtering, or writing row texts ahead of a filter.
    fn filtering(&self) -> bool {
        matches!(&self.popup, Some(Popup::Finder(f)) if f.filtering() || f.warming())
    }

    /// Whether the last [`Self::work`] step found something to do (so more may be waiting now);
    /// when it did not, the event loop can afford to wait a little for keys.
    #[must_use]
    pub fn progressed(&self) -> bool {
        self.progressed
    }

    /// Whether the last [`Self::work`] step changed what the screen shows enough to draw now
    /// rather than at the next progress frame.
    #[must_use]
    pub fn urgent(&self) -> bool {
        self.urgent
    }

    /// Whether every document's text has arrived (quotes may still be coming).
    #[must_use]
    pub fn texts_loaded(&self) -> bool {
        !self.docs.iter().any(crate::corpus::Document::is_loading)
    }

    /// Percentage of the open document wrapped, while its whole-document layout grows.
    fn wrapping(&self) -> Option<usize> {
        let doc = self.docs.get(self.selected)?;
        let layout = self.views.get(self.selected)?.layouts.last()?;
        let len = doc.text.len();
        (doc.is_loading() || layout.done() < len).then(|| layout.done() * 100 / len.max(1))
    }

    /// What is still going on in the background, for the status line: `reading 3/20`,
    /// `loading 45%`, `quotes 60%`, `wrapping 80%`.
    #[must_use]
    pub fn progress(&self) -> Option<String> {
        let doc = self.docs.get(self.selected);
        if let Some(p) = doc.and_then(crate::corpus::Document::loaded_percent) {
            return Some(format!("loading {p}%"));
        }
        let loading = self.docs.iter().filter(|d| d.is_loading()).count();
        if loading > 0 {
            let n = self.docs.len();
            return Some(format!("reading {}/{n}", n - loading));
        }
        let unscanned = self.scanned.iter().filter(|s| !s.1).count();
        if unscanned > 0 {
            let total: usize = self.docs.iter().map(|d| d.text.len()).sum();
            let done: usize = self.scanned.iter().map(|s| s.0).sum();
            return Some(format!("quotes {}%", done * 100 / total.max(1)));
        }
        self.wrapping().map(|p| format!("wrapping {p}%"))
    }

    /// Spends up to [`BUDGET`] on background results, then on wrapping the open document.
    pub(super) fn work(&mut self) {
        let deadline = Instant::now() + BUDGET;
        self.urgent = false;
        // The finder comes first: it answers a key the user is waiting on.
        if let Some(Popup::Finder(f)) = &mut self.popup {
            if f.filtering() {
                // A finished answer is drawn at once, not at the next throttled frame.
                self.urgent = f.step(deadline, &self.catalog, &self.docs);
                self.progressed = true;
                return;
            }
            if f.warming() {
                f.warm(deadline, &self.catalog, &self.docs);
                self.progressed = true;
                return;
            }
        }
        let mut grew = false;
        let mut took = false;
        while Instant::now() < deadline {
            let Some(loader) = self.loader.as_mut() else {
                break;
            };
            match loader.try_next() {
                Some(event) => {
                    took = true;
                    grew |= self.take(event);
                }
                None => {
                    if loader.is_finished() {
                        self.loader = None;
                    }
                    break;
                }
            }
        }
        if grew && self.views.get(self.selected).is_some_and(|v| v.follow_end) {
            self.go_bottom();
        }
        let before = self.wrapping();
        while Instant::now() < deadline && self.wrapping().is_some() {
            self.grow_layout();
            if self.docs.get(self.selected).is_some_and(|d| d.is_loading()) {
                break;
            }
        }
        self.ensure_layout();
        self.progressed = took || self.wrapping() != before;
    }

    /// Applies one loader report; returns whether the open document's text grew.
    fn take(&mut self, event: Event) -> bool {
        match event {
            Event::Text { doc, piece } => {
                if let Some(d) = self.docs.get_mut(doc) {
                    // The first text of the open document is worth a frame at once.
                    self.urgent |= doc == self.selected && d.text.is_empty();
                    d.append(&piece);
                }
                return doc == self.selected;
            }
            Event::Done { doc, summary } => {
                if let Some(d) = self.docs.get_mut(doc) {
                    d.finish(summary.encoding, summary.lossy);
                }
                self.ready(doc);
                return doc == self.selected;
            }
            Event::Failed { doc, message } => {
                if let Some(d) = self.docs.get_mut(doc) {
                    d.fail(message);
                }
            }
            Event::Quotes {
                doc,
                quotes,
                scanned,
            } => {
                let first = self.scanned.get(doc).is_some_and(|s| s.0 == 0);
                self.catalog.add(doc, quotes);
                let total = self.docs.get(doc).map_or(0, |d| d.text.len());
                if first && scanned > 0 && total > 2 * scanned {
                    // Room for the whole document's quotes at this rate, and a tenth more.
                    let have = self.catalog.quotes.get(doc).map_or(0, Vec::len);
                    let expected = have.saturating_mul(total / scanned) / 10 * 11;
                    self.catalog.reserve(doc, expected.saturating_sub(have));
                }
                if let Some(s) = self.scanned.get_mut(doc) {
                    s.0 = scanned;
                }
            }
            Event::QuotesDone { doc } => self.quotes_done(doc),
            Event::QuotesStale { doc } => {
                self.quotes_done(doc);
                if let Some(d) = self.docs.get(doc) {
                    self.message = Some(format!(
                        "{} changed on disk while it loaded; quotes past that point are left out.",
                        d.name
                    ));
                }
            }
        }
        false
    }

    /// No more quotes will come for document `doc`.
    fn quotes_done(&mut self, doc: usize) {
        self.catalog.finish(doc);
        if let Some(s) = self.scanned.get_mut(doc) {
            s.1 = true;
        }
    }

    /// Document `i` is whole: it gets its key, and its saved place if the user has not moved.
    fn ready(&mut self, i: usize) {
        let (Some(doc), Some(view)) = (self.docs.get(i), self.views.get_mut(i)) else {
            return;
        };
        let hash = doc.content_hash();
        if !view.moved {
            if let Some(&top) = self.state.positions.get(&hash) {
                // Saved for this very text, but a byte offset all the same: keep it on a
                // character boundary.
                view.top = floor_boundary(&doc.text, top);
            }
        }
        if !self.chose && self.state.last_doc.as_ref() == Some(&hash) {
            self.selected = i;
        }
        if let Some(h) = self.hashes.get_mut(i) {
            *h = hash;
        }
    }
}
