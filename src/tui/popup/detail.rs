//! The quote detail popup: which quote it shows, and the corrections asked for from it. What
//! it shows is worked out when it is drawn ([`crate::tui::detail`]), so it is always current.

use super::{Ctx, Outcome};
use crate::catalog::QuoteId;
use crate::tui::action::Action;
use crate::tui::outcome::{Correct, Purpose};

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

    /// `r` chooses another speaker, `n` marks the quote as not speech (or speech again), `m`
    /// chooses a speaker to merge its speaker into, `u` undoes its correction; Enter closes.
    pub fn update(&mut self, action: Action, ctx: &Ctx) -> Outcome {
        let id = self.id;
        match action {
            Action::Confirm => Outcome::Close,
            Action::Reassign => Outcome::Choose(Purpose::Reassign(id)),
            Action::ToggleNotSpeech => Outcome::Correct(Correct::ToggleNotSpeech(id)),
            Action::MergeSpeaker => match ctx.catalog.speaker_index(id) {
                Some(from) => Outcome::Choose(Purpose::Merge { quote: id, from }),
                None => Outcome::Say("This quote has no speaker to merge.".into()),
            },
            Action::UndoCorrection => Outcome::Correct(Correct::Undo(id)),
            _ => Outcome::Stay,
        }
    }
}
