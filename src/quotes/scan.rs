//! Finding quotation spans: paragraphs, quotation marks, and how marks pair up.
//!
//! Marks are paired per paragraph with a stack, tolerant of the mismatches real text has
//! (`"…”`, `'…"`); a closing mark with no opener is recovered back to its sentence start when a
//! quotative ending follows it. The scan is linear: each mark is pushed and popped at most once.

use std::ops::Range;

use super::lexicon;

/// A quotation span found by the scanner, before classification and attribution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawQuote {
    /// Byte range including the marks that are present.
    pub span: Range<usize>,
    /// Byte range of the quoted words.
    pub inner: Range<usize>,
    /// Index of the paragraph holding the quote.
    pub para: usize,
    /// True when the quote lies inside another quote.
    pub nested: bool,
    /// True when the quote is a nickname inside a Latin name (`Xia “Ben” Hu`).
    pub nickname: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Family {
    Double,
    Single,
    Corner,
    WhiteCorner,
    Guillemet,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Role {
    Open,
    Close,
    Either,
}

#[derive(Clone, Copy, Debug)]
struct Mark {
    pos: usize,
    len: usize,
    family: Family,
    role: Role,
}

/// Non-blank lines of `text` as byte ranges; a line of only whitespace (NBSP included) or
/// control characters is blank and separates paragraphs.
pub(crate) fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        let end = start + line.len();
        if line.chars().any(|c| !c.is_whitespace() && !c.is_control()) {
            out.push(start..end);
        }
        start = end + 1;
    }
    out
}

fn classify(c: char) -> Option<(Family, Role)> {
    Some(match c {
        '"' => (Family::Double, Role::Either),
        '“' | '„' => (Family::Double, Role::Open),
        '”' => (Family::Double, Role::Close),
        '\'' => (Family::Single, Role::Either),
        '‘' => (Family::Single, Role::Open),
        '’' => (Family::Single, Role::Close),
        '「' => (Family::Corner, Role::Open),
        '」' => (Family::Corner, Role::Close),
        '『' => (Family::WhiteCorner, Role::Open),
        '』' => (Family::WhiteCorner, Role::Close),
        '«' => (Family::Guillemet, Role::Open),
        '»' => (Family::Guillemet, Role::Close),
        _ => return None,
    })
}

/// The role of a straight mark from what touches it: after a space and before a word it
/// opens; after a word and before a space, or glued to a quotative ending (`발생했다"고`), it
/// closes. Otherwise it may do either.
fn flanking(prev: Option<char>, next: Option<char>, after: &str) -> Role {
    let prev_space = prev.is_none_or(|p| p.is_whitespace() || "([{<".contains(p));
    let next_space = next.is_none_or(char::is_whitespace);
    let ending = lexicon::longest_prefix(&lexicon::QUOTATIVE, after).is_some();
    if prev_space && !next_space {
        Role::Open
    } else if !prev_space && (next_space || ending) {
        Role::Close
    } else {
        Role::Either
    }
}

/// Quotation marks of one paragraph, leaving out apostrophes inside Latin words.
fn marks(text: &str, para: &Range<usize>) -> Vec<Mark> {
    let Some(slice) = text.get(para.clone()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut prev: Option<char> = None;
    let mut iter = slice.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let next = iter.peek().map(|&(_, n)| n);
        if let Some((family, role)) = classify(c) {
            let apostrophe = family == Family::Single
                && role != Role::Open
                && prev.is_some_and(|p| p.is_ascii_alphabetic())
                && next.is_some_and(|n| n.is_ascii_alphabetic());
            if !apostrophe {
                let role = if role == Role::Either {
                    flanking(prev, next, &slice[i + c.len_utf8()..])
                } else {
                    role
                };
                out.push(Mark {
                    pos: para.start + i,
                    len: c.len_utf8(),
                    family,
                    role,
                });
            }
        }
        prev = Some(c);
    }
    out
}

