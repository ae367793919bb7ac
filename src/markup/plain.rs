//! Headings in plain text: numbered (`2.3 Scope`, `IV. Results`), named (`Chapter 3`,
//! `제1장 총칙`, `제2조(목적)`) and underlined (`Title` over `=====`).
//!
//! Plain text has no syntax, so these are heuristics, tuned not to flood: news written one
//! paragraph a line must give (almost) nothing. A numbered line counts only when it stands
//! alone (a blank line or the start before it, a blank line, an underline or the end after
//! it), is short, and does not end like a sentence; otherwise `1. 먼저 …했다.` in a paragraph
//! or a numbered list would be taken. Named forms are distinctive enough to need no blank
//! lines around them (law text puts `제1조` lines one under another).

use super::Heading;
use unicode_width::UnicodeWidthStr;

/// A heading line is at most this wide (columns); longer lines are paragraphs. Only a law
/// article (`제2조(목적) 이 법은 …`) may go on, as its title is the part before the text.
const MAX_COLS: usize = 72;

/// A line longer than this (bytes) is read only as far as the budget allows: it is a
/// paragraph, whose start alone can matter (a law article's title).
const LINE: usize = 1024;

/// How far to look at the next line (bytes): a blank line or an underline is shorter.
const PEEK: usize = 256;

/// The headings of a whole plain text, in order. For big texts use [`plain_outline_step`] in
/// slices instead: this call reads the whole text.
pub fn plain_outline(text: &str) -> Vec<Heading> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < text.len() {
        at = plain_outline_step(text, at, usize::MAX, &mut out);
    }
    out
}

/// Finds headings in about `budget` bytes of `text` from `from` (a line start; an offset
/// inside a line skips to the next line), appending them to `out` in order, and returns where
/// to go on: a char boundary after `from`, `text.len()` when done. Each call does work in
/// proportion to `budget` (plus a line of up to 1 KB and a little look-ahead), however long
/// the lines,
/// so a caller can outline a 500 MB document a slice per frame.
pub fn plain_outline_step(text: &str, from: usize, budget: usize, out: &mut Vec<Heading>) -> usize {
    let bytes = text.as_bytes();
    let len = bytes.len();
    let limit = ceil_boundary(text, from.saturating_add(budget.max(1)));
    let mut pos = from.min(len);
    if pos > 0 && bytes[pos - 1] != b'\n' {
        match memchr::memchr(b'\n', &bytes[pos..limit]) {
            Some(p) => pos += p + 1,
            None => return limit,
        }
    }
    while pos < limit {
        // However small the budget, a line of ordinary length is read whole, so slices of
        // any size find the same headings.
        let window_end = limit.max(pos.saturating_add(LINE).min(len));
        let end = match memchr::memchr(b'\n', &bytes[pos..window_end]) {
            Some(nl) => pos + nl,
            None if window_end == len => len,
            None => {
                // The line goes on past the budget: only its start can matter (an article).
                let head_end = floor_boundary(text, (pos + PEEK).min(len));
                if let Some(h) = heading(&text[pos..head_end], pos, &Context::long()) {
                    out.push(h);
                }
                return ceil_boundary(text, window_end);
            }
        };
        let line = &text[pos..end];
        let context = Context {
            prev_blank: prev_line_blank(text, pos),
            next: next_line(text, end + 1),
        };
        if let Some(h) = heading(line, pos, &context) {
            out.push(h);
        }
        pos = end + 1;
    }
    pos.min(len)
}

/// What is around a line.
struct Context<'t> {
    /// The line before is blank, or there is none.
    prev_blank: bool,
    /// The line after (at most [`PEEK`] bytes of it), `None` at the end of the text.
    next: Option<&'t str>,
}

impl Context<'_> {
    /// A line too long to be anything but a law article.
    fn long() -> Self {
        Context {
            prev_blank: false,
            next: Some("…"),
        }
    }
}

