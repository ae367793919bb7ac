//! Screen geometry shared by drawing and the pointer: where each pane and popup goes, and which
//! list row lies under a screen position.
//!
//! One place, so a click always lands on the row that was drawn there, and so [`App`] can size
//! pages and map clicks without calling into the drawing code.
//!
//! [`App`]: crate::tui::app::App

use ratatui::layout::{Position, Rect};

use super::app::{Focus, Popup};

/// Below this many columns or rows the reader shows a notice instead of panes.
pub const MIN_SIZE: (u16, u16) = (20, 6);
/// From this many columns both panes are shown side by side; below, only the focused one.
pub const TWO_PANES_FROM: u16 = 72;
/// Rows each document takes in the document list (a title line and a detail line).
pub const LIST_ITEM_ROWS: u16 = 2;

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

/// Splits the screen for `focus`; `list_width` 0 means the default width.
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

/// A rectangle `percent_w` by `percent_h` of `area` (at least 20 by 5, at most `area`),
/// centred in it.
#[must_use]
pub fn centered(area: Rect, percent_w: u16, percent_h: u16) -> Rect {
    let w = (area.width * percent_w / 100).max(20).min(area.width);
    let h = (area.height * percent_h / 100).max(5).min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

/// The first row to show of a list in `height` rows so `selected` is visible.
#[must_use]
pub fn first_visible(selected: usize, height: usize) -> usize {
    selected.saturating_sub(height.saturating_sub(1))
}

/// Inside a one-cell border: where a bordered block's content goes.
#[must_use]
pub fn inside_border(area: Rect) -> Rect {
    Rect {
        x: area.x.saturating_add(1),
        y: area.y.saturating_add(1),
        width: area.width.saturating_sub(2),
        height: area.height.saturating_sub(2),
    }
}

/// Where a popup sits on `screen`, and how many rows its list starts below the frame's top
/// edge (a search popup's query line).
#[must_use]
pub fn popup_layout(popup: &Popup, screen: Rect) -> (Rect, u16) {
    let (w, h, above) = match popup {
        Popup::Finder(_) | Popup::SearchAll(_) | Popup::Speakers(_) | Popup::Choose(_) => {
            (90, 80, 1)
        }
        Popup::Bookmarks(_) | Popup::Outline(_) | Popup::Stale(_) => (80, 60, 0),
        // On a narrow screen the keys' descriptions need the width more than the panes do.
        Popup::Help(_) if screen.width < 100 => (96, 90, 0),
        Popup::Help(_) => (80, 90, 0),
        Popup::QuoteDetail(_) => (80, 70, 0),
    };
    (centered(screen, w, h), above)
}

/// The index of the row of `popup`'s list under `at`, if any (help and quote details have no
/// rows to pick).
#[must_use]
pub fn popup_row_at(popup: &Popup, screen: Rect, at: Position) -> Option<usize> {
    let selected = popup.selected()?;
    let (area, above) = popup_layout(popup, screen);
    let rows = Rect {
        x: area.x + 1,
        y: area.y + 1 + above,
        width: area.width.saturating_sub(2),
        height: area.height.saturating_sub(2 + above),
    };
    rows.contains(at)
        .then(|| first_visible(selected, usize::from(rows.height)) + usize::from(at.y - rows.y))
}

/// Position in `visible` of the first document the list shows in `inner` rows: the list
/// scrolls just enough to keep `selected` in view.
#[must_use]
pub fn list_first_shown(visible: &[usize], selected: usize, inner: Rect) -> usize {
    let fits = usize::from((inner.height / LIST_ITEM_ROWS).max(1));
    let at = visible.iter().position(|&d| d == selected).unwrap_or(0);
    at.saturating_sub(fits - 1)
}

/// The document (an index into all documents) under `at` in the list block `area`, which
/// shows `visible` with `selected` highlighted.
#[must_use]
pub fn list_index_at(
    visible: &[usize],
    selected: usize,
    area: Rect,
    at: Position,
) -> Option<usize> {
    let inner = inside_border(area);
    if !inner.contains(at) {
        return None;
    }
    let i =
        list_first_shown(visible, selected, inner) + usize::from((at.y - inner.y) / LIST_ITEM_ROWS);
    visible.get(i).copied()
}

#[cfg(test)]
mod tests;
