//! Terminal input on its own thread.
//!
//! crossterm's reader spins forever, inside `poll`, once its terminal hangs up: the read
//! returns end of file or EIO, which it neither reports nor waits on. So the thread never calls
//! into crossterm while nothing is there: it waits on the terminal itself (`poll(2)`), leaves
//! when the terminal hangs up or the event loop is gone, and asks crossterm only for input that
//! is really waiting (or for the resize a SIGWINCH announced). Reading on a separate thread
//! keeps the main loop free to notice SIGHUP and SIGTERM, save state, restore the terminal and
//! leave. The thread can be paused while another program (the editor, the shell after Ctrl-Z)
//! owns the terminal.

use std::io;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
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

/// What waiting on the terminal found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ready {
    /// Bytes to read.
    Input,
    /// A SIGWINCH came (and perhaps bytes too).
    #[cfg_attr(not(unix), allow(dead_code))]
    Resized,
    /// Nothing within the wait.
    Nothing,
    /// The terminal hung up or cannot be waited on: reading it again would only spin.
    Gone,
}

/// The terminal crossterm reads (standard input when it is a terminal, else `/dev/tty`),
/// waited on directly.
#[cfg(unix)]
struct Tty {
    file: Option<std::fs::File>,
    resized: Arc<AtomicBool>,
    /// Readable once a SIGWINCH came: waited on with the terminal, so the wait ends at once
    /// whichever thread the signal interrupted (it cut this thread's `poll` short only when it
    /// landed here, and a resize otherwise waited for the end of the wait, 40 ms).
    wake: Option<(std::os::unix::net::UnixStream, signal_hook::SigId)>,
}

#[cfg(unix)]
impl Tty {
    fn open() -> Self {
        use signal_hook::consts::SIGWINCH;
        let file = tty_file().ok().flatten();
        let resized = Arc::new(AtomicBool::new(false));
        // Without it a resize shows with the next key instead of at once.
        let _ = signal_hook::flag::register(SIGWINCH, Arc::clone(&resized));
        let wake = std::os::unix::net::UnixStream::pair()
            .ok()
            .filter(|(read, _)| read.set_nonblocking(true).is_ok())
            .and_then(|(read, write)| {
                let id = signal_hook::low_level::pipe::register(SIGWINCH, write).ok()?;
                Some((read, id))
            });
        Self {
            file,
            resized,
            wake,
        }
    }

    fn wait(&self, timeout: Duration) -> Ready {
        use rustix::event::PollFlags;
        let wake = self.wake.as_ref().map(|(read, _)| read);
        let Some((got, woke)) = poll_terminal(self.file.as_ref(), wake, timeout) else {
            return Ready::Gone;
        };
        if let Some(mut read) = wake.filter(|_| woke) {
            // Empty it: a byte per signal, not read otherwise.
            let mut sink = [0u8; 64];
            while std::io::Read::read(&mut read, &mut sink).is_ok_and(|n| n > 0) {}
        }
        if got.intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL) {
            Ready::Gone
        } else if self.resized.swap(false, Ordering::Relaxed) {
            Ready::Resized
        } else if got.contains(PollFlags::IN) {
            Ready::Input
        } else {
            Ready::Nothing
        }
    }
}

#[cfg(unix)]
impl Drop for Tty {
    fn drop(&mut self) {
        if let Some((_, id)) = self.wake.take() {
            signal_hook::low_level::unregister(id);
        }
    }
}

/// The terminal to wait on when standard input is not it: `/dev/tty` (`None` when standard
/// input is the terminal).
#[cfg(unix)]
fn tty_file() -> io::Result<Option<std::fs::File>> {
    if std::io::IsTerminal::is_terminal(&io::stdin()) {
        Ok(None)
    } else {
        std::fs::File::open("/dev/tty").map(Some)
    }
}

