use super::*;
use AmbiguousWidth::{Narrow, Wide};

/// The rows of `text` at `width` as strings (gap rows as "").
fn rows(text: &str, width: u16, mode: WrapMode, amb: AmbiguousWidth) -> Vec<String> {
    let layout = Layout::new(text, width, mode, amb);
    layout
        .rows()
        .iter()
        .map(|r| text[r.range()].to_string())
        .collect()
}

fn words(text: &str, width: u16) -> Vec<String> {
    rows(text, width, WrapMode::Words, Narrow)
}

/// Every row fits, and the rows put together give back the text (less line breaks).
fn check_invariants(text: &str, width: u16, mode: WrapMode, amb: AmbiguousWidth) {
    let layout = Layout::new(text, width, mode, amb);
    let mut rebuilt = String::new();
    for r in layout.rows() {
        // A table row is kept unwrapped, up to the chop width.
        let limit = if r.kind == RowKind::Unwrapped {
            CHOP_COLUMNS
        } else {
            width
        };
        assert!(
            r.width <= limit
                || text[r.range()]
                    .split_whitespace()
                    .collect::<String>()
                    .graphemes(true)
                    .count()
                    == 1,
            "row {:?} wider than {width}",
            &text[r.range()]
        );
        assert_eq!(
            usize::from(r.width),
            super::vis_before(text, r.start, r.start + r.len as usize, amb)
        );
        rebuilt.push_str(&text[r.range()]);
    }
    let squeeze = |s: &str| s.split_whitespace().collect::<String>();
    assert_eq!(squeeze(&rebuilt), squeeze(text));
    let starts: Vec<_> = layout.rows().iter().map(|r| r.start).collect();
    assert!(
        starts.windows(2).all(|w| w[0] < w[1]),
        "row starts must increase"
    );
}

#[test]
fn korean_wraps_between_eojeol_never_inside() {
    let text = "라이스 대학교의 컴퓨터 과학 부교수인 교수는 말했다";
    let got = words(text, 12);
    assert_eq!(
        got,
        [
            "라이스 ",
            "대학교의 ",
            "컴퓨터 과학 ",
            "부교수인 ",
            "교수는 ",
            "말했다"
        ]
    );
    for row in &got {
        assert!(crate::text::width::str_width(row.trim_end(), Narrow) <= 12);
    }
    check_invariants(text, 12, WrapMode::Words, Narrow);
}

#[test]
fn odd_width_never_lets_a_wide_char_straddle_the_edge() {
    // 5 syllables = 10 columns cannot fit in 9: the long word breaks between syllables.
    let got = words("가나다라마바", 9);
    assert_eq!(got, ["가나다라", "마바"]);
    let layout = Layout::new("가나다라마바", 9, WrapMode::Words, Narrow);
    assert_eq!(layout.rows()[0].width, 8);
}

#[test]
fn mixed_latin_and_hangul() {
    let text = "IBM Research의 AI 모델 부사장인 David D. Cox는 말합니다.";
    check_invariants(text, 20, WrapMode::Words, Narrow);
    assert_eq!(words(text, 20)[0], "IBM Research의 AI ");
}

#[test]
fn long_url_breaks_anywhere() {
    let got = words("see https://www.deepseek.com/a/b/c now", 10);
    assert_eq!(
        got,
        ["see ", "https://ww", "w.deepseek", ".com/a/b/c ", "now"]
    );
}

#[test]
fn anywhere_mode_breaks_between_syllables_but_keeps_latin_words() {
    let text = "중국의 저렴하고 DeepSeek 모델";
    let got = rows(text, text.len() as u16, WrapMode::Anywhere, Narrow);
    assert_eq!(got.len(), 1);
    let got = rows(text, 10, WrapMode::Anywhere, Narrow);
    assert_eq!(got, ["중국의 저", "렴하고 ", "DeepSeek ", "모델"]);
    check_invariants(text, 7, WrapMode::Anywhere, Narrow);
}

#[test]
fn paragraphs_are_separated_by_one_gap_row() {
    let text = "첫째 문단\n둘째 문단\n\n\u{a0}\n   \n셋째 문단\n";
    let layout = Layout::new(text, 40, WrapMode::Words, Narrow);
    let kinds: Vec<_> = layout.rows().iter().map(|r| r.kind).collect();
    use RowKind::{Gap, Text};
    assert_eq!(kinds, [Text, Gap, Text, Gap, Text]);
    assert_eq!(
        words(text, 40),
        ["첫째 문단", "", "둘째 문단", "", "셋째 문단"]
    );
}

#[test]
fn leading_and_trailing_blank_lines_make_no_rows() {
    assert!(Layout::new("", 10, WrapMode::Words, Narrow).is_empty());
    assert!(Layout::new("\n \n\u{a0}\n", 10, WrapMode::Words, Narrow).is_empty());
    assert_eq!(words("\n\n글\n\n", 10), ["글"]);
}

