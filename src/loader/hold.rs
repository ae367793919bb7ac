//! Pausing the loading threads while the user types or scrolls.
//!
//! On a machine with two cores the loading threads, even at the lowest priority, share caches,
//! memory bandwidth and the cores themselves with the reader's thread and the terminal (tmux,
//! ssh) that has to show its answer: measured in tmux, a typed search character took up to
//! twice as long while a big file loaded. So for a moment after each key the threads sleep.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// How often a held thread looks again.
const LOOK: Duration = Duration::from_millis(10);

/// Until when the loading threads should pause, shared by the reader and the threads.
#[derive(Debug)]
pub(super) struct Hold {
    epoch: Instant,
    /// Milliseconds after `epoch` until which to pause.
    until_ms: AtomicU64,
}

impl Hold {
    pub(super) fn new() -> Self {
        Self {
            epoch: Instant::now(),
            until_ms: AtomicU64::new(0),
        }
    }

    fn now_ms(&self) -> u64 {
        u64::try_from(self.epoch.elapsed().as_millis()).unwrap_or(u64::MAX)
    }

    /// Pause from now for `d` (the latest call decides: `Duration::ZERO` lets go at once).
    pub(super) fn hold_for(&self, d: Duration) {
        let d = u64::try_from(d.as_millis()).unwrap_or(u64::MAX);
        self.until_ms
            .store(self.now_ms().saturating_add(d), Ordering::Relaxed);
    }

    /// Whether the threads should be pausing now.
    pub(super) fn held(&self) -> bool {
        self.now_ms() < self.until_ms.load(Ordering::Relaxed)
    }

    /// Sleeps while held, until stopped, or for at most `most` (when given). The text thread
    /// passes a limit, so a key held down (autorepeat) slows reading rather than stopping it:
    /// the reader cannot scroll on into text that never comes. Quotes wait as long as keys
    /// come, since reading does not need them.
    pub(super) fn wait(&self, stop: &AtomicBool, most: Option<Duration>) {
        let began = Instant::now();
        while self.held()
            && !stop.load(Ordering::Relaxed)
            && most.is_none_or(|m| began.elapsed() < m)
        {
            std::thread::sleep(LOOK);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hold_ends_when_let_go_or_after_its_time() {
        let hold = Hold::new();
        assert!(!hold.held());
        hold.hold_for(Duration::from_secs(3600));
        assert!(hold.held());
        let stop = AtomicBool::new(false);
        let began = Instant::now();
        hold.wait(&stop, Some(Duration::from_millis(30)));
        assert!(began.elapsed() >= Duration::from_millis(30), "it waited");
        assert!(hold.held(), "a limited wait leaves the hold in place");
        hold.hold_for(Duration::ZERO);
        assert!(!hold.held());
        hold.hold_for(Duration::from_secs(3600));
        stop.store(true, Ordering::Relaxed);
        hold.wait(&stop, None);
    }
}
