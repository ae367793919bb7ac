//! The help overlay: every key, grouped by pane.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::widgets::{Block, Widget};

use super::draw::{border_set, clear_for_popup, put_truncated};
use crate::tui::app::App;

/// The keys, as shown in the overlay and the README.
pub const KEYS: &[(&str, &str)] = &[
    ("Anywhere", ""),
    ("Tab", "switch pane"),
    ("?", "this help (any key closes)"),
    ("q  Ctrl-c", "quit"),
    ("f", "quote finder: type to filter, Enter jumps"),
    ("s", "speakers: Enter jumps to the first quote"),
    ("] [", "next / previous quote"),
    ("} {", "next / previous quote by the same speaker"),
    ("y", "copy the current quote with its citation"),
    ("Document list", ""),
    ("j k  ↓ ↑", "select next / previous"),
    ("g G  Home End", "first / last document"),
    ("Enter  l  →", "read the selected document"),
    ("Reading pane", ""),
    ("j k  ↓ ↑", "scroll one row"),
    ("Space  PageDown  Ctrl-f", "next page"),
    ("b  PageUp  Ctrl-b", "previous page"),
    ("Ctrl-d  Ctrl-u", "half a page down / up"),
    ("g G  Home End", "top / end"),
    ("mouse wheel", "scroll the pane under the pointer"),
    ("Esc  h  ←", "back to the list"),
];

/// Draws the help overlay centred on the screen.
pub fn render(app: &App, buf: &mut Buffer) {
    let screen = buf.area;
    let amb = app.ambiguous();
    let width = 56.min(screen.width);
    let height = (u16::try_from(KEYS.len()).unwrap_or(u16::MAX) + 2).min(screen.height);
    let area = Rect {
        x: screen.x + (screen.width - width) / 2,
        y: screen.y + (screen.height - height) / 2,
        width,
        height,
    };
    clear_for_popup(buf, area);
    let block = Block::bordered()
        .title(" Keys ")
        .border_set(border_set(amb, false))
        .border_style(Style::new().fg(Color::Cyan));
    let inner = block.inner(area);
    block.render(area, buf);
    let key_w = 24.min(inner.width / 2);
    for (i, (key, what)) in KEYS.iter().enumerate() {
        let y = inner.y + u16::try_from(i).unwrap_or(u16::MAX);
        if y >= inner.bottom() {
            break;
        }
        if what.is_empty() {
            put_truncated(
                buf,
                (inner.x + 1, y),
                inner.width.saturating_sub(2),
                key,
                Style::new().bold().fg(Color::Cyan),
                amb,
            );
            continue;
        }
        put_truncated(
            buf,
            (inner.x + 2, y),
            key_w.saturating_sub(2),
            key,
            Style::new().bold(),
            amb,
        );
        put_truncated(
            buf,
            (inner.x + key_w, y),
            inner.width.saturating_sub(key_w + 1),
            what,
            Style::new(),
            amb,
        );
    }
}
