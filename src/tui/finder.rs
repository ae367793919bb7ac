//! The quote finder's state: a query and the quotes that match it, best first.

use super::input::LineInput;
use crate::catalog::{Catalog, QuoteId};
use crate::corpus::Document;
use crate::quotes::quote_text;
use crate::search::Query;

/// One quote in the finder list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// The quote.
    pub id: QuoteId,
    /// What the row shows: `speaker — quote · document title`.
    pub line: String,
    /// Character indices of `line` to highlight.
    pub positions: Vec<usize>,
}

/// Query, matches and selection of the open finder.
#[derive(Debug, Clone, Default)]
pub struct Finder {
    input: LineInput,
    hits: Vec<Hit>,
    selected: usize,
}

/// The row text and the full searchable text (the row plus the speaker's forms and role).
fn haystack(catalog: &Catalog, docs: &[Document], id: QuoteId) -> Option<(String, String)> {
    let doc = docs.get(id.0)?;
    let q = catalog.quote(id)?;
    let speaker = catalog.speaker(id);
    let name = speaker.map_or("?", |s| s.name.as_str());
    let text: String = quote_text(&doc.text, q)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let line = format!("{name} — {text} · {}", doc.meta.title);
    let mut full = line.clone();
    if let Some(s) = speaker {
        full.push_str(" | ");
        full.push_str(&s.forms.join(" "));
        if let Some(role) = &s.role {
            full.push(' ');
            full.push_str(role);
        }
    }
    Some((line, full))
}

impl Finder {
    /// A finder listing every attributed quote of the corpus.
    #[must_use]
    pub fn new(catalog: &Catalog, docs: &[Document]) -> Self {
        let mut f = Self::default();
        f.refilter(catalog, docs);
        f
    }

    /// The query typed so far.
    #[must_use]
    pub fn query(&self) -> &str {
        self.input.text()
    }

    /// The input line (for the cursor position).
    #[must_use]
    pub fn input(&self) -> &LineInput {
        &self.input
    }

    /// Matching quotes, best first.
    #[must_use]
    pub fn hits(&self) -> &[Hit] {
        &self.hits
    }

    /// Index of the highlighted hit.
    #[must_use]
    pub fn selected(&self) -> usize {
        self.selected
    }

    /// The highlighted quote.
    #[must_use]
    pub fn current(&self) -> Option<QuoteId> {
        self.hits.get(self.selected).map(|h| h.id)
    }

    /// Edits the query with `f`, then filters again if the text changed.
    pub fn edit(&mut self, f: impl FnOnce(&mut LineInput), catalog: &Catalog, docs: &[Document]) {
        let before = self.input.text().to_string();
        f(&mut self.input);
        if self.input.text() != before {
            self.refilter(catalog, docs);
        }
    }

    /// Moves the highlight by `n`, clamped.
    pub fn move_by(&mut self, n: i32) {
        let last = self.hits.len().saturating_sub(1);
        let to = i64::try_from(self.selected).unwrap_or(0) + i64::from(n);
        self.selected = usize::try_from(to.max(0)).unwrap_or(0).min(last);
    }

    fn refilter(&mut self, catalog: &Catalog, docs: &[Document]) {
        let query = Query::new(self.input.text());
        let mut scored: Vec<(i64, Hit)> = catalog
            .ids()
            .filter(|&id| catalog.speaker_index(id).is_some())
            .filter_map(|id| {
                let (line, full) = haystack(catalog, docs, id)?;
                // Prefer a match in what the row shows, so the highlight is visible; the forms
                // and role only decide whether the quote is listed at all.
                let (score, positions) = match query.matches(&line) {
                    Some(m) => (m.score, m.positions),
                    None => (query.matches(&full)?.score, Vec::new()),
                };
                Some((
                    score,
                    Hit {
                        id,
                        line,
                        positions,
                    },
                ))
            })
            .collect();
        // Stable: equal scores keep corpus order.
        scored.sort_by_key(|s| std::cmp::Reverse(s.0));
        self.hits = scored.into_iter().map(|(_, h)| h).collect();
        self.selected = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::seeds;

    #[test]
    fn finds_by_name_initials_and_text() {
        let docs = seeds();
        let catalog = Catalog::build(&docs);
        let mut f = Finder::new(&catalog, &docs);
        let all = f.hits().len();
        assert!(all > 50);
        for c in "sattigeri".chars() {
            f.edit(|i| i.insert(c), &catalog, &docs);
        }
        assert!(f.hits().len() < all);
        let first = &f.hits()[0];
        assert!(
            first.line.starts_with("Prasanna Sattigeri — "),
            "{}",
            first.line
        );
        assert_eq!(first.positions.len(), 9);
        let mut f = Finder::new(&catalog, &docs);
        for c in "ㅇㄷㅂㅅ".chars() {
            f.edit(|i| i.insert(c), &catalog, &docs);
        }
        assert!(
            f.hits()[0].line.starts_with("차가타이 오다바시"),
            "{}",
            f.hits()[0].line
        );
        f.edit(LineInput::backspace, &catalog, &docs);
        f.move_by(-3);
        assert_eq!(f.selected(), 0);
        f.move_by(1_000_000);
        assert_eq!(f.selected(), f.hits().len() - 1);
    }
}
