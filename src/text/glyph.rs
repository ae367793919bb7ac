//! What to draw for a grapheme of untrusted document text.
//!
//! Document text is data, never terminal input: a raw ESC could retitle the window, OSC 52 could
//! write the clipboard, and bidi overrides could reorder what the reader sees. Every such
//! character is drawn as a visible, plain-ASCII escape in the style of `less`: C0 controls and
//! DEL in caret notation (`^[`, `^?`), C1 controls, bidi controls and line/paragraph separators
//! as `<U+XXXX>`.
//!
//! The same rules cover every other output: [`sanitize_line`] is the one sanitiser for plain
//! text (report lines, CSV fields, `dokseo: NAME: reason` messages, config and argument
//! errors, the clipboard), and JSON escapes every character [`is_hidden`] names as `\uXXXX`
//! (see `crate::report::json`). Nothing dokseo writes passes untrusted text through raw.

use std::borrow::Cow;

use super::cluster::{is_regional_indicator, is_split, parts, Parts};
use super::width::{is_ambiguous, measure, plain_char_width, AmbiguousWidth};

/// How one grapheme cluster is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Glyph<'a> {
    /// Printable text taking `width` (1 or 2) columns.
    Text {
        /// What is drawn: the cluster, or the one part of it that terminals agree on (`❤` for
        /// `❤️`, see [`crate::text::cluster`]).
        text: &'a str,
        /// Columns it takes under the active ambiguous-width policy.
        width: u8,
        /// Whether the width came from the ambiguous-width policy (ratatui measures ambiguous
        /// characters as narrow: the renderer tells it the width when they are drawn wide).
        ambiguous: bool,
    },
    /// A cluster terminals measure differently, drawn as parts they all agree on (see
    /// [`crate::text::cluster`]): an emoji ZWJ sequence, a run of Hangul leading consonants.
    Split {
        /// The parts in order; a part of width 0 is not drawn.
        parts: Parts<'a>,
        /// Columns taken by all the parts.
        width: usize,
    },
    /// A control or formatting character, shown as a visible ASCII escape.
    Escaped(Cow<'static, str>),
    /// A horizontal tab; its width depends on the column (see [`crate::text::wrap`]).
    Tab,
    /// A cluster that takes no columns (a lone combining mark, zero-width space): nothing drawn.
    Invisible,
}

impl Glyph<'_> {
    /// Columns taken, with tabs counted as one (their real width depends on the column).
    #[must_use]
    pub fn width(&self) -> usize {
        match self {
            Glyph::Text { width, .. } => usize::from(*width),
            Glyph::Split { width, .. } => *width,
            Glyph::Escaped(s) => s.len(),
            Glyph::Tab => 1,
            Glyph::Invisible => 0,
        }
    }
}

/// The glyph for grapheme cluster `g` under the ambiguous-width policy `amb`.
#[must_use]
pub fn glyph(g: &str, amb: AmbiguousWidth) -> Glyph<'_> {
    let mut chars = g.chars();
    let Some(first) = chars.next() else {
        return Glyph::Invisible;
    };
    // The characters most text is made of, without the width tables.
    if chars.as_str().is_empty() {
        if let Some((width, ambiguous)) = plain_char_width(first, amb) {
            return Glyph::Text {
                text: g,
                width,
                ambiguous,
            };
        }
    }
    if first == '\t' {
        return Glyph::Tab;
    }
    if let Some(esc) = escape(first) {
        // Controls always form a cluster of their own (UAX #29 GB4/GB5), except CR LF, which
        // decoding has already turned into LF.
        return Glyph::Escaped(esc);
    }
    if is_regional_indicator(first) && !chars.next().is_some_and(is_regional_indicator) {
        // Half a flag: one column in some terminals, two in others.
        return Glyph::Escaped(Cow::Owned(format!("<U+{:04X}>", u32::from(first))));
    }
    if g.len() == 1 || !is_split(g) {
        return match measure(g, amb) {
            0 => Glyph::Invisible,
            width => Glyph::Text {
                text: g,
                width,
                ambiguous: is_ambiguous(g),
            },
        };
    }
    let all = parts(g, amb);
    let mut drawn = all.clone().filter(|p| p.width > 0);
    match (drawn.next(), drawn.next()) {
        (None, _) => Glyph::Invisible,
        (Some(p), None) => Glyph::Text {
            text: p.text,
            width: p.width,
            ambiguous: p.ambiguous,
        },
        (Some(_), Some(_)) => Glyph::Split {
            width: all.clone().map(|p| usize::from(p.width)).sum(),
            parts: all,
        },
    }
}

