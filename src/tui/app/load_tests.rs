//! The reader while documents load in the background: it shows and moves at once, `G` works
//! before the end has arrived, and saved places are applied when their document is whole.

use super::*;
use crate::corpus::{Document, Entry, Source, Status};
use crate::loader::Loader;
use crate::state::State;
use crate::tui::action::Action;

fn text(paragraphs: usize) -> String {
    (1..=paragraphs)
        .map(|i| format!("{i}번째 문단: 연구진은 “결과가 기대 이상이었다”고 밝혔다.\n"))
        .collect()
}

fn loading(texts: &[&str], state: State) -> App {
    let entries: Vec<Entry> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| Entry {
            name: format!("doc{i}.txt"),
            source: Source::Bytes(t.as_bytes().into()),
            size: Some(t.len() as u64),
        })
        .collect();
    let docs = entries
        .iter()
        .map(|e| Document::pending(e.name.clone(), e.size))
        .collect();
    App::over(docs, state, Some(Loader::start(entries)))
}

/// Works until `done` holds (or gives up after a long time: finding the quotes of the big
/// document takes half a minute in a debug build, and more on a loaded machine).
fn work_until(a: &mut App, done: impl Fn(&App) -> bool) {
    let start = std::time::Instant::now();
    while !done(a) && start.elapsed() < std::time::Duration::from_secs(300) {
        a.update(Action::Work);
    }
    assert!(done(a), "background work did not finish");
}

/// The first text row on screen.
fn top_line(a: &App) -> String {
    let (Some(doc), Some(layout)) = (a.current(), a.layout()) else {
        return String::new();
    };
    layout
        .rows()
        .iter()
        .skip(a.top_row())
        .find(|r| r.len > 0)
        .and_then(|r| doc.text.get(r.range()))
        .unwrap_or("")
        .to_string()
}

#[test]
fn a_big_document_reads_and_jumps_before_it_is_wrapped() {
    let big = text(60_000);
    let mut a = loading(&[&big], State::default());
    work_until(&mut a, App::texts_loaded);
    a.update(Action::Open);
    assert!(top_line(&a).starts_with("1번째 문단"), "{}", top_line(&a));
    a.update(Action::Bottom);
    assert!(a.progress().is_some(), "still wrapping or scanning");
    let bottom = a.reader.pages().top(0);
    // The last page is full and ends with the last paragraph.
    let layout = a.layout().expect("rows at the end");
    let end = layout.rows().last().map(|r| r.range().end);
    assert_eq!(end, Some(a.docs()[0].text.trim_end().len()));
    assert!(top_line(&a).starts_with("599"), "{}", top_line(&a));
    a.update(Action::ScrollPages(-1));
    assert!(a.reader.pages().top(0) < bottom);
    a.update(Action::Count('5'));
    a.update(Action::Count('0'));
    a.update(Action::Count('%'));
    // By bytes, so near (not exactly at) the middle paragraph: numbers grow longer.
    assert!(top_line(&a).starts_with("300"), "{}", top_line(&a));
    // Once everything is wrapped, the same place shows from the whole-document layout.
    let place = a.reader.pages().top(0);
    work_until(&mut a, |a| !a.busy());
    assert!(a.reader.pages().window_of(0).is_none());
    assert_eq!(a.reader.pages().top(0), place);
    assert!(top_line(&a).starts_with("300"));
    assert!(a.catalog().len() >= 60_000);
}

#[test]
fn g_before_the_end_has_arrived_lands_on_the_end() {
    let big = text(150_000);
    let mut a = loading(&[&big], State::default());
    a.update(Action::Open);
    a.update(Action::Bottom);
    work_until(&mut a, App::texts_loaded);
    let layout = a.layout().expect("rows at the end");
    let end = layout.rows().last().map(|r| r.range().end);
    assert_eq!(end, Some(a.docs()[0].text.trim_end().len()));
    assert!(top_line(&a).starts_with("1499"), "{}", top_line(&a));
    a.update(Action::ScrollRows(-1));
    assert!(
        !a.reader.pages().follows_end(0),
        "moving away stops following the end"
    );
}

#[test]
fn saved_places_apply_when_their_document_is_whole() {
    let (one, two) = (text(50), text(3_000));
    let hash = crate::state::content_hash(&two);
    let offset = two.find("2000번째").unwrap_or(0);
    let mut state = State::default();
    state.positions.insert(hash.clone(), offset);
    state.last_doc = Some(hash);
    let mut a = loading(&[&one, &two], state);
    work_until(&mut a, |a| !a.busy());
    assert_eq!(a.selected(), 1);
    assert_eq!(a.reader.pages().top(1), offset);
    assert_eq!(a.catalog().len(), 3_050);
    let failed = loading(&["", "\u{0}\u{1}binary"], State::default());
    let mut failed = failed;
    work_until(&mut failed, |a| !a.busy());
    let statuses: Vec<_> = failed.docs().iter().map(|d| d.status.clone()).collect();
    assert!(
        statuses.iter().all(|s| matches!(s, Status::Failed(_))),
        "{statuses:?}"
    );
}

