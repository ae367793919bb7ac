//! Reading a document again after its file changed (the editor, `R`): the new text arrives
//! through a loader of its own, as at start, so a big file never holds up keys and the other
//! documents' quotes are not found again.

use super::{Arrival, Library};
use crate::corpus::Document;
use crate::loader::{Event, Loader};
use crate::quotes::Quote;

/// A document being read again.
#[derive(Debug)]
pub(super) struct Reload {
    /// Which document (its loader, started on its file alone, calls it 0).
    doc: usize,
    loader: Loader,
    /// Its quotes so far, filed together when the last comes: quotes of one document arriving
    /// after the documents that follow it cannot be added one by one in corpus order.
    quotes: Vec<Quote>,
}

impl Reload {
    /// The loader reading the document.
    pub(super) fn loader(&self) -> &Loader {
        &self.loader
    }
}

impl Library {
    /// Reads document `i` again with `loader`, started on its file alone, whose size is
    /// `size`: its text, key, marks and quotes start over as they arrive; the other documents
    /// keep theirs. Returns whether there was such a document.
    pub fn reload(&mut self, i: usize, loader: Loader, size: Option<u64>) -> bool {
        let Some(doc) = self.docs.get_mut(i) else {
            return false;
        };
        *doc = Document::pending(std::mem::take(&mut doc.name), size);
        if let Some(h) = self.hashes.get_mut(i) {
            h.clear();
        }
        if let Some(m) = self.marks.get_mut(i) {
            *m = None;
        }
        if let Some(s) = self.scanned.get_mut(i) {
            *s = (0, false);
        }
        if let Some(r) = self.replaced.get_mut(i) {
            *r = true;
        }
        self.mapped.retain(|&(d, _)| d != i);
        self.catalog.clear_doc(i);
        // The first loader, if still at work, need not finish the old text.
        if let Some(first) = &self.loader {
            first.drop_doc(i);
        }
        // Read again before the last reading was done: that one's threads stop once dropped.
        self.reloads.retain(|r| r.doc != i);
        self.reloads.push(Reload {
            doc: i,
            loader,
            quotes: Vec::new(),
        });
        true
    }

    /// Takes one report from the loaders of documents read again, if one is waiting.
    pub(super) fn take_reloaded(&mut self) -> Option<Arrival> {
        let mut k = 0;
        while let Some(r) = self.reloads.get_mut(k) {
            match r.loader.try_next() {
                Some(event) => {
                    let event = event.for_doc(r.doc);
                    return Some(self.apply_reloaded(k, event));
                }
                None if r.loader.is_finished() => {
                    self.reloads.remove(k);
                }
                None => k += 1,
            }
        }
        None
    }

    /// Applies report `event` of reload `k`; its quotes wait until the last one comes.
    fn apply_reloaded(&mut self, k: usize, event: Event) -> Arrival {
        match event {
            Event::Quotes {
                doc,
                quotes,
                scanned,
            } => {
                if let Some(r) = self.reloads.get_mut(k) {
                    r.quotes.extend(quotes);
                }
                if let Some(s) = self.scanned.get_mut(doc) {
                    s.0 = scanned;
                }
                Arrival::Other
            }
            Event::QuotesDone { doc } | Event::QuotesStale { doc } => {
                let quotes = self
                    .reloads
                    .get_mut(k)
                    .map(|r| std::mem::take(&mut r.quotes))
                    .unwrap_or_default();
                self.parked.push((doc, quotes));
                self.apply(event)
            }
            other => self.apply(other),
        }
    }

    /// Files the parked quotes of each document read again that no quotes of an earlier
    /// document can still follow. The first loader adds quotes in document order, after those
    /// filed already: a document before one read again, still being scanned, must be done
    /// first, or the speakers' quote lists would not be in corpus order.
    pub(super) fn file_parked(&mut self) {
        let first_done = self.loader.is_none();
        let waits = |d: usize| {
            (0..d).any(|j| {
                !first_done
                    && !self.replaced.get(j).copied().unwrap_or(false)
                    && !self.scanned.get(j).is_some_and(|s| s.1)
            })
        };
        let (ready, parked): (Vec<_>, Vec<_>) = std::mem::take(&mut self.parked)
            .into_iter()
            .partition(|(d, _)| !waits(*d));
        self.parked = parked;
        for (doc, quotes) in ready {
            self.catalog.replace_quotes(doc, quotes);
            self.refiled += 1;
        }
    }

    /// How many documents read again have had their quotes filed (each files every quote
    /// again, so a finder open over the old numbering must close).
    #[must_use]
    pub fn reloads_filed(&self) -> u64 {
        self.refiled
    }
}
