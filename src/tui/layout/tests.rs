use ratatui::layout::{Position, Rect};
use ratatui::widgets::Block;

use super::*;
use crate::tui::popup::{Help, Speakers};

fn screen(w: u16, h: u16) -> Rect {
    Rect::new(0, 0, w, h)
}

#[test]
fn too_small_a_screen_has_no_areas() {
    assert_eq!(areas(screen(19, 30), Focus::List, 0), Areas::default());
    assert_eq!(areas(screen(100, 5), Focus::Reader, 0), Areas::default());
}

#[test]
fn a_wide_screen_shows_both_panes_and_a_status_line() {
    let a = areas(screen(100, 30), Focus::List, 0);
    // The default list width is 30% of the screen, between 24 and 40 columns.
    assert_eq!(a.list, Some(Rect::new(0, 0, 30, 29)));
    assert_eq!(a.reader, Some(Rect::new(30, 0, 70, 29)));
    assert_eq!(a.text, Some(Rect::new(32, 1, 66, 27)));
    assert_eq!(a.status, Some(Rect::new(0, 29, 100, 1)));
    // Focus does not change a two-pane split.
    assert_eq!(areas(screen(100, 30), Focus::Reader, 0), a);
}

#[test]
fn the_list_width_is_clamped_so_the_reader_keeps_forty_columns() {
    assert_eq!(
        areas(screen(200, 30), Focus::List, 0).list.unwrap().width,
        40
    );
    assert_eq!(
        areas(screen(72, 30), Focus::List, 0).list.unwrap().width,
        24
    );
    assert_eq!(
        areas(screen(80, 30), Focus::List, 70).list.unwrap().width,
        40
    );
    assert_eq!(
        areas(screen(80, 30), Focus::List, 3).list.unwrap().width,
        16
    );
}

#[test]
fn a_narrow_screen_shows_the_focused_pane_and_keeps_the_text_area() {
    let list = areas(screen(60, 20), Focus::List, 0);
    assert_eq!(list.list, Some(Rect::new(0, 0, 60, 19)));
    assert_eq!(list.reader, None);
    let reader = areas(screen(60, 20), Focus::Reader, 0);
    assert_eq!(reader.list, None);
    assert_eq!(reader.reader, Some(Rect::new(0, 0, 60, 19)));
    // The text is laid out at the same width either way, so switching never re-wraps.
    assert_eq!(list.text, reader.text);
    assert_eq!(list.text, Some(Rect::new(2, 1, 56, 17)));
}

#[test]
fn centered_keeps_a_minimum_and_stays_inside() {
    assert_eq!(centered(screen(100, 30), 90, 80), Rect::new(5, 3, 90, 24));
    assert_eq!(centered(screen(30, 8), 50, 50), Rect::new(5, 1, 20, 5));
    assert_eq!(centered(screen(10, 3), 50, 50), screen(10, 3));
}

#[test]
fn inside_border_matches_a_bordered_block() {
    for area in [
        screen(30, 29),
        Rect::new(5, 2, 1, 1),
        Rect::new(3, 4, 40, 10),
    ] {
        let block = Block::bordered().title(" Documents ");
        assert_eq!(inside_border(area), block.inner(area), "{area:?}");
    }
}

#[test]
fn the_list_scrolls_just_enough_to_show_the_selection() {
    let visible: Vec<usize> = (0..10).collect();
    // Ten rows hold five documents of two rows each.
    let inner = Rect::new(1, 1, 20, 10);
    assert_eq!(list_first_shown(&visible, 0, inner), 0);
    assert_eq!(list_first_shown(&visible, 4, inner), 0);
    assert_eq!(list_first_shown(&visible, 5, inner), 1);
    assert_eq!(list_first_shown(&visible, 9, inner), 5);
    // A selection filtered out of the list shows the list from its start.
    assert_eq!(list_first_shown(&[2, 4], 3, inner), 0);
}

#[test]
fn a_list_position_maps_to_the_document_drawn_there() {
    let visible = vec![3, 5, 7, 9];
    let area = Rect::new(0, 0, 30, 12);
    // Inside the border: rows 1-2 are the first document, rows 3-4 the second.
    assert_eq!(
        list_index_at(&visible, 3, area, Position::new(4, 1)),
        Some(3)
    );
    assert_eq!(
        list_index_at(&visible, 3, area, Position::new(4, 2)),
        Some(3)
    );
    assert_eq!(
        list_index_at(&visible, 3, area, Position::new(4, 3)),
        Some(5)
    );
    assert_eq!(list_index_at(&visible, 3, area, Position::new(4, 9)), None);
    // The border is not a row.
    assert_eq!(list_index_at(&visible, 3, area, Position::new(0, 1)), None);
    assert_eq!(list_index_at(&visible, 3, area, Position::new(4, 0)), None);
    // Scrolled: 10 inner rows hold 5 documents; with the last of 8 selected, the fourth shows
    // first.
    let many: Vec<usize> = (0..8).collect();
    assert_eq!(list_index_at(&many, 7, area, Position::new(4, 1)), Some(3));
}

#[test]
fn a_popup_position_maps_to_its_row() {
    let s = screen(100, 30);
    let (area, above) = popup_layout(&Popup::Speakers(Speakers::default()), s);
    assert_eq!((area, above), (Rect::new(5, 3, 90, 24), 1));
    // Below the filter's line.
    let first_row = area.y + 2;
    let at = |row: u16| Position::new(area.x + 5, row);
    assert_eq!(
        popup_row_at(&Popup::Speakers(Speakers::default()), s, at(first_row)),
        Some(0)
    );
    assert_eq!(
        popup_row_at(&Popup::Speakers(Speakers::default()), s, at(first_row + 4)),
        Some(4)
    );
    // The frame is not a row.
    assert_eq!(
        popup_row_at(&Popup::Speakers(Speakers::default()), s, at(area.y)),
        None
    );
    // Scrolled so the selection (row 30 of 21 shown) is the last visible row.
    let last = area.bottom() - 2;
    assert_eq!(
        popup_row_at(&Popup::Speakers(Speakers::at(30)), s, at(last)),
        Some(30)
    );
    // Help and quote details have no rows to pick.
    assert_eq!(
        popup_row_at(&Popup::Help(Help::default()), s, at(first_row)),
        None
    );
}

#[test]
fn first_visible_keeps_the_selection_on_the_last_row() {
    assert_eq!(first_visible(0, 5), 0);
    assert_eq!(first_visible(4, 5), 0);
    assert_eq!(first_visible(7, 5), 3);
    assert_eq!(first_visible(7, 0), 7);
}
