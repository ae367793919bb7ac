//! The app as it starts: saved places, one document read at once, and every start-up
//! message said.

use super::*;
use crate::config::Config;
use crate::corpus::{seeds, Document};
use crate::state::State;
use crate::text::AmbiguousWidth;

/// What the reader starts with for `docs` and `state` at 100x30, no loader, no notice.
fn setup(docs: Vec<Document>, state: State) -> Setup {
    Setup {
        docs,
        problems: Vec::new(),
        amb: AmbiguousWidth::Narrow,
        config: Config::default(),
        colors: true,
        size: (100, 30),
        state,
        notice: None,
        loader: None,
    }
}

#[test]
fn saved_positions_and_last_document_come_back() {
    let docs = seeds();
    let hash = crate::state::content_hash(&docs[2].text);
    let mut state = State {
        last_doc: Some(hash.clone()),
        ..State::default()
    };
    state.positions.insert(hash, 1500);
    state.positions.insert("unknown".into(), 99);
    let a = App::with(setup(docs, state));
    assert_eq!(a.selected(), 2);
    assert_eq!(a.focus(), Focus::List);
    let row = a.layout().unwrap().row_of(1500);
    assert_eq!(a.top_row(), row);
}

#[test]
fn one_document_given_is_read_at_once_and_the_start_up_notice_stays() {
    let mut docs = seeds();
    docs.truncate(1);
    let notice = "state.json was corrupt; set aside; starting clean";
    let mut a = App::with(Setup {
        notice: Some(notice.into()),
        ..setup(docs, State::default())
    });
    a.update(Msg::ReadSingle);
    assert_eq!(a.focus(), Focus::Reader);
    assert_eq!(a.message(), Some(notice), "not a key: the notice is kept");
    // A key does clear it, as any key clears the status line's message.
    a.update(Action::ScrollRows(1));
    assert_eq!(a.message(), None);
}

/// Start-up news does not hide other start-up news: a notice, corrections that no longer
/// apply, a document `--open` names that is not there.
#[test]
fn start_up_messages_are_all_said() {
    let docs = seeds();
    let name = docs[1].name.clone();
    let stale = crate::state::Correction {
        id: "c1".into(),
        doc: "a hash of text no longer there".into(),
        name,
        start: 0,
        end: 10,
        excerpt: String::new(),
        fix: crate::state::Fix::NotSpeech,
        other: Default::default(),
    };
    let state = State {
        corrections: vec![stale],
        ..State::default()
    };
    let mut a = App::with(Setup {
        notice: Some("config.toml:1: unknown key".into()),
        ..setup(docs, state)
    });
    a.update(Msg::Open {
        name: "nope.txt".into(),
        line: None,
    });
    let said = a.message().unwrap();
    assert!(said.starts_with("config.toml:1: unknown key · "), "{said}");
    assert!(said.contains("1 correction no longer applies"), "{said}");
    assert!(
        said.ends_with("No open document is called nope.txt."),
        "{said}"
    );
}
