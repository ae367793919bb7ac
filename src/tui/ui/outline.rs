//! The outline popup: each heading indented by its level, with its line.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;

use super::draw::{list_rows, popup_frame, put_notice, put_truncated};
use crate::tui::app::App;
use crate::tui::popup::Outline;

/// Draws `outline` with its highlighted row.
pub fn render(app: &App, outline: &Outline, area: Rect, buf: &mut Buffer) {
    let amb = app.ambiguous();
    let headings = outline.headings();
    let more = if outline.scanning() { "…" } else { "" };
    let title = format!(
        " Outline ({}{more}) · Enter go · Esc close ",
        headings.len()
    );
    let inner = popup_frame(app, buf, area, &title);
    if headings.is_empty() {
        let none = if outline.scanning() {
            "Looking for headings…"
        } else {
            "No headings found (Markdown #, numbered or underlined ones)."
        };
        put_notice(buf, inner, none, amb);
        return;
    }
    // Levels are relative: the highest heading found starts at the left.
    let top = headings.iter().map(|h| h.level).min().unwrap_or(1);
    let doc = app.docs().get(app.selected());
    let line_w = 8u16;
    for (i, y, base) in list_rows(app, buf, inner, outline.selected(), headings.len()) {
        let h = &headings[i];
        let indent = 2 * u16::from(h.level.saturating_sub(top));
        let x = inner.x + 1 + indent.min(inner.width / 2);
        let width = inner.right().saturating_sub(x + line_w + 1);
        let style = if h.level == top {
            base.add_modifier(Modifier::BOLD)
        } else {
            base
        };
        put_truncated(buf, (x, y), width, &h.title, style, amb);
        if let Some(doc) = doc {
            let line = format!("{:>7}", doc.line_of(h.offset));
            let at = inner.right().saturating_sub(line_w);
            put_truncated(
                buf,
                (at, y),
                line_w,
                &line,
                base.add_modifier(Modifier::DIM),
                amb,
            );
        }
    }
}
