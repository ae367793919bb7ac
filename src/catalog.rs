//! Quotes and speakers of a whole corpus, with the cross-references the reader navigates by.
//!
//! [`crate::quotes`] works on one document at a time (plus [`crate::quotes::index_speakers`]);
//! this module runs it over every document and keeps, for each quote, its speaker's index, so
//! "next quote by the same speaker, across documents" is a lookup, not a search.

use crate::corpus::Document;
use crate::corrections::{Corrections, Original};
use crate::quotes::{extract, Quote, QuoteKind, Speaker, SpeakerIndex};

/// One quote's identity, shared with the speakers' quote lists.
pub use crate::quotes::QuoteId;

/// Every quote of a corpus and who said it.
///
/// Quotes may be added a document at a time (and a document a chunk at a time) as a loader
/// scans them; speakers are indexed as they come, so the index is always current.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    /// Quotes per document, in text order.
    pub quotes: Vec<Vec<Quote>>,
    /// For each document and quote, the index of its speaker in [`Self::speakers`].
    /// (`u32`: half the memory of `usize`, and a corpus has far fewer speakers.)
    speaker_of: Vec<Vec<Option<u32>>>,
    /// Name lookups for adding more quotes.
    index: SpeakerIndex,
    /// Per document: its speakers (indices into [`Self::speakers`]) and their quotes in it,
    /// kept as quotes are added so a document's summary costs its speakers, not its quotes.
    per_doc: Vec<std::collections::HashMap<u32, u32>>,
    /// The user's corrections, applied to each quote before it is filed.
    corrections: Corrections,
    /// Per document, its content hash once known: the key its corrections are found by.
    hashes: Vec<Option<String>>,
    /// How each corrected quote was before, to show and to put back.
    originals: std::collections::HashMap<QuoteId, Original>,
    /// How many times every quote was filed again (speakers renumbered).
    refilings: u64,
}

/// What a document's quotes come to: the reading pane's summary line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocSummary {
    /// Quotes found in the document.
    pub quotes: usize,
    /// Distinct speakers among them.
    pub speakers: usize,
    /// The most quoted speakers (indices into [`Catalog::speakers`]) with their quotes here,
    /// most first (ties in order of first quote).
    pub top: Vec<(usize, u32)>,
}

/// Pronouns are how a quote names its speaker, but not forms of the speaker's name.
const PRONOUNS: &[&str] = &[
    "그", "그녀", "그들", "he", "she", "they", "He", "She", "They",
];

impl Catalog {
    /// Extracts and attributes the quotes of every document.
    #[must_use]
    pub fn build(docs: &[Document]) -> Self {
        let mut catalog = Self::default();
        for (d, doc) in docs.iter().enumerate() {
            catalog.add(d, extract(&doc.text));
        }
        catalog
    }

    /// Adds quotes of document `doc`, found after any it already has. Documents must be added
    /// in order (all of one before the next) for speakers to list in corpus order.
    /// Each quote is corrected first (see [`Self::set_corrections`]).
    pub fn add(&mut self, doc: usize, mut quotes: Vec<Quote>) {
        if self.quotes.len() <= doc {
            self.quotes.resize_with(doc + 1, Vec::new);
            self.speaker_of.resize_with(doc + 1, Vec::new);
        }
        let first = self.quotes[doc].len();
        for (i, q) in quotes.iter_mut().enumerate() {
            self.correct((doc, first + i), q);
            let si = self.file((doc, first + i), q);
            let si = si.and_then(|s| u32::try_from(s).ok());
            self.speaker_of[doc].push(si);
            if let Some(si) = si {
                if self.per_doc.len() <= doc {
                    self.per_doc.resize_with(doc + 1, Default::default);
                }
                *self.per_doc[doc].entry(si).or_insert(0) += 1;
            }
        }
        self.quotes[doc].extend(quotes);
    }

