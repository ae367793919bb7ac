//! Everything that touches the terminal: the event loop, key mapping, and drawing.
//!
//! State lives in [`app::App`] and changes only through [`action::Action`]s passed to
//! [`app::App::update`]; drawing ([`ui::render`]) only reads it.

pub mod action;
pub mod app;
pub mod finder;
pub mod keymap;
pub mod terminal;
pub mod ui;

use std::io::Write;
use std::time::Duration;

use crossterm::event;

use crate::corpus::{Document, Problem};
use crate::text::{AmbiguousWidth, WrapMode};
use app::App;

/// How the reader should lay out text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Settings {
    /// Ambiguous-width policy; `None` asks the terminal once at start.
    pub ambiguous: Option<AmbiguousWidth>,
    /// Where lines may break.
    pub wrap: WrapMode,
}

/// How often the loop wakes to notice signals when no input arrives.
const TICK: Duration = Duration::from_millis(200);

/// Runs the reader until the user quits or a terminating signal arrives.
///
/// # Errors
/// Terminal I/O failures; the terminal is restored before they are returned.
pub fn run(docs: Vec<Document>, problems: Vec<Problem>, settings: Settings) -> anyhow::Result<()> {
    let signals = terminal::watch_signals()?;
    let mut guard = terminal::Guard::enter()?;
    let amb = match settings.ambiguous {
        Some(a) => a,
        None => terminal::probe_ambiguous_width(),
    };
    let size = guard.terminal().size()?;
    let mut app = App::new(
        docs,
        problems,
        amb,
        settings.wrap,
        (size.width, size.height),
    );
    while !app.should_quit() {
        guard.terminal().draw(|frame| ui::render(&app, frame))?;
        if signals.caught() {
            break;
        }
        if event::poll(TICK)? {
            let ev = event::read()?;
            if let Some(action) = keymap::map_event(&app, &ev) {
                app.update(action);
            }
        }
        if let Some(osc52) = app.take_clipboard() {
            // The payload is base64, so document text cannot smuggle escapes through it.
            let out = guard.terminal().backend_mut();
            out.write_all(osc52.as_bytes())?;
            out.flush()?;
        }
    }
    guard.restore()
}
