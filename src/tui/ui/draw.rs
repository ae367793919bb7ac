//! Writing untrusted text into the buffer with the same widths the layout used.
//!
//! ratatui's own string writers measure ambiguous characters as one column and drop control
//! characters; these helpers go through [`mod@crate::text::glyph`] instead, so escapes are visible,
//! wide characters never straddle an edge, and ambiguous ones take the policy's width.

use std::num::NonZeroU16;

use ratatui::buffer::{Buffer, CellDiffOption, CellWidth};
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use unicode_width::UnicodeWidthStr;

use crate::text::cluster::is_regional_indicator;
use crate::text::glyph::Glyph;
use crate::text::graphemes;
use crate::text::width::{plain_char_width, str_width};
use crate::text::wrap::tab_width;
use crate::text::{glyph, AmbiguousWidth};

/// Style for escaped control characters: visibly not part of the text.
fn escape_style(base: Style) -> Style {
    base.reversed().dim()
}

/// Writes `text` at (x, y) in at most `max` columns; `style_at(byte offset in text)` styles each
/// grapheme. Returns the columns used. Stops before the first glyph that would not fit.
pub fn put_text(
    buf: &mut Buffer,
    (x, y): (u16, u16),
    max: u16,
    text: &str,
    amb: AmbiguousWidth,
    style_at: impl Fn(usize) -> Style,
) -> u16 {
    let area = buf.area;
    if y < area.y || y >= area.bottom() || x >= area.right() {
        return 0;
    }
    let max = usize::from(max.min(area.right() - x));
    let mut col = 0usize;
    'text: for (at, g) in graphemes::indices(text) {
        let style = style_at(at);
        let cx = |c: usize| x + u16::try_from(c).unwrap_or(u16::MAX);
        match glyph(g, amb) {
            Glyph::Text { text, width, .. } => {
                let w = usize::from(width);
                if col + w > max {
                    break;
                }
                match flag_halves(text) {
                    // tmux keeps a flag as two one-column cells; drawn so, a later frame that
                    // overwrites the flag clears both (a terminal that joins them into one
                    // flag still takes the same two columns).
                    Some((a, b)) => {
                        put_cell(buf, (cx(col), y), a, 1, style);
                        put_cell(buf, (cx(col + 1), y), b, 1, style);
                    }
                    None => put_cell(buf, (cx(col), y), text, width, style),
                }
                col += w;
            }
            Glyph::Split { parts, .. } => {
                for p in parts.filter(|p| p.width > 0) {
                    let w = usize::from(p.width);
                    if col + w > max {
                        break 'text;
                    }
                    put_cell(buf, (cx(col), y), p.text, p.width, style_at(at + p.at));
                    col += w;
                }
            }
            Glyph::Escaped(s) => {
                if col + s.len() > max {
                    break;
                }
                for ch in s.chars() {
                    buf[(cx(col), y)]
                        .set_char(ch)
                        .set_style(escape_style(style));
                    col += 1;
                }
            }
            Glyph::Tab => {
                let w = tab_width(col).min(max - col);
                for _ in 0..w {
                    buf[(cx(col), y)].set_char(' ').set_style(style);
                    col += 1;
                }
            }
            Glyph::Invisible => {}
        }
        if col >= max {
            break;
        }
    }
    u16::try_from(col).unwrap_or(u16::MAX)
}

/// Where drawing `text` from `cols` columns in starts: the byte offset of the first grapheme
/// wholly past that edge, and the blank columns before it (a wide character or escape cut by
/// the edge). Measured as [`put_text`] draws, so the columns line up.
#[must_use]
pub fn skip_columns(text: &str, cols: u16, amb: AmbiguousWidth) -> (usize, u16) {
    let cols = usize::from(cols);
    let mut col = 0usize;
    for (at, g) in graphemes::indices(text) {
        if col >= cols {
            return (at, u16::try_from(col - cols).unwrap_or(0));
        }
        col += match glyph(g, amb) {
            Glyph::Text { width, .. } => usize::from(width),
            Glyph::Split { parts, .. } => parts.map(|p| usize::from(p.width)).sum(),
            Glyph::Escaped(s) => s.len(),
            Glyph::Tab => tab_width(col),
            Glyph::Invisible => 0,
        };
    }
    (text.len(), 0)
}

