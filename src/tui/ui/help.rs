//! The help overlay: every key as bound now (defaults or the config file), by pane.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

use super::draw::{popup_frame, put_truncated};
use crate::tui::app::App;

/// Draws the help overlay centred on the screen, scrolled by `scroll` lines.
pub fn render(app: &App, scroll: usize, area: Rect, buf: &mut Buffer) {
    let amb = app.ambiguous();
    let lines = app.keymap().help_lines();
    let inner = popup_frame(app, buf, area, " Keys · j/k scroll · any other key closes ");
    // The key column fits the longest keys (`space  ctrl-f  pagedown`), up to half the box.
    let longest = lines
        .iter()
        .filter(|(_, what)| !what.is_empty())
        .map(|(key, _)| crate::text::width::str_width(key, amb))
        .max()
        .unwrap_or(0);
    let key_w = u16::try_from(longest + 3)
        .unwrap_or(u16::MAX)
        .min(inner.width / 2);
    let first = scroll.min(lines.len().saturating_sub(usize::from(inner.height)));
    for (i, (key, what)) in lines
        .iter()
        .skip(first)
        .take(usize::from(inner.height))
        .enumerate()
    {
        let y = inner.y + u16::try_from(i).unwrap_or(u16::MAX);
        if what.is_empty() {
            put_truncated(
                buf,
                (inner.x + 1, y),
                inner.width.saturating_sub(2),
                key,
                app.theme().accent().add_modifier(Modifier::BOLD),
                amb,
            );
            continue;
        }
        put_truncated(
            buf,
            (inner.x + 2, y),
            key_w.saturating_sub(3),
            key,
            Style::new().add_modifier(Modifier::BOLD),
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
