//! Reader state and the one function that changes it.

use ratatui::layout::{Position, Rect};

use super::action::Action;
use super::finder::Finder;
use super::input::LineInput;
use super::keymap::Keymap;
use super::search_all::SearchAll;
use super::theme::Theme;
use super::ui::{self, Areas};
use crate::catalog::{Catalog, QuoteId};
use crate::config::Config;
use crate::corpus::{Document, Problem};
use crate::state::{self, Changes, State};
use crate::text::{AmbiguousWidth, Layout, WrapMode};

/// Which pane takes the keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// The document list.
    List,
    /// The reading pane.
    Reader,
}

/// A box drawn over the panes that takes the keys while open.
#[derive(Debug, Clone)]
pub enum Popup {
    /// The key help, scrolled by this many lines.
    Help(usize),
    /// The quote finder.
    Finder(Finder),
    /// The speaker list, with the highlighted row.
    Speakers(usize),
    /// Bookmarks across documents, with the highlighted row.
    Bookmarks(usize),
    /// Search across every document.
    SearchAll(SearchAll),
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
}

/// How the app starts.
#[derive(Debug, Clone)]
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
}

/// Layouts kept per document, for the most recent pane widths (a resize back is free).
const LAYOUTS_KEPT: usize = 3;

/// Per-document reading state.
#[derive(Debug, Clone, Default)]
struct View {
    /// Byte offset of the text at the top of the pane: stable across widths.
    top: usize,
    /// Recent layouts, newest last.
    layouts: Vec<Layout>,
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
        } = setup;
        let hashes: Vec<String> = docs.iter().map(|d| state::content_hash(&d.text)).collect();
        let views = hashes
            .iter()
            .map(|h| View {
                top: state.positions.get(h).copied().unwrap_or(0),
                layouts: Vec::new(),
            })
            .collect();
        let selected = state
            .last_doc
            .as_ref()
            .and_then(|h| hashes.iter().position(|x| x == h))
            .unwrap_or(0);
        let catalog = Catalog::build(&docs);
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
        };
        app.ensure_layout();
        app.clamp_views();
        app
    }

    /// Applies one action.
    pub fn update(&mut self, action: Action) {
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
                    _ => Some(Popup::Help(0)),
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
            Action::Top => self.scroll(i64::MIN / 2),
            Action::Bottom => self.scroll(i64::MAX / 2),
            Action::Wheel { column, row, delta } => self.wheel(Position::new(column, row), delta),
            Action::Click { column, row } => self.click(Position::new(column, row)),
            Action::Resize(w, h) => self.size = (w, h),
            Action::OpenFinder => {
                self.popup = Some(Popup::Finder(Finder::new(&self.catalog, &self.docs)))
            }
            Action::OpenSpeakers => self.popup = Some(Popup::Speakers(0)),
            Action::Input(c) => self.input(c),
            Action::Backspace => self.backspace(),
            Action::CursorBy(n) => self.cursor_by(n),
            Action::ClearInput => self.clear_input(),
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
            Action::OpenSearchAll => self.popup = Some(Popup::SearchAll(SearchAll::default())),
            Action::OpenBookmarks => self.popup = Some(Popup::Bookmarks(0)),
            Action::DeleteItem => self.delete_bookmark(),
            Action::Edit => self.edit(),
            Action::PopupMove(n) => self.popup_move(n),
            Action::Confirm => self.confirm(),
            Action::StepQuote(forward) => self.step_quote(forward),
            Action::StepSpeaker(forward) => self.step_speaker(forward),
            Action::CopyQuote => self.copy_quote(),
        }
        self.ensure_layout();
    }

    /// Whether the user asked to leave.
    #[must_use]
    pub fn should_quit(&self) -> bool {
        self.quit
    }

    /// The documents, in list order.
    #[must_use]
    pub fn docs(&self) -> &[Document] {
        &self.docs
    }

    /// Files that could not be opened.
    #[must_use]
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// Index of the selected (and shown) document.
    #[must_use]
    pub fn selected(&self) -> usize {
        self.selected
    }

    /// The document in the reading pane.
    #[must_use]
    pub fn current(&self) -> Option<&Document> {
        self.docs.get(self.selected)
    }

    /// The pane with the keys.
    #[must_use]
    pub fn focus(&self) -> Focus {
        self.focus
    }

    /// The open popup, if any.
    #[must_use]
    pub fn popup(&self) -> Option<&Popup> {
        self.popup.as_ref()
    }

    /// Quotes and speakers of the corpus.
    #[must_use]
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// The quote last jumped to, emphasised in the reading pane.
    #[must_use]
    pub fn current_quote(&self) -> Option<QuoteId> {
        self.current_quote
    }

    /// A one-line message for the status bar, from the last action.
    #[must_use]
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// Work for the event loop that the last actions asked for (clipboard, editor, saving).
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    /// The bindings in force.
    #[must_use]
    pub fn keymap(&self) -> &Keymap {
        &self.keymap
    }

    /// The colours in force.
    #[must_use]
    pub fn theme(&self) -> &Theme {
        &self.theme
    }

    /// The prompt in the status line, if one is open.
    #[must_use]
    pub fn prompt(&self) -> Option<&Prompt> {
        self.prompt.as_ref()
    }

    /// The search in the open document, when it has matches there.
    #[must_use]
    pub fn search(&self) -> Option<&Search> {
        self.search.as_ref().filter(|s| s.doc == self.selected)
    }

    /// Indices of the documents the list shows (all, or those matching the filter).
    #[must_use]
    pub fn visible(&self) -> &[usize] {
        &self.visible
    }

    /// The list filter typed so far.
    #[must_use]
    pub fn filter(&self) -> &str {
        &self.filter
    }

    /// A number typed before a command (`50%`, `120G`).
    #[must_use]
    pub fn count(&self) -> &str {
        &self.count
    }

    /// Saved bookmarks (from disk, plus this session's).
    #[must_use]
    pub fn bookmarks(&self) -> &[state::Bookmark] {
        &self.state.bookmarks
    }

    /// What this session changed in the saved state.
    #[must_use]
    pub fn changes(&self) -> &Changes {
        &self.changes
    }

    /// After a save: the merged state on disk, and nothing left to save.
    pub fn saved(&mut self, merged: State) {
        self.state = merged;
        self.changes = Changes::default();
    }

    /// Shows a one-line message in the status bar.
    pub fn notify(&mut self, message: String) {
        self.message = Some(message);
    }

    /// `--open DOC[:LINE]`: selects the document named `name` (as given, or its file name) and
    /// goes to `line` in the reading pane.
    pub fn open_named(&mut self, name: &str, line: Option<usize>) {
        let file_name = |n: &str| {
            std::path::Path::new(n)
                .file_name()
                .map(|f| f.to_string_lossy().into_owned())
        };
        let found = self.docs.iter().position(|d| d.name == name).or_else(|| {
            let want = file_name(name);
            self.docs.iter().position(|d| file_name(&d.name) == want)
        });
        match found {
            Some(i) => {
                self.select(i);
                self.focus = Focus::Reader;
                match line {
                    Some(n) => self.go_line(n),
                    None => self.ensure_layout(),
                }
            }
            None => self.message = Some(format!("No open document is called {name}.")),
        }
    }

    /// After a failed save: say so, keep the changes for the next try.
    pub fn save_failed(&mut self, error: &str) {
        self.message = Some(format!("Saving failed: {error}"));
    }

    /// Replaces document `i` after it was edited outside (keeps its place by offset).
    pub fn reload(&mut self, i: usize, doc: Document) {
        let Some(slot) = self.docs.get_mut(i) else {
            return;
        };
        *slot = doc;
        self.hashes[i] = state::content_hash(&self.docs[i].text);
        self.catalog = Catalog::build(&self.docs);
        self.current_quote = None;
        self.search = None;
        if let Some(view) = self.views.get_mut(i) {
            view.layouts.clear();
        }
        self.clamp_views();
        self.ensure_layout();
    }

    /// Records the current position for saving (called on quit and when leaving a document).
    pub fn remember_position(&mut self) {
        if let (Some(view), Some(hash)) = (
            self.views.get(self.selected),
            self.hashes.get(self.selected),
        ) {
            self.changes.positions.insert(hash.clone(), view.top);
            self.changes.last_doc = Some(hash.clone());
        }
    }

    /// The ambiguous-width policy in force.
    #[must_use]
    pub fn ambiguous(&self) -> AmbiguousWidth {
        self.amb
    }

    /// Terminal size (columns, rows).
    #[must_use]
    pub fn size(&self) -> (u16, u16) {
        self.size
    }

    /// Where each region is drawn at the current size and focus.
    #[must_use]
    pub fn areas(&self) -> Areas {
        ui::areas(
            Rect::new(0, 0, self.size.0, self.size.1),
            self.focus,
            self.list_width,
        )
    }

    /// The layout of the current document for the reading pane's width, once made.
    #[must_use]
    pub fn layout(&self) -> Option<&Layout> {
        let width = self.areas().text?.width;
        self.views
            .get(self.selected)?
            .layouts
            .iter()
            .find(|l| l.width() == width)
    }

    /// Index of the first visible row in [`Self::layout`].
    #[must_use]
    pub fn top_row(&self) -> usize {
        match (self.layout(), self.views.get(self.selected)) {
            (Some(layout), Some(view)) => layout.row_of(view.top),
            _ => 0,
        }
    }

    fn page_rows(&self) -> u16 {
        self.areas().text.map_or(1, |r| r.height.max(1))
    }

    fn select(&mut self, i: usize) {
        let i = i.min(self.docs.len().saturating_sub(1));
        if i != self.selected {
            self.remember_position();
            self.current_quote = None;
        }
        self.selected = i;
    }

    /// Moves the selection by `n` among the documents the list shows.
    fn select_by(&mut self, n: i32) {
        let Some(pos) = self
            .visible
            .iter()
            .position(|&d| d == self.selected)
            .or(Some(0))
        else {
            return;
        };
        if let Some(&d) = self.visible.get(offset_index(pos, n, self.visible.len())) {
            self.select(d);
        }
    }

    /// Byte offsets saved for a document may be past its end (it changed): clamp them, and to a
    /// character boundary.
    fn clamp_views(&mut self) {
        for (view, doc) in self.views.iter_mut().zip(&self.docs) {
            let mut top = view.top.min(doc.text.len());
            while !doc.text.is_char_boundary(top) {
                top -= 1;
            }
            view.top = top;
        }
    }

    /// Sets the top of the open document to the row holding `offset`, a third down the page
    /// when `centre` is set, keeping the last page full.
    pub(super) fn show_offset(&mut self, offset: usize, centre: bool) {
        self.ensure_layout();
        let page = usize::from(self.page_rows());
        let Some(layout) = self.layout() else { return };
        let row = layout
            .row_of(offset)
            .saturating_sub(if centre { page / 3 } else { 0 });
        let top = layout.rows().get(row).map_or(0, |r| r.start);
        if let Some(view) = self.views.get_mut(self.selected) {
            view.top = top;
        }
        self.scroll(0);
    }

    /// Makes sure the current document is laid out for the current pane width.
    fn ensure_layout(&mut self) {
        let Some(width) = self.areas().text.map(|r| r.width) else {
            return;
        };
        let (amb, wrap) = (self.amb, self.wrap);
        let (Some(doc), Some(view)) = (
            self.docs.get(self.selected),
            self.views.get_mut(self.selected),
        ) else {
            return;
        };
        if let Some(i) = view.layouts.iter().position(|l| l.width() == width) {
            let layout = view.layouts.remove(i);
            view.layouts.push(layout);
            return;
        }
        if view.layouts.len() >= LAYOUTS_KEPT {
            view.layouts.remove(0);
        }
        view.layouts.push(Layout::new(&doc.text, width, wrap, amb));
    }

    /// Scrolls the reading pane by `n` rows, keeping the last page full.
    fn scroll(&mut self, n: i64) {
        let page = usize::from(self.page_rows());
        let Some(layout) = self.layout() else { return };
        let last_top = layout.len().saturating_sub(page);
        let top = layout.row_of(self.views[self.selected].top);
        let target = i64::try_from(top)
            .unwrap_or(0)
            .saturating_add(n)
            .clamp(0, i64::try_from(last_top).unwrap_or(0));
        let start = layout
            .rows()
            .get(usize::try_from(target).unwrap_or(0))
            .map_or(0, |r| r.start);
        if let Some(view) = self.views.get_mut(self.selected) {
            view.top = start;
        }
    }

    fn wheel(&mut self, at: Position, delta: i32) {
        let areas = self.areas();
        if areas.list.is_some_and(|r| r.contains(at)) {
            self.select(offset_index(self.selected, delta.signum(), self.docs.len()));
        } else if areas.reader.is_some_and(|r| r.contains(at)) {
            self.scroll(i64::from(delta));
        }
    }

    fn click(&mut self, at: Position) {
        if self.popup.is_some() {
            // A click on a row of a popup list highlights it; Enter opens it.
            let screen = Rect::new(0, 0, self.size.0, self.size.1);
            if let Some(row) = ui::popup_row_at(self, screen, at) {
                let current = match &self.popup {
                    Some(Popup::Finder(f)) => f.selected(),
                    Some(Popup::SearchAll(s)) => s.selected,
                    Some(Popup::Speakers(i) | Popup::Bookmarks(i)) => *i,
                    _ => row,
                };
                let delta = i64::try_from(row).unwrap_or(0) - i64::try_from(current).unwrap_or(0);
                self.popup_move(i32::try_from(delta).unwrap_or(0));
            }
            return;
        }
        let areas = self.areas();
        if let Some(list) = areas.list.filter(|r| r.contains(at)) {
            self.focus = Focus::List;
            if let Some(i) = ui::list::index_at(self, list, at) {
                self.select(i);
            }
        } else if areas.reader.is_some_and(|r| r.contains(at)) && !self.docs.is_empty() {
            self.focus = Focus::Reader;
        }
    }
}

/// `i + n` clamped to `0..len`.
fn offset_index(i: usize, n: i32, len: usize) -> usize {
    let moved = i64::try_from(i).unwrap_or(0) + i64::from(n);
    usize::try_from(moved.max(0))
        .unwrap_or(0)
        .min(len.saturating_sub(1))
}

#[path = "app_quotes.rs"]
mod quotes;

#[path = "app_input.rs"]
mod input;

#[path = "app_marks.rs"]
mod marks;

#[cfg(test)]
#[path = "app_tests.rs"]
mod tests;
