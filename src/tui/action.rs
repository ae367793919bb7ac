//! Every state change the reader can make, by name.

/// One change to [`crate::tui::app::App`]. Keys, mouse and resizes all become actions.
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
    /// A digit or `%` typed before a command (`50%`, `120G`).
    Count(char),
    /// Leave the reading pane (clears a search first).
    Back,
    /// Start an incremental search in the open document.
    StartSearch,
    /// Start filtering the document list.
    StartFilter,
    /// Ask for a line number or percentage.
    StartGoto,
    /// Ask for a bookmark label, then bookmark the current position.
    StartBookmark,
    /// Go to the next (`true`) or previous search match, wrapping.
    StepMatch(bool),
    /// Open search across every document.
    OpenSearchAll,
    /// Open the bookmark list.
    OpenBookmarks,
    /// Delete the highlighted item (a bookmark).
    DeleteItem,
    /// Open the current document in `$EDITOR`.
    Edit,
    /// Suspend to the shell (Ctrl-Z, SIGTSTP) until continued with `fg`.
    Suspend,
}
