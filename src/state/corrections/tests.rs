//! Corrections and merges as values (serde, edits by id) and in the state file (saved by
//! several writers at once, undone, absent, or of a kind this version does not know).

use std::time::Duration;

use super::*;
use crate::state::{Changes, State, Store};

fn merge(id: &str) -> Merge {
    Merge {
        id: id.into(),
        from: "a".into(),
        into: "b".into(),
        other: BTreeMap::new(),
    }
}

#[test]
fn edits_add_once_and_remove_by_id() {
    let mut on_disk = vec![merge("1")];
    let mut edits = Edits::default();
    edits.add(merge("1"));
    edits.add(merge("2"));
    edits.apply_to(&mut on_disk);
    assert_eq!(on_disk, [merge("1"), merge("2")]);
    let mut edits = Edits::default();
    edits.remove("1");
    assert_eq!(edits.removed, ["1"]);
    edits.apply_to(&mut on_disk);
    assert_eq!(on_disk, [merge("2")]);
}

#[test]
fn removing_an_unsaved_addition_forgets_it() {
    let mut edits = Edits::default();
    edits.add(merge("1"));
    edits.remove("1");
    assert!(edits.is_empty());
}

#[test]
fn a_correction_round_trips_and_keeps_unknown_fields() {
    let json = r#"{"id":"x","doc":"h","name":"a.txt","start":3,"end":9,
        "fix":{"kind":"speaker"},"future":true}"#;
    // A speaker fix without the speaker's name is none this version knows: kept as written.
    let odd: Correction = serde_json::from_str(json).unwrap();
    assert_eq!(
        odd.fix,
        Fix::Unknown(serde_json::json!({"kind": "speaker"}))
    );
    assert_eq!(
        serde_json::to_value(&odd).unwrap()["fix"],
        serde_json::json!({"kind": "speaker"})
    );
    let newer = r#"{"id":"y","doc":"h","name":"a.txt","start":3,"end":9,
        "fix":{"kind":"quote_of_quote","depth":2}}"#;
    let newer: Correction = serde_json::from_str(newer).unwrap();
    let back = serde_json::to_value(&newer).unwrap();
    assert_eq!(
        back["fix"],
        serde_json::json!({"kind": "quote_of_quote", "depth": 2})
    );
    let json = r#"{"id":"x","doc":"h","name":"a.txt","start":3,"end":9,
        "fix":{"kind":"speaker","name":"홍길동"},"future":true}"#;
    let c: Correction = serde_json::from_str(json).unwrap();
    assert_eq!(
        c.fix,
        Fix::Speaker {
            name: "홍길동".into()
        }
    );
    assert_eq!(c.excerpt, "");
    assert_eq!(c.other.get("future"), Some(&Value::Bool(true)));
    let back = serde_json::to_value(&c).unwrap();
    assert_eq!(back["fix"]["kind"], "speaker");
    assert_eq!(back["future"], true);
    let again: Correction = serde_json::from_value(back).unwrap();
    assert_eq!(again, c);
}

fn correction(id: &str, start: usize) -> Correction {
    Correction {
        id: id.into(),
        doc: "d".into(),
        name: "n".into(),
        start,
        end: start + 4,
        excerpt: String::new(),
        fix: Fix::NotSpeech,
        other: BTreeMap::new(),
    }
}

#[test]
fn concurrent_writers_keep_every_correction_and_merge_and_honour_undo() {
    let dir = tempfile::tempdir().unwrap();
    let threads: Vec<_> = (0..4)
        .map(|t| {
            let store = Store::at(dir.path());
            std::thread::spawn(move || {
                for i in 0..10 {
                    let mut changes = Changes::default();
                    changes.corrections.add(correction(&format!("{t}-{i}"), i));
                    changes.merges.add(Merge {
                        id: format!("m{t}-{i}"),
                        from: format!("{t}"),
                        into: format!("{i}"),
                        other: BTreeMap::new(),
                    });
                    // Longer than a session waits: under load these synced writes queue past 3 s.
                    store
                        .save_waiting(&changes, Duration::from_secs(120))
                        .unwrap();
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    let store = Store::at(dir.path());
    let state = store.load().state;
    assert_eq!((state.corrections.len(), state.merges.len()), (40, 40));
    let mut undo = Changes::default();
    undo.corrections.remove("2-3");
    undo.merges.remove("m0-0");
    let state = store.save(&undo).unwrap();
    assert_eq!((state.corrections.len(), state.merges.len()), (39, 39));
    assert!(!state.corrections.iter().any(|c| c.id == "2-3"));
    assert_eq!(store.load().state, state);
}

#[test]
fn a_file_without_corrections_reads_and_writes_none() {
    let state: State = serde_json::from_str(r#"{"version":1,"bookmarks":[]}"#).unwrap();
    assert!(state.corrections.is_empty() && state.merges.is_empty());
    let text = serde_json::to_string(&state).unwrap();
    assert!(
        !text.contains("corrections") && !text.contains("merges"),
        "{text}"
    );
}

#[test]
fn a_fix_this_version_does_not_know_keeps_the_file_and_itself() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::at(dir.path());
    let newer = r#"{"version":1,"corrections":[{"id":"y","doc":"d","name":"n","start":3,"end":9,
        "fix":{"kind":"quote_of_quote","depth":2}}]}"#;
    std::fs::create_dir_all(store.path().parent().unwrap()).unwrap();
    std::fs::write(store.path(), newer).unwrap();
    let loaded = store.load();
    assert_eq!(loaded.warning, None, "not set aside as corrupt");
    let mut changes = Changes::default();
    changes.corrections.add(correction("z", 20));
    let saved = store.save(&changes).unwrap();
    assert_eq!(saved.corrections.len(), 2);
    let on_disk: Value = serde_json::from_slice(&std::fs::read(store.path()).unwrap()).unwrap();
    assert_eq!(
        on_disk["corrections"][0]["fix"],
        serde_json::json!({"kind": "quote_of_quote", "depth": 2})
    );
}
