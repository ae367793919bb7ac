use super::*;
use crate::corpus::{seeds, Document};
use crate::text::{AmbiguousWidth, WrapMode};

pub(super) fn app(w: u16, h: u16) -> App {
    App::new(
        seeds(),
        Vec::new(),
        AmbiguousWidth::Narrow,
        WrapMode::Words,
        (w, h),
    )
}

#[test]
fn starts_on_the_list_with_the_first_document() {
    let a = app(80, 24);
    assert_eq!(a.focus(), Focus::List);
    assert_eq!(a.selected(), 0);
    assert!(a.layout().is_some());
}

#[test]
fn enter_opens_and_tab_switches() {
    let mut a = app(80, 24);
    a.update(Action::SelectBy(1));
    a.update(Action::Open);
    assert_eq!((a.focus(), a.selected()), (Focus::Reader, 1));
    a.update(Action::FocusNext);
    assert_eq!(a.focus(), Focus::List);
    a.update(Action::SelectBy(-5));
    assert_eq!(a.selected(), 0);
    a.update(Action::SelectLast);
    assert_eq!(a.selected(), 3);
}

#[test]
fn scrolling_is_clamped_to_the_last_full_page() {
    let mut a = app(80, 24);
    a.update(Action::Open);
    a.update(Action::Bottom);
    let page = usize::from(a.areas().text.unwrap().height);
    let rows = a.layout().unwrap().len();
    assert_eq!(a.top_row(), rows - page);
    a.update(Action::ScrollRows(5));
    assert_eq!(a.top_row(), rows - page);
    a.update(Action::Top);
    assert_eq!(a.top_row(), 0);
    a.update(Action::ScrollPages(1));
    assert_eq!(a.top_row(), page);
    a.update(Action::ScrollHalfPages(-1));
    assert_eq!(a.top_row(), page - page.div_ceil(2));
}

#[test]
fn resize_keeps_the_same_text_at_the_top() {
    let mut a = app(120, 40);
    a.update(Action::Open);
    a.update(Action::ScrollRows(30));
    let doc = a.current().unwrap();
    let before = a.layout().unwrap().rows()[a.top_row()].start;
    let _ = doc;
    a.update(Action::Resize(61, 30));
    let row = a.layout().unwrap().rows()[a.top_row()];
    assert!(
        row.range().contains(&before) || row.start == before,
        "top text moved"
    );
    a.update(Action::Resize(120, 40));
    assert_eq!(a.layout().unwrap().rows()[a.top_row()].start, before);
}

#[test]
fn tiny_sizes_have_no_panes_and_recover() {
    let mut a = app(1, 1);
    assert!(a.areas().text.is_none());
    a.update(Action::ScrollPages(3));
    a.update(Action::Resize(80, 24));
    assert!(a.layout().is_some());
}

#[test]
fn no_documents_is_fine() {
    let mut a = App::new(
        Vec::new(),
        Vec::new(),
        AmbiguousWidth::Narrow,
        WrapMode::Words,
        (80, 24),
    );
    for action in [
        Action::Open,
        Action::FocusNext,
        Action::Bottom,
        Action::SelectBy(1),
        Action::ScrollRows(3),
    ] {
        a.update(action);
    }
    assert_eq!(a.focus(), Focus::List);
}

#[test]
fn wheel_scrolls_the_pane_under_the_pointer() {
    let mut a = app(100, 30);
    let reader = a.areas().reader.unwrap();
    a.update(Action::Wheel {
        column: reader.x + 3,
        row: reader.y + 3,
        delta: 3,
    });
    assert_eq!(a.top_row(), 3);
    let list = a.areas().list.unwrap();
    a.update(Action::Wheel {
        column: list.x + 3,
        row: list.y + 3,
        delta: 3,
    });
    assert_eq!(a.selected(), 1);
}

