//! Everything that touches the terminal: the event loop, key mapping, and drawing.
//!
//! State lives in components ([`library`], [`doclist`], [`reader`], [`saved`], [`prompt`],
//! [`popup`]) held by [`app::App`], and changes only through [`msg::Msg`]s (a user's
//! [`action::Action`], or news from this loop) passed to [`app::App::update`]; drawing
//! ([`ui::render`]) only reads it. What the app cannot do itself
//! (write the clipboard, run the editor, save state) it asks for as [`app::Effect`]s, which
//! this loop carries out.

/// Actions are library code (the config names them); re-exported where the TUI uses them.
pub use crate::action;
pub mod app;
pub mod backend;
pub mod detail;
pub mod doclist;
pub mod editor;
mod effects;
pub mod events;
pub mod finder;
pub mod input;
pub mod keymap;
pub mod layout;
pub mod library;
pub mod msg;
pub mod outcome;
pub mod popup;
mod probe;
pub mod prompt;
pub mod reader;
pub mod saved;
pub mod search_all;
pub mod terminal;
pub mod theme;
pub mod ui;

use std::io::Write;
use std::time::Duration;

use crate::config::Config;
use crate::corpus::{Document, Entry, Problem, Status};
use crate::loader::Loader;
use crate::state::{Store, EXIT_WAIT, SESSION_WAIT};
use crate::text::glyph::sanitize_line;
use action::Action;
use app::{App, Effect, Setup};
use effects::{reload, save};
use events::Events;
use msg::Msg;

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

/// Shortest time between two frames drawn only because background work progressed.
const FRAME: Duration = Duration::from_millis(50);

/// How long to wait for keys when background work is waiting on the loader threads.
const IDLE_WORK: Duration = Duration::from_millis(5);
/// The same while the reading pane waits for text itself (a big file's first page).
const IDLE_WAITING: Duration = Duration::from_millis(1);

/// How often the loop wakes to notice signals when no input arrives.
const TICK: Duration = Duration::from_millis(200);

/// How long the first screen waits for small documents to finish loading, so a normal corpus
/// opens whole (and a file that cannot be read is reported before the screen changes).
const WARM_UP: Duration = Duration::from_millis(150);
/// How long the first frame waits for the first text of the document it shows.
const FIRST_TEXT: Duration = Duration::from_millis(50);
/// How long after start the loading threads wait, when the first page was read ahead: the
/// first frame is drawn within a few milliseconds, and the terminal then draws it (tmux on two
/// cores showed it 2 ms later with two threads reading a big file beside it).
const FIRST_FRAME: Duration = Duration::from_millis(20);
/// Inputs up to this size in all are waited for (they load well within [`WARM_UP`]).
const WARM_UP_BYTES: u64 = 4 << 20;

/// Why the reader did not start.
#[derive(Debug, thiserror::Error)]
#[error("nothing to read")]
pub struct NothingToRead {
    /// The files that could not be read, and why.
    pub problems: Vec<Problem>,
}

