//! Display width of a grapheme cluster, with a policy for East Asian Ambiguous characters.
//!
//! Korean news is full of “ ” ‘ ’ · … ※ ①: Unicode calls their width *ambiguous*, and terminals
//! disagree (most draw them narrow; CJK-configured ones wide). The policy is chosen once per run
//! and used by both layout and rendering.

use serde::{Deserialize, Serialize};
use unicode_width::UnicodeWidthStr;

/// How many columns an East Asian Ambiguous character takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AmbiguousWidth {
    /// One column, as most terminals (and ratatui) assume.
    #[default]
    Narrow,
    /// Two columns, as CJK-configured terminals draw them.
    Wide,
}

impl AmbiguousWidth {
    /// The policy for a measured width of one probe character (anything but 2 means narrow).
    #[must_use]
    pub fn from_columns(columns: u16) -> Self {
        if columns == 2 {
            Self::Wide
        } else {
            Self::Narrow
        }
    }
}

/// Columns taken by one grapheme cluster under `amb`: what the screen gives it.
///
/// A cluster terminals measure differently is drawn in parts (see [`crate::text::cluster`]);
/// its width is theirs summed. Control characters are not measured here:
/// [`crate::text::glyph()`] replaces them with a visible escape first. A zero-width cluster (a
/// lone combining mark or joiner) is 0.
#[must_use]
pub fn grapheme_width(g: &str, amb: AmbiguousWidth) -> usize {
    if g.len() > 1 && super::cluster::is_split(g) {
        return super::cluster::parts(g, amb)
            .map(|p| usize::from(p.width))
            .sum();
    }
    usize::from(measure(g, amb))
}

/// Columns unicode-width gives `s` under `amb`, at most two: what one drawn cell takes.
#[must_use]
pub fn measure(s: &str, amb: AmbiguousWidth) -> u8 {
    // ASCII fast path: the overwhelming majority of Latin text.
    if s.len() == 1 {
        return u8::from(!s.as_bytes()[0].is_ascii_control());
    }
    let w = match amb {
        AmbiguousWidth::Narrow => s.width(),
        AmbiguousWidth::Wide => s.width_cjk(),
    };
    // One cell never takes more than two columns. The clusters unicode-width sums wider that
    // terminals are known to draw otherwise (emoji sequences, jamo) are split into parts by
    // `cluster` before they get here.
    u8::try_from(w.min(2)).unwrap_or(2)
}

/// Whether the cluster is East Asian Ambiguous, i.e. its width depends on the policy.
#[must_use]
pub fn is_ambiguous(g: &str) -> bool {
    g.len() > 1 && g.width() != g.width_cjk()
}

/// Display width of a whole string (graphemes summed) under `amb`.
#[must_use]
pub fn str_width(s: &str, amb: AmbiguousWidth) -> usize {
    use unicode_segmentation::UnicodeSegmentation;
    if let Some(w) = plain_width(s, amb) {
        return w;
    }
    s.graphemes(true)
        .map(|g| crate::text::glyph(g, amb).width())
        .sum()
}

/// The width of a character that is a grapheme of its own whatever surrounds it and has a
/// width of its own, and whether that width is the policy's: printable ASCII (1), Hangul
/// syllables and CJK ideographs (2), and the quotation marks, middle dot and ellipsis of Korean
/// news (ambiguous: `amb`). Most of any Korean or English text is made of them, and they are
/// measured without segmenting or the width tables; anything else answers `None`.
#[must_use]
pub fn plain_char_width(c: char, amb: AmbiguousWidth) -> Option<(u8, bool)> {
    match c {
        ' '..='~' => Some((1, false)),
        '\u{AC00}'..='\u{D7A3}' | '\u{4E00}'..='\u{9FFF}' => Some((2, false)),
        '\u{2018}' | '\u{2019}' | '\u{201C}' | '\u{201D}' | '\u{00B7}' | '\u{2026}' => {
            Some((if amb == AmbiguousWidth::Wide { 2 } else { 1 }, true))
        }
        _ => None,
    }
}

