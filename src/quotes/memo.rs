//! Remembered answers of word predicates.
//!
//! The rules ask the same questions of the same words many times (is `장관은` a title, does
//! `발표했다` end a noun phrase): a word is looked at as a head, again as part of each phrase
//! read leftward through it, and news repeats its words. Each predicate here answers from
//! lexicon lookups alone, so its answer for a word never changes and may be kept.
//!
//! Memory is per thread (extraction runs on the loader's threads too) and bounded: one table
//! for every predicate, a fixed number of slots, each word having one (by a hash) with a bit
//! for each predicate's answer, where a newer word replaces an older one (and its answers).
//! So a text made to collide costs recomputed answers, never a long search.
//! A slot holds its word's bytes itself: on a large document, following a pointer to a key
//! elsewhere in memory costs a cache miss more often than the answer saves.

use std::cell::RefCell;
use std::hash::{BuildHasher, BuildHasherDefault};

use super::lexicon::WordHash;

/// A remembered predicate: its bit in a slot's answers.
#[derive(Clone, Copy)]
pub(crate) enum Pred {
    /// `wordclass::is_title`.
    Title = 0,
    /// `wordclass::np_boundary`.
    NpBoundary = 1,
    /// `wordclass::org_like`.
    OrgLike = 2,
    /// `wordclass::korean_name`.
    KoreanName = 3,
    /// Predicates of the tests.
    #[cfg(test)]
    Test = 6,
    #[cfg(test)]
    TestOther = 7,
}

/// Slots (a power of two): 1 MB a thread (four tables of 512 KB before).
const SLOTS: usize = 1 << 15;
/// Longer words are answered afresh: nine Hangul syllables, longer than almost every word
/// of news, and a hostile text's megabyte-long "word" is never copied.
const LONGEST: usize = 29;

/// A remembered word (its first `len` bytes of `key`) and the answers known for it. Aligned
/// to its size, so no slot straddles two cache lines.
#[derive(Clone, Copy)]
#[repr(align(32))]
struct Slot {
    len: u8,
    /// Which predicates' answers are known (a bit each).
    known: u8,
    /// Their answers.
    answers: u8,
    key: [u8; LONGEST],
}

/// An empty slot: no word has length `u8::MAX`.
const EMPTY: Slot = Slot {
    len: u8::MAX,
    known: 0,
    answers: 0,
    key: [0; LONGEST],
};

thread_local! {
    /// Every predicate's answers share a table: the words asked one are mostly asked the
    /// others, so one slot's cache line serves them all.
    static SLOTS_OF_THREAD: RefCell<Vec<Slot>> = const { RefCell::new(Vec::new()) };
}

fn slot_of(w: &str) -> usize {
    let h = BuildHasherDefault::<WordHash>::default().hash_one(w);
    // Truncation keeps the low bits, which pick the slot.
    (h as usize) & (SLOTS - 1)
}

fn holds(s: &Slot, w: &str) -> bool {
    usize::from(s.len) == w.len() && s.key.get(..w.len()) == Some(w.as_bytes())
}

/// The answer of `f` (the predicate `pred`) for `w`, remembered when it was asked before.
pub(crate) fn remember(pred: Pred, w: &str, f: fn(&str) -> bool) -> bool {
    if w.len() > LONGEST {
        return f(w);
    }
    let (i, bit) = (slot_of(w), 1u8 << pred as u8);
    let known = SLOTS_OF_THREAD.with(|t| {
        t.borrow()
            .get(i)
            .filter(|s| s.known & bit != 0 && holds(s, w))
            .map(|s| s.answers & bit != 0)
    });
    if let Some(answer) = known {
        return answer;
    }
    // Asked outside the borrow: a predicate may ask others (or this one, of another word).
    let answer = f(w);
    SLOTS_OF_THREAD.with(|t| {
        let mut t = t.borrow_mut();
        if t.is_empty() {
            t.resize(SLOTS, EMPTY);
        }
        let (Some(s), Ok(len)) = (t.get_mut(i), u8::try_from(w.len())) else {
            return;
        };
        if !holds(s, w) {
            *s = EMPTY;
            s.len = len;
            s.key[..w.len()].copy_from_slice(w.as_bytes());
        }
        s.known |= bit;
        if answer {
            s.answers |= bit;
        }
    });
    answer
}

#[cfg(test)]
mod tests {
    use super::*;

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
                assert_eq!(remember(Pred::Test, w, long), long(w), "{w}");
            }
        }
        // The word too long to keep is not kept.
        SLOTS_OF_THREAD
            .with(|t| assert!(t.borrow().iter().filter(|s| s.len != u8::MAX).count() <= 5));
    }

    fn starts_with_a(w: &str) -> bool {
        w.starts_with('a')
    }

    /// Asks the other predicate of the same word while its own answer is worked out.
    fn long_and_a(w: &str) -> bool {
        remember(Pred::TestOther, w, starts_with_a) && long(w)
    }

    #[test]
    fn predicates_sharing_a_slot_keep_their_own_answers() {
        for w in ["abcd", "abc", "bcde", "a", "장관은"] {
            // One predicate's answer known, the other's not yet; then both known.
            for _ in 0..2 {
                assert_eq!(
                    remember(Pred::TestOther, w, starts_with_a),
                    starts_with_a(w)
                );
                assert_eq!(remember(Pred::Test, w, long_and_a), long_and_a(w), "{w}");
            }
        }
    }

    /// A word that takes over another's slot does not inherit its answers.
    #[test]
    fn a_word_taking_a_slot_over_starts_with_no_answers() {
        let taken = "abcdef";
        // A short word (not `long`) in the same slot: three letters give 238,328 to try.
        let letters: Vec<char> = ('a'..='z').chain('A'..='Z').chain('0'..='9').collect();
        let other = letters
            .iter()
            .flat_map(|&a| letters.iter().map(move |&b| (a, b)))
            .flat_map(|(a, b)| letters.iter().map(move |&c| format!("{a}{b}{c}")))
            .find(|w| slot_of(w) == slot_of(taken))
            .expect("a word in the same slot");
        assert!(remember(Pred::Test, taken, long));
        // The other word comes with another predicate, then is asked the first one.
        assert_eq!(
            remember(Pred::TestOther, &other, starts_with_a),
            starts_with_a(&other)
        );
        assert!(!remember(Pred::Test, &other, long), "{other} is short");
        assert!(remember(Pred::Test, taken, long));
    }

    #[test]
    fn more_words_than_slots_replace_each_other() {
        for _ in 0..2 {
            for i in 0..SLOTS * 3 {
                let w = i.to_string();
                assert_eq!(remember(Pred::Test, &w, long), long(&w));
            }
        }
        SLOTS_OF_THREAD.with(|t| assert_eq!(t.borrow().len(), SLOTS));
    }
}
