//! Property tests: for arbitrary text, weighted toward what breaks terminal readers (Hangul,
//! conjoining jamo, wide and ambiguous characters, zero-width marks, emoji sequences, controls)
//! and any width, layout, search, decoding and quote extraction keep their invariants.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use dokseo::corpus::decode;
use dokseo::corpus::stream::for_each_piece_in_blocks;
use dokseo::quotes::extract;
use dokseo::search::{find_all, Query};
use dokseo::text::{window, AmbiguousWidth, Layout, RowKind, Shape, WrapMode};
use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

/// Pieces that stress layout and quote scanning.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[가-힣]{1,6}",
        2 => "[a-zA-Z]{1,8}",
        3 => Just(" ".to_string()),
        1 => Just("\n".to_string()),
        1 => Just("\u{a0}\n".to_string()),
        1 => "[\u{1100}-\u{1112}][\u{1161}-\u{1175}][\u{11a8}-\u{11c2}]?",
        1 => prop::sample::select(vec!["“", "”", "‘", "’", "\"", "'", "「", "」", "『", "』", "·", "…", "※", "①"]).prop_map(String::from),
        1 => prop::sample::select(vec!["\u{301}", "\u{200b}", "\u{200d}", "\u{fe0f}", "👩‍🔬", "🇰🇷", "😀", "e\u{301}"]).prop_map(String::from),
        // Clusters terminals measure differently, drawn in parts (see `text::cluster`).
        1 => prop::sample::select(vec!["👍🏽", "\u{2764}\u{fe0f}", "1\u{fe0f}\u{20e3}", "👩🏽\u{200d}🔬", "👨\u{200d}👩\u{200d}👧\u{200d}👦", "\u{1f1f0}", "\u{ff76}\u{ff9e}", "\u{1161}"]).prop_map(String::from),
        1 => "[\u{1100}-\u{1112}]{1,8}[\u{1161}-\u{1175}]?",
        1 => prop::sample::select(vec!["\t", "\u{1b}", "\u{7}", "\u{9b}", "\u{202e}", "\u{7f}", "\r"]).prop_map(String::from),
        1 => prop::sample::select(vec!["라고 ", "고 말했다. ", "는 ", "이라며 ", "그는 ", " 교수는 "]).prop_map(String::from),
        1 => "[一-龥]{1,3}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..60).prop_map(|v| v.concat())
}

fn policy() -> impl Strategy<Value = AmbiguousWidth> {
    prop_oneof![Just(AmbiguousWidth::Narrow), Just(AmbiguousWidth::Wide)]
}

