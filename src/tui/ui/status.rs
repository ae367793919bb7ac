//! The status line: which document, where in it, and the keys that matter now.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::Frame;

use super::draw::{fill, put_input, put_text, put_truncated};
use crate::text::width::str_width;
use crate::tui::app::{App, Focus, Prompt, PromptKind};

/// Draws the status line into `area`.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let style = Style::new().reversed();
    fill(buf, (area.x, area.y), area.width, style);
    let amb = app.ambiguous();
    let mut right = position(app);
    if let Some(p) = app.progress() {
        right = format!("{p} · {right}");
    }
    if let Some(q) = app.quote_status() {
        right = format!("{q} · {right}");
    }
    if let Some(search) = app.search() {
        let n = search.matches().len();
        let at = search.current.map_or(0, |i| i + 1);
        // `…` while the rest of the document is still being searched: the count grows.
        let more = if search.is_done() { "" } else { "…" };
        right = match (n, search.is_done()) {
            (0, true) => format!("no match · {right}"),
            (0, false) => format!("searching… · {right}"),
            _ => format!("{at}/{n}{more} · {right}"),
        };
    }
    if !app.count().is_empty() {
        right = format!("{}… · {right}", app.count());
    }
    // Key hints are the first thing to give up on a narrow screen.
    let right = if area.width >= 60 {
        format!("{right}  ? help  q quit ")
    } else {
        format!("{right} ")
    };
    let right_w = u16::try_from(str_width(&right, amb))
        .unwrap_or(u16::MAX)
        .min(area.width);
    let left = match (app.message(), app.current()) {
        (Some(m), _) => format!(" {m}"),
        (None, doc) => match doc {
            Some(doc) => format!(" {}/{} {}", app.selected() + 1, app.docs().len(), doc.name),
            None => " no documents".to_string(),
        },
    };
    let left_w = area.width.saturating_sub(right_w + 1);
    put_truncated(buf, (area.x, area.y), left_w, &left, style.bold(), amb);
    put_text(
        buf,
        (area.right() - right_w, area.y),
        right_w,
        &right,
        amb,
        |_| style,
    );
}

/// `line 12/80 · 34%` for the reading pane, or the key to open a document.
fn position(app: &App) -> String {
    let (Some(doc), Some(layout)) = (app.current(), app.layout()) else {
        return String::new();
    };
    if app.focus() == Focus::List {
        return "Enter read".to_string();
    }
    let page = app.areas().text.map_or(1, |r| usize::from(r.height));
    let top = app.top_row();
    let offset = layout.rows().get(top).map_or(0, |r| r.start);
    let bottom = (top + page).min(layout.len());
    let whole = layout.rows().first().is_none_or(|r| r.start == 0)
        && layout.done() >= doc.text.len()
        && !doc.is_loading();
    let at_end = bottom >= layout.len() && layout.done() >= doc.text.len() && !doc.is_loading();
    let percent = if layout.is_empty() || at_end {
        100
    } else if whole {
        bottom * 100 / layout.len()
    } else {
        // Rows are not all known yet: measure by bytes, of the whole text when its length is
        // known while it loads (of the part read so far, a place seems to move back as more
        // arrives).
        let end = layout
            .rows()
            .get(bottom.saturating_sub(1))
            .map_or(offset, |r| r.start + r.len as usize);
        end * 100 / doc.whole_len().max(1)
    };
    let more = if doc.is_loading() { "+" } else { "" };
    format!(
        "line {}/{}{more} · {percent}%",
        doc.line_of(offset),
        doc.line_count()
    )
}

/// Draws an open prompt over the status line, with the terminal cursor at the insertion point
/// so an input method composes Korean in place.
pub fn render_prompt(app: &App, prompt: &Prompt, area: Rect, frame: &mut Frame) {
    let amb = app.ambiguous();
    let buf = frame.buffer_mut();
    fill(buf, (area.x, area.y), area.width, Style::new());
    let label = match prompt.kind {
        PromptKind::Search => "/",
        PromptKind::SearchBack => "?",
        PromptKind::Filter => "filter: ",
        PromptKind::Goto => "go to line or %: ",
        PromptKind::BookmarkLabel => "bookmark label (Enter for none): ",
    };
    let label_w = put_text(buf, (area.x, area.y), area.width, label, amb, |_| {
        app.theme().accent()
    });
    let room = area.width.saturating_sub(label_w + 1);
    let cursor_x = put_input(
        buf,
        (area.x + label_w, area.y),
        room,
        &prompt.input,
        Style::new(),
        amb,
    );
    frame.set_cursor_position(Position::new(cursor_x, area.y));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::State;
    use crate::tui::action::Action;

    /// While a mapped file loads, its place is a share of the whole file, not of what has
    /// arrived.
    #[test]
    fn the_percentage_while_loading_is_of_the_whole_file() {
        let part = "한 줄의 글입니다.\n".repeat(100);
        let (_file, doc) = crate::testing::mapped_loading(&part.repeat(10), part.len());
        let mut a = App::over(vec![doc], State::default(), None);
        a.update(Action::Open);
        a.update(Action::ScrollPages(1));
        let shown = position(&a);
        // A page down, the screen ends a fifth of the way through the part read, a fiftieth
        // of the file (as a share of the part read it said 20%).
        assert!(shown.ends_with("line 11/100+ · 2%"), "{shown}");
    }
}