/// Writes one drawn cell of `width` columns at `pos` (inside the buffer) and blanks the
/// columns it covers.
/// The two regional indicators of a flag (`🇰🇷`), or `None` for any other cluster.
fn flag_halves(text: &str) -> Option<(&str, &str)> {
    let mut chars = text.char_indices();
    let (_, first) = chars.next()?;
    let (i, second) = chars.next()?;
    (chars.next().is_none() && is_regional_indicator(first) && is_regional_indicator(second))
        .then(|| text.split_at(i))
}

fn put_cell(buf: &mut Buffer, pos: (u16, u16), text: &str, width: u8, style: Style) {
    let cell = &mut buf[pos];
    cell.set_symbol(text).set_style(style);
    if !measured_as(text, width) {
        // ratatui measures the symbol itself: ambiguous characters as narrow, and an unusual
        // cluster as the sum unicode-width gives it. Where that is not the width the text was
        // laid out with, tell it, so its diff skips exactly the columns the cell covers (a cell
        // it believes wider hides the characters after it, and both leave stale cells).
        if let Some(w) = NonZeroU16::new(u16::from(width)) {
            cell.set_diff_option(CellDiffOption::ForcedWidth(w));
        }
    }
    for hidden in 1..width {
        buf[(pos.0 + u16::from(hidden), pos.1)].reset();
    }
}

/// Whether ratatui measures `text` as `width` columns (its width tables are asked only for
/// what is not one plain character, [`plain_char_width`]: most cells).
fn measured_as(text: &str, width: u8) -> bool {
    let mut chars = text.chars();
    // ratatui measures with unicode-width's narrow widths.
    let plain = match (chars.next(), chars.next()) {
        (Some(c), None) => plain_char_width(c, AmbiguousWidth::Narrow).map(|(w, _)| w),
        _ => None,
    };
    match plain {
        Some(w) => w == width,
        None => text.cell_width() == u16::from(width),
    }
}

/// Writes `s` in one style, cut with `…` when wider than `max`.
pub fn put_truncated(
    buf: &mut Buffer,
    at: (u16, u16),
    max: u16,
    s: &str,
    style: Style,
    amb: AmbiguousWidth,
) -> u16 {
    put_styled_truncated(buf, at, max, s, amb, |_| style)
}

/// [`put_text`] with `…` in the last column when `s` is wider than `max`, as
/// [`put_truncated`] with a style for each byte offset (lit matches); the `…` takes the
/// style of the text's end (no match is lit there).
pub fn put_styled_truncated(
    buf: &mut Buffer,
    at: (u16, u16),
    max: u16,
    s: &str,
    amb: AmbiguousWidth,
    style_at: impl Fn(usize) -> Style,
) -> u16 {
    if str_width(s, amb) <= usize::from(max) {
        return put_text(buf, at, max, s, amb, style_at);
    }
    let ellipsis = u16::try_from(str_width("…", amb)).unwrap_or(1);
    let used = put_text(buf, at, max.saturating_sub(ellipsis), s, amb, &style_at);
    let style = style_at(s.len());
    used + put_text(buf, (at.0 + used, at.1), max - used, "…", amb, |_| style)
}

/// Writes a dim one-line notice at the top of `area`, one column in from each side: what a
/// list or a popup shows when it has nothing else to show.
pub fn put_notice(buf: &mut Buffer, area: Rect, s: &str, amb: AmbiguousWidth) {
    let style = Style::new().add_modifier(Modifier::DIM);
    put_truncated(
        buf,
        (area.x + 1, area.y),
        area.width.saturating_sub(2),
        s,
        style,
        amb,
    );
}

/// Draws an input line in `room` columns, scrolled so the cursor stays in view, and returns
/// the screen column of the cursor (where an input method composes the next syllable).
pub fn put_input(
    buf: &mut Buffer,
    (x, y): (u16, u16),
    room: u16,
    input: &crate::tui::input::LineInput,
    style: Style,
    amb: AmbiguousWidth,
) -> u16 {
    let before = input.before_cursor();
    let mut skip = 0;
    while str_width(&before[skip..], amb) > usize::from(room.saturating_sub(1)) {
        match before[skip..].chars().next() {
            Some(c) => skip += c.len_utf8(),
            None => break,
        }
    }
    put_text(buf, (x, y), room, &input.text()[skip..], amb, |_| style);
    let cursor = u16::try_from(str_width(&before[skip..], amb)).unwrap_or(room);
    x + cursor.min(room)
}

