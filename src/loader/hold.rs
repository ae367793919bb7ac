//! Pausing the loading threads while the user types or scrolls.
//!
//! On a machine with two cores the loading threads, even at the lowest priority, share caches,
//! memory bandwidth and the cores themselves with the reader's thread and the terminal (tmux,
//! ssh) that has to show its answer: measured in tmux, a typed search character took up to
//! twice as long while a big file loaded. So for a moment after each key the threads sleep:
//! the quote thread always, the text thread only when the reader is not waiting for its text
//! (the first page of a document just opened must not wait for the keys that opened it).

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// How often a held thread looks again.
const LOOK: Duration = Duration::from_millis(10);

/// Which thread asks whether it is held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Held {
    /// The text thread.
    Text,
    /// The quote thread.
    Quotes,
}

/// Until when the loading threads should pause, shared by the reader and the threads.
#[derive(Debug)]
pub(super) struct Hold {
    epoch: Instant,
    /// Milliseconds after `epoch` until which the text thread pauses.
    text_until: AtomicU64,
    /// Milliseconds after `epoch` until which the quote thread pauses.
    quotes_until: AtomicU64,
}

impl Hold {
    pub(super) fn new() -> Self {
        Self {
            epoch: Instant::now(),
            text_until: AtomicU64::new(0),
            quotes_until: AtomicU64::new(0),
        }
    }

    fn now_ms(&self) -> u64 {
        u64::try_from(self.epoch.elapsed().as_millis()).unwrap_or(u64::MAX)
    }

    /// Pauses the quote thread from now for `d`, and the text thread too when `text`; the
    /// latest call decides (`Duration::ZERO` lets go at once).
    pub(super) fn hold_for(&self, d: Duration, text: bool) {
        let d = u64::try_from(d.as_millis()).unwrap_or(u64::MAX);
        let until = self.now_ms().saturating_add(d);
        self.quotes_until.store(until, Ordering::Relaxed);
        let text_until = if text { until } else { 0 };
        self.text_until.store(text_until, Ordering::Relaxed);
    }

    /// Whether `who` should be pausing now.
    pub(super) fn held(&self, who: Held) -> bool {
        let until = match who {
            Held::Text => &self.text_until,
            Held::Quotes => &self.quotes_until,
        };
        self.now_ms() < until.load(Ordering::Relaxed)
    }

    /// Sleeps while `who` is held, until stopped, or for at most `most` (when given). The
    /// text thread passes a limit, so a key held down (autorepeat) slows reading rather than
    /// stopping it. Quotes wait as long as keys come, since reading does not need them.
    pub(super) fn wait(&self, stop: &AtomicBool, most: Option<Duration>, who: Held) {
        let began = Instant::now();
        while self.held(who)
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
        assert!(!hold.held(Held::Quotes) && !hold.held(Held::Text));
        hold.hold_for(Duration::from_secs(3600), true);
        assert!(hold.held(Held::Quotes) && hold.held(Held::Text));
        let stop = AtomicBool::new(false);
        let began = Instant::now();
        hold.wait(&stop, Some(Duration::from_millis(30)), Held::Text);
        assert!(began.elapsed() >= Duration::from_millis(30), "it waited");
        assert!(
            hold.held(Held::Text),
            "a limited wait leaves the hold in place"
        );
        hold.hold_for(Duration::from_secs(3600), false);
        assert!(hold.held(Held::Quotes), "quotes wait");
        assert!(
            !hold.held(Held::Text),
            "the reader waits for text: it is not held"
        );
        hold.hold_for(Duration::ZERO, true);
        assert!(!hold.held(Held::Quotes));
        hold.hold_for(Duration::from_secs(3600), true);
        stop.store(true, Ordering::Relaxed);
        hold.wait(&stop, None, Held::Quotes);
    }
}
