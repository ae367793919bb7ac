//! The backend's moves and bytes, against ratatui's crossterm backend.

use ratatui::backend::CrosstermBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use ratatui::backend::Backend;
use ratatui::buffer::Cell;

use super::*;

/// The bytes drawing `rows` from a blank screen.
fn drawn(rows: &[&str], runs: bool) -> String {
    let width = 20;
    let area = Rect::new(0, 0, width, u16::try_from(rows.len()).unwrap_or(0));
    let mut buf = Buffer::empty(area);
    for (y, row) in rows.iter().enumerate() {
        buf.set_string(
            0,
            u16::try_from(y).unwrap_or(0),
            row,
            ratatui::style::Style::new(),
        );
    }
    let blank = Buffer::empty(area);
    let cells = blank.diff(&buf);
    let mut out = Vec::new();
    if runs {
        let mut b = Runs::new(CrosstermBackend::new(&mut out));
        b.draw(cells.into_iter()).unwrap_or_else(|e| panic!("{e}"));
    } else {
        let mut b = CrosstermBackend::new(&mut out);
        b.draw(cells.into_iter()).unwrap_or_else(|e| panic!("{e}"));
    }
    String::from_utf8(out).unwrap_or_default()
}

/// The cursor moves in `s`, without their ESC.
fn moves(s: &str) -> Vec<&str> {
    let re = regex::Regex::new(r"\x1b(\[\d+;\d+H)").unwrap_or_else(|e| panic!("{e}"));
    re.captures_iter(s)
        .filter_map(|c| c.get(1).map(|m| m.as_str()))
        .collect()
}

/// `s` without its cursor moves and colour or attribute changes.
fn text(s: &str) -> String {
    let re = regex::Regex::new(r"\x1b\[[0-9;]*[A-Za-z]").unwrap_or_else(|e| panic!("{e}"));
    re.replace_all(s, "").into_owned()
}

#[test]
fn a_row_of_korean_is_one_move_instead_of_one_per_syllable() {
    let rows = ["가나다 라마 abc", "둘째 줄"];
    let plain = drawn(&rows, false);
    let terse = drawn(&rows, true);
    // Spaces are unchanged cells of the blank screen, written as spaces rather than moved
    // over: each row is one run.
    assert_eq!(moves(&terse), ["[1;1H", "[2;1H"], "{terse:?}");
    assert_eq!(
        moves(&plain).len(),
        9,
        "one per syllable, one per ASCII word"
    );
    assert!(terse.len() < plain.len());
    assert_eq!(
        text(&terse),
        "가나다 라마 abc둘째 줄",
        "the same text in the same order, with the spaces between words"
    );
    assert_eq!(text(&plain), "가나다라마abc둘째줄");
}

#[test]
fn after_a_character_of_uncertain_width_the_cursor_is_moved_as_before() {
    // “ is East Asian Ambiguous; 😀 is wide in most terminals but not all.
    let terse = drawn(&["가“나😀다"], true);
    assert_eq!(
        moves(&terse),
        ["[1;1H", "[1;4H", "[1;8H"],
        "moves after “ and 😀, none after 가 or 나: {terse:?}"
    );
}

/// The bytes `draw` writes for `cells`, through this backend or ratatui's own.
fn bytes<'a>(cells: impl Iterator<Item = (u16, u16, &'a Cell)>, runs: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let done = if runs {
        Runs::new(CrosstermBackend::new(&mut out)).draw(cells)
    } else {
        CrosstermBackend::new(&mut out).draw(cells)
    };
    done.unwrap_or_else(|e| panic!("{e}"));
    out
}

