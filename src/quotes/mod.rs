//! Quote finder for Korean (and English) news text.
//!
//! [`extract`] finds quotation spans of every mark style, tells speech from terms, and
//! attributes speech to a speaker with an ordered sieve of general rules (quote → mention →
//! entity, after QuoteLi3): quotative endings and reporting verbs, the speaker before or after
//! the quote, chains, pronouns, continuation, cataphora, headlines and `X에 따르면`. Names are
//! resolved within a document so that short forms map to the full name first introduced.
//! [`index_speakers`] merges speakers across documents.
//!
//! Pipeline: `scan` (marks → spans) → `tokens` (words, sentences) → `harvest`, `mention`,
//! `honorific`, `wordclass`, `phrase`, `bodies` and `names` (noun phrases → entities, held by
//! `doc`) → `cue` (kind) → `sieve` (speaker, by an ordered table of rules; each quote records
//! its [`Rule`]) → `speakers` (corpus index). Word lists are data files read by `lexicon`.

mod bodies;
mod cue;
mod doc;
mod english;
mod fullname;
mod harvest;
mod honorific;
mod lexicon;
mod memo;
mod mention;
mod names;
mod phrase;
mod scan;
mod sieve;
mod speakers;
mod tokens;
mod wordclass;

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

pub use sieve::Rule;
pub(crate) use speakers::anonymous;
pub use speakers::{index_speakers, SpeakerIndex};

/// Identifies one quote in a corpus: (document index, quote index within that document).
///
/// Defined here, where speakers first list quotes, and re-exported by [`crate::catalog`]. A
/// tuple rather than a struct: ids are sorted and binary-searched in corpus order, which the
/// tuple's ordering gives, and tests and fuzz targets write them as literals.
pub type QuoteId = (usize, usize);

/// Whether a quotation reports someone's words or marks a term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Someone's words, including short attributed phrases.
    Speech,
    /// Scare quotes, titles, headings, names.
    Term,
}

/// One quotation found in a document.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Quote {
    /// Byte range including the quotation marks that are present.
    pub span: Range<usize>,
    /// Byte range of the quoted words without marks.
    pub inner: Range<usize>,
    /// Speech or term.
    pub kind: QuoteKind,
    /// Canonical speaker: the full name as first introduced in the document.
    pub speaker: Option<Arc<str>>,
    /// The form naming the speaker at this quote (`Cox`, `그`).
    pub speaker_as_written: Option<Arc<str>>,
    /// Organisation and title of the speaker, when the document gives them.
    pub role: Option<Arc<str>>,
    /// The sieve rule that named the speaker.
    pub rule: Option<Rule>,
}

/// A speaker across a corpus.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Speaker {
    /// Canonical full name.
    pub name: String,
    /// Every form the documents use for this speaker.
    pub forms: Vec<String>,
    /// Organisation and title, from the first document that gives them.
    pub role: Option<String>,
    /// Each quote, in corpus order.
    pub quotes: Vec<QuoteId>,
    /// Documents quoting this speaker, ascending.
    pub documents: Vec<usize>,
}

/// Bytes of a huge document analysed at once (the reader's loader and the command line's
/// reports both cut at the first line end after this many): a seam between chunks, where a
/// speaker named in one is not known in the next, comes rarely, and memory stays bounded.
pub const CHUNK: usize = 2 << 20;

/// Gathers a document's pieces (whole lines, as they are read) into the chunks its quotes are
/// found in: a chunk ends with the first piece that takes it to [`CHUNK`] bytes. The reader's
/// loader and the reports both cut here, so they find the same quotes.
#[derive(Debug, Default)]
pub struct Chunks {
    text: String,
    /// Where the chunk being gathered starts in the document.
    base: usize,
}

impl Chunks {
    /// Adds the next piece; once the chunk is full, returns it with the byte it starts at.
    pub fn push(&mut self, piece: &str) -> Option<(usize, String)> {
        self.text.push_str(piece);
        (self.text.len() >= CHUNK).then(|| self.rest())
    }