/// Why [`run`] ended with an error.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// No document could be read: the caller reports the problems, not a failure of its own.
    #[error(transparent)]
    NothingToRead(#[from] NothingToRead),
    /// The terminal could not be set up, drawn on, or written to.
    #[error(transparent)]
    Terminal(#[from] std::io::Error),
    /// The thread reading terminal input failed or stopped.
    #[error(transparent)]
    Input(#[from] events::EventError),
}

/// Runs the reader on `entries`, loading them in the background, until the user quits or a
/// terminating signal arrives. Reading positions are saved on the way out, however the run
/// ends.
///
/// # Errors
/// [`Error::NothingToRead`] when no document could be read; terminal and input failures. The
/// terminal is restored before any is returned.
pub fn run(entries: Vec<Entry>, problems: Vec<Problem>, options: Options) -> Result<(), Error> {
    // Reading starts first, so the first page arrives while the terminal is set up.
    let docs: Vec<Document> = entries
        .iter()
        .map(|e| Document::pending(e.name.clone(), e.size))
        .collect();
    let sizes: Vec<Option<u64>> = entries.iter().map(|e| e.size).collect();
    // Only small inputs are waited for: a big file shows its first page as soon as it comes.
    let small =
        sizes.iter().all(Option::is_some) && sizes.iter().flatten().sum::<u64>() <= WARM_UP_BYTES;
    let map_min = options.config.map.then_some(crate::corpus::mapped::MAP_MIN);
    // A screenful of the first document is read before the loading threads start: two bytes
    // a cell covers Korean (three bytes for two cells) with room for short lines.
    let early_len = crossterm::terminal::size()
        .ok()
        .map(|(w, h)| (usize::from(w) * usize::from(h) * 2).clamp(16 << 10, 256 << 10));
    // A big file's loading threads wait until the first frame is out (see `FIRST_FRAME`).
    let defer = if small { Duration::ZERO } else { FIRST_FRAME };
    let loader = Loader::start_with(entries, map_min, early_len, defer);
    let signals = terminal::watch_signals()?;
    let loaded = options.store.as_ref().map(Store::load).unwrap_or_default();
    if let Some(warning) = &loaded.warning {
        // Before the alternate screen, so it is still there once the reader ends (as a bad
        // config file's is): the status line may cut it, and a key clears it.
        eprintln!("dokseo: {}", sanitize_line(warning));
    }
    let notice = [options.notice.clone(), loaded.warning.clone()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
    let mut guard = terminal::Guard::enter()?;
    // Without a setting, the terminal is asked after the first frame, which assumes the
    // common narrow width (see `Guard::probe_after_frame`).
    let policy = options.config.ambiguous.policy();
    let amb = policy.unwrap_or(crate::text::AmbiguousWidth::Narrow);
    let size = guard.terminal().size()?;
    let mut app = App::with(Setup {
        docs,
        problems,
        loader: Some(loader),
        amb,
        config: options.config.clone(),
        colors: options.colors,
        size: (size.width, size.height),
        state: loaded.state,
        notice: (!notice.is_empty()).then_some(notice),
    });
    if small {
        work_while(&mut app, WARM_UP, Duration::from_millis(1), |a| {
            a.busy() && !a.texts_loaded()
        });
    }
    if app.texts_loaded() && app.docs().iter().all(|d| !d.is_ready()) {
        guard.restore()?;
        let mut problems = app.problems().to_vec();
        problems.extend(app.docs().iter().filter_map(|d| match &d.status {
            Status::Failed(message) => Some(Problem {
                name: d.name.clone(),
                message: message.clone(),
            }),
            _ => None,
        }));
        return Err(NothingToRead { problems }.into());
    }
    if let Some((doc, line)) = &options.open {
        app.update(Msg::Open {
            name: doc.clone(),
            line: *line,
        });
    } else if app.docs().len() == 1 {
        // One file is read at once, as `less file` does; the list is a Tab away.
        app.update(Msg::ReadSingle);
    }
    // A big file's first piece comes within milliseconds: the first frame shows it, rather
    // than a "Loading…" frame drawn just before.
    work_while(&mut app, FIRST_TEXT, Duration::from_micros(200), |a| {
        a.current()
            .is_some_and(|d| d.is_loading() && d.text.is_empty())
    });
    if policy.is_none() {
        let found = guard.probe_after_frame(|frame| ui::render(&app, frame))?;
        if found != amb {
            app.update(Msg::Ambiguous(found));
            guard.terminal().clear()?;
        }
    }
    let events = Events::start();
    let result = event_loop(
        &mut app,
        &mut guard,
        &events,
        &signals,
        options.store.as_ref(),
        map_min,
    );
    app.update(Msg::Closing);
    let saved = save(&mut app, options.store.as_ref(), EXIT_WAIT);
    guard.restore()?;
    if let Err(e) = saved {
        // The status line went away with the screen: say it where it stays.
        // The message names the state file, whose path comes from the environment.
        eprintln!(
            "dokseo: could not save reading positions and bookmarks: {}",
            crate::text::glyph::sanitize_line(&e.to_string())
        );
    }
    result
}

/// Before the first frame: takes what the loader has, every `pause`, while `wanted` holds but
/// for at most `limit`.
fn work_while(app: &mut App, limit: Duration, pause: Duration, wanted: impl Fn(&App) -> bool) {
    let start = std::time::Instant::now();
    while wanted(app) && start.elapsed() < limit {
        app.update(Action::Work);
        // Not after the last step: a sleep on a busy machine can last milliseconds.
        if wanted(app) {
            std::thread::sleep(pause);
        }
    }
}

fn event_loop(
    app: &mut App,
    guard: &mut terminal::Guard,
    events: &Events,
    signals: &terminal::Signals,
    store: Option<&Store>,
    map_min: Option<u64>,
) -> Result<(), Error> {
    let mut drawn: Option<std::time::Instant> = None;
    let mut worked = std::time::Instant::now();
    let mut dirty = true;
    // A resize asks for the whole screen, even at the size drawn last (see below).
    let mut whole = false;
    while !app.should_quit() {
        // Background work alone redraws at most every FRAME (progress, arriving text); input
        // redraws at once.
        if dirty || drawn.is_none_or(|t| t.elapsed() >= FRAME) {
            // The size drawn at is the terminal's, asked now: a resize event can be lost on
            // the way (crossterm drops a SIGWINCH that wakes it together with a key), and then
            // the screen would stay laid out for a size of the storm's middle.
            let area = guard.terminal().size()?;
            if (area.width, area.height) != app.size() {
                app.update(Action::Resize(area.width, area.height));
            }
            if std::mem::take(&mut whole) {
                // Not only the cells that changed: what the terminal shows may no longer be
                // the last frame. A window resized there and back may have lost it, and tmux
                // mid-storm can hold a pane at one size while telling another.
                guard.terminal().clear()?;
            }
            guard.terminal().draw(|frame| ui::render(app, frame))?;
            drawn = Some(std::time::Instant::now());
        }
        if signals.caught() {
            break;
        }
        // `kill -TSTP` from outside suspends as Ctrl-Z does.
        if signals.take_stop() {
            app.update(Action::Suspend);
        }
        // While loading or wrapping, look for keys without waiting, then do a slice of work.
        let wait = match (app.busy(), app.progressed()) {
            (true, true) => Duration::ZERO,
            (true, false) if app.waiting_for_text() => IDLE_WAITING,
            (true, false) => IDLE_WORK,
            (false, _) => TICK,
        };
        let mut next = events.next(wait)?;
        let had_input = next.is_some();
        // Apply everything already waiting before drawing again, so a burst of keys or a storm
        // of resizes costs one frame.
        while let Some(ev) = next {
            whole |= matches!(ev, crossterm::event::Event::Resize(..));
            if let Some(action) = keymap::map_event(app, &ev) {
                app.update(action);
            }
            // Keys after the editor, a suspension or a reload apply to what comes back.
            next = (!app.awaits_effects()).then(|| events.pending()).flatten();
        }
        // A key is drawn before more background work is done, so its answer is not held up
        // by a slice of loading; a stream of keys still lets work run once a frame.
        if app.busy() && (!had_input || worked.elapsed() >= FRAME) {
            app.update(Action::Work);
            worked = std::time::Instant::now();
        }
        dirty = had_input || !app.busy() || app.urgent();
        for effect in app.take_effects() {
            match effect {
                Effect::Clipboard(osc52) => {
                    // The payload is base64, so document text cannot smuggle escapes through it.
                    let out = guard.terminal().backend_mut();
                    out.write_all(osc52.as_bytes())?;
                    out.flush()?;
                }
                Effect::Save => {
                    // A failure is on the status line; the changes wait for the next save.
                    let _ = save(app, store, SESSION_WAIT);
                }
                Effect::Suspend => {
                    events.pause();
                    let stopped = guard.stop();
                    events.resume();
                    stopped?;
                    // The terminal may have been resized while the shell had it.
                    let size = guard.terminal().size()?;
                    app.update(Action::Resize(size.width, size.height));
                    dirty = true;
                }
                Effect::Edit { doc, path, line } => {
                    events.pause();
                    signals.pass_stops(true);
                    let outcome = guard.suspend(|| editor::run(&path, line));
                    signals.pass_stops(false);
                    events.resume();
                    match outcome {
                        Ok(()) => reload(app, doc, &path, map_min),
                        Err(e) => app.update(Msg::Notify(format!("Editor failed: {e}"))),
                    }
                }
                Effect::SaveMarkdown { stem, text, what } => {
                    let here = std::path::Path::new(".");
                    let message = match crate::report::markdown::save_new(here, &stem, &text) {
                        Ok(path) => format!("Saved {what} to {}.", path.display()),
                        Err(e) => format!("Could not save {what}: {e}"),
                    };
                    app.update(Msg::Notify(sanitize_line(&message).into_owned()));
                }
                Effect::Reload { doc, path } => reload(app, doc, &path, map_min),
            }
        }
    }
    Ok(())
}
