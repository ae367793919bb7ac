//! Where each document is read: its top offset, and the layouts that turn it into rows at the
//! pane's width, cached and grown in slices so a key never pays for wrapping a big document.

use super::Pane;
use crate::config::Reflow;
use crate::corpus::Document;
use crate::text::{floor_boundary, window_flow, AmbiguousWidth, Flow, Layout, Shape, WrapMode};

mod flow;
mod motion;
/// Documents up to this size get a whole-document layout (wrapped in the background); bigger
/// ones are shown through windows only, as `less` does, so memory stays near the text's size.
const FULL_LAYOUT_LIMIT: usize = 256 << 20;
/// Documents up to this size keep layouts for several widths.
const SMALL_DOC: usize = 8 << 20;
/// Layouts kept per document, for the most recent pane widths (a resize back is free).
const LAYOUTS_KEPT: usize = 3;
/// Bytes wrapped per step of the whole-document layout (a few milliseconds).
pub const SLICE: usize = 64 << 10;

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
    /// Where the document was read when it was read again: its place once the new text is
    /// whole.
    resume: Option<usize>,
    /// A place asked for (`N%`, `NG`) past the text read so far: the end is followed until
    /// the text reaches it, then it is shown.
    ahead: Option<Ahead>,
    /// How its lines flow, once known (the setting, the user's toggle, or detected from the
    /// first [`SAMPLE`] bytes).
    flow: Option<Flow>,
}

impl View {
    /// The user put the view somewhere (scrolled, jumped, went to an end): a saved place
    /// arriving later does not move it, and it no longer follows the end or waits for a
    /// place ahead.
    fn placed(&mut self) {
        self.moved = true;
        self.follow_end = false;
        self.ahead = None;
    }
}

/// A place in a document that has not arrived yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ahead {
    /// A byte offset (a percentage of a file whose size is known).
    Offset(usize),
    /// A 1-based source line.
    Line(usize),
}

/// Whether `layout` has rows for `page` rows from `offset` on: it is complete, or it reaches
/// that far.
fn covers(layout: &Layout, doc: &Document, offset: usize, page: usize) -> bool {
    let complete = !doc.is_loading() && layout.done() >= doc.text.len();
    complete || (layout.done() > offset && layout.row_of(offset) + page < layout.len())
}

/// The reading state of every document, and how its rows are made.
#[derive(Debug)]
pub struct Pages {
    views: Vec<View>,
    wrap: WrapMode,
    amb: AmbiguousWidth,
    reflow: Reflow,
}

impl Pages {
    /// Pages for documents starting at `tops` (saved byte offsets).
    pub fn new(
        tops: impl IntoIterator<Item = usize>,
        wrap: WrapMode,
        amb: AmbiguousWidth,
        reflow: Reflow,
    ) -> Self {
        let views = tops
            .into_iter()
            .map(|top| View {
                top,
                ..View::default()
            })
            .collect();
        Self {
            views,
            wrap,
            amb,
            reflow,
        }
    }

    /// Where long lines break.
    pub fn wrap(&self) -> WrapMode {
        self.wrap
    }

    /// The ambiguous-width policy rows are measured with.
    pub fn amb(&self) -> AmbiguousWidth {
        self.amb
    }

    /// Measures rows with `amb` from now on: every layout is made again.
    pub fn set_amb(&mut self, amb: AmbiguousWidth) {
        if amb != self.amb {
            self.amb = amb;
            for view in &mut self.views {
                view.layouts.clear();
                view.window = None;
            }
        }
    }

    /// Byte offset at the top of document `i`.
    pub fn top(&self, i: usize) -> usize {
        self.views.get(i).map_or(0, |v| v.top)
    }

    /// Whether the view of document `i` stays at the end as text arrives.
    pub fn follows_end(&self, i: usize) -> bool {
        self.views.get(i).is_some_and(|v| v.follow_end)
    }

