//! Reader state and the one function that changes it.

use ratatui::layout::{Position, Rect};

use super::action::Action;
use super::finder::Finder;
use super::ui::{self, Areas};
use crate::catalog::{Catalog, QuoteId};
use crate::corpus::{Document, Problem};
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
    /// The key help.
    Help,
    /// The quote finder.
    Finder(Finder),
    /// The speaker list, with the highlighted row.
    Speakers(usize),
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
    clipboard: Option<String>,
}

impl App {
    /// A reader over `docs` in a terminal of `size` (columns, rows).
    #[must_use]
    pub fn new(
        docs: Vec<Document>,
        problems: Vec<Problem>,
        amb: AmbiguousWidth,
        wrap: WrapMode,
        size: (u16, u16),
    ) -> Self {
        let views = vec![View::default(); docs.len()];
        let catalog = Catalog::build(&docs);
        let mut app = Self {
            catalog,
            current_quote: None,
            message: None,
            clipboard: None,
            docs,
            problems,
            views,
            selected: 0,
            focus: Focus::List,
            popup: None,
            size,
            amb,
            wrap,
            quit: false,
        };
        app.ensure_layout();
        app
    }

    /// Applies one action.
    pub fn update(&mut self, action: Action) {
        self.message = None;
        match action {
            Action::Quit => self.quit = true,
            Action::ToggleHelp => {
                self.popup = match self.popup {
                    Some(Popup::Help) => None,
                    _ => Some(Popup::Help),
                };
            }
            Action::ClosePopup => self.popup = None,
            Action::FocusNext => {
                self.focus = match self.focus {
                    Focus::List if !self.docs.is_empty() => Focus::Reader,
                    _ => Focus::List,
                };
            }
            Action::SelectBy(n) => self.select(offset_index(self.selected, n, self.docs.len())),
            Action::SelectFirst => self.select(0),
            Action::SelectLast => self.select(self.docs.len().saturating_sub(1)),
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

    /// Text the last action asked to put on the clipboard; the event loop sends it (OSC 52).
    pub fn take_clipboard(&mut self) -> Option<String> {
        self.clipboard.take()
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
        ui::areas(Rect::new(0, 0, self.size.0, self.size.1), self.focus)
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
        self.selected = i.min(self.docs.len().saturating_sub(1));
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

#[cfg(test)]
#[path = "app_tests.rs"]
mod tests;
