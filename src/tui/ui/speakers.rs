//! The speaker list popup: name, role and number of quotes.

use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::{Block, Widget};

use super::draw::{border_set, centered, clear_for_popup, fill, put_truncated};
use crate::tui::app::App;

/// Draws the speaker list with row `selected` highlighted.
pub fn render(app: &App, selected: usize, buf: &mut ratatui::buffer::Buffer) {
    let amb = app.ambiguous();
    let area = centered(buf.area, 80, 70);
    clear_for_popup(buf, area);
    let speakers = &app.catalog().speakers;
    let block = Block::bordered()
        .border_set(border_set(amb, true))
        .border_style(Style::new().fg(Color::Cyan))
        .title(format!(
            " Speakers ({}) · Enter first quote · Esc close ",
            speakers.len()
        ));
    let inner = block.inner(area);
    block.render(area, buf);
    let rows = usize::from(inner.height);
    if rows == 0 {
        return;
    }
    let first = selected.saturating_sub(rows - 1);
    let name_w = (inner.width / 3).max(8);
    let count_w = 10u16;
    for (i, s) in speakers.iter().enumerate().skip(first).take(rows) {
        let y = inner.y + u16::try_from(i - first).unwrap_or(0);
        let base = if i == selected {
            Style::new().fg(Color::Black).bg(Color::Cyan)
        } else {
            Style::new()
        };
        if i == selected {
            fill(buf, (inner.x, y), inner.width, base);
        }
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
