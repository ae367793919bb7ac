//! Everything that changes the app: a user's [`Action`], or news from the event loop about
//! work done outside the app (a save, an editor run, the command line's `--open`).
//!
//! Both go through [`App::update`](super::app::App::update), so the app has one way in.

use crate::loader::Loader;
use crate::state::State;
use crate::text::AmbiguousWidth;

use super::action::Action;

/// One change for [`App::update`](super::app::App::update).
#[derive(Debug)]
pub enum Msg {
    /// What the user asked for (a key, a click, a resize) or background progress.
    Action(Action),
    /// A save went through: the merged state on disk, and nothing left to save.
    Saved(State),
    /// A save failed: say so, keep the changes for the next try.
    SaveFailed(String),
    /// Document `doc` was edited outside: `loader`, started on its file alone (of `size`
    /// bytes), reads it again (its place is kept by offset).
    Reload {
        /// Index of the document.
        doc: usize,
        /// The loader reading its file.
        loader: Loader,
        /// The file's size.
        size: Option<u64>,
    },
    /// Show this one-line message in the status bar.
    Notify(String),
    /// `--open DOC[:LINE]`: select the document named `name` (as given, or its file name) and
    /// go to `line` in the reading pane.
    Open {
        /// The document's name or file name.
        name: String,
        /// 1-based line.
        line: Option<usize>,
    },
    /// One document was given: read it at once, as `less file` does. Not a key, so a message
    /// already on the status line (a state file set aside, corrections that no longer apply)
    /// stays.
    ReadSingle,
    /// The terminal draws East Asian Ambiguous characters this wide (it was asked after the
    /// first frame): rows are measured again.
    Ambiguous(AmbiguousWidth),
    /// The reader is closing: remember the open document's place for saving.
    Closing,
}

impl From<Action> for Msg {
    fn from(action: Action) -> Self {
        Self::Action(action)
    }
}
