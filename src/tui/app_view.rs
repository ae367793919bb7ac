//! Selection, scrolling, layout caching and pointer handling: how the view moves.

use ratatui::layout::{Position, Rect};

use super::{App, Focus, Popup, LAYOUTS_KEPT};
use crate::corpus::Document;
use crate::text::{floor_boundary, window, Layout, Shape};
use crate::tui::action::Action;
use crate::tui::{layout, step_clamped};

/// Documents up to this size get a whole-document layout (wrapped in the background); bigger
/// ones are shown through windows only, as `less` does, so memory stays near the text's size.
const FULL_LAYOUT_LIMIT: usize = 256 << 20;
/// Documents up to this size keep layouts for several widths.
const SMALL_DOC: usize = 8 << 20;
/// Bytes wrapped per step of the whole-document layout (a few milliseconds).
pub(super) const SLICE: usize = 64 << 10;

/// Whether `layout` has rows for `page` rows from `offset` on: it is complete, or it reaches
/// that far.
fn covers(layout: &Layout, doc: &Document, offset: usize, page: usize) -> bool {
    let complete = !doc.is_loading() && layout.done() >= doc.text.len();
    complete || (layout.done() > offset && layout.row_of(offset) + page < layout.len())
}

impl App {
    pub(super) fn page_rows(&self) -> u16 {
        self.areas().text.map_or(1, |r| r.height.max(1))
    }

    pub(super) fn select(&mut self, i: usize) {
        let i = i.min(self.docs.len().saturating_sub(1));
        self.chose = true;
        if i != self.selected {
            self.remember_position();
            self.current_quote = None;
        }
        self.selected = i;
    }

    /// Moves the selection by `n` among the documents the list shows.
    pub(super) fn select_by(&mut self, n: i32) {
        let Some(pos) = self
            .visible
            .iter()
            .position(|&d| d == self.selected)
            .or(Some(0))
        else {
            return;
        };
        if let Some(&d) = self.visible.get(step_clamped(pos, n, self.visible.len())) {
            self.select(d);
        }
    }

    /// Byte offsets saved for a document may be past its end (it changed): clamp them, and to a
    /// character boundary.
    pub(super) fn clamp_views(&mut self) {
        for (view, doc) in self.views.iter_mut().zip(&self.docs) {
            view.top = floor_boundary(&doc.text, view.top);
        }
    }

    /// Sets the top of the open document to the row holding `offset`, a third down the page
    /// when `centre` is set, keeping the last page full.
    pub(super) fn show_offset(&mut self, offset: usize, centre: bool) {
        self.ensure_layout();
        let page = usize::from(self.page_rows());
        let lead = if centre { page / 3 } else { 0 };
        let top = match self.full_covering(offset, page) {
            Some(layout) => {
                let row = layout.row_of(offset).saturating_sub(lead);
                layout.rows().get(row).map_or(0, |r| r.start)
            }
            None => {
                let Some(w) = self.window_at(offset, lead, page) else {
                    return;
                };
                let row = w.row_of(offset).saturating_sub(lead);
                w.rows().get(row).map_or(offset, |r| r.start)
            }
        };
        if let Some(view) = self.views.get_mut(self.selected) {
            view.top = top;
        }
        self.scroll(0);
    }

    /// The whole-document layout at the current width, if it reaches `page` rows past `offset`
    /// (or is complete).
    fn full_covering(&self, offset: usize, page: usize) -> Option<&Layout> {
        let width = self.areas().text?.width;
        let doc = self.docs.get(self.selected)?;
        let layout = self
            .views
            .get(self.selected)?
            .layouts
            .iter()
            .find(|l| l.width() == width)?;
        covers(layout, doc, offset, page).then_some(layout)
    }

    /// Rows around `offset` in the open document, `back` before and `fwd` after.
    fn window_at(&self, offset: usize, back: usize, fwd: usize) -> Option<Layout> {
        let width = self.areas().text?.width;
        let doc = self.docs.get(self.selected)?;
        let shape = Shape {
            width,
            mode: self.wrap,
            amb: self.amb,
        };
        Some(window(
            &doc.text,
            !doc.is_loading(),
            offset,
            back,
            fwd,
            shape,
        ))
    }

    /// Makes sure the open document has rows for the page at its top: the whole-document
    /// layout for the pane width (started, and grown by a slice), or else a window.
    pub(super) fn ensure_layout(&mut self) {
        let Some(width) = self.areas().text.map(|r| r.width) else {
            return;
        };
        let page = usize::from(self.page_rows());
        let (amb, wrap) = (self.amb, self.wrap);
        let (Some(doc), Some(view)) = (
            self.docs.get(self.selected),
            self.views.get_mut(self.selected),
        ) else {
            return;
        };
        let complete = !doc.is_loading();
        if doc.expected_len() <= FULL_LAYOUT_LIMIT {
            match view.layouts.iter().position(|l| l.width() == width) {
                Some(i) => {
                    let layout = view.layouts.remove(i);
                    view.layouts.push(layout);
                }
                None => {
                    // A big document keeps one layout: memory stays near the text's size.
                    let kept = if doc.text.len() > SMALL_DOC {
                        1
                    } else {
                        LAYOUTS_KEPT
                    };
                    while view.layouts.len() >= kept {
                        view.layouts.remove(0);
                    }
                    view.layouts
                        .push(Layout::starting_at(0, false, width, wrap, amb));
                }
            }
            // A small document is wrapped at once; a bigger one grows only in background
            // steps (`grow_layout`), so a key never pays for wrapping.
            if let Some(layout) = view.layouts.last_mut().filter(|l| l.done() == 0) {
                layout.extend(&doc.text, complete, SLICE);
            }
        } else {
            view.layouts.clear();
        }
        let full_ok = view
            .layouts
            .last()
            .is_some_and(|l| covers(l, doc, view.top, page));
        let window_ok = view.window.as_ref().is_some_and(|w| {
            w.width() == width
                && w.rows().first().is_some_and(|r| r.start <= view.top)
                && covers(w, doc, view.top, page)
        });
        if full_ok {
            view.window = None;
        } else if !window_ok {
            let shape = Shape {
                width,
                mode: wrap,
                amb,
            };
            view.window = Some(window(&doc.text, complete, view.top, 0, page, shape));
        }
    }

