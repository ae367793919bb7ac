//! Drawing: pure functions from [`App`] to a frame. Nothing here changes state.

pub mod bookmarks;
pub mod detail;
pub mod draw;
pub mod finder;
pub mod help;
pub mod list;
pub mod reader;
pub mod search_all;
pub mod speakers;
pub mod status;

use ratatui::layout::Rect;
use ratatui::Frame;

use super::app::{App, Focus, Popup};

/// Below this many columns or rows the reader shows a notice instead of panes.
pub const MIN_SIZE: (u16, u16) = (20, 6);
/// From this many columns both panes are shown side by side; below, only the focused one.
pub const TWO_PANES_FROM: u16 = 72;

/// Where each region goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Areas {
    /// The document list block, when shown.
    pub list: Option<Rect>,
    /// The reading pane block, when shown.
    pub reader: Option<Rect>,
    /// The text area inside the reading pane (laid out even when the list hides the pane, so
    /// switching panes never re-wraps).
    pub text: Option<Rect>,
    /// The status line.
    pub status: Option<Rect>,
}

/// Splits the screen for `focus`.
#[must_use]
pub fn areas(screen: Rect, focus: Focus, list_width: u16) -> Areas {
    if screen.width < MIN_SIZE.0 || screen.height < MIN_SIZE.1 {
        return Areas::default();
    }
    let body = Rect {
        height: screen.height - 1,
        ..screen
    };
    let status = Rect {
        y: screen.bottom() - 1,
        height: 1,
        ..screen
    };
    let (list, reader) = if screen.width >= TWO_PANES_FROM {
        let list_w = match list_width {
            0 => (screen.width * 3 / 10).clamp(24, 40),
            w => w.clamp(16, screen.width - 40),
        };
        let list = Rect {
            width: list_w,
            ..body
        };
        let reader = Rect {
            x: body.x + list_w,
            width: body.width - list_w,
            ..body
        };
        (Some(list), Some(reader))
    } else {
        match focus {
            Focus::List => (Some(body), None),
            Focus::Reader => (None, Some(body)),
        }
    };
    let text_of = |r: Rect| Rect {
        x: r.x + 2,
        y: r.y + 1,
        width: r.width - 4,
        height: r.height - 2,
    };
    let text = reader.map(text_of).or(Some(text_of(body)));
    Areas {
        list,
        reader,
        text,
        status: Some(status),
    }
}

/// Where a popup sits on `screen`, and how many rows its list starts below the frame's top
/// edge: one place, so drawing and mouse clicks agree.
#[must_use]
pub fn popup_layout(popup: &Popup, screen: Rect) -> (Rect, u16) {
    let (w, h, above) = match popup {
        Popup::Finder(_) | Popup::SearchAll(_) => (90, 80, 1),
        Popup::Speakers(_) => (80, 70, 0),
        Popup::Bookmarks(_) => (80, 60, 0),
        Popup::Help(_) => (80, 90, 0),
        Popup::QuoteDetail(_) => (80, 70, 0),
    };
    (draw::centered(screen, w, h), above)
}

/// The index of the list row of the open popup under `at`, if any.
#[must_use]
pub fn popup_row_at(app: &App, screen: Rect, at: ratatui::layout::Position) -> Option<usize> {
    let popup = app.popup()?;
    if matches!(popup, Popup::Help(_) | Popup::QuoteDetail(_)) {
        return None;
    }
    let (area, above) = popup_layout(popup, screen);
    let inner = Rect {
        x: area.x + 1,
        y: area.y + 1 + above,
        width: area.width.saturating_sub(2),
        height: area.height.saturating_sub(2 + above),
    };
    if !inner.contains(at) {
        return None;
    }
    let selected = match app.popup()? {
        Popup::Finder(f) => f.selected(),
        Popup::SearchAll(s) => s.selected,
        Popup::Speakers(i) | Popup::Bookmarks(i) => *i,
        Popup::Help(_) | Popup::QuoteDetail(_) => 0,
    };
    let first = draw::first_visible(selected, usize::from(inner.height));
    Some(first + usize::from(at.y - inner.y))
}

/// Draws the whole screen.
pub fn render(app: &App, frame: &mut Frame) {
    let areas = app.areas();
    let Some(status) = areas.status else {
        draw::too_small(frame.buffer_mut(), app.ambiguous());
        return;
    };
    let buf = frame.buffer_mut();
    if let Some(list) = areas.list {
        list::render(app, list, buf);
    }
    if let (Some(reader), Some(text)) = (areas.reader, areas.text) {
        reader::render(app, reader, text, buf);
    }
    status::render(app, status, buf);
    if let Some(popup) = app.popup() {
        let (area, _) = popup_layout(popup, frame.area());
        match popup {
            Popup::Help(scroll) => help::render(app, *scroll, area, frame.buffer_mut()),
            Popup::Speakers(selected) => speakers::render(app, *selected, area, frame.buffer_mut()),
            Popup::Bookmarks(selected) => {
                bookmarks::render(app, *selected, area, frame.buffer_mut())
            }
            Popup::Finder(finder) => finder::render(app, finder, area, frame),
            Popup::SearchAll(search) => search_all::render(app, search, area, frame),
            Popup::QuoteDetail(id) => detail::render(app, *id, area, frame.buffer_mut()),
        }
    }
    if let Some(prompt) = app.prompt() {
        status::render_prompt(app, prompt, status, frame);
    }
}