#[test]
fn a_document_read_again_comes_back_to_its_place_unless_the_user_moves() {
    let old = text(3_000);
    let mut a = loading(&[&old], State::default());
    work_until(&mut a, |a| !a.busy());
    a.update(Action::Open);
    a.update(Action::ScrollRows(1_000));
    let place = a.reader.pages().top(0);
    let line = top_line(&a);
    assert!(place > 0 && !line.is_empty(), "{line}");
    // Edited: a paragraph added at the end. The place is kept by offset.
    let new = format!("{old}3001번째 문단: 새로 쓴 글.\n");
    let reread = |t: &str| Msg::Reload {
        doc: 0,
        loader: Loader::start(vec![Entry {
            name: "doc0.txt".into(),
            source: Source::Bytes(t.as_bytes().into()),
            size: Some(t.len() as u64),
        }]),
        size: Some(t.len() as u64),
    };
    a.update(reread(&new));
    work_until(&mut a, |a| !a.busy());
    assert_eq!(a.docs()[0].text.as_str(), new);
    assert_eq!(a.reader.pages().top(0), place);
    assert_eq!(top_line(&a), line);
    assert_eq!(a.catalog().len(), 3_000);
    // Moving while it is read again wins over the place it had. A finder opened meanwhile
    // lists the speakers as they were numbered, so it closes once the new quotes are filed.
    a.update(reread(&old));
    a.update(Action::Top);
    a.update(Action::OpenFinder);
    assert!(a.popup().is_some());
    work_until(&mut a, |a| !a.busy());
    assert_eq!(a.reader.pages().top(0), 0);
    assert_eq!(a.catalog().len(), 3_000);
    assert!(a.popup().is_none());
    assert_eq!(
        a.message(),
        Some("A document was read again: f opens the finder on the quotes now.")
    );
}

/// A mapped document loading, its first tenth here, open in the reading pane.
fn open_loading(whole: &str, arrived: usize) -> (tempfile::NamedTempFile, App) {
    open_loading_with(whole, arrived, State::default())
}

/// [`open_loading`], with saved `state`.
fn open_loading_with(whole: &str, arrived: usize, state: State) -> (tempfile::NamedTempFile, App) {
    let (file, doc) = crate::testing::mapped_loading(whole, arrived);
    let mut a = App::over(vec![doc], state, None);
    a.update(Action::Open);
    (file, a)
}

/// A search opened and closed without moving the view leaves a place asked for ahead (and the
/// end followed until then) as it was; a search that moved the view goes back and stops there.
#[test]
fn escaping_a_search_keeps_a_place_asked_for_ahead() {
    let part = "한 줄의 글입니다.\n".repeat(100);
    let whole = part.repeat(10);
    for (typed, following) in [('x', true), ('글', false)] {
        let (_file, mut a) = open_loading(&whole, part.len());
        for c in ['5', '0', '%'] {
            a.update(Action::Count(c));
        }
        assert!(a.reader.pages().follows_end(0));
        let origin = a.reader.pages().top(0);
        a.update(Action::StartSearch);
        a.update(Action::Input(typed));
        a.update(Action::ClosePopup);
        assert_eq!(a.reader.pages().follows_end(0), following, "{typed}");
        assert_eq!(a.reader.pages().top(0), origin, "{typed}");
    }
}

/// Quitting while the open document still loads saves no place for it: its key (a hash of the
/// whole text) is not known yet, and an empty key would stand for every unread document and
/// make the next start forget which one was open last.
#[test]
fn no_place_is_saved_under_an_unknown_key() {
    let part = "한 줄의 글입니다.\n".repeat(100);
    let (_file, mut a) = open_loading(&part.repeat(10), part.len());
    a.update(Action::ScrollRows(5));
    a.update(Msg::Closing);
    assert!(
        a.changes().positions.is_empty(),
        "{:?}",
        a.changes().positions
    );
    assert_eq!(a.changes().last_doc, None);
}

/// While the open document is still read, `m` says at once that a bookmark must wait (not
/// after the label is typed), and a bookmark of it says it opens once the text is whole
/// rather than that the document is not open.
#[test]
fn bookmarks_wait_for_the_whole_text_and_say_so() {
    let part = "한 줄의 글입니다.\n".repeat(100);
    let mark = crate::state::Bookmark {
        id: crate::state::new_bookmark_id(),
        doc: "a hash of the whole text".into(),
        name: "a.txt".into(),
        offset: part.len() * 3,
        label: String::new(),
        excerpt: String::new(),
        other: Default::default(),
    };
    let state = State {
        bookmarks: vec![mark],
        ..State::default()
    };
    let (_file, mut a) = open_loading_with(&part.repeat(10), part.len(), state);
    a.update(Action::StartBookmark);
    assert!(a.prompt().is_none());
    assert_eq!(
        a.message(),
        Some("Wait until the document has loaded to bookmark it.")
    );
    a.go_bookmark(0);
    let said = a.message().unwrap_or_default();
    assert!(said.contains("still being read"), "{said}");
}

/// `n` while the search has not reached its match yet says so, and once the match is found
/// the view goes there and the message goes away (it stayed until the next key).
#[test]
fn n_before_the_match_is_found_is_answered_once_it_is() {
    let big = format!("{}끝에만 있는 낱말\n", text(150_000));
    let mut a = loading(&[&big], State::default());
    a.update(Action::Open);
    a.update(Action::StartSearch);
    super::tests::type_into(&mut a, "끝에만");
    a.update(Action::Confirm);
    a.update(Action::StepMatch(true));
    assert_eq!(a.message(), Some("Still searching…"));
    work_until(&mut a, |a| !a.busy());
    assert_eq!(a.message(), None);
    assert_eq!(a.search().unwrap().current, Some(0));
    // The match is the last line: the view shows the last page, which holds it.
    assert!(a.reader.pages().top(0) > big.len() - 2_000);
}