/// Fills a row segment with `style` (for selection bars and the status line).
pub fn fill(buf: &mut Buffer, (x, y): (u16, u16), width: u16, style: Style) {
    for dx in 0..width {
        if let Some(cell) = buf.cell_mut((x + dx, y)) {
            cell.set_char(' ').set_style(style);
        }
    }
}

/// Clears `area` for a popup. A wide character just left of it would lose its right half to
/// the popup's border, and terminals then blank the whole character unpredictably: it is
/// replaced with a space first.
pub fn clear_for_popup(buf: &mut Buffer, area: Rect) {
    let area = area.intersection(buf.area);
    for y in area.top()..area.bottom() {
        if area.x > buf.area.x {
            let left = &mut buf[(area.x - 1, y)];
            if left.symbol().width() > 1 || left.diff_option != CellDiffOption::None {
                left.reset();
            }
        }
        for x in area.left()..area.right() {
            buf[(x, y)].reset();
        }
    }
}

/// The query line at the top of a search popup's `inner` area (an accent `› ` and the input in
/// bold); returns the cursor column and the rows below it, for the list. `inner` must have at
/// least one row.
pub fn query_line(
    app: &crate::tui::app::App,
    buf: &mut Buffer,
    inner: Rect,
    input: &crate::tui::input::LineInput,
) -> (u16, Rect) {
    let amb = app.ambiguous();
    put_text(buf, (inner.x, inner.y), 2, "› ", amb, |_| {
        app.theme().accent()
    });
    let cursor_x = put_input(
        buf,
        (inner.x + 2, inner.y),
        inner.width.saturating_sub(3),
        input,
        Style::new().bold(),
        amb,
    );
    let list = Rect {
        y: inner.y + 1,
        height: inner.height.saturating_sub(1),
        ..inner
    };
    (cursor_x, list)
}

/// Clears `area`, draws a popup frame titled `title` in the theme's accent, and returns the
/// inside.
pub fn popup_frame(app: &crate::tui::app::App, buf: &mut Buffer, area: Rect, title: &str) -> Rect {
    clear_for_popup(buf, area);
    let set = border_set(app.ambiguous(), true);
    let room = usize::from(area.width.saturating_sub(2));
    let title = fit_title(title, room, app.ambiguous());
    bordered(buf, area, &set, app.theme().accent(), Some(&title));
    crate::tui::layout::inside_border(area)
}

/// `title` (` Quotes 7/75 · Enter go · Esc close `) in `room` columns: whole, or without the
/// hints at its end that do not fit, so it never ends on a `·` cut in half. The first part
/// is kept whatever its width (the border cuts it).
#[must_use]
pub fn fit_title(title: &str, room: usize, amb: AmbiguousWidth) -> String {
    let parts: Vec<&str> = title.trim().split(" · ").collect();
    let mut keep = parts.len();
    let fitted = |n: usize| format!(" {} ", parts[..n].join(" · "));
    while keep > 1 && str_width(&fitted(keep), amb) > room {
        keep -= 1;
    }
    fitted(keep)
}

/// The rows of a list of `len` items that fit in `list`, scrolled so `selected` is visible:
/// (item index, screen row, style). The selected row's bar is filled in the theme's colours.
pub fn list_rows(
    app: &crate::tui::app::App,
    buf: &mut Buffer,
    list: Rect,
    selected: usize,
    len: usize,
) -> Vec<(usize, u16, Style)> {
    let first = crate::tui::layout::first_visible(selected, usize::from(list.height));
    (first..len)
        .zip(list.top()..list.bottom())
        .map(|(i, y)| {
            let style = if i == selected {
                app.theme().selected()
            } else {
                Style::new()
            };
            if i == selected {
                fill(buf, (list.x, y), list.width, style);
            }
            (i, y, style)
        })
        .collect()
}

/// The notice shown when the terminal is too small for anything else.
pub fn too_small(buf: &mut Buffer, amb: AmbiguousWidth) {
    let area = buf.area;
    let lines = ["Terminal too small.", "Enlarge it to read."];
    for (i, line) in lines.iter().enumerate() {
        let y = area.y + u16::try_from(i).unwrap_or(0);
        if y < area.bottom() {
            put_truncated(buf, (area.x, y), area.width, line, Style::new().bold(), amb);
        }
    }
}

mod borders;
pub use borders::{border_set, bordered};

#[cfg(test)]
mod tests;