    /// Files quote `id` under its speaker without keeping the quote, and returns the speaker's
    /// index in [`Self::speakers`]. [`Self::add`] does this for every quote it keeps; the
    /// command line's reports call it alone, so over a huge corpus they keep only speakers.
    /// Quotes must come in corpus order.
    pub fn file(&mut self, id: QuoteId, q: &Quote) -> Option<usize> {
        let si = self.index.add(id, q);
        if let Some(s) = si.and_then(|si| self.index.speakers.get_mut(si)) {
            s.forms.retain(|f| !PRONOUNS.contains(&f.as_str()));
        }
        si
    }

    /// Makes room for about `more` further quotes of document `doc` at once, so a huge
    /// document's list is not grown by doubling (which holds two copies at the moment it grows).
    pub fn reserve(&mut self, doc: usize, more: usize) {
        if let (Some(q), Some(s)) = (self.quotes.get_mut(doc), self.speaker_of.get_mut(doc)) {
            q.reserve_exact(more);
            s.reserve_exact(more);
        }
    }

    /// Document `doc` has all its quotes: gives back unused room.
    pub fn finish(&mut self, doc: usize) {
        if let (Some(q), Some(s)) = (self.quotes.get_mut(doc), self.speaker_of.get_mut(doc)) {
            q.shrink_to_fit();
            s.shrink_to_fit();
        }
    }

    /// The summary of document `doc`: its quotes, speakers and up to `top` most quoted.
    #[must_use]
    pub fn summary(&self, doc: usize, top: usize) -> DocSummary {
        let quotes = self.quotes.get(doc).map_or(0, Vec::len);
        let Some(counts) = self.per_doc.get(doc) else {
            return DocSummary {
                quotes,
                speakers: 0,
                top: Vec::new(),
            };
        };
        let mut most: Vec<(usize, u32)> = counts.iter().map(|(&s, &n)| (s as usize, n)).collect();
        let by = |a: &(usize, u32), b: &(usize, u32)| b.1.cmp(&a.1).then(a.0.cmp(&b.0));
        if most.len() > top {
            most.select_nth_unstable_by(top, by);
            most.truncate(top);
        }
        most.sort_by(by);
        DocSummary {
            quotes,
            speakers: counts.len(),
            top: most,
        }
    }

    /// Speakers across documents, in order of first quote.
    #[must_use]
    pub fn speakers(&self) -> &[Speaker] {
        &self.index.speakers
    }

    /// The quote with this id.
    #[must_use]
    pub fn quote(&self, (d, q): QuoteId) -> Option<&Quote> {
        self.quotes.get(d)?.get(q)
    }

    /// The speaker of a quote, as an index into [`Self::speakers`].
    #[must_use]
    pub fn speaker_index(&self, (d, q): QuoteId) -> Option<usize> {
        self.speaker_of
            .get(d)?
            .get(q)?
            .and_then(|s| usize::try_from(s).ok())
    }

    /// The speaker of a quote.
    #[must_use]
    pub fn speaker(&self, id: QuoteId) -> Option<&Speaker> {
        self.speakers().get(self.speaker_index(id)?)
    }

