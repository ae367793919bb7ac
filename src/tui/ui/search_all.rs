//! The search-everywhere popup: input, then every hit with its document and context.

use ratatui::layout::{Position, Rect};
use ratatui::style::Modifier;
use ratatui::Frame;

use super::draw::{list_rows, popup_frame, put_styled_truncated, put_truncated, query_line};
use crate::tui::app::App;
use crate::tui::search_all::SearchAll;

/// Draws the popup and puts the terminal cursor in its input.
pub fn render(app: &App, search: &SearchAll, area: Rect, frame: &mut Frame) {
    let amb = app.ambiguous();
    let buf = frame.buffer_mut();
    let title = format!(
        " Search all documents · {} matches · Enter go · Esc close ",
        search.total
    );
    let inner = popup_frame(app, buf, area, &title);
    if inner.height < 2 || inner.width < 8 {
        return;
    }
    let (cursor_x, list) = query_line(app, buf, inner, &search.input);
    let name_w = (list.width / 4).clamp(8, 30);
    for (i, y, base) in list_rows(app, buf, list, search.selected, search.hits.len()) {
        let hit = &search.hits[i];
        let name = app
            .docs()
            .get(hit.doc)
            .map_or("", |d| d.meta.title.as_str());
        put_truncated(
            buf,
            (list.x + 1, y),
            name_w - 2,
            name,
            base.add_modifier(Modifier::DIM),
            amb,
        );
        let lit = app.theme().fuzzy_match(base);
        put_styled_truncated(
            buf,
            (list.x + name_w, y),
            list.width.saturating_sub(name_w + 1),
            &hit.context,
            amb,
            |at| {
                if hit.lit.contains(&at) {
                    lit
                } else {
                    base
                }
            },
        );
    }
    frame.set_cursor_position(Position::new(cursor_x, inner.y));
}