fn heading(raw: &str, offset: usize, context: &Context) -> Option<Heading> {
    let line = raw.trim_end_matches(['\r', ' ', '\t']);
    let content = line.trim_start();
    let indent = line.len() - content.len();
    if content.is_empty() {
        return None;
    }
    let make = |level: u8, title: &str| Heading {
        level,
        offset,
        title: title.split_whitespace().collect::<Vec<_>>().join(" "),
    };
    if let Some((level, title)) = law_article(content) {
        return Some(make(level, title));
    }
    let short = content.width() <= MAX_COLS && !ends_like_sentence(content);
    if !short || !content.chars().any(char::is_alphanumeric) {
        return None;
    }
    if let Some(level) = context.next.and_then(|n| underline(n, content)) {
        return Some(make(level, content));
    }
    if let Some(level) = named(content) {
        return Some(make(level, content));
    }
    let alone = context.prev_blank && context.next.is_none_or(|n| n.trim().is_empty());
    if alone && indent <= 3 && !ends_like_korean_sentence(content) {
        if let Some(level) = numbered(content).or_else(|| roman(content)) {
            return Some(make(level, content));
        }
    }
    None
}

/// `제2조(목적) 이 법은 …`: the article and its parenthesised title, however long the line.
fn law_article(s: &str) -> Option<(u8, &str)> {
    let (level, rest) = korean_unit(s)?;
    if level != 5 {
        return None;
    }
    let after = rest.trim_start();
    let close = after.strip_prefix('(')?.find(')')?;
    let end = s.len() - after.len() + close + 2;
    (close <= 60).then(|| (level, &s[..end]))
}

/// `제N편/장/절/관/조` (the levels 1–5 of Korean statutes, `조의2` too), or `N장` without
/// `제`; returns the level and what follows.
fn korean_unit(s: &str) -> Option<(u8, &str)> {
    let (has_je, rest) = match s.strip_prefix('제') {
        Some(r) => (true, r.trim_start()),
        None => (false, s),
    };
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits > 4 {
        return None;
    }
    let rest = rest[digits..].trim_start();
    let unit = rest.chars().next()?;
    let level = match unit {
        '편' => 1,
        '장' => 2,
        '절' => 3,
        '관' => 4,
        // Without 제, `1조` is a trillion (`1조 원`).
        '조' if has_je => 5,
        _ => return None,
    };
    let mut rest = &rest[unit.len_utf8()..];
    // `제3조의2` is an article inserted later; `2장의 사진` is two photos.
    if let Some(r) = rest.strip_prefix('의') {
        rest = r.trim_start_matches(|c: char| c.is_ascii_digit());
        if rest.len() == r.len() {
            return None;
        }
    }
    // The unit ends the word: `1장의 사진` is not a chapter.
    match rest.chars().next() {
        None => Some((level, rest)),
        Some(c) if c.is_whitespace() || c == '(' || c == '.' => Some((level, rest)),
        _ => None,
    }
}

/// Named divisions: `제1장 총칙`, `1장 개요`, `Chapter 3`, `PART II`, `Section 4.`,
/// `Appendix A`. Levels follow Korean statutes (part 1, chapter 2, section 3).
fn named(s: &str) -> Option<u8> {
    if let Some((level, _)) = korean_unit(s) {
        return Some(level);
    }
    let (word, rest) = s.split_once(char::is_whitespace)?;
    let level = match word.to_ascii_lowercase().as_str() {
        "part" | "book" => 1,
        "chapter" | "appendix" | "annex" => 2,
        "section" => 3,
        _ => return None,
    };
    let number = rest
        .trim_start()
        .split(|c: char| c.is_whitespace() || c == ':' || c == '.')
        .next()?;
    let ok = !number.is_empty()
        && (number.chars().all(|c| c.is_ascii_digit()) && number.len() <= 3
            || is_roman(&number.to_ascii_uppercase())
            || number.len() == 1 && number.chars().all(|c| c.is_ascii_uppercase()));
    ok.then_some(level)
}

