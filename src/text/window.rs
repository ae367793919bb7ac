//! Rows around one position, without wrapping the text before it.
//!
//! A huge document is wrapped in slices in the background, but the reader must show any part
//! of it at once: the end after `G`, a search hit far ahead, a saved position. A *window* wraps
//! only the lines around that position, so the cost depends on the screen, not the document.

use super::wrap::{Layout, WrapMode};
use super::{floor_boundary, AmbiguousWidth};

/// A line longer than this is not wrapped from its start to reach a position inside it; the
/// window starts at the position instead (its rows may then break a little differently).
const REACH: usize = 1 << 20;
/// Bytes wrapped per step while looking for enough rows.
const STEP: usize = 8 << 10;

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
#[must_use]
pub fn window(
    text: &str,
    complete: bool,
    offset: usize,
    back: usize,
    fwd: usize,
    shape: Shape,
) -> Layout {
    let Shape { width, mode, amb } = shape;
    let offset = floor_boundary(text, offset);
    let line_start = |at: usize| text[..at].rfind('\n').map_or(0, |i| i + 1);
    let mut start = line_start(offset);
    let mid_line = offset - start > REACH;
    if mid_line {
        start = offset;
    } else {
        let mut before = Layout::new(&text[start..offset], width, mode, amb).len();
        while before < back && start > 0 {
            let prev = line_start(start - 1);
            if start - prev > REACH {
                break;
            }
            // One more row for the gap between paragraphs (an overestimate for blank lines).
            before += Layout::new(&text[prev..start], width, mode, amb).len() + 1;
            start = prev;
        }
    }
    let mut rows = Layout::starting_at(start, mid_line, width, mode, amb);
    loop {
        let all = rows.extend(text, complete, STEP);
        let after = rows.len().saturating_sub(rows.row_of(offset) + 1);
        if all || (rows.done() > offset && after >= fwd) {
            return rows;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHAPE: Shape = Shape {
        width: 10,
        mode: WrapMode::Words,
        amb: AmbiguousWidth::Narrow,
    };

    fn text() -> String {
        (0..6000)
            .map(|i| format!("{i}번째 문단의 첫 문장과 둘째 문장이 여기에 있다.\n"))
            .collect()
    }

    #[test]
    fn a_window_has_the_rows_of_the_whole_layout_around_its_offset() {
        let text = text();
        let whole = Layout::new(&text, SHAPE.width, SHAPE.mode, SHAPE.amb);
        let at = text.find("1000번째").unwrap_or(0);
        let w = window(&text, true, at, 12, 30, SHAPE);
        assert!(w.row_of(at) >= 12 && w.len() - w.row_of(at) > 30);
        let first = w.rows()[0].start;
        let from = whole.row_of(first);
        assert_eq!(
            &whole.rows()[from..from + w.len()],
            w.rows(),
            "same rows as the full layout"
        );
        assert!(
            w.done() <= at + 2 * STEP,
            "the window wrapped only near its offset"
        );
    }

    #[test]
    fn windows_at_the_ends_and_in_a_huge_line() {
        let text = text();
        let end = window(&text, true, text.len(), 20, 0, SHAPE);
        assert_eq!(end.done(), text.len());
        assert!(end.len() >= 20);
        let start = window(&text, false, 0, 50, 5, SHAPE);
        assert_eq!(start.rows()[0].start, 0);
        let line = "낱말 ".repeat(REACH);
        let w = window(&line, true, line.len() - 3, 2, 2, SHAPE);
        assert!(w.rows()[0].start >= line.len() - 3 - 3);
        assert!(!w.is_empty());
    }
}