/// All quotation spans of `text`, sorted by start.
pub(crate) fn scan(text: &str) -> Vec<RawQuote> {
    let mut out = Vec::new();
    for (pi, para) in paragraphs(text).iter().enumerate() {
        scan_paragraph(text, para, pi, &mut out);
    }
    out.sort_by_key(|q| (q.span.start, std::cmp::Reverse(q.span.end)));
    mark_nested(&mut out);
    for q in &mut out {
        q.nickname = is_nickname(text, q);
    }
    out
}

fn pair(text: &str, open: &Mark, close: &Mark, para: usize) -> RawQuote {
    let _ = text;
    RawQuote {
        span: open.pos..close.pos + close.len,
        inner: open.pos + open.len..close.pos,
        para,
        nested: false,
        nickname: false,
    }
}

fn scan_paragraph(text: &str, para: &Range<usize>, pi: usize, out: &mut Vec<RawQuote>) {
    let base = out.len();
    let ms = marks(text, para);
    let mut stack: Vec<Mark> = Vec::new();
    let mut open_count = [0usize; 5];
    let mut loose: Vec<Mark> = Vec::new();
    let fi = |f: Family| f as usize;
    for m in ms {
        let can_close = m.role != Role::Open && open_count[fi(m.family)] > 0;
        if can_close {
            // Pop to the nearest opener of the same family; what lies above it stays unmatched.
            while let Some(top) = stack.pop() {
                open_count[fi(top.family)] -= 1;
                if top.family == m.family {
                    out.push(pair(text, &top, &m, pi));
                    break;
                }
                loose.push(top);
            }
        } else if m.role == Role::Close {
            loose.push(m);
        } else {
            open_count[fi(m.family)] += 1;
            stack.push(m);
        }
    }
    loose.extend(stack);
    loose.sort_by_key(|m| m.pos);
    // Mismatched pairs (`'o1"`): an unmatched opener followed by an unmatched closer.
    let mut rest: Vec<Mark> = Vec::new();
    let mut i = 0;
    while i < loose.len() {
        let a = loose[i];
        if let Some(b) = loose.get(i + 1) {
            let ok = a.role != Role::Close
                && b.role != Role::Open
                && text
                    .get(a.pos + a.len..b.pos)
                    .is_some_and(|s| s.chars().count() <= 80);
            if ok {
                out.push(pair(text, &a, b, pi));
                i += 2;
                continue;
            }
        }
        rest.push(a);
        i += 1;
    }
    recover_openers(text, para, pi, &rest, base, out);
}

/// A closing mark with no opener, followed by a quotative ending, quotes from its sentence start.
fn recover_openers(
    text: &str,
    para: &Range<usize>,
    pi: usize,
    rest: &[Mark],
    base: usize,
    out: &mut Vec<RawQuote>,
) {
    let mut ends: Vec<usize> = out
        .get(base..)
        .unwrap_or(&[])
        .iter()
        .map(|q| q.span.end)
        .collect();
    ends.sort_unstable();
    let mut floor = para.start;
    for m in rest {
        if m.role == Role::Open {
            continue;
        }
        let k = ends.partition_point(|&e| e <= m.pos);
        if k > 0 {
            floor = floor.max(ends[k - 1]);
        }
        let raw = text.get(m.pos + m.len..para.end).unwrap_or("");
        let after = raw.trim_start();
        let glued = after.len() == raw.len();
        let cue = lexicon::longest_prefix(&lexicon::QUOTATIVE, after);
        let cue_ok = cue.is_some_and(|c| glued || c.starts_with('라') || c.starts_with("이라"));
        if !cue_ok {
            floor = floor.max(m.pos + m.len);
            continue;
        }
        let start = sentence_start(text, floor, m.pos);
        let start = after_speaker(text, start, m.pos);
        if start < m.pos {
            out.push(RawQuote {
                span: start..m.pos + m.len,
                inner: start..m.pos,
                para: pi,
                nested: false,
                nickname: false,
            });
        }
        floor = m.pos + m.len;
    }
}

