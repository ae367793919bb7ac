//! What the quote detail popup shows: who said a quote, how the speaker was found, where the
//! quote is, and the sentence around it.
//!
//! Everything here is worked out from the catalog and the documents when the popup is drawn,
//! so the popup itself holds only the quote's id. Text from documents is untrusted: every value
//! is folded onto one line and passed through [`sanitize_line`], so no control or bidi
//! character can reach the terminal.

use std::ops::Range;

use crate::catalog::{Catalog, QuoteId};
use crate::corpus::Document;
use crate::corrections::By;
use crate::quotes::QuoteKind;
use crate::text::floor_boundary;
use crate::text::glyph::sanitize_line;

/// Bytes looked at on each side of a quote for the edges of its sentence (about 130 Hangul).
const REACH: usize = 400;
/// Bytes of a long quote shown; the popup has no room for more.
const QUOTE_BYTES: usize = 2_000;
/// Shown for a field the quote does not have.
pub const NONE: &str = "(none)";

/// The popup's content for one quote, every value one clean line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteDetail {
    /// What a correction changed (`reassigned: was 홍길동 (rule quotative_before)`), if one
    /// did.
    pub corrected: Option<String>,
    /// Canonical speaker name, as the finder and the speaker list show it, or [`NONE`].
    pub speaker: String,
    /// The form naming the speaker at this quote, or [`NONE`].
    pub as_written: String,
    /// The speaker's organisation and title, or [`NONE`].
    pub role: String,
    /// `name — what the rule saw`, or [`NONE`].
    pub rule: String,
    /// `speech` or `term`.
    pub kind: &'static str,
    /// The document's title.
    pub document: String,
    /// The document's name and the quote's line.
    pub file: String,
    /// The quote with the rest of its sentence, white space folded.
    pub sentence: String,
    /// Byte range of the quote inside [`Self::sentence`].
    pub quote: Range<usize>,
}

impl QuoteDetail {
    /// The details of quote `id`, if the catalog and documents have it.
    #[must_use]
    pub fn of(catalog: &Catalog, docs: &[Document], id: QuoteId) -> Option<Self> {
        let quote = catalog.quote(id)?;
        let doc = docs.get(id.0)?;
        let clean = |s: Option<&str>| s.map_or_else(|| NONE.to_string(), one_line);
        let rule = quote
            .rule
            .map(|r| format!("{} — {}", r.name(), r.describe()));
        let file = format!(
            "{}, line {}",
            one_line(&doc.name),
            doc.line_of(quote.span.start)
        );
        let (sentence, range) = sentence(&doc.text, &quote.span);
        let corrected = catalog.original(id).map(|o| {
            let what = match (&o.by, quote.kind) {
                (By::Merge(_), _) => "speaker merged",
                (By::Correction(_), QuoteKind::Term) => "marked not speech",
                (By::Correction(_), QuoteKind::Speech) => "reassigned",
            };
            let who = o.speaker.as_deref().map_or("no speaker", |s| s);
            let how = match (o.kind, o.rule) {
                (QuoteKind::Term, _) => "term".to_string(),
                (QuoteKind::Speech, Some(r)) => format!("rule {}", r.name()),
                (QuoteKind::Speech, None) => "no rule".to_string(),
            };
            format!("{what}: was {} ({how}) · u undoes", one_line(who))
        });
        Some(Self {
            corrected,
            speaker: clean(catalog.speaker(id).map(|s| s.name.as_str())),
            as_written: clean(quote.speaker_as_written.as_deref()),
            role: clean(quote.role.as_deref()),
            rule: rule.unwrap_or_else(|| NONE.to_string()),
            kind: match quote.kind {
                QuoteKind::Speech => "speech",
                QuoteKind::Term => "term",
            },
            document: clean(Some(doc.meta.title.as_str()).filter(|t| !t.trim().is_empty())),
            file,
            sentence,
            quote: range,
        })
    }

