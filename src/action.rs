//! Every state change the reader can make, by name, and the ones a key can be bound to.
//!
//! There is one vocabulary: the config file names [`Action`]s directly (`j = "scroll_down"`).
//! [`BINDABLE`] is the single place that says which actions a key may be bound to, under what
//! name, what help says about them and which keys they have by default. A new bindable command
//! is a variant here, its row in [`BINDABLE`], and its handler in `App::update`.
//!
//! This module is library code below both `config` and `tui`, so the config can name actions
//! without depending on the terminal layer.

use serde::de::{self, Deserializer, Visitor};
use serde::ser::{self, Serializer};
use serde::{Deserialize, Serialize};

/// One change to [`crate::tui::app::App`]. Keys, mouse and resizes all become actions.
///
/// In the config file an action is written by its [`Bindable::name`]; actions without a row in
/// [`BINDABLE`] (mouse, input, resizes) cannot be bound and are neither read nor written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Leave the program.
    Quit,
    /// Take what the background loader has read, and wrap a slice more of the open document.
    Work,
    /// Show or hide the key help.
    ToggleHelp,
    /// Close whatever popup is open.
    ClosePopup,
    /// Move focus to the other pane.
    FocusNext,
    /// Move the document-list selection by this many rows.
    SelectBy(i32),
    /// Select the first document.
    SelectFirst,
    /// Select the last document.
    SelectLast,
    /// Select the document at this index.
    Select(usize),
    /// Open the selected document in the reading pane and focus it.
    Open,
    /// Scroll the reading pane by this many rows.
    ScrollRows(i32),
    /// Scroll by this many screens (negative: back).
    ScrollPages(i32),
    /// Scroll by this many half screens.
    ScrollHalfPages(i32),
    /// Go to the top of the document.
    Top,
    /// Go to the end of the document.
    Bottom,
    /// The mouse wheel turned over (column, row), by this many notches (negative: up).
    Wheel {
        /// Pointer column.
        column: u16,
        /// Pointer row.
        row: u16,
        /// Notches; negative scrolls up.
        delta: i32,
    },
    /// A click at (column, row).
    Click {
        /// Pointer column.
        column: u16,
        /// Pointer row.
        row: u16,
    },
    /// The terminal is now this many columns and rows.
    Resize(u16, u16),
    /// Open the quote finder.
    OpenFinder,
    /// Open the speaker list.
    OpenSpeakers,
    /// Type a character into the open popup's input.
    Input(char),
    /// Delete the last character of the popup's input.
    Backspace,
    /// Move the popup's highlight by this many rows.
    PopupMove(i32),
    /// Accept the popup's highlighted item.
    Confirm,
    /// Go to the next (`true`) or previous quote.
    StepQuote(bool),
    /// Go to the next (`true`) or previous quote by the same speaker, across documents.
    StepSpeaker(bool),
    /// Copy the current quote with its citation to the clipboard.
    CopyQuote,
    /// Show the details of the current quote (speaker, rule, sentence).
    OpenQuoteDetail,
    /// Move the text cursor of the open input by this many characters.
    CursorBy(i32),
    /// Empty the open input.
    ClearInput,
    /// Order the open list the next way (the speakers view's Tab).
    NextSort,
    /// Copy the highlighted speaker's quotes as Markdown (Ctrl-Y in the speakers view and the
    /// finder).
    CopyMarkdown,
    /// Save the highlighted speaker's quotes as Markdown to a new file in the current folder
    /// (Ctrl-S in the speakers view and the finder).
    SaveMarkdown,
    /// A digit or `%` typed before a command (`50%`, `120G`).
    Count(char),
    /// Leave the reading pane (clears a search first).
    Back,
    /// Start an incremental search in the open document.
    StartSearch,
    /// Start an incremental search back from the view, as less's `?` does.
    StartSearchBack,
    /// Start filtering the document list.
    StartFilter,
    /// Ask for a line number or percentage.
    StartGoto,
    /// Ask for a bookmark label, then bookmark the current position.
    StartBookmark,
    /// Read the next (`true`) or previous document of the list, where it was left.
    StepDocument(bool),
    /// Say which file this is, the lines shown, the byte reached and how far that is.
    Describe,
    /// Switch the open document between reflowed paragraphs and lines as in the file.
    ToggleReflow,
    /// Read the open document's file again (it changed on disk).
    Reload,
    /// Show or hide source line numbers.
    ToggleLineNumbers,
    /// Chop long lines at the pane's edge, or wrap them.
    ToggleChop,
    /// Scroll chopped lines sideways by this many half panes (negative: back).
    ScrollColumns(i32),
    /// Go to the next (`true`) or previous search match, wrapping.
    StepMatch(bool),
    /// Open search across every document.
    OpenSearchAll,
    /// Open the bookmark list.
    OpenBookmarks,
    /// Open the outline: the open document's headings.
    OpenOutline,
    /// Delete the highlighted item (a bookmark).
    DeleteItem,
    /// Open the current document in `$EDITOR`.
    Edit,
    /// Suspend to the shell (Ctrl-Z, SIGTSTP) until continued with `fg`.
    Suspend,
    /// Give the quote in the detail view another speaker, chosen from a list (`r` there).
    Reassign,
    /// Mark the quote in the detail view as not speech, or as speech again (`n` there).
    ToggleNotSpeech,
    /// Merge the speaker of the quote in the detail view into another (`m` there).
    MergeSpeaker,
    /// Undo the correction of the quote in the detail view (`u` there).
    UndoCorrection,
    /// Open the list of corrections that no longer apply (their document changed).
    OpenStaleCorrections,
}

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// Both panes (a pane binding of the same key wins).
    Global,
    /// The document list.
    List,
    /// The reading pane.
    Reader,
}

