use super::*;
use crate::text::{Row, RowKind};

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
    assert!(w.row_of(line.len() - 3) >= 2, "rows before the offset");
    // (Less a few bytes to the character boundary before.)
    assert!(
        w.rows()[0].start >= line.len() - 3 - STEP - 3,
        "only its end wrapped"
    );
    let w = window(&line, true, line.len() / 2, 0, 2, SHAPE);
    assert_eq!(
        w.rows()[0].start,
        line.len() / 2,
        "no rows asked for before it"
    );
}

#[test]
fn the_end_of_a_huge_last_line_has_rows_before_it() {
    let mut text = text();
    text.push_str(&"김민수 교수는 “경제가 어렵다”라고 말했다. ".repeat(REACH / 40));
    text.push_str("끝.");
    for back in [1, 24, 200] {
        let w = window(&text, true, text.len(), back, 0, SHAPE);
        assert!(w.len() > back, "{back} rows wanted, {} made", w.len());
        assert_eq!(w.rows().last().map(|r| r.range().end), Some(text.len()));
        assert!(
            w.rows()[0].start > text.len() - REACH,
            "only the end was wrapped"
        );
    }
    // The rows end the same way as those of the whole line wrapped from its start.
    let last_line = text.rfind('\n').map_or(0, |i| i + 1);
    let whole = Layout::new(&text[last_line..], SHAPE.width, SHAPE.mode, SHAPE.amb);
    let w = window(&text, true, text.len(), 24, 0, SHAPE);
    let tail = |rows: &[Row], base: usize| -> Vec<(usize, u32)> {
        rows.iter()
            .rev()
            .take(20)
            .map(|r| (r.start - base, r.len))
            .collect()
    };
    assert_eq!(tail(whole.rows(), 0), tail(w.rows(), last_line));
}

#[test]
fn rows_before_a_line_reach_back_into_a_huge_line() {
    let mut text = "낱말 ".repeat(REACH);
    text.push_str("\n마지막 줄.\n");
    let at = text.len() - "마지막 줄.\n".len();
    let w = window(&text, true, at, 30, 1, SHAPE);
    assert!(w.row_of(at) >= 30, "only {} rows before", w.row_of(at));
    assert!(
        w.rows()[0].start > at - REACH,
        "only the end of the huge line"
    );
    let gap = w.rows()[w.row_of(at) - 1];
    assert_eq!(gap.kind, RowKind::Gap, "a gap row between the paragraphs");
}

/// Blank and space-only lines between paragraphs give no rows of their own (the paragraphs'
/// one gap row is all): counted as rows, they made a window at the end start too late, and
/// the last page of a big document (`G`) showed blank rows under its last line.
#[test]
fn blank_lines_between_paragraphs_do_not_shorten_a_window() {
    let text: String = (0..300)
        .map(|i| format!("{i}번째 문단이다.\n\n  \n"))
        .collect();
    let whole = Layout::new(&text, SHAPE.width, SHAPE.mode, SHAPE.amb);
    for back in [1, 5, 20, 40] {
        let w = window(&text, true, text.len(), back, 0, SHAPE);
        // Every row ends before the end of the text: all of them make the last page.
        assert!(w.len() >= back, "{back}: {}", w.len());
        let from = whole.row_of(w.rows()[0].start);
        assert_eq!(&whole.rows()[from..from + w.len()], w.rows(), "{back}");
    }
}
