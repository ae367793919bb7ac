//! The corpus-level speaker index: one entry per person across documents.
//!
//! Documents are merged by canonical full name, and by near-identical spelling so that a name
//! misspelt in one article still joins its entry. Placeholder names that papers use to keep
//! someone anonymous (`A씨`, `김모씨`) name a different person in every article, so they are
//! never merged across documents.

use std::collections::HashMap;

use super::names::near_same;
use super::{Quote, QuoteId, Speaker};

/// `A씨`, `B 씨`, `김모씨`, `김모(45)씨`: a stand-in, not a name.
pub(crate) fn anonymous(name: &str) -> bool {
    let Some(stem) = name.strip_suffix('씨') else {
        return false;
    };
    let stem = stem.trim_end();
    let stem = match stem.find('(') {
        Some(i) if stem.ends_with(')') => stem[..i].trim_end(),
        _ => stem,
    };
    let mut chars = stem.chars();
    let single_letter =
        matches!((chars.next(), chars.next()), (Some(c), None) if c.is_ascii_uppercase());
    single_letter || stem.ends_with('모')
}

/// The speaker index, built one quote at a time as documents are scanned.
#[derive(Debug, Clone, Default)]
pub struct SpeakerIndex {
    /// Speakers in order of first quote.
    pub speakers: Vec<Speaker>,
    /// Name (or per-document key for placeholders) -> entry; near-identical spellings are
    /// looked for only the first time a name is seen, then remembered here.
    by_key: HashMap<(String, Option<usize>), usize>,
}

impl SpeakerIndex {
    /// Files quote `id` under its speaker; returns the speaker's index.
    /// Quotes must come in corpus order, so every speaker's quote list stays sorted.
    pub fn add(&mut self, id: QuoteId, q: &Quote) -> Option<usize> {
        let (di, _) = id;
        let name = q.speaker.as_deref()?;
        let key = (name.to_string(), anonymous(name).then_some(di));
        let pos = self.by_key.get(&key).copied().or_else(|| {
            if key.1.is_some() {
                return None;
            }
            self.speakers
                .iter()
                .position(|s| !anonymous(&s.name) && near_same(&s.name, name))
        });
        let index = pos.unwrap_or_else(|| {
            self.speakers.push(Speaker {
                name: name.to_string(),
                forms: Vec::new(),
                role: None,
                quotes: Vec::new(),
                documents: Vec::new(),
            });
            self.speakers.len() - 1
        });
        self.by_key.insert(key, index);
        let s = &mut self.speakers[index];
        for form in [Some(name), q.speaker_as_written.as_deref()]
            .into_iter()
            .flatten()
        {
            if !s.forms.iter().any(|f| f == form) {
                s.forms.push(form.to_string());
            }
        }
        if s.role.is_none() {
            s.role = q.role.as_deref().map(str::to_string);
        }
        s.quotes.push(id);
        if s.documents.last() != Some(&di) {
            s.documents.push(di);
        }
        Some(index)
    }
}

/// Merge the speakers of several documents' quotes into one index, in order of first quote.
pub fn index_speakers(docs: &[Vec<Quote>]) -> Vec<Speaker> {
    let mut index = SpeakerIndex::default();
    for (di, quotes) in docs.iter().enumerate() {
        for (qi, q) in quotes.iter().enumerate() {
            index.add((di, qi), q);
        }
    }
    index.speakers
}

#[cfg(test)]
mod tests {
    use super::super::extract;
    use super::*;

    #[test]
    fn merges_across_documents() {
        let a = extract("IBM의 연구원인 Anna Smith는 “좋다”라고 말했다.");
        let b = extract("“나쁘다”라고 Anna Smith는 말했다.");
        let c = extract("IBM 연구원 Anna Smyth는 “그렇다”라고 말했다.");
        let idx = index_speakers(&[a, b, c]);
        assert_eq!(idx.len(), 1, "{idx:?}");
        assert_eq!(idx[0].documents, [0, 1, 2]);
    }

    #[test]
    fn placeholder_names_stay_per_document() {
        let a = extract("회사원 A씨는 “너무 힘들다”고 말했다.");
        let b = extract("주부 A씨는 “물가가 올랐다”고 말했다.");
        let idx = index_speakers(&[a, b]);
        assert_eq!(idx.len(), 2, "{idx:?}");
        assert!(
            anonymous("A씨") && anonymous("김모씨") && anonymous("김모(45)씨") && anonymous("B 씨")
        );
        assert!(!anonymous("정씨") && !anonymous("김민수"));
    }
}