/// An action a key can be bound to: its name in the config file, where and to which keys it is
/// bound by default, and what the help overlay says it does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bindable {
    /// The snake_case name the config file uses.
    pub name: &'static str,
    /// What the binding does.
    pub action: Action,
    /// Where the default keys apply.
    pub scope: Scope,
    /// The default keys, as the config file writes them.
    pub keys: &'static [&'static str],
    /// What help says it does.
    pub describe: &'static str,
}

/// One row of [`BINDABLE`], kept to a line so the table reads as a table.
const fn bind(
    name: &'static str,
    action: Action,
    scope: Scope,
    keys: &'static [&'static str],
    describe: &'static str,
) -> Bindable {
    Bindable {
        name,
        action,
        scope,
        keys,
        describe,
    }
}

use Action as A;
use Scope::{Global, List, Reader};

/// Every bindable action, in the order help lists them. Names are the config file's and must
/// never change (users have written them); each row's action is distinct, so an action has one
/// name.
#[rustfmt::skip]
pub const BINDABLE: &[Bindable] = &[
    bind("help", A::ToggleHelp, Global, &["?"], "this help"),
    bind("quit", A::Quit, Global, &["q", "ctrl-c"], "quit"),
    bind("focus_next", A::FocusNext, Global, &["tab", "backtab"], "switch pane"),
    bind("quote_finder", A::OpenFinder, Global, &["f"], "quote finder"),
    bind("speakers", A::OpenSpeakers, Global, &["s"], "speakers"),
    bind("next_quote", A::StepQuote(true), Global, &["]"], "next quote"),
    bind("previous_quote", A::StepQuote(false), Global, &["["], "previous quote"),
    bind("next_same_speaker", A::StepSpeaker(true), Global, &["}"], "next quote by the same speaker"),
    bind("previous_same_speaker", A::StepSpeaker(false), Global, &["{"], "previous quote by the same speaker"),
    bind("copy_quote", A::CopyQuote, Global, &["y"], "copy the quote with its citation"),
    bind("quote_detail", A::OpenQuoteDetail, Global, &["i"], "details of the current quote"),
    bind("search_all", A::OpenSearchAll, Global, &["F"], "search every document"),
    bind("bookmarks", A::OpenBookmarks, Global, &["'"], "bookmarks"),
    bind("outline", A::OpenOutline, Global, &["o"], "this document's headings"),
    bind("stale_corrections", A::OpenStaleCorrections, Global, &["C"], "corrections that no longer apply"),
    bind("select_next", A::SelectBy(1), List, &["j", "down"], "next document"),
    bind("select_previous", A::SelectBy(-1), List, &["k", "up"], "previous document"),
    bind("select_first", A::SelectFirst, List, &["g", "home"], "first document"),
    bind("select_last", A::SelectLast, List, &["G", "end"], "last document"),
    bind("open", A::Open, List, &["enter", "l", "right"], "read the selected document"),
    bind("filter", A::StartFilter, List, &["/"], "filter the list as you type (Esc clears)"),
    bind("scroll_down", A::ScrollRows(1), Reader, &["j", "down"], "scroll down a row"),
    bind("scroll_up", A::ScrollRows(-1), Reader, &["k", "up"], "scroll up a row"),
    bind("page_down", A::ScrollPages(1), Reader, &["space", "pagedown", "ctrl-f"], "next page"),
    bind("page_up", A::ScrollPages(-1), Reader, &["b", "pageup", "ctrl-b"], "previous page"),
    bind("half_page_down", A::ScrollHalfPages(1), Reader, &["ctrl-d", "d"], "half a page down"),
    bind("half_page_up", A::ScrollHalfPages(-1), Reader, &["ctrl-u", "u"], "half a page up"),
    bind("top", A::Top, Reader, &["g", "home"], "top (N then this: line N)"),
    bind("bottom", A::Bottom, Reader, &["G", "end"], "end (N then this: line N)"),
    bind("search", A::StartSearch, Reader, &["/"], "search this document (re: for a regex)"),
    bind("search_back", A::StartSearchBack, Reader, &["ctrl-r"], "search back from here (? stays help)"),
    bind("next_match", A::StepMatch(true), Reader, &["n"], "next match"),
    bind("previous_match", A::StepMatch(false), Reader, &["N"], "previous match"),
    bind("next_document", A::StepDocument(true), Reader, &["J"], "read the next document"),
    bind("previous_document", A::StepDocument(false), Reader, &["K"], "read the previous document"),
    bind("goto", A::StartGoto, Reader, &[":"], "go to a line or N% (:n :p next/previous document)"),
    bind("reload", A::Reload, Reader, &["R"], "read the file again from disk"),
    bind("line_numbers", A::ToggleLineNumbers, Reader, &["#"], "source line numbers on or off (-N)"),
    bind("chop", A::ToggleChop, Reader, &["S"], "chop long lines instead of wrapping (-S)"),
    bind("scroll_right", A::ScrollColumns(1), Reader, &[">"], "chopped lines and tables: half a pane right"),
    bind("scroll_left", A::ScrollColumns(-1), Reader, &["<"], "chopped lines and tables: half a pane left"),
    bind("file_info", A::Describe, Reader, &["=", "ctrl-g"], "file, lines shown, bytes and percentage"),
    bind("reflow", A::ToggleReflow, Reader, &["r"], "join hard-wrapped lines into paragraphs, or not"),
    bind("bookmark", A::StartBookmark, Reader, &["m"], "bookmark this place"),
    bind("edit", A::Edit, Reader, &["e"], "open in $EDITOR at this line"),
    bind("back_to_list", A::Back, Reader, &["esc", "h", "left"], "clear the search, then back to the list"),
];

