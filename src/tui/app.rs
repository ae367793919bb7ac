//! Reader state and the one function that changes it.

use ratatui::layout::Position;

use super::action::Action;
use super::finder::Finder;
use super::input::LineInput;
use super::keymap::Keymap;
use super::popup::{Bookmarks, Help, Speakers};
use super::search_all::SearchAll;
use super::theme::Theme;

/// The popups moved to [`super::popup`]; the app's users still find the enum here.
pub use super::popup::Popup;
use crate::catalog::{Catalog, QuoteId};
use crate::config::Config;
use crate::corpus::{Document, Problem};
use crate::loader::Loader;
use crate::state::{Changes, State};
use crate::text::{AmbiguousWidth, Layout, WrapMode};

/// Which pane takes the keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// The document list.
    List,
    /// The reading pane.
    Reader,
}

/// What a prompt in the status line is asking for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptKind {
    /// Incremental search in the open document.
    Search,
    /// Fuzzy filter of the document list.
    Filter,
    /// A line number or a percentage.
    Goto,
    /// A label for a new bookmark.
    BookmarkLabel,
}

/// A one-line input in the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt {
    /// What it is for.
    pub kind: PromptKind,
    /// What has been typed.
    pub input: LineInput,
    /// Where the view was when it opened, to go back on Esc.
    pub origin: usize,
}

/// The search in the open document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    /// What is searched for.
    pub query: String,
    /// Document the matches belong to.
    pub doc: usize,
    /// Byte ranges of the matches, in order.
    pub matches: Vec<std::ops::Range<usize>>,
    /// Index of the current match.
    pub current: Option<usize>,
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
        path: std::path::PathBuf,
        /// 1-based line.
        line: usize,
    },
    /// Save this session's state changes now.
    Save,
    /// Give the terminal back and stop the job until the shell continues it.
    Suspend,
}

/// How the app starts.
#[derive(Debug)]
pub struct Setup {
    /// Documents to read.
    pub docs: Vec<Document>,
    /// Files that did not open.
    pub problems: Vec<Problem>,
    /// Ambiguous-width policy.
    pub amb: AmbiguousWidth,
    /// Settings.
    pub config: Config,
    /// Whether colours may be used (`NO_COLOR` unset).
    pub colors: bool,
    /// Terminal size (columns, rows).
    pub size: (u16, u16),
    /// Saved state from earlier runs.
    pub state: State,
    /// Messages to show at start (state or config warnings).
    pub notice: Option<String>,
    /// Reads the documents' text and quotes in the background; `None` when `docs` are whole.
    pub loader: Option<Loader>,
}

/// Layouts kept per document, for the most recent pane widths (a resize back is free).
const LAYOUTS_KEPT: usize = 3;

/// Per-document reading state.
#[derive(Debug, Clone, Default)]
struct View {
    /// Byte offset of the text at the top of the pane: stable across widths.
    top: usize,
    /// Layouts of the whole document (the newest may still be growing), newest last.
    layouts: Vec<Layout>,
    /// Rows around `top` while the whole-document layout does not reach that far.
    window: Option<Layout>,
    /// `G` was pressed while the document was loading: stay at the end as text arrives.
    follow_end: bool,
    /// The user moved in this document (a saved position arriving later must not jump).
    moved: bool,
}

/// The whole state of the reader.
#[derive(Debug)]
pub struct App {
    docs: Vec<Document>,
    problems: Vec<Problem>,
    views: Vec<View>,
    selected: usize,
    focus: Focus,
    popup: Option<Popup>,
    size: (u16, u16),
    amb: AmbiguousWidth,
    wrap: WrapMode,
    quit: bool,
    catalog: Catalog,
    current_quote: Option<QuoteId>,
    message: Option<String>,
    effects: Vec<Effect>,
    keymap: Keymap,
    theme: Theme,
    list_width: u16,
    prompt: Option<Prompt>,
    search: Option<Search>,
    filter: String,
    visible: Vec<usize>,
    count: String,
    state: State,
    changes: Changes,
    hashes: Vec<String>,
    loader: Option<Loader>,
    /// Per document: bytes scanned for quotes, and whether the scan finished.
    scanned: Vec<(usize, bool)>,
    /// The user chose a document (a saved "last document" arriving later must not switch).
    chose: bool,
    /// The last background step did something.
    progressed: bool,
    /// The last background step brought the open document's first text.
    urgent: bool,
}

impl App {
    /// A reader over `docs` in a terminal of `size` (columns, rows), with default settings and
    /// no saved state.
    #[must_use]
    pub fn new(
        docs: Vec<Document>,
        problems: Vec<Problem>,
        amb: AmbiguousWidth,
        wrap: WrapMode,
        size: (u16, u16),
    ) -> Self {
        let config = Config {
            wrap,
            ..Config::default()
        };
        Self::with(Setup {
            docs,
            problems,
            amb,
            config,
            colors: true,
            size,
            state: State::default(),
            notice: None,
            loader: None,
        })
    }

