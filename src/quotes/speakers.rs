//! The corpus-level speaker index: one entry per person across documents.
//!
//! Documents are merged by canonical full name, and by near-identical spelling so that a name
//! misspelt in one article still joins its entry.

use super::names::near_same;
use super::{Quote, Speaker};

/// Merge the speakers of several documents' quotes into one index, in order of first quote.
pub fn index_speakers(docs: &[Vec<Quote>]) -> Vec<Speaker> {
    let mut out: Vec<Speaker> = Vec::new();
    for (di, quotes) in docs.iter().enumerate() {
        for (qi, q) in quotes.iter().enumerate() {
            let Some(name) = q.speaker.as_deref() else {
                continue;
            };
            let pos = out
                .iter()
                .position(|s| s.name == name)
                .or_else(|| out.iter().position(|s| near_same(&s.name, name)));
            let s = match pos {
                Some(p) => &mut out[p],
                None => {
                    out.push(Speaker {
                        name: name.to_string(),
                        forms: Vec::new(),
                        role: None,
                        quotes: Vec::new(),
                        documents: Vec::new(),
                    });
                    let last = out.len() - 1;
                    &mut out[last]
                }
            };
            for form in [Some(name), q.speaker_as_written.as_deref()]
                .into_iter()
                .flatten()
            {
                if !s.forms.iter().any(|f| f == form) {
                    s.forms.push(form.to_string());
                }
            }
            if s.role.is_none() {
                s.role.clone_from(&q.role);
            }
            s.quotes.push((di, qi));
            if s.documents.last() != Some(&di) {
                s.documents.push(di);
            }
        }
    }
    out
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
}
