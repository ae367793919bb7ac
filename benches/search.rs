//! Benchmarks: searching a whole document for a word that only its last line has.
//!
//! Run with `cargo bench --bench search`. The document is the bundled seeds repeated to
//! about 64 MB; the new [`Search`] is stepped a megabyte at a time to the end, as the reader
//! would between frames, and the old per-character `find_all` is timed for comparison.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::sync::OnceLock;

use divan::counter::BytesCount;
use divan::{black_box, Bencher};
use dokseo::search::{find_all, Pattern, Progress, Search};

mod common;

fn main() {
    divan::main();
}

const SIZE: usize = 64 << 20;
/// How much each step scans: about a millisecond's work or less.
const BUDGET: usize = 1 << 20;

/// The seeds repeated to about [`SIZE`], then a last line with the one "Xylophonist".
fn document() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| {
        let mut out = common::seeds_repeated(SIZE);
        out.push_str("The last line names the Xylophonist.\n");
        out
    })
}

/// Steps a search for `typed` to the end and checks it found the one word.
fn run(bencher: Bencher, typed: &str) {
    let text = document();
    let pattern = Pattern::parse(typed).unwrap();
    bencher.counter(BytesCount::new(text.len())).bench(|| {
        let mut search = Search::new(pattern.clone());
        while search.step(black_box(text), true, BUDGET) != Progress::Done {}
        assert_eq!(search.matches().len(), 1);
    });
}

/// Case-sensitive literal (`memmem`).
#[divan::bench(sample_count = 10)]
fn literal_exact(bencher: Bencher) {
    run(bencher, "Xylophonist");
}

/// Smart case with no uppercase typed: a case-insensitive regex of the literal.
#[divan::bench(sample_count = 10)]
fn literal_smart_case(bencher: Bencher) {
    run(bencher, "xylophonist");
}

/// A regex after the `re:` prefix.
#[divan::bench(sample_count = 10)]
fn regex(bencher: Bencher) {
    run(bencher, r"re:Xylo\w+ist\b");
}

/// The old search, folding every character of the text on each key.
#[divan::bench(sample_count = 2, sample_size = 1)]
fn old_find_all(bencher: Bencher) {
    let text = document();
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| assert_eq!(find_all(black_box(text), "xylophonist").len(), 1));
}
