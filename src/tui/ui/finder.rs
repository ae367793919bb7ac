//! The quote finder popup: an input line and the matching quotes with matched characters lit.

use ratatui::layout::{Position, Rect};
use ratatui::style::Modifier;
use ratatui::Frame;

use super::draw::{list_rows, popup_frame, put_notice, put_styled_truncated, query_line};
use crate::tui::app::App;
use crate::tui::finder::Finder;

/// Draws the finder and puts the terminal cursor at the insertion point of the query, so an
/// input method composes Korean in place.
pub fn render(app: &App, finder: &Finder, area: Rect, frame: &mut Frame) {
    let amb = app.ambiguous();
    let theme = app.theme();
    let buf = frame.buffer_mut();
    let busy = if finder.filtering() {
        " · filtering…"
    } else {
        ""
    };
    let scope = finder
        .speaker()
        .and_then(|s| app.catalog().speakers().get(s));
    let title = match scope {
        Some(s) => format!(
            " Quotes of {} {}/{}{busy} · Enter go · ^Y/^S Markdown · Esc close ",
            crate::text::glyph::sanitize_line(&s.name),
            finder.hits().len(),
            s.quotes.len()
        ),
        None => format!(
            " Quotes {}/{}{busy} · Enter go · ^Y/^S Markdown · Esc close ",
            finder.hits().len(),
            app.catalog().len()
        ),
    };
    let inner = popup_frame(app, buf, area, &title);
    if inner.height < 2 || inner.width < 4 {
        return;
    }
    let (cursor_x, list) = query_line(app, buf, inner, finder.input());
    for (i, y, base) in list_rows(app, buf, list, finder.selected(), finder.hits().len()) {
        let hit = &finder.hits()[i];
        let lit = theme.fuzzy_match(base);
        let line = Finder::line(hit, app.catalog(), app.docs());
        let dash = line.find(" — ").unwrap_or(0);
        // Matches are character indices; count characters as the bytes go by.
        let starts: Vec<usize> = line.char_indices().map(|(b, _)| b).collect();
        let positions = finder.positions(&line);
        put_styled_truncated(
            buf,
            (list.x + 1, y),
            list.width.saturating_sub(2),
            &line,
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
        put_notice(buf, list, "No quote matches.", amb);
    }
    frame.set_cursor_position(Position::new(cursor_x, inner.y));
}
