//! Terminal input on its own thread.
//!
//! crossterm's reader spins forever, inside `poll`, once its input reaches end of file (the
//! terminal went away). Reading on a separate thread keeps the main loop free to notice SIGHUP
//! and SIGTERM, save state, restore the terminal and leave; the stuck reader dies with the
//! process. The thread can be paused while another program (the editor) owns the terminal.

use std::io;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crossterm::event::{self, Event};

/// How long the reader waits for input before looking at its pause flag.
const POLL: Duration = Duration::from_millis(40);

/// Events from the terminal, read on a background thread.
#[derive(Debug)]
pub struct Events {
    rx: Receiver<io::Result<Event>>,
    paused: Arc<AtomicBool>,
    idle: Arc<AtomicBool>,
}

/// Why no event came.
#[derive(Debug, thiserror::Error)]
pub enum EventError {
    /// The reader stopped: the terminal's input is gone.
    #[error("the terminal's input closed")]
    Closed,
    /// Reading failed.
    #[error("reading the terminal failed: {0}")]
    Io(#[from] io::Error),
}

impl Events {
    /// Starts the reader thread.
    #[must_use]
    pub fn start() -> Self {
        let (tx, rx) = mpsc::channel();
        let paused = Arc::new(AtomicBool::new(false));
        let idle = Arc::new(AtomicBool::new(false));
        let (p, i) = (Arc::clone(&paused), Arc::clone(&idle));
        std::thread::spawn(move || loop {
            if p.load(Ordering::Acquire) {
                i.store(true, Ordering::Release);
                std::thread::sleep(POLL);
                continue;
            }
            i.store(false, Ordering::Release);
            let next = match event::poll(POLL) {
                Ok(true) => event::read().map(Some),
                Ok(false) => Ok(None),
                Err(e) => Err(e),
            };
            let stop = next.is_err();
            match next {
                Ok(None) => {}
                Ok(Some(ev)) => {
                    if tx.send(Ok(ev)).is_err() {
                        return;
                    }
                }
                Err(e) => {
                    let _ = tx.send(Err(e));
                }
            }
            if stop {
                return;
            }
        });
        Self { rx, paused, idle }
    }

    /// The next event, waiting at most `timeout`.
    ///
    /// # Errors
    /// When the reader has stopped or failed.
    pub fn next(&self, timeout: Duration) -> Result<Option<Event>, EventError> {
        match self.rx.recv_timeout(timeout) {
            Ok(Ok(ev)) => Ok(Some(ev)),
            Ok(Err(e)) => Err(EventError::Io(e)),
            Err(RecvTimeoutError::Timeout) => Ok(None),
            Err(RecvTimeoutError::Disconnected) => Err(EventError::Closed),
        }
    }

    /// An event that is already waiting, without blocking.
    #[must_use]
    pub fn pending(&self) -> Option<Event> {
        match self.rx.try_recv() {
            Ok(Ok(ev)) => Some(ev),
            _ => None,
        }
    }

    /// Stops reading until [`Self::resume`], and waits until the reader is really idle so it
    /// takes no keys meant for another program.
    pub fn pause(&self) {
        self.paused.store(true, Ordering::Release);
        let start = Instant::now();
        while !self.idle.load(Ordering::Acquire) && start.elapsed() < POLL * 5 {
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    /// Starts reading again.
    pub fn resume(&self) {
        self.paused.store(false, Ordering::Release);
    }
}