    /// The chunk gathered so far (empty when nothing is left), with the byte it starts at.
    pub fn rest(&mut self) -> (usize, String) {
        let text = std::mem::take(&mut self.text);
        let base = self.base;
        self.base += text.len();
        (base, text)
    }
}

/// [`extract`] over `chunk`, a part of a document that starts at byte `base`: the quotes'
/// offsets are into the whole document.
pub fn extract_at(chunk: &str, base: usize) -> Vec<Quote> {
    let mut quotes = extract(chunk);
    for q in &mut quotes {
        q.span = q.span.start + base..q.span.end + base;
        q.inner = q.inner.start + base..q.inner.end + base;
    }
    quotes
}

/// Find, classify and attribute the quotations of one document, sorted by span start.
///
/// A text of 4 GiB or more is read a [`CHUNK`] at a time, as the reader's loader and the
/// reports read every big document: a word's offsets are kept in 32 bits.
pub fn extract(text: &str) -> Vec<Quote> {
    extract_within(text, u32::MAX as usize)
}

/// [`extract`], reading a text longer than `most` bytes in the chunks [`Chunks`] cuts.
fn extract_within(text: &str, most: usize) -> Vec<Quote> {
    if text.len() <= most {
        let mut quotes = extract_level(text);
        attribute_nested(text, &mut quotes);
        return quotes;
    }
    let mut chunks = Chunks::default();
    let mut quotes = Vec::new();
    for line in text.split_inclusive('\n') {
        if let Some((base, chunk)) = chunks.push(line) {
            quotes.extend(extract_at(&chunk, base));
        }
    }
    let (base, rest) = chunks.rest();
    quotes.extend(extract_at(&rest, base));
    quotes
}

/// `“사채업자들은 친구들에게 ‘갚아야 한다’고 협박했다”고 전했다`: a quote inside a quote has a
/// speaker of its own, named inside the outer quote (a bare title is left unnamed). Each outer quote holding an unattributed
/// nested speech is read once more as a text of its own, one level deep only, so the work
/// stays linear however deep the nesting.
fn attribute_nested(text: &str, quotes: &mut [Quote]) {
    let mut i = 0;
    while i < quotes.len() {
        let outer = quotes[i].inner.clone();
        let inside = quotes[i + 1..]
            .iter()
            .take_while(|q| q.span.start < outer.end)
            .count();
        let wanted = quotes[i + 1..=i + inside]
            .iter()
            .any(|q| q.kind == QuoteKind::Speech && q.speaker.is_none());
        if wanted {
            let sub = extract_level(text.get(outer.clone()).unwrap_or(""));
            for q in &mut quotes[i + 1..=i + inside] {
                let at = q.span.start.checked_sub(outer.start);
                // Both lists are sorted by start: a binary search keeps this linear.
                let found = at
                    .and_then(|a| sub.binary_search_by_key(&a, |s| s.span.start).ok())
                    .and_then(|k| sub.get(k));
                // A bare title inside someone's words (`장관이 ‘…’고 말한`) is someone the
                // speaker refers to, not a speaker the reader can be told.
                let named = |s: &&Quote| {
                    s.speaker
                        .as_deref()
                        .is_some_and(|n| !wordclass::is_title(n))
                };
                if let Some(s) = found.filter(named).filter(|_| q.speaker.is_none()) {
                    q.speaker.clone_from(&s.speaker);
                    q.speaker_as_written.clone_from(&s.speaker_as_written);
                    q.role.clone_from(&s.role);
                    q.rule = s.rule;
                }
            }
        }
        i += inside + 1;
    }
}

