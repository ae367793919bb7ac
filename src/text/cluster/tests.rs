use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use super::*;
use crate::text::{glyph, Glyph};
use AmbiguousWidth::{Narrow, Wide};

/// The drawn parts of `g`: (text, width).
fn drawn(g: &str) -> Vec<(&str, u8)> {
    parts(g, Narrow)
        .filter(|p| p.width > 0)
        .map(|p| (p.text, p.width))
        .collect()
}

/// What `glyph` draws for `g`: (text, width) for each drawn cell.
fn cells(g: &str) -> Vec<(String, usize)> {
    match glyph(g, Narrow) {
        Glyph::Text { text, width, .. } => vec![(text.to_string(), usize::from(width))],
        Glyph::Split { parts, .. } => parts
            .filter(|p| p.width > 0)
            .map(|p| (p.text.to_string(), usize::from(p.width)))
            .collect(),
        Glyph::Escaped(s) => vec![(s.to_string(), s.len())],
        Glyph::Tab | Glyph::Invisible => Vec::new(),
    }
}

#[test]
fn emoji_modifiers_variation_selectors_and_keycaps_are_not_drawn() {
    // tmux draws 👍🏽 4 wide, ❤️ and 1️⃣ 1 wide; unicode-width (ratatui) says 2 for all three.
    assert_eq!(cells("👍🏽"), [("👍".to_string(), 2)]);
    assert_eq!(cells("\u{2764}\u{FE0F}"), [("\u{2764}".to_string(), 1)]);
    assert_eq!(cells("\u{2714}\u{FE0F}"), [("\u{2714}".to_string(), 1)]);
    assert_eq!(cells("1\u{FE0F}\u{20E3}"), [("1".to_string(), 1)]);
    assert_eq!(cells("#\u{FE0F}\u{20E3}"), [("#".to_string(), 1)]);
    assert_eq!(cells("1\u{20E3}"), [("1".to_string(), 1)]);
    assert_eq!(cells("😀\u{FE0E}"), [("😀".to_string(), 2)]);
    assert_eq!(cells("a\u{1F3FD}"), [("a".to_string(), 1)]);
    // A modifier alone is a wide emoji of its own everywhere.
    assert_eq!(cells("\u{1F3FD}"), [("\u{1F3FD}".to_string(), 2)]);
    // Subdivision flags: the tags are not drawn, the black flag is.
    let england = "\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}";
    assert_eq!(cells(england), [("\u{1F3F4}".to_string(), 2)]);
    // A plain emoji, a flag and a combining mark are left alone.
    assert_eq!(cells("😀"), [("😀".to_string(), 2)]);
    assert_eq!(cells("🇰🇷"), [("🇰🇷".to_string(), 2)]);
    assert_eq!(cells("e\u{301}"), [("e\u{301}".to_string(), 1)]);
}

#[test]
fn zwj_sequences_are_drawn_as_their_emoji_side_by_side() {
    assert_eq!(drawn("👩\u{200D}🔬"), [("👩", 2), ("🔬", 2)]);
    assert_eq!(drawn("👩🏽\u{200D}🔬"), [("👩", 2), ("🔬", 2)]);
    assert_eq!(
        drawn("👨\u{200D}👩\u{200D}👧\u{200D}👦"),
        [("👨", 2), ("👩", 2), ("👧", 2), ("👦", 2)]
    );
    assert_eq!(
        drawn("\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}"),
        [("\u{1F3F3}", 1), ("\u{1F308}", 2)]
    );
    assert_eq!(glyph("👩\u{200D}🔬", Narrow).width(), 4);
    // A trailing joiner or one before a combining mark starts nothing.
    assert_eq!(cells("😀\u{200D}"), [("😀".to_string(), 2)]);
    assert_eq!(cells("😀\u{200D}\u{301}"), [("😀".to_string(), 2)]);
}

#[test]
fn conjoining_jamo_take_what_terminals_give_them() {
    // Every leading consonant is two columns; vowels and finals after it take nothing.
    assert_eq!(
        drawn("\u{1100}\u{1100}"),
        [("\u{1100}", 2), ("\u{1100}", 2)]
    );
    assert_eq!(drawn("\u{1100}가"), [("\u{1100}", 2), ("가", 2)]);
    assert_eq!(
        drawn("\u{1100}\u{1100}\u{1161}"),
        [("\u{1100}", 2), ("\u{1100}\u{1161}", 2)]
    );
    assert_eq!(
        drawn("\u{1100}\u{1161}\u{11A8}"),
        [("\u{1100}\u{1161}\u{11A8}", 2)]
    );
    assert_eq!(drawn("가\u{11A8}"), [("가\u{11A8}", 2)]);
    assert_eq!(
        drawn("\u{A960}\u{D7B0}\u{D7CB}"),
        [("\u{A960}\u{D7B0}\u{D7CB}", 2)]
    );
    assert_eq!(glyph("\u{1100}\u{1100}", Narrow).width(), 4);
    // Middle Korean tone marks: tmux gives them two columns, unicode-width none.
    assert_eq!(drawn("\u{1112}\u{119E}\u{302E}"), [("\u{1112}\u{119E}", 2)]);
    assert_eq!(drawn("가\u{302F}"), [("가", 2)]);
    // Vowels or finals with no consonant before them would be attached to the cell before.
    for lone in [
        "\u{1161}",
        "\u{11A8}",
        "\u{1161}\u{11A8}",
        "\u{D7B0}",
        "\u{D7CB}",
    ] {
        assert_eq!(glyph(lone, Narrow), Glyph::Invisible, "{lone:?}");
    }
}

