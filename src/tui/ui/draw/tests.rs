use super::*;

fn row(buf: &Buffer, y: u16) -> String {
    (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
}

#[test]
fn wide_characters_never_straddle_the_edge() {
    let mut buf = Buffer::empty(Rect::new(0, 0, 5, 1));
    let used = put_text(
        &mut buf,
        (0, 0),
        5,
        "가나다",
        AmbiguousWidth::Narrow,
        |_| Style::new(),
    );
    assert_eq!(used, 4);
    assert_eq!(buf[(4, 0)].symbol(), " ");
}

#[test]
fn controls_are_drawn_as_escapes() {
    let mut buf = Buffer::empty(Rect::new(0, 0, 12, 1));
    put_text(
        &mut buf,
        (0, 0),
        12,
        "a\u{1b}]0;x\u{7}",
        AmbiguousWidth::Narrow,
        |_| Style::new(),
    );
    assert_eq!(row(&buf, 0), "a^[]0;x^G   ");
}

#[test]
fn ambiguous_wide_cells_carry_their_width() {
    let mut buf = Buffer::empty(Rect::new(0, 0, 6, 1));
    put_text(
        &mut buf,
        (0, 0),
        6,
        "“가”",
        AmbiguousWidth::Wide,
        |_| Style::new(),
    );
    assert_eq!(
        buf[(0, 0)].diff_option,
        CellDiffOption::ForcedWidth(NonZeroU16::new(2).unwrap())
    );
    assert_eq!(buf[(2, 0)].symbol(), "가");
    assert_eq!(buf[(4, 0)].symbol(), "”");
}

#[test]
fn every_cell_is_as_wide_for_ratatui_as_in_the_layout() {
    // ratatui's diff skips the columns it believes a cell covers: a cell it measures wider
    // than the layout hides the next characters, and both shift what the terminal shows.
    let text = "가\u{1100}\u{1100}나|A👍🏽B|A\u{2764}\u{FE0F}B|1\u{FE0F}\u{20E3}|👩🏽\u{200D}🔬|“";
    for amb in [AmbiguousWidth::Narrow, AmbiguousWidth::Wide] {
        let mut buf = Buffer::empty(Rect::new(0, 0, 40, 1));
        let used = put_text(&mut buf, (0, 0), 40, text, amb, |_| Style::new());
        assert_eq!(usize::from(used), str_width(text, amb));
        let (mut x, mut drawn) = (0, String::new());
        while x < used {
            let cell = &buf[(x, 0)];
            drawn.push_str(cell.symbol());
            x += cell.cell_width().max(1);
        }
        assert_eq!(x, used, "{amb:?}");
        assert_eq!(drawn, "가\u{1100}\u{1100}나|A👍B|A\u{2764}B|1|👩🔬|“");
    }
}

#[test]
fn truncation_marks_the_cut_and_keeps_wide_chars_whole() {
    let mut buf = Buffer::empty(Rect::new(0, 0, 6, 1));
    let used = put_truncated(
        &mut buf,
        (0, 0),
        6,
        "가나다라",
        Style::new(),
        AmbiguousWidth::Narrow,
    );
    assert_eq!(used, 5);
    assert_eq!(row(&buf, 0), "가 나 … ");
}

/// A row whose matches are lit keeps their style up to the cut, and says it was cut.
#[test]
fn styled_truncation_keeps_the_lit_characters_and_marks_the_cut() {
    let lit = Style::new().add_modifier(Modifier::BOLD);
    let style = |at: usize| if at < 3 { lit } else { Style::new() };
    let mut buf = Buffer::empty(Rect::new(0, 0, 6, 1));
    let used = put_styled_truncated(
        &mut buf,
        (0, 0),
        6,
        "가나다라",
        AmbiguousWidth::Narrow,
        style,
    );
    assert_eq!(used, 5);
    assert_eq!(row(&buf, 0), "가 나 … ");
    assert_eq!(buf[(0, 0)].modifier, Modifier::BOLD);
    assert_eq!(buf[(2, 0)].modifier, Modifier::empty());
    // What fits is drawn whole, with no mark.
    let mut buf = Buffer::empty(Rect::new(0, 0, 8, 1));
    put_styled_truncated(
        &mut buf,
        (0, 0),
        8,
        "가나다라",
        AmbiguousWidth::Narrow,
        style,
    );
    assert_eq!(row(&buf, 0), "가 나 다 라 ");
}

/// A popup's title drops the hints at its end that do not fit, rather than ending on a `·`.
#[test]
fn a_title_too_wide_drops_its_last_hints() {
    let title = " Quotes 7/75 · Enter go · Esc close ";
    let amb = AmbiguousWidth::Narrow;
    assert_eq!(fit_title(title, 40, amb), title);
    assert_eq!(fit_title(title, 30, amb), " Quotes 7/75 · Enter go ");
    assert_eq!(fit_title(title, 5, amb), " Quotes 7/75 ");
    assert_eq!(fit_title(" 화자 · 따옴표 ", 11, amb), " 화자 ");
}

#[test]
fn tiny_buffers_do_not_panic() {
    let mut buf = Buffer::empty(Rect::new(0, 0, 1, 1));
    too_small(&mut buf, AmbiguousWidth::Wide);
    put_text(&mut buf, (3, 3), 9, "가", AmbiguousWidth::Narrow, |_| {
        Style::new()
    });
}

#[test]
fn a_flag_takes_two_cells_of_its_own() {
    // tmux keeps the halves in two cells; so must the buffer, or the diff that later clears
    // the flag writes only the first and leaves the second on the screen.
    let mut buf = Buffer::empty(Rect::new(0, 0, 4, 1));
    let used = put_text(
        &mut buf,
        (0, 0),
        4,
        "🇰🇷b",
        AmbiguousWidth::Narrow,
        |_| Style::new(),
    );
    assert_eq!(used, 3);
    assert_eq!(buf[(0, 0)].symbol(), "🇰");
    assert_eq!(buf[(1, 0)].symbol(), "🇷");
    assert_eq!(buf[(2, 0)].symbol(), "b");
}

#[test]
fn plain_cells_are_measured_as_ratatui_measures_them() {
    let sample = (' '..='~')
        .chain('\u{AC00}'..='\u{D7A3}')
        .chain('\u{4E00}'..='\u{9FFF}')
        .chain(['“', '·', '…', '\u{1100}', '😀', 'é', '\u{3164}']);
    for c in sample {
        let s = c.to_string();
        for width in 0..=3 {
            assert_eq!(
                measured_as(&s, width),
                s.cell_width() == u16::from(width),
                "{c:?} {width}"
            );
        }
    }
}
