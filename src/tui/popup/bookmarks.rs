//! The bookmark list popup.

use super::{Ctx, Outcome, Target};
use crate::tui::action::Action;
use crate::tui::step_clamped;

/// Bookmarks across documents, with a highlighted row.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Bookmarks {
    selected: usize,
}

impl Bookmarks {
    /// The highlighted row.
    #[must_use]
    pub fn selected(&self) -> usize {
        self.selected
    }

    /// Moves the highlight; Enter opens the highlighted bookmark; `d` deletes it.
    pub fn update(&mut self, action: Action, ctx: &Ctx) -> Outcome {
        let len = ctx.bookmarks.len();
        match action {
            Action::PopupMove(n) => {
                self.selected = step_clamped(self.selected, n, len);
                Outcome::Stay
            }
            // The app says so when the bookmark's document is not open.
            Action::Confirm => Outcome::Go(Target::Bookmark(self.selected)),
            Action::DeleteItem if self.selected < len => {
                let deleted = self.selected;
                // The highlight stays on the row, or the new last one when the last went.
                self.selected = deleted.min(len.saturating_sub(2));
                Outcome::DeleteBookmark(deleted)
            }
            _ => Outcome::Stay,
        }
    }
}
