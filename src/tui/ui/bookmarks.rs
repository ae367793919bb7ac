//! The bookmark list popup: label, document and the text at the mark.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;

use super::draw::{list_rows, popup_frame, put_notice, put_truncated};
use crate::tui::app::App;

/// Draws the bookmark list with row `selected` highlighted.
pub fn render(app: &App, selected: usize, area: Rect, buf: &mut Buffer) {
    let amb = app.ambiguous();
    let marks = app.bookmarks();
    let title = format!(
        " Bookmarks ({}) · Enter go · d delete · Esc close ",
        marks.len()
    );
    let inner = popup_frame(app, buf, area, &title);
    if marks.is_empty() {
        put_notice(
            buf,
            inner,
            "No bookmarks yet: press m in the reading pane.",
            amb,
        );
        return;
    }
    let label_w = (inner.width / 4).max(6);
    let name_w = (inner.width / 4).max(6);
    for (i, y, base) in list_rows(app, buf, inner, selected, marks.len()) {
        let b = &marks[i];
        let label = if b.label.is_empty() {
            "(no label)"
        } else {
            b.label.as_str()
        };
        put_truncated(
            buf,
            (inner.x + 1, y),
            label_w.saturating_sub(2),
            label,
            base.add_modifier(Modifier::BOLD),
            amb,
        );
        put_truncated(
            buf,
            (inner.x + label_w, y),
            name_w.saturating_sub(1),
            &b.name,
            base,
            amb,
        );
        let x = inner.x + label_w + name_w;
        put_truncated(
            buf,
            (x, y),
            inner.right().saturating_sub(x + 1),
            &b.excerpt,
            base.add_modifier(Modifier::DIM),
            amb,
        );
    }
}
