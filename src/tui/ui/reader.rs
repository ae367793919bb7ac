//! The reading pane: only the rows on screen are drawn, from the cached layout.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::draw::{border_set, bordered, put_text, put_truncated, skip_columns};
use crate::corpus::Status;
use crate::quotes::{Quote, QuoteKind};
use crate::text::counted;
use crate::text::flow::{join_columns, join_indent};
use crate::text::width::str_width;
use crate::text::RowKind;
use crate::tui::app::{App, Focus};
use crate::tui::theme::Theme;

/// Draws the reading pane block at `area` with the text in `text`.
pub fn render(app: &App, area: Rect, text: Rect, buf: &mut Buffer) {
    let focused = app.focus() == Focus::Reader;
    let amb = app.ambiguous();
    let style = if focused {
        app.theme().accent()
    } else {
        Style::new().dim()
    };
    bordered(buf, area, &border_set(amb, focused), style, None);
    let Some(doc) = app.current() else {
        put_truncated(
            buf,
            (text.x, text.y),
            text.width,
            "No documents to show.",
            Style::new().dim(),
            amb,
        );
        return;
    };
    // The title is drawn by hand so a wide character or escape in it is measured like the text.
    let title_width = area.width.saturating_sub(4);
    put_truncated(
        buf,
        (area.x + 2, area.y),
        title_width,
        &format!(" {} ", doc.meta.title),
        Style::new().bold(),
        amb,
    );
    summary_line(app, area, buf);
    let note = match &doc.status {
        Status::Failed(message) => Some(format!("Could not read this document: {message}")),
        Status::Loading { .. } if doc.text.is_empty() => Some("Loading…".to_string()),
        _ => None,
    };
    if let (Some(note), true) = (note, doc.text.is_empty()) {
        put_truncated(
            buf,
            (text.x, text.y),
            text.width,
            &note,
            Style::new().dim(),
            amb,
        );
        return;
    }
    let Some(layout) = app.layout() else { return };
    let quotes = app
        .catalog()
        .quotes
        .get(app.selected())
        .map_or(&[][..], Vec::as_slice);
    let current = app
        .current_quote()
        .filter(|id| id.0 == app.selected())
        .and_then(|id| quotes.get(id.1));
    let top = app.top_row();
    let theme = app.theme();
    let search = app.search();
    let current_match = search.and_then(|s| s.current);
    let (gutter, hscroll, chops) = (app.gutter().min(text.width), app.hscroll(), app.chops());
    let cut_mark = u16::try_from(str_width("…", amb)).unwrap_or(1);
    let marks = app.marks();
    for (dy, row) in layout
        .rows()
        .iter()
        .skip(top)
        .take(usize::from(text.height))
        .enumerate()
    {
        if row.kind == RowKind::Gap {
            continue;
        }
        let y = text.y + u16::try_from(dy).unwrap_or(0);
        if gutter > 0 && (row.start == 0 || doc.text.as_bytes().get(row.start - 1) == Some(&b'\n'))
        {
            // `-N`: the source line's number on the row where the line starts.
            let number = format!(
                "{:>w$} ",
                doc.line_of(row.start),
                w = usize::from(gutter - 1)
            );
            put_truncated(buf, (text.x, y), gutter, &number, Style::new().dim(), amb);
        }
        let full = doc.text.get(row.range()).unwrap_or("");
        // `-S`: chopped rows, and table rows kept unwrapped, start `hscroll` columns in; a wide
        // character cut by that edge leaves a blank column.
        let unwrapped = row.kind == RowKind::Unwrapped;
        let shift = if chops || unwrapped { hscroll } else { 0 };
        let (skip, pad) = skip_columns(full, shift, amb);
        let slice = &full[skip..];
        let base = row.start + skip;
        // Only the quotes that can touch this row are looked at.
        let first = quotes.partition_point(|q| q.span.end <= row.start);
        let near = &quotes[first..];
        let matches = search.map_or(&[][..], |s| s.matches());
        let m0 = matches.partition_point(|m| m.end <= row.start);
        let near_matches = &matches[m0..];
        // Markdown marks touching this row, outer first: each patches the style of its bytes,
        // and quotes and search hits go over them.
        let row_marks: Vec<_> = marks.map_or_else(Vec::new, |m| m.marks_in(row.range()).collect());
        let style = |at: usize| {
            let hit = near_matches
                .iter()
                .take_while(|m| m.start <= at)
                .position(|m| m.contains(&at));
            let over = match hit {
                Some(i) if Some(m0 + i) == current_match => theme.current_match(),
                Some(_) => theme.search_match(),
                None => quote_style(theme, near, current, at),
            };
            row_marks
                .iter()
                .filter(|(r, _)| r.contains(&at))
                .fold(Style::new(), |s, (_, mark)| s.patch(theme.markup(*mark)))
                .patch(over)
        };
        // A row of a reflowed paragraph spans line breaks: each is the space the join stands
        // for (none after a line that ends in a space), as the layout measured it.
        let (x, mut width) = (text.x + gutter, text.width.saturating_sub(gutter));
        // A table row cut at the edge says so (between wrapped paragraphs the cut is not
        // expected, unlike with `-S`), so the reader knows `>` shows the rest.
        let cut = unwrapped && !chops && row.width.saturating_sub(shift) > width;
        if cut {
            width = width.saturating_sub(cut_mark);
            put_text(buf, (x + width, y), cut_mark, "…", amb, |_| {
                Style::new().dim()
            });
        }
        let (mut col, mut from) = (pad, 0usize);
        for (i, mut part) in slice.split('\n').enumerate() {
            if i > 0 {
                let at = from - 1;
                if join_columns(&slice[..at]) == 1 && col < width {
                    put_text(buf, (x + col, y), 1, " ", amb, |_| style(base + at));
                    col += 1;
                }
                // A joined line's indent is not drawn (the layout gave it no columns).
                let indent = join_indent(part);
                part = &part[indent..];
                from += indent;
            }
            let room = width.saturating_sub(col);
            col += put_text(buf, (x + col, y), room, part, amb, |at| {
                style(base + from + at)
            });
            from += part.len() + 1;
        }
    }
}

