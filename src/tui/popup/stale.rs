//! The list of corrections that no longer apply (their document changed, or their quote is
//! not found): kept in the state file until removed here with `d`.

use super::{Ctx, Outcome};
use crate::corrections::Reason;
use crate::state::Correction;
use crate::tui::action::Action;
use crate::tui::step_clamped;

/// The stale corrections' list, with a highlighted row.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stale {
    /// The rows, worked out when it opened: what is stale changes only as documents load or
    /// reload, and working it out looks at every document, too much for every frame.
    rows: Vec<(Correction, Reason)>,
    selected: usize,
}

impl Stale {
    /// A list of these stale corrections.
    #[must_use]
    pub fn new(rows: Vec<(Correction, Reason)>) -> Self {
        Self { rows, selected: 0 }
    }

    /// The stale corrections listed, and why each no longer applies.
    #[must_use]
    pub fn rows(&self) -> &[(Correction, Reason)] {
        &self.rows
    }

    /// The highlighted row.
    #[must_use]
    pub fn selected(&self) -> usize {
        self.selected
    }

    /// Moves the highlight; `d` removes the highlighted correction; Enter closes.
    pub fn update(&mut self, action: Action, _ctx: &Ctx) -> Outcome {
        match action {
            Action::PopupMove(n) => {
                self.selected = step_clamped(self.selected, n, self.rows.len());
                Outcome::Stay
            }
            Action::Confirm => Outcome::Close,
            Action::DeleteItem if self.selected < self.rows.len() => {
                let (removed, _) = self.rows.remove(self.selected);
                self.selected = self.selected.min(self.rows.len().saturating_sub(1));
                // By id: the row's index may not be its place in a list worked out anew.
                Outcome::RemoveStale(removed.id)
            }
            _ => Outcome::Stay,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;

    #[test]
    fn d_removes_the_highlighted_row_and_the_highlight_stays_in_the_list() {
        let catalog = Catalog::default();
        let ctx = Ctx {
            catalog: &catalog,
            docs: &[],
            bookmarks: &[],
            help_lines: 0,
            markdown: false,
        };
        let row = |id: &str| {
            let c = Correction {
                id: id.into(),
                doc: "h".into(),
                name: "a.txt".into(),
                start: 0,
                end: 4,
                excerpt: String::new(),
                fix: crate::state::Fix::NotSpeech,
                other: Default::default(),
            };
            (c, Reason::Changed)
        };
        let mut s = Stale::new(vec![row("x"), row("y")]);
        s.update(Action::PopupMove(5), &ctx);
        assert_eq!(s.selected(), 1);
        assert_eq!(
            s.update(Action::DeleteItem, &ctx),
            Outcome::RemoveStale("y".into())
        );
        assert_eq!(s.selected(), 0);
        assert_eq!(s.rows().len(), 1);
        assert_eq!(
            s.update(Action::DeleteItem, &ctx),
            Outcome::RemoveStale("x".into())
        );
        assert_eq!(
            s.update(Action::DeleteItem, &ctx),
            Outcome::Stay,
            "none left"
        );
        assert_eq!(s.update(Action::Confirm, &ctx), Outcome::Close);
    }
}
