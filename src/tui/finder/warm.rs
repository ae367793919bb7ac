//! The finder's row cache: the row texts and initials of a small corpus' quotes, written
//! ahead (while the finder waits for the first key) or by the first full filter.

use std::time::Instant;

use super::{haystack, Finder, Hit, CACHE_LIMIT, CHECK_EVERY};
use crate::catalog::Catalog;
use crate::corpus::Document;
use crate::search::Initials;

/// Writes and keeps the row texts of `items` before index `end`, after those kept already.
pub(super) fn keep_texts(
    items: &[Hit],
    texts: &mut Vec<Box<str>>,
    end: usize,
    catalog: &Catalog,
    docs: &[Document],
) {
    let mut text = String::new();
    for hit in items.iter().take(end).skip(texts.len()) {
        haystack(catalog, docs, hit.id(), true, &mut text);
        texts.push(text.as_str().into());
    }
}

/// Writes and keeps row texts, then their initials, for every item or until `deadline`.
fn warm_until(
    items: &[Hit],
    texts: &mut Vec<Box<str>>,
    initials: &mut Vec<Initials>,
    deadline: Instant,
    catalog: &Catalog,
    docs: &[Document],
) {
    while items.len() > initials.len() {
        if texts.len() < items.len() {
            keep_texts(items, texts, texts.len() + CHECK_EVERY, catalog, docs);
        } else {
            keep_initials(texts, initials, initials.len() + CHECK_EVERY);
        }
        if Instant::now() >= deadline {
            return;
        }
    }
}

/// Writes and keeps the initials of `texts` before index `end`, after those kept already.
pub(super) fn keep_initials(texts: &[Box<str>], initials: &mut Vec<Initials>, end: usize) {
    let more = texts.iter().take(end).skip(initials.len());
    initials.extend(more.map(|t| Initials::of(t)));
}

impl Finder {
    /// Whether row texts and their initials are still to be written before the first filter
    /// can reuse them all.
    #[must_use]
    pub fn warming(&self) -> bool {
        self.items.len() <= CACHE_LIMIT && self.initials.len() < self.items.len()
    }

    /// Writes row texts, then their initials, until `deadline`, while the finder waits for
    /// the first key, so that key finds them ready (writing them is most of a first filter's
    /// work; initials add a byte per character).
    pub fn warm(&mut self, deadline: Instant, catalog: &Catalog, docs: &[Document]) {
        // On a short-lived thread: glibc then serves the rows from an arena the finished
        // loader threads left free, where the main thread's allocations would grow its own
        // arena beside them (on a 34 MB file, peak RSS with the finder open 120 -> 96 MB).
        if !self.warming() {
            return;
        }
        let (items, texts, initials) = (&self.items, &mut self.texts, &mut self.initials);
        let spawned = std::thread::scope(|scope| {
            std::thread::Builder::new()
                .spawn_scoped(scope, || {
                    warm_until(items, texts, initials, deadline, catalog, docs);
                })
                .map(|handle| handle.join().is_ok())
                .unwrap_or(false)
        });
        if !spawned {
            warm_until(items, texts, initials, deadline, catalog, docs);
        }
    }
}