/// Whether [`escape`] names the character with this code point (without writing its escape).
fn escapes(code: u32) -> bool {
    matches!(
        code,
        0x00..=0x1F
            | 0x7F..=0x9F
            | 0x061C
            | 0x200E
            | 0x200F
            | 0x2028
            | 0x2029
            | 0x202A..=0x202E
            | 0x2066..=0x2069
            // Noncharacters: terminals disagree on their width (tmux gives them no cell), so
            // a row holding one would shift its border.
            | 0xFDD0..=0xFDEF
    ) || code & 0xFFFE == 0xFFFE
}

/// The visible escape for a character that must never reach the terminal raw: `^X` for a C0
/// control, `^?` for DEL, `<U+XXXX>` for the other controls, bidi controls, separators and
/// noncharacters.
#[must_use]
pub fn escape(c: char) -> Option<Cow<'static, str>> {
    let code = u32::from(c);
    if !escapes(code) {
        return None;
    }
    Some(match code {
        0x00..=0x1F => {
            let caret = char::from_u32(code + 0x40).unwrap_or('?');
            Cow::Owned(format!("^{caret}"))
        }
        0x7F => Cow::Borrowed("^?"),
        _ => Cow::Owned(format!("<U+{code:04X}>")),
    })
}

/// Whether `c` must not appear raw in machine-readable output (JSON): every character that
/// [`escape`] names (controls, bidi controls, line and paragraph separators), plus the ones
/// that take no room and hide in plain sight: format characters (general category Cf: zero-width
/// space and joiners, word joiner, BOM, soft hyphen, invisible operators, tags), the combining
/// grapheme joiner and the Hangul fillers. The screen draws the latter as nothing; a format
/// that can escape losslessly (JSON's `\uXXXX`) shows them instead.
#[must_use]
pub fn is_hidden(c: char) -> bool {
    // Printable ASCII and Hangul syllables, most of a Korean document, are asked about first:
    // the JSON reports ask of every character they write.
    if matches!(c, ' '..='~' | '가'..='힣') {
        return false;
    }
    escapes(u32::from(c)) || hides(c)
}

/// The characters [`is_hidden`] names besides those [`escape`] does.
fn hides(c: char) -> bool {
    matches!(
        u32::from(c),
        0x00AD
            | 0x034F
            | 0x0600..=0x0605
            | 0x06DD
            | 0x070F
            | 0x0890..=0x0891
            | 0x08E2
            | 0x115F..=0x1160
            | 0x180E
            | 0x200B..=0x200D
            | 0x2060..=0x2064
            | 0x206A..=0x206F
            | 0x3164
            | 0xFEFF
            | 0xFFA0
            | 0xFFF9..=0xFFFB
            | 0x110BD
            | 0x110CD
            | 0x13430..=0x1343F
            | 0x1BCA0..=0x1BCA3
            | 0x1D173..=0x1D17A
            | 0xE0001
            | 0xE0020..=0xE007F
    )
}

