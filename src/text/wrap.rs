//! Wrapping text into rows: byte ranges plus widths, computed once per pane width.
//!
//! Every source line is a paragraph. Paragraphs are separated by exactly one empty *gap* row, so
//! a break is always visible, whether the source separates paragraphs with one newline (as news
//! exports do) or with several blank or space-only lines. Rows keep byte offsets into the text:
//! scroll positions are offsets, so a resize re-wraps and keeps the same text at the top.

use serde::{Deserialize, Serialize};
use unicode_segmentation::UnicodeSegmentation;

use super::glyph::{glyph, Glyph};
use super::width::AmbiguousWidth;

/// Columns between tab stops.
pub const TAB_STOP: usize = 8;

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

/// All rows of one text at one width.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    width: u16,
    rows: Vec<Row>,
}

impl Layout {
    /// Wraps `text` to `width` columns (at least 1).
    #[must_use]
    pub fn new(text: &str, width: u16, mode: WrapMode, amb: AmbiguousWidth) -> Self {
        let width = width.max(1);
        let mut rows = Vec::new();
        let mut line_start = 0;
        let mut prev_end: Option<usize> = None;
        for line in text.split_inclusive('\n') {
            let content = line.strip_suffix('\n').unwrap_or(line);
            if !content.chars().all(char::is_whitespace) {
                if let Some(end) = prev_end {
                    rows.push(Row {
                        start: end,
                        len: 0,
                        width: 0,
                        kind: RowKind::Gap,
                    });
                }
                wrap_line(
                    content,
                    line_start,
                    usize::from(width),
                    mode,
                    amb,
                    &mut rows,
                );
                prev_end = Some(line_start + content.len());
            }
            line_start += line.len();
        }
        Self { width, rows }
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

fn is_space(g: &str) -> bool {
    g.chars().all(char::is_whitespace)
}

/// Wraps one non-blank line (without its newline) that starts at byte `base`.
fn wrap_line(
    line: &str,
    base: usize,
    width: usize,
    mode: WrapMode,
    amb: AmbiguousWidth,
    rows: &mut Vec<Row>,
) {
    let push = |rows: &mut Vec<Row>, start: usize, end: usize, vis: usize| {
        rows.push(Row {
            start: base + start,
            len: u32::try_from(end - start).unwrap_or(u32::MAX),
            width: u16::try_from(vis).unwrap_or(u16::MAX),
            kind: RowKind::Text,
        });
    };
    let mut row_start = 0;
    let mut col = 0; // columns used, hanging spaces included
    let mut opp: Option<(usize, usize)> = None; // last break opportunity: (offset, col there)
    let mut prev_space = false;
    let mut prev_wide = false;
    for (o, g) in line.grapheme_indices(true) {
        let space = is_space(g);
        let gw = match glyph(g, amb) {
            Glyph::Tab => tab_width(col),
            other => other.width(),
        };
        let wide = gw == 2 && !space;
        if o > row_start && !space {
            let after_space = prev_space;
            let cjk = mode == WrapMode::Anywhere && (wide || prev_wide);
            if after_space || cjk {
                opp = Some((o, col));
            }
        }
        prev_space = space;
        prev_wide = wide;
        if space {
            // Spaces may hang past the edge: the break happens before the next word.
            col += gw;
            continue;
        }
        if col + gw > width {
            if let Some((at, at_col)) = opp.take() {
                // No spaces lie between the opportunity and here, so what moves to the next row
                // is exactly `col - at_col` visible columns.
                push(rows, row_start, at, vis_before(line, row_start, at, amb));
                row_start = at;
                col -= at_col;
            }
            if col + gw > width && o > row_start {
                push(rows, row_start, o, col);
                row_start = o;
                col = 0;
            }
        }
        col += gw;
    }
    let end = line.len();
    push(rows, row_start, end, vis_before(line, row_start, end, amb));
}

/// Visible width of `line[start..end]` as laid out on one row: trailing spaces do not count.
fn vis_before(line: &str, start: usize, end: usize, amb: AmbiguousWidth) -> usize {
    let mut col = 0;
    let mut vis = 0;
    for g in line[start..end].graphemes(true) {
        col += match glyph(g, amb) {
            Glyph::Tab => tab_width(col),
            other => other.width(),
        };
        if !is_space(g) {
            vis = col;
        }
    }
    vis
}

#[cfg(test)]
#[path = "wrap_tests.rs"]
mod tests;
