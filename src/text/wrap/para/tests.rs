use proptest::prelude::*;

use crate::text::flow::join_columns;
use crate::text::glyph::{glyph, Glyph};
use crate::text::width::AmbiguousWidth::Narrow;
use crate::text::window::{window_flow, Shape};
use crate::text::wrap::{tab_width, Flow, Layout, RowKind, WrapMode};
use unicode_segmentation::UnicodeSegmentation;

fn layout(text: &str, width: u16) -> Layout {
    Layout::new_flow(text, width, WrapMode::Words, Narrow, Flow::Paragraphs)
}

/// Rows as drawn: a `\n` as the blank it stands for (or nothing after a space), gaps as "".
fn drawn(text: &str, width: u16) -> Vec<String> {
    layout(text, width)
        .rows()
        .iter()
        .map(|r| {
            let row = &text[r.range()];
            let mut out = String::new();
            let mut after_break = false;
            for (at, g) in row.grapheme_indices(true) {
                if g == "\n" {
                    out.push_str(&" ".repeat(join_columns(&row[..at])));
                    after_break = true;
                } else if !(after_break && g.trim().is_empty()) {
                    out.push_str(g);
                    after_break = false;
                }
            }
            out.trim_end().to_string()
        })
        .collect()
}

/// Columns the renderer takes for a row, drawn as the module doc says, less trailing blanks.
fn drawn_width(row: &str) -> usize {
    let (mut col, mut vis) = (0, 0);
    let mut after_break = false;
    for (at, g) in row.grapheme_indices(true) {
        // A joined line's indent takes no columns.
        let indent = after_break && g.chars().all(char::is_whitespace);
        after_break = g == "\n" || indent;
        col += match glyph(g, Narrow) {
            _ if g == "\n" => join_columns(&row[..at]),
            _ if indent => 0,
            Glyph::Tab => tab_width(col),
            other => other.width(),
        };
        if !g.chars().all(char::is_whitespace) {
            vis = col;
        }
    }
    vis
}

#[test]
fn the_lines_of_a_paragraph_flow_together() {
    let text = "one two\nthree four\nfive\n\n\n\nsix seven\neight";
    assert_eq!(
        drawn(text, 80),
        ["one two three four five", "", "six seven eight"]
    );
    assert_eq!(
        drawn(text, 10),
        ["one two", "three four", "five", "", "six seven", "eight"]
    );
    // A row spans the newline: the offsets are those of the text.
    let rows = layout(text, 80);
    assert_eq!(rows.rows()[0].range(), 0..text.find("\n\n").unwrap_or(0));
    assert_eq!(rows.rows()[0].width, 23);
    // Lines mode is untouched.
    let lines = Layout::new(text, 80, WrapMode::Words, Narrow);
    assert_eq!(lines.len(), 9, "five lines, four gaps");
}

#[test]
fn a_space_before_the_newline_is_the_only_space() {
    let text = "ends with a space \nnext line";
    assert_eq!(drawn(text, 80), ["ends with a space next line"]);
    assert_eq!(layout(text, 80).rows()[0].width, 27);
}

#[test]
fn korean_lines_join_with_a_space() {
    let text = "라이스 대학교의 컴퓨터\n과학 부교수는 말했다.\n\n둘째 문단";
    assert_eq!(
        drawn(text, 80),
        [
            "라이스 대학교의 컴퓨터 과학 부교수는 말했다.",
            "",
            "둘째 문단"
        ]
    );
    let rows = drawn(text, 24);
    assert_eq!(rows[0], "라이스 대학교의 컴퓨터");
    assert_eq!(rows[1], "과학 부교수는 말했다.");
}

#[test]
fn lists_code_tables_and_headings_keep_their_rows() {
    let text = "# Title\nprose that\nruns on\n- item one\n- item two\n1. first\n가. 항목\n\
                \x20   indented code\nmore prose\n| a | b |\nname  age  city\n```\nlet x\n\
                = 1;\n```\nafter the\nfence";
    assert_eq!(
        drawn(text, 80),
        [
            "# Title",
            "prose that runs on",
            "- item one",
            "- item two",
            "1. first",
            "가. 항목",
            "    indented code",
            "more prose",
            "| a | b |",
            "name  age  city",
            "```",
            "let x",
            "= 1;",
            "```",
            "after the fence",
        ]
    );
    let kinds = layout(text, 80)
        .rows()
        .iter()
        .filter(|r| r.kind == RowKind::Gap)
        .count();
    assert_eq!(kinds, 0, "only blank lines give gap rows");
}

#[test]
fn a_blank_line_closes_a_fence_for_reflow() {
    let text = "```\ncode\n\nprose\nruns\n";
    assert_eq!(drawn(text, 80), ["```", "code", "", "prose runs"]);
}

#[test]
fn rows_fit_and_widths_match_what_is_drawn() {
    let text = "a fairly long line of words that\nwraps onto the next line and\tthen \n\
                더 많은 한국어 낱말이 이어지고\n있습니다 끝.\n\n- list\n  cont";
    for width in 1..40 {
        let l = layout(text, width);
        for r in l.rows() {
            let row = &text[r.range()];
            assert_eq!(usize::from(r.width), drawn_width(row), "{row:?} at {width}");
            let words = row.split_whitespace().count();
            assert!(r.width <= width || words <= 1, "{row:?} at {width}");
        }
        let starts: Vec<_> = l.rows().iter().map(|r| r.start).collect();
        assert!(starts.windows(2).all(|w| w[0] <= w[1]));
    }
}