/// The names of [`BINDABLE`], for serde's "expected one of" message.
const NAMES: [&str; BINDABLE.len()] = {
    let mut names = [""; BINDABLE.len()];
    let mut i = 0;
    while i < names.len() {
        names[i] = BINDABLE[i].name;
        i += 1;
    }
    names
};

impl Bindable {
    /// The row of `action`, if it can be bound.
    #[must_use]
    pub fn of(action: Action) -> Option<&'static Bindable> {
        BINDABLE.iter().find(|b| b.action == action)
    }

    /// The row named `name` in the config file.
    #[must_use]
    pub fn named(name: &str) -> Option<&'static Bindable> {
        BINDABLE.iter().find(|b| b.name == name)
    }
}

impl Serialize for Action {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match Bindable::of(*self) {
            Some(b) => serializer.serialize_str(b.name),
            None => Err(ser::Error::custom(format!(
                "{self:?} cannot be bound to a key"
            ))),
        }
    }
}

impl<'de> Deserialize<'de> for Action {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(NameVisitor)
    }
}

/// Reads a bindable action's name, failing as a derived enum would on an unknown one.
struct NameVisitor;

impl Visitor<'_> for NameVisitor {
    type Value = Action;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("the name of a command")
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<Action, E> {
        Bindable::named(name)
            .map(|b| b.action)
            .ok_or_else(|| E::unknown_variant(name, &NAMES))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_actions_are_each_bound_once() {
        for (i, b) in BINDABLE.iter().enumerate() {
            assert!(
                BINDABLE[..i]
                    .iter()
                    .all(|o| o.name != b.name && o.action != b.action),
                "{} is in the table twice",
                b.name
            );
            assert_eq!(Bindable::of(b.action), Some(b));
        }
    }

    #[test]
    fn an_action_is_written_and_read_by_its_name() {
        let v = toml::Value::try_from(Action::ScrollPages(1)).unwrap();
        assert_eq!(v.to_string(), "\"page_down\"");
        assert_eq!(v.try_into::<Action>().unwrap(), Action::ScrollPages(1));
        assert!(toml::Value::try_from(Action::Resize(1, 1)).is_err());
    }
}
