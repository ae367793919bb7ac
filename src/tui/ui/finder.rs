//! The quote finder popup: an input line and the matching quotes with matched characters lit.

use ratatui::layout::{Position, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::{Block, Widget};
use ratatui::Frame;

use super::draw::{border_set, centered, clear_for_popup, fill, put_text, put_truncated};
use crate::text::width::str_width;
use crate::tui::app::App;
use crate::tui::finder::Finder;

/// Draws the finder and puts the terminal cursor at the end of the query, so an input method
/// composes Korean in place.
pub fn render(app: &App, finder: &Finder, frame: &mut Frame) {
    let amb = app.ambiguous();
    let area = centered(frame.area(), 90, 80);
    let buf = frame.buffer_mut();
    clear_for_popup(buf, area);
    let title = format!(
        " Quotes {}/{} · Enter go · Esc close ",
        finder.hits().len(),
        app.catalog().len()
    );
    let block = Block::bordered()
        .border_set(border_set(amb, true))
        .border_style(Style::new().fg(Color::Cyan))
        .title(title);
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.height < 2 || inner.width < 4 {
        return;
    }
    let prompt = "› ";
    put_text(buf, (inner.x, inner.y), inner.width, prompt, amb, |_| {
        Style::new().fg(Color::Cyan)
    });
    let query_x = inner.x + 2;
    let room = inner.width.saturating_sub(3);
    // Show the end of a long query: that is where the cursor is.
    let query = tail_fitting(finder.query(), usize::from(room), amb);
    let used = put_text(buf, (query_x, inner.y), room, query, amb, |_| {
        Style::new().add_modifier(Modifier::BOLD)
    });
    let list = Rect {
        y: inner.y + 1,
        height: inner.height - 1,
        ..inner
    };
    let rows = usize::from(list.height);
    let first = finder.selected().saturating_sub(rows.saturating_sub(1));
    for (i, hit) in finder.hits().iter().enumerate().skip(first).take(rows) {
        let y = list.y + u16::try_from(i - first).unwrap_or(0);
        let selected = i == finder.selected();
        let base = if selected {
            Style::new().fg(Color::Black).bg(Color::Cyan)
        } else {
            Style::new()
        };
        if selected {
            fill(buf, (list.x, y), list.width, base);
        }
        let lit = base
            .fg(Color::Yellow)
            .add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
        let dash = hit.line.find(" — ").unwrap_or(0);
        // Characters are matched by index; map each byte offset to its character index.
        let char_at = |byte: usize| hit.line[..byte].chars().count();
        let positions = &hit.positions;
        put_text(
            buf,
            (list.x + 1, y),
            list.width.saturating_sub(2),
            &hit.line,
            amb,
            |at| {
                let style = if at < dash {
                    base.add_modifier(Modifier::BOLD)
                } else {
                    base
                };
                if positions.binary_search(&char_at(at)).is_ok() {
                    lit
                } else {
                    style
                }
            },
        );
    }
    if finder.hits().is_empty() {
        put_truncated(
            buf,
            (list.x + 1, list.y),
            list.width.saturating_sub(2),
            "No quote matches.",
            Style::new().add_modifier(Modifier::DIM),
            amb,
        );
    }
    frame.set_cursor_position(Position::new(query_x + used, inner.y));
}

/// The longest end of `s` that fits in `width` columns.
fn tail_fitting(s: &str, width: usize, amb: crate::text::AmbiguousWidth) -> &str {
    let mut start = 0;
    while str_width(&s[start..], amb) > width {
        match s[start..].chars().next() {
            Some(c) => start += c.len_utf8(),
            None => break,
        }
    }
    &s[start..]
}
