//! Quotes and popups: the finder, `]`/`[` and `}`/`{`, the speaker list, copying a quote, and
//! moving in every popup list by keys and clicks.

use super::tests::{app, type_into};
use super::*;
use ratatui::layout::Rect;

#[test]
fn finder_jumps_to_a_quote_and_speaker_steps_follow_it() {
    let mut a = app(100, 30);
    a.update(Action::OpenFinder);
    type_into(&mut a, "sattigeri");
    a.update(Action::Confirm);
    assert!(a.popup().is_none());
    assert_eq!(a.focus(), Focus::Reader);
    let first = a.current_quote().unwrap();
    assert_eq!(
        a.catalog().speaker(first).unwrap().name,
        "Prasanna Sattigeri"
    );
    assert_eq!(a.quote_status().as_deref(), Some("Prasanna Sattigeri 1/4"));
    // The quote is on screen.
    let layout = a.layout().unwrap();
    let row = layout.row_of(a.catalog().quote(first).unwrap().span.start);
    let page = usize::from(a.areas().text.unwrap().height);
    assert!((a.top_row()..a.top_row() + page).contains(&row));
    a.update(Action::StepSpeaker(true));
    assert_eq!(a.quote_status().as_deref(), Some("Prasanna Sattigeri 2/4"));
    for _ in 0..3 {
        a.update(Action::StepSpeaker(true));
    }
    assert_eq!(
        a.quote_status().as_deref(),
        Some("Prasanna Sattigeri 1/4"),
        "wraps around"
    );
    a.update(Action::StepSpeaker(false));
    assert_eq!(a.quote_status().as_deref(), Some("Prasanna Sattigeri 4/4"));
}

#[test]
fn bracket_keys_walk_quotes_across_documents() {
    let mut a = app(100, 30);
    a.update(Action::StepQuote(true));
    assert_eq!(a.current_quote(), Some((0, 0)));
    let total = a.catalog().len();
    for _ in 0..total {
        a.update(Action::StepQuote(true));
    }
    assert_eq!(
        a.current_quote(),
        Some((0, 0)),
        "a full lap returns to the start"
    );
    a.update(Action::StepQuote(false));
    assert_eq!(a.current_quote().map(|q| q.0), Some(a.docs().len() - 1));
    assert_eq!(a.selected(), a.docs().len() - 1);
}

#[test]
fn speakers_view_enter_lists_that_speakers_quotes_in_the_finder() {
    let mut a = app(100, 30);
    a.update(Action::OpenSpeakers);
    a.update(Action::PopupMove(2));
    let Some(Popup::Speakers(view)) = a.popup() else {
        panic!("the speakers view")
    };
    let speaker = view.current().unwrap();
    a.update(Action::Confirm);
    let Some(Popup::Finder(finder)) = a.popup() else {
        panic!("the finder")
    };
    assert_eq!(finder.speaker(), Some(speaker));
    let quotes = a.catalog().speakers()[speaker].quotes.clone();
    let listed: Vec<_> = finder.hits().iter().map(|h| h.id()).collect();
    assert_eq!(listed, quotes, "that speaker's quotes, and only those");
    a.update(Action::Confirm);
    assert_eq!(a.current_quote(), quotes.first().copied());
    // Ctrl-Y in the finder copies the highlighted quote's speaker as Markdown.
    a.update(Action::OpenSpeakers);
    a.update(Action::Confirm);
    a.update(Action::CopyMarkdown);
    assert!(matches!(a.take_effects().pop(), Some(Effect::Clipboard(_))));
    assert!(a.message().is_some_and(|m| m.contains("as Markdown")));
}

#[test]
fn copy_sends_the_citation_as_osc52() {
    let mut a = app(100, 30);
    a.update(Action::CopyQuote);
    assert!(a.take_effects().is_empty());
    assert!(a.message().is_some());
    a.update(Action::OpenFinder);
    type_into(&mut a, "ㅇㄷㅂㅅ");
    a.update(Action::Confirm);
    a.update(Action::CopyQuote);
    let Some(Effect::Clipboard(osc)) = a.take_effects().pop() else {
        panic!("no clipboard effect")
    };
    let payload = osc
        .strip_prefix("\u{1b}]52;c;")
        .and_then(|s| s.strip_suffix('\u{7}'))
        .unwrap();
    use base64::Engine;
    let text = String::from_utf8(
        base64::engine::general_purpose::STANDARD
            .decode(payload)
            .unwrap(),
    )
    .unwrap();
    assert!(
        text.starts_with('“') && text.contains("” — 차가타이 오다바시, "),
        "{text}"
    );
    assert!(text.ends_with("2025-01-31"), "{text}");
}

#[test]
fn finder_backspace_removes_a_whole_syllable() {
    let mut a = app(100, 30);
    a.update(Action::OpenFinder);
    type_into(&mut a, "오다");
    a.update(Action::Backspace);
    match a.popup() {
        Some(Popup::Finder(f)) => assert_eq!(f.query(), "오"),
        other => panic!("finder closed: {other:?}"),
    }
    a.update(Action::ClosePopup);
    assert!(a.popup().is_none());
}

#[test]
fn clicking_a_finder_row_highlights_it() {
    let mut a = app(100, 30);
    a.update(Action::OpenFinder);
    let area = crate::tui::layout::centered(Rect::new(0, 0, 100, 30), 90, 80);
    // Frame, input line, then rows: click the fourth row.
    a.update(Action::Click {
        column: area.x + 10,
        row: area.y + 2 + 3,
    });
    match a.popup() {
        Some(Popup::Finder(f)) => assert_eq!(f.selected(), 3),
        other => panic!("finder closed: {other:?}"),
    }
    // Outside the list: nothing changes.
    a.update(Action::Click { column: 0, row: 0 });
    match a.popup() {
        Some(Popup::Finder(f)) => assert_eq!(f.selected(), 3),
        other => panic!("finder closed: {other:?}"),
    }
}

#[test]
fn every_popup_list_moves_with_the_keys() {
    let mut a = app(100, 30);
    a.update(Action::Open);
    for label in ["하나", "둘"] {
        a.update(Action::StartBookmark);
        type_into(&mut a, label);
        a.update(Action::Confirm);
        a.update(Action::ScrollRows(5));
    }
    a.update(Action::OpenBookmarks);
    a.update(Action::PopupMove(1));
    assert!(matches!(a.popup(), Some(Popup::Bookmarks(b)) if b.selected() == 1));
    a.update(Action::PopupMove(9));
    assert!(
        matches!(a.popup(), Some(Popup::Bookmarks(b)) if b.selected() == 1),
        "clamped to the last"
    );
    a.update(Action::OpenSearchAll);
    type_into(&mut a, "deepseek");
    a.update(Action::PopupMove(3));
    assert!(matches!(a.popup(), Some(Popup::SearchAll(s)) if s.selected == 3));
    a.update(Action::ToggleHelp);
    a.update(Action::PopupMove(2));
    assert!(matches!(a.popup(), Some(Popup::Help(h)) if h.scroll() == 2));
    a.update(Action::PopupMove(-5));
    assert!(matches!(a.popup(), Some(Popup::Help(h)) if h.scroll() == 0));
}
