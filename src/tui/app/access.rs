//! Read access to the app, for drawing and for the event loop: nothing here changes it.

use ratatui::layout::Rect;

use super::{App, Effect, Focus, Popup, Prompt, Search};
use crate::catalog::{Catalog, QuoteId};
use crate::corpus::{Document, Problem};
use crate::state::{Bookmark, Changes};
use crate::text::{AmbiguousWidth, Layout, WrapMode};
use crate::tui::keymap::Keymap;
use crate::tui::layout::{self, Areas};
use crate::tui::reader::Pane;
use crate::tui::theme::Theme;

/// Text arrived past the top of the page that is more than any screen shows: with less, the
/// reader is waiting for the rest to come.
const TEXT_AHEAD: usize = 64 << 10;

impl App {
    /// Whether the user asked to leave.
    #[must_use]
    pub fn should_quit(&self) -> bool {
        self.quit
    }

    /// The documents, in list order.
    #[must_use]
    pub fn docs(&self) -> &[Document] {
        self.library.docs()
    }

    /// Files that could not be opened.
    #[must_use]
    pub fn problems(&self) -> &[Problem] {
        self.library.problems()
    }

    /// Index of the selected (and shown) document.
    #[must_use]
    pub fn selected(&self) -> usize {
        self.list.selected()
    }

    /// The document in the reading pane.
    #[must_use]
    pub fn current(&self) -> Option<&Document> {
        self.library.docs().get(self.list.selected())
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
        self.library.catalog()
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

    /// Whether an action asked for what changes the terminal or the document under later keys:
    /// the editor, a suspension or a reload. Keys typed after it wait until it is done, so they
    /// apply to what comes back (in one batch, `e` then `G` went to the end of the text before
    /// the editor, and the reload after it put the reader back).
    #[must_use]
    pub fn awaits_effects(&self) -> bool {
        self.effects.iter().any(|e| {
            matches!(
                e,
                Effect::Edit { .. } | Effect::Suspend | Effect::Reload { .. }
            )
        })
    }

    /// Work for the event loop that the last actions asked for (clipboard, editor, saving).
    /// Taking them is the one change made here: each is handed over once.
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
        self.reader.search(self.list.selected())
    }

    /// Indices of the documents the list shows (all, or those matching the filter).
    #[must_use]
    pub fn visible(&self) -> &[usize] {
        self.list.visible()
    }

    /// The list filter typed so far.
    #[must_use]
    pub fn filter(&self) -> &str {
        self.list.filter()
    }

    /// A number typed before a command (`50%`, `120G`).
    #[must_use]
    pub fn count(&self) -> &str {
        self.reader.count()
    }

    /// Saved bookmarks (from disk, plus this session's).
    #[must_use]
    pub fn bookmarks(&self) -> &[Bookmark] {
        self.saved.bookmarks()
    }

    /// What this session changed in the saved state.
    #[must_use]
    pub fn changes(&self) -> &Changes {
        self.saved.changes()
    }

    /// The ambiguous-width policy in force.
    #[must_use]
    pub fn ambiguous(&self) -> AmbiguousWidth {
        self.reader.pages().amb()
    }

    /// Where long lines break.
    #[must_use]
    pub fn wrap(&self) -> WrapMode {
        self.reader.pages().wrap()
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

    /// The open document and the reading pane's size, as the reader sees them.
    pub(super) fn pane(&self) -> Option<Pane<'_>> {
        let index = self.list.selected();
        let doc = self.library.docs().get(index)?;
        Some(self.reader.pane(index, doc, self.areas().text))
    }

    /// The open document's Markdown marks, when it is Markdown.
    #[must_use]
    pub fn marks(&self) -> Option<&crate::markup::MarkIndex> {
        self.library.marks(self.list.selected())
    }

    /// Columns the line numbers take at the left of the text area (0 when off).
    #[must_use]
    pub fn gutter(&self) -> u16 {
        self.current().map_or(0, |d| self.reader.gutter(d))
    }

    /// Whether the reading pane waits for text still arriving: its document is loading and
    /// has less than `TEXT_AHEAD` bytes from the top of the page on, or stays at its end.
    #[must_use]
    pub fn waiting_for_text(&self) -> bool {
        let i = self.list.selected();
        let pages = self.reader.pages();
        self.docs().get(i).is_some_and(|doc| {
            doc.is_loading() && (pages.follows_end(i) || doc.text.len() < pages.top(i) + TEXT_AHEAD)
        })
    }

    /// Whether long lines are chopped (`-S`) rather than wrapped.
    #[must_use]
    pub fn chops(&self) -> bool {
        self.reader.chops()
    }

    /// Columns chopped lines and unwrapped table rows are scrolled sideways by.
    #[must_use]
    pub fn hscroll(&self) -> u16 {
        self.reader.hscroll()
    }

    /// The layout of the current document for the reading pane's width, once made.
    #[must_use]
    pub fn layout(&self) -> Option<&Layout> {
        self.reader.layout(&self.pane()?)
    }

    /// Index of the first visible row in [`Self::layout`].
    #[must_use]
    pub fn top_row(&self) -> usize {
        self.pane().map_or(0, |p| self.reader.pages().top_row(&p))
    }

    /// `Speaker 2/4` for the current quote, when it is in the shown document.
    #[must_use]
    pub fn quote_status(&self) -> Option<String> {
        let id = self.quote_here()?;
        let catalog = self.library.catalog();
        let name = catalog
            .speaker(id)
            .map_or("unattributed", |s| s.name.as_str());
        Some(match catalog.position_in_speaker(id) {
            Some((i, n)) => format!("{name} {i}/{n}"),
            None => name.to_string(),
        })
    }

    /// Whether background work remains: loading, wrapping the open document, searching it, or
    /// the finder filtering.
    #[must_use]
    pub fn busy(&self) -> bool {
        self.library.loading()
            || self.wrapping().is_some()
            || self.popup.as_ref().is_some_and(Popup::busy)
            || self.pane().is_some_and(|p| self.reader.searching(&p))
    }

    /// Whether the last background step found something to do (so more may be waiting now);
    /// when it did not, the event loop can afford to wait a little for keys.
    #[must_use]
    pub fn progressed(&self) -> bool {
        self.step.progressed
    }

    /// Whether the last background step changed what the screen shows enough to draw now
    /// rather than at the next progress frame.
    #[must_use]
    pub fn urgent(&self) -> bool {
        self.step.urgent
    }

    /// Whether every document's text has arrived (quotes may still be coming).
    #[must_use]
    pub fn texts_loaded(&self) -> bool {
        self.library.texts_loaded()
    }

    /// Percentage of the open document wrapped, while its whole-document layout grows.
    pub(super) fn wrapping(&self) -> Option<usize> {
        let i = self.list.selected();
        self.reader.pages().wrapping(i, self.library.docs().get(i)?)
    }

    /// What is still going on in the background, for the status line: `reading 3/20`,
    /// `loading 45%`, `quotes 60%`, `wrapping 80%`.
    #[must_use]
    pub fn progress(&self) -> Option<String> {
        self.library
            .progress(self.list.selected())
            .or_else(|| self.wrapping().map(|p| format!("wrapping {p}%")))
    }
}
