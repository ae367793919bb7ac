//! Drawing: pure functions from [`App`] to a frame. Nothing here changes state; where things
//! go is [`super::layout`]'s, shared with the pointer handling.

pub mod bookmarks;
pub mod choose;
pub mod detail;
pub mod draw;
pub mod finder;
pub mod help;
pub mod list;
pub mod outline;
pub mod reader;
pub mod search_all;
pub mod speakers;
pub mod stale;
pub mod status;

use ratatui::Frame;

use super::app::{App, Popup};
use super::layout::popup_layout;

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
            Popup::Help(h) => help::render(app, h.scroll(), area, frame.buffer_mut()),
            Popup::Speakers(s) => speakers::render(app, s, area, frame),
            Popup::Bookmarks(b) => bookmarks::render(app, b.selected(), area, frame.buffer_mut()),
            Popup::Finder(finder) => finder::render(app, finder, area, frame),
            Popup::SearchAll(search) => search_all::render(app, search, area, frame),
            Popup::QuoteDetail(d) => detail::render(app, d.id(), area, frame.buffer_mut()),
            Popup::Outline(o) => outline::render(app, o, area, frame.buffer_mut()),
            Popup::Choose(c) => choose::render(app, c, area, frame),
            Popup::Stale(s) => stale::render(app, s, area, frame.buffer_mut()),
        }
    }
    if let Some(prompt) = app.prompt() {
        status::render_prompt(app, prompt, status, frame);
    }
}
