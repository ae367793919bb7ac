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
    /// Index of its row text (see [`Finder::line`]).
    item: usize,
    /// Character indices of the row text to highlight.
    pub positions: Vec<usize>,
}

/// A quote's row text and everything it can be found by, built once when the finder opens so
/// a keystroke only matches.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Item {
    id: QuoteId,
    line: String,
    full: String,
}

/// Query, matches and selection of the open finder.
#[derive(Debug, Clone, Default)]
pub struct Finder {
    input: LineInput,
    items: Vec<Item>,
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
        let items = catalog
            .ids()
            .filter(|&id| catalog.speaker_index(id).is_some())
            .filter_map(|id| {
                haystack(catalog, docs, id).map(|(line, full)| Item { id, line, full })
            })
            .collect();
        let mut f = Self {
            items,
            ..Self::default()
        };
        f.refilter();
        f
    }

    /// The row text of `hit`: `speaker — quote · document title`.
    #[must_use]
    pub fn line(&self, hit: &Hit) -> &str {
        self.items.get(hit.item).map_or("", |i| i.line.as_str())
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
    pub fn edit(&mut self, f: impl FnOnce(&mut LineInput)) {
        let before = self.input.text().to_string();
        f(&mut self.input);
        if self.input.text() != before {
            self.refilter();
        }
    }

    /// Moves the highlight by `n`, clamped.
    pub fn move_by(&mut self, n: i32) {
        self.selected = super::step_clamped(self.selected, n, self.hits.len());
    }

    fn refilter(&mut self) {
        let query = Query::new(self.input.text());
        let mut scored: Vec<(i64, Hit)> = self
            .items
            .iter()
            .enumerate()
            .filter_map(|(item, it)| {
                // Prefer a match in what the row shows, so the highlight is visible; the forms
                // and role only decide whether the quote is listed at all.
                let (score, positions) = match query.matches(&it.line) {
                    Some(m) => (m.score, m.positions),
                    None => (query.matches(&it.full)?.score, Vec::new()),
                };
                Some((
                    score,
                    Hit {
                        id: it.id,
                        item,
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
            f.edit(|i| i.insert(c));
        }
        assert!(f.hits().len() < all);
        let first = &f.hits()[0];
        assert!(
            f.line(first).starts_with("Prasanna Sattigeri — "),
            "{}",
            f.line(first)
        );
        assert_eq!(first.positions.len(), 9);
        let mut f = Finder::new(&catalog, &docs);
        for c in "ㅇㄷㅂㅅ".chars() {
            f.edit(|i| i.insert(c));
        }
        assert!(
            f.line(&f.hits()[0]).starts_with("차가타이 오다바시"),
            "{}",
            f.line(&f.hits()[0])
        );
        f.edit(LineInput::backspace);
        f.move_by(-3);
        assert_eq!(f.selected(), 0);
        f.move_by(1_000_000);
        assert_eq!(f.selected(), f.hits().len() - 1);
    }
}
