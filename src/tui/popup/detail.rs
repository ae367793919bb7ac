//! The quote detail popup: which quote it shows. What it shows is worked out when it is drawn
//! ([`crate::tui::detail`]), so it is always current.

use super::{Ctx, Outcome};
use crate::catalog::QuoteId;
use crate::tui::action::Action;

/// The details of one quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Detail {
    id: QuoteId,
}

impl Detail {
    /// The details of quote `id`.
    #[must_use]
    pub fn new(id: QuoteId) -> Self {
        Self { id }
    }

    /// The quote shown.
    #[must_use]
    pub fn id(&self) -> QuoteId {
        self.id
    }

    /// The details only show: Enter closes them, as any key does.
    pub fn update(&mut self, action: Action, _ctx: &Ctx) -> Outcome {
        match action {
            Action::Confirm => Outcome::Close,
            _ => Outcome::Stay,
        }
    }
}
