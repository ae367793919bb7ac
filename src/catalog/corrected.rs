//! The catalog's side of corrections: each quote is corrected before its speaker is filed, and
//! when the corrections change (or a document's hash becomes known after its quotes), every
//! quote is put back as found and filed again, so speakers, counts and summaries follow.

use super::{Catalog, QuoteId};
use crate::corrections::{Corrections, Original, Presence};
use crate::quotes::{Quote, SpeakerIndex};
use crate::state::Correction;

impl Catalog {
    /// The quotes of `docs`, whose content hashes are `hashes` (`None` where not known),
    /// with `corrections` applied (for tests: the reader adds quotes as they are found).
    #[cfg(test)]
    #[must_use]
    pub fn build_corrected(
        docs: &[crate::corpus::Document],
        hashes: Vec<Option<String>>,
        corrections: Corrections,
    ) -> Self {
        let mut catalog = Self {
            corrections,
            hashes,
            ..Self::default()
        };
        for (d, doc) in docs.iter().enumerate() {
            catalog.add(d, crate::quotes::extract(&doc.text));
        }
        catalog
    }

    /// Document `doc`'s text is being replaced: its quotes are dropped, and its key until
    /// [`Self::set_hash`] gives the new one (its corrections were made on the old text).
    pub fn clear_doc(&mut self, doc: usize) {
        if let Some(h) = self.hashes.get_mut(doc) {
            *h = None;
        }
        self.replace_quotes(doc, Vec::new());
    }

    /// Document `doc`'s new text has these quotes: every quote is filed again, so speakers and
    /// their quote lists stay in corpus order (quotes arriving for a document before others
    /// cannot simply be added).
    pub fn replace_quotes(&mut self, doc: usize, quotes: Vec<Quote>) {
        if self.quotes.len() <= doc {
            self.quotes.resize_with(doc + 1, Vec::new);
        }
        // How the old quotes were before their corrections means nothing for the new ones.
        self.originals.retain(|&(d, _), _| d != doc);
        self.quotes[doc] = quotes;
        self.refile();
    }

    /// The corrections applied.
    #[must_use]
    pub fn corrections(&self) -> &Corrections {
        &self.corrections
    }

    /// Applies `corrections` from now on, to the quotes already here too.
    pub fn set_corrections(&mut self, corrections: Corrections) {
        let was_empty = self.corrections.is_empty();
        self.corrections = corrections;
        if !(was_empty && self.corrections.is_empty()) {
            self.refile();
        }
    }

    /// Document `doc`'s content hash is now known: its corrections apply, to the quotes it
    /// already has too.
    pub fn set_hash(&mut self, doc: usize, hash: &str) {
        if self.hashes.len() <= doc {
            self.hashes.resize(doc + 1, None);
        }
        self.hashes[doc] = Some(hash.to_string());
        let has_quotes = self.quotes.get(doc).is_some_and(|q| !q.is_empty());
        if has_quotes && self.corrections.has_doc(hash) {
            self.refile();
        }
    }

    /// Document `doc`'s content hash, once known.
    #[must_use]
    pub fn hash(&self, doc: usize) -> Option<&str> {
        self.hashes.get(doc)?.as_deref()
    }

    /// How quote `id` was found, when a correction changed it.
    #[must_use]
    pub fn original(&self, id: QuoteId) -> Option<&Original> {
        self.originals.get(&id)
    }

    /// Corrects quote `q` of document `doc` (not kept: the reports file quotes alone), and
    /// returns how it was before when it changed.
    pub fn corrected(&self, doc: usize, q: &mut Quote) -> Option<Original> {
        let hash = self.hashes.get(doc).and_then(Option::as_deref);
        self.corrections.apply(hash, q)
    }

    /// Corrects quote `id`, about to be added, remembering how it was.
    pub(super) fn correct(&mut self, id: QuoteId, q: &mut Quote) {
        if self.corrections.is_empty() {
            return;
        }
        if let Some(original) = self.corrected(id.0, q) {
            self.originals.insert(id, original);
        }
    }

