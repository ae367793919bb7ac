//! The whole reading pipeline on arbitrary bytes: decode -> layout -> quote extraction ->
//! attribution (catalog), plus search, checking the invariants the reader relies on.
//!
//! Input: byte 0 picks the pane width, byte 1 picks the search query, the rest is the file.
//! When the file is valid UTF-8 it is also fed to layout and extraction as is (not decoded),
//! so text with CR, BOMs and non-NFC forms is covered too.
//!
//! Every stage that also runs piecemeal while a big file loads (a document growing by
//! `append`, a layout growing by `extend` in budgeted slices, a window of rows around an
//! offset, a catalog fed a chunk of quotes at a time) must agree with the one-shot result.
#![no_main]

use dokseo::catalog::Catalog;
use dokseo::corpus::{decode, Document};
use dokseo::quotes::{quote_text, Quote};
use dokseo::search::{find_all, initial_consonant, Query};
use dokseo::text::glyph::{escape, sanitize_line};
use dokseo::text::wrap::tab_width;
use dokseo::text::wrap::CHOP_COLUMNS;
use dokseo::text::{glyph, window, AmbiguousWidth, Glyph, Layout, RowKind, Shape, WrapMode};
use libfuzzer_sys::fuzz_target;
use unicode_segmentation::UnicodeSegmentation;

fuzz_target!(|data: &[u8]| {
    let [w, q, ref file @ ..] = *data else {
        return;
    };
    let width = pane_width(w);
    let raw = std::str::from_utf8(file).ok();
    let mut docs = Vec::new();
    if let Ok(d) = decode(file) {
        assert!(!d.text.contains('\r'), "decoded text keeps CR");
        // A doubled BOM once left the second U+FEFF here (tests/fuzz_regressions.rs).
        assert!(
            !d.text.starts_with('\u{feff}'),
            "decoded text keeps the BOM"
        );
        check_text(&d.text, width, q);
        check_document(&d.text, d.encoding, d.lossy, q);
        docs.push(Document::new("f", d.text, d.encoding, d.lossy));
    }
    // Most UTF-8 input decodes to itself: only text that decoding changed (CR, BOM, non-NFC)
    // is checked again, and then the catalog holds two documents, so speakers are merged
    // across documents too.
    if let Some(text) = raw.filter(|&t| docs.first().is_none_or(|d| d.text != t)) {
        check_text(text, width, q);
        docs.push(Document::new("raw", text.to_string(), "UTF-8", false));
    }
    // Catalog::build runs the extraction: its quotes are the ones checked.
    check_catalog(&docs);
});

/// 1..=128 one for one (narrow panes are where wrapping goes wrong), then up to 300.
fn pane_width(b: u8) -> u16 {
    let b = u16::from(b);
    if b < 128 {
        b + 1
    } else {
        (129 + (b - 128) * 172 / 127).min(300)
    }
}

fn check_text(text: &str, width: u16, q: u8) {
    // The piecemeal layouts are checked for one of the four shapes (picked by the length, so
    // all four get their turn): that costs about as much as the four whole layouts.
    let mut shapes = 0;
    for mode in [WrapMode::Words, WrapMode::Anywhere] {
        for amb in [AmbiguousWidth::Narrow, AmbiguousWidth::Wide] {
            let whole = check_layout(text, width, mode, amb);
            if shapes == text.len() % 4 {
                check_piecemeal_layout(text, &whole, Shape { width, mode, amb }, q);
            }
            shapes += 1;
        }
    }
    check_search(text, q);
    let clean = sanitize_line(text);
    assert!(
        !clean
            .chars()
            .any(|c| c == '\t' || c == '\n' || escape(c).is_some()),
        "sanitize_line left a control character"
    );
}

