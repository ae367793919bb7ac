//! The backend the reader draws through: ratatui's crossterm backend, with a cheaper `draw`.
//!
//! ratatui's crossterm backend moves the cursor before any cell that is not one column right of
//! the last: after each wide character, whose second column is not a cell of its own. A row of
//! Korean text thus carries a cursor move (`ESC [ row ; col H`, 8 bytes) per syllable, and a
//! screen of it is half again as many bytes as it needs, which the terminal must read and parse
//! on every frame. This `draw` moves once per run of cells, each where the one before surely
//! leaves the cursor; it still moves where ratatui's did. It also writes each symbol's bytes and
//! each move itself, where crossterm's commands go through `fmt` for every cell (a fifth of
//! the work of a first frame), and sets a style only where it changes, from a reset.
//!
//! A run only continues past characters whose width every terminal agrees on (printable ASCII,
//! Hangul syllables and jamo, CJK ideographs, full-width forms). After anything else (emoji,
//! East Asian Ambiguous characters, clusters) the cursor is moved as before, so a terminal that
//! draws one of them at another width than dokseo measured still puts the next cell in place.
//!
//! A run also continues over a short gap of unchanged cells that the terminal surely shows
//! blank (`Shown`): the gap is written as spaces, a byte each, instead of a move of six to
//! eight. Those are the spaces between the words of a page of text (ratatui's diff leaves them
//! out, as unchanged from the blank screen): a page down through Korean text writes about a
//! third fewer bytes.

use std::io::{self, Write};

