//! The key help popup.

use super::{Ctx, Outcome};
use crate::tui::action::Action;
use crate::tui::step_clamped;

/// The key help, scrolled by some lines.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Help {
    scroll: usize,
}

impl Help {
    /// How many lines the help is scrolled by.
    #[must_use]
    pub fn scroll(&self) -> usize {
        self.scroll
    }

    /// Scrolls on a move; Enter closes (the help has nothing to open).
    pub fn update(&mut self, action: Action, ctx: &Ctx) -> Outcome {
        match action {
            Action::PopupMove(n) => {
                self.scroll = step_clamped(self.scroll, n, ctx.help_lines);
                Outcome::Stay
            }
            Action::Confirm => Outcome::Close,
            _ => Outcome::Stay,
        }
    }
}