fn check_layout(text: &str, width: u16, mode: WrapMode, amb: AmbiguousWidth) -> Layout {
    let layout = Layout::new(text, width, mode, amb);
    assert_eq!(layout.width(), width);
    let mut prev_start = None;
    for (i, row) in layout.rows().iter().enumerate() {
        let end = row.start + row.len as usize;
        assert!(
            end <= text.len(),
            "row {row:?} past the end of {} bytes",
            text.len()
        );
        assert!(
            text.is_char_boundary(row.start) && text.is_char_boundary(end),
            "row {row:?} splits a character"
        );
        if let Some(prev) = prev_start {
            assert!(row.start > prev, "row starts must increase: {row:?}");
        }
        prev_start = Some(row.start);
        assert_eq!(
            layout.row_of(row.start),
            i,
            "row_of disagrees with the rows"
        );
        let slice = &text[row.range()];
        if row.kind == RowKind::Gap {
            assert!(
                slice.is_empty() && row.width == 0,
                "gap row {row:?} holds text"
            );
            continue;
        }
        assert!(!slice.contains('\n'), "row {slice:?} runs past its line");
        // A row only overflows when it holds one cluster that fits nowhere (a wide character at
        // width 1, a `<U+202E>` escape in a pane narrower than 8), or when it is a table row,
        // which keeps one row up to CHOP_COLUMNS wide and is cut at the pane's edge when drawn.
        let clusters = slice
            .graphemes(true)
            .filter(|g| !g.chars().all(char::is_whitespace))
            .count();
        let limit = if row.kind == RowKind::Unwrapped {
            CHOP_COLUMNS
        } else {
            width
        };
        assert!(
            row.width <= limit || clusters == 1,
            "row {slice:?} is {} wide at width {width} ({mode:?}, {amb:?})",
            row.width
        );
        // The width the row says is the width the renderer draws (trailing spaces hang).
        let mut col = 0;
        let mut drawn = 0;
        for g in slice.graphemes(true) {
            col += match glyph(g, amb) {
                Glyph::Tab => tab_width(col),
                other => other.width(),
            };
            if !g.chars().all(char::is_whitespace) {
                drawn = col;
            }
        }
        assert_eq!(
            usize::from(row.width),
            drawn,
            "row {slice:?} is drawn {drawn} wide but says {}",
            row.width
        );
    }
    // Rows cover every visible character of the text, in order.
    let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let covered: String = layout
        .rows()
        .iter()
        .map(|r| squeeze(&text[r.range()]))
        .collect();
    assert_eq!(covered, squeeze(text), "rows lose or repeat text");
    layout
}

/// A layout grown in budgeted slices, a layout following a growing text, and a window around
/// an offset all have the rows of the whole layout.
fn check_piecemeal_layout(text: &str, whole: &Layout, shape: Shape, q: u8) {
    let Shape { width, mode, amb } = shape;
    let budget = 1 + usize::from(q) * 3;
    let mut sliced = Layout::starting_at(0, false, width, mode, amb);
    let mut steps = 0;
    while !sliced.extend(text, true, budget) {
        steps += 1;
        assert!(steps <= text.len(), "extend makes no progress");
    }
    assert_eq!(
        sliced.rows(),
        whole.rows(),
        "sliced layout differs (budget {budget})"
    );
    assert_eq!(sliced.done(), text.len());

    // The text arrives in pieces cut anywhere (on character boundaries).
    let mut growing = Layout::starting_at(0, false, width, mode, amb);
    let step = 1 + usize::from(q) * 7;
    let mut cut = 0;
    while cut < text.len() {
        cut = floor_boundary(text, cut + step).max(ceil_boundary(text, cut + 1));
        while !growing.extend(&text[..cut], cut == text.len(), budget) {}
        assert!(growing.done() <= cut);
    }
    assert_eq!(
        growing.rows(),
        whole.rows(),
        "layout of a growing text differs"
    );

    let offset = floor_boundary(text, text.len() * usize::from((q >> 2) & 15) / 16);
    let (back, fwd) = (usize::from(q & 7), usize::from((q >> 3) & 7));
    for complete in [true, false] {
        let win = window(text, complete, offset, back, fwd, shape);
        let Some(first) = win.rows().first() else {
            continue;
        };
        let from = whole.row_of(first.start);
        assert_eq!(
            whole.rows().get(from..from + win.len()),
            Some(win.rows()),
            "window at {offset} (complete: {complete}) differs from the whole layout"
        );
    }
}