    /// A reader as `setup` describes.
    #[must_use]
    pub fn with(setup: Setup) -> Self {
        let Setup {
            docs,
            problems,
            amb,
            config,
            colors,
            size,
            state,
            notice,
            loader,
        } = setup;
        // A document still loading gets its key when it is whole (see `App::ready`).
        let hashes: Vec<String> = docs
            .iter()
            .map(|d| {
                if d.is_ready() {
                    d.content_hash()
                } else {
                    String::new()
                }
            })
            .collect();
        let views = hashes
            .iter()
            .map(|h| View {
                top: state.positions.get(h).copied().unwrap_or(0),
                ..View::default()
            })
            .collect();
        let selected = state
            .last_doc
            .as_ref()
            .and_then(|h| hashes.iter().position(|x| x == h))
            .unwrap_or(0);
        let catalog = if loader.is_some() {
            Catalog::default()
        } else {
            Catalog::build(&docs)
        };
        let scanned = vec![(0, loader.is_none()); docs.len()];
        let visible = (0..docs.len()).collect();
        let mut app = Self {
            docs,
            problems,
            views,
            selected,
            focus: Focus::List,
            popup: None,
            size,
            amb,
            wrap: config.wrap,
            quit: false,
            catalog,
            current_quote: None,
            message: notice,
            effects: Vec::new(),
            keymap: Keymap::new(&config),
            theme: Theme::new(&config.theme, colors),
            list_width: config.list_width,
            prompt: None,
            search: None,
            filter: String::new(),
            visible,
            count: String::new(),
            state,
            changes: Changes::default(),
            hashes,
            loader,
            scanned,
            chose: false,
            progressed: false,
            urgent: false,
        };
        app.ensure_layout();
        app.clamp_views();
        app
    }

    /// Applies one action.
    pub fn update(&mut self, action: Action) {
        if action == Action::Work {
            // Background progress is not a key: it keeps messages and pending counts.
            self.work();
            return;
        }
        self.message = None;
        if !matches!(action, Action::Count(_)) {
            let count = std::mem::take(&mut self.count);
            if let Some(done) = self.apply_count(&count, action) {
                if done {
                    self.ensure_layout();
                    return;
                }
            }
        }
        match action {
            Action::Quit => {
                self.remember_position();
                self.quit = true;
            }
            Action::ToggleHelp => {
                self.popup = match self.popup {
                    Some(Popup::Help(_)) => None,
                    _ => Some(Popup::Help(Help::default())),
                };
            }
            Action::ClosePopup => self.close(),
            Action::FocusNext => {
                self.focus = match self.focus {
                    Focus::List if !self.docs.is_empty() => Focus::Reader,
                    _ => Focus::List,
                };
            }
            Action::SelectBy(n) => self.select_by(n),
            Action::SelectFirst => self.select_by(i32::MIN),
            Action::SelectLast => self.select_by(i32::MAX),
            Action::Select(i) => self.select(i),
            Action::Open => {
                if !self.docs.is_empty() {
                    self.focus = Focus::Reader;
                }
            }
            Action::ScrollRows(n) => self.scroll(i64::from(n)),
            Action::ScrollPages(n) => self.scroll(i64::from(n) * i64::from(self.page_rows())),
            Action::ScrollHalfPages(n) => {
                self.scroll(i64::from(n) * i64::from(self.page_rows().div_ceil(2)))
            }
            Action::Top => self.go_top(),
            Action::Bottom => self.go_bottom(),
            Action::Work => {}
            Action::Wheel { column, row, delta } => self.wheel(Position::new(column, row), delta),
            Action::Click { column, row } => self.click(Position::new(column, row)),
            Action::Resize(w, h) => self.size = (w, h),
            Action::OpenFinder => {
                self.popup = Some(Popup::Finder(Finder::new(&self.catalog, &self.docs)))
            }
            Action::OpenSpeakers => self.popup = Some(Popup::Speakers(Speakers::default())),
            Action::Input(_) | Action::Backspace | Action::CursorBy(_) | Action::ClearInput => {
                self.edit_input(action)
            }
            Action::Count(c) => {
                self.count.push(c);
                if c == '%' {
                    // `50%` is complete as typed, as in less and vim.
                    let count = std::mem::take(&mut self.count);
                    match count.trim_end_matches('%').parse::<usize>() {
                        Ok(p) => self.go_percent(p),
                        Err(_) => self.message = Some("Type a number before %.".into()),
                    }
                }
            }
            Action::Back => self.back(),
            Action::StartSearch => self.start_prompt(PromptKind::Search),
            Action::StartFilter => self.start_prompt(PromptKind::Filter),
            Action::StartGoto => self.start_prompt(PromptKind::Goto),
            Action::StartBookmark => self.start_prompt(PromptKind::BookmarkLabel),
            Action::StepMatch(forward) => self.step_match(forward),
            Action::StepDocument(forward) => {
                // less's `:n`/`:p`: the next document without leaving the reading pane.
                let before = self.selected;
                self.select_by(if forward { 1 } else { -1 });
                if self.selected == before {
                    let end = if forward { "last" } else { "first" };
                    self.message = Some(format!("This is the {end} document."));
                }
            }
            Action::OpenSearchAll => self.popup = Some(Popup::SearchAll(SearchAll::default())),
            Action::OpenBookmarks => self.popup = Some(Popup::Bookmarks(Bookmarks::default())),
            Action::Edit => self.edit(),
            Action::Suspend => self.effects.push(Effect::Suspend),
            Action::PopupMove(_) | Action::DeleteItem => self.popup_action(action),
            Action::Confirm => self.confirm(),
            Action::StepQuote(forward) => self.step_quote(forward),
            Action::StepSpeaker(forward) => self.step_speaker(forward),
            Action::CopyQuote => self.copy_quote(),
            Action::OpenQuoteDetail => self.open_quote_detail(),
        }
        self.ensure_layout();
    }
}

#[path = "app_access.rs"]
mod access;

#[path = "app_view.rs"]
mod view;

#[path = "app_quotes.rs"]
mod quotes;

#[path = "app_input.rs"]
mod input;

#[path = "app_marks.rs"]
mod marks;

#[path = "app_load.rs"]
mod load;

#[cfg(test)]
#[path = "app_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "app_load_tests.rs"]
mod load_tests;

#[cfg(test)]
#[path = "app_view_tests.rs"]
mod view_tests;
