//! Fuzzy matching with match positions, including Korean initial-consonant (초성) search.
//!
//! Typing `ㅇㄷㅂㅅ` should find 오다바시, as Korean phone books and IDEs allow. Both sides are
//! mapped character for character (each Hangul syllable to its initial consonant), so the
//! positions the matcher returns still point at the right characters of the original text.
//!
//! [`Search`] is the other kind: finding typed text or a regex ([`Pattern`]) everywhere in a
//! whole document, a slice at a time, so typing never waits for a long document.

mod find;
mod initials;
mod linear;

pub use find::{Pattern, PatternError, Progress, Search, MATCH_LIMIT, REGEX_PREFIX};
pub use initials::{initial_consonant, Initials};
use initials::{initials_run, is_consonant_jamo};

use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;

/// A fuzzy match: higher scores are better; `positions` are character indices into the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    /// Matcher score.
    pub score: i64,
    /// Character indices of the matched characters, ascending.
    pub positions: Vec<usize>,
}

/// A fuzzy matcher for one query, reusable over many texts.
pub struct Query {
    matcher: SkimMatcherV2,
    pattern: String,
    /// The pattern's characters, with searchers for them.
    chars: linear::Pattern,
    initials: bool,
    /// An initials pattern as [`Initials`] bytes, when it can be compared that way.
    codes: Option<memchr::memmem::Finder<'static>>,
    /// Set by [`Self::quick`].
    quick: bool,
}

impl std::fmt::Debug for Query {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Query")
            .field("pattern", &self.pattern)
            .field("initials", &self.initials)
            .field("quick", &self.quick)
            .finish()
    }
}

impl Query {
    /// Prepares `pattern`. With a lone consonant jamo in it, both pattern and texts are compared
    /// by initial consonants.
    #[must_use]
    pub fn new(pattern: &str) -> Self {
        let initials = pattern.chars().any(is_consonant_jamo);
        let pattern = if initials {
            pattern.chars().map(initial_consonant).collect()
        } else {
            pattern.to_string()
        };
        let pattern = pattern.trim().to_string();
        let codes = initials
            .then(|| initials::pattern_codes(&pattern))
            .flatten()
            .filter(|c| !c.is_empty())
            .map(|c| memchr::memmem::Finder::new(&c).into_owned());
        Self {
            codes,
            matcher: SkimMatcherV2::default().ignore_case(),
            chars: linear::Pattern::new(&pattern),
            pattern,
            initials,
            quick: false,
        }
    }

    /// Like [`Self::new`], but [`Self::score`] ranks in one pass: the first match in order,
    /// tightened to its shortest stretch, scored with the matcher's weights, instead of the
    /// best of all alignments. It accepts the same texts at a tenth of the cost or less, for
    /// filtering very many texts within a frame.
    #[must_use]
    pub fn quick(pattern: &str) -> Self {
        Self {
            quick: true,
            ..Self::new(pattern)
        }
    }

    /// Whether the query is empty (everything matches with score 0).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.pattern.is_empty()
    }

    /// Whether the query is compared by initial consonants.
    #[must_use]
    pub fn uses_initials(&self) -> bool {
        self.initials
    }

    /// Whether [`Self::score_with`] can use a text's kept [`Initials`].
    #[must_use]
    pub fn wants_initials(&self) -> bool {
        self.codes.is_some()
    }

    /// [`Self::score`], answered from `initials` (those of `text`) when the query is compared
    /// by initials: one byte search instead of decoding the text.
    #[must_use]
    pub fn score_with(&self, text: &str, initials: Option<&Initials>) -> Option<i64> {
        match (&self.codes, initials) {
            (Some(codes), Some(initials)) => {
                let at = codes.find(initials.as_bytes())?;
                Some(1_000_000 - i64::try_from(at).unwrap_or(1_000_000))
            }
            _ => self.score(text),
        }
    }

    /// The score of `text`, or `None` when it does not match: [`Self::matches`] without
    /// working out positions, for filtering many texts.
    #[must_use]
    pub fn score(&self, text: &str) -> Option<i64> {
        if self.pattern.is_empty() {
            return Some(0);
        }
        if self.initials {
            let pattern: Vec<char> = self.pattern.chars().collect();
            let at = initials_run(text, &pattern)?;
            return Some(1_000_000 - i64::try_from(at).unwrap_or(1_000_000));
        }
        // Every fuzzy match needs the pattern's characters in order. They are found with
        // byte searches, so most texts are turned away before the matcher's full work (which
        // costs about 0.6 µs even to say no to a 300-byte text).
        let end = self.chars.first_end(text)?;
        if self.quick {
            return self.chars.score(text, end);
        }
        self.matcher.fuzzy_match(text, &self.pattern)
    }

    /// Matches `text`.
    #[must_use]
    pub fn matches(&self, text: &str) -> Option<Match> {
        if self.pattern.is_empty() {
            return Some(Match {
                score: 0,
                positions: Vec::new(),
            });
        }
        let (score, positions) = if self.initials {
            // Initials are typed for a word, in one run: match them as a run, or 4 initials
            // would match almost any Korean sentence.
            let pattern: Vec<char> = self.pattern.chars().collect();
            let at = initials_run(text, &pattern)?;
            let score = 1_000_000 - i64::try_from(at).unwrap_or(1_000_000);
            (score, (at..at + pattern.len()).collect())
        } else {
            self.matcher.fuzzy_indices(text, &self.pattern)?
        };
        Some(Match { score, positions })
    }
}

