//! The reading pane as a component: where each document is read ([`Pages`]), the search in
//! the open document, and a count typed before a command (`120G`, `50%`).
//!
//! The reader changes only its own state. It reads the open document and the pane's size
//! through a [`Pane`], and answers the app with an [`Outcome`] (a message, or that the reading
//! pane should take the keys).

mod pages;
mod search;
mod searching;

pub use pages::{Ahead, Pages, SLICE};
pub use search::{Miss, Search};

use crate::config::Reflow;
use crate::corpus::Document;
use ratatui::layout::Rect;

use crate::text::wrap::CHOP_COLUMNS;
use crate::text::{AmbiguousWidth, Flow, Layout, RowKind, WrapMode};
use crate::tui::action::Action;
use crate::tui::outcome::{Focus, Outcome};

/// The open document and the reading pane's size: what the reader needs from the app.
#[derive(Debug, Clone, Copy)]
pub struct Pane<'a> {
    /// Index of the document.
    pub index: usize,
    /// The document.
    pub doc: &'a Document,
    /// Columns rows are made at (the text area's, less line numbers; or
    /// [`CHOP_COLUMNS`] when long lines are chopped); `None` while the pane is not shown.
    pub width: Option<u16>,
    /// Rows of the text area (at least 1).
    pub rows: u16,
    /// Columns of text shown (less than `width` when lines are chopped).
    pub shown: u16,
    /// Long lines are chopped, so lines are never joined into paragraphs either.
    pub chop: bool,
}

/// The reading pane's state.
#[derive(Debug)]
pub struct Reader {
    pages: Pages,
    search: Option<Search>,
    count: String,
    /// Source line numbers are shown beside the text.
    numbers: bool,
    /// Long lines are chopped at the pane's edge instead of wrapped.
    chop: bool,
    /// Columns chopped lines are scrolled sideways by.
    hscroll: u16,
}

impl Reader {
    /// A reader for documents starting at `tops` (saved byte offsets).
    pub fn new(
        tops: impl IntoIterator<Item = usize>,
        wrap: WrapMode,
        amb: AmbiguousWidth,
        reflow: Reflow,
    ) -> Self {
        Self {
            pages: Pages::new(tops, wrap, amb, reflow),
            search: None,
            count: String::new(),
            numbers: false,
            chop: false,
            hscroll: 0,
        }
    }

    /// Starts with line numbers shown (`-N`) and long lines chopped (`-S`), or not.
    #[must_use]
    pub fn showing(mut self, numbers: bool, chop: bool) -> Self {
        self.numbers = numbers;
        self.chop = chop;
        self
    }

