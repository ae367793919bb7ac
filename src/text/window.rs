//! Rows around one position, without wrapping the text before it.
//!
//! A huge document is wrapped in slices in the background, but the reader must show any part
//! of it at once: the end after `G`, a search hit far ahead, a saved position. A *window* wraps
//! only the lines around that position, so the cost depends on the screen, not the document.

use super::flow::{is_blank, Flow};
use super::wrap::{Layout, WrapMode};
use super::{floor_boundary, AmbiguousWidth};

/// A line longer than this is not wrapped from its start to reach a position inside it; the
/// window starts at the position instead (its rows may then break a little differently).
const REACH: usize = 1 << 20;
/// Bytes wrapped per step while looking for enough rows.
const STEP: usize = 8 << 10;
/// Bytes wrapped per step while a window looks for the rows after its position: a screenful
/// of Korean at 90 columns is about 6 KB, and wrapping stops within a step of it (this is most
/// of the work of a big file's first frame).
const FORWARD_STEP: usize = 2 << 10;
/// How far back [`Flow::Paragraphs`] looks for the blank line that starts a paragraph.
pub const PARA_REACH: usize = 64 << 10;

/// Shape of the rows to build.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shape {
    /// Columns.
    pub width: u16,
    /// Where lines may break.
    pub mode: WrapMode,
    /// Width of ambiguous characters.
    pub amb: AmbiguousWidth,
}

/// Rows of `text` around byte `offset`: from the start of its line, or of earlier lines until
/// about `back` rows lie before it, on until `fwd` rows follow it or the text ends. While the
/// text is still growing (`complete == false`), only whole lines are wrapped.
///
/// In a line longer than `REACH` only its last stretch before the offset is wrapped, just
/// long enough for `back` rows, so the end of a 100 MB line costs what the end of a short one
/// does.
#[must_use]
pub fn window(
    text: &str,
    complete: bool,
    offset: usize,
    back: usize,
    fwd: usize,
    shape: Shape,
) -> Layout {
    window_flow(text, complete, offset, back, fwd, shape, Flow::Lines)
}

/// [`window`] for a text whose lines are taken as `flow` says.
///
/// In [`Flow::Paragraphs`] the window starts at a paragraph start (just after a blank line, or
/// the text's start), found by looking back at most [`PARA_REACH`] bytes, and takes earlier
/// paragraphs while fewer than `back` rows lie before the offset; its rows are then exactly
/// those of the whole layout. When no blank line lies within reach, the window starts at the
/// start of the offset's line as if a paragraph began there: the rows of that stretch may
/// differ from the whole layout's (the line is not joined with the lines before it) until the
/// next blank line, after which they agree again. Inside a line longer than 1 MiB the
/// window starts as in [`Flow::Lines`], taking that line as prose joined with what follows.
#[must_use]
pub fn window_flow(
    text: &str,
    complete: bool,
    offset: usize,
    back: usize,
    fwd: usize,
    shape: Shape,
    flow: Flow,
) -> Layout {
    let Shape { width, mode, amb } = shape;
    let offset = floor_boundary(text, offset);
    let (start, mid_line) = match flow {
        Flow::Lines => lines_start(text, offset, back, shape),
        Flow::Paragraphs => paragraphs_start(text, offset, back, shape),
    };
    let mut rows = Layout::starting_at(start, mid_line, width, mode, amb).with_flow(flow);
    loop {
        let all = rows.extend(text, complete, FORWARD_STEP);
        let after = rows.len().saturating_sub(rows.row_of(offset) + 1);
        if all || (rows.done() > offset && after >= fwd) {
            return rows;
        }
    }
}

/// Where a [`Flow::Lines`] window around `offset` starts, and whether that is inside a line.
fn lines_start(text: &str, offset: usize, back: usize, shape: Shape) -> (usize, bool) {
    let Shape { width, mode, amb } = shape;
    match line_start(text, offset) {
        None => (tail(text, offset, back, shape, Flow::Lines).0, true),
        Some(mut start) => {
            let mut mid_line = false;
            let mut before = Layout::new(&text[start..offset], width, mode, amb).len();
            // Whether a line with rows follows (so a gap row lies between it and the next).
            let mut follows = before > 0;
            while before < back && start > 0 {
                // `start - 1` is the newline that ends the line before.
                let Some(prev) = line_start(text, start - 1) else {
                    // A huge line before: its last rows, and the gap row after it.
                    let (from, rows) = tail(text, start - 1, back - before, shape, Flow::Lines);
                    if rows > 0 {
                        start = from;
                        mid_line = true;
                    }
                    break;
                };
                // Its rows, and the gap row between it and the next line with rows: a blank
                // (or space-only) line has neither, as in the whole layout.
                let rows = Layout::new(&text[prev..start], width, mode, amb).len();
                if rows > 0 {
                    before += rows + usize::from(follows);
                    follows = true;
                }
                start = prev;
            }
            (start, mid_line)
        }
    }
}

