//! Moving through a document: scrolling by rows and jumping to either end, each keeping the
//! last page full and noting that the user moved (a saved position arriving later must not
//! jump).

use super::{Ahead, Pages, Pane};
use crate::text::Layout;

impl Pages {
    /// Scrolls the reading pane by `n` rows, keeping the last page full.
    pub fn scroll(&mut self, p: &Pane, n: i64) {
        let page = usize::from(p.rows);
        let Some(view) = self.views.get(p.index) else {
            return;
        };
        let top = view.top;
        let reach = usize::try_from(n.max(0)).unwrap_or(usize::MAX);
        let len = p.doc.text.len();
        let complete = !p.doc.is_loading();
        let owned;
        let (layout, at_end) = match self.full_covering(p, top, reach.saturating_add(page)) {
            Some(l) => (l, complete && l.done() >= len),
            None => {
                let back = usize::try_from(n.min(0).unsigned_abs()).unwrap_or(usize::MAX);
                let fwd = reach.saturating_add(page);
                let Some(mut w) = self.window_at(p, top, back, fwd) else {
                    return;
                };
                let end = complete && w.done() >= len;
                // Within a page of the end, the last full page needs the rows before `top`
                // too, or a jump there (`100%`) would show blank rows under the last line.
                if end && back < page && w.len().saturating_sub(w.row_of(top)) < page {
                    if let Some(wider) = self.window_at(p, top, page, fwd) {
                        w = wider;
                    }
                }
                owned = w;
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
        if let Some(view) = self.views.get_mut(p.index) {
            view.top = start;
            if n != 0 {
                view.placed();
            }
        }
        self.ensure(p);
    }

    /// The first page.
    pub fn go_top(&mut self, p: &Pane) {
        if let Some(view) = self.views.get_mut(p.index) {
            view.top = 0;
            view.placed();
        }
        self.ensure(p);
    }

    /// The last page; while the document is still loading, it stays at the end as text
    /// arrives.
    pub fn go_bottom(&mut self, p: &Pane) {
        self.end_page(p, None);
    }

    /// A place of a document still loading past the text read so far: the end is followed
    /// as text arrives, and the place shown once the text reaches it ([`Pages::arrived`]).
    pub fn go_ahead(&mut self, p: &Pane, place: Ahead) {
        self.end_page(p, Some(place));
    }

    /// The last page again, for a view that follows the end as text arrives: a place asked
    /// for ahead is still awaited.
    pub fn catch_up(&mut self, p: &Pane) {
        let ahead = self.views.get(p.index).and_then(|v| v.ahead);
        self.end_page(p, ahead);
    }

    /// The last page, following the end while the document loads, waiting for `ahead`.
    fn end_page(&mut self, p: &Pane, ahead: Option<Ahead>) {
        let page = usize::from(p.rows);
        let (end, loading) = (p.doc.text.len(), p.doc.is_loading());
        // The whole-document layout once it is complete (its rows are the ones drawn then);
        // before that a window of the last page, which costs the same for any document.
        let last_page = |layout: &Layout| {
            let row = layout.len().saturating_sub(page);
            layout.rows().get(row).map(|r| r.start)
        };
        let top = match self.full_covering(p, end, page) {
            Some(layout) => last_page(layout),
            None => match self.window_at(p, end, page, 0) {
                Some(w) => last_page(&w),
                None => {
                    // No pane to lay out: nothing moves, but a place asked for is awaited.
                    if let (Some(place), Some(view)) = (ahead, self.views.get_mut(p.index)) {
                        view.ahead = Some(place);
                    }
                    return;
                }
            },
        };
        // No rows (an empty or all-blank document): the top is the only place to be.
        let top = top.unwrap_or(0);
        if let Some(view) = self.views.get_mut(p.index) {
            view.top = top;
            view.placed();
            view.follow_end = loading;
            view.ahead = ahead;
        }
        self.ensure(p);
    }
}
