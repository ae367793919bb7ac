//! Moving in the reading pane: from document to document (`J`/`K`), and over lines longer
//! than the window reach (1 MiB), where `G`/`End` shows the real end of the document and the
//! rows above it can be scrolled to.

use super::tests::app;
use super::*;
use crate::corpus::Document;
use crate::text::Row;
use crate::text::{AmbiguousWidth, WrapMode};
use ratatui::backend::TestBackend;
use ratatui::Terminal;

#[test]
fn next_and_previous_document_keep_reading_where_each_was_left() {
    use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
    let mut a = app(80, 24);
    a.update(Action::Open);
    let key = |c| Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::SHIFT));
    assert_eq!(
        crate::tui::keymap::map_event(&a, &key('J')),
        Some(Action::StepDocument(true))
    );
    a.update(Action::StepDocument(false));
    assert_eq!(a.message(), Some("This is the first document."));
    a.update(Action::ScrollRows(3));
    let top = a.top_row();
    a.update(Action::StepDocument(true));
    assert_eq!(
        (a.focus(), a.selected(), a.message()),
        (Focus::Reader, 1, None)
    );
    assert_eq!(
        crate::tui::keymap::map_event(&a, &key('K')),
        Some(Action::StepDocument(false))
    );
    a.update(Action::StepDocument(false));
    assert_eq!((a.selected(), a.top_row()), (0, top));
    a.update(Action::SelectLast);
    a.update(Action::StepDocument(true));
    assert_eq!(a.message(), Some("This is the last document."));
}

/// Short paragraphs, then about 1.8 MB on one line ending in `끝말이다.`, then `after`.
fn with_huge_line(after: &str) -> String {
    let mut text: String = (1..=30).map(|i| format!("{i}번째 문단이다.\n")).collect();
    text.push_str(&"김민수 교수는 “경제가 어렵다”라고 말했다. ".repeat(30_000));
    text.push_str("끝말이다.");
    text.push_str(after);
    text
}

fn reader(text: &str) -> App {
    let doc = Document::new("huge.txt", text.into(), "UTF-8", false);
    let mut a = App::new(
        vec![doc],
        Vec::new(),
        AmbiguousWidth::Narrow,
        WrapMode::Words,
        (80, 24),
    );
    a.update(Action::Open);
    a
}

fn page(a: &App) -> usize {
    usize::from(a.areas().text.map_or(0, |r| r.height))
}

/// The rows drawn in the reading pane.
fn rows_on_screen(a: &App) -> Vec<Row> {
    a.layout().map_or(Vec::new(), |l| {
        l.rows()
            .iter()
            .skip(a.top_row())
            .take(page(a))
            .copied()
            .collect()
    })
}

/// The whole screen as text, without the spaces behind wide characters.
fn screen(a: &App) -> String {
    let (w, h) = a.size();
    let Ok(mut terminal) = Terminal::new(TestBackend::new(w, h));
    if terminal.draw(|f| crate::tui::ui::render(a, f)).is_err() {
        return String::new();
    }
    let buf = terminal.backend().buffer();
    buf.content()
        .iter()
        .map(|c| c.symbol())
        .collect::<String>()
        .replace(' ', "")
}

/// `G` shows a full last page that ends at the end of the text.
fn assert_at_end(a: &App, text: &str, when: &str) {
    let rows = rows_on_screen(a);
    assert_eq!(rows.len(), page(a), "{when}: a full last page");
    assert_eq!(
        rows.last().map(|r| r.range().end),
        Some(text.len()),
        "{when}: the last row ends the document"
    );
    let shown = screen(a);
    assert!(
        shown.contains("끝말이다."),
        "{when}: end not shown\n{shown}"
    );
    // (The first line is also the document's title, shown above the pane.)
    assert!(
        !shown.contains("2번째"),
        "{when}: still at the top\n{shown}"
    );
}

#[test]
fn bottom_shows_the_end_of_a_huge_last_line() {
    let text = with_huge_line("");
    let last_line = text.len() - text.rfind('\n').unwrap_or(0);
    assert!(last_line > 1 << 20);
    let mut a = reader(&text);
    a.update(Action::Bottom);
    assert_at_end(&a, &text, "while wrapping");
    // Up a page and back: the rows above the end are there to scroll to.
    let end_top = a.top_row();
    let top_text = rows_on_screen(&a)[0].start;
    a.update(Action::ScrollPages(-1));
    let up = rows_on_screen(&a)[0].start;
    assert!(
        up < top_text && up > text.len() - (1 << 20),
        "moved a page up"
    );
    a.update(Action::Top);
    a.update(Action::Bottom);
    assert_eq!(a.top_row(), end_top);
    // Once the whole document is wrapped, `G` goes to its last page too.
    while a.busy() {
        a.update(Action::Work);
    }
    a.update(Action::Top);
    a.update(Action::Bottom);
    assert_at_end(&a, &text, "wrapped");
    assert_eq!(a.top_row(), a.layout().map_or(0, |l| l.len() - page(&a)));
}

#[test]
fn scrolling_up_from_the_end_reaches_into_a_huge_line_before_it() {
    let text = with_huge_line("\n마지막 문단.\n");
    let huge_end = text.find("끝말이다.").unwrap_or(0);
    let mut a = reader(&text);
    a.update(Action::Bottom);
    let shown = screen(&a);
    assert!(
        shown.contains("마지막문단.") && shown.contains("끝말이다."),
        "{shown}"
    );
    a.update(Action::ScrollRows(-3 * 24));
    let top = rows_on_screen(&a)[0].start;
    assert!(
        top < huge_end - 1000 && top > huge_end - (1 << 20),
        "scrolled up inside the huge line: {top}"
    );
}

#[test]
fn sideways_scrolling_starts_over_in_another_document() {
    let wide = format!("{}\n", "가나다라마바사아자차 ".repeat(40));
    let docs = vec![
        Document::new("a.txt", wide.clone(), "UTF-8", false),
        Document::new("b.txt", wide, "UTF-8", false),
    ];
    let mut a = App::new(
        docs,
        Vec::new(),
        AmbiguousWidth::Narrow,
        WrapMode::Words,
        (80, 20),
    );
    a.update(Action::Open);
    a.update(Action::ToggleChop);
    a.update(Action::ScrollColumns(1));
    assert!(a.hscroll() > 0);
    a.update(Action::StepDocument(true));
    assert_eq!(a.selected(), 1);
    assert_eq!(a.hscroll(), 0, "the next document starts at its left edge");
}

#[test]
fn q_closes_the_help_as_any_other_key_does() {
    use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
    let mut a = app(80, 24);
    let q = Event::Key(KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE));
    a.update(Action::ToggleHelp);
    assert!(a.popup().is_some());
    let action = crate::tui::keymap::map_event(&a, &q);
    assert_eq!(action, Some(Action::ClosePopup));
    a.update(Action::ClosePopup);
    assert!(a.popup().is_none() && !a.should_quit());
    // Without the help, `q` quits.
    assert_eq!(crate::tui::keymap::map_event(&a, &q), Some(Action::Quit));
}
