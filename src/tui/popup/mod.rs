//! The popups as components: each owns its state and answers an action with an [`Outcome`],
//! which [`App::update`](super::app::App::update) applies in one place. Each also says how keys
//! reach it ([`Keys`]), so the keymap never needs to know which popups there are.

use crate::catalog::Catalog;
use crate::corpus::Document;
use crate::state::Bookmark;

use super::action::Action;
use super::finder::Finder;
use super::input::LineInput;
use super::search_all::SearchAll;

mod bookmarks;
mod choose;
mod detail;
mod help;
mod outline;
pub mod speakers;
mod stale;

pub use super::outcome::{Outcome, Target};
pub use bookmarks::Bookmarks;
pub use choose::Choose;
pub use detail::Detail;
pub use help::Help;
pub use outline::Outline;
pub use speakers::Speakers;
pub use stale::Stale;

/// What a popup may read of the app to answer an action; it changes nothing through it.
#[derive(Debug, Clone, Copy)]
pub struct Ctx<'a> {
    /// The quotes and speakers of every document.
    pub catalog: &'a Catalog,
    /// The documents.
    pub docs: &'a [Document],
    /// Bookmarks across documents, in the order the bookmark list shows them.
    pub bookmarks: &'a [Bookmark],
    /// Lines of the key help.
    pub help_lines: usize,
    /// Whether the open document has Markdown marks (its outline is Markdown's headings).
    pub markdown: bool,
}

/// How keys reach a popup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keys {
    /// A text to scroll: moves scroll it, `q` quits, any other key closes.
    Scroll,
    /// The quote details: the correction keys correct, any other key closes.
    Detail,
    /// A text input over a list: every printable key types.
    Input,
    /// A list: `j`/`k` move, Enter opens, `d` deletes.
    List,
}

/// A box drawn over the panes that takes the keys while open.
#[derive(Debug, Clone)]
pub enum Popup {
    /// The key help.
    Help(Help),
    /// The quote finder (boxed: it is the biggest popup by far).
    Finder(Box<Finder>),
    /// The speaker list.
    Speakers(Speakers),
    /// Bookmarks across documents.
    Bookmarks(Bookmarks),
    /// Search across every document.
    SearchAll(SearchAll),
    /// The details of one quote.
    QuoteDetail(Detail),
    /// The open document's headings.
    Outline(Outline),
    /// A speaker chosen for a correction.
    Choose(Choose),
    /// Corrections that no longer apply.
    Stale(Stale),
}

impl Popup {
    /// Answers `action` (a move, Enter, a deletion, typing in a search popup); actions a
    /// popup does not take leave it as it is.
    pub fn update(&mut self, action: Action, ctx: &Ctx) -> Outcome {
        if let Self::Choose(c) = self {
            // Esc too: it goes back to the quote's details.
            return c.update(action, ctx);
        }
        if action == Action::ClosePopup {
            return Outcome::Close;
        }
        match self {
            Self::Help(h) => h.update(action, ctx),
            Self::Speakers(s) => s.update(action, ctx),
            Self::Bookmarks(b) => b.update(action, ctx),
            Self::Finder(f) => match action {
                Action::Input(_) | Action::Backspace | Action::CursorBy(_) | Action::ClearInput => {
                    f.edit(|i| edit_line(i, action), ctx.catalog, ctx.docs);
                    Outcome::Stay
                }
                Action::PopupMove(n) => {
                    f.move_by(n);
                    Outcome::Stay
                }
                Action::Confirm => f
                    .current()
                    .map_or(Outcome::Close, |id| Outcome::Go(Target::Quote(id))),
                // The highlighted quote's speaker, all their quotes.
                Action::CopyMarkdown => f
                    .current()
                    .and_then(|id| ctx.catalog.speaker_index(id))
                    .map_or(Outcome::Stay, |s| speakers::copy_markdown(ctx, s)),
                Action::SaveMarkdown => f
                    .current()
                    .and_then(|id| ctx.catalog.speaker_index(id))
                    .map_or(Outcome::Stay, |s| speakers::save_markdown(ctx, s)),
                _ => Outcome::Stay,
            },
            Self::SearchAll(s) => match action {
                Action::Input(_) | Action::Backspace | Action::CursorBy(_) | Action::ClearInput => {
                    let before = s.input.text().to_string();
                    edit_line(&mut s.input, action);
                    // Every keystroke searches every document: only when the text changed.
                    if s.input.text() != before {
                        s.refresh(ctx.docs);
                    }
                    Outcome::Stay
                }
                Action::PopupMove(n) => {
                    s.move_by(n);
                    Outcome::Stay
                }
                Action::Confirm => s.hits.get(s.selected).map_or(Outcome::Close, |hit| {
                    Outcome::Go(Target::Hit {
                        doc: hit.doc,
                        offset: hit.range.start,
                        query: s.input.text().trim().to_string(),
                    })
                }),
                _ => Outcome::Stay,
            },
            Self::QuoteDetail(d) => d.update(action, ctx),
            Self::Outline(o) => o.update(action, ctx),
            Self::Choose(c) => c.update(action, ctx),
            Self::Stale(s) => s.update(action, ctx),
        }
    }

