//! The popups as components: each owns its state and answers an action with an [`Outcome`],
//! which [`App::update`](super::app::App::update) applies in one place.

use crate::catalog::{Catalog, QuoteId};
use crate::corpus::Document;
use crate::state::Bookmark;

use super::action::Action;
use super::finder::Finder;
use super::input::LineInput;
use super::search_all::SearchAll;

mod bookmarks;
mod help;
mod speakers;

pub use bookmarks::Bookmarks;
pub use help::Help;
pub use speakers::Speakers;

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
}

/// A place in a document that a popup sends the reader to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A quote, made current and shown a third of the way down.
    Quote(QuoteId),
    /// The bookmark at this index of the bookmark list (the app resolves its document, which
    /// may not be open).
    Bookmark(usize),
    /// A search hit: this byte offset of this document.
    Hit {
        /// Index of the document.
        doc: usize,
        /// Byte offset of the hit.
        offset: usize,
    },
}

/// What the app must do after a popup answered an action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing more: the popup stays open (its own state may have changed).
    Stay,
    /// Close the popup.
    Close,
    /// Close the popup and show this place.
    Go(Target),
    /// Delete the bookmark at this index; the popup stays open, its highlight already moved.
    DeleteBookmark(usize),
}

/// A box drawn over the panes that takes the keys while open.
#[derive(Debug, Clone)]
pub enum Popup {
    /// The key help.
    Help(Help),
    /// The quote finder.
    Finder(Finder),
    /// The speaker list.
    Speakers(Speakers),
    /// Bookmarks across documents.
    Bookmarks(Bookmarks),
    /// Search across every document.
    SearchAll(SearchAll),
    /// The details of this quote.
    QuoteDetail(QuoteId),
}

impl Popup {
    /// Answers `action` (a move, Enter, a deletion, typing in a search popup); actions a
    /// popup does not take leave it as it is.
    pub fn update(&mut self, action: Action, ctx: &Ctx) -> Outcome {
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
                    })
                }),
                _ => Outcome::Stay,
            },
            // The details only show; Enter closes them as any key does.
            Self::QuoteDetail(_) => match action {
                Action::Confirm => Outcome::Close,
                _ => Outcome::Stay,
            },
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
