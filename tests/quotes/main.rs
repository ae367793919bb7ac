//! Corpus tests for the quote finder: hand-written Korean and English cases, one or more per
//! construction, held-out news in wire-service styles, and the expected attributions on the
//! four bundled seed articles. Every sentence here was written for these tests, not copied.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod blind_styles;
mod embedded_forms;
mod english;
mod korean_discourse;
mod korean_grammar;
mod news_styles;
mod seeds;

use dokseo::quotes::{extract, quote_text, Quote, QuoteKind};

/// Shorthand for speech in expectation tables.
pub const S: QuoteKind = QuoteKind::Speech;
/// Shorthand for a term.
pub const T: QuoteKind = QuoteKind::Term;

/// Assert that `text` yields exactly the quotes `want` = (words, kind, speaker).
pub fn check(text: &str, want: &[(&str, QuoteKind, Option<&str>)]) -> Vec<Quote> {
    let got = extract(text);
    let view: Vec<(&str, QuoteKind, Option<&str>)> = got
        .iter()
        .map(|q| (quote_text(text, q), q.kind, q.speaker.as_deref()))
        .collect();
    assert_eq!(view, want, "in: {text}");
    got
}

/// The role of the `i`th quote.
pub fn role_of(qs: &[Quote], i: usize) -> Option<&str> {
    qs.get(i).and_then(|q| q.role.as_deref())
}