/// Style of the text at byte `at`: quotes are coloured by kind, the current one stands out.
fn quote_style(theme: &Theme, quotes: &[Quote], current: Option<&Quote>, at: usize) -> Style {
    if current.is_some_and(|q| q.span.contains(&at)) {
        return theme.current_quote();
    }
    // Innermost wins: a later-starting span inside an earlier one is the nested quote.
    let hit = quotes
        .iter()
        .take_while(|q| q.span.start <= at)
        .filter(|q| q.span.contains(&at))
        .last();
    match hit.map(|q| q.kind) {
        Some(QuoteKind::Speech) => theme.speech(),
        Some(QuoteKind::Term) => theme.term(),
        None => Style::new(),
    }
}

/// The open document's quotes on the pane's bottom edge: how many, by how many speakers, and
/// the most quoted (` 75 quotes · 18 speakers · David D. Cox 17 · Xia “Ben” Hu 7 `).
fn summary_line(app: &App, area: Rect, buf: &mut Buffer) {
    if area.height < 3 || area.width < 12 {
        return;
    }
    let summary = app.catalog().summary(app.selected(), 3);
    if summary.quotes == 0 {
        return;
    }
    let mut line = format!(
        " {} · {}",
        counted(summary.quotes, "quote", "quotes"),
        counted(summary.speakers, "speaker", "speakers")
    );
    let speakers = app.catalog().speakers();
    for (s, n) in &summary.top {
        if let Some(s) = speakers.get(*s) {
            line.push_str(&format!(" · {} {n}", s.name));
        }
    }
    line.push(' ');
    put_truncated(
        buf,
        (area.x + 2, area.bottom() - 1),
        area.width.saturating_sub(4),
        &line,
        Style::new().dim(),
        app.ambiguous(),
    );
}
