//! Terminal setup and teardown that survive panics, errors and signals.
//!
//! The panic hook is installed before raw mode, so a panic anywhere restores the terminal before
//! the message prints. [`Guard`] restores on drop too, which covers early returns with `?`.
//! SIGTERM, SIGHUP, SIGINT and SIGQUIT only raise a flag: the event loop sees it within a tick
//! and leaves through the same restore path. SIGTSTP (and Ctrl-Z, which raw mode delivers as a
//! key) suspends as `less` does: [`Guard::stop`] gives the terminal back, stops the job, and
//! takes the terminal again when the shell continues it.

use std::io::{self, BufWriter, Stdout};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Once};

use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::terminal::{
    disable_raw_mode, enable_raw_mode, EnterAlternateScreen, LeaveAlternateScreen,
};
use crossterm::{cursor, execute};
use ratatui::backend::Backend as _;
use ratatui::backend::CrosstermBackend;
use ratatui::Terminal;

use super::backend::Runs;
use crate::text::AmbiguousWidth;

/// The terminal type the reader draws on.
pub type Term = Terminal<Runs<CrosstermBackend<BufWriter<Stdout>>>>;

/// Bytes buffered before a write to the terminal: a whole frame of a big screen, so it goes
/// out in one write (standard output's own buffer is 1 KB: a 13 KB frame of Korean text took
/// thirteen writes, each waiting on the terminal to read the last).
const FRAME_BYTES: usize = 64 << 10;

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
            Terminal::new(Runs::new(CrosstermBackend::new(BufWriter::with_capacity(
                FRAME_BYTES,
                io::stdout(),
            ))))
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

    /// Draws a frame with `render`, then asks the terminal how wide it draws East Asian
    /// Ambiguous characters (`probe::ambiguous_width`) and puts back the two cells the
    /// question printed over. Asking after the first frame rather than before keeps the
    /// question's round trip off the first screen; the caller redraws if the answer differs
    /// from what the frame assumed.
    ///
    /// Must run before terminal input is read elsewhere: the answer comes on standard input.
    ///
    /// # Errors
    /// When drawing fails, or the terminal hangs up before it answers.
    pub fn probe_after_frame(
        &mut self,
        render: impl FnOnce(&mut ratatui::Frame),
    ) -> io::Result<AmbiguousWidth> {
        let frame = self.terminal.draw(render)?;
        let corner: Vec<(u16, u16, ratatui::buffer::Cell)> = [(0, 0), (1, 0)]
            .into_iter()
            .filter_map(|(x, y)| frame.buffer.cell((x, y)).map(|c| (x, y, c.clone())))
            .collect();
        let amb = match super::probe::ambiguous_width() {
            super::probe::Probe::Width(amb) => amb,
            // Nothing can be drawn or read any more; the query's thread spins until the
            // process ends (see `probe`), which it does now.
            super::probe::Probe::HungUp => {
                return Err(io::Error::new(
                    io::ErrorKind::BrokenPipe,
                    "the terminal hung up",
                ))
            }
        };
        let backend = self.terminal.backend_mut();
        backend.draw(corner.iter().map(|(x, y, c)| (*x, *y, c)))?;
        backend.flush()?;
        Ok(amb)
    }

    /// The terminal to draw on.
    pub fn terminal(&mut self) -> &mut Term {
        &mut self.terminal
    }

    /// Hands the terminal to `f` (another program), then takes it back and redraws fully.
    ///
    /// # Errors
    /// `f`'s error; or, when the terminal cannot be set up again, that failure as `f`'s error
    /// type, so the caller sees one outcome for the whole hand-over.
    pub fn suspend<T, E: From<io::Error>>(
        &mut self,
        f: impl FnOnce() -> Result<T, E>,
    ) -> Result<T, E> {
        restore_terminal();
        let result = f();
        take_over()?;
        self.terminal.clear()?;
        result
    }

    /// Suspends like Ctrl-Z in a cooked terminal: restores the terminal, stops the job (the
    /// shell gets the terminal back), and when continued (`fg`) takes the terminal again and
    /// redraws fully.
    ///
    /// # Errors
    /// When the terminal cannot be set up again.
    pub fn stop(&mut self) -> io::Result<()> {
        self.suspend(stop_job)
    }

    /// Restores the terminal now.
    ///
    /// # Errors
    /// Never in practice; kept fallible for the caller's `?`.
    pub fn restore(mut self) -> io::Result<()> {
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

/// Stops every process of the job (as the terminal's Ctrl-Z would) and returns once continued.
/// SIGSTOP, because SIGTSTP is caught here; the whole group, so a wrapping shell script stops
/// too and the interactive shell sees the job stopped.
#[cfg(unix)]
fn stop_job() -> io::Result<()> {
    use rustix::process::{kill_current_process_group, Signal};
    kill_current_process_group(Signal::STOP).map_err(io::Error::from)
}

/// Without job control there is nothing to stop.
#[cfg(not(unix))]
fn stop_job() -> io::Result<()> {
    Ok(())
}

/// Flags raised by signals, for the event loop to act on.
#[derive(Debug, Clone, Default)]
pub struct Signals {
    quit: Arc<AtomicBool>,
    stop: Arc<AtomicBool>,
    pass_stops: Arc<AtomicBool>,
}

impl Signals {
    /// Whether a terminating signal has arrived.
    #[must_use]
    pub fn caught(&self) -> bool {
        self.quit.load(Ordering::Relaxed)
    }

    /// Whether SIGTSTP arrived since the last call (the flag is cleared).
    #[must_use]
    pub fn take_stop(&self) -> bool {
        self.stop.swap(false, Ordering::Relaxed)
    }

    /// While `on`, SIGTSTP stops this process at once, as by default: another program (the
    /// editor) owns the terminal, and its Ctrl-Z must stop the whole job, this reader with it,
    /// or the shell would wait on a reader that waits on a stopped editor.
    pub fn pass_stops(&self, on: bool) {
        self.pass_stops.store(on, Ordering::Relaxed);
        if !on {
            // The stop already happened: it must not suspend the reader once more.
            self.stop.store(false, Ordering::Relaxed);
        }
    }
}

/// Starts watching SIGTERM, SIGHUP, SIGINT and SIGQUIT (to quit) and SIGTSTP (to suspend).
///
/// # Errors
/// When a handler cannot be registered.
pub fn watch_signals() -> io::Result<Signals> {
    let signals = Signals::default();
    #[cfg(unix)]
    {
        for sig in [
            signal_hook::consts::SIGTERM,
            signal_hook::consts::SIGHUP,
            signal_hook::consts::SIGINT,
            signal_hook::consts::SIGQUIT,
        ] {
            signal_hook::flag::register(sig, Arc::clone(&signals.quit))?;
        }
        let tstp = signal_hook::consts::SIGTSTP;
        signal_hook::flag::register(tstp, Arc::clone(&signals.stop))?;
        signal_hook::flag::register_conditional_default(tstp, Arc::clone(&signals.pass_stops))?;
    }
    Ok(signals)
}