/// [`str_width`] of a string made only of [`plain_char_width`] characters (segmenting into
/// graphemes costs five times as much); anything else answers `None`.
fn plain_width(s: &str, amb: AmbiguousWidth) -> Option<usize> {
    s.chars()
        .map(|c| plain_char_width(c, amb).map(|(w, _)| usize::from(w)))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use AmbiguousWidth::{Narrow, Wide};

    #[test]
    fn plain_text_is_measured_as_its_graphemes_are() {
        use unicode_segmentation::UnicodeSegmentation;
        let slow = |s: &str, amb| -> usize {
            s.graphemes(true)
                .map(|g| crate::text::glyph(g, amb).width())
                .sum()
        };
        let mut chars: Vec<char> = (' '..='~').collect();
        chars.extend(['가', '힣', '한', '一', '鿿', '‘', '’', '“', '”', '·', '…']);
        for amb in [Narrow, Wide] {
            for &a in &chars {
                for &b in &chars {
                    let s = format!("{a}{b}");
                    assert_eq!(plain_width(&s, amb), Some(slow(&s, amb)), "{s:?}");
                }
            }
        }
        // A syllable with a trailing jamo, a combining mark or a tab is measured the slow way.
        for s in ["가\u{11A8}", "e\u{301}", "a\tb", "👍"] {
            assert_eq!(plain_width(s, Narrow), None, "{s:?}");
        }
    }

    #[test]
    fn hangul_is_two_columns() {
        assert_eq!(grapheme_width("한", Narrow), 2);
        assert_eq!(str_width("교수는", Narrow), 6);
    }

    #[test]
    fn mixed_latin_and_hangul() {
        assert_eq!(str_width("AI 모델", Narrow), 7);
        assert_eq!(str_width("David D. Cox는", Narrow), 14);
    }

    #[test]
    fn ambiguous_follow_policy() {
        for g in ["“", "”", "‘", "’", "·", "…", "※", "①"] {
            assert!(is_ambiguous(g), "{g} should be ambiguous");
            assert_eq!(grapheme_width(g, Narrow), 1, "{g}");
            assert_eq!(grapheme_width(g, Wide), 2, "{g}");
        }
        assert!(!is_ambiguous("가"));
        assert!(!is_ambiguous("a"));
        assert_eq!(str_width("“긍정적인 발전”", Wide), 2 + 8 + 1 + 4 + 2);
        assert_eq!(str_width("“긍정적인 발전”", Narrow), 1 + 8 + 1 + 4 + 1);
    }

    #[test]
    fn emoji_sequences_take_what_their_drawn_parts_take() {
        assert_eq!(grapheme_width("😀", Narrow), 2);
        assert_eq!(grapheme_width("🇰🇷", Narrow), 2);
        // Drawn as their emoji side by side (see `cluster`): no terminal joins them then.
        assert_eq!(grapheme_width("👩‍🔬", Narrow), 4);
        assert_eq!(grapheme_width("👨‍👩‍👧‍👦", Narrow), 8);
        // Drawn without the modifier, the variation selector, the keycap mark.
        assert_eq!(grapheme_width("👍🏽", Narrow), 2);
        assert_eq!(grapheme_width("\u{2764}\u{FE0F}", Narrow), 1);
        assert_eq!(grapheme_width("1\u{FE0F}\u{20E3}", Narrow), 1);
    }

    #[test]
    fn combining_marks_add_nothing() {
        assert_eq!(grapheme_width("e\u{301}", Narrow), 1);
        assert_eq!(grapheme_width("\u{301}", Narrow), 0);
    }

    #[test]
    fn conjoining_jamo_sequence_is_one_syllable_wide() {
        // Old Hangul that has no precomposed syllable stays as L V T jamo after NFC.
        assert_eq!(grapheme_width("\u{1100}\u{1161}\u{11A8}", Narrow), 2);
        assert_eq!(grapheme_width("\u{1112}\u{119E}", Narrow), 2);
    }

    #[test]
    fn leading_consonants_are_two_columns_each() {
        // One cluster (UAX #29 GB6), drawn by terminals as two consonants side by side.
        assert_eq!(grapheme_width("\u{1100}\u{1100}", Narrow), 4);
        assert_eq!(grapheme_width("\u{1100}가", Narrow), 4);
        assert_eq!(
            str_width("가\u{1100}\u{1100}나다라|", Narrow),
            2 + 4 + 6 + 1
        );
        assert_eq!(grapheme_width("\u{1161}", Narrow), 0);
    }

    #[test]
    fn from_columns() {
        assert_eq!(AmbiguousWidth::from_columns(2), Wide);
        assert_eq!(AmbiguousWidth::from_columns(1), Narrow);
        assert_eq!(AmbiguousWidth::from_columns(0), Narrow);
    }
}