    /// Whether the popup has work between keys (the finder filtering, or writing row texts
    /// ahead of a filter).
    #[must_use]
    pub fn busy(&self) -> bool {
        match self {
            Self::Finder(f) => f.filtering() || f.warming(),
            Self::Outline(o) => o.scanning(),
            _ => false,
        }
    }

    /// The catalog gained quotes: the finder and the speakers view take them in. Returns
    /// whether one did.
    pub fn quotes_grew(&mut self, ctx: &Ctx) -> bool {
        match self {
            Self::Finder(f) => f.grow(ctx.catalog, ctx.docs),
            Self::Speakers(s) => s.grow(ctx.catalog),
            Self::Choose(c) => c.grow(ctx.catalog),
            _ => false,
        }
    }

    /// Spends until `deadline` on that work; returns whether it finished an answer worth
    /// drawing at once rather than at the next throttled frame.
    pub fn work(&mut self, deadline: std::time::Instant, ctx: &Ctx) -> bool {
        if let Self::Outline(o) = self {
            o.work(deadline, ctx);
            return false;
        }
        let Self::Finder(f) = self else {
            return false;
        };
        if f.filtering() {
            return f.step(deadline, ctx.catalog, ctx.docs);
        }
        if f.warming() {
            f.warm(deadline, ctx.catalog, ctx.docs);
        }
        false
    }

    /// How keys reach this popup.
    #[must_use]
    pub fn keys(&self) -> Keys {
        match self {
            Self::Help(_) => Keys::Scroll,
            Self::QuoteDetail(_) => Keys::Detail,
            Self::Finder(_) | Self::SearchAll(_) | Self::Speakers(_) | Self::Choose(_) => {
                Keys::Input
            }
            Self::Bookmarks(_) | Self::Outline(_) | Self::Stale(_) => Keys::List,
        }
    }

    /// The highlighted row of a popup with a list (help and quote details have none).
    #[must_use]
    pub fn selected(&self) -> Option<usize> {
        match self {
            Self::Finder(f) => Some(f.selected()),
            Self::SearchAll(s) => Some(s.selected),
            Self::Speakers(s) => Some(s.selected()),
            Self::Bookmarks(b) => Some(b.selected()),
            Self::Outline(o) => Some(o.selected()),
            Self::Choose(c) => Some(c.row()),
            Self::Stale(s) => Some(s.selected()),
            Self::Help(_) | Self::QuoteDetail(_) => None,
        }
    }
}

/// Applies an editing action (typing, Backspace, cursor moves, clearing) to `input`; other
/// actions leave it as it is.
pub fn edit_line(input: &mut LineInput, action: Action) {
    match action {
        Action::Input(c) => input.insert(c),
        Action::Backspace => input.backspace(),
        Action::CursorBy(n) => input.move_by(n),
        Action::ClearInput => input.clear(),
        _ => {}
    }
}

#[cfg(test)]
mod tests;