    /// The layout of the open document for the pane's width, once made.
    pub fn layout(&self, p: &Pane) -> Option<&Layout> {
        let width = p.width?;
        let flow = self.flow(p);
        let view = self.views.get(p.index)?;
        let fits = |l: &&Layout| l.width() == width && l.flow() == flow;
        // A window exists only while the whole-document layout does not reach the page.
        view.window
            .as_ref()
            .filter(fits)
            .or_else(|| view.layouts.iter().find(fits))
    }

    /// Index of the first visible row in [`Self::layout`].
    pub fn top_row(&self, p: &Pane) -> usize {
        match (self.layout(p), self.views.get(p.index)) {
            (Some(layout), Some(view)) => layout.row_of(view.top),
            _ => 0,
        }
    }

    /// Byte offsets saved for a document may be past its end (it changed): clamp them, and to
    /// a character boundary.
    pub fn clamp(&mut self, docs: &[Document]) {
        for (view, doc) in self.views.iter_mut().zip(docs) {
            view.top = floor_boundary(&doc.text, view.top);
        }
    }

    /// Document `i` is whole: it goes to its saved place `top` (or, read again, to where it
    /// was read), unless the user has moved.
    pub fn restore(&mut self, i: usize, doc: &Document, top: Option<usize>) {
        let Some(view) = self.views.get_mut(i) else {
            return;
        };
        // A place asked for past the end is not coming: the view stays at the end.
        view.ahead = None;
        if let Some(top) = view.resume.take().or(top) {
            if !view.moved {
                // Saved for this very text, but a byte offset all the same: keep it on a
                // character boundary.
                view.top = floor_boundary(&doc.text, top);
            }
        }
    }

    /// More of document `i` arrived: read again, it goes back to the place it was read at as
    /// soon as the text reaches it (unless the user has moved), not only once it is whole;
    /// and a place asked for ahead of the text is shown once the text reaches it.
    pub fn arrived(&mut self, i: usize, doc: &Document) {
        let Some(view) = self.views.get_mut(i) else {
            return;
        };
        let reached = match view.ahead {
            Some(Ahead::Offset(at)) if doc.text.len() > at => Some(doc.line_of(at)),
            // The line has begun: its start is known.
            Some(Ahead::Line(n)) if doc.line_count() >= n => Some(n),
            _ => None,
        };
        if let Some(line) = reached {
            view.ahead = None;
            view.follow_end = false;
            view.top = doc.line_start(line);
        }
        if let Some(top) = view.resume.filter(|&r| doc.text.len() > r) {
            view.resume = None;
            if !view.moved {
                view.top = floor_boundary(&doc.text, top);
            }
        }
    }

    /// Document `i` was replaced: its rows are made again.
    pub fn reset(&mut self, i: usize) {
        if let Some(view) = self.views.get_mut(i) {
            view.layouts.clear();
            view.window = None;
        }
    }

    /// Document `i` is read again: its rows are made again as the new text arrives, from its
    /// start, and its place comes back once the text is whole ([`Self::restore`]) unless the
    /// user moves before.
    pub fn reloading(&mut self, i: usize) {
        self.reset(i);
        if let Some(view) = self.views.get_mut(i) {
            // A place asked for ahead and not reached yet is where the user wants to be (a
            // line's offset is not known: the place read is kept).
            view.resume = Some(match view.ahead {
                Some(Ahead::Offset(at)) => at,
                _ => view.top,
            });
            view.top = 0;
            view.moved = false;
            view.follow_end = false;
            view.ahead = None;
        }
    }

    /// Puts `offset` exactly at the top of document `i` (a bookmark, which must survive
    /// resizes, keeps its offset rather than the start of its row).
    pub fn pin_top(&mut self, i: usize, offset: usize) {
        if let Some(view) = self.views.get_mut(i) {
            view.top = offset;
            // A line, a percentage, a match, a bookmark.
            view.placed();
        }
    }