    /// Document `index` seen through a text area of `text` (none while the pane is hidden).
    #[must_use]
    pub fn pane<'a>(&self, index: usize, doc: &'a Document, text: Option<Rect>) -> Pane<'a> {
        let shown = text.map_or(1, |r| r.width.saturating_sub(self.gutter(doc)).max(1));
        Pane {
            index,
            doc,
            width: text.map(|_| if self.chop { CHOP_COLUMNS } else { shown }),
            rows: text.map_or(1, |r| r.height.max(1)),
            shown,
            chop: self.chop,
        }
    }

    /// Columns the line numbers take beside `doc`'s text (0 when they are off): room for
    /// five digits at least, so the text does not move as a document loads.
    #[must_use]
    pub fn gutter(&self, doc: &Document) -> u16 {
        if !self.numbers {
            return 0;
        }
        let digits = doc.line_count().max(99_999).ilog10() + 1;
        u16::try_from(digits).unwrap_or(u16::MAX).saturating_add(1)
    }

    /// Columns chopped lines, and table rows kept unwrapped, are scrolled sideways by.
    #[must_use]
    pub fn hscroll(&self) -> u16 {
        self.hscroll
    }

    /// Another document is shown: it starts at its left edge, as `less` starts a file.
    pub fn left_document(&mut self) {
        self.hscroll = 0;
    }

    /// Whether long lines are chopped (`-S`) rather than wrapped.
    #[must_use]
    pub fn chops(&self) -> bool {
        self.chop
    }

    /// Whether a row of document `p` that is on screen now is wider than the text area, so
    /// scrolling sideways shows more of it.
    fn wide_row_shown(&self, p: &Pane) -> bool {
        let Some(layout) = self.pages.layout(p) else {
            return false;
        };
        let top = self.pages.top_row(p);
        layout
            .rows()
            .iter()
            .skip(top)
            .take(usize::from(p.rows))
            .any(|r| r.kind == RowKind::Unwrapped && r.width > p.shown)
    }

    /// Where each document is read.
    #[must_use]
    pub fn pages(&self) -> &Pages {
        &self.pages
    }

    /// Where each document is read, to move it from outside a key (loading, jumps).
    pub fn pages_mut(&mut self) -> &mut Pages {
        &mut self.pages
    }

    /// The layout of the open document for the pane's width, once made.
    #[must_use]
    pub fn layout(&self, p: &Pane) -> Option<&Layout> {
        self.pages.layout(p)
    }

    /// The search in document `doc`, when it has one.
    #[must_use]
    pub fn search(&self, doc: usize) -> Option<&Search> {
        self.search.as_ref().filter(|s| s.doc == doc)
    }

    /// Forgets the search (the documents changed); returns whether there was one.
    pub fn clear_search(&mut self) -> bool {
        self.search.take().is_some()
    }

    /// A number typed before a command.
    #[must_use]
    pub fn count(&self) -> &str {
        &self.count
    }

    /// Takes the count typed so far, leaving none.
    pub fn take_count(&mut self) -> String {
        std::mem::take(&mut self.count)
    }

    /// Answers a reading action: scrolling, the ends, a match, a digit of a count.
    pub fn update(&mut self, action: Action, p: &Pane) -> Outcome {
        match action {
            Action::ScrollRows(n) => self.pages.scroll(p, i64::from(n)),
            Action::ScrollPages(n) => self.pages.scroll(p, i64::from(n) * i64::from(p.rows)),
            Action::ScrollHalfPages(n) => self
                .pages
                .scroll(p, i64::from(n) * i64::from(p.rows.div_ceil(2))),
            Action::Top => self.pages.go_top(p),
            Action::Bottom => self.pages.go_bottom(p),
            Action::StepMatch(forward) => return self.step_match(p, forward),
            Action::Describe => return Outcome::Say(self.describe(p)),
            Action::ToggleLineNumbers => {
                self.numbers = !self.numbers;
                let on = if self.numbers { "on" } else { "off" };
                return Outcome::Say(format!("Line numbers {on} (#)."));
            }
            Action::ToggleChop => {
                self.chop = !self.chop;
                self.hscroll = 0;
                return Outcome::Say(if self.chop {
                    "Long lines chopped: < and > scroll sideways (S wraps them).".into()
                } else {
                    "Long lines wrapped (S chops them).".into()
                });
            }
            Action::ScrollColumns(n) => {
                // Wrapped text has nothing to the side, except the tables kept unwrapped.
                if !self.chop && self.hscroll == 0 && !self.wide_row_shown(p) {
                    return Outcome::Say(
                        "Lines are wrapped: S chops them to scroll sideways.".into(),
                    );
                }
                let step = i64::from(p.shown.div_ceil(2)) * i64::from(n);
                let most = i64::from(CHOP_COLUMNS.saturating_sub(p.shown));
                let to = (i64::from(self.hscroll) + step).clamp(0, most);
                self.hscroll = u16::try_from(to).unwrap_or(0);
            }
            Action::ToggleReflow => {
                let said = match self.pages.toggle_flow(p) {
                    Flow::Paragraphs => {
                        "Paragraphs flow: a blank line ends one (r: as in the file)."
                    }
                    Flow::Lines => "Lines as in the file (r: let paragraphs flow).",
                };
                return Outcome::Say(said.into());
            }
            Action::Count(c) => {
                self.count.push(c);
                if c == '%' {
                    // `50%` is complete as typed, as in less and vim.
                    let count = self.take_count();
                    return match count.trim_end_matches('%').parse::<usize>() {
                        Ok(n) => self.go_percent(p, n),
                        Err(_) => Outcome::Say("Type a number before %.".into()),
                    };
                }
            }
            _ => {}
        }
        Outcome::Stay
    }

    /// Applies a typed `count` to `action`: `None` when the count means nothing to it (the
    /// action then runs as if none was typed).
    pub fn counted(&mut self, count: &str, action: Action, p: &Pane) -> Option<Outcome> {
        if let Some(Ok(n)) = count.strip_suffix('%').map(str::parse::<usize>) {
            return Some(self.go_percent(p, n));
        }
        let n: usize = count.parse().ok()?;
        match action {
            Action::Top | Action::Bottom => Some(self.go_line(p, n)),
            Action::ScrollRows(d) => Some(self.update(
                Action::ScrollRows(d.saturating_mul(i32::try_from(n).unwrap_or(i32::MAX))),
                p,
            )),
            _ => None,
        }
    }

    /// Shows source line `line` (1-based) at the top; a line not read yet as soon as it begins.
    pub fn go_line(&mut self, p: &Pane, line: usize) -> Outcome {
        if p.doc.is_loading() && line > p.doc.line_count() {
            // Not read yet: the end is followed until the line begins.
            self.pages.go_ahead(p, Ahead::Line(line));
            return Outcome::Focus(Focus::Reader);
        }
        let offset = p.doc.line_start(line.max(1));
        self.pages.show(p, offset, false);
        Outcome::Focus(Focus::Reader)
    }

    /// Shows the page `percent` of the way down: by rows once all are known, else by bytes of
    /// the whole file (while it loads, a place not read yet is shown once it arrives).
    pub fn go_percent(&mut self, p: &Pane, percent: usize) -> Outcome {
        self.pages.ensure(p);
        let page = usize::from(p.rows);
        let (doc, percent) = (p.doc, percent.min(100));
        let len = doc.text.len();
        let Some(layout) = self.pages.layout(p).filter(|l| {
            l.done() >= len && !doc.is_loading() && l.rows().first().is_none_or(|r| r.start == 0)
        }) else {
            // Not all rows are known yet: go by bytes, to the start of that line.
            let whole = doc.whole_len();
            let offset = whole / 100 * percent + whole % 100 * percent / 100;
            if offset >= len && whole > len {
                self.pages.go_ahead(p, Ahead::Offset(offset));
            } else {
                let start = doc.line_start(doc.line_of(offset.min(len)));
                self.pages.show(p, start, false);
            }
            return Outcome::Focus(Focus::Reader);
        };
        let row = layout.len().saturating_sub(page) * percent / 100;
        let offset = layout.rows().get(row).map_or(0, |r| r.start);
        self.pages.show(p, offset, false);
        Outcome::Focus(Focus::Reader)
    }

    /// less's `=`: `lines 12-40 of 800 · byte 2048 of 51200 (4%) · name`, with the lines and
    /// bytes the page shows; `+` after the totals while the document is still loading. The
    /// name comes last, so a narrow status line cuts the path, not the numbers.
    #[must_use]
    pub fn describe(&self, p: &Pane) -> String {
        let doc = p.doc;
        let top = self.pages.top(p.index);
        let end = self.pages.layout(p).map_or(top, |layout| {
            let first = layout.row_of(top);
            let last = (first + usize::from(p.rows)).min(layout.len());
            if last == layout.len() && layout.done() >= doc.text.len() && !doc.is_loading() {
                // The last page shows the end, trailing newlines and all.
                return doc.text.len();
            }
            layout.rows()[first.min(last)..last]
                .last()
                .map_or(top, |r| r.start + r.len as usize)
        });
        let len = doc.text.len();
        let end = end.clamp(top, len);
        let more = if doc.is_loading() { "+" } else { "" };
        // A mapped file's size is its text's: its bytes are counted before they are all here.
        let whole = doc.whole_len();
        let more_bytes = if whole > len { "" } else { more };
        format!(
            "lines {}-{} of {}{more} · byte {} of {}{more_bytes} ({}%) · {}",
            doc.line_of(top),
            doc.line_of(end.saturating_sub(1).max(top)),
            doc.line_count(),
            end,
            whole,
            end * 100 / whole.max(1),
            doc.name,
        )
    }
}

#[cfg(test)]
mod tests;
