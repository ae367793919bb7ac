use super::*;
use crate::corpus::seeds;

fn app(w: u16, h: u16) -> App {
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