#[test]
fn a_growing_paragraph_waits_for_its_end() {
    let mut rows = layout("", 80);
    assert!(rows.extend("one\ntwo\n", false, usize::MAX));
    assert!(rows.is_empty(), "the next line may join");
    assert!(rows.extend("one\ntwo\n\nthree\n", false, usize::MAX));
    assert_eq!(rows.len(), 1);
    assert!(rows.extend("one\ntwo\n\nthree\n", true, usize::MAX));
    assert_eq!(rows.len(), 3);
}

#[test]
fn a_window_past_the_reach_starts_at_its_line() {
    let text = "word ".repeat(20).trim_end().to_string() + "\n";
    let text = text.repeat(crate::text::window::PARA_REACH / 100 + 10);
    let at = text.len() - 50;
    let shape = Shape {
        width: 30,
        mode: WrapMode::Words,
        amb: Narrow,
    };
    let w = window_flow(&text, true, at, 5, 5, shape, Flow::Paragraphs);
    let line = text[..at].rfind('\n').map_or(0, |i| i + 1);
    assert_eq!(w.rows()[0].start, line);
}

/// Texts of short words, Hangul, blank lines, list markers, indents and fences.
fn texts() -> impl Strategy<Value = String> {
    let token = prop::sample::select(vec![
        "a",
        "bb",
        "ccc",
        "word",
        "longerword",
        "가",
        "한국어",
        "말했다.",
        " ",
        " ",
        " ",
        "\n",
        "\n",
        "\n\n",
        "\n \n",
        "\n- ",
        "\n1. ",
        "\n    ",
        "\n\t",
        "\n```\n",
        "\n# ",
        "  ",
        "\u{301}",
        "👩‍🔬",
    ]);
    prop::collection::vec(token, 0..120).prop_map(|t| t.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn slices_and_growing_text_give_the_rows_of_one_pass(
        text in texts(),
        width in 1u16..30,
        anywhere in any::<bool>(),
        budget in 0usize..40,
        step in 1usize..20,
    ) {
        let mode = if anywhere { WrapMode::Anywhere } else { WrapMode::Words };
        let whole = Layout::new_flow(&text, width, mode, Narrow, Flow::Paragraphs);
        let mut sliced = Layout::starting_at(0, false, width, mode, Narrow)
            .with_flow(Flow::Paragraphs);
        let mut to = 0;
        while to < text.len() {
            to = crate::text::floor_boundary(&text, to + step).max(to + 1);
            while !text.is_char_boundary(to) {
                to += 1;
            }
            let complete = to == text.len();
            while !sliced.extend(&text[..to], complete, budget) {}
        }
        while !sliced.extend(&text, true, budget) {}
        prop_assert_eq!(sliced.rows(), whole.rows());
        for r in whole.rows() {
            prop_assert_eq!(usize::from(r.width), drawn_width(&text[r.range()]));
        }
    }

    #[test]
    fn a_window_has_the_rows_of_the_whole_layout(
        text in texts(),
        width in 1u16..30,
        at in any::<prop::sample::Index>(),
        back in 0usize..8,
        fwd in 0usize..8,
    ) {
        let whole = Layout::new_flow(&text, width, WrapMode::Words, Narrow, Flow::Paragraphs);
        let offset = crate::text::floor_boundary(&text, at.index(text.len() + 1));
        let shape = Shape { width, mode: WrapMode::Words, amb: Narrow };
        let w = window_flow(&text, true, offset, back, fwd, shape, Flow::Paragraphs);
        if let Some(first) = w.rows().first() {
            let from = whole.row_of(first.start);
            let end = (from + w.len()).min(whole.len());
            prop_assert_eq!(&whole.rows()[from..end], w.rows());
        }
    }
}

#[test]
fn tables_are_unwrapped_when_reflowing_but_piped_code_is_not() {
    let text = "joined\nprose\n| a | b |\n|---|---|\n\n```\n| not a table |\n```\n";
    let kinds: Vec<(String, RowKind)> = layout(text, 6)
        .rows()
        .iter()
        .map(|r| {
            (
                text[r.range()].replace('\n', " ").trim_end().to_string(),
                r.kind,
            )
        })
        .collect();
    let row = |s: &str, k| (s.to_string(), k);
    use RowKind::{Gap, Text, Unwrapped};
    assert_eq!(
        kinds,
        [
            row("joined", Text),
            row("prose", Text),
            row("| a | b |", Unwrapped),
            row("|---|---|", Unwrapped),
            row("", Gap),
            row("```", Text),
            row("| not", Text),
            row("a", Text),
            row("table", Text),
            row("|", Text),
            row("```", Text),
        ]
    );
}

#[test]
fn a_list_item_takes_its_hanging_indent_along() {
    let text = "- **표는** 한 줄에 놓이고, 좁은 창에서도\n  이어지는 줄은 항목에 붙는다.\n  - 안쪽 항목은\n    제 줄을 지킨다.\n- 다음 항목\n\n1. First item that is\n   wrapped by hand.\n       code inside keeps its row\n";
    assert_eq!(
        drawn(text, 200),
        [
            "- **표는** 한 줄에 놓이고, 좁은 창에서도 이어지는 줄은 항목에 붙는다.",
            "  - 안쪽 항목은",
            "    제 줄을 지킨다.",
            "- 다음 항목",
            "",
            "1. First item that is wrapped by hand.",
            "       code inside keeps its row",
        ]
    );
    // The indent after a join takes no columns: the row is as wide as it is drawn.
    for (r, shown) in layout(text, 200).rows().iter().zip(drawn(text, 200)) {
        let w = crate::text::width::str_width(&shown, Narrow);
        assert_eq!(usize::from(r.width), w, "{shown:?}");
    }
}
