//! Everything that touches the terminal: the event loop, key mapping, and drawing.
//!
//! State lives in [`app::App`] and changes only through [`action::Action`]s passed to
//! [`app::App::update`]; drawing ([`ui::render`]) only reads it. What the app cannot do itself
//! (write the clipboard, run the editor, save state) it asks for as [`app::Effect`]s, which
//! this loop carries out.

pub mod action;
pub mod app;
pub mod events;
pub mod finder;
pub mod input;
pub mod keymap;
pub mod search_all;
pub mod terminal;
pub mod theme;
pub mod ui;

use std::io::Write;
use std::time::Duration;

use crate::config::Config;
use crate::corpus::{self, Document, Problem};
use crate::state::Store;
use app::{App, Effect, Setup};
use events::Events;

/// How the reader starts, beyond the documents.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Settings (defaults, or the config file's).
    pub config: Config,
    /// Whether colours may be used (`NO_COLOR` unset).
    pub colors: bool,
    /// Where reading positions and bookmarks are kept; `None` keeps nothing.
    pub store: Option<Store>,
    /// `--open DOC[:LINE]`: a document (by name or file name) and an optional line.
    pub open: Option<(String, Option<usize>)>,
    /// A warning to show at start (a bad config file).
    pub notice: Option<String>,
}

/// `i` moved by `n` and clamped to `0..len` (0 when empty): how every list selection moves.
#[must_use]
pub fn step_clamped(i: usize, n: i32, len: usize) -> usize {
    let moved = i64::try_from(i)
        .unwrap_or(i64::MAX)
        .saturating_add(i64::from(n));
    usize::try_from(moved.max(0))
        .unwrap_or(usize::MAX)
        .min(len.saturating_sub(1))
}

/// How often the loop wakes to notice signals when no input arrives.
const TICK: Duration = Duration::from_millis(200);

/// Runs the reader until the user quits or a terminating signal arrives. Reading positions
/// are saved on the way out, however the run ends.
///
/// # Errors
/// Terminal I/O failures; the terminal is restored before they are returned.
pub fn run(docs: Vec<Document>, problems: Vec<Problem>, options: Options) -> anyhow::Result<()> {
    let signals = terminal::watch_signals()?;
    let loaded = options.store.as_ref().map(Store::load).unwrap_or_default();
    let notice = [options.notice.clone(), loaded.warning.clone()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
    let mut guard = terminal::Guard::enter()?;
    let amb = match options.config.ambiguous.policy() {
        Some(a) => a,
        None => terminal::probe_ambiguous_width(),
    };
    let size = guard.terminal().size()?;
    let mut app = App::with(Setup {
        docs,
        problems,
        amb,
        config: options.config.clone(),
        colors: options.colors,
        size: (size.width, size.height),
        state: loaded.state,
        notice: (!notice.is_empty()).then_some(notice),
    });
    if let Some((doc, line)) = &options.open {
        app.open_named(doc, *line);
    }
    let events = Events::start();
    let result = event_loop(
        &mut app,
        &mut guard,
        &events,
        &signals,
        options.store.as_ref(),
    );
    app.remember_position();
    save(&mut app, options.store.as_ref());
    guard.restore()?;
    result
}

fn event_loop(
    app: &mut App,
    guard: &mut terminal::Guard,
    events: &Events,
    signals: &terminal::Signals,
    store: Option<&Store>,
) -> anyhow::Result<()> {
    while !app.should_quit() {
        guard.terminal().draw(|frame| ui::render(app, frame))?;
        if signals.caught() {
            break;
        }
        let mut next = events.next(TICK)?;
        // Apply everything already waiting before drawing again, so a burst of keys or a storm
        // of resizes costs one frame.
        while let Some(ev) = next {
            if let Some(action) = keymap::map_event(app, &ev) {
                app.update(action);
            }
            next = events.pending();
        }
        for effect in app.take_effects() {
            match effect {
                Effect::Clipboard(osc52) => {
                    // The payload is base64, so document text cannot smuggle escapes through it.
                    let out = guard.terminal().backend_mut();
                    out.write_all(osc52.as_bytes())?;
                    out.flush()?;
                }
                Effect::Save => save(app, store),
                Effect::Edit { doc, path, line } => {
                    events.pause();
                    let outcome = guard.suspend(|| run_editor(&path, line));
                    events.resume();
                    match outcome {
                        Ok(()) => match std::fs::read(&path)
                            .map_err(|e| e.to_string())
                            .and_then(|b| corpus::decode(&b).map_err(|e| e.to_string()))
                        {
                            Ok(d) => app.reload(
                                doc,
                                Document::new(
                                    path.display().to_string(),
                                    d.text,
                                    d.encoding,
                                    d.lossy,
                                ),
                            ),
                            Err(e) => {
                                app.notify(format!("Could not reload {}: {e}", path.display()))
                            }
                        },
                        Err(e) => app.notify(format!("Editor failed: {e}")),
                    }
                }
            }
        }
    }
    Ok(())
}

/// Saves the session's changes; a failure is shown, and the changes are kept for next time.
fn save(app: &mut App, store: Option<&Store>) {
    let Some(store) = store else { return };
    if app.changes().is_empty() {
        return;
    }
    match store.save(app.changes()) {
        Ok(merged) => app.saved(merged),
        Err(e) => app.save_failed(&e.to_string()),
    }
}

/// Runs `$VISUAL` or `$EDITOR` (or `vi`) on `path` at `line`, waiting for it.
fn run_editor(path: &std::path::Path, line: usize) -> anyhow::Result<()> {
    // An empty variable means unset, as shells and git treat it.
    let set = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
    let editor = set("VISUAL")
        .or_else(|| set("EDITOR"))
        .unwrap_or_else(|| "vi".into());
    let mut words = editor.split_whitespace();
    let program = words.next().unwrap_or("vi");
    let status = std::process::Command::new(program)
        .args(words)
        .arg(format!("+{line}"))
        .arg(path)
        .status()?;
    anyhow::ensure!(status.success(), "{editor} exited with {status}");
    Ok(())
}
