//! The document list: a title line and a detail line per document, then any load problems.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::{Block, Widget};

use super::draw::{border_set, fill, put_truncated};
use crate::corpus::Status;
use crate::tui::app::{App, Focus};
use crate::tui::layout::{inside_border, list_first_shown, LIST_ITEM_ROWS as ITEM_ROWS};

fn block(app: &App) -> Block<'static> {
    let focused = app.focus() == Focus::List;
    let title = if app.filter().is_empty() {
        format!(" Documents ({}) ", app.docs().len())
    } else {
        format!(
            " Documents ({}/{}) · {} ",
            app.visible().len(),
            app.docs().len(),
            app.filter()
        )
    };
    Block::bordered()
        .border_set(border_set(app.ambiguous(), focused))
        .border_style(if focused {
            app.theme().accent()
        } else {
            Style::new().add_modifier(Modifier::DIM)
        })
        .title(title)
}

/// Draws the list into `area`.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let block = block(app);
    // The pointer maps rows through the same inner area.
    let inner = inside_border(area);
    block.render(area, buf);
    let amb = app.ambiguous();
    let theme = app.theme();
    let focused = app.focus() == Focus::List;
    let mut y = inner.y;
    let width = inner.width.saturating_sub(2);
    for &i in app
        .visible()
        .iter()
        .skip(list_first_shown(app.visible(), app.selected(), inner))
    {
        let Some(doc) = app.docs().get(i) else {
            continue;
        };
        if y + ITEM_ROWS > inner.bottom() {
            break;
        }
        let selected = i == app.selected();
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let (title_style, detail_style) = match (selected, focused) {
            (true, true) => (
                theme.selected().add_modifier(Modifier::BOLD),
                theme.selected(),
            ),
            (true, false) => (
                bold.add_modifier(Modifier::REVERSED),
                Style::new().add_modifier(Modifier::REVERSED),
            ),
            _ => (bold, Style::new().add_modifier(Modifier::DIM)),
        };
        if selected {
            fill(buf, (inner.x, y), inner.width, title_style);
            fill(buf, (inner.x, y + 1), inner.width, detail_style);
        }
        put_truncated(
            buf,
            (inner.x + 1, y),
            width,
            &doc.meta.title,
            title_style,
            amb,
        );
        let detail = match (&doc.status, doc.loaded_percent()) {
            (Status::Failed(message), _) => format!("⚠ {message}"),
            (_, Some(p)) => format!("loading {p}% · {}", doc.meta.size_text()),
            _ => {
                let date = doc.meta.date.as_deref().unwrap_or("no date");
                let lossy = if doc.lossy { " · invalid bytes" } else { "" };
                format!("{date} · {}{lossy}", doc.meta.size_text())
            }
        };
        put_truncated(buf, (inner.x + 1, y + 1), width, &detail, detail_style, amb);
        y += ITEM_ROWS;
    }
    if app.visible().is_empty() && !app.docs().is_empty() {
        put_truncated(
            buf,
            (inner.x + 1, y),
            width,
            "No document matches the filter.",
            Style::new().add_modifier(Modifier::DIM),
            amb,
        );
        y += ITEM_ROWS;
    }
    let problem = Style::new().fg(Color::Red);
    for p in app.problems() {
        if y + ITEM_ROWS > inner.bottom() {
            break;
        }
        put_truncated(
            buf,
            (inner.x + 1, y),
            width,
            &format!("⚠ {}", p.name),
            problem,
            amb,
        );
        put_truncated(
            buf,
            (inner.x + 1, y + 1),
            width,
            &p.message,
            problem.add_modifier(Modifier::DIM),
            amb,
        );
        y += ITEM_ROWS;
    }
}