/// `1. Introduction`, `2.3 Scope`, `4.1.2. Limits`: the depth of the number. A lone number
/// needs its dot (`3 people` is not a heading); years (`2025. 1. 31.`) are too long.
fn numbered(s: &str) -> Option<u8> {
    let mut depth = 0u8;
    let mut rest = s;
    let mut dotted = false;
    loop {
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits == 0 || digits > 3 || depth >= 9 {
            return None;
        }
        depth += 1;
        rest = &rest[digits..];
        match rest.strip_prefix('.') {
            Some(r) if r.starts_with(|c: char| c.is_ascii_digit()) => rest = r,
            Some(r) => {
                rest = r;
                dotted = true;
                break;
            }
            None => break,
        }
    }
    if depth == 1 && !dotted {
        return None;
    }
    title_follows(rest).then_some(depth)
}

/// `IV. Results`, `Ⅱ. 본론`: level 1.
fn roman(s: &str) -> Option<u8> {
    let numeral = s.trim_start_matches(|c: char| "IVXLC".contains(c));
    let letters = &s[..s.len() - numeral.len()];
    if !letters.is_empty() {
        return (is_roman(letters) && title_follows(numeral.strip_prefix('.')?)).then_some(1);
    }
    let mut chars = s.chars();
    let c = chars.next()?;
    let rest = chars.as_str();
    let rest = rest.strip_prefix('.').unwrap_or(rest);
    (('\u{2160}'..='\u{216B}').contains(&c) && title_follows(rest)).then_some(1)
}

/// A space and then a word that starts with a letter (a list of figures is no heading).
fn title_follows(rest: &str) -> bool {
    let title = rest.trim_start();
    title.len() < rest.len() && title.starts_with(char::is_alphabetic)
}

/// Roman numerals 1–89 in the usual form (`IIII` or `VX` are not).
fn is_roman(s: &str) -> bool {
    const TENS: [&str; 9] = ["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX"];
    const ONES: [&str; 10] = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
    !s.is_empty()
        && TENS
            .iter()
            .any(|t| s.strip_prefix(t).is_some_and(|rest| ONES.contains(&rest)))
}

/// `====` or `----` under `title`, about as wide as it: level 1 or 2.
fn underline(next: &str, title: &str) -> Option<u8> {
    let run = next.trim_end_matches(['\r', ' ', '\t']);
    let c = run.chars().next()?;
    let level = match c {
        '=' => 1,
        '-' => 2,
        _ => return None,
    };
    let n = run.len();
    if !run.bytes().all(|b| b == c as u8) || n < 3 {
        return None;
    }
    // People underline by characters or by columns; a Hangul title is twice as wide.
    let chars = title.chars().count();
    (2 * n >= chars && n <= 2 * title.width() + 4).then_some(level)
}

fn ends_like_sentence(s: &str) -> bool {
    s.ends_with(['.', '!', '?', '。', ',', ';', ':', '…', '"', '”', '\'', '’'])
}

/// Korean sentences can end without a full stop (`…했다`); headings rarely end so.
fn ends_like_korean_sentence(s: &str) -> bool {
    s.ends_with(['다', '요'])
}

fn prev_line_blank(text: &str, line_start: usize) -> bool {
    let Some(before) = text.get(..line_start.saturating_sub(1)) else {
        return true;
    };
    if line_start == 0 {
        return true;
    }
    // Look back a little only: a long previous line is not blank.
    before
        .chars()
        .rev()
        .take(64)
        .find(|c| !c.is_whitespace() || *c == '\n')
        .is_none_or(|c| c == '\n')
}

fn next_line(text: &str, start: usize) -> Option<&str> {
    if start >= text.len() {
        return None;
    }
    let end = floor_boundary(text, (start + PEEK).min(text.len()));
    let window = text.get(start..end)?;
    Some(window.split('\n').next().unwrap_or(window))
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests;