    /// Whether the document `c` corrects is here and has its quote: the key is the content
    /// hash, so it is found wherever the file is.
    #[must_use]
    pub fn presence(&self, c: &Correction) -> Presence {
        let Some(doc) = self
            .hashes
            .iter()
            .position(|h| h.as_deref() == Some(&c.doc))
        else {
            return Presence::Absent;
        };
        let quotes = self.quotes.get(doc).map_or(&[][..], Vec::as_slice);
        let i = quotes.partition_point(|q| q.span.start < c.start);
        match quotes.get(i) {
            Some(q) if q.span.start == c.start && q.span.end == c.end => Presence::Found,
            _ => Presence::NotFound,
        }
    }

    /// The document with this content hash, if it is here.
    #[must_use]
    pub fn doc_of_hash(&self, hash: &str) -> Option<usize> {
        self.hashes.iter().position(|h| h.as_deref() == Some(hash))
    }

    /// How many times the quotes were filed again since the catalog was made: a change means
    /// speakers may have new indices.
    #[must_use]
    pub fn refilings(&self) -> u64 {
        self.refilings
    }

    /// Puts every quote back as found and files them all again, corrected as now.
    fn refile(&mut self) {
        self.refilings += 1;
        let mut quotes = std::mem::take(&mut self.quotes);
        for (&(d, q), original) in &self.originals {
            if let Some(quote) = quotes.get_mut(d).and_then(|qs| qs.get_mut(q)) {
                original.restore(quote);
            }
        }
        self.originals.clear();
        self.speaker_of.clear();
        self.per_doc.clear();
        self.index = SpeakerIndex::default();
        for (d, qs) in quotes.into_iter().enumerate() {
            self.add(d, qs);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::corpus::Document;
    use crate::corrections::By;
    use crate::quotes::extract;
    use crate::quotes::QuoteKind;
    use crate::state::{content_hash, Fix, Merge};

    fn docs() -> Vec<Document> {
        let doc = |t: &str| Document::new("a.txt", t.to_string(), "UTF-8", false);
        vec![
            doc("한국대 교수인 홍길동은 “첫째 말입니다”라고 말했다.\n“둘째 말입니다”라고 김철수 장관은 말했다."),
            doc("홍길동 한국대 교수는 “셋째 말입니다”고 밝혔다."),
        ]
    }

    fn hashes(docs: &[Document]) -> Vec<Option<String>> {
        docs.iter().map(|d| Some(content_hash(&d.text))).collect()
    }

    fn correction(catalog: &Catalog, docs: &[Document], id: QuoteId, fix: Fix) -> Correction {
        let q = catalog.quote(id).unwrap();
        Correction {
            id: format!("{id:?}"),
            doc: content_hash(&docs[id.0].text),
            name: docs[id.0].name.clone(),
            start: q.span.start,
            end: q.span.end,
            excerpt: String::new(),
            fix,
            other: BTreeMap::new(),
        }
    }

    fn names(c: &Catalog) -> Vec<(&str, usize)> {
        c.speakers()
            .iter()
            .map(|s| (s.name.as_str(), s.quotes.len()))
            .collect()
    }

    #[test]
    fn corrections_refile_speakers_and_counts_and_undo_puts_them_back() {
        let docs = docs();
        let mut c = Catalog::build(&docs);
        for (d, h) in hashes(&docs).iter().enumerate() {
            c.set_hash(d, h.as_deref().unwrap());
        }
        assert_eq!(names(&c), [("홍길동", 2), ("김철수", 1)]);
        let fix = Fix::Speaker {
            name: "김철수".into(),
        };
        let moved = correction(&c, &docs, (1, 0), fix);
        let dropped = correction(&c, &docs, (0, 0), Fix::NotSpeech);
        c.set_corrections(Corrections::new(&[moved.clone(), dropped], &[]));
        assert_eq!(names(&c), [("김철수", 2)]);
        assert_eq!(c.quote((0, 0)).unwrap().kind, QuoteKind::Term);
        assert_eq!(c.speaker((1, 0)).unwrap().name, "김철수");
        assert_eq!(c.summary(1, 3).top, [(0, 1)]);
        let original = c.original((1, 0)).unwrap();
        assert_eq!(original.speaker.as_deref(), Some("홍길동"));
        assert_eq!(original.by, By::Correction(moved.id.clone()));
        assert_eq!(c.presence(&moved), Presence::Found);
        c.set_corrections(Corrections::default());
        assert_eq!(c.refilings(), 2);
        assert_eq!(names(&c), [("홍길동", 2), ("김철수", 1)]);
        assert!(c.original((1, 0)).is_none());
        assert_eq!(c.quote((0, 0)).unwrap().kind, QuoteKind::Speech);
    }

    #[test]
    fn a_document_read_again_is_refiled_in_order_and_loses_only_its_own_corrections() {
        let docs = docs();
        let c = Catalog::build_corrected(&docs, hashes(&docs), Corrections::default());
        let dropped = correction(&c, &docs, (0, 0), Fix::NotSpeech);
        let moved = correction(
            &c,
            &docs,
            (1, 0),
            Fix::Speaker {
                name: "김철수".into(),
            },
        );
        let mut c = Catalog::build_corrected(
            &docs,
            hashes(&docs),
            Corrections::new(&[dropped, moved], &[]),
        );
        assert_eq!(names(&c), [("김철수", 2)]);
        c.clear_doc(0);
        assert_eq!(c.hash(0), None);
        assert_eq!(c.hash(1), hashes(&docs)[1].as_deref());
        assert!(c.original((0, 0)).is_none() && c.original((1, 0)).is_some());
        assert_eq!(names(&c), [("김철수", 1)]);
        // The new text's quotes come after the next document's, yet are listed first.
        let text = "“새 말입니다”라고 박영희 의원은 말했다.";
        c.replace_quotes(0, extract(text));
        assert_eq!(names(&c), [("박영희", 1), ("김철수", 1)]);
        assert_eq!(c.speaker((1, 0)).unwrap().name, "김철수", "still corrected");
        let ids: Vec<QuoteId> = c.ids().collect();
        assert_eq!(ids, [(0, 0), (1, 0)]);
    }

    #[test]
    fn a_hash_known_after_the_quotes_still_corrects_them() {
        let docs = docs();
        let built = Catalog::build_corrected(&docs, hashes(&docs), Corrections::default());
        let fix = correction(&built, &docs, (0, 1), Fix::NotSpeech);
        let mut c = Catalog::default();
        c.set_corrections(Corrections::new(&[fix], &[]));
        c.add(0, extract(&docs[0].text));
        assert_eq!(
            c.speaker((0, 1)).unwrap().name,
            "김철수",
            "hash not known yet"
        );
        c.set_hash(0, &content_hash(&docs[0].text));
        assert_eq!(c.speaker((0, 1)), None);
        // Quotes added once the hash is known are corrected as they come.
        let mut c2 = Catalog::build_corrected(&docs, hashes(&docs), c.corrections().clone());
        assert_eq!(c2.speaker((0, 1)), None);
        c2.set_corrections(Corrections::default());
        assert_eq!(c2.speaker((0, 1)).unwrap().name, "김철수");
    }

    #[test]
    fn a_merge_gathers_both_speakers_quotes_under_one() {
        let docs = docs();
        let merge = Merge {
            id: "m".into(),
            from: "김철수".into(),
            into: "홍길동".into(),
            other: BTreeMap::new(),
        };
        let c = Catalog::build_corrected(&docs, hashes(&docs), Corrections::new(&[], &[merge]));
        assert_eq!(names(&c), [("홍길동", 3)]);
        assert_eq!(c.original((0, 1)).unwrap().by, By::Merge("m".into()));
        assert_eq!(c.step_same_speaker((0, 0), true), Some((0, 1)));
    }

    #[test]
    fn a_correction_whose_quote_is_gone_or_document_absent_is_told_apart() {
        let docs = docs();
        let c = Catalog::build_corrected(&docs, hashes(&docs), Corrections::default());
        let mut off = correction(&c, &docs, (0, 0), Fix::NotSpeech);
        off.start += 1;
        assert_eq!(c.presence(&off), Presence::NotFound);
        off.doc = "elsewhere".into();
        assert_eq!(c.presence(&off), Presence::Absent);
        assert_eq!(c.doc_of_hash(&content_hash(&docs[1].text)), Some(1));
    }
}
