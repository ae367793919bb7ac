//! A backend that moves the cursor once per run of cells rather than after every wide one.
//!
//! ratatui's crossterm backend moves the cursor before any cell that is not one column right of
//! the last: after each wide character, whose second column is not a cell of its own. A row of
//! Korean text thus carries a cursor move (`ESC [ row ; col H`, 8 bytes) per syllable, and a
//! screen of it is half again as many bytes as it needs, which the terminal must read and parse
//! on every frame. This wrapper hands the inner backend the cells of a run (each where the one
//! before leaves the cursor) numbered as if they were one column apart, so it moves once per
//! run; it still moves where it always did.
//!
//! A run only continues past characters whose width every terminal agrees on (printable ASCII,
//! Hangul syllables and jamo, CJK ideographs, full-width forms). After anything else (emoji,
//! East Asian Ambiguous characters, clusters) the cursor is moved as before, so a terminal that
//! draws one of them at another width than dokseo measured still puts the next cell in place.

use std::io::{self, Write};

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};

/// Wraps a backend; see the module documentation.
#[derive(Debug)]
pub struct Runs<B> {
    inner: B,
}

impl<B> Runs<B> {
    /// Wraps `inner`.
    pub fn new(inner: B) -> Self {
        Self { inner }
    }
}

/// Columns the cursor surely advances after printing `symbol`, when every terminal agrees.
fn sure_width(symbol: &str) -> Option<u16> {
    let mut chars = symbol.chars();
    let c = chars.next()?;
    if chars.next().is_some() {
        return None;
    }
    match u32::from(c) {
        0x20..=0x7E => Some(1),
        0x1100..=0x115F      // Hangul Jamo, leading consonants
        | 0x3131..=0x318E    // Hangul Compatibility Jamo
        | 0x4E00..=0x9FFF    // CJK Unified Ideographs
        | 0xAC00..=0xD7A3    // Hangul Syllables
        | 0xFF01..=0xFF60    // Full-width forms
        => Some(2),
        _ => None,
    }
}

/// Renumbers cells so that a run of cells, each where the last leaves the cursor, looks like
/// cells one column apart.
#[derive(Debug, Default)]
struct Renumber {
    /// The last cell: its row, the column given to the inner backend, and where the cursor
    /// surely is after it (when sure).
    last: Option<(u16, u16, Option<u16>)>,
}

impl Renumber {
    fn next(&mut self, x: u16, y: u16, symbol: &str) -> u16 {
        let given = match self.last {
            Some((row, given, Some(cursor))) if row == y && cursor == x => given + 1,
            // A new run: given its real column, which the inner backend moves to, since it is
            // never one right of the last given column (that is at most the last real one).
            _ => x,
        };
        let cursor = sure_width(symbol).and_then(|w| x.checked_add(w));
        self.last = Some((y, given, cursor));
        given
    }
}

impl<B: Backend> Backend for Runs<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let mut renumber = Renumber::default();
        self.inner.draw(content.map(move |(x, y, cell)| {
            let given = renumber.next(x, y, cell.symbol());
            (given, y, cell)
        }))
    }

    fn append_lines(&mut self, n: u16) -> Result<(), Self::Error> {
        self.inner.append_lines(n)
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> Result<(), Self::Error> {
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> Result<Size, Self::Error> {
        self.inner.size()
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        self.inner.flush()
    }
}

impl<B: Write> Write for Runs<B> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.inner.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use ratatui::backend::CrosstermBackend;
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;

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
        // Spaces are unchanged cells of the blank screen, so each word is a run of its own.
        assert_eq!(
            moves(&terse),
            ["[1;1H", "[1;8H", "[1;13H", "[2;1H", "[2;6H"],
            "{terse:?}"
        );
        assert_eq!(
            moves(&plain).len(),
            9,
            "one per syllable, one per ASCII word"
        );
        assert!(terse.len() < plain.len());
        assert_eq!(
            text(&terse),
            text(&plain),
            "the same text in the same order"
        );
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

    #[test]
    fn gaps_in_the_changed_cells_move_the_cursor() {
        let mut r = Renumber::default();
        assert_eq!(r.next(0, 0, "가"), 0);
        assert_eq!(r.next(2, 0, "나"), 1, "where 가 left the cursor");
        assert_eq!(r.next(5, 0, "a"), 5, "a gap: its own column");
        assert_eq!(r.next(6, 0, "b"), 6);
        assert_eq!(r.next(7, 1, "c"), 7, "another row");
        assert_eq!(r.next(9, 1, "🙂"), 9);
        assert_eq!(r.next(11, 1, "d"), 11, "after an emoji: its own column");
    }
}