/// `s` with every character that [`escape`] names replaced by its escape; tabs and newlines
/// become a space. For one-line plain-text output where there is no layout to do: titles, CLI
/// columns, messages on stderr, copied quotes. Zero-width characters stay, as on the screen:
/// they take no room but cannot act on a terminal.
#[must_use]
pub fn sanitize_line(s: &str) -> Cow<'_, str> {
    if !s
        .chars()
        .any(|c| c == '\t' || c == '\n' || escape(c).is_some())
    {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\t' | '\n' => out.push(' '),
            _ => match escape(c) {
                Some(e) => out.push_str(&e),
                None => out.push(c),
            },
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn noncharacters_are_escaped() {
        for c in [
            '\u{FFFE}',
            '\u{FFFF}',
            '\u{FDD0}',
            '\u{FDEF}',
            '\u{1FFFF}',
            '\u{10FFFF}',
        ] {
            let e = escape(c).unwrap_or_else(|| panic!("{c:?}"));
            assert!(e.starts_with("<U+"), "{e}");
        }
        for c in ['\u{FDCF}', '\u{FDF0}', '\u{FFFD}', '\u{1FFFD}', '가'] {
            assert_eq!(escape(c), None, "{c:?}");
        }
        assert_eq!(sanitize_line("a\u{FFFE}b"), "a<U+FFFE>b");
    }

    use super::*;
    use AmbiguousWidth::{Narrow, Wide};

    #[test]
    fn plain_characters_are_measured_as_the_width_tables_measure_them() {
        let plain = (' '..='~')
            .chain('\u{AC00}'..='\u{D7A3}')
            .chain('\u{4E00}'..='\u{9FFF}')
            .chain(['‘', '’', '“', '”', '·', '…']);
        for c in plain {
            let g = c.to_string();
            for amb in [Narrow, Wide] {
                let slow = Glyph::Text {
                    text: &g,
                    width: measure(&g, amb),
                    ambiguous: is_ambiguous(&g),
                };
                assert_eq!(glyph(&g, amb), slow, "{c:?}");
            }
        }
    }

    #[test]
    fn c0_and_del_use_caret_notation() {
        assert_eq!(glyph("\u{1b}", Narrow), Glyph::Escaped("^[".into()));
        assert_eq!(glyph("\u{7}", Narrow), Glyph::Escaped("^G".into()));
        assert_eq!(glyph("\u{0}", Narrow), Glyph::Escaped("^@".into()));
        assert_eq!(glyph("\u{7f}", Narrow), Glyph::Escaped("^?".into()));
        assert_eq!(glyph("\r", Narrow).width(), 2);
    }

    #[test]
    fn c1_and_bidi_controls_use_code_points() {
        assert_eq!(glyph("\u{9b}", Narrow), Glyph::Escaped("<U+009B>".into()));
        assert_eq!(glyph("\u{202e}", Narrow), Glyph::Escaped("<U+202E>".into()));
        assert_eq!(glyph("\u{2067}", Narrow), Glyph::Escaped("<U+2067>".into()));
        assert_eq!(glyph("\u{202e}", Narrow).width(), 8);
    }

    #[test]
    fn printable_text_passes_with_width() {
        assert_eq!(
            glyph("가", Narrow),
            Glyph::Text {
                text: "가",
                width: 2,
                ambiguous: false
            }
        );
        assert_eq!(
            glyph("…", Wide),
            Glyph::Text {
                text: "…",
                width: 2,
                ambiguous: true
            }
        );
        assert_eq!(glyph("\u{301}", Narrow), Glyph::Invisible);
        assert_eq!(glyph("\u{200b}", Narrow), Glyph::Invisible);
        assert_eq!(glyph("\t", Narrow), Glyph::Tab);
    }

    #[test]
    fn hidden_covers_escapes_and_invisible_characters() {
        for c in [
            '\u{1b}',
            '\u{7f}',
            '\u{9d}',
            '\u{202e}',
            '\u{2066}',
            '\u{200e}',
            '\u{61c}',
            '\u{2028}',
            '\u{200b}',
            '\u{200d}',
            '\u{2060}',
            '\u{feff}',
            '\u{ad}',
            '\u{3164}',
            '\u{e0041}',
        ] {
            assert!(is_hidden(c), "{c:?}");
        }
        for c in [
            'a', '가', '“', '…', ' ', '\u{a0}', '\u{301}', '\u{fe0f}', '😀',
        ] {
            assert!(!is_hidden(c), "{c:?}");
        }
    }

    #[test]
    fn hidden_is_what_is_escaped_and_what_hides() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_hidden(c), escape(c).is_some() || hides(c), "{c:?}");
        }
    }

    #[test]
    fn sanitize_line_escapes_everything_dangerous() {
        let s = "a\u{1b}]52;c;aGk=\u{7}b\u{9d}\u{202e}c\td";
        let clean = sanitize_line(s);
        assert_eq!(clean, "a^[]52;c;aGk=^Gb<U+009D><U+202E>c d");
        assert!(!clean.chars().any(char::is_control));
        assert!(matches!(sanitize_line("평범한 글"), Cow::Borrowed(_)));
    }
}
