//! The quote finder popup: an input line and the matching quotes with matched characters lit.

use ratatui::layout::{Position, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::Frame;

use super::draw::{centered, fill, first_visible, popup_frame, put_input, put_text, put_truncated};
use crate::tui::app::App;
use crate::tui::finder::Finder;

/// Draws the finder and puts the terminal cursor at the insertion point of the query, so an
/// input method composes Korean in place.
pub fn render(app: &App, finder: &Finder, frame: &mut Frame) {
    let amb = app.ambiguous();
    let theme = app.theme();
    let area = centered(frame.area(), 90, 80);
    let buf = frame.buffer_mut();
    let title = format!(
        " Quotes {}/{} · Enter go · Esc close ",
        finder.hits().len(),
        app.catalog().len()
    );
    let inner = popup_frame(app, buf, area, &title);
    if inner.height < 2 || inner.width < 4 {
        return;
    }
    put_text(buf, (inner.x, inner.y), inner.width, "› ", amb, |_| {
        theme.accent()
    });
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let cursor_x = put_input(
        buf,
        (inner.x + 2, inner.y),
        inner.width.saturating_sub(3),
        finder.input(),
        bold,
        amb,
    );
    let list = Rect {
        y: inner.y + 1,
        height: inner.height - 1,
        ..inner
    };
    let rows = usize::from(list.height);
    let first = first_visible(finder.selected(), rows);
    for (i, hit) in finder.hits().iter().enumerate().skip(first).take(rows) {
        let y = list.y + u16::try_from(i - first).unwrap_or(0);
        let selected = i == finder.selected();
        let base = if selected {
            theme.selected()
        } else {
            Style::new()
        };
        if selected {
            fill(buf, (list.x, y), list.width, base);
        }
        let lit = theme.fuzzy_match(base);
        let dash = finder.line(hit).find(" — ").unwrap_or(0);
        // Matches are character indices; count characters as the bytes go by.
        let starts: Vec<usize> = finder.line(hit).char_indices().map(|(b, _)| b).collect();
        let positions = &hit.positions;
        put_text(
            buf,
            (list.x + 1, y),
            list.width.saturating_sub(2),
            finder.line(hit),
            amb,
            |at| {
                let ci = starts.partition_point(|&b| b < at);
                if positions.binary_search(&ci).is_ok() {
                    lit
                } else if at < dash {
                    base.add_modifier(Modifier::BOLD)
                } else {
                    base
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
    frame.set_cursor_position(Position::new(cursor_x, inner.y));
}
