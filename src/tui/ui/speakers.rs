//! The speaker list popup: name, number of quotes, role.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;

use super::draw::{list_rows, popup_frame, put_truncated};
use crate::tui::app::App;

/// Draws the speaker list with row `selected` highlighted.
pub fn render(app: &App, selected: usize, area: Rect, buf: &mut Buffer) {
    let amb = app.ambiguous();
    let speakers = &app.catalog().speakers();
    let title = format!(
        " Speakers ({}) · Enter first quote · Esc close ",
        speakers.len()
    );
    let inner = popup_frame(app, buf, area, &title);
    let name_w = (inner.width / 3).max(8);
    let count_w = 10u16;
    for (i, y, base) in list_rows(app, buf, inner, selected, speakers.len()) {
        let s = &speakers[i];
        put_truncated(
            buf,
            (inner.x + 1, y),
            name_w.saturating_sub(2),
            &s.name,
            base.add_modifier(Modifier::BOLD),
            amb,
        );
        let count = format!(
            "{} quote{}",
            s.quotes.len(),
            if s.quotes.len() == 1 { "" } else { "s" }
        );
        put_truncated(buf, (inner.x + name_w, y), count_w, &count, base, amb);
        let role_x = inner.x + name_w + count_w + 1;
        let role_w = inner.right().saturating_sub(role_x + 1);
        put_truncated(
            buf,
            (role_x, y),
            role_w,
            s.role.as_deref().unwrap_or(""),
            base.add_modifier(Modifier::DIM),
            amb,
        );
    }
}
