//! Corrections in the streaming reports: each input that can be read twice is hashed first,
//! so its corrections apply to its quotes as they stream by; afterwards, the corrections that
//! no longer apply are listed.

use std::borrow::Cow;

use super::Scanned;
use crate::corpus::stream::for_each_piece;
use crate::corpus::{Entry, Source};
use crate::corrections::Presence;
use crate::quotes::Quote;
use crate::state::{hash_hex, hash_more, HASH_START};

/// The content hash of `entry`'s text, read once ahead of its quotes; `None` for what can be
/// read only once (standard input, and a pipe or device given as a path: `<(zcat a.gz)`,
/// `/dev/stdin`, which a first read would drain) or an input that cannot be read (its reading
/// proper says why).
pub(super) fn hash_first(entry: &Entry) -> Option<String> {
    match &entry.source {
        Source::Stdin => return None,
        Source::File(path) if !std::fs::metadata(path).is_ok_and(|m| m.is_file()) => return None,
        _ => {}
    }
    let input = entry.source.open().ok()?;
    let mut hash = HASH_START;
    // Piece by piece, as the reading proper decodes: the same text, the same hash, and
    // memory stays one piece.
    for_each_piece(input, |piece| {
        hash = hash_more(hash, piece.as_bytes());
        true
    })
    .ok()?;
    Some(hash_hex(hash))
}

impl Scanned {
    /// Quote `q` of document `doc` with its corrections applied (borrowed when none does).
    pub(super) fn correct<'q>(&mut self, doc: usize, q: &'q Quote) -> Cow<'q, Quote> {
        let corrections = self.catalog.corrections();
        if corrections.is_empty() {
            return Cow::Borrowed(q);
        }
        if let Some(hash) = self.catalog.hash(doc) {
            if corrections.at(hash, q.span.start, q.span.end).is_some() {
                self.found
                    .insert((hash.to_string(), q.span.start, q.span.end));
            }
        }
        let mut fixed = q.clone();
        match self.catalog.corrected(doc, &mut fixed) {
            Some(_) => Cow::Owned(fixed),
            None => Cow::Borrowed(q),
        }
    }

    /// Document `doc` was read to its end, and its text has `hash`.
    pub(super) fn finish(&mut self, doc: usize, hash: String) {
        let first = self.catalog.hash(doc);
        // Read once (standard input), or changed between the two reads: its corrections
        // could not be applied by the hash of the text its quotes came from (those of the
        // first read went to the second read's quotes, which may be others).
        let corrections = self.catalog.corrections();
        let had = |h: Option<&str>| h.is_some_and(|h| corrections.has_doc(h));
        if first != Some(hash.as_str()) && (had(Some(&hash)) || had(first)) {
            if let Some(name) = self.names.get(doc) {
                let why = if first.is_none() {
                    "were not applied: it was read only once (standard input or a pipe)"
                } else {
                    "may have gone to other quotes: it changed while it was read"
                };
                self.unhashed.push(format!(
                    "corrections of {} {why}",
                    crate::text::glyph::sanitize_line(name)
                ));
            }
        }
        if let Some(h) = self.hashes.get_mut(doc) {
            *h = Some(hash);
        }
    }

    /// One line per correction that no longer applies to the documents read (their document
    /// changed, or their quote is not found), and per input whose corrections could not apply.
    #[must_use]
    pub fn stale_lines(&self) -> Vec<String> {
        let names: Vec<&str> = (0..self.names.len())
            .filter(|&d| self.hashes.get(d).is_some_and(Option::is_some))
            .map(|d| self.names[d].as_str())
            .collect();
        let read = |d: usize| self.hashes.get(d).and_then(Option::as_deref);
        let presence = |c: &crate::state::Correction| {
            let (mut any, mut applied) = (false, false);
            for d in (0..self.names.len()).filter(|&d| read(d) == Some(c.doc.as_str())) {
                any = true;
                applied |= self.catalog.hash(d) == read(d);
            }
            if !any {
                Presence::Absent
            } else if !applied {
                // Its document could not be corrected (read once): said below, once.
                Presence::Found
            } else if self.found.contains(&(c.doc.clone(), c.start, c.end)) {
                Presence::Found
            } else {
                Presence::NotFound
            }
        };
        let list = self.catalog.corrections().list();
        let mut lines: Vec<String> = crate::corrections::stale(list, &names, presence)
            .into_iter()
            .map(|(c, reason)| crate::corrections::stale_line(c, reason))
            .collect();
        lines.extend(self.unhashed.iter().cloned());
        lines
    }
}