/// Where a [`Flow::Paragraphs`] window around `offset` starts, and whether that is inside a
/// line: at a paragraph start, going back a paragraph at a time until `back` rows lie before.
fn paragraphs_start(text: &str, offset: usize, back: usize, shape: Shape) -> (usize, bool) {
    let Some(line) = line_start(text, offset) else {
        return (tail(text, offset, back, shape, Flow::Paragraphs).0, true);
    };
    let Some(mut start) = paragraph_start(text, line) else {
        return (line, false);
    };
    let rows = |from: usize, to: usize| {
        let (w, m, a) = (shape.width, shape.mode, shape.amb);
        Layout::new_flow(&text[from..to], w, m, a, Flow::Paragraphs).len()
    };
    // An estimate (the last paragraph is cut at the offset), enough to choose where to start.
    let mut before = rows(start, offset);
    while before < back && start > 0 {
        let Some(prev) = paragraph_before(text, start) else {
            break;
        };
        // One more row for the gap between paragraphs.
        before += rows(prev, start) + 1;
        start = prev;
    }
    (start, false)
}

/// Start of the line that ends with the newline at `end - 1`, looking back no further than
/// `floor`.
fn prev_line(text: &str, end: usize, floor: usize) -> Option<usize> {
    match text.get(floor..end.checked_sub(1)?)?.rfind('\n') {
        Some(i) => Some(floor + i + 1),
        None => (floor == 0).then_some(0),
    }
}

/// The paragraph start at or before the line starting at `line`: the first line after a blank
/// line (or 0), or `None` when none lies within [`PARA_REACH`] bytes.
fn paragraph_start(text: &str, line: usize) -> Option<usize> {
    let floor = floor_boundary(text, line.saturating_sub(PARA_REACH));
    let mut at = line;
    while at > 0 {
        let prev = prev_line(text, at, floor)?;
        if is_blank(text.get(prev..at - 1)?) {
            return Some(at);
        }
        at = prev;
    }
    Some(0)
}

/// The start of the paragraph before the one starting at `start` (after the blank lines
/// between them), or `None` when it lies beyond [`PARA_REACH`] bytes.
fn paragraph_before(text: &str, start: usize) -> Option<usize> {
    let floor = floor_boundary(text, start.saturating_sub(PARA_REACH));
    let mut at = start;
    while at > 0 {
        let prev = prev_line(text, at, floor)?;
        if !is_blank(text.get(prev..at - 1)?) {
            return paragraph_start(text, prev);
        }
        at = prev;
    }
    Some(0)
}

/// Start of the line holding byte `at` (a character boundary), or `None` when it lies more
/// than [`REACH`] bytes back. Only that far is searched, so a key press never scans a whole
/// huge line for its start.
fn line_start(text: &str, at: usize) -> Option<usize> {
    let from = floor_boundary(text, at.saturating_sub(REACH));
    match text.get(from..at)?.rfind('\n') {
        Some(i) => Some(from + i + 1),
        None => (from == 0).then_some(0),
    }
}

/// Where to start wrapping inside a huge line so that more than `need` rows lie before byte
/// `end` (a character boundary in that line, at least [`REACH`] bytes from its start), and how
/// many rows that is. The stretch doubles from [`STEP`] up to [`REACH`] bytes; a stretch that
/// still has too few rows (zero-width marks, say) is taken as it is.
fn tail(text: &str, end: usize, need: usize, shape: Shape, flow: Flow) -> (usize, usize) {
    if need == 0 {
        return (end, 0);
    }
    let Some(before) = text.get(..end) else {
        return (end, 0);
    };
    let mut span = STEP;
    loop {
        let from = floor_boundary(text, end.saturating_sub(span));
        let mut rows =
            Layout::starting_at(from, true, shape.width, shape.mode, shape.amb).with_flow(flow);
        rows.extend(before, true, usize::MAX);
        if rows.len() > need || span >= REACH || from == 0 {
            return (from, rows.len());
        }
        span *= 2;
    }
}

#[cfg(test)]
mod tests;
