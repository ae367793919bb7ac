//! The document list: a title line and a detail line per document, then any load problems.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

use super::draw::{border_set, bordered, fill, put_truncated};
use crate::corpus::{Document, Status};
use crate::text::width::str_width;
use crate::text::AmbiguousWidth;
use crate::tui::app::{App, Focus};
use crate::tui::layout::{inside_border, list_first_shown, LIST_ITEM_ROWS as ITEM_ROWS};

/// Draws the list's border and title round `area`.
fn frame(app: &App, area: Rect, buf: &mut Buffer) {
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
    let style = if focused {
        app.theme().accent()
    } else {
        Style::new().add_modifier(Modifier::DIM)
    };
    let set = border_set(app.ambiguous(), focused);
    bordered(buf, area, &set, style, Some(&title));
}

/// The mark of a document whose text is not exactly its file's: a mapped file cut short on
/// disk while open (what was cut off reads as NUL), or invalid bytes replaced. It leads the
/// detail line, because the line is cut at the list's width and the mark is the one part a
/// reader must not miss; in the narrowest list it is shortened to fit.
fn warning_mark(doc: &Document, width: u16, amb: AmbiguousWidth) -> Option<&'static str> {
    let (mark, short) = if doc.text.was_cut() {
        ("⚠ cut short on disk", "⚠ cut")
    } else if doc.lossy {
        ("⚠ invalid bytes", "⚠ invalid")
    } else {
        return None;
    };
    Some(if str_width(mark, amb) <= usize::from(width) {
        mark
    } else {
        short
    })
}

/// Draws the list into `area`.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    frame(app, area, buf);
    // The pointer maps rows through the same inner area.
    let inner = inside_border(area);
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
                let detail = format!("{date} · {}", doc.meta.size_text());
                match warning_mark(doc, width, amb) {
                    Some(mark) => format!("{mark} · {detail}"),
                    None => detail,
                }
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::corpus::Document;
    use crate::text::WrapMode;

    /// The list drawn `width` columns wide, row by row.
    fn rows(app: &App, width: u16) -> Vec<String> {
        let area = Rect::new(0, 0, width, 8);
        let mut buf = Buffer::empty(area);
        render(app, area, &mut buf);
        (0..area.height)
            .map(|y| (0..width).map(|x| buf[(x, y)].symbol()).collect())
            .collect()
    }

    #[test]
    fn the_invalid_bytes_mark_survives_the_narrowest_list() {
        let text = "2025-07-18 깨진 \u{FFFD} 바이트가 있는 글\n".to_string();
        let docs = vec![
            Document::new("bad.txt", text.clone(), "UTF-8", true),
            Document::new("good.txt", text, "UTF-8", false),
        ];
        let app = App::new(
            docs,
            Vec::new(),
            AmbiguousWidth::Narrow,
            WrapMode::Words,
            (80, 24),
        );
        // 16 columns is the narrowest list the layout draws (`list_width` is clamped to it),
        // 40 the widest by default; the detail line is the second row of each item.
        for width in [16, 24, 40] {
            let rows = rows(&app, width);
            assert!(rows[2].contains("⚠ invalid"), "{width}: {rows:?}");
            assert!(!rows[4].contains("invalid"), "{width}: {rows:?}");
        }
        let rows = rows(&app, 40);
        assert!(
            rows[2].contains("⚠ invalid bytes · 2025-07-18 · "),
            "{rows:?}"
        );
    }
}
