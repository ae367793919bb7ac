//! Read access to the app for drawing, and the calls the event loop makes after effects.

use super::{App, Effect, Focus, Popup, Prompt, Search};
use crate::catalog::{Catalog, QuoteId};
use crate::corpus::{Document, Problem};
use crate::state::{self, Changes, State};
use crate::text::{AmbiguousWidth, Layout, WrapMode};
use crate::tui::keymap::Keymap;
use crate::tui::layout::{self, Areas};
use crate::tui::theme::Theme;
use ratatui::layout::Rect;

impl App {
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
        self.hashes[i] = self.docs[i].content_hash();
        self.catalog = Catalog::build(&self.docs);
        self.current_quote = None;
        self.search = None;
        if let Some(view) = self.views.get_mut(i) {
            view.layouts.clear();
            view.window = None;
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

    /// Where long lines break.
    #[must_use]
    pub fn wrap(&self) -> WrapMode {
        self.wrap
    }

    /// Terminal size (columns, rows).
    #[must_use]
    pub fn size(&self) -> (u16, u16) {
        self.size
    }

    /// Where each region is drawn at the current size and focus.
    #[must_use]
    pub fn areas(&self) -> Areas {
        layout::areas(
            Rect::new(0, 0, self.size.0, self.size.1),
            self.focus,
            self.list_width,
        )
    }

    /// The layout of the current document for the reading pane's width, once made.
    #[must_use]
    pub fn layout(&self) -> Option<&Layout> {
        let width = self.areas().text?.width;
        let view = self.views.get(self.selected)?;
        // A window exists only while the whole-document layout does not reach the page.
        view.window
            .as_ref()
            .filter(|w| w.width() == width)
            .or_else(|| view.layouts.iter().find(|l| l.width() == width))
    }

    /// Index of the first visible row in [`Self::layout`].
    #[must_use]
    pub fn top_row(&self) -> usize {
        match (self.layout(), self.views.get(self.selected)) {
            (Some(layout), Some(view)) => layout.row_of(view.top),
            _ => 0,
        }
    }
}
