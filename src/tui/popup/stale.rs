//! The list of corrections that no longer apply (their document changed, or their quote is
//! not found): kept in the state file until removed here with `d`.

use super::{Ctx, Outcome};
use crate::tui::action::Action;
use crate::tui::step_clamped;

/// The stale corrections' list, with a highlighted row.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stale {
    /// Rows when it opened: what is stale changes only as documents load or reload.
    len: usize,
    selected: usize,
}

impl Stale {
    /// A list of `len` stale corrections.
    #[must_use]
    pub fn new(len: usize) -> Self {
        Self { len, selected: 0 }
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
                self.selected = step_clamped(self.selected, n, self.len);
                Outcome::Stay
            }
            Action::Confirm => Outcome::Close,
            Action::DeleteItem if self.selected < self.len => {
                let removed = self.selected;
                self.len -= 1;
                self.selected = removed.min(self.len.saturating_sub(1));
                Outcome::RemoveStale(removed)
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
        let mut s = Stale::new(2);
        s.update(Action::PopupMove(5), &ctx);
        assert_eq!(s.selected(), 1);
        assert_eq!(s.update(Action::DeleteItem, &ctx), Outcome::RemoveStale(1));
        assert_eq!(s.selected(), 0);
        assert_eq!(s.update(Action::DeleteItem, &ctx), Outcome::RemoveStale(0));
        assert_eq!(
            s.update(Action::DeleteItem, &ctx),
            Outcome::Stay,
            "none left"
        );
        assert_eq!(s.update(Action::Confirm, &ctx), Outcome::Close);
    }
}