    /// The labelled one-line fields, in the order they are shown (the sentence comes after):
    /// what a correction changed first, when one did.
    #[must_use]
    pub fn fields(&self) -> Vec<(&'static str, &str)> {
        let corrected = self.corrected.as_deref().map(|c| ("Corrected", c));
        let fields: [(&'static str, &str); 7] = [
            ("Speaker", &self.speaker),
            ("As written", &self.as_written),
            ("Role", &self.role),
            ("Rule", &self.rule),
            ("Kind", self.kind),
            ("Document", &self.document),
            ("File", &self.file),
        ];
        corrected.into_iter().chain(fields).collect()
    }
}

/// `s` on one line: white space runs folded to one space, controls escaped.
fn one_line(s: &str) -> String {
    let mut out = String::new();
    fold_into(&mut out, s);
    out.trim().to_string()
}

/// Appends `s` to `out` with every run of white space (newlines too) as one space, and every
/// control or bidi character escaped.
fn fold_into(out: &mut String, s: &str) {
    let mut folded = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_whitespace() {
            let at_start = folded.is_empty() && (out.is_empty() || out.ends_with(' '));
            if !at_start && !folded.ends_with(' ') {
                folded.push(' ');
            }
        } else {
            folded.push(c);
        }
    }
    out.push_str(&sanitize_line(&folded));
}

/// The sentence around the quote at `span` in `text`, on one line with white space folded and
/// `…` where the context was cut; and the quote's byte range in it.
#[must_use]
pub fn sentence(text: &str, span: &Range<usize>) -> (String, Range<usize>) {
    let span_start = floor_boundary(text, span.start);
    let span_end = floor_boundary(text, span.end.max(span_start));
    let lo = floor_boundary(text, span_start.saturating_sub(REACH));
    let before = text.get(lo..span_start).unwrap_or("");
    let (start, cut_before) = match before.rfind('\n') {
        Some(i) => (lo + i + 1, false),
        None => (lo, lo > 0),
    };
    let (start, cut_before) = match last_sentence_end(text.get(start..span_start).unwrap_or("")) {
        Some(i) => (start + i, false),
        None => (start, cut_before),
    };
    let hi = floor_boundary(text, span_end.saturating_add(REACH));
    let after = text.get(span_end..hi).unwrap_or("");
    let (after, cut_after) = match after.find('\n') {
        Some(i) => (&after[..i], false),
        None => (after, hi < text.len()),
    };
    let (end, cut_after) = match first_sentence_end(after) {
        Some(i) => (span_end + i, false),
        None => (span_end + after.len(), cut_after),
    };
    // A cut context starts and ends with whole words.
    let word_end = |s: &str| s.find(char::is_whitespace);
    let start = match text.get(start..span_start).filter(|_| cut_before) {
        Some(s) => word_end(s).map_or(start, |i| start + i + 1),
        None => start,
    };
    let end = match text.get(span_end..end).filter(|_| cut_after) {
        Some(s) => s.rfind(char::is_whitespace).map_or(end, |i| span_end + i),
        None => end,
    };
    let quote_end = floor_boundary(text, span_end.min(span_start.saturating_add(QUOTE_BYTES)));
    let mut out = String::new();
    if cut_before {
        out.push('…');
    }
    fold_into(&mut out, text.get(start..span_start).unwrap_or(""));
    let at = out.len();
    fold_into(&mut out, text.get(span_start..quote_end).unwrap_or(""));
    if quote_end < span_end {
        out.push('…');
    }
    let quote = at..out.len();
    fold_into(&mut out, text.get(span_end..end).unwrap_or(""));
    if cut_after {
        out.push('…');
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    let quote = quote.start.min(out.len())..quote.end.min(out.len());
    (out, quote)
}

/// Whether the `.`, `!` or `?` ending `s` (before any closing marks) ends a sentence, and is
/// not an initial (as in `David D.`).
fn ends_sentence(s: &str) -> bool {
    let s = s.trim_end_matches(['”', '"', '’', '\'', '」', '』', ')']);
    let mut rev = s.chars().rev();
    match rev.next() {
        Some('!' | '?' | '。' | '！' | '？') => true,
        Some('.') => {
            let initial = matches!(rev.next(), Some(c) if c.is_ascii_uppercase())
                && rev.next().is_none_or(char::is_whitespace);
            !initial
        }
        _ => false,
    }
}

/// Byte offset just after the last sentence end in `s` (punctuation then white space).
fn last_sentence_end(s: &str) -> Option<usize> {
    s.char_indices()
        .filter(|&(i, c)| c.is_whitespace() && i > 0 && ends_sentence(&s[..i]))
        .map(|(i, c)| i + c.len_utf8())
        .next_back()
}

/// Byte offset just after the first sentence-ending punctuation in `s` that white space or the
/// end of `s` follows.
fn first_sentence_end(s: &str) -> Option<usize> {
    s.char_indices().find_map(|(i, c)| {
        let end = i + c.len_utf8();
        let next_blank = s[end..].chars().next().is_none_or(char::is_whitespace);
        (next_blank && ends_sentence(&s[..end])).then_some(end)
    })
}

#[cfg(test)]
mod tests;
