//! What a component answers after taking an action, and what the event loop must do for the
//! app: the two ways state leaves a component.
//!
//! Components (the document list, the reader, the popups, the prompt) change only their own
//! state. Anything beyond it, such as closing a popup, showing a place, a status message or
//! saving, comes back as an [`Outcome`], which [`App::update`](super::app::App::update) applies
//! in one place.

use std::path::PathBuf;

use crate::catalog::QuoteId;

/// Which pane takes the keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// The document list.
    List,
    /// The reading pane.
    Reader,
}

/// A place in a document that a component sends the reader to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A quote, made current and shown a third of the way down.
    Quote(QuoteId),
    /// The bookmark at this index of the bookmark list (the app resolves its document, which
    /// may not be open).
    Bookmark(usize),
    /// A place shown at the top of the page: a heading of the outline.
    Place {
        /// Index of the document.
        doc: usize,
        /// Byte offset of the place.
        offset: usize,
    },
    /// A search hit: this byte offset of this document.
    Hit {
        /// Index of the document.
        doc: usize,
        /// Byte offset of the hit.
        offset: usize,
        /// What was searched for, which becomes the document's search.
        query: String,
    },
}

/// What the app must do after a component answered an action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing more (the component's own state may have changed).
    Stay,
    /// Close the popup.
    Close,
    /// Close the popup, if one is open, and show this place.
    Go(Target),
    /// Delete the bookmark at this index; the popup stays open, its highlight already moved.
    DeleteBookmark(usize),
    /// Show this one-line message in the status bar.
    Say(String),
    /// This pane takes the keys (the reading pane after a move to a line, a percentage or a
    /// match; the list after a click on it).
    Focus(Focus),
    /// Ask the event loop for this.
    Effect(Effect),
    /// Open the finder on the quotes of this speaker (an index into the catalog's speakers).
    SpeakerQuotes(usize),
    /// Copy `text` to the clipboard and say `message`.
    Copy {
        /// What to copy.
        text: String,
        /// What to say.
        message: String,
    },
    /// The list's selection moved away from this document: its place is remembered and its
    /// current quote forgotten.
    Left(usize),
    /// Show the details of this quote (back from choosing a speaker for it).
    Detail(QuoteId),
    /// Choose a speaker from a list, for this.
    Choose(Purpose),
    /// Correct a quote's speaker, or undo a correction.
    Correct(Correct),
    /// Remove the stale correction with this id from the state file; the list stays open,
    /// its row already gone.
    RemoveStale(String),
}

/// What a speaker is being chosen for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// To be the speaker of this quote.
    Reassign(QuoteId),
    /// For the speaker of this quote (an index into the catalog's speakers) to be merged
    /// into.
    Merge {
        /// The quote whose details were shown.
        quote: QuoteId,
        /// The speaker merged away.
        from: usize,
    },
}

impl Purpose {
    /// The quote whose details the choice came from.
    #[must_use]
    pub fn quote(self) -> QuoteId {
        match self {
            Self::Reassign(q) | Self::Merge { quote: q, .. } => q,
        }
    }
}

/// A correction the user asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Correct {
    /// This quote is by this speaker (a name listed or new).
    Speaker {
        /// The quote.
        quote: QuoteId,
        /// The speaker's name.
        name: String,
    },
    /// This quote is not speech, or (when it is marked so) speech again.
    ToggleNotSpeech(QuoteId),
    /// Speaker `from` (an index into the catalog's speakers) is `into`.
    Merge {
        /// The quote whose details were shown.
        quote: QuoteId,
        /// The speaker merged away.
        from: usize,
        /// The name they become.
        into: String,
    },
    /// Undo the correction that changed this quote.
    Undo(QuoteId),
}

impl Correct {
    /// The quote whose details the correction came from.
    #[must_use]
    pub fn quote(&self) -> QuoteId {
        match self {
            Self::Speaker { quote, .. }
            | Self::Merge { quote, .. }
            | Self::ToggleNotSpeech(quote)
            | Self::Undo(quote) => *quote,
        }
    }
}

/// Something the event loop must do outside the app (it owns the terminal).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Send an OSC 52 clipboard sequence.
    Clipboard(String),
    /// Suspend, run the editor on this file at this line, then reload the document.
    Edit {
        /// Index of the document.
        doc: usize,
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
    },
    /// Read this document's file again and replace it (its place is kept by offset).
    Reload {
        /// Index of the document.
        doc: usize,
        /// The file.
        path: PathBuf,
    },
    /// Save this session's state changes now.
    Save,
    /// Write this Markdown to a new file in the current folder named after `stem`, and say so.
    SaveMarkdown {
        /// The file name without `.md` (the speaker's name).
        stem: String,
        /// The Markdown.
        text: String,
        /// What is saved, for the message (`3 quotes of 김민수`).
        what: String,
    },
    /// Give the terminal back and stop the job until the shell continues it.
    Suspend,
}
