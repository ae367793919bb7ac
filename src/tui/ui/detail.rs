//! The quote detail popup: speaker, how it was found, where the quote is, and its sentence.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

use super::draw::{popup_frame, put_notice, put_text, put_truncated};
use crate::catalog::QuoteId;
use crate::text::width::str_width;
use crate::text::{Layout, RowKind};
use crate::tui::app::App;
use crate::tui::detail::{QuoteDetail, NONE};

/// Columns of the label column (`As written` and a gap).
const LABEL_W: u16 = 13;
/// Rows a field may wrap onto; the sentence gets the rest.
const FIELD_ROWS: u16 = 2;

/// Draws the details of quote `id` in `area`.
pub fn render(app: &App, id: QuoteId, area: Rect, buf: &mut Buffer) {
    let amb = app.ambiguous();
    let inner = popup_frame(
        app,
        buf,
        area,
        " Quote details · r reassign · n not speech · m merge · u undo ",
    );
    if inner.width < 8 || inner.height == 0 {
        return;
    }
    let Some(detail) = QuoteDetail::of(app.catalog(), app.docs(), id) else {
        put_notice(buf, inner, "This quote is no longer in its document.", amb);
        return;
    };
    let label_w = LABEL_W.min(inner.width / 3);
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let mut y = inner.y;
    for (label, value) in detail.fields() {
        if y >= inner.bottom() {
            return;
        }
        put_truncated(
            buf,
            (inner.x + 1, y),
            label_w.saturating_sub(2),
            label,
            bold,
            amb,
        );
        let style = if value == NONE {
            Style::new().add_modifier(Modifier::DIM)
        } else if label == "Corrected" {
            app.theme().accent().add_modifier(Modifier::BOLD)
        } else {
            Style::new()
        };
        let value_area = Rect {
            x: inner.x + label_w,
            y,
            width: inner.width.saturating_sub(label_w + 1),
            height: (inner.bottom() - y).min(FIELD_ROWS),
        };
        y += put_wrapped(app, buf, value_area, value, |_| style);
    }
    if y + 1 >= inner.bottom() {
        return;
    }
    put_truncated(
        buf,
        (inner.x + 1, y),
        label_w.saturating_sub(2),
        "Sentence",
        bold,
        amb,
    );
    let text_area = Rect {
        x: inner.x + 2,
        y: y + 1,
        width: inner.width.saturating_sub(3),
        height: inner.bottom() - (y + 1),
    };
    let lit = app.theme().current_quote();
    put_wrapped(app, buf, text_area, &detail.sentence, |at| {
        if detail.quote.contains(&at) {
            lit
        } else {
            Style::new()
        }
    });
}

/// Writes one-line `text` wrapped to `area` (as the reading pane wraps, with the same widths),
/// `style_at(byte offset)` styling it; a cut on the last row is marked `…`. Returns the rows
/// used (at least one).
fn put_wrapped(
    app: &App,
    buf: &mut Buffer,
    area: Rect,
    text: &str,
    style_at: impl Fn(usize) -> Style,
) -> u16 {
    let amb = app.ambiguous();
    if area.width == 0 || area.height == 0 {
        return 1;
    }
    let layout = Layout::new(text, area.width, app.wrap(), amb);
    let rows: Vec<_> = layout
        .rows()
        .iter()
        .filter(|r| r.kind != RowKind::Gap)
        .collect();
    let shown = rows.len().min(usize::from(area.height));
    let ellipsis = u16::try_from(str_width("…", amb)).unwrap_or(1);
    for (i, row) in rows.iter().take(shown).enumerate() {
        let y = area.y + u16::try_from(i).unwrap_or(u16::MAX);
        let cut = i + 1 == shown && shown < rows.len();
        let slice = text.get(row.range()).unwrap_or("");
        let slice = if cut { slice.trim_end() } else { slice };
        let room = if cut {
            area.width.saturating_sub(ellipsis)
        } else {
            area.width
        };
        let used = put_text(buf, (area.x, y), room, slice, amb, |at| {
            style_at(row.start + at)
        });
        if cut {
            put_text(buf, (area.x + used, y), ellipsis, "…", amb, |_| {
                Style::new()
            });
        }
    }
    u16::try_from(shown.max(1)).unwrap_or(u16::MAX)
}
