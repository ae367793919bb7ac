//! The list of corrections that no longer apply: document, the quote's first words and what
//! the correction did, and why it no longer applies.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;

use super::draw::{list_rows, popup_frame, put_notice, put_truncated};
use crate::state::Fix;
use crate::tui::app::App;
use crate::tui::popup::Stale;

/// Draws the stale corrections listed when the list opened, the highlighted row marked.
pub fn render(app: &App, list: &Stale, area: Rect, buf: &mut Buffer) {
    let amb = app.ambiguous();
    let (stale, selected) = (list.rows(), list.selected());
    let title = format!(
        " Corrections that no longer apply ({}) · d remove · Esc close ",
        stale.len()
    );
    let inner = popup_frame(app, buf, area, &title);
    if stale.is_empty() {
        put_notice(buf, inner, "Every correction applies to its document.", amb);
        return;
    }
    // Name and what the correction did first: the quote's words take what is left.
    let name_w = (inner.width / 5).max(6);
    let fix_w = (inner.width / 5).max(6);
    for (i, y, base) in list_rows(app, buf, inner, selected, stale.len()) {
        let (c, reason) = &stale[i];
        let mut x = inner.x + 1;
        let bold = base.add_modifier(Modifier::BOLD);
        put_truncated(buf, (x, y), name_w.saturating_sub(2), &c.name, bold, amb);
        x += name_w;
        let fix = match &c.fix {
            Fix::Speaker { name } => format!("→ {name}"),
            Fix::NotSpeech => "→ not speech".to_string(),
            Fix::Unknown(_) => format!("→ {}", crate::corrections::UNKNOWN),
        };
        put_truncated(buf, (x, y), fix_w.saturating_sub(1), &fix, base, amb);
        x += fix_w;
        let why = reason.describe();
        let why_w = u16::try_from(why.len()).unwrap_or(u16::MAX);
        let why_x = inner.right().saturating_sub(why_w + 1).max(x);
        let quote = format!("“{}”", c.excerpt);
        put_truncated(buf, (x, y), why_x.saturating_sub(x + 1), &quote, base, amb);
        let room = inner.right().saturating_sub(why_x + 1);
        let dim = base.add_modifier(Modifier::DIM);
        put_truncated(buf, (why_x, y), room, why, dim, amb);
    }
}
