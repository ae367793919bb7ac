//! Remembered answers of word predicates.
//!
//! The rules ask the same questions of the same words many times (is `장관은` a title, does
//! `발표했다` end a noun phrase): a word is looked at as a head, again as part of each phrase
//! read leftward through it, and news repeats its words. Each predicate here answers from
//! lexicon lookups alone, so its answer for a word never changes and may be kept.
//!
//! Memory is per thread (extraction runs on the loader's threads too) and bounded: a table
//! is a fixed number of slots, each word having one (by a hash), where a newer word replaces
//! an older one. So a text made to collide costs recomputed answers, never a long search.

use std::cell::RefCell;
use std::hash::{BuildHasher, BuildHasherDefault};
use std::thread::LocalKey;

use super::lexicon::WordHash;

/// Slots per predicate (a power of two).
const SLOTS: usize = 1 << 12;
/// Longer words are answered afresh: no name or ending is this long, and a hostile text's
/// megabyte-long "word" must not be copied.
const LONGEST: usize = 64;

/// One predicate's answers for the words last asked, a word to a slot.
#[derive(Default)]
pub(crate) struct Slots(Vec<Option<(Box<str>, bool)>>);

/// A predicate's table, one per thread.
pub(crate) type Table = RefCell<Slots>;

fn slot_of(w: &str) -> usize {
    let h = BuildHasherDefault::<WordHash>::default().hash_one(w);
    // Truncation keeps the low bits, which pick the slot.
    (h as usize) & (SLOTS - 1)
}

/// The answer of `f` for `w`, from `table` when it was asked before (and kept).
pub(crate) fn remember(table: &'static LocalKey<Table>, w: &str, f: fn(&str) -> bool) -> bool {
    if w.len() > LONGEST {
        return f(w);
    }
    let i = slot_of(w);
    let known = table.with(|t| match t.borrow().0.get(i) {
        Some(Some((k, answer))) if **k == *w => Some(*answer),
        _ => None,
    });
    if let Some(answer) = known {
        return answer;
    }
    // Asked outside the borrow: a predicate may ask others (or this one, of another word).
    let answer = f(w);
    table.with(|t| {
        let mut t = t.borrow_mut();
        if t.0.is_empty() {
            t.0.resize(SLOTS, None);
        }
        if let Some(s) = t.0.get_mut(i) {
            *s = Some((w.into(), answer));
        }
    });
    answer
}

#[cfg(test)]
mod tests {
    use super::*;

    thread_local! {
        static LONG: Table = Table::default();
    }

    fn long(w: &str) -> bool {
        w.len() > 3
    }

    #[test]
    fn answers_are_the_predicates_however_often_asked() {
        let words = ["", "a", "abcd", "장관은", &"x".repeat(100)];
        for _ in 0..3 {
            for w in words {
                assert_eq!(remember(&LONG, w, long), long(w), "{w}");
            }
        }
        // The word too long to keep is not kept.
        LONG.with(|t| assert!(t.borrow().0.iter().flatten().count() <= 4));
    }

    #[test]
    fn more_words_than_slots_replace_each_other() {
        for _ in 0..2 {
            for i in 0..SLOTS * 3 {
                let w = i.to_string();
                assert_eq!(remember(&LONG, &w, long), long(&w));
            }
        }
        LONG.with(|t| assert_eq!(t.borrow().0.len(), SLOTS));
    }
}
