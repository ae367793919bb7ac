//! Wrapping text into rows: byte ranges plus widths, computed once per pane width.
//!
//! In [`Flow::Lines`] (the default) every source line is a paragraph. Paragraphs are separated
//! by exactly one empty *gap* row, so a break is always visible, whether the source separates
//! paragraphs with one newline (as news exports do) or with several blank or space-only lines.
//! Rows keep byte offsets into the text: scroll positions are offsets, so a resize re-wraps and
//! keeps the same text at the top.
//!
//! In [`Flow::Paragraphs`] (hard-wrapped text, see [`crate::text::flow`]) the lines between
//! blank lines flow together, and only blank lines give gap rows. The text is not rewritten:
//! a row of a reflowed paragraph may span a `\n`, which is drawn as one blank column, or as
//! none right after a whitespace grapheme ([`join_columns`] says which). Lines that keep rows
//! of their own ([`crate::text::flow::keeps_own_row`]) never join.

use serde::{Deserialize, Serialize};

use super::flow::is_table_row;
pub use super::flow::{join_columns, Flow};
use super::width::AmbiguousWidth;
use fill::wrap_line;

mod fill;
mod para;

/// Columns between tab stops.
pub const TAB_STOP: usize = 8;

/// Width rows are made at when long lines are chopped rather than wrapped (`-S`): wide
/// enough for any real line of prose or code, and small enough that a frame scrolled
/// sideways only ever walks this many columns of a row.
pub const CHOP_COLUMNS: u16 = 1024;

/// Where a line may break.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WrapMode {
    /// At spaces only, so a Korean eojeol (`교수는`) or a Latin word is never split; a word wider
    /// than the pane (a URL) breaks anywhere.
    #[default]
    Words,
    /// Also between any two wide characters (Hangul syllables, CJK), as Korean typesetting
    /// allows; Latin words still break at spaces.
    Anywhere,
}

/// What a row holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    /// Part of a paragraph.
    Text,
    /// The empty row between two paragraphs.
    Gap,
    /// A row of a line kept unwrapped ([`is_table_row`]): made up to [`CHOP_COLUMNS`] wide,
    /// cut at the pane's edge when drawn, and scrolled sideways with the chopped lines.
    Unwrapped,
}

/// One visual row: a byte range of the text and the columns its visible part takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    /// Byte offset of the first grapheme.
    pub start: usize,
    /// Byte length (trailing spaces that hang past the edge are included but not drawn).
    pub len: u32,
    /// Columns taken by the visible part.
    pub width: u16,
    /// Text or paragraph gap.
    pub kind: RowKind,
}

impl Row {
    /// Byte range of the row in the text.
    #[must_use]
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.start + self.len as usize
    }
}

/// All rows of one text at one width, or of the part of it wrapped so far.
///
/// A layout grows: [`Layout::extend`] wraps a bounded amount more each call, so a huge document
/// is wrapped in slices between key presses, and a *window* layout ([`Layout::starting_at`])
/// can wrap just the lines around a position far ahead of what is done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    width: u16,
    mode: WrapMode,
    amb: AmbiguousWidth,
    rows: Vec<Row>,
    /// Byte offset where wrapping goes on: a line start, or a row start inside a long line.
    done: usize,
    /// Whether `done` lies inside a line (a long line was cut off by the budget).
    mid_line: bool,
    /// End of the last non-blank line, where a gap row goes before the next paragraph.
    prev_end: Option<usize>,
    /// Whether lines are paragraphs or flow together.
    flow: Flow,
    /// State kept between [`Layout::extend`] calls in [`Flow::Paragraphs`].
    para: para::State,
    /// The line being wrapped is a table row, kept unwrapped.
    unwrapped: bool,
    /// The last line wrapped was a table row, with no blank line after it: the next row of
    /// the same table follows without a gap row.
    in_table: bool,
}

impl Layout {
    /// Wraps all of `text` to `width` columns (at least 1).
    #[must_use]
    pub fn new(text: &str, width: u16, mode: WrapMode, amb: AmbiguousWidth) -> Self {
        let mut layout = Self::starting_at(0, false, width, mode, amb);
        layout.extend(text, true, usize::MAX);
        layout
    }

    /// An empty layout that will wrap from byte `start`, a line start unless `mid_line`.
    #[must_use]
    pub fn starting_at(
        start: usize,
        mid_line: bool,
        width: u16,
        mode: WrapMode,
        amb: AmbiguousWidth,
    ) -> Self {
        Self {
            width: width.max(1),
            mode,
            amb,
            rows: Vec::new(),
            done: start,
            mid_line,
            prev_end: None,
            flow: Flow::Lines,
            para: para::State::default(),
            unwrapped: false,
            in_table: false,
        }
    }

    /// Wraps all of `text` like [`Layout::new`], with its lines taken as `flow` says.
    #[must_use]
    pub fn new_flow(
        text: &str,
        width: u16,
        mode: WrapMode,
        amb: AmbiguousWidth,
        flow: Flow,
    ) -> Self {
        let mut layout = Self::starting_at(0, false, width, mode, amb).with_flow(flow);
        layout.extend(text, true, usize::MAX);
        layout
    }