/// Folds a character for case-insensitive search (one character in, one out, so offsets map).
fn fold(c: char) -> char {
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// Every place `needle` occurs in `text`, ignoring case, as byte ranges in order. Matches may
/// overlap (`aa` is found twice in `aaa`), so `n` visits each starting point as vim does.
#[must_use]
pub fn find_all(text: &str, needle: &str) -> Vec<std::ops::Range<usize>> {
    let pattern: Vec<char> = needle.chars().map(fold).collect();
    let Some(&first) = pattern.first() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (start, c) in text.char_indices() {
        if fold(c) != first {
            continue;
        }
        let mut rest = text[start..].char_indices();
        let mut end = start;
        let mut ok = true;
        for &p in &pattern {
            match rest.next() {
                Some((i, c)) if fold(c) == p => end = start + i + c.len_utf8(),
                _ => {
                    ok = false;
                    break;
                }
            }
        }
        if ok {
            out.push(start..end);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_all_ignores_case_and_keeps_offsets_on_boundaries() {
        let text = "DeepSeek와 deepseek, 그리고 DEEPSEEK.";
        let hits = find_all(text, "deepseek");
        assert_eq!(hits.len(), 3);
        for r in &hits {
            assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            assert_eq!(text[r.clone()].to_lowercase(), "deepseek");
        }
    }

    #[test]
    fn quick_ranking_keeps_the_matches_and_still_puts_a_whole_word_first() {
        let texts = [
            "David D. Cox — 모델은 커집니다",
            "coffee or tea, ox",
            "Xerox copier",
            "아무거나",
        ];
        for pattern in ["cox", "co", "c", "모델", "x", "ox c"] {
            let (full, quick) = (Query::new(pattern), Query::quick(pattern));
            for text in texts {
                assert_eq!(
                    full.score(text).is_some(),
                    quick.score(text).is_some(),
                    "{pattern} in {text}"
                );
            }
        }
        let quick = Query::quick("cox");
        assert!(quick.score(texts[0]) > quick.score(texts[1]));
        let quick = Query::quick("모델");
        assert!(quick.score(texts[0]).is_some() && quick.score(texts[3]).is_none());
    }

    #[test]
    fn find_all_korean_and_overlaps() {
        assert_eq!(find_all("가나가나가", "가나가"), [0..9, 6..15]);
        assert_eq!(find_all("aaa", "aa"), [0..2, 1..3]);
        assert_eq!(find_all("한국어 본문", "본문"), vec![10..16]);
        assert!(find_all("abc", "").is_empty());
        assert!(find_all("", "a").is_empty());
        assert!(find_all("ab", "abc").is_empty());
    }

    #[test]
    fn find_all_handles_case_changing_lengths() {
        // 'İ' lowercases to two characters; it is then compared as itself, never panicking.
        let text = "İstanbul istanbul";
        assert_eq!(find_all(text, "istanbul"), vec![10..18]);
        assert_eq!(find_all(text, "İstanbul"), vec![0..9]);
    }

    #[test]
    fn initial_consonants() {
        assert_eq!(initial_consonant('오'), 'ㅇ');
        assert_eq!(initial_consonant('다'), 'ㄷ');
        assert_eq!(initial_consonant('힣'), 'ㅎ');
        assert_eq!(initial_consonant('까'), 'ㄲ');
        assert_eq!(initial_consonant('A'), 'A');
    }

    #[test]
    fn choseong_search_finds_the_name_and_marks_its_syllables() {
        let q = Query::new("ㅇㄷㅂㅅ");
        let text = "차가타이 오다바시 — 이는 강력한 AI";
        let m = q.matches(text).unwrap();
        let chars: Vec<char> = text.chars().collect();
        let hit: String = m.positions.iter().map(|&i| chars[i]).collect();
        assert_eq!(hit, "오다바시");
        assert!(Query::new("ㅋㅋㅋㅋ").matches(text).is_none());
        // A run, not scattered initials.
        assert!(Query::new("ㅊㄱㄱ").matches(text).is_none());
    }

    #[test]
    fn mixed_syllables_and_jamo_compare_by_initials() {
        assert!(Query::new("오ㄷㅂ시")
            .matches("차가타이 오다바시")
            .is_some());
    }

    #[test]
    fn latin_is_case_insensitive_and_fuzzy() {
        let m = Query::new("sattigeri")
            .matches("Prasanna Sattigeri — DeepSeek는")
            .unwrap();
        assert_eq!(m.positions.len(), 9);
        assert!(Query::new("sttgr").matches("Sattigeri").is_some());
        assert!(Query::new("xyz").matches("Sattigeri").is_none());
    }

    #[test]
    fn empty_query_matches_everything() {
        assert_eq!(
            Query::new("  ").matches("아무거나").map(|m| m.score),
            Some(0)
        );
    }
}
