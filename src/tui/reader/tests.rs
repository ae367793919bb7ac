use super::*;
use crate::corpus::seeds;

fn pane(doc: &Document) -> Pane<'_> {
    reader().pane(0, doc, Some(Rect::new(0, 0, 60, 20)))
}

fn reader() -> Reader {
    Reader::new([0], WrapMode::Words, AmbiguousWidth::Narrow, Reflow::Auto)
}

/// `piece` arriving `times` more times, taken as the background step takes text: each piece,
/// then the last page again if the view follows the end.
fn arrive(r: &mut Reader, doc: &mut Document, piece: &str, times: usize) {
    for _ in 0..times {
        doc.append(piece);
        r.pages_mut().arrived(0, doc);
        if r.pages().follows_end(0) {
            r.pages_mut().catch_up(&pane(doc));
        }
    }
}

#[test]
fn a_percent_count_is_complete_as_typed() {
    let doc = &seeds()[0];
    let mut r = reader();
    assert_eq!(r.update(Action::Count('5'), &pane(doc)), Outcome::Stay);
    assert_eq!(r.count(), "5");
    r.update(Action::Count('0'), &pane(doc));
    let read = r.update(Action::Count('%'), &pane(doc));
    assert_eq!(read, Outcome::Focus(Focus::Reader));
    assert_eq!(r.count(), "", "the count is used up");
    assert!(r.pages().top(0) > 0);
    assert!(matches!(
        r.update(Action::Count('%'), &pane(doc)),
        Outcome::Say(_)
    ));
}

#[test]
fn a_count_means_a_line_before_g_and_rows_before_j() {
    let doc = &seeds()[0];
    let mut r = reader();
    assert_eq!(
        r.counted("3", Action::Top, &pane(doc)),
        Some(Outcome::Focus(Focus::Reader))
    );
    assert_eq!(doc.line_of(r.pages().top(0)), 3);
    assert_eq!(r.counted("3", Action::OpenFinder, &pane(doc)), None);
    let before = r.pages().top_row(&pane(doc));
    r.counted("2", Action::ScrollRows(1), &pane(doc));
    assert_eq!(r.pages().top_row(&pane(doc)), before + 2);
}

#[test]
fn describe_says_the_lines_and_bytes_the_page_shows() {
    let doc = &seeds()[0];
    let mut r = reader();
    let Outcome::Say(at_top) = r.update(Action::Describe, &pane(doc)) else {
        panic!("= says where the page is");
    };
    let lines = doc.line_count();
    assert!(
        at_top.starts_with("lines 1-") && at_top.ends_with(&format!(") · {}", doc.name)),
        "{at_top}"
    );
    assert!(at_top.contains(&format!(" of {lines} · byte ")), "{at_top}");
    r.update(Action::Bottom, &pane(doc));
    let len = doc.text.len();
    assert!(
        r.describe(&pane(doc))
            .contains(&format!("of {lines} · byte {len} of {len} (100%)")),
        "{}",
        r.describe(&pane(doc))
    );
}

#[test]
fn matches_are_stepped_round_and_a_missing_search_is_said() {
    let doc = &seeds()[0];
    let mut r = reader();
    assert!(matches!(
        r.update(Action::StepMatch(true), &pane(doc)),
        Outcome::Say(_)
    ));
    r.run_search(&pane(doc), "의", 0, false);
    let n = r.search(0).map_or(0, |s| s.matches().len());
    assert!(n > 1);
    r.update(Action::StepMatch(false), &pane(doc));
    assert_eq!(r.search(0).and_then(|s| s.current), Some(n - 1));
    assert!(r.search(1).is_none(), "the search belongs to its document");
    assert!(matches!(
        r.run_search(&pane(doc), "re:(", 0, false),
        Outcome::Say(m) if m.starts_with("Bad pattern")
    ));
    r.run_search(&pane(doc), "없는말없는말", 0, false);
    assert!(r.found_nothing());
    assert!(r.clear_search() && !r.clear_search());
}