fn floor_boundary(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn ceil_boundary(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// A document filled piece by piece, as the loader does, is the document made at once.
fn check_document(text: &str, encoding: &'static str, lossy: bool, q: u8) {
    let whole = Document::new("f", text.to_string(), encoding, lossy);
    let mut doc = Document::pending("f", None);
    let step = 1 + usize::from(q.rotate_left(4)) * 5;
    let mut at = 0;
    while at < text.len() {
        let to = floor_boundary(text, at + step).max(ceil_boundary(text, at + 1));
        doc.append(&text[at..to]);
        at = to;
    }
    doc.finish(encoding, lossy);
    assert_eq!(doc.text, whole.text);
    assert_eq!(
        doc.meta, whole.meta,
        "meta of a document filled in pieces differs"
    );
    assert_eq!(doc.content_hash(), whole.content_hash());
    assert_eq!(doc.line_count(), whole.line_count());
    for line in 1..=whole.line_count() + 1 {
        assert_eq!(doc.line_start(line), whole.line_start(line));
    }
}

fn check_quotes(text: &str, quotes: &[Quote]) {
    let mut prev = 0;
    for q in quotes {
        assert!(
            q.span.start <= q.inner.start
                && q.inner.start <= q.inner.end
                && q.inner.end <= q.span.end
                && q.span.end <= text.len(),
            "quote ranges out of order or outside the text: {q:?}"
        );
        for at in [q.span.start, q.span.end, q.inner.start, q.inner.end] {
            assert!(text.is_char_boundary(at), "quote {q:?} splits a character");
        }
        assert!(q.span.start >= prev, "quotes not sorted by start");
        prev = q.span.start;
        assert_eq!(quote_text(text, q), &text[q.inner.clone()]);
        assert!(
            !text[q.span.clone()].trim_end_matches('\n').contains('\n'),
            "quote {q:?} runs past its paragraph"
        );
        assert!(
            q.speaker.is_some() || (q.speaker_as_written.is_none() && q.role.is_none()),
            "written form or role without a speaker: {q:?}"
        );
    }
}

/// A query cut from the text itself (so it usually matches), shaped by `q`: bits 0-1 are its
/// length in characters minus one, bits 2-5 where it starts, bits 6-7 its form.
fn check_search(text: &str, q: u8) {
    let chars: Vec<char> = text.chars().collect();
    let len = usize::from(q & 3) + 1;
    let at = chars.len() * usize::from((q >> 2) & 15) / 16;
    let piece = chars.iter().skip(at).take(len);
    let needle: String = match q >> 6 {
        0 => piece.collect(),
        // Initial consonants: the 초성 path of `Query`.
        1 => piece.map(|&c| initial_consonant(c)).collect(),
        2 => piece.flat_map(|c| c.to_uppercase()).collect(),
        _ => chars.iter().rev().take(len).collect(),
    };
    if let Some(m) = Query::new(&needle).matches(text) {
        assert!(
            m.positions.windows(2).all(|w| w[0] < w[1]),
            "match positions not ascending: {:?}",
            m.positions
        );
        assert!(
            m.positions.iter().all(|&p| p < chars.len()),
            "match position past the text"
        );
    }
    // As `search::fold`: one character in, one out.
    let fold = |c: char| {
        let mut lower = c.to_lowercase();
        match (lower.next(), lower.next()) {
            (Some(l), None) => l,
            _ => c,
        }
    };
    for r in find_all(text, &needle) {
        assert!(
            r.start < r.end && r.end <= text.len(),
            "find_all range {r:?} empty or outside the text"
        );
        assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        assert!(
            text[r.clone()]
                .chars()
                .map(fold)
                .eq(needle.chars().map(fold)),
            "find_all hit {:?} at {r:?} does not match {needle:?}",
            &text[r.clone()]
        );
    }
}

fn check_catalog(docs: &[Document]) {
    let cat = Catalog::build(docs);
    assert_eq!(cat.quotes.len(), docs.len());
    // The loader adds a document's quotes a chunk at a time: same speakers, same indices.
    let mut chunked = Catalog::default();
    for (d, quotes) in cat.quotes.iter().enumerate() {
        let (a, b) = quotes.split_at(quotes.len() / 2);
        chunked.add(d, a.to_vec());
        chunked.add(d, b.to_vec());
    }
    assert_eq!(chunked.quotes, cat.quotes);
    assert_eq!(
        chunked.speakers(),
        cat.speakers(),
        "chunked catalog differs"
    );
    for (d, doc) in docs.iter().enumerate() {
        check_quotes(&doc.text, &cat.quotes[d]);
        for q in &cat.quotes[d] {
            let (line, col) = doc.line_col(q.span.start);
            assert!(line >= 1 && line <= doc.line_count().max(1) && col >= 1);
        }
    }
    for id in cat.ids() {
        assert_eq!(chunked.speaker_index(id), cat.speaker_index(id));
        let quote = cat.quote(id).expect("ids name quotes");
        match cat.speaker_index(id) {
            Some(si) => {
                let s = cat.speakers().get(si).expect("speaker index in range");
                assert!(s.quotes.contains(&id), "speaker {si} does not list {id:?}");
                assert!(
                    quote.speaker.is_some(),
                    "{id:?} has an index but no speaker"
                );
                let (pos, n) = cat.position_in_speaker(id).expect("quote has a position");
                assert!(pos >= 1 && pos <= n && n == s.quotes.len());
                let next = cat
                    .step_same_speaker(id, true)
                    .expect("a speaker has a quote");
                assert!(s.quotes.contains(&next));
                let back = cat.step_same_speaker(next, false).expect("and back");
                assert!(s.quotes.contains(&back));
            }
            None => assert!(quote.speaker.is_none(), "{id:?} has a speaker but no index"),
        }
        let next = cat.step(Some(id), true).expect("a non-empty catalog steps");
        assert!(cat.quote(next).is_some());
        let back = cat
            .step(Some(id), false)
            .expect("a non-empty catalog steps back");
        assert!(cat.quote(back).is_some());
        assert!(cat.first_at_or_after(id.0, quote.span.start).is_some());
    }
    assert_eq!(cat.step(None, true).is_none(), cat.is_empty());
    for (si, s) in cat.speakers().iter().enumerate() {
        assert!(!s.quotes.is_empty(), "speaker {si} has no quotes");
        assert!(
            s.quotes.windows(2).all(|w| w[0] < w[1]),
            "speaker {si} quotes not sorted: {:?}",
            s.quotes
        );
        assert!(s.documents.windows(2).all(|w| w[0] < w[1]));
        for &(d, q) in &s.quotes {
            assert!(
                cat.quote((d, q)).is_some(),
                "speaker {si} lists a missing quote"
            );
            assert!(s.documents.contains(&d));
        }
    }
}