#[test]
fn tabs_expand_to_stops() {
    let layout = Layout::new("a\tb", 20, WrapMode::Words, Narrow);
    assert_eq!(layout.rows()[0].width, 9);
    let layout = Layout::new("가\t나", 20, WrapMode::Words, Narrow);
    assert_eq!(layout.rows()[0].width, 10);
    check_invariants("a\tb\tc\td\te\tf", 10, WrapMode::Words, Narrow);
}

#[test]
fn ambiguous_characters_follow_policy() {
    let text = "“긍정적인 발전”이라고 평가했다";
    // Narrow: “긍정적인 = 9 columns; wide: 10.
    assert_eq!(rows(text, 9, WrapMode::Words, Narrow)[0], "“긍정적인 ");
    assert_eq!(rows(text, 9, WrapMode::Words, Wide)[0], "“긍정적");
    check_invariants(text, 9, WrapMode::Words, Wide);
    check_invariants(text, 9, WrapMode::Words, Narrow);
}

#[test]
fn emoji_zwj_and_combining_marks_stay_whole() {
    let text = "가족 👨‍👩‍👧‍👦 e\u{301}cole 🇰🇷🇰🇷🇰🇷 ᄀᄀᄀ가";
    for w in 1..20 {
        check_invariants(text, w, WrapMode::Words, Narrow);
        check_invariants(text, w, WrapMode::Anywhere, Wide);
    }
    // A ZWJ sequence is drawn as its emoji side by side (see `cluster`), 8 columns here.
    let layout = Layout::new("👨‍👩‍👧‍👦👨‍👩‍👧‍👦", 8, WrapMode::Words, Narrow);
    assert_eq!(layout.len(), 2);
    assert_eq!(layout.rows()[0].width, 8);
}

#[test]
fn a_cluster_drawn_in_parts_breaks_inside_only_when_wider_than_the_pane() {
    // It moves to the next row whole where it fits there, in any mode.
    for mode in [WrapMode::Words, WrapMode::Anywhere] {
        let got = rows("abcd👩‍🔬", 7, mode, Narrow);
        assert_eq!(got, ["abcd", "👩‍🔬"], "{mode:?}");
        let got = rows("가\u{1100}\u{1100}", 5, mode, Narrow);
        assert_eq!(got, ["가", "\u{1100}\u{1100}"], "{mode:?}");
    }
    // Wider than the pane: it breaks between its parts, never losing one.
    let family = "👨‍👩‍👧‍👦";
    assert_eq!(
        words(family, 3),
        ["👨\u{200d}", "👩\u{200d}", "👧\u{200d}", "👦"]
    );
    assert_eq!(
        words("\u{1100}\u{1100}\u{1100}가", 5),
        ["\u{1100}\u{1100}", "\u{1100}가"]
    );
    let layout = Layout::new("\u{1100}\u{1100}\u{1100}가", 5, WrapMode::Words, Narrow);
    assert_eq!(layout.rows()[0].width, 4);
    for w in 1..10 {
        check_invariants(
            "x \u{1100}\u{1100}\u{1100}가 👨‍👩‍👧‍👦 y",
            w,
            WrapMode::Words,
            Narrow,
        );
    }
}

#[test]
fn conjoining_jamo_are_one_cluster() {
    // Old Hangul left decomposed after NFC: each L V (T) sequence is one 2-column cluster.
    let text = "\u{1112}\u{119E}\u{11AB}\u{1100}\u{119E}\u{11AF}";
    let layout = Layout::new(text, 3, WrapMode::Words, Narrow);
    assert_eq!(layout.len(), 2);
    assert_eq!(layout.rows()[0].width, 2);
}

#[test]
fn controls_take_their_escape_width() {
    let text = "a\u{1b}[31mb";
    let layout = Layout::new(text, 80, WrapMode::Words, Narrow);
    assert_eq!(layout.rows()[0].width, 1 + 2 + 4 + 1);
}

#[test]
fn width_one_still_terminates_and_keeps_everything() {
    check_invariants("가나 다라 abc", 1, WrapMode::Words, Narrow);
    check_invariants("가나 다라 abc", 1, WrapMode::Anywhere, Wide);
}

#[test]
fn row_of_finds_the_row_holding_an_offset() {
    let text = "하나 둘 셋\n넷";
    let layout = Layout::new(text, 5, WrapMode::Words, Narrow);
    for (i, r) in layout.rows().iter().enumerate() {
        assert_eq!(layout.row_of(r.start), i);
    }
    assert_eq!(layout.row_of(text.len()), layout.len() - 1);
    assert_eq!(Layout::new("", 5, WrapMode::Words, Narrow).row_of(3), 0);
}

