//! The speaker list popup.

use super::{Ctx, Outcome, Target};
use crate::tui::action::Action;
use crate::tui::step_clamped;

/// The speaker list, with a highlighted row.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Speakers {
    selected: usize,
}

impl Speakers {
    /// A list with row `selected` highlighted (clamped when it moves).
    #[must_use]
    pub fn at(selected: usize) -> Self {
        Self { selected }
    }

    /// The highlighted row.
    #[must_use]
    pub fn selected(&self) -> usize {
        self.selected
    }

    /// Moves the highlight; Enter goes to the highlighted speaker's first quote.
    pub fn update(&mut self, action: Action, ctx: &Ctx) -> Outcome {
        let speakers = ctx.catalog.speakers();
        match action {
            Action::PopupMove(n) => {
                self.selected = step_clamped(self.selected, n, speakers.len());
                Outcome::Stay
            }
            // A speaker without quotes (or an empty list) has nowhere to go: Enter just closes.
            Action::Confirm => speakers
                .get(self.selected)
                .and_then(|s| s.quotes.first().copied())
                .map_or(Outcome::Close, |id| Outcome::Go(Target::Quote(id))),
            _ => Outcome::Stay,
        }
    }
}
