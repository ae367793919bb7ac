//! Grapheme clusters that terminals measure differently, and the parts they all agree on.
//!
//! Some terminals sum the widths of a cluster's code points (tmux, and the wcwidth-based ones
//! such as xterm and VTE); others segment graphemes and give a whole emoji sequence two columns
//! (kitty, WezTerm, Ghostty, and any terminal with grapheme clustering, mode 2027). Where the
//! reader's measure is not the terminal's, a row shifts on the screen: text runs into the border
//! or is lost, and ratatui, which believes its own measure, leaves stale cells behind when the
//! next screen is drawn over it.
//!
//! Measured in tmux 3.3a (columns the cursor moves): `👍🏽` 4, `❤️` 1, `1️⃣` 1, `👩‍🔬` 2 but
//! `👩🏽‍🔬` 4 and `🏳️‍🌈` 1, `🇰🇷` 2 but a lone `🇰` 1, `ᄀᄀ` 4, `ᄀ가` 4, `가` + a trailing jamo
//! 2, a lone medial or final jamo 0, a tone mark after a syllable 2 more, `ｶﾞ` 2.
//! unicode-width, which ratatui measures cells with, says 2 for every emoji sequence (`❤️` and
//! `1️⃣` included), 4 for `ᄀᄀ`, 0 for a tone mark, 1 for `ｶﾞ`.
//!
//! So such a cluster is drawn as *parts* whose widths all of them agree on:
//!
//! - An emoji ZWJ sequence becomes its emoji side by side: without the joiner no terminal joins
//!   them, so `👩‍🔬` is 👩 and 🔬, four columns everywhere.
//! - Skin-tone modifiers after a base, variation selectors (VS15, VS16), the keycap mark and
//!   tag characters are not drawn: each is where terminals disagree, and the base alone has one
//!   width everywhere (`👍🏽` is drawn 👍, `❤️` is ❤ in one column, `1️⃣` is 1).
//! - Hangul conjoining jamo are measured as terminals draw them: every leading consonant (and
//!   precomposed syllable) starts a part of two columns, and the vowels and final consonants
//!   after it join that part and take nothing, so `ᄀ ᅡ ᆨ` is one syllable, two columns, and
//!   `ᄀᄀ` two parts, four columns. A cluster of only vowels or finals is not drawn, like a lone
//!   combining mark: sent alone it would be attached to whatever cell came before. The tone
//!   marks of Middle Korean (〮 〯) are not drawn either: two columns in tmux, none in
//!   unicode-width. (A terminal that clusters graphemes still gets `ᄀᄀ` as one cluster: the
//!   parts are the same bytes. tmux and unicode-width agree on four columns for it.)
//! - The halfwidth katakana voiced marks ﾞ ﾟ extend a cluster, but terminals give each a
//!   column of its own.
//!
//! A lone regional indicator (one half of a flag) is 1 column in some terminals and 2 in
//! others, so it is escaped by [`crate::text::glyph()`] instead.

use unicode_width::UnicodeWidthChar;

use super::width::{is_ambiguous, measure, AmbiguousWidth};

const ZWJ: char = '\u{200D}';

/// One part of a cluster: what is drawn, and where in the cluster it begins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part<'a> {
    /// Byte offset of the part in its cluster.
    pub at: usize,
    /// What is drawn: the start of the part, up to the first character that is not drawn.
    pub text: &'a str,
    /// Columns it takes: 0 (nothing is drawn), 1 or 2.
    pub width: u8,
    /// Whether the width came from the ambiguous-width policy.
    pub ambiguous: bool,
}

/// The parts of one cluster, in order (see the module documentation).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parts<'a> {
    cluster: &'a str,
    amb: AmbiguousWidth,
    pos: usize,
}

/// The parts of cluster `g` under `amb`.
#[must_use]
pub fn parts(g: &str, amb: AmbiguousWidth) -> Parts<'_> {
    Parts {
        cluster: g,
        amb,
        pos: 0,
    }
}