/// Wrapping in small slices, while the text arrives in pieces, gives the rows of one pass.
fn check_sliced(text: &str, width: u16, mode: WrapMode, amb: AmbiguousWidth, budget: usize) {
    let whole = Layout::new(text, width, mode, amb);
    let mut grown = String::new();
    let mut sliced = Layout::starting_at(0, false, width, mode, amb);
    let cuts: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .filter(|i| i % 7 == 0)
        .chain([text.len()])
        .collect();
    let mut from = 0;
    for &to in &cuts {
        grown.push_str(&text[from..to]);
        from = to;
        let complete = to == text.len();
        while !sliced.extend(&grown, complete, budget) {}
    }
    assert_eq!(
        sliced.rows(),
        whole.rows(),
        "budget {budget}, width {width}"
    );
    assert_eq!(sliced.done(), text.len());
}

#[test]
fn slices_and_growing_text_wrap_like_one_pass() {
    let text = "첫 문단은 “인용문이 들어 있는” 꽤 긴 한국어 문장입니다. 그리고 계속됩니다.\n\n\
                \tTabs\tand 🇰🇷🇺🇸 flags, a https://example.com/very/long/url/that/breaks\n   \n\
                마지막줄에는개행이없고띄어쓰기도없는아주긴낱말이있습니다";
    for width in [1, 3, 7, 20, 80] {
        for mode in [WrapMode::Words, WrapMode::Anywhere] {
            for budget in [0, 1, 5, 40, usize::MAX] {
                check_sliced(text, width, mode, Narrow, budget);
            }
        }
    }
    check_sliced(text, 9, WrapMode::Words, Wide, 3);
}

#[test]
fn a_window_wraps_from_any_line_start_like_the_whole() {
    let text = "하나 둘 셋 넷\n다섯 여섯\n\n일곱 여덟 아홉 열";
    let whole = Layout::new(text, 6, WrapMode::Words, Narrow);
    let second = text.find("다섯").unwrap_or(0);
    let mut window = Layout::starting_at(second, false, 6, WrapMode::Words, Narrow);
    window.extend(text, true, usize::MAX);
    let tail: Vec<_> = whole
        .rows()
        .iter()
        .filter(|r| r.start >= second)
        .copied()
        .collect();
    assert_eq!(window.rows(), tail);
    let mut grown = Layout::starting_at(0, false, 6, WrapMode::Words, Narrow);
    assert!(grown.extend("하나 둘", false, usize::MAX));
    assert!(
        grown.is_empty(),
        "an unfinished last line waits for its newline"
    );
}

#[test]
fn table_rows_are_kept_unwrapped_and_close_up() {
    let text = "Prose long enough to wrap here.\n| 이름 | 직함이 아주 긴 칸 |\n|---|---|\n| 콕스 | 교수 |\n\nAfter.\n";
    let layout = Layout::new(text, 12, WrapMode::Words, Narrow);
    let shown: Vec<(&str, RowKind)> = layout
        .rows()
        .iter()
        .map(|r| (text[r.range()].trim_end(), r.kind))
        .collect();
    use RowKind::{Gap, Text, Unwrapped};
    assert_eq!(
        shown,
        [
            ("Prose long", Text),
            ("enough to", Text),
            ("wrap here.", Text),
            ("", Gap),
            ("| 이름 | 직함이 아주 긴 칸 |", Unwrapped),
            ("|---|---|", Unwrapped),
            ("| 콕스 | 교수 |", Unwrapped),
            ("", Gap),
            ("After.", Text),
        ],
        "one row per table row, no gaps inside the table, wrapped prose around it"
    );
    check_invariants(text, 12, WrapMode::Words, Narrow);
}

#[test]
fn a_table_row_wider_than_the_chop_width_goes_on_in_the_next_row() {
    let text = format!("|{}|\n", "가".repeat(600));
    let layout = Layout::new(&text, 40, WrapMode::Anywhere, Narrow);
    let widths: Vec<u16> = layout.rows().iter().map(|r| r.width).collect();
    assert_eq!(
        widths,
        [1023, 179],
        "`|` and 511 syllables fill the first row"
    );
    assert!(layout.rows().iter().all(|r| r.kind == RowKind::Unwrapped));
}

#[test]
fn a_table_row_cut_by_the_budget_stays_unwrapped_when_resumed() {
    let text = format!("| {} |\nnext line\n", "word ".repeat(400));
    let whole = Layout::new(&text, 30, WrapMode::Words, Narrow);
    let mut grown = Layout::starting_at(0, false, 30, WrapMode::Words, Narrow);
    while !grown.extend(&text, true, 700) {}
    assert_eq!(grown, whole);
    assert_eq!(whole.rows()[0].kind, RowKind::Unwrapped);
    assert_eq!(whole.rows().last().map(|r| r.kind), Some(RowKind::Text));
}
