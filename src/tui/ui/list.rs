//! The document list: a title line and a detail line per document, then any load problems.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Color, Style};
use ratatui::widgets::{Block, Widget};

use super::draw::{border_set, fill, put_truncated};
use crate::tui::app::{App, Focus};

/// Rows each document takes.
const ITEM_ROWS: u16 = 2;

fn block(app: &App) -> Block<'static> {
    let focused = app.focus() == Focus::List;
    Block::bordered()
        .border_set(border_set(app.ambiguous(), focused))
        .border_style(if focused {
            Style::new().fg(Color::Cyan)
        } else {
            Style::new().dim()
        })
        .title(format!(" Documents ({}) ", app.docs().len()))
}

/// Index of the first document shown: the list scrolls just enough to keep the selection visible.
fn first_shown(app: &App, inner: Rect) -> usize {
    let fits = usize::from((inner.height / ITEM_ROWS).max(1));
    app.selected().saturating_sub(fits - 1)
}

/// The document under a click at `at`, if any.
#[must_use]
pub fn index_at(app: &App, area: Rect, at: Position) -> Option<usize> {
    let inner = block(app).inner(area);
    if !inner.contains(at) {
        return None;
    }
    let i = first_shown(app, inner) + usize::from((at.y - inner.y) / ITEM_ROWS);
    (i < app.docs().len()).then_some(i)
}

/// Draws the list into `area`.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let block = block(app);
    let inner = block.inner(area);
    block.render(area, buf);
    let amb = app.ambiguous();
    let mut y = inner.y;
    let first = first_shown(app, inner);
    for (i, doc) in app.docs().iter().enumerate().skip(first) {
        if y + ITEM_ROWS > inner.bottom() {
            break;
        }
        let selected = i == app.selected();
        let (title_style, detail_style) = match (selected, app.focus() == Focus::List) {
            (true, true) => (
                Style::new().black().on_cyan().bold(),
                Style::new().black().on_cyan(),
            ),
            (true, false) => (Style::new().bold().reversed(), Style::new().reversed()),
            _ => (Style::new().bold(), Style::new().dim()),
        };
        if selected {
            fill(buf, (inner.x, y), inner.width, title_style);
            fill(buf, (inner.x, y + 1), inner.width, detail_style);
        }
        let text_x = inner.x + 1;
        let width = inner.width.saturating_sub(2);
        put_truncated(buf, (text_x, y), width, &doc.meta.title, title_style, amb);
        let mut detail = format!(
            "{} · {}",
            doc.meta.date.as_deref().unwrap_or("no date"),
            doc.meta.size_text()
        );
        if doc.lossy {
            detail.push_str(" · invalid bytes");
        }
        put_truncated(buf, (text_x, y + 1), width, &detail, detail_style, amb);
        y += ITEM_ROWS;
    }
    for p in app.problems() {
        if y + ITEM_ROWS > inner.bottom() {
            break;
        }
        let width = inner.width.saturating_sub(2);
        put_truncated(
            buf,
            (inner.x + 1, y),
            width,
            &format!("⚠ {}", p.name),
            Style::new().fg(Color::Red),
            amb,
        );
        put_truncated(
            buf,
            (inner.x + 1, y + 1),
            width,
            &p.message,
            Style::new().fg(Color::Red).dim(),
            amb,
        );
        y += ITEM_ROWS;
    }
}