    /// The same empty layout, taking lines as `flow` says. Call it before the first
    /// [`Layout::extend`]: rows already made are not redone.
    ///
    /// In [`Flow::Paragraphs`] a layout that starts at a line start begins a paragraph there
    /// (start right after a blank line to get the rows of the whole text); one that starts
    /// `mid_line` takes that line as plain prose joined with the lines that follow it.
    #[must_use]
    pub fn with_flow(mut self, flow: Flow) -> Self {
        self.flow = flow;
        self
    }

    /// How this layout takes the lines of the text.
    #[must_use]
    pub fn flow(&self) -> Flow {
        self.flow
    }

    /// Wraps about `budget` more bytes of `text` (whole rows; a long line may stop inside).
    /// While the text is still growing (`complete == false`) only lines that end in `\n` are
    /// wrapped. Returns whether everything available is now wrapped.
    ///
    /// In [`Flow::Paragraphs`] a paragraph is wrapped only once its end is known: while the text
    /// grows, the last lines wait until a line that cannot join them (or the end) arrives.
    pub fn extend(&mut self, text: &str, complete: bool, budget: usize) -> bool {
        if self.flow == Flow::Paragraphs {
            return self.extend_paragraphs(text, complete, budget);
        }
        let avail = super::whole_lines(text, complete);
        let began = self.done;
        while self.done < avail {
            let spent = self.done - began;
            // At least one step is always taken, so any budget makes progress.
            if spent > 0 && spent >= budget {
                return false;
            }
            let Some(rest) = text.get(self.done..avail) else {
                // Not the text this layout was made for; stop rather than guess.
                return true;
            };
            let line = rest.find('\n').map_or(rest, |i| &rest[..=i]);
            let content = line.strip_suffix('\n').unwrap_or(line);
            if !self.mid_line {
                if content.chars().all(char::is_whitespace) {
                    self.done += line.len();
                    self.in_table = false;
                    continue;
                }
                self.unwrapped = is_table_row(content);
                // The rows of one table read as a grid, not as paragraphs.
                let same_table = self.unwrapped && self.in_table;
                if let (Some(end), false) = (self.prev_end, same_table) {
                    self.rows.push(Row {
                        start: end,
                        len: 0,
                        width: 0,
                        kind: RowKind::Gap,
                    });
                }
            }
            let (width, mode, amb) = (self.row_width(), self.mode, self.amb);
            let made = self.rows.len();
            let resume = wrap_line(
                content,
                self.done,
                width,
                mode,
                amb,
                budget - spent,
                &mut self.rows,
            );
            self.mark_unwrapped(made);
            match resume {
                Some(resume) => {
                    self.done += resume;
                    self.mid_line = true;
                }
                None => {
                    self.prev_end = Some(self.done + content.len());
                    self.done += line.len();
                    self.mid_line = false;
                    self.in_table = self.unwrapped;
                }
            }
        }
        true
    }

    /// Columns the line being wrapped fills rows to: the pane's, or [`CHOP_COLUMNS`] for a
    /// table row kept unwrapped.
    fn row_width(&self) -> usize {
        let width = if self.unwrapped {
            self.width.max(CHOP_COLUMNS)
        } else {
            self.width
        };
        usize::from(width)
    }

    /// Marks the rows made since `from` as rows of a line kept unwrapped, when it is one.
    fn mark_unwrapped(&mut self, from: usize) {
        if self.unwrapped {
            for row in self.rows.iter_mut().skip(from) {
                row.kind = RowKind::Unwrapped;
            }
        }
    }

    /// Byte offset up to which the text is wrapped.
    #[must_use]
    pub fn done(&self) -> usize {
        self.done
    }

    /// The width this layout was made for.
    #[must_use]
    pub fn width(&self) -> u16 {
        self.width
    }

    /// All rows, in text order.
    #[must_use]
    pub fn rows(&self) -> &[Row] {
        &self.rows
    }

    /// Number of rows.
    #[must_use]
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether the text had nothing to show.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Index of the row holding byte `offset` (the last row starting at or before it).
    #[must_use]
    pub fn row_of(&self, offset: usize) -> usize {
        self.rows
            .partition_point(|r| r.start <= offset)
            .saturating_sub(1)
    }
}

/// Columns a tab takes when it starts at `col`.
#[must_use]
pub fn tab_width(col: usize) -> usize {
    TAB_STOP - col % TAB_STOP
}

#[cfg(test)]
use fill::is_space;
#[cfg(test)]
use unicode_segmentation::UnicodeSegmentation;

#[cfg(test)]
/// Visible width of `line[start..end]` as laid out on one row: trailing spaces do not count.
fn vis_before(line: &str, start: usize, end: usize, amb: AmbiguousWidth) -> usize {
    let mut col = 0;
    let mut vis = 0;
    let mut after_break = false;
    for (o, g) in line[start..end].grapheme_indices(true) {
        let indent = after_break && is_space(g);
        after_break = g == "\n" || indent;
        col += match super::glyph::glyph(g, amb) {
            _ if g == "\n" => join_columns(&line[start..end][..o]),
            _ if indent => 0,
            super::glyph::Glyph::Tab => tab_width(col),
            other => other.width(),
        };
        if !is_space(g) {
            vis = col;
        }
    }
    vis
}

#[cfg(test)]
mod tests;
