//! Grapheme clusters of a string, quickly over the characters most text is made of.
//!
//! Segmenting by UAX #29 (unicode-segmentation) looks up each character's break property and
//! runs the rules' state machine: about a third of what laying out and drawing a page of Korean
//! costs. Most characters of Korean or English text (printable ASCII, Hangul syllables, CJK
//! ideographs, the quotation marks, middle dot and ellipsis of Korean news) have no rule that
//! joins them to what follows: between two of them there is always a boundary. [`indices`]
//! gives such a character alone at once and hands anything else, from the boundary before it,
//! to unicode-segmentation, so the clusters are exactly those of `grapheme_indices(true)`.

use unicode_segmentation::UnicodeSegmentation;

/// Whether a cluster boundary surely lies between `c` and a following [`plain`] character,
/// and before `c` when it follows one: neither is joined to its neighbour by any rule of
/// UAX #29 (no Extend, ZWJ, SpacingMark, Prepend, jamo, regional indicator or pictograph).
/// CR is not plain: it joins a following LF.
fn plain(c: char) -> bool {
    matches!(c,
        '\0'..='\u{0C}' | '\u{0E}'..='\u{7F}'
        | '\u{AC00}'..='\u{D7A3}'   // Hangul syllables
        | '\u{4E00}'..='\u{9FFF}'   // CJK unified ideographs
        | '\u{2018}' | '\u{2019}' | '\u{201C}' | '\u{201D}' | '\u{00B7}' | '\u{2026}')
}

/// `(byte offset, cluster)` for each extended grapheme cluster of `s`: the same as
/// `s.grapheme_indices(true)`.
#[must_use]
pub fn indices(s: &str) -> Indices<'_> {
    Indices { s, at: 0 }
}

/// The iterator of [`indices`]. Each cluster it gives starts at a boundary it knows: the
/// string's start or the end of the cluster before.
#[derive(Debug, Clone)]
pub struct Indices<'a> {
    s: &'a str,
    at: usize,
}

impl<'a> Iterator for Indices<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        let rest = self.s.get(self.at..)?;
        let mut chars = rest.chars();
        let c = chars.next()?;
        let len = if plain(c) && chars.next().is_none_or(plain) {
            c.len_utf8()
        } else {
            // Starting at a boundary, the first cluster of the rest is the string's cluster
            // there: no rule looks back past a boundary.
            rest.graphemes(true).next().map_or(rest.len(), str::len)
        };
        let at = self.at;
        self.at += len;
        Some((at, &rest[..len]))
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn both(s: &str) {
        let fast: Vec<_> = indices(s).collect();
        let slow: Vec<_> = s.grapheme_indices(true).collect();
        assert_eq!(fast, slow, "{s:?}");
    }

    #[test]
    fn a_boundary_lies_between_any_two_plain_characters() {
        let mut sample: Vec<char> = ('\0'..='\u{7F}').filter(|&c| c != '\r').collect();
        sample.extend(['가', '각', '힣', '一', '鿿', '‘', '’', '“', '”', '·', '…']);
        for &a in &sample {
            assert!(plain(a), "{a:?}");
            for &b in &sample {
                let s = format!("{a}{b}");
                assert_eq!(s.graphemes(true).count(), 2, "{s:?}");
            }
        }
        // Every Hangul syllable and ideograph, between two plain characters.
        for c in ('\u{AC00}'..='\u{D7A3}').chain('\u{4E00}'..='\u{9FFF}') {
            assert_eq!(format!("a{c}가").graphemes(true).count(), 3, "{c:?}");
        }
    }

    #[test]
    fn joining_sequences_are_left_to_the_segmenter() {
        for s in [
            "",
            "a\r\nb",
            "\r\r\n",
            "가\u{11A8}나",       // a syllable and a trailing jamo
            "\u{1100}\u{1161}가", // leading and vowel jamo
            "e\u{301}f",          // a combining mark
            "👩\u{200D}🔬 ok",    // an emoji ZWJ sequence
            "🇰🇷🇯🇵🇰",              // regional indicators pair from the boundary
            "‼\u{FE0F}",
            "a\u{200D}b",
            "क्\u{200D}ष", // an Indic conjunct
            "\u{600}a",   // a prepended concatenation mark
            "“인용”이라고 말했다. Cox said.\n",
        ] {
            both(s);
        }
    }

    proptest! {
        #[test]
        fn the_clusters_are_unicode_segmentations(s in proptest::collection::vec(
            prop::sample::select(vec![
                'a', ' ', '\n', '\r', '\t', '가', '각', '一', '“', '”', '·', '…',
                '\u{1100}', '\u{1161}', '\u{11A8}', '\u{301}', '\u{200D}', '\u{200B}',
                '\u{FE0F}', '👩', '🔬', '🇰', '🇷', '‼', 'क', '\u{94D}', '\u{600}', 'ष',
            ]),
            0..24,
        ).prop_map(|v| v.into_iter().collect::<String>())) {
            both(&s);
        }
    }
}
