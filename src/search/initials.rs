//! Korean initial-consonant (초성) search: `ㅇㄷㅂㅅ` finds 오다바시.
//!
//! Both sides are compared character for character (each Hangul syllable as its initial
//! consonant), so a match's character index still points into the original text.

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
pub(super) fn is_consonant_jamo(c: char) -> bool {
    ('\u{3131}'..='\u{314E}').contains(&c)
}

/// Character index where `pattern` (initial consonants) occurs as a run in `text`'s initials;
/// compared as the text goes by, with no copy of it.
pub(super) fn initials_run(text: &str, pattern: &[char]) -> Option<usize> {
    let first = *pattern.first()?;
    let mut chars = text.chars();
    let mut i = 0;
    loop {
        let c = chars.next()?;
        if initial_consonant(c) == first {
            let rest = chars.clone().map(initial_consonant);
            if rest
                .take(pattern.len() - 1)
                .eq(pattern[1..].iter().copied())
            {
                return Some(i);
            }
        }
        i += 1;
    }
}

/// A text's initials, one byte per character, for texts searched by initials again and again:
/// a run is then one `memmem` search instead of decoding every character. A byte is 1 to 30
/// for a compatibility consonant (U+3131 to U+314E) or a syllable starting with it, 0 for
/// anything else.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Initials(Box<[u8]>);

impl Initials {
    /// The initials of `text`.
    #[must_use]
    pub fn of(text: &str) -> Self {
        Self(text.chars().map(code).collect())
    }

    /// The bytes, one per character.
    #[must_use]
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }
}

/// The byte of `c` in [`Initials`].
fn code(c: char) -> u8 {
    let c = initial_consonant(c);
    if is_consonant_jamo(c) {
        u8::try_from(u32::from(c) - 0x3130).unwrap_or(0)
    } else {
        0
    }
}

/// `pattern` as [`Initials`] bytes, if every character is a consonant (or a syllable, taken as
/// its initial); a pattern with anything else is compared on the text itself.
pub(super) fn pattern_codes(pattern: &str) -> Option<Vec<u8>> {
    pattern
        .chars()
        .map(|c| Some(code(c)).filter(|&b| b != 0))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn a_run_in_the_kept_initials_is_the_run_in_the_text(
            text in "[가-힣ㄱ-ㅎㅏ-ㅣ가나다자차사아ㅈㅅ 「」a-c1]{0,40}",
            pattern in "[ㄱ-ㅎ가-힣]{1,3}",
        ) {
            let codes = pattern_codes(&pattern).unwrap();
            let chars: Vec<char> = pattern.chars().map(initial_consonant).collect();
            let kept = Initials::of(&text);
            proptest::prop_assert_eq!(kept.as_bytes().len(), text.chars().count());
            proptest::prop_assert_eq!(
                memchr::memmem::find(kept.as_bytes(), &codes),
                initials_run(&text, &chars)
            );
        }
    }

    #[test]
    fn codes_of_syllables_jamo_and_the_rest() {
        assert_eq!(
            Initials::of("자ㅈ짛ㄳa 아").as_bytes(),
            [24, 24, 24, 3, 0, 0, 23]
        );
        assert_eq!(pattern_codes("ㅇㄷ"), Some(vec![23, 7]));
        assert_eq!(pattern_codes("오다"), Some(vec![23, 7]));
        assert_eq!(pattern_codes("ㅇ1"), None);
        assert_eq!(pattern_codes("ㅏ"), None);
    }
}