/// A query that matches nothing, confirmed, leaves the view where the search started, not
/// where a shorter query matched (as in less).
#[test]
fn a_search_that_finds_nothing_goes_back_to_where_it_started() {
    let mut a = app(100, 30);
    a.update(Action::SelectBy(1));
    a.update(Action::Open);
    a.update(Action::StartSearch);
    // Only in the last paragraph.
    type_into(&mut a, "끝나지");
    assert!(a.top_row() > 0, "the match is further down");
    type_into(&mut a, "않았다");
    a.update(Action::Confirm);
    assert_eq!(a.top_row(), 0);
    assert_eq!(a.message(), Some("Not found: 끝나지않았다"));
}

#[test]
fn search_steps_through_matches_and_esc_restores() {
    let mut a = app(100, 30);
    a.update(Action::SelectBy(1));
    a.update(Action::Open);
    a.update(Action::StartSearch);
    // Smart case, as less -i: a capital makes the search match case.
    type_into(&mut a, "COX");
    assert!(
        a.search().unwrap().matches().is_empty(),
        "the text has Cox, not COX"
    );
    a.update(Action::ClearInput);
    type_into(&mut a, "cox");
    let n = a.search().unwrap().matches().len();
    assert!(n > 10, "case-insensitive: {n}");
    assert_eq!(a.search().unwrap().current, Some(0));
    a.update(Action::Confirm);
    a.update(Action::StepMatch(false));
    assert_eq!(a.search().unwrap().current, Some(n - 1), "wraps backwards");
    a.update(Action::StepMatch(true));
    assert_eq!(a.search().unwrap().current, Some(0));
    a.update(Action::Back);
    assert!(a.search().is_none());
    assert_eq!(a.focus(), Focus::Reader, "first Esc only clears the search");
    // Esc while typing goes back to where the search started.
    a.update(Action::Top);
    a.update(Action::StartSearch);
    type_into(&mut a, "이 분야에서는");
    assert!(a.top_row() > 0);
    a.update(Action::ClosePopup);
    assert_eq!(a.top_row(), 0);
}

#[test]
fn filter_narrows_the_list_and_esc_clears_it() {
    let mut a = app(100, 30);
    a.update(Action::StartFilter);
    type_into(&mut a, "은소랜");
    assert_eq!(a.visible(), [3]);
    assert_eq!(a.selected(), 3);
    a.update(Action::SelectBy(1));
    assert_eq!(a.selected(), 3);
    a.update(Action::Confirm);
    assert_eq!(a.filter(), "은소랜");
    a.update(Action::StartFilter);
    a.update(Action::ClosePopup);
    assert_eq!(a.visible().len(), 4);
    // Initial consonants work here too.
    a.update(Action::StartFilter);
    type_into(&mut a, "ㅇㅅㄹ");
    assert_eq!(a.visible(), [3]);
}

#[test]
fn counts_and_goto_jump_to_lines_and_percentages() {
    let mut a = app(100, 30);
    a.update(Action::SelectBy(1));
    a.update(Action::Open);
    for c in ['1', '0'] {
        a.update(Action::Count(c));
    }
    a.update(Action::Bottom);
    let doc = a.current().unwrap();
    let top = a.layout().unwrap().rows()[a.top_row()].start;
    assert_eq!(doc.line_of(top), 10);
    for c in ['5', '0', '%'] {
        a.update(Action::Count(c));
    }
    let rows = a.layout().unwrap().len();
    let page = usize::from(a.areas().text.unwrap().height);
    assert_eq!(a.top_row(), (rows - page) / 2);
    a.update(Action::StartGoto);
    type_into(&mut a, "3");
    a.update(Action::Confirm);
    let top = a.layout().unwrap().rows()[a.top_row()].start;
    assert_eq!(a.current().unwrap().line_of(top), 3);
    a.update(Action::StartGoto);
    type_into(&mut a, "abc");
    a.update(Action::Confirm);
    assert!(a.message().unwrap().contains("Not a line number"));
}