#[test]
fn tables_scroll_sideways_while_prose_wraps() {
    let table = format!("| 이름 | {} |\n|---|---|\n", "아주 긴 칸 ".repeat(20));
    let doc = Document::new("t.md", format!("# 표\n\n{table}\n끝.\n"), "UTF-8", false);
    let mut r = reader();
    r.pages_mut().ensure(&pane(&doc));
    assert_eq!(
        r.update(Action::ScrollColumns(1), &pane(&doc)),
        Outcome::Stay
    );
    assert_eq!(r.hscroll(), 30, "half of the 60 columns of text");
    r.update(Action::ScrollColumns(-1), &pane(&doc));
    assert_eq!(r.hscroll(), 0);
    let plain = Document::new("p.txt", "짧은 글.\n".into(), "UTF-8", false);
    let mut r = reader();
    r.pages_mut().ensure(&pane(&plain));
    assert!(
        matches!(r.update(Action::ScrollColumns(1), &pane(&plain)), Outcome::Say(m) if m.contains("S chops")),
        "nothing is wider than the pane"
    );
    assert_eq!(r.hscroll(), 0);
}

#[test]
fn a_document_read_again_goes_back_to_its_place_once_the_text_reaches_it() {
    let text = "가나다라 마바사.\n".repeat(2_000);
    let mut r = Reader::new(
        [9_000],
        WrapMode::Words,
        AmbiguousWidth::Narrow,
        Reflow::Auto,
    );
    r.pages_mut().reloading(0);
    assert_eq!(
        r.pages().top(0),
        0,
        "from the start while the new text arrives"
    );
    let mut doc = Document::pending("a.txt", Some(text.len() as u64));
    doc.append(&text[..7_992]);
    r.pages_mut().arrived(0, &doc);
    assert_eq!(r.pages().top(0), 0, "the place has not arrived yet");
    doc.append(&text[7_992..]);
    r.pages_mut().arrived(0, &doc);
    assert_eq!(r.pages().top(0), 9_000);
    // The place is taken once: what is restored after is the saved place, as usual.
    r.pages_mut().restore(0, &doc, Some(24));
    assert_eq!(r.pages().top(0), 24);
}

/// `N%` of a mapped file still loading is of the whole file: a place not read yet is shown as
/// soon as the text reaches it, the end followed until then; a move before cancels it.
#[test]
fn a_percentage_of_a_loading_file_waits_for_its_place() {
    let part = "한 줄의 글입니다.\n".repeat(100);
    let whole = part.repeat(10);
    let land = |moved: bool| {
        let (_file, mut doc) = crate::testing::mapped_loading(&whole, part.len());
        let mut r = reader();
        r.go_percent(&pane(&doc), 50);
        assert!(r.pages().follows_end(0));
        if moved {
            r.pages_mut().scroll(&pane(&doc), -1);
        }
        arrive(&mut r, &mut doc, &part, 6);
        doc.line_of(r.pages().top(0))
    };
    // Half of a thousand lines: the page starts at line 501, and stays once more arrives.
    assert_eq!(land(false), 501);
    assert!(land(true) < 100);
}

/// A jump after `N%` (another percentage, a search hit, a bookmark) puts the view there for
/// good: it no longer follows the end as text arrives.
#[test]
fn a_jump_after_a_percentage_ahead_stays_put() {
    let part = "한 줄의 글입니다.\n".repeat(100);
    let whole = part.repeat(10);
    let (_file, mut doc) = crate::testing::mapped_loading(&whole, part.len());
    let mut r = reader();
    r.go_percent(&pane(&doc), 80);
    assert!(r.pages().follows_end(0));
    // Five percent of the whole (line 51) has arrived once more text does.
    doc.append(&part);
    r.go_percent(&pane(&doc), 5);
    assert!(!r.pages().follows_end(0));
    let at = r.pages().top(0);
    arrive(&mut r, &mut doc, &part, 8);
    assert_eq!(r.pages().top(0), at);
    assert_eq!(doc.line_of(at), 51);
}

