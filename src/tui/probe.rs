//! Asking the terminal how wide it draws an East Asian Ambiguous character, safely.
//!
//! As vim does for 'ambiwidth': print `…` at the home position and read the cursor column
//! back. crossterm's cursor query waits up to two seconds for the answer, but once the terminal
//! hangs up it spins forever inside its read (end of file is neither reported nor waited on,
//! see [`super::events`]): a terminal closed while dokseo waited for the answer left it running
//! a core at full speed. So the query runs on a thread of its own, and the caller waits for it
//! while watching the terminal itself; a terminal that hangs up meanwhile ends the wait, and the
//! query's thread is left behind for the process to end with.

use std::io;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::{Duration, Instant};

use crossterm::{cursor, execute, style::Print};

use crate::text::AmbiguousWidth;

/// How long the terminal is given to answer (crossterm gives up after two seconds itself).
const LIMIT: Duration = Duration::from_millis(2500);
/// How often the wait looks at the terminal.
const LOOK: Duration = Duration::from_millis(40);

/// What asking the terminal found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Probe {
    /// The terminal answered (or did not, in time: narrow, as most terminals draw them).
    Width(AmbiguousWidth),
    /// The terminal hung up while the answer was awaited.
    HungUp,
}

/// Asks the terminal (see the module documentation). It prints over the top-left two cells and
/// does not clear them: the caller draws them again (see
/// [`super::terminal::Guard::probe_after_frame`]). Must run before terminal input is read
/// elsewhere: the answer comes on standard input.
#[must_use]
pub fn ambiguous_width() -> Probe {
    wait_for(ask, super::events::hung_up, LIMIT)
}

/// The column the cursor is at after printing `…` at the home position, when the terminal says.
fn ask() -> Option<u16> {
    execute!(io::stdout(), cursor::MoveTo(0, 0), Print("\u{2026}")).ok()?;
    cursor::position().ok().map(|(col, _)| col)
}

/// Runs `ask` on a thread and waits for its answer for at most `limit`, looking every [`LOOK`]
/// whether the terminal `hung_up`.
fn wait_for(ask: fn() -> Option<u16>, hung_up: fn() -> bool, limit: Duration) -> Probe {
    let (tx, rx) = mpsc::channel();
    let asked = std::thread::Builder::new()
        .name("terminal width probe".into())
        .spawn(move || {
            let _ = tx.send(ask());
        });
    let narrow = Probe::Width(AmbiguousWidth::Narrow);
    if asked.is_err() {
        return narrow;
    }
    let start = Instant::now();
    loop {
        match rx.recv_timeout(LOOK) {
            Ok(answer) => {
                return answer.map_or(narrow, |col| {
                    Probe::Width(AmbiguousWidth::from_columns(col))
                })
            }
            Err(RecvTimeoutError::Disconnected) => return narrow,
            Err(RecvTimeoutError::Timeout) if hung_up() => return Probe::HungUp,
            Err(RecvTimeoutError::Timeout) if start.elapsed() >= limit => return narrow,
            Err(RecvTimeoutError::Timeout) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_answer_is_the_width() {
        let probe = wait_for(|| Some(2), || false, LIMIT);
        assert_eq!(probe, Probe::Width(AmbiguousWidth::Wide));
        let probe = wait_for(|| Some(1), || false, LIMIT);
        assert_eq!(probe, Probe::Width(AmbiguousWidth::Narrow));
        let probe = wait_for(|| None, || false, LIMIT);
        assert_eq!(probe, Probe::Width(AmbiguousWidth::Narrow), "no answer");
    }

    /// What crossterm does once the terminal hangs up: never returns.
    fn spins() -> Option<u16> {
        loop {
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    #[test]
    fn a_terminal_that_hangs_up_ends_the_wait() {
        let start = Instant::now();
        assert_eq!(wait_for(spins, || true, LIMIT), Probe::HungUp);
        assert!(start.elapsed() < LIMIT, "it did not wait for the limit");
    }

    #[test]
    fn a_query_that_never_returns_is_given_up_at_the_limit() {
        let limit = Duration::from_millis(100);
        let probe = wait_for(spins, || false, limit);
        assert_eq!(probe, Probe::Width(AmbiguousWidth::Narrow));
    }
}