#[test]
fn halfwidth_sound_marks_take_a_column_of_their_own() {
    assert_eq!(
        drawn("\u{FF76}\u{FF9E}"),
        [("\u{FF76}", 1), ("\u{FF9E}", 1)]
    );
    assert_eq!(cells("\u{FF9E}"), [("\u{FF9E}".to_string(), 1)]);
}

#[test]
fn joiners_between_letters_never_reach_the_terminal() {
    // A joiner or non-joiner outside an emoji is not drawn: the letter before it is, alone, so
    // every terminal puts the next letter where the layout does. (Escaping them instead would
    // clutter Persian and Indic text, where they are part of the spelling.)
    assert_eq!(cells("c\u{200D}"), [("c".to_string(), 1)]);
    assert_eq!(cells("a\u{200C}"), [("a".to_string(), 1)]);
    assert_eq!(cells("가\u{2060}"), [("가".to_string(), 2)]);
    let text = "c\u{200D}결합 a\u{200C}b";
    let widths: usize = text.graphemes(true).map(|g| glyph(g, Narrow).width()).sum();
    assert_eq!(widths, 1 + 4 + 1 + 1 + 1);
}

#[test]
fn half_a_flag_is_escaped() {
    assert_eq!(cells("\u{1F1F0}"), [("<U+1F1F0>".to_string(), 9)]);
    assert_eq!(cells("\u{1F1F0}\u{FE0F}"), [("<U+1F1F0>".to_string(), 9)]);
}

#[test]
fn emoji_parts_are_measured_alike_by_ratatui() {
    // ratatui measures a cell's symbol with unicode-width: for the emoji parts it must agree
    // without being told.
    for g in [
        "👍🏽",
        "\u{2764}\u{FE0F}",
        "1\u{FE0F}\u{20E3}",
        "👩🏽\u{200D}🔬",
        "\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}",
        "🫱🏻\u{200D}🫲🏿",
    ] {
        for p in parts(g, Narrow).filter(|p| p.width > 0) {
            assert_eq!(p.text.width(), usize::from(p.width), "{g:?}: {p:?}");
        }
    }
}

#[test]
fn the_rest_of_a_cluster_from_a_part_has_the_same_parts() {
    // A row may start inside a cluster wider than the pane, and is then measured from there.
    for g in [
        "\u{1100}\u{1100}\u{1100}\u{1161}",
        "\u{1100}가\u{11A8}",
        "👨\u{200D}👩\u{200D}👧\u{200D}👦",
        "👩🏽\u{200D}🔬",
        "\u{FF76}\u{FF9E}\u{FF9F}",
    ] {
        assert_eq!(g.graphemes(true).count(), 1, "{g:?}");
        let all: Vec<Part> = parts(g, Narrow).collect();
        for (i, p) in all.iter().enumerate().filter(|(_, p)| p.width > 0) {
            let rest: Vec<(usize, &str, u8)> = parts(&g[p.at..], Narrow)
                .map(|q| (p.at + q.at, q.text, q.width))
                .collect();
            let want: Vec<(usize, &str, u8)> =
                all[i..].iter().map(|q| (q.at, q.text, q.width)).collect();
            assert_eq!(rest, want, "{g:?} from {}", p.at);
        }
    }
}

#[test]
fn ambiguous_bases_follow_the_policy() {
    // ♥ is East Asian Ambiguous: with its VS16 dropped it is measured like any other.
    assert_eq!(grapheme_width_of("\u{2665}\u{FE0F}", Narrow), 1);
    assert_eq!(grapheme_width_of("\u{2665}\u{FE0F}", Wide), 2);
    assert!(matches!(
        glyph("\u{2665}\u{FE0F}", Wide),
        Glyph::Text {
            ambiguous: true,
            ..
        }
    ));
}

fn grapheme_width_of(g: &str, amb: AmbiguousWidth) -> usize {
    crate::text::width::grapheme_width(g, amb)
}

#[test]
fn plain_clusters_are_not_split() {
    for g in ["가", "a", "e\u{301}", "😀", "🇰🇷", "\u{1100}\u{1161}", "각"] {
        assert!(!is_split(g), "{g:?}");
    }
    for g in [
        "👍🏽",
        "\u{2764}\u{FE0F}",
        "\u{1100}\u{1100}",
        "\u{FF76}\u{FF9E}",
    ] {
        assert!(is_split(g), "{g:?}");
    }
}