/// How many words of a recovered sentence may come before its speaker (`전후 추산을 하고
/// 나서 ISAF는`).
const SPEAKER_REACH: usize = 6;

/// `전후 추산을 하고 나서 ISAF는 3명이 사망했다"고 밝히며`: where the opening mark is missing,
/// the writer most often dropped it after the speaker that opens the sentence. A topic that is
/// plainly someone (a pronoun, an acronym, a title, an organisation) within the first words,
/// with words after it, starts the quote after itself; otherwise the quote keeps the whole
/// sentence from `start`.
fn after_speaker(text: &str, start: usize, end: usize) -> usize {
    let Some(body) = text.get(start..end) else {
        return start;
    };
    // Two words at least must stay quoted after the speaker.
    let words: Vec<(usize, &str)> = body
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - body.as_ptr() as usize, w))
        .take(SPEAKER_REACH + 2)
        .collect();
    for (k, &(at, w)) in words.iter().take(SPEAKER_REACH).enumerate() {
        let Some(stem) = w.strip_suffix('는').or_else(|| w.strip_suffix('은')) else {
            continue;
        };
        let acronym = stem.chars().count() >= 2
            && stem
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
        let someone = acronym
            || lexicon::contains(&lexicon::PRONOUNS, stem)
            || super::wordclass::is_title(stem)
            || super::wordclass::org_like(stem);
        if someone && words.len() >= k + 3 {
            return start + words[k + 1].0.max(at + w.len());
        }
        // Only the first topic may be the speaker's.
        return start;
    }
    start
}

/// Start of the sentence that ends at `end`, not before `floor`: just after the last `. `, `? `
/// or `! ` that is not the final stop of that sentence.
fn sentence_start(text: &str, floor: usize, end: usize) -> usize {
    let Some(s) = text.get(floor..end) else {
        return end;
    };
    let body = s.trim_end_matches(|c: char| c == '.' || c == '?' || c == '!' || c.is_whitespace());
    let mut start = 0;
    let mut prev_stop = false;
    for (i, c) in body.char_indices() {
        if c.is_whitespace() && prev_stop {
            start = i + c.len_utf8();
        }
        prev_stop = matches!(c, '.' | '?' | '!');
    }
    let lead = s.get(start..).map_or(0, |r| r.len() - r.trim_start().len());
    floor + start + lead
}

fn mark_nested(qs: &mut [RawQuote]) {
    let mut ends: Vec<usize> = Vec::new();
    for q in qs.iter_mut() {
        while ends.last().is_some_and(|&e| e <= q.span.start) {
            ends.pop();
        }
        q.nested = !ends.is_empty();
        ends.push(q.span.end);
    }
}

/// A one-word Latin quote between two Latin name words is a nickname, part of the name.
fn is_nickname(text: &str, q: &RawQuote) -> bool {
    let inner = text.get(q.inner.clone()).unwrap_or("");
    let one_word = !inner.is_empty()
        && inner.len() <= 24
        && inner.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && inner
            .chars()
            .all(|c| c.is_ascii_alphabetic() || c == '.' || c == '-');
    if !one_word {
        return false;
    }
    let before = text.get(..q.span.start).unwrap_or("");
    let after = text.get(q.span.end..).unwrap_or("");
    let prev_word = before
        .strip_suffix(' ')
        .and_then(|b| b.rsplit(' ').next())
        .unwrap_or("");
    let next_word = after
        .strip_prefix(' ')
        .and_then(|a| a.split(' ').next())
        .unwrap_or("");
    let latin_cap = |w: &str| w.chars().next().is_some_and(|c| c.is_ascii_uppercase());
    latin_cap(prev_word)
        && prev_word
            .chars()
            .all(|c| c.is_ascii_alphabetic() || c == '.' || c == '-')
        && latin_cap(next_word)
}

#[cfg(test)]
mod tests;