#[test]
fn bookmarks_are_added_deleted_and_asked_to_be_saved() {
    let mut a = app(100, 30);
    a.update(Action::Open);
    a.update(Action::ScrollRows(7));
    a.update(Action::StartBookmark);
    type_into(&mut a, "중요");
    a.update(Action::Confirm);
    assert_eq!(a.bookmarks().len(), 1);
    assert_eq!(a.bookmarks()[0].label, "중요");
    assert!(a.take_effects().contains(&Effect::Save));
    assert_eq!(a.changes().added.len(), 1);
    a.update(Action::Top);
    a.update(Action::OpenBookmarks);
    a.update(Action::Confirm);
    assert_eq!(a.top_row(), 7);
    a.update(Action::OpenBookmarks);
    a.update(Action::DeleteItem);
    assert!(a.bookmarks().is_empty());
    assert!(a.changes().added.is_empty() && a.changes().deleted.len() == 1);
}

#[test]
fn edit_refuses_bundled_documents() {
    let mut a = app(100, 30);
    a.update(Action::Open);
    a.update(Action::Edit);
    assert!(a.take_effects().is_empty());
    assert!(a.message().unwrap().contains("no file to edit"));
}

#[test]
fn open_named_goes_to_the_document_and_line() {
    let mut a = app(100, 30);
    a.update(Msg::Open {
        name: "seeds/002_ec06cd831dd8f1d1.txt".into(),
        line: Some(5),
    });
    assert_eq!((a.selected(), a.focus()), (2, Focus::Reader));
    let top = a.layout().unwrap().rows()[a.top_row()].start;
    assert_eq!(a.current().unwrap().line_of(top), 5);
    a.update(Msg::Open {
        name: "nope.txt".into(),
        line: None,
    });
    assert!(a.message().unwrap().contains("nope.txt"));
}

#[test]
fn step_clamped_stays_in_range() {
    use crate::tui::step_clamped;
    assert_eq!(step_clamped(0, -1, 5), 0);
    assert_eq!(step_clamped(3, 1, 5), 4);
    assert_eq!(step_clamped(4, 1, 5), 4);
    assert_eq!(step_clamped(2, i32::MIN, 5), 0);
    assert_eq!(step_clamped(2, i32::MAX, 5), 4);
    assert_eq!(step_clamped(0, 3, 0), 0);
}

pub(super) fn type_into(a: &mut App, s: &str) {
    for c in s.chars() {
        a.update(Action::Input(c));
    }
}

#[test]
fn the_probed_ambiguous_width_measures_rows_again_and_keeps_the_place() {
    // “ ” and … take two columns in a wide-ambiguous terminal.
    let text: String = (1..=200)
        .map(|i| format!("{i}번째 “인용” … “또 인용” … “세 번째” …\n"))
        .collect();
    let at = |amb| {
        let doc = Document::new("q.txt", text.clone(), "UTF-8", false);
        let mut a = App::new(vec![doc], Vec::new(), amb, WrapMode::Words, (50, 20));
        a.update(Action::Open);
        a.update(Action::ScrollRows(40));
        a
    };
    let narrow = at(AmbiguousWidth::Narrow);
    let mut wide = at(AmbiguousWidth::Narrow);
    let top = wide.layout().unwrap().rows()[wide.top_row()].start;
    wide.update(Msg::Ambiguous(AmbiguousWidth::Wide));
    assert_eq!(wide.ambiguous(), AmbiguousWidth::Wide);
    let rows = |a: &App| a.layout().unwrap().len();
    assert!(rows(&wide) > rows(&narrow), "wider marks wrap sooner");
    assert_eq!(rows(&wide), rows(&at(AmbiguousWidth::Wide)));
    let row = wide.layout().unwrap().rows()[wide.top_row()];
    assert!(
        row.range().contains(&top) || row.start == top,
        "top text moved"
    );
}

#[test]
fn keys_after_a_suspension_wait_for_it() {
    let mut a = app(80, 24);
    a.update(Action::Open);
    a.update(Action::ScrollPages(1));
    assert!(!a.awaits_effects(), "scrolling hands nothing over");
    a.update(Action::Suspend);
    assert!(a.awaits_effects());
    assert!(matches!(a.take_effects()[..], [Effect::Suspend]));
    assert!(!a.awaits_effects(), "done once taken");
}