/// Whether cluster `g` must be drawn in parts: it holds a character terminals measure
/// differently from unicode-width, or one that starts a part of its own.
#[must_use]
pub fn is_split(g: &str) -> bool {
    let mut chars = g.chars();
    let Some(mut prev) = chars.next() else {
        return false;
    };
    if is_sound_mark(prev) || not_drawn(prev, true) {
        return true;
    }
    for c in chars {
        if starts_part(c, prev) || not_drawn(c, false) {
            return true;
        }
        prev = c;
    }
    false
}

impl<'a> Iterator for Parts<'a> {
    type Item = Part<'a>;

    fn next(&mut self) -> Option<Part<'a>> {
        let rest = self.cluster.get(self.pos..)?;
        let mut chars = rest.char_indices();
        let (_, first) = chars.next()?;
        let mut end = rest.len();
        let mut drawn = not_drawn(first, true).then_some(0);
        let mut prev = first;
        for (i, c) in chars {
            if starts_part(c, prev) {
                end = i;
                break;
            }
            if drawn.is_none() && not_drawn(c, false) {
                drawn = Some(i);
            }
            prev = c;
        }
        // A medial or final jamo with no leading consonant before it: nothing to attach to.
        let drawn = if is_medial_or_final_jamo(first) {
            0
        } else {
            drawn.unwrap_or(end)
        };
        let text = &rest[..drawn];
        let at = self.pos;
        self.pos += end;
        let width = if text.is_empty() {
            0
        } else if is_leading_jamo(first) || is_syllable(first) {
            2
        } else if is_sound_mark(first) {
            1
        } else {
            measure(text, self.amb)
        };
        Some(Part {
            at,
            text,
            width,
            ambiguous: width > 0 && is_ambiguous(text),
        })
    }
}

/// Whether `c`, following `prev` in a cluster, starts a new part.
fn starts_part(c: char, prev: char) -> bool {
    is_leading_jamo(c)
        || is_syllable(c)
        || is_sound_mark(c)
        // The next emoji of a ZWJ sequence (a combining mark after a joiner stays where it is).
        || (prev == ZWJ && c.width().is_some_and(|w| w > 0))
}

/// Whether `c` is left out of what is drawn (`first`: it begins its part).
fn not_drawn(c: char, first: bool) -> bool {
    matches!(
        c,
        ZWJ | '\u{FE0E}' | '\u{FE0F}' | '\u{20E3}' | '\u{E0020}'
            ..='\u{E007F}'
            // Hangul tone marks (Middle Korean).
            | '\u{302E}' | '\u{302F}'
            // The zero-width non-joiner and the other invisible formats that extend a cluster:
            // sent raw, some terminals give them a cell or join the next letter into this one.
            | '\u{200C}' | '\u{2060}'..='\u{2064}'
    ) || (!first && is_skin_tone(c))
}

/// A Hangul leading consonant (choseong), fillers included.
fn is_leading_jamo(c: char) -> bool {
    matches!(c, '\u{1100}'..='\u{115F}' | '\u{A960}'..='\u{A97C}')
}

/// A Hangul medial vowel or final consonant (jungseong, jongseong).
fn is_medial_or_final_jamo(c: char) -> bool {
    matches!(c, '\u{1160}'..='\u{11FF}' | '\u{D7B0}'..='\u{D7C6}' | '\u{D7CB}'..='\u{D7FB}')
}

/// A precomposed Hangul syllable.
fn is_syllable(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7A3}')
}

/// An emoji skin-tone modifier (Fitzpatrick type 1-2 to 6).
fn is_skin_tone(c: char) -> bool {
    matches!(c, '\u{1F3FB}'..='\u{1F3FF}')
}

/// A halfwidth katakana voiced or semi-voiced sound mark.
fn is_sound_mark(c: char) -> bool {
    matches!(c, '\u{FF9E}' | '\u{FF9F}')
}

/// A regional indicator: half of a flag.
#[must_use]
pub fn is_regional_indicator(c: char) -> bool {
    matches!(c, '\u{1F1E6}'..='\u{1F1FF}')
}

#[cfg(test)]
mod tests;