use crossterm::queue;
use crossterm::style::{
    Attribute, Color as CrosstermColor, Colors, SetAttribute, SetBackgroundColor, SetColors,
    SetForegroundColor, SetUnderlineColor,
};
use ratatui::backend::{Backend, ClearType, CrosstermBackend, IntoCrossterm, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use ratatui::style::{Color, Modifier};

/// Wraps ratatui's crossterm backend; see the module documentation.
#[derive(Debug)]
pub struct Runs<B> {
    inner: B,
    shown: Shown,
    /// The position last given to `set_cursor_position` (see `get_cursor_position`).
    at: Position,
}

impl<B> Runs<B> {
    /// Wraps `inner`, drawing on a blank screen.
    pub fn new(inner: B) -> Self {
        Self {
            inner,
            shown: Shown::default(),
            at: Position::ORIGIN,
        }
    }
}

/// The longest gap written as spaces: a cursor move is at least six bytes.
const FILL_MOST: u16 = 6;

/// Which cells the terminal surely shows blank: those written as a space in a look that
/// leaves a space unseen, and those not written at all since the screen was cleared (ratatui
/// draws on a blank screen, and clears the whole screen after a resize or a suspension).
#[derive(Debug, Default)]
struct Shown {
    /// Per row, a bit per column, set where the cell may show something.
    marked: Vec<Vec<u64>>,
    /// Cleared in part, or not known to be blank: no gap is filled until the next whole clear.
    unknown: bool,
}

impl Shown {
    fn blank(&self, x: u16, y: u16) -> bool {
        let (x, y) = (usize::from(x), usize::from(y));
        let marked = self
            .marked
            .get(y)
            .and_then(|row| row.get(x / 64))
            .is_some_and(|bits| bits >> (x % 64) & 1 == 1);
        !self.unknown && !marked
    }

    fn mark(&mut self, x: u16, y: u16, blank: bool) {
        let (x, y) = (usize::from(x), usize::from(y));
        if blank && self.marked.get(y).is_none_or(|row| row.len() <= x / 64) {
            return;
        }
        if self.marked.len() <= y {
            self.marked.resize_with(y + 1, Vec::new);
        }
        let row = &mut self.marked[y];
        if row.len() <= x / 64 {
            row.resize(x / 64 + 1, 0);
        }
        if blank {
            row[x / 64] &= !(1 << (x % 64));
        } else {
            row[x / 64] |= 1 << (x % 64);
        }
    }

    /// The whole screen was cleared.
    fn cleared(&mut self) {
        self.marked.clear();
        self.unknown = false;
    }
}

/// Whether a space drawn in `look` leaves its cell looking empty: no background, and nothing
/// drawn across the cell (reverse, underline, strike-through, blinking).
fn blank_look((_, bg, _, modifier): Look) -> bool {
    const SEEN: Modifier = Modifier::REVERSED
        .union(Modifier::UNDERLINED)
        .union(Modifier::CROSSED_OUT)
        .union(Modifier::SLOW_BLINK)
        .union(Modifier::RAPID_BLINK);
    bg == Color::Reset && !modifier.intersects(SEEN)
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

/// Writes `ESC [ row ; col H` (1-based) as crossterm's `MoveTo` does, without formatting
/// machinery: a frame of text has one per run.
fn move_to(w: &mut impl Write, x: u16, y: u16) -> io::Result<()> {
    let mut buf = [0u8; 16];
    buf[..2].copy_from_slice(b"\x1b[");
    let mut n = 2;
    for (v, end) in [(u32::from(y) + 1, b';'), (u32::from(x) + 1, b'H')] {
        let digits = if v >= 10_000 {
            5
        } else if v >= 1_000 {
            4
        } else if v >= 100 {
            3
        } else if v >= 10 {
            2
        } else {
            1
        };
        let mut rest = v;
        for i in (0..digits).rev() {
            // A digit: below 10.
            buf[n + i] = b'0' + u8::try_from(rest % 10).unwrap_or(0);
            rest /= 10;
        }
        n += digits;
        buf[n] = end;
        n += 1;
    }
    w.write_all(&buf[..n])
}

/// A cell's style: what the terminal is told when it changes.
type Look = (Color, Color, Color, Modifier);

/// Sets the terminal's style to `look` from any other: a reset, then each attribute and colour
/// that is not the default (crossterm's commands, so colours are written as crossterm writes
/// them).
fn set_look(w: &mut impl Write, (fg, bg, underline, modifier): Look) -> io::Result<()> {
    const ATTRIBUTES: [(Modifier, Attribute); 9] = [
        (Modifier::REVERSED, Attribute::Reverse),
        (Modifier::BOLD, Attribute::Bold),
        (Modifier::ITALIC, Attribute::Italic),
        (Modifier::UNDERLINED, Attribute::Underlined),
        (Modifier::DIM, Attribute::Dim),
        (Modifier::CROSSED_OUT, Attribute::CrossedOut),
        (Modifier::HIDDEN, Attribute::Hidden),
        (Modifier::SLOW_BLINK, Attribute::SlowBlink),
        (Modifier::RAPID_BLINK, Attribute::RapidBlink),
    ];
    queue!(w, SetAttribute(Attribute::Reset))?;
    for (m, a) in ATTRIBUTES {
        if modifier.contains(m) {
            queue!(w, SetAttribute(a))?;
        }
    }
    if fg != Color::Reset || bg != Color::Reset {
        queue!(
            w,
            SetColors(Colors::new(fg.into_crossterm(), bg.into_crossterm()))
        )?;
    }
    if underline != Color::Reset {
        queue!(w, SetUnderlineColor(underline.into_crossterm()))?;
    }
    Ok(())
}

impl<W: Write> Backend for Runs<CrosstermBackend<W>> {
    type Error = io::Error;

    /// Writes the changed cells: a cursor move only where a cell is not where the last one
    /// surely left the cursor, the style only where it changes, each symbol's bytes as they
    /// are. Ends with the default style, as ratatui's crossterm backend does.
    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        // The backend writes through to its writer.
        let w = &mut self.inner;
        let shown = &mut self.shown;
        let mut cursor: Option<(u16, u16)> = None;
        let mut look: Look = (Color::Reset, Color::Reset, Color::Reset, Modifier::empty());
        // A frame has a few styles, changing a few times a row (borders, list, text): each
        // one's bytes are made once.
        let mut made: Vec<(Look, Vec<u8>)> = Vec::new();
        for (x, y, cell) in content {
            let symbol = cell.symbol();
            if cursor != Some((x, y)) {
                // A short gap of blank cells on the same row, in a look that keeps a space
                // unseen, is written over with spaces.
                let gap = cursor.filter(|&(from, row)| {
                    row == y
                        && from < x
                        && x - from <= FILL_MOST
                        && blank_look(look)
                        && (from..x).all(|gx| shown.blank(gx, y))
                });
                match gap {
                    Some((from, _)) => {
                        for _ in from..x {
                            w.write_all(b" ")?;
                        }
                    }
                    None => move_to(w, x, y)?,
                }
            }
            let width = sure_width(symbol);
            cursor = width
                .and_then(|width| x.checked_add(width))
                .map(|after| (after, y));
            let wanted = (cell.fg, cell.bg, cell.underline_color, cell.modifier);
            // The columns a wide character covers need no mark of their own: a gap starts
            // where the cursor surely is, never inside a character, so a gap over a covered
            // column also covers the character's first one, marked here.
            shown.mark(x, y, symbol == " " && blank_look(wanted));
            if wanted != look {
                let i = match made.iter().position(|(l, _)| *l == wanted) {
                    Some(i) => i,
                    None => {
                        let mut bytes = Vec::new();
                        set_look(&mut bytes, wanted)?;
                        made.push((wanted, bytes));
                        made.len() - 1
                    }
                };
                w.write_all(&made[i].1)?;
                look = wanted;
            }
            w.write_all(symbol.as_bytes())?;
        }
        queue!(
            w,
            SetForegroundColor(CrosstermColor::Reset),
            SetBackgroundColor(CrosstermColor::Reset),
            SetUnderlineColor(CrosstermColor::Reset),
            SetAttribute(Attribute::Reset),
        )
    }

    fn append_lines(&mut self, n: u16) -> Result<(), Self::Error> {
        self.shown.unknown = true;
        self.inner.append_lines(n)
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.show_cursor()
    }

    /// The position last given to `set_cursor_position` (the origin before any), without asking
    /// the terminal where the cursor is. ratatui asks only to put the cursor back after clearing
    /// the screen (on every resize), and the reader hides the cursor or places it at each frame:
    /// the question's round trip is not worth waiting for, and a terminal that never answers it
    /// would fail each resize after crossterm's two-second timeout.
    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        Ok(self.at)
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        let position = position.into();
        self.at = position;
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> Result<(), Self::Error> {
        self.shown.cleared();
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        if clear_type == ClearType::All {
            self.shown.cleared();
        } else {
            self.shown.unknown = true;
        }
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> Result<Size, Self::Error> {
        self.inner.size()
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        Backend::flush(&mut self.inner)
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
mod tests;
