//! The speaker chooser of a correction: the filter's line, the speakers it matches (name,
//! quotes, role), and a last row offering what is typed as a new speaker.

use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::Frame;

use super::draw::{list_rows, popup_frame, put_truncated, query_line};
use crate::text::glyph::sanitize_line;
use crate::tui::app::{App, Purpose};
use crate::tui::popup::Choose;

/// Draws the chooser and puts the cursor at the filter's insertion point.
pub fn render(app: &App, view: &Choose, area: Rect, frame: &mut Frame) {
    let amb = app.ambiguous();
    let catalog = app.catalog();
    let speakers = catalog.speakers();
    let list = view.list();
    let title = match view.purpose() {
        Purpose::Reassign(_) => {
            " Reassign the quote to · type to filter or name a new speaker ·".to_string()
        }
        // A block's title is drawn as it is: the name goes through the screen's sanitiser.
        Purpose::Merge { from, .. } => format!(
            " Merge {} into · type to filter or name a new speaker ·",
            sanitize_line(speakers.get(from).map_or("", |s| s.name.as_str()))
        ),
    } + " Enter picks · Esc back ";
    let buf = frame.buffer_mut();
    let inner = popup_frame(app, buf, area, &title);
    if inner.height < 2 || inner.width < 4 {
        return;
    }
    let (cursor_x, rows) = query_line(app, buf, inner, list.input());
    let new_name = view.new_name(catalog);
    let len = list.shown().len() + usize::from(new_name.is_some());
    let name_w = (rows.width / 3).max(8);
    let count_w = 8u16;
    for (i, y, base) in list_rows(app, buf, rows, view.row(), len) {
        let x = rows.x + 1;
        let Some(s) = list.shown().get(i).and_then(|&k| speakers.get(k as usize)) else {
            let text = format!("+ new speaker: {}", new_name.unwrap_or(""));
            let style = base.patch(app.theme().accent());
            put_truncated(buf, (x, y), rows.width.saturating_sub(2), &text, style, amb);
            continue;
        };
        let bold = base.add_modifier(Modifier::BOLD);
        put_truncated(buf, (x, y), name_w.saturating_sub(2), &s.name, bold, amb);
        let quotes = format!("{:>6}q", s.quotes.len());
        put_truncated(buf, (x + name_w, y), count_w, &quotes, base, amb);
        let role = s.role.as_deref().unwrap_or("");
        let role_x = x + name_w + count_w + 1;
        let room = rows.right().saturating_sub(role_x + 1);
        put_truncated(
            buf,
            (role_x, y),
            room,
            role,
            base.add_modifier(Modifier::DIM),
            amb,
        );
    }
    frame.set_cursor_position((cursor_x, inner.y));
}
