//! The speakers view: name, quotes, documents, a bar of quotes over time, and role, under the
//! filter's line.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::Frame;

use super::draw::{list_rows, popup_frame, put_truncated, query_line};
use crate::tui::app::App;
use crate::tui::popup::speakers::{spread, Speakers};

/// Columns of the bar.
const BAR: u16 = 12;

/// Eighths of a cell, lowest first.
const LEVELS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// `counts` as a bar of eighth blocks, scaled to the largest; an empty stretch is a space (so
/// one quote in a long corpus still shows as a tick).
#[must_use]
pub fn bar(counts: &[usize]) -> String {
    let top = counts.iter().copied().max().unwrap_or(0).max(1);
    counts
        .iter()
        .map(|&n| {
            if n == 0 {
                ' '
            } else {
                LEVELS[((n * LEVELS.len()).div_ceil(top)).clamp(1, LEVELS.len()) - 1]
            }
        })
        .collect()
}

/// Draws the speakers view and puts the cursor at the filter's insertion point.
pub fn render(app: &App, view: &Speakers, area: Rect, frame: &mut Frame) {
    let amb = app.ambiguous();
    let catalog = app.catalog();
    let speakers = catalog.speakers();
    // The bars run over time when every document has a date, else over the documents.
    let ranks = view.ranks();
    let title = format!(
        " Speakers {}/{} · {} (Tab) · Enter quotes · ^Y copy, ^S save Markdown · Esc ",
        view.shown().len(),
        speakers.len(),
        view.sort().label(),
    );
    let buf: &mut Buffer = frame.buffer_mut();
    let inner = popup_frame(app, buf, area, &title);
    if inner.height < 2 || inner.width < 4 {
        return;
    }
    let (cursor_x, list) = query_line(app, buf, inner, view.input());
    let name_w = (list.width / 4).max(8);
    let count_w = 7u16;
    let docs_w = 7u16;
    // A column per document while they are few.
    let bar_cols = BAR.min(u16::try_from(ranks.len()).unwrap_or(BAR));
    let bar_w = if list.width >= name_w + count_w + docs_w + bar_cols + 12 {
        bar_cols
    } else {
        0
    };
    for (i, y, base) in list_rows(app, buf, list, view.selected(), view.shown().len()) {
        let Some(s) = view.shown().get(i).and_then(|&k| speakers.get(k as usize)) else {
            continue;
        };
        let mut x = list.x + 1;
        put_truncated(
            buf,
            (x, y),
            name_w.saturating_sub(2),
            &s.name,
            base.add_modifier(Modifier::BOLD),
            amb,
        );
        x += name_w;
        let quotes = format!("{:>5}q", s.quotes.len());
        put_truncated(buf, (x, y), count_w, &quotes, base, amb);
        x += count_w;
        let docs = format!("{:>5}d", s.documents.len());
        put_truncated(buf, (x, y), docs_w, &docs, base, amb);
        x += docs_w;
        if bar_w > 0 {
            let counts = spread(s, ranks, ranks.len(), usize::from(bar_w));
            let theme = app.theme();
            let style = base.patch(theme.speech());
            put_truncated(buf, (x + 1, y), bar_w, &bar(&counts), style, amb);
            x += bar_w + 2;
        }
        put_truncated(
            buf,
            (x, y),
            list.right().saturating_sub(x + 1),
            s.role.as_deref().unwrap_or(""),
            base.add_modifier(Modifier::DIM),
            amb,
        );
    }
    frame.set_cursor_position((cursor_x, inner.y));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_busiest_stretch_and_show_every_quote() {
        assert_eq!(bar(&[0, 1, 2, 4, 8]), " ▁▂▄█");
        assert_eq!(bar(&[1, 0, 100]), "▁ █", "one quote among many still shows");
        assert_eq!(bar(&[0, 0]), "  ");
        assert_eq!(bar(&[]), "");
    }
}