/// A writer whose bytes can be taken while a backend holds it.
#[derive(Clone, Default)]
struct Shared(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

impl Shared {
    fn take(&self) -> String {
        String::from_utf8(std::mem::take(&mut *self.0.borrow_mut())).unwrap_or_default()
    }
}

impl Write for Shared {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[test]
fn a_gap_is_written_as_spaces_only_where_the_screen_is_surely_blank() {
    let cell = |s: &str, style: ratatui::style::Style| {
        let mut c = Cell::default();
        c.set_symbol(s).set_style(style);
        c
    };
    let plain = ratatui::style::Style::new();
    let (a, b, x) = (cell("a", plain), cell("b", plain), cell("x", plain));
    let space = cell(" ", plain);
    let marked = cell(" ", plain.reversed());
    let out = Shared::default();
    let mut runs = Runs::new(CrosstermBackend::new(out.clone()));
    // First frame: an `x` at (3, 0), a plain space at (3, 1), a reversed one at (3, 2).
    let first = [(3, 0, &x), (3, 1, &space), (3, 2, &marked)];
    runs.draw(first.into_iter())
        .unwrap_or_else(|e| panic!("{e}"));
    let mark = out.take();
    assert_eq!(moves(&mark), ["[1;4H", "[2;4H", "[3;4H"]);
    // Then `a` and `b` around each of them, and around a cell never written.
    let next = [
        (2, 0, &a),
        (4, 0, &b),
        (2, 1, &a),
        (4, 1, &b),
        (2, 2, &a),
        (4, 2, &b),
        (2, 3, &a),
        (4, 3, &b),
    ];
    runs.draw(next.into_iter())
        .unwrap_or_else(|e| panic!("{e}"));
    let out = out.take();
    assert_eq!(
        moves(&out),
        ["[1;3H", "[1;5H", "[2;3H", "[3;3H", "[3;5H", "[4;3H"],
        "spaces over the plain space and the blank cell, moves over the x and the \
         reversed space: {out:?}"
    );
    assert_eq!(text(&out), "aba baba b");
}

#[test]
fn gaps_in_the_changed_cells_move_the_cursor() {
    let cell = |s: &str| {
        let mut c = Cell::default();
        c.set_symbol(s);
        c
    };
    let (ga, na, a, b, c, smile, d) = (
        cell("가"),
        cell("나"),
        cell("a"),
        cell("b"),
        cell("c"),
        cell("🙂"),
        cell("d"),
    );
    let cells = [
        (0, 0, &ga),
        (2, 0, &na),
        (5, 0, &a),
        (6, 0, &b),
        (7, 1, &c),
        (9, 1, &smile),
        (11, 1, &d),
    ];
    let out = String::from_utf8(bytes(cells.into_iter(), true)).unwrap_or_default();
    assert_eq!(
        moves(&out),
        ["[1;1H", "[2;8H", "[2;12H"],
        "none where 가 left the cursor or after a, nor at the blank gaps before a and 🙂 \
         (spaces); one at a new row and after the emoji: {out:?}"
    );
}

#[test]
fn moves_are_written_as_crossterm_writes_them() {
    for (x, y) in [(0, 0), (8, 9), (9, 99), (99, 999), (65534, 65534)] {
        let mut ours = Vec::new();
        move_to(&mut ours, x, y).unwrap_or_else(|e| panic!("{e}"));
        let mut theirs = Vec::new();
        crossterm::queue!(theirs, crossterm::cursor::MoveTo(x, y))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(ours, theirs, "({x}, {y})");
    }
}

/// The look of a cell on `screen`: attributes 1 to 9 on or off, and the foreground, background
/// and underline colours as set (empty for the default).
type Look9 = ([bool; 9], [String; 3]);

/// A terminal's screen after `bytes`, as far as `draw` writes: for each cell written, its
/// symbol and the colours and attributes in force (the SGR parameters as set, reset by 0).
fn screen(bytes: &[u8]) -> std::collections::BTreeMap<(u16, u16), (String, Look9)> {
    use unicode_segmentation::UnicodeSegmentation;
    let text = String::from_utf8_lossy(bytes).into_owned();
    let sequence =
        regex::Regex::new(r"\x1b\[([0-9;]*)([A-Za-z])").unwrap_or_else(|e| panic!("{e}"));
    let mut grid: std::collections::BTreeMap<(u16, u16), (String, Look9)> =
        std::collections::BTreeMap::new();
    let (mut x, mut y) = (0u16, 0u16);
    // Attribute on/off flags, and the colours: index 0..9 attributes, then fg, bg, underline.
    let mut attrs = [false; 9];
    let mut colors: [String; 3] = Default::default();
    let mut put = |s: &str, x: &mut u16, y: u16, attrs: &[bool; 9], colors: &[String; 3]| {
        for g in s.graphemes(true) {
            let width = |g: &str| unicode_width::UnicodeWidthStr::width(g);
            // Writing over either half of a wide character erases all of it, as terminals do.
            let before = x.checked_sub(1).map(|b| (b, y));
            if let Some(b) = before {
                let wide = grid
                    .get(&b)
                    .is_some_and(|(s, _): &(String, Look9)| width(s) > 1);
                if wide {
                    grid.remove(&b);
                }
            }
            if width(g) > 1 {
                grid.remove(&(*x + 1, y));
            }
            grid.insert((*x, y), (g.to_string(), (*attrs, colors.clone())));
            *x += u16::try_from(width(g)).unwrap_or(1);
        }
    };
    let mut last = 0;
    for c in sequence.captures_iter(&text) {
        let (Some(all), Some(params), Some(kind)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        put(&text[last..all.start()], &mut x, y, &attrs, &colors);
        last = all.end();
        let p: Vec<u32> = params
            .as_str()
            .split(';')
            .filter_map(|n| n.parse().ok())
            .collect();
        match kind.as_str() {
            "H" => {
                y = u16::try_from(p[0] - 1).unwrap_or(0);
                x = u16::try_from(p[1] - 1).unwrap_or(0);
            }
            "m" => {
                let mut i = 0;
                while i < p.len() {
                    match p[i] {
                        0 => {
                            attrs = [false; 9];
                            colors = Default::default();
                        }
                        n @ 1..=9 => attrs[n as usize - 1] = true,
                        22 => (attrs[0], attrs[1]) = (false, false),
                        25 => (attrs[4], attrs[5]) = (false, false),
                        n @ (23 | 24 | 27 | 28 | 29) => attrs[n as usize - 21] = false,
                        n @ (38 | 48 | 58) => {
                            let len = if p.get(i + 1) == Some(&5) { 2 } else { 4 };
                            colors[(n as usize - 38) / 10] = format!("{:?}", &p[i + 1..=i + len]);
                            i += len;
                        }
                        n @ (39 | 49 | 59) => colors[(n as usize - 39) / 10] = String::new(),
                        n => panic!("an SGR parameter the test does not know: {n}"),
                    }
                    i += 1;
                }
            }
            other => panic!("an escape the test does not know: {other}"),
        }
    }
    put(&text[last..], &mut x, y, &attrs, &colors);
    grid
}

/// What `screen` shows, less the cells that look empty: a space with no background and nothing
/// drawn across it (reverse 7, underline 4, blink 5 and 6, strike-through 9), which a blank cell
/// of the screen looks the same as.
fn seen(bytes: &[u8]) -> std::collections::BTreeMap<(u16, u16), (String, Look9)> {
    let mut grid = screen(bytes);
    grid.retain(|_, (symbol, (attrs, colors))| {
        let crossed = [3, 4, 5, 6, 8].iter().any(|&i| attrs[i]);
        symbol != " " || crossed || !colors[1].is_empty()
    });
    grid
}

proptest::proptest! {
    /// Whatever changed, the screen this backend leaves is the one ratatui's leaves.
    #[test]
    fn the_screen_is_the_one_ratatuis_backend_draws(
        before in proptest::collection::vec((0usize..6, 0usize..5, 0usize..6), 0..40),
        after in proptest::collection::vec((0usize..6, 0usize..5, 0usize..6), 0..40),
    ) {
        use ratatui::style::{Color, Modifier, Style};
        let words = ["가나", "a", "b c", "“인용”", "😀x", "다"];
        let styles = [
            Style::new(),
            Style::new().bold(),
            Style::new().fg(Color::Red).add_modifier(Modifier::DIM),
            Style::new().bg(Color::Indexed(33)).reversed(),
            Style::new().fg(Color::Rgb(1, 2, 3)).underline_color(Color::Blue).underlined(),
            Style::new().bold().dim().italic(),
        ];
        let area = Rect::new(0, 0, 12, 5);
        let fill = |cells: &[(usize, usize, usize)]| {
            let mut buf = Buffer::empty(area);
            for (k, &(w, y, s)) in cells.iter().enumerate() {
                let x = u16::try_from(k * 3 % 12).unwrap_or(0);
                buf.set_stringn(x, y as u16, words[w], 12 - usize::from(x), styles[s]);
            }
            buf
        };
        let (old, new) = (fill(&before), fill(&after));
        let blank = Buffer::empty(area);
        // Both frames, the first drawn on a blank screen, through one backend of each kind.
        let draw_both = |runs: bool| {
            let mut out = Vec::new();
            let first = blank.diff(&old);
            let second = old.diff(&new);
            let result = if runs {
                let mut b = Runs::new(CrosstermBackend::new(&mut out));
                b.draw(first.into_iter()).and_then(|()| b.draw(second.into_iter()))
            } else {
                let mut b = CrosstermBackend::new(&mut out);
                b.draw(first.into_iter()).and_then(|()| b.draw(second.into_iter()))
            };
            result.unwrap_or_else(|e| panic!("{e}"));
            out
        };
        proptest::prop_assert_eq!(seen(&draw_both(true)), seen(&draw_both(false)));
    }
}

#[test]
fn the_cursor_position_is_where_it_was_put_without_asking_the_terminal() {
    let out = Shared::default();
    let mut runs = Runs::new(CrosstermBackend::new(out.clone()));
    assert_eq!(runs.get_cursor_position().ok(), Some(Position::ORIGIN));
    runs.set_cursor_position((7, 3))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(runs.get_cursor_position().ok(), Some(Position::new(7, 3)));
    // Only the move was written: no question (`ESC [ 6 n`) to wait on.
    assert_eq!(out.take(), "\x1b[4;8H");
}