/// A file whose text is not its bytes (decoded, or not mapped) has no known whole length while
/// it loads: `N%` is of the part read so far, as before.
#[test]
fn a_percentage_of_an_unmapped_loading_file_is_of_what_arrived() {
    let part = "한 줄의 글입니다.\n".repeat(100);
    let mut doc = Document::pending("a.txt", Some(part.len() as u64 * 10));
    doc.append(&part);
    let mut r = reader();
    r.go_percent(&pane(&doc), 50);
    assert!(!r.pages().follows_end(0));
    assert_eq!(doc.line_of(r.pages().top(0)), 51);
}

/// A jump made while a document loads (a line, a percentage, a match) is the user's move: the
/// saved place that comes once the text is whole does not take the view away from it.
#[test]
fn a_jump_while_loading_outlasts_the_saved_place() {
    let part = "한 줄의 글입니다.\n".repeat(100);
    let mut doc = Document::pending("a.txt", Some(part.len() as u64 * 2));
    doc.append(&part);
    let mut r = reader();
    r.go_line(&pane(&doc), 40);
    let at = r.pages().top(0);
    assert_eq!(doc.line_of(at), 40);
    doc.append(&part);
    let saved = doc.line_start(150);
    r.pages_mut().restore(0, &doc, Some(saved));
    assert_eq!(r.pages().top(0), at);
    // Without a move, the saved place is taken.
    let mut fresh = reader();
    fresh.pages_mut().restore(0, &doc, Some(saved));
    assert_eq!(fresh.pages().top(0), saved);
}

/// Reading a file again while a place asked for ahead is still awaited goes to that place
/// once the new text reaches it, not to the end where the view was waiting.
#[test]
fn a_reload_keeps_a_place_asked_for_ahead() {
    let part = "한 줄의 글입니다.\n".repeat(100);
    let whole = part.repeat(10);
    let (_file, doc) = crate::testing::mapped_loading(&whole, part.len());
    let mut r = reader();
    r.go_percent(&pane(&doc), 70);
    r.pages_mut().reloading(0);
    let (_again, mut doc) = crate::testing::mapped_loading(&whole, part.len());
    arrive(&mut r, &mut doc, &part, 8);
    assert_eq!(doc.line_of(r.pages().top(0)), 701);
}

/// `100%` (or a place within the last page) of a document whose rows are not all made yet
/// shows the last full page, as `G` does, not the last line alone above blank rows.
#[test]
fn the_last_percent_shows_a_full_last_page() {
    let text: String = (0..6000)
        .map(|i| format!("{i}번째 문단이다.\n\n"))
        .collect();
    let doc = Document::new("t.txt", text, "UTF-8", false);
    let mut r = reader();
    r.go_percent(&pane(&doc), 100);
    let p = pane(&doc);
    let layout = r.pages().layout(&p).unwrap_or_else(|| panic!("rows"));
    let top = r.pages().top_row(&p);
    assert_eq!(layout.len() - top, usize::from(p.rows), "a full page");
    let last = layout.rows().last().map(|row| &doc.text[row.range()]);
    assert_eq!(last, Some("5999번째 문단이다."));
}

/// A line not read yet (`150G` while the first hundred lines are here) is shown as soon as it
/// begins, the end followed until then, as a percentage ahead is.
#[test]
fn a_line_ahead_of_the_text_is_shown_once_it_begins() {
    let part = "한 줄의 글입니다.\n".repeat(100);
    let mut doc = Document::pending("a.txt", None);
    doc.append(&part);
    let mut r = reader();
    assert_eq!(r.go_line(&pane(&doc), 150), Outcome::Focus(Focus::Reader));
    assert!(r.pages().follows_end(0));
    arrive(&mut r, &mut doc, &part, 3);
    assert!(!r.pages().follows_end(0));
    assert_eq!(doc.line_of(r.pages().top(0)), 150);
}
