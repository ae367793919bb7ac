//! The document list as a component: which document is selected, and which the list shows
//! (all, or those matching the filter typed after `/`).

use crate::corpus::Document;
use crate::search::Query;
use crate::tui::action::Action;
use crate::tui::outcome::Outcome;
use crate::tui::step_clamped;

/// The list's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocList {
    selected: usize,
    visible: Vec<usize>,
    filter: String,
    /// The user chose a document (a saved "last document" arriving later must not switch).
    chose: bool,
}

impl DocList {
    /// A list of `len` documents with `selected` chosen (by the saved state, not the user).
    #[must_use]
    pub fn new(len: usize, selected: usize) -> Self {
        Self {
            selected,
            visible: (0..len).collect(),
            filter: String::new(),
            chose: false,
        }
    }

    /// Index of the selected (and shown) document.
    #[must_use]
    pub fn selected(&self) -> usize {
        self.selected
    }

    /// Indices of the documents the list shows, in order.
    #[must_use]
    pub fn visible(&self) -> &[usize] {
        &self.visible
    }

    /// The filter typed so far.
    #[must_use]
    pub fn filter(&self) -> &str {
        &self.filter
    }

    /// Answers a selection move among `len` documents.
    pub fn update(&mut self, action: Action, len: usize) -> Outcome {
        match action {
            Action::SelectBy(n) => self.select_by(n, len),
            Action::SelectFirst => self.select_by(i32::MIN, len),
            Action::SelectLast => self.select_by(i32::MAX, len),
            Action::Select(i) => self.select(i, len),
            _ => Outcome::Stay,
        }
    }

    /// Selects document `i` of `len` (clamped); the user chose it.
    pub fn select(&mut self, i: usize, len: usize) -> Outcome {
        let i = i.min(len.saturating_sub(1));
        self.chose = true;
        let before = std::mem::replace(&mut self.selected, i);
        if before == i {
            Outcome::Stay
        } else {
            Outcome::Left(before)
        }
    }

    /// A saved "last document" became known: it is selected unless the user already chose.
    pub fn restore(&mut self, i: usize) {
        if !self.chose {
            self.selected = i;
        }
    }

    /// Moves the selection by `n` among the documents the list shows.
    fn select_by(&mut self, n: i32, len: usize) -> Outcome {
        let pos = self
            .visible
            .iter()
            .position(|&d| d == self.selected)
            .unwrap_or(0);
        match self.visible.get(step_clamped(pos, n, self.visible.len())) {
            Some(&d) => self.select(d, len),
            None => Outcome::Stay,
        }
    }

    /// Shows only the documents whose title or name matches `query`, best first; the
    /// selection moves to the first of them when it is filtered out.
    pub fn filter_by(&mut self, query: &str, docs: &[Document]) -> Outcome {
        self.filter = query.to_string();
        let q = Query::new(query);
        let mut scored: Vec<(i64, usize)> = docs
            .iter()
            .enumerate()
            .filter_map(|(i, d)| {
                q.matches(&format!("{} {}", d.meta.title, d.name))
                    .map(|m| (m.score, i))
            })
            .collect();
        if !q.is_empty() {
            scored.sort_by_key(|s| std::cmp::Reverse(s.0));
        }
        self.visible = scored.into_iter().map(|(_, i)| i).collect();
        match self.visible.first() {
            Some(&first) if !self.visible.contains(&self.selected) => {
                self.select(first, docs.len())
            }
            _ => Outcome::Stay,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::seeds;

    #[test]
    fn a_move_says_which_document_it_left() {
        let mut l = DocList::new(4, 0);
        assert_eq!(l.update(Action::SelectBy(1), 4), Outcome::Left(0));
        assert_eq!(l.update(Action::SelectLast, 4), Outcome::Left(1));
        assert_eq!(l.selected(), 3);
        assert_eq!(l.update(Action::SelectBy(5), 4), Outcome::Stay, "clamped");
        assert_eq!(
            l.update(Action::Select(9), 4),
            Outcome::Stay,
            "clamped to the last"
        );
    }

    #[test]
    fn a_saved_choice_gives_way_to_the_users() {
        let mut l = DocList::new(3, 0);
        l.restore(2);
        assert_eq!(l.selected(), 2);
        l.select(1, 3);
        l.restore(0);
        assert_eq!(l.selected(), 1, "the user chose after start");
    }

    #[test]
    fn the_filter_narrows_and_moves_a_hidden_selection() {
        let docs = seeds();
        let mut l = DocList::new(docs.len(), 0);
        let title = docs[2].meta.title.clone();
        let word = title
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_string();
        let outcome = l.filter_by(&word, &docs);
        assert!(l.visible().contains(&2));
        if !l.visible().contains(&0) {
            assert_eq!(outcome, Outcome::Left(0));
        }
        assert_eq!(l.filter(), word);
        l.filter_by("", &docs);
        assert_eq!(l.visible(), [0, 1, 2, 3]);
        let before = l.selected();
        let moved = l.update(Action::SelectBy(-1), docs.len());
        assert_eq!(moved == Outcome::Stay, before == 0);
    }
}