fn mode() -> impl Strategy<Value = WrapMode> {
    prop_oneof![Just(WrapMode::Words), Just(WrapMode::Anywhere)]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn rows_fit_cover_the_text_and_never_split_a_character(text in text(), width in 1u16..300, amb in policy(), mode in mode()) {
        // Layout works on decoded text, which never holds CR.
        let text = text.replace('\r', "\n");
        let layout = Layout::new(&text, width, mode, amb);
        let mut covered = String::new();
        let mut last_start = None;
        for row in layout.rows() {
            prop_assert!(text.is_char_boundary(row.start) && text.is_char_boundary(row.start + row.len as usize));
            if let Some(prev) = last_start {
                prop_assert!(row.start > prev, "row starts must increase");
            }
            last_start = Some(row.start);
            let slice = &text[row.range()];
            if row.kind == RowKind::Gap {
                prop_assert!(slice.is_empty());
                continue;
            }
            prop_assert!(!slice.contains('\n'));
            let visible = slice.trim_end_matches(char::is_whitespace);
            // A row is never wider than the pane, unless it holds one cluster that cannot fit
            // anywhere (a wide character at width 1, an escape wider than the pane).
            let clusters = visible.graphemes(true).filter(|g| !g.chars().all(char::is_whitespace)).count();
            prop_assert!(usize::from(row.width) <= usize::from(width) || clusters == 1,
                "row {:?} is {} wide at width {}", slice, row.width, width);
            covered.push_str(slice);
        }
        let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        prop_assert_eq!(squeeze(&covered), squeeze(&text));
    }

    #[test]
    fn wrapping_in_slices_as_text_arrives_and_windows_agree_with_one_pass(
        text in text(), width in 1u16..120, amb in policy(), mode in mode(),
        budget in 0usize..64, cut in 0usize..400, at in 0usize..400,
    ) {
        let text = text.replace('\r', "\n");
        let whole = Layout::new(&text, width, mode, amb);
        // The text arrives in two pieces, cut at a character boundary; wrapping goes on in
        // slices of `budget` bytes.
        let mut cut = cut.min(text.len());
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let mut sliced = Layout::starting_at(0, false, width, mode, amb);
        while !sliced.extend(&text[..cut], false, budget) {}
        while !sliced.extend(&text, true, budget) {}
        prop_assert_eq!(sliced.rows(), whole.rows());
        // A window around any offset has the same rows as the whole layout there.
        let shape = Shape { width, mode, amb };
        let w = window(&text, true, at.min(text.len()), 3, 3, shape);
        if let Some(first) = w.rows().first() {
            let from = whole.rows().iter().position(|r| r.start == first.start && r.kind == first.kind);
            let from = from.unwrap_or(usize::MAX);
            prop_assert!(from != usize::MAX, "window starts at a row of the whole layout");
            prop_assert_eq!(&whole.rows()[from..from + w.len()], w.rows());
        }
    }

    #[test]
    fn text_decoded_in_small_blocks_equals_text_decoded_whole(
        text in text(), block in 4usize..40, bom in any::<bool>(),
    ) {
        // Valid UTF-8 (with CR, CRLF, jamo, controls): reading it block by block, as a big file
        // is read, gives the same clean text as decoding it whole.
        let mut bytes = if bom { b"\xEF\xBB\xBF".to_vec() } else { Vec::new() };
        bytes.extend(text.as_bytes());
        let whole = decode(&bytes);
        let mut pieces = Vec::new();
        let streamed = for_each_piece_in_blocks(&bytes[..], block, |p| {
            pieces.push(p);
            true
        });
        match (whole, streamed) {
            (Ok(d), Ok(s)) => {
                prop_assert_eq!(pieces.concat(), d.text);
                prop_assert_eq!(s.encoding, "UTF-8");
            }
            (Err(_), Err(_)) => {}
            (w, s) => prop_assert!(false, "whole {:?} but streamed {:?}", w.map(|d| d.encoding), s.map(|s| s.encoding)),
        }
    }

    #[test]
    fn the_quick_reject_never_drops_what_the_matcher_accepts(
        text in text(), pattern in "[a-zA-Z가-힣 .Ä-ÿ]{1,4}",
    ) {
        use fuzzy_matcher::FuzzyMatcher;
        let skim = fuzzy_matcher::skim::SkimMatcherV2::default().ignore_case();
        let ours = Query::new(&pattern);
        prop_assume!(!ours.uses_initials());
        prop_assert_eq!(
            ours.score(&text).is_some(),
            skim.fuzzy_match(&text, pattern.trim()).is_some() || pattern.trim().is_empty()
        );
        prop_assert_eq!(Query::quick(&pattern).score(&text).is_some(), ours.score(&text).is_some());
        // A pattern taken from the text itself (every third character), so matches are common.
        let taken: String = text.chars().filter(|c| !c.is_whitespace()).step_by(3).take(4).collect();
        let ours = Query::new(&taken);
        if !ours.uses_initials() && !taken.is_empty() {
            prop_assert_eq!(ours.score(&text).is_some(), skim.fuzzy_match(&text, &taken).is_some());
            // The quick ranking keeps the same matches; only the order may differ.
            prop_assert_eq!(Query::quick(&taken).score(&text).is_some(), ours.score(&text).is_some());
        }
    }

    #[test]
    fn search_offsets_land_on_boundaries_and_match(text in text(), needle in "[가-힣a-z]{1,2}") {
        for m in find_all(&text, &needle) {
            prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            prop_assert_eq!(text[m].to_lowercase(), needle.to_lowercase());
        }
    }

    #[test]
    fn quote_spans_lie_inside_the_text_on_boundaries(text in text()) {
        let text = text.replace('\r', "\n");
        for q in extract(&text) {
            prop_assert!(q.span.start <= q.inner.start && q.inner.end <= q.span.end && q.span.end <= text.len());
            for at in [q.span.start, q.span.end, q.inner.start, q.inner.end] {
                prop_assert!(text.is_char_boundary(at));
            }
            prop_assert!(!text[q.span.clone()].trim_end_matches('\n').contains('\n'), "a quote never runs past a paragraph");
        }
    }

    #[test]
    fn decoding_never_panics_and_gives_clean_text(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        if let Ok(d) = decode(&bytes) {
            prop_assert!(!d.text.contains('\r'));
            let bom = '\u{feff}';
            prop_assert!(!d.text.starts_with(bom));
        }
    }
}

#[test]
fn ten_thousand_nested_quotes_do_not_overflow() {
    let text = format!("{}말{}", "“‘".repeat(5_000), "’”".repeat(5_000));
    let quotes = extract(&text);
    assert!(quotes.iter().all(|q| q.span.end <= text.len()));
}