    /// Wraps one more slice of the open document's whole-document layout (background work).
    pub(super) fn grow_layout(&mut self) {
        let (Some(doc), Some(view)) = (
            self.docs.get(self.selected),
            self.views.get_mut(self.selected),
        ) else {
            return;
        };
        if let Some(layout) = view.layouts.last_mut() {
            layout.extend(&doc.text, !doc.is_loading(), SLICE);
        }
        self.ensure_layout();
    }

    /// Scrolls the reading pane by `n` rows, keeping the last page full.
    pub(super) fn scroll(&mut self, n: i64) {
        let page = usize::from(self.page_rows());
        let Some(view) = self.views.get(self.selected) else {
            return;
        };
        let top = view.top;
        let reach = usize::try_from(n.max(0)).unwrap_or(usize::MAX);
        let complete = self
            .docs
            .get(self.selected)
            .is_some_and(|d| !d.is_loading());
        let owned;
        let (layout, at_end) = match self.full_covering(top, reach.saturating_add(page)) {
            Some(l) => (
                l,
                complete && l.done() >= self.docs[self.selected].text.len(),
            ),
            None => {
                let back = usize::try_from(n.min(0).unsigned_abs()).unwrap_or(usize::MAX);
                let Some(w) = self.window_at(top, back, reach.saturating_add(page)) else {
                    return;
                };
                owned = w;
                let end = complete && owned.done() >= self.docs[self.selected].text.len();
                (&owned, end)
            }
        };
        let last_top = if at_end {
            layout.len().saturating_sub(page)
        } else {
            layout.len().saturating_sub(1)
        };
        let target = i64::try_from(layout.row_of(top))
            .unwrap_or(0)
            .saturating_add(n)
            .clamp(0, i64::try_from(last_top).unwrap_or(0));
        let start = layout
            .rows()
            .get(usize::try_from(target).unwrap_or(0))
            .map_or(top, |r| r.start);
        if let Some(view) = self.views.get_mut(self.selected) {
            view.top = start;
            if n != 0 {
                view.moved = true;
                view.follow_end = false;
            }
        }
        self.ensure_layout();
    }

    /// The first page.
    pub(super) fn go_top(&mut self) {
        if let Some(view) = self.views.get_mut(self.selected) {
            view.top = 0;
            view.moved = true;
            view.follow_end = false;
        }
        self.ensure_layout();
    }

    /// The last page; while the document is still loading, it stays at the end as text arrives.
    pub(super) fn go_bottom(&mut self) {
        let page = usize::from(self.page_rows());
        let Some(doc) = self.docs.get(self.selected) else {
            return;
        };
        let (end, loading) = (doc.text.len(), doc.is_loading());
        // The whole-document layout once it is complete (its rows are the ones drawn then);
        // before that a window of the last page, which costs the same for any document.
        let last_page = |layout: &Layout| {
            let row = layout.len().saturating_sub(page);
            layout.rows().get(row).map(|r| r.start)
        };
        let top = match self.full_covering(end, page) {
            Some(layout) => last_page(layout),
            None => match self.window_at(end, page, 0) {
                Some(w) => last_page(&w),
                None => return,
            },
        };
        // No rows (an empty or all-blank document): the top is the only place to be.
        let top = top.unwrap_or(0);
        if let Some(view) = self.views.get_mut(self.selected) {
            view.top = top;
            view.moved = true;
            view.follow_end = loading;
        }
        self.ensure_layout();
    }

    pub(super) fn wheel(&mut self, at: Position, delta: i32) {
        let areas = self.areas();
        if areas.list.is_some_and(|r| r.contains(at)) {
            self.select(step_clamped(self.selected, delta.signum(), self.docs.len()));
        } else if areas.reader.is_some_and(|r| r.contains(at)) {
            self.scroll(i64::from(delta));
        }
    }

    pub(super) fn click(&mut self, at: Position) {
        if self.popup.is_some() {
            // A click on a row of a popup list highlights it; Enter opens it.
            let screen = Rect::new(0, 0, self.size.0, self.size.1);
            if let Some(row) = self
                .popup
                .as_ref()
                .and_then(|p| layout::popup_row_at(p, screen, at))
            {
                let current = self.popup.as_ref().and_then(Popup::selected).unwrap_or(row);
                let delta = i64::try_from(row).unwrap_or(0) - i64::try_from(current).unwrap_or(0);
                self.popup_action(Action::PopupMove(i32::try_from(delta).unwrap_or(0)));
            }
            return;
        }
        let areas = self.areas();
        if let Some(list) = areas.list.filter(|r| r.contains(at)) {
            self.focus = Focus::List;
            if let Some(i) = layout::list_index_at(&self.visible, self.selected, list, at) {
                self.select(i);
            }
        } else if areas.reader.is_some_and(|r| r.contains(at)) && !self.docs.is_empty() {
            self.focus = Focus::Reader;
        }
    }
}
