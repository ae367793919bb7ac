//! The finder while quotes are still being found: quotes that arrive after it opened join its
//! list, and its answer, without starting the filter over.

use super::{Finder, Hit, Job, THOROUGH_LIMIT};
use crate::catalog::Catalog;
use crate::corpus::Document;

impl Finder {
    /// Takes in the attributed quotes the catalog gained since the finder last looked (the
    /// loader finds quotes document after document, in corpus order, so new ones always come
    /// after those listed). With no query they are listed at once; otherwise they become
    /// candidates of the filter under way, or of a new one over the matches so far and them,
    /// which keeps the highlighted quote. Returns whether any came.
    pub fn grow(&mut self, catalog: &Catalog, docs: &[Document]) -> bool {
        let first = self.items.len();
        let (mut doc, mut from) = self.seen;
        let wanted =
            |s: Option<usize>| s.is_some() && self.speaker.is_none_or(|only| s == Some(only));
        while let Some(quotes) = catalog.quotes.get(doc) {
            let ids = (from..quotes.len()).map(|q| (doc, q));
            self.items.extend(
                ids.filter(|&id| wanted(catalog.speaker_index(id)) && docs.get(id.0).is_some())
                    .filter_map(Hit::new),
            );
            self.seen = (doc, quotes.len());
            (doc, from) = (doc + 1, 0);
        }
        let added = first..self.items.len();
        if added.is_empty() {
            return false;
        }
        let new = (first..self.items.len()).filter_map(|i| u32::try_from(i).ok());
        if let Some(job) = &mut self.job {
            // Indices past every candidate: the candidates stay in corpus order.
            job.candidates.extend(new);
            job.quick = job.candidates.len() > THOROUGH_LIMIT;
        } else if self.done_query.is_empty() {
            // Everything matches no query, in corpus order.
            self.hits.extend_from_slice(&self.items[added]);
            self.hit_items.extend(new);
        } else {
            let mut candidates = self.hit_items.clone();
            candidates.sort_unstable();
            candidates.extend(new);
            self.job = Some(Job {
                query: self.done_query.clone(),
                quick: candidates.len() > THOROUGH_LIMIT,
                candidates,
                keep: self.hits.get(self.selected).copied(),
                ..Job::default()
            });
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::extract;
    use std::time::{Duration, Instant};

    fn doc(text: &str) -> Document {
        Document::new("a.txt", text.to_string(), "UTF-8", false)
    }

    fn spoken(n: usize, who: &str) -> String {
        (0..n)
            .map(|i| format!("{who} 교수는 “{i}번째 말”이라고 말했다.\n"))
            .collect()
    }

    fn settle(f: &mut Finder, catalog: &Catalog, docs: &[Document]) {
        while !f.step(Instant::now() + Duration::from_secs(1), catalog, docs) {}
    }

    #[test]
    fn quotes_found_after_the_finder_opened_join_its_list_and_its_answer() {
        let text = spoken(3, "홍길동") + &spoken(3, "김철수");
        let docs = vec![doc(&text)];
        let all = extract(&text);
        let mut catalog = Catalog::default();
        catalog.add(0, all[..2].to_vec());
        let mut f = Finder::new(&catalog, &docs);
        assert_eq!(f.hits().len(), 2);
        catalog.add(0, all[2..4].to_vec());
        assert!(f.grow(&catalog, &docs));
        assert_eq!(f.hits().len(), 4, "no query: listed at once");
        assert!(!f.grow(&catalog, &docs), "nothing new");
        // A query: matches among the newcomers join the answer; the highlight stays.
        catalog.add(0, all[4..5].to_vec());
        assert!(f.grow(&catalog, &docs));
        f.edit(
            |i| "김철수".chars().for_each(|c| i.insert(c)),
            &catalog,
            &docs,
        );
        settle(&mut f, &catalog, &docs);
        assert_eq!(f.hits().len(), 2);
        f.move_by(1);
        assert_eq!(f.current(), Some((0, 4)));
        catalog.add(0, all[5..].to_vec());
        assert!(f.grow(&catalog, &docs));
        settle(&mut f, &catalog, &docs);
        assert_eq!(f.hits().len(), 3);
        assert_eq!(f.current(), Some((0, 4)), "the quote highlighted before");
    }
}
