//! Fuzzy matching with match positions, including Korean initial-consonant (초성) search.
//!
//! Typing `ㅇㄷㅂㅅ` should find 오다바시, as Korean phone books and IDEs allow. Both sides are
//! mapped character for character (each Hangul syllable to its initial consonant), so the
//! positions the matcher returns still point at the right characters of the original text.

use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;

/// Initial consonants in syllable order (U+AC00 + 588 × index), as compatibility jamo.
const CHOSEONG: [char; 19] = [
    'ㄱ', 'ㄲ', 'ㄴ', 'ㄷ', 'ㄸ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅃ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅉ', 'ㅊ', 'ㅋ',
    'ㅌ', 'ㅍ', 'ㅎ',
];

/// The initial consonant of a Hangul syllable, or the character itself.
#[must_use]
pub fn initial_consonant(c: char) -> char {
    let code = u32::from(c);
    if (0xAC00..=0xD7A3).contains(&code) {
        CHOSEONG[((code - 0xAC00) / 588) as usize]
    } else {
        c
    }
}

/// Whether `c` is a compatibility consonant jamo, as a Korean keyboard types alone.
fn is_consonant_jamo(c: char) -> bool {
    ('\u{3131}'..='\u{314E}').contains(&c)
}

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
    initials: bool,
}

impl std::fmt::Debug for Query {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Query")
            .field("pattern", &self.pattern)
            .field("initials", &self.initials)
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
        Self {
            matcher: SkimMatcherV2::default().ignore_case(),
            pattern: pattern.trim().to_string(),
            initials,
        }
    }

    /// Whether the query is empty (everything matches with score 0).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.pattern.is_empty()
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
            let mapped: String = text.chars().map(initial_consonant).collect();
            self.matcher.fuzzy_indices(&mapped, &self.pattern)?
        } else {
            self.matcher.fuzzy_indices(text, &self.pattern)?
        };
        Some(Match { score, positions })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
