//! Terminal setup and teardown that survive panics, errors and signals.
//!
//! The panic hook is installed before raw mode, so a panic anywhere restores the terminal before
//! the message prints. [`Guard`] restores on drop too, which covers early returns with `?`.
//! SIGTERM, SIGHUP, SIGINT and SIGQUIT only raise a flag: the event loop sees it within a tick
//! and leaves through the same restore path.

use std::io::{self, Stdout, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Once};

use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::terminal::{
    disable_raw_mode, enable_raw_mode, EnterAlternateScreen, LeaveAlternateScreen,
};
use crossterm::{cursor, execute, style::Print, terminal::Clear, terminal::ClearType};
use ratatui::backend::CrosstermBackend;
use ratatui::Terminal;

use crate::text::AmbiguousWidth;

/// The terminal type the reader draws on.
pub type Term = Terminal<CrosstermBackend<Stdout>>;

/// Puts the terminal back: cooked mode, main screen, no mouse capture, visible cursor.
/// Safe to call more than once.
pub fn restore_terminal() {
    let _ = disable_raw_mode();
    let _ = execute!(
        io::stdout(),
        DisableMouseCapture,
        LeaveAlternateScreen,
        cursor::Show
    );
}

/// Raw mode, the alternate screen, mouse capture, hidden cursor: the reader's terminal.
fn take_over() -> io::Result<()> {
    enable_raw_mode()?;
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        cursor::Hide
    )
}

fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore_terminal();
            previous(info);
        }));
    });
}

/// Owns the terminal while the reader runs and restores it however the run ends.
pub struct Guard {
    terminal: Term,
    restored: bool,
}

impl Guard {
    /// Enters raw mode and the alternate screen with mouse capture.
    ///
    /// # Errors
    /// When the terminal cannot be set up (it is restored first).
    pub fn enter() -> io::Result<Self> {
        install_panic_hook();
        let setup = || -> io::Result<Term> {
            take_over()?;
            Terminal::new(CrosstermBackend::new(io::stdout()))
        };
        match setup() {
            Ok(terminal) => Ok(Self {
                terminal,
                restored: false,
            }),
            Err(e) => {
                restore_terminal();
                Err(e)
            }
        }
    }

    /// The terminal to draw on.
    pub fn terminal(&mut self) -> &mut Term {
        &mut self.terminal
    }

    /// Hands the terminal to `f` (another program), then takes it back and redraws fully.
    ///
    /// # Errors
    /// When the terminal cannot be set up again.
    pub fn suspend<T>(&mut self, f: impl FnOnce() -> anyhow::Result<T>) -> anyhow::Result<T> {
        restore_terminal();
        let result = f();
        take_over()?;
        self.terminal.clear()?;
        result
    }

    /// Restores the terminal now.
    ///
    /// # Errors
    /// Never in practice; kept fallible for the caller's `?`.
    pub fn restore(mut self) -> anyhow::Result<()> {
        self.restored = true;
        restore_terminal();
        Ok(())
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        if !self.restored {
            restore_terminal();
        }
    }
}

/// Set when a terminating signal arrives.
#[derive(Debug, Clone)]
pub struct Signals(Arc<AtomicBool>);

impl Signals {
    /// Whether a terminating signal has arrived.
    #[must_use]
    pub fn caught(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}

/// Starts watching SIGTERM, SIGHUP, SIGINT and SIGQUIT.
///
/// # Errors
/// When a handler cannot be registered.
pub fn watch_signals() -> io::Result<Signals> {
    let flag = Arc::new(AtomicBool::new(false));
    #[cfg(unix)]
    for sig in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
        signal_hook::consts::SIGQUIT,
    ] {
        signal_hook::flag::register(sig, Arc::clone(&flag))?;
    }
    Ok(Signals(flag))
}

/// Asks the terminal how wide it draws an ambiguous character, as vim does for 'ambiwidth':
/// print `…` at the home position and read the cursor column back. Runs before the event
/// loop starts, because the cursor report would otherwise race with the event reader.
/// Falls back to narrow when the terminal does not answer.
#[must_use]
pub fn probe_ambiguous_width() -> AmbiguousWidth {
    let mut out = io::stdout();
    let printed = execute!(out, cursor::MoveTo(0, 0), Print("\u{2026}"));
    let answer = printed.ok().and_then(|()| cursor::position().ok());
    let _ = execute!(out, cursor::MoveTo(0, 0), Clear(ClearType::All));
    let _ = out.flush();
    answer.map_or(AmbiguousWidth::Narrow, |(col, _)| {
        AmbiguousWidth::from_columns(col)
    })
}
