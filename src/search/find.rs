//! Searching a whole document for what the user types, in slices, so typing never waits.
//!
//! [`find_all`](super::find_all) folds the text character by character on every key, which
//! freezes the reader for seconds on a 300 MB document. Here a [`Pattern`] is compiled once
//! per key (a `memmem` searcher for case-sensitive text, otherwise a [`regex::Regex`], whose
//! literal prefilters and Unicode simple case folding do the heavy work), and a [`Search`]
//! walks the document a budget of bytes at a time, so a caller can scan between frames and
//! keep answering keys.
//!
//! Rules, as in `less`:
//! - Matches never span lines: the document is searched line by line (in effect), so a
//!   pattern that could only match across a `\n` finds nothing. `^` and `$` match at line
//!   starts and ends; `\A` and `\z` are not meaningful.
//! - Matches are non-overlapping, leftmost first, in order (`aa` is found once in `aaa`),
//!   unlike [`find_all`](super::find_all), which finds every starting point. Empty matches
//!   (`re:x*`) are skipped: they would mark every position.

use std::ops::Range;

use memchr::memmem::Finder;
use regex::{Regex, RegexBuilder};

mod incremental;
pub use incremental::{Progress, Search, MATCH_LIMIT};

/// The prefix that makes typed text a regular expression (`re:\d+년`). Anything else is a
/// literal; to search for text that starts with `re:`, type `re:re:…` (it has no special
/// characters, so it matches itself).
pub const REGEX_PREFIX: &str = "re:";

/// How much memory a typed regex may compile to. Patterns such as `\w{1000}` grow fast with
/// Unicode classes; a few MiB is plenty for anything typed by hand and keeps a mistyped
/// repetition from taking the reader's memory.
const SIZE_LIMIT: usize = 4 << 20;
/// The lazy DFA's cache: beyond this it falls back to slower engines instead of growing.
const DFA_SIZE_LIMIT: usize = 8 << 20;

/// Why typed text is not a usable pattern.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PatternError {
    /// Nothing to search for (empty text, or a bare [`REGEX_PREFIX`]). Callers usually show
    /// no matches rather than an error.
    #[error("Empty pattern")]
    Empty,
    /// The regex does not parse or compiles too big; the message is one line for a status bar.
    #[error("Bad pattern: {0}")]
    Bad(String),
}

/// What the user typed, compiled for searching. Literal by default, a regex after
/// [`REGEX_PREFIX`]; case-insensitive unless the text has an uppercase letter (smart case).
#[derive(Clone)]
pub struct Pattern {
    typed: String,
    ignore_case: bool,
    regex_mode: bool,
    kind: Kind,
}

#[derive(Clone)]
enum Kind {
    /// A case-sensitive literal: `memmem` is the fastest way to find exact bytes.
    Exact(Box<Finder<'static>>),
    /// Case-insensitive literals and regexes.
    Regex(Regex),
    /// A literal with a newline in it: matches never span lines, so it finds nothing.
    Never,
}

impl std::fmt::Debug for Pattern {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pattern")
            .field("typed", &self.typed)
            .field("ignore_case", &self.ignore_case)
            .field("regex_mode", &self.regex_mode)
            .finish()
    }
}

impl Pattern {
    /// Compiles typed text. Empty text is [`PatternError::Empty`]; a bad regex is
    /// [`PatternError::Bad`] with a one-line reason. Never panics.
    pub fn parse(typed: &str) -> Result<Self, PatternError> {
        let (regex_mode, body) = match typed.strip_prefix(REGEX_PREFIX) {
            Some(rest) => (true, rest),
            None => (false, typed),
        };
        if body.is_empty() {
            return Err(PatternError::Empty);
        }
        let ignore_case = !if regex_mode {
            regex_has_upper(body)
        } else {
            body.chars().any(char::is_uppercase)
        };
        let kind = if !regex_mode && body.contains('\n') {
            Kind::Never
        } else if !regex_mode && !ignore_case {
            Kind::Exact(Box::new(Finder::new(body.as_bytes()).into_owned()))
        } else {
            let source = if regex_mode {
                body.to_string()
            } else {
                regex::escape(body)
            };
            Kind::Regex(compile(&source, ignore_case)?)
        };
        Ok(Self {
            typed: typed.to_string(),
            ignore_case,
            regex_mode,
            kind,
        })
    }

    /// The text it was parsed from, prefix included.
    #[must_use]
    pub fn typed(&self) -> &str {
        &self.typed
    }

    /// Whether case is ignored (the typed text had no uppercase letter).
    #[must_use]
    pub fn ignores_case(&self) -> bool {
        self.ignore_case
    }

    /// Whether the text was a regex (it started with [`REGEX_PREFIX`]).
    #[must_use]
    pub fn is_regex(&self) -> bool {
        self.regex_mode
    }