    /// Every quote id in corpus order.
    pub fn ids(&self) -> impl Iterator<Item = QuoteId> + '_ {
        self.quotes
            .iter()
            .enumerate()
            .flat_map(|(d, qs)| (0..qs.len()).map(move |q| (d, q)))
    }

    /// Number of quotes in the corpus.
    #[must_use]
    pub fn len(&self) -> usize {
        self.quotes.iter().map(Vec::len).sum()
    }

    /// Whether the corpus has no quotes.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The next (or, with `forward == false`, previous) quote after `from` in corpus order,
    /// wrapping around; with `from == None`, the first (or last).
    #[must_use]
    pub fn step(&self, from: Option<QuoteId>, forward: bool) -> Option<QuoteId> {
        // Runs on every `]` and `[`: it looks at the current document, then walks documents,
        // never at every quote of a big corpus.
        let first_in = |d: usize| self.quotes.get(d).filter(|q| !q.is_empty()).map(|_| (d, 0));
        let last_in = |d: usize| {
            self.quotes
                .get(d)
                .and_then(|q| q.len().checked_sub(1))
                .map(|i| (d, i))
        };
        let n = self.quotes.len();
        let wrap = || {
            if forward {
                (0..n).find_map(first_in)
            } else {
                (0..n).rev().find_map(last_in)
            }
        };
        let Some((d, q)) = from else { return wrap() };
        let next = if forward {
            let here = self
                .quotes
                .get(d)
                .filter(|qs| q + 1 < qs.len())
                .map(|_| (d, q + 1));
            here.or_else(|| (d + 1..n).find_map(first_in))
        } else if q > 0 && self.quotes.get(d).is_some_and(|qs| q <= qs.len()) {
            Some((d, q - 1))
        } else {
            (0..d.min(n)).rev().find_map(last_in)
        };
        next.or_else(wrap)
    }

    /// The next (or previous) quote by the same speaker as `from`, across documents, wrapping.
    #[must_use]
    pub fn step_same_speaker(&self, from: QuoteId, forward: bool) -> Option<QuoteId> {
        let speaker = self.speakers().get(self.speaker_index(from)?)?;
        step_in(&speaker.quotes, Some(from), forward)
    }

    /// 1-based position of `id` among its speaker's quotes, and their number.
    #[must_use]
    pub fn position_in_speaker(&self, id: QuoteId) -> Option<(usize, usize)> {
        let s = self.speaker(id)?;
        // A speaker's quotes are in corpus order: drawn every frame, so a search, not a walk.
        let i = s.quotes.binary_search(&id).ok()?;
        Some((i + 1, s.quotes.len()))
    }

    /// `]`/`[` from a place rather than a quote: the first quote in document `doc` at or
    /// below byte `top` going forward, or the one before it going back.
    #[must_use]
    pub fn step_from_place(&self, doc: usize, top: usize, forward: bool) -> Option<QuoteId> {
        match self.first_at_or_after(doc, top) {
            Some(id) if forward => Some(id),
            Some(id) => self.step(Some(id), false),
            None => self.step(Some((doc, usize::MAX)), forward),
        }
    }

    /// `“…” — Speaker, document title, date`: quote `id` of `doc` as a citation, its words
    /// joined by single spaces.
    #[must_use]
    pub fn citation(&self, doc: &Document, id: QuoteId) -> Option<String> {
        let q = self.quote(id)?;
        let words: Vec<&str> = crate::quotes::quote_text(&doc.text, q)
            .split_whitespace()
            .collect();
        let mut source = Vec::new();
        if let Some(s) = self.speaker(id) {
            source.push(s.name.clone());
        }
        source.push(doc.meta.title.clone());
        if let Some(date) = &doc.meta.date {
            source.push(date.clone());
        }
        Some(format!("“{}” — {}", words.join(" "), source.join(", ")))
    }

    /// The first quote in document `doc` starting at or after byte `offset`.
    #[must_use]
    pub fn first_at_or_after(&self, doc: usize, offset: usize) -> Option<QuoteId> {
        let qs = self.quotes.get(doc)?;
        let i = qs.partition_point(|q| q.span.start < offset);
        (i < qs.len()).then_some((doc, i))
    }
}

/// The element after (or before) `from` in the sorted list `ids`, wrapping around.
fn step_in(ids: &[QuoteId], from: Option<QuoteId>, forward: bool) -> Option<QuoteId> {
    let (first, last) = (ids.first().copied()?, ids.last().copied()?);
    let Some(from) = from else {
        return Some(if forward { first } else { last });
    };
    if forward {
        let i = ids.partition_point(|&id| id <= from);
        Some(ids.get(i).copied().unwrap_or(first))
    } else {
        let i = ids.partition_point(|&id| id < from);
        Some(if i == 0 { last } else { ids[i - 1] })
    }
}

/// `speech` or `term`, as the command line and JSON write it.
#[must_use]
pub fn kind_name(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Speech => "speech",
        QuoteKind::Term => "term",
    }
}

mod corrected;

#[cfg(test)]
mod tests;
