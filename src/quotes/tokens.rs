//! Words and sentences of a document, with each top-level quote standing as one token.
//!
//! Attribution reasons over these tokens: a word knows whether it is glued to the closing mark
//! before it, whether punctuation follows it, and which sentence and paragraph it is in.

use std::ops::Range;

use super::scan::{paragraphs, RawQuote};

/// One token: a word outside quotes, or a whole top-level quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Word {
    /// Byte range of the word without surrounding punctuation (see [`Word::range`]); 32
    /// bits each, as every index here: a document's words are a large part of extraction's
    /// memory.
    start: u32,
    end: u32,
    /// Index into the quote list when this token is a quote.
    pub quote: Option<u32>,
    /// Written directly after the previous token's closing mark, with no space.
    pub glued: bool,
    /// A comma, colon or semicolon follows.
    pub comma: bool,
    /// The sentence ends after this token.
    pub stop: bool,
    /// Sentence index within the document.
    pub sent: u32,
    /// Paragraph index within the document.
    pub para: u32,
}

const ABBREVIATIONS: &[&str] = &[
    "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "Jr.", "Sr.", "vs.", "Inc.", "Co.", "Corp.",
    "Ltd.", "U.S.", "e.g.", "i.e.",
];

fn is_stop_word(w: &str) -> bool {
    if !w.ends_with(['.', '?', '!']) {
        return false;
    }
    let core = w.trim_end_matches(['.', '?', '!']);
    // `D.` in `David D. Cox` is an initial, not a sentence end.
    let initial = core.chars().count() == 1 && core.chars().all(|c| c.is_ascii_uppercase());
    !core.is_empty() && !initial && !ABBREVIATIONS.contains(&w)
}

/// Tokenise `text` given its quotes (sorted by start).
pub(crate) fn tokenize(text: &str, quotes: &[RawQuote]) -> Vec<Word> {
    let mut words = Vec::new();
    let mut qi = 0;
    let mut sent = 0;
    for (pi, para) in paragraphs(text).iter().enumerate() {
        // Past 4 G paragraphs (a text of more bytes than `extract` is given whole) they share
        // the last index.
        let pi = u32::try_from(pi).unwrap_or(u32::MAX);
        let mut pos = para.start;
        let mut glue = false;
        while pos < para.end {
            while qi < quotes.len() && (quotes[qi].nested || quotes[qi].span.end <= pos) {
                qi += 1;
            }
            let next_q = quotes.get(qi).filter(|q| q.span.start < para.end);
            let seg_end = next_q.map_or(para.end, |q| q.span.start.max(pos));
            split_words(text, pos..seg_end, pi, glue, &mut words);
            match next_q {
                Some(q) => {
                    words.push(Word {
                        start: index(q.span.start),
                        end: index(q.span.end),
                        quote: Some(index(qi)),
                        glued: glue && seg_end == pos,
                        comma: false,
                        stop: false,
                        sent: 0,
                        para: pi,
                    });
                    pos = q.span.end;
                    glue = true;
                    qi += 1;
                }
                None => pos = para.end,
            }
        }
        let _ = glue;
        // Sentence numbers: a stop ends the sentence; a paragraph always does.
        let first = words
            .iter()
            .rposition(|w| w.para != pi)
            .map_or(0, |i| i + 1);
        let n = words.len();
        for i in first..n {
            if words[i].quote.is_some() && !words[i].stop {
                let inner_end = quotes
                    .get(words[i].quote_index().unwrap_or(0))
                    .map_or("", |q| text.get(q.inner.clone()).unwrap_or(""));
                let next_is_cue = words.get(i + 1).is_some_and(|nw| {
                    nw.para == pi
                        && (nw.glued || {
                            let t = text.get(nw.range()).unwrap_or("");
                            t.starts_with('라') || t.starts_with("이라")
                        })
                });
                // `"Why now?" asked X`: a lower-case word goes on with the sentence.
                let next_lower = words.get(i + 1).is_some_and(|nw| {
                    nw.para == pi
                        && text
                            .get(nw.range())
                            .is_some_and(|t| t.starts_with(|c: char| c.is_ascii_lowercase()))
                });
                words[i].stop =
                    inner_end.trim_end().ends_with(['.', '?', '!']) && !next_is_cue && !next_lower;
            }
            words[i].sent = sent;
            if words[i].stop || i + 1 == n {
                sent = sent.saturating_add(1);
            }
        }
    }
    words
}

fn split_words(text: &str, seg: Range<usize>, pi: u32, glue: bool, out: &mut Vec<Word>) {
    let Some(s) = text.get(seg.clone()) else {
        return;
    };
    let mut first = true;
    let mut start: Option<usize> = None;
    let glued_start = glue && !s.starts_with(char::is_whitespace);
    let push = |a: usize, b: usize, first: &mut bool, out: &mut Vec<Word>| {
        let raw = &s[a..b];
        let lead = raw.len() - raw.trim_start_matches(['(', '[', '<', '·']).len();
        let mut core =
            raw[lead..].trim_end_matches([',', ';', ':', '.', '?', '!', ')', ']', '>', '…']);
        // Initials and abbreviations keep their period (`D.` in `David D. Cox`).
        let body = raw[lead..].trim_end_matches([',', ';', ':', ')', ']']);
        if !core.is_empty() && body.ends_with('.') && !body.ends_with("..") && !is_stop_word(body) {
            core = body;
        }
        let tail = &raw[lead + core.len()..];
        let comma = tail.contains([',', ';', ':']);
        let stop = is_stop_word(&raw[lead..]) && !core.is_empty();
        if core.is_empty() {
            if let Some(last) = out.last_mut() {
                last.comma |= comma;
                last.stop |= raw.contains(['.', '?', '!']) && last.quote.is_none();
            }
            *first = false;
            return;
        }
        out.push(Word {
            start: index(seg.start + a + lead),
            end: index(seg.start + a + lead + core.len()),
            quote: None,
            glued: *first && glued_start,
            comma,
            stop,
            sent: 0,
            para: pi,
        });
        *first = false;
    };
    for (i, c) in s.char_indices() {
        if c.is_whitespace() {
            if let Some(a) = start.take() {
                push(a, i, &mut first, out);
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(a) = start {
        push(a, s.len(), &mut first, out);
    }
}

impl Word {
    /// Byte range of the word without surrounding punctuation.
    pub(crate) fn range(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    /// Index into the quote list when this token is a quote.
    pub(crate) fn quote_index(&self) -> Option<usize> {
        self.quote.map(|q| q as usize)
    }
}

/// An offset or index kept in 32 bits: [`crate::quotes::extract`] reads a text of at most
/// `u32::MAX` bytes at once, so every one fits (the saturation is never reached).
fn index(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// The text of a word.
pub(crate) fn word_text<'a>(text: &'a str, w: &Word) -> &'a str {
    text.get(w.range()).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::super::scan::scan;
    use super::*;

    #[test]
    fn quote_tokens_and_glue() {
        let s = "그는 “좋다”라고 말했다. 다음 문장.";
        let q = scan(s);
        let w = tokenize(s, &q);
        let t: Vec<&str> = w.iter().map(|x| word_text(s, x)).collect();
        assert_eq!(t, ["그는", "“좋다”", "라고", "말했다", "다음", "문장"]);
        assert!(w[2].glued);
        assert_eq!(w[3].sent, 0);
        assert_eq!(w[4].sent, 1);
    }

    #[test]
    fn initials_do_not_end_sentences() {
        let s = "David D. Cox는 말했다.";
        let w = tokenize(s, &[]);
        assert!(w.iter().all(|x| x.sent == 0));
    }
}