    /// Every match in `text`, in one go: what a finished [`Search`] holds.
    #[must_use]
    pub fn find_all(&self, text: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        self.scan(text, 0, text.len(), &mut out);
        out
    }

    /// Appends the matches in `text[from..to]` to `out`. `from` is a char boundary where a
    /// line starts or a previous match ended; `to` is just after a `\n` or the text's end, so
    /// no match can cross it.
    fn scan(&self, text: &str, from: usize, to: usize, out: &mut Vec<Range<usize>>) {
        match &self.kind {
            Kind::Never => {}
            Kind::Exact(finder) => {
                // A valid UTF-8 needle found in valid UTF-8 starts and ends on char boundaries.
                let bytes = text.as_bytes().get(from..to).unwrap_or_default();
                let len = finder.needle().len();
                let mut at = 0;
                while let Some(i) = finder.find(bytes.get(at..).unwrap_or_default()) {
                    out.push(from + at + i..from + at + i + len);
                    at += i + len;
                }
            }
            Kind::Regex(re) => scan_regex(re, text, from, to, out),
        }
    }
}

/// Builds the regex. Multi-line, so `^`/`$` mean line starts and ends whether the search
/// looks at one line or a whole slice of them.
fn compile(source: &str, ignore_case: bool) -> Result<Regex, PatternError> {
    RegexBuilder::new(source)
        .case_insensitive(ignore_case)
        .multi_line(true)
        .size_limit(SIZE_LIMIT)
        .dfa_size_limit(DFA_SIZE_LIMIT)
        .build()
        .map_err(|e| PatternError::Bad(one_line(&e)))
}

/// The regex crate's error, which draws the pattern with a caret over several lines, as
/// the one line a status bar has room for.
fn one_line(e: &regex::Error) -> String {
    match e {
        regex::Error::Syntax(s) => s
            .lines()
            .rev()
            .find_map(|l| l.trim().strip_prefix("error: "))
            .or_else(|| s.lines().map(str::trim).rfind(|l| !l.is_empty()))
            .unwrap_or("syntax error")
            .to_string(),
        regex::Error::CompiledTooBig(limit) => format!("too big (over {limit} bytes compiled)"),
        _ => e.to_string().lines().next().unwrap_or("error").to_string(),
    }
}

/// Whether a regex has an uppercase letter that it would match, for smart case: escapes
/// (`\W`, `\S`), Unicode class names (`\p{Greek}`) and group names (`(?P<Name>…)`) are
/// syntax, not text to match, so they do not count. A heuristic, as typed patterns are short.
fn regex_has_upper(source: &str) -> bool {
    let mut chars = source.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => {
                if let Some((_, 'p' | 'P')) = chars.next() {
                    if chars.peek().map(|&(_, c)| c) == Some('{') {
                        chars.by_ref().find(|&(_, c)| c == '}');
                    } else {
                        chars.next();
                    }
                }
            }
            '(' if source[i..].starts_with("(?P<") || source[i..].starts_with("(?<") => {
                chars.by_ref().find(|&(_, c)| c == '>');
            }
            c if c.is_uppercase() => return true,
            _ => {}
        }
    }
    false
}

/// Appends the regex's matches in `text[from..to]`, line by line in effect: the whole range
/// is searched at once (so the regex's prefilter skips far ahead), and only a line where
/// the leftmost match is empty or spans a `\n` is searched again on its own.
fn scan_regex(re: &Regex, text: &str, from: usize, to: usize, out: &mut Vec<Range<usize>>) {
    let Some(hay) = text.get(..to) else {
        return;
    };
    let mut at = from;
    while at < to {
        let Some(m) = re.find_at(hay, at) else {
            return;
        };
        if !m.is_empty() && memchr::memchr(b'\n', m.as_str().as_bytes()).is_none() {
            // The best match at its start within the whole range lies within one line, so it
            // is also the best within that line: the one a line-by-line search finds.
            out.push(m.range());
            at = m.end();
            continue;
        }
        // Nothing starts a match in `at..m.start()`; search the rest of m's line alone.
        let end = memchr::memchr(b'\n', hay.as_bytes().get(m.start()..).unwrap_or_default())
            .map_or(to, |i| m.start() + i);
        if let Some(line) = hay.get(..end) {
            scan_line(re, line, m.start(), out);
        }
        at = end + 1;
    }
}

/// Appends the non-empty matches in `line[at..]`, which holds no `\n` after `at`.
fn scan_line(re: &Regex, line: &str, mut at: usize, out: &mut Vec<Range<usize>>) {
    while at < line.len() {
        let Some(m) = re.find_at(line, at) else {
            return;
        };
        if m.is_empty() {
            // Skip one character, as a search for the next match must move on.
            let next = line.get(m.start()..).and_then(|s| s.chars().next());
            at = m.start() + next.map_or(1, char::len_utf8);
        } else {
            out.push(m.range());
            at = m.end();
        }
    }
}

#[cfg(test)]
mod tests;
