//! Selection, scrolling, layout caching and pointer handling: how the view moves.

use ratatui::layout::{Position, Rect};

use super::{App, Focus, Popup, LAYOUTS_KEPT};
use crate::text::Layout;
use crate::tui::{step_clamped, ui};

impl App {
    pub(super) fn page_rows(&self) -> u16 {
        self.areas().text.map_or(1, |r| r.height.max(1))
    }

    pub(super) fn select(&mut self, i: usize) {
        let i = i.min(self.docs.len().saturating_sub(1));
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
    pub(super) fn ensure_layout(&mut self) {
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
    pub(super) fn scroll(&mut self, n: i64) {
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
