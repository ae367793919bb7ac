//! Benchmarks: quote extraction over about 4 MB of the bundled seeds, as one document.
//!
//! Run with `cargo bench --bench quotes`. This is `dokseo::quotes::extract` alone, without
//! reading files or writing a report, so it measures what issue #15 asks to make fast.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::sync::OnceLock;

use divan::counter::BytesCount;
use divan::{black_box, Bencher};
use dokseo::quotes::extract;

mod common;

fn main() {
    divan::main();
}

const SIZE: usize = 4 << 20;

/// The seeds repeated to about [`SIZE`].
fn document() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| common::seeds_repeated(SIZE))
}

/// Every quote of the document, found, classified and attributed.
#[divan::bench(sample_count = 5)]
fn extract_4mb(bencher: Bencher) {
    let text = document();
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| black_box(extract(black_box(text))).len());
}