    /// Percentage of the open document wrapped, while its whole-document layout grows.
    pub fn wrapping(&self, index: usize, doc: &Document) -> Option<usize> {
        let layout = self.views.get(index)?.layouts.last()?;
        let len = doc.text.len();
        (doc.is_loading() || layout.done() < len).then(|| layout.done() * 100 / len.max(1))
    }

    /// Sets the top of the open document to the row holding `offset`, a third down the page
    /// when `centre` is set, keeping the last page full.
    pub fn show(&mut self, p: &Pane, offset: usize, centre: bool) {
        self.ensure(p);
        let page = usize::from(p.rows);
        let lead = if centre { page / 3 } else { 0 };
        let top = match self.full_covering(p, offset, page) {
            Some(layout) => {
                let row = layout.row_of(offset).saturating_sub(lead);
                layout.rows().get(row).map_or(0, |r| r.start)
            }
            None => {
                let Some(w) = self.window_at(p, offset, lead, page) else {
                    return;
                };
                let row = w.row_of(offset).saturating_sub(lead);
                w.rows().get(row).map_or(offset, |r| r.start)
            }
        };
        self.pin_top(p.index, top);
        self.scroll(p, 0);
    }

    /// The whole-document layout at the pane's width, if it reaches `page` rows past `offset`
    /// (or is complete).
    fn full_covering(&self, p: &Pane, offset: usize, page: usize) -> Option<&Layout> {
        let (width, flow) = (p.width?, self.flow(p));
        let layout = self
            .views
            .get(p.index)?
            .layouts
            .iter()
            .find(|l| l.width() == width && l.flow() == flow)?;
        covers(layout, p.doc, offset, page).then_some(layout)
    }

    /// Rows around `offset` in the open document, `back` before and `fwd` after.
    fn window_at(&self, p: &Pane, offset: usize, back: usize, fwd: usize) -> Option<Layout> {
        let shape = Shape {
            width: p.width?,
            mode: self.wrap,
            amb: self.amb,
        };
        let doc = p.doc;
        Some(window_flow(
            &doc.text,
            !doc.is_loading(),
            offset,
            back,
            fwd,
            shape,
            self.flow(p),
        ))
    }

    /// Makes sure the open document has rows for the page at its top: the whole-document
    /// layout for the pane width (started, and grown by a slice), or else a window.
    pub fn ensure(&mut self, p: &Pane) {
        let Some(width) = p.width else {
            return;
        };
        self.decide_flow(p);
        let page = usize::from(p.rows);
        let (amb, wrap, doc, flow) = (self.amb, self.wrap, p.doc, self.flow(p));
        let Some(view) = self.views.get_mut(p.index) else {
            return;
        };
        let complete = !doc.is_loading();
        if doc.expected_len() <= FULL_LAYOUT_LIMIT {
            match view
                .layouts
                .iter()
                .position(|l| l.width() == width && l.flow() == flow)
            {
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
                        .push(Layout::starting_at(0, false, width, wrap, amb).with_flow(flow));
                }
            }
            // A small document is wrapped at once; a bigger one grows only in background
            // steps (`grow`), so a key never pays for wrapping. One still loading starts in
            // the background too: its first page shows through a window, at once.
            if let Some(layout) = view
                .layouts
                .last_mut()
                .filter(|l| l.done() == 0 && complete)
            {
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
                && w.flow() == flow
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
            view.window = Some(window_flow(
                &doc.text, complete, view.top, 0, page, shape, flow,
            ));
        }
    }

    /// Wraps one more slice of the open document's whole-document layout (background work).
    pub fn grow(&mut self, p: &Pane) {
        if let Some(layout) = self
            .views
            .get_mut(p.index)
            .and_then(|v| v.layouts.last_mut())
        {
            layout.extend(&p.doc.text, !p.doc.is_loading(), SLICE);
        }
        self.ensure(p);
    }
}

#[cfg(test)]
impl Pages {
    /// The view of document `i`, for tests that look at the cache.
    pub(crate) fn window_of(&self, i: usize) -> Option<&Layout> {
        self.views.get(i).and_then(|v| v.window.as_ref())
    }
}