/// Waits up to `timeout` on the terminal crossterm reads (`file`, else standard input), and on
/// `wake` too when given (it ends the wait, as input does): the poll(2) flags of the terminal
/// and whether `wake` is readable, or `None` when the terminal cannot be waited on.
#[cfg(unix)]
fn poll_terminal(
    file: Option<&std::fs::File>,
    wake: Option<&std::os::unix::net::UnixStream>,
    timeout: Duration,
) -> Option<(rustix::event::PollFlags, bool)> {
    use rustix::event::{poll, PollFd, PollFlags, Timespec};
    use std::os::fd::AsFd;
    let stdin = io::stdin();
    let fd = match file {
        Some(f) => f.as_fd(),
        None if std::io::IsTerminal::is_terminal(&stdin) => stdin.as_fd(),
        None => return None,
    };
    let mut fds = vec![PollFd::new(&fd, PollFlags::IN)];
    if let Some(w) = wake {
        fds.push(PollFd::new(w, PollFlags::IN));
    }
    let limit = Timespec {
        tv_sec: i64::try_from(timeout.as_secs()).unwrap_or(i64::MAX),
        tv_nsec: timeout.subsec_nanos().into(),
    };
    match poll(&mut fds, Some(&limit)) {
        // A signal (SIGWINCH, SIGCONT) cut the wait short.
        Ok(_) | Err(rustix::io::Errno::INTR) => {
            let woke = fds
                .get(1)
                .is_some_and(|w| w.revents().contains(PollFlags::IN));
            Some((fds[0].revents(), woke))
        }
        Err(_) => None,
    }
}

/// Whether the terminal has hung up (or cannot be waited on): reading it would only spin.
#[cfg(unix)]
#[must_use]
pub fn hung_up() -> bool {
    use rustix::event::PollFlags;
    let Ok(file) = tty_file() else {
        return true;
    };
    poll_terminal(file.as_ref(), None, Duration::ZERO)
        .map(|(got, _)| got)
        .is_none_or(|got| got.intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL))
}

/// Elsewhere a hang-up is not seen here.
#[cfg(not(unix))]
#[must_use]
pub fn hung_up() -> bool {
    false
}

/// Elsewhere crossterm's own wait is all there is.
#[cfg(not(unix))]
struct Tty;

#[cfg(not(unix))]
impl Tty {
    fn open() -> Self {
        Self
    }

    fn wait(&self, timeout: Duration) -> Ready {
        match event::poll(timeout) {
            Ok(true) => Ready::Input,
            Ok(false) => Ready::Nothing,
            Err(_) => Ready::Gone,
        }
    }
}

/// The reader thread: returns (dropping `tx`, which the loop sees as [`EventError::Closed`])
/// when the terminal is gone, reading failed, or nobody listens any more.
fn read_terminal(tx: &Sender<io::Result<Event>>, paused: &AtomicBool, idle: &AtomicBool) {
    let tty = Tty::open();
    // crossterm sets up its event source (and its own SIGWINCH handler) on the first poll: do
    // it now, or a resize before the first key would never become an event.
    let _ = event::poll(Duration::ZERO);
    loop {
        if paused.load(Ordering::Acquire) {
            idle.store(true, Ordering::Release);
            std::thread::sleep(POLL);
            continue;
        }
        idle.store(false, Ordering::Release);
        let resized = match tty.wait(POLL) {
            Ready::Gone => return,
            Ready::Nothing => continue,
            Ready::Input => false,
            Ready::Resized => true,
        };
        // Everything crossterm has parsed, without waiting: one read can hold several events.
        let mut saw_resize = false;
        loop {
            let next = match event::poll(Duration::ZERO) {
                Ok(true) => event::read(),
                Ok(false) => break,
                Err(e) => Err(e),
            };
            saw_resize |= matches!(next, Ok(Event::Resize(..)));
            let failed = next.is_err();
            if tx.send(next).is_err() || failed {
                return;
            }
        }
        // A SIGWINCH crossterm did not turn into an event (it may have come first): the new
        // size, asked for here, so the screen follows at once.
        if resized && !saw_resize {
            if let Ok((w, h)) = crossterm::terminal::size() {
                if tx.send(Ok(Event::Resize(w, h))).is_err() {
                    return;
                }
            }
        }
    }
}

impl Events {
    /// Starts the reader thread.
    #[must_use]
    pub fn start() -> Self {
        let (tx, rx) = mpsc::channel();
        let paused = Arc::new(AtomicBool::new(false));
        let idle = Arc::new(AtomicBool::new(false));
        let (p, i) = (Arc::clone(&paused), Arc::clone(&idle));
        std::thread::spawn(move || read_terminal(&tx, &p, &i));
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
