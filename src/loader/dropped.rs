//! Documents the loading threads no longer need: each is being read again by a loader of its
//! own (the file changed), so finishing the old reading, and above all finding its quotes,
//! would only take the cores from the new one.

use std::sync::atomic::{AtomicBool, Ordering};

/// Which documents to skip, shared by the reader and the threads.
#[derive(Debug)]
pub(super) struct Dropped(Box<[AtomicBool]>);

impl Dropped {
    /// None of `n` documents dropped.
    pub(super) fn new(n: usize) -> Self {
        Self((0..n).map(|_| AtomicBool::new(false)).collect())
    }

    /// Drops document `doc` (nothing when there is no such document).
    pub(super) fn drop_doc(&self, doc: usize) {
        if let Some(d) = self.0.get(doc) {
            d.store(true, Ordering::Relaxed);
        }
    }

    /// Whether document `doc` was dropped.
    pub(super) fn has(&self, doc: usize) -> bool {
        self.0.get(doc).is_some_and(|d| d.load(Ordering::Relaxed))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Entry, Source};
    use crate::loader::{Event, Loader};
    use std::time::Duration;

    /// A document dropped before the threads reach it is neither read nor scanned; the ones
    /// after it still are.
    #[test]
    fn a_dropped_document_is_skipped_and_the_rest_load() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
        let line = "“시장이 흔들린다”라고 김민수 교수는 말했다.\n";
        let path = dir.path().join("a.txt");
        std::fs::write(&path, line.repeat(100)).unwrap_or_else(|e| panic!("write: {e}"));
        let bytes = |name: &str| Entry {
            name: name.into(),
            source: Source::Bytes(line.as_bytes().into()),
            size: Some(line.len() as u64),
        };
        let first = Entry {
            name: "a.txt".into(),
            source: Source::File(path),
            size: None,
        };
        // With early text the threads start only when the reader first asks: the drop
        // comes before they read anything.
        let mut loader = Loader::start_with(
            vec![first, bytes("b"), bytes("c")],
            None,
            Some(1 << 10),
            Duration::ZERO,
        );
        loader.drop_doc(1);
        let mut events = Vec::new();
        while !loader.is_finished() {
            match loader.try_next() {
                Some(e) => events.push(e),
                None => std::thread::sleep(Duration::from_millis(1)),
            }
        }
        assert!(events.iter().all(|e| e.doc() != 1), "{events:?}");
        for doc in [0, 2] {
            let done =
                |want: &dyn Fn(&Event) -> bool| events.iter().any(|e| e.doc() == doc && want(e));
            assert!(done(&|e| matches!(e, Event::Done { .. })), "{doc}");
            assert!(done(&|e| matches!(e, Event::QuotesDone { .. })), "{doc}");
            assert!(done(
                &|e| matches!(e, Event::Quotes { quotes, .. } if !quotes.is_empty())
            ));
        }
    }

    #[test]
    fn only_the_dropped_document_is_dropped() {
        let d = Dropped::new(3);
        d.drop_doc(1);
        d.drop_doc(7);
        assert_eq!(
            (d.has(0), d.has(1), d.has(2), d.has(7)),
            (false, true, false, false)
        );
    }
}