/// [`extract`] without the second look inside outer quotes.
fn extract_level(text: &str) -> Vec<Quote> {
    let raw = scan::scan(text);
    let words = tokens::tokenize(text, &raw);
    let mut doc = doc::Doc::new(text, words);
    let decisions = sieve::attribute(&mut doc, &raw);
    // Names repeat from quote to quote: each is stored once and shared.
    let mut names: HashMap<String, Arc<str>> = HashMap::new();
    let mut intern = |s: &str| -> Arc<str> {
        if let Some(a) = names.get(s) {
            return Arc::clone(a);
        }
        let a: Arc<str> = Arc::from(s);
        names.insert(s.to_string(), Arc::clone(&a));
        a
    };
    raw.iter()
        .zip(decisions)
        .map(|(r, d)| {
            let ent = d.entity.and_then(|e| doc.reg.entities.get(e));
            Quote {
                span: r.span.clone(),
                inner: r.inner.clone(),
                kind: d.kind.unwrap_or(QuoteKind::Term),
                speaker: ent.map(|e| intern(&e.name)),
                speaker_as_written: ent.and(d.written.as_deref()).map(&mut intern),
                role: ent.and_then(|e| e.role.as_deref()).map(&mut intern),
                rule: ent.and(d.rule),
            }
        })
        .collect()
}

/// The speakers `extract` names in `s`, in order (for the rules' unit tests).
#[cfg(test)]
pub(crate) fn speakers(s: &str) -> Vec<Option<String>> {
    extract(s)
        .into_iter()
        .map(|q| q.speaker.as_deref().map(str::to_string))
        .collect()
}

/// The quoted words of `quote` in `text`.
pub fn quote_text<'a>(text: &'a str, quote: &Quote) -> &'a str {
    text.get(quote.inner.clone()).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_inside_a_quote_has_its_own_speaker() {
        let s = "광역수사대는 “이씨가 숨진 뒤에도 사채업자들은 친구들에게 ‘돈을 갚아야 한다’고 \
                 협박했다”고 전했다.";
        let q = extract(s);
        let who: Vec<Option<&str>> = q.iter().map(|q| q.speaker.as_deref()).collect();
        assert_eq!(who, [Some("광역수사대"), Some("사채업자들")]);
    }

    #[test]
    fn chunks_end_with_the_piece_that_fills_them() {
        let mut chunks = Chunks::default();
        let piece = "줄\n".repeat(CHUNK / 8 - 1);
        let mut full = Vec::new();
        for _ in 0..5 {
            full.extend(chunks.push(&piece));
        }
        // Each chunk is whole pieces: two are just short of `CHUNK`, three are over it.
        let sizes: Vec<(usize, usize)> = full.iter().map(|(b, t)| (*b, t.len())).collect();
        assert_eq!(sizes, [(0, 3 * piece.len())]);
        assert_eq!(chunks.rest(), (3 * piece.len(), piece.repeat(2)));
        assert_eq!(chunks.rest(), (5 * piece.len(), String::new()));
    }

    #[test]
    fn a_text_too_long_for_32_bit_offsets_is_read_a_chunk_at_a_time() {
        // 64 bytes a line, so a chunk's last line ends right at `CHUNK`; each second line
        // names its speaker by a pronoun, which a chunk cut one line later would leave
        // without the name before it.
        let lines = "“좋다”라고 김민수 교수는 말했다.              \n“그렇다”라고 그는 말했다.                        \n";
        assert_eq!(CHUNK % lines.len(), 0);
        let text = lines.repeat(CHUNK / lines.len() * 2 + 7);
        let mut chunks = Chunks::default();
        let mut expected = Vec::new();
        for piece in text.split_inclusive('\n') {
            if let Some((base, chunk)) = chunks.push(piece) {
                expected.extend(extract_at(&chunk, base));
            }
        }
        let (base, rest) = chunks.rest();
        expected.extend(extract_at(&rest, base));
        // Over the bound, the chunks the loader cuts; within it, the whole text at once.
        let cut = extract_within(&text, 1000);
        assert_eq!(cut, expected);
        assert_eq!(cut.len(), text.lines().count());
        assert!(cut.iter().all(|q| q.speaker.as_deref() == Some("김민수")));
        assert_eq!(extract_within(&text, text.len()).len(), cut.len());
    }

    #[test]
    fn deep_nesting_is_read_one_level_deep_only() {
        let s = "그는 “".repeat(2_000) + "좋다" + &"”고 말했다".repeat(2_000);
        let q = extract(&s);
        assert!(q.len() >= 2_000);
    }
}
