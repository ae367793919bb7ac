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
//! A slot holds its word's bytes itself: on a large document, following a pointer to a key
//! elsewhere in memory costs a cache miss more often than the answer saves.

use std::cell::RefCell;
use std::hash::{BuildHasher, BuildHasherDefault};
use std::thread::LocalKey;

use super::lexicon::WordHash;

/// Slots per predicate (a power of two): 512 KB a predicate and thread. 4,096 slots missed
/// often enough on news that 16,384 run 4% fewer instructions.
const SLOTS: usize = 1 << 14;
/// Longer words are answered afresh: ten Hangul syllables, longer than almost every word
/// of news, and a hostile text's megabyte-long "word" is never copied.
const LONGEST: usize = 30;

/// A remembered word (its first `len` bytes of `key`) and its answer.
#[derive(Clone, Copy)]
struct Slot {
    len: u8,
    answer: bool,
    key: [u8; LONGEST],
}

/// One predicate's answers for the words last asked, a word to a slot.
#[derive(Default)]
pub(crate) struct Slots(Vec<Slot>);

/// A predicate's table, one per thread.
pub(crate) type Table = RefCell<Slots>;

/// An empty slot: no word has length `u8::MAX`.
const EMPTY: Slot = Slot {
    len: u8::MAX,
    answer: false,
    key: [0; LONGEST],
};

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
    let known = table.with(|t| {
        t.borrow()
            .0
            .get(i)
            .filter(|s| usize::from(s.len) == w.len() && s.key.get(..w.len()) == Some(w.as_bytes()))
            .map(|s| s.answer)
    });
    if let Some(answer) = known {
        return answer;
    }
    // Asked outside the borrow: a predicate may ask others (or this one, of another word).
    let answer = f(w);
    table.with(|t| {
        let mut t = t.borrow_mut();
        if t.0.is_empty() {
            t.0.resize(SLOTS, EMPTY);
        }
        if let (Some(s), Ok(len)) = (t.0.get_mut(i), u8::try_from(w.len())) {
            s.len = len;
            s.answer = answer;
            s.key[..w.len()].copy_from_slice(w.as_bytes());
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
        let words = [
            "",
            "a",
            "abcd",
            "장관은",
            &"x".repeat(100),
            &"가".repeat(10),
        ];
        for _ in 0..3 {
            for w in words {
                assert_eq!(remember(&LONG, w, long), long(w), "{w}");
            }
        }
        // The word too long to keep is not kept.
        LONG.with(|t| assert!(t.borrow().0.iter().filter(|s| s.len != u8::MAX).count() <= 5));
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
