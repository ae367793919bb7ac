use std::fs;
use std::time::Duration;

use super::*;

fn bookmark(id: &str, offset: usize) -> Bookmark {
    Bookmark {
        id: id.into(),
        doc: "d".into(),
        name: "n".into(),
        offset,
        label: String::new(),
        excerpt: String::new(),
        other: BTreeMap::new(),
    }
}

#[test]
fn hash_is_stable_and_content_based() {
    assert_eq!(content_hash(""), "cbf29ce484222325");
    assert_eq!(content_hash("독서"), content_hash("독서"));
    assert_ne!(content_hash("독서"), content_hash("독서 "));
}

#[test]
fn round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::at(dir.path().join("nested"));
    assert_eq!(store.load().state, State::default());
    let mut changes = Changes {
        last_doc: Some("abc".into()),
        ..Changes::default()
    };
    changes.positions.insert("abc".into(), 42);
    changes.added.push(bookmark("1", 7));
    let saved = store.save(&changes).unwrap();
    let loaded = store.load();
    assert!(loaded.warning.is_none());
    assert_eq!(loaded.state, saved);
    assert_eq!(loaded.state.positions["abc"], 42);
    assert_eq!(loaded.state.bookmarks, [bookmark("1", 7)]);
    let leftovers: Vec<_> = fs::read_dir(dir.path().join("nested"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert!(
        leftovers
            .iter()
            .all(|n| !n.to_string_lossy().contains(".tmp")),
        "{leftovers:?}"
    );
}

#[test]
fn corrupt_file_is_moved_aside_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::at(dir.path());
    fs::write(store.path(), b"{\"positions\": {\"x\": 1").unwrap();
    let loaded = store.load();
    assert_eq!(loaded.state, State::default());
    let warning = loaded.warning.unwrap();
    assert!(
        warning.contains("corrupt") && warning.contains("set aside as state.json.corrupt-"),
        "{warning}"
    );
    assert!(!store.path().exists());
    let aside: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("state.json.corrupt-")
        })
        .collect();
    assert_eq!(aside.len(), 1);
    // Saving afterwards works from a clean slate.
    store
        .save(&Changes {
            last_doc: Some("y".into()),
            ..Changes::default()
        })
        .unwrap();
    assert_eq!(store.load().state.last_doc.as_deref(), Some("y"));
}

#[test]
fn truncated_write_never_replaces_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::at(dir.path());
    let mut changes = Changes::default();
    changes.added.push(bookmark("keep", 1));
    store.save(&changes).unwrap();
    // A crash mid-write leaves only a temporary file behind; the real file is intact.
    fs::write(dir.path().join("state.json.tmp-999"), b"{\"bookm").unwrap();
    assert_eq!(store.load().state.bookmarks.len(), 1);
}

#[test]
fn merge_keeps_both_writers_bookmarks_and_honours_deletes() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::at(dir.path());
    let a = Changes {
        added: vec![bookmark("a", 1)],
        ..Changes::default()
    };
    let b = Changes {
        added: vec![bookmark("b", 2)],
        ..Changes::default()
    };
    store.save(&a).unwrap();
    store.save(&b).unwrap();
    let ids: Vec<_> = store
        .load()
        .state
        .bookmarks
        .iter()
        .map(|b| b.id.clone())
        .collect();
    assert_eq!(ids, ["a", "b"]);
    store
        .save(&Changes {
            deleted: vec![bookmark("a", 1)],
            ..Changes::default()
        })
        .unwrap();
    let ids: Vec<_> = store
        .load()
        .state
        .bookmarks
        .iter()
        .map(|b| b.id.clone())
        .collect();
    assert_eq!(ids, ["b"]);
}

/// How long each of the contending writers below may wait for the lock.
const CONTENDED_WAIT: Duration = Duration::from_secs(120);

#[test]
fn concurrent_writers_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let threads: Vec<_> = (0..8)
        .map(|t| {
            let store = Store::at(dir.path());
            std::thread::spawn(move || {
                for i in 0..10 {
                    let changes = Changes {
                        added: vec![bookmark(&format!("{t}-{i}"), i)],
                        ..Changes::default()
                    };
                    // Longer than a session waits: under load 80 synced writes queue for the
                    // lock well past 3 s, and this checks what is kept, not how long it takes.
                    store.save_waiting(&changes, CONTENDED_WAIT).unwrap();
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    assert_eq!(Store::at(dir.path()).load().state.bookmarks.len(), 80);
}

#[cfg(unix)]
#[test]
fn read_only_folder_reports_an_error() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let ro = dir.path().join("ro");
    fs::create_dir(&ro).unwrap();
    fs::set_permissions(&ro, fs::Permissions::from_mode(0o500)).unwrap();
    let store = Store::at(&ro);
    let result = store.save(&Changes {
        last_doc: Some("x".into()),
        ..Changes::default()
    });
    // Root can write anywhere; only check the error path where permissions apply.
    if fs::write(ro.join("probe"), b"").is_err() {
        assert!(result.is_err());
    }
    fs::set_permissions(&ro, fs::Permissions::from_mode(0o700)).unwrap();
}

/// A state file with one saved bookmark, as an earlier run left it.
fn saved_before(store: &Store) -> State {
    let changes = Changes {
        added: vec![bookmark("old", 3)],
        ..Changes::default()
    };
    store.save(&changes).unwrap()
}

fn new_bookmark() -> Changes {
    Changes {
        added: vec![bookmark("new", 9)],
        ..Changes::default()
    }
}

#[test]
fn a_state_file_that_cannot_be_read_is_never_written_over() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::at(dir.path());
    // A folder where the file should be cannot be read (as a file with no read permission
    // cannot, which root would read anyway).
    fs::create_dir(store.path()).unwrap();
    fs::write(store.path().join("keep"), b"x").unwrap();
    let loaded = store.load();
    assert!(loaded.warning.unwrap().contains("will not be saved"));
    let err = store.save(&new_bookmark()).unwrap_err();
    assert!(matches!(err, StateError::Unreadable { .. }), "{err}");
    assert!(store.path().join("keep").exists());
}

#[cfg(unix)]
#[test]
fn a_fifo_is_not_read_and_does_not_hang() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::at(dir.path());
    if !crate::testing::make_fifo(&store.path()) {
        return;
    }
    // Opening a FIFO for reading blocks until a writer comes: the load must not open it.
    let loaded = store.load();
    assert!(loaded.warning.unwrap().contains("not a regular file"));
    assert!(store.save(&new_bookmark()).is_err());
    assert!(fs::symlink_metadata(store.path())
        .unwrap()
        .file_type()
        .is_fifo());
}

#[cfg(unix)]
use std::os::unix::fs::FileTypeExt;

#[cfg(unix)]
#[test]
fn a_symlinked_state_file_stays_a_link() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("elsewhere");
    fs::create_dir(&real).unwrap();
    let store = Store::at(dir.path().join("state"));
    fs::create_dir(dir.path().join("state")).unwrap();
    std::os::unix::fs::symlink(real.join("state.json"), store.path()).unwrap();
    saved_before(&store);
    store.save(&new_bookmark()).unwrap();
    assert!(fs::symlink_metadata(store.path())
        .unwrap()
        .file_type()
        .is_symlink());
    let on_disk: State =
        serde_json::from_slice(&fs::read(real.join("state.json")).unwrap()).unwrap();
    assert_eq!(on_disk.bookmarks.len(), 2);
}

#[test]
fn unknown_fields_and_a_newer_version_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::at(dir.path());
    fs::write(
        store.path(),
        br#"{"version": 7, "theme": {"dark": true}, "bookmarks": [{"id": "a", "doc": "d",
            "name": "n", "offset": 1, "colour": "red"}]}"#,
    )
    .unwrap();
    store.save(&new_bookmark()).unwrap();
    let on_disk: serde_json::Value =
        serde_json::from_slice(&fs::read(store.path()).unwrap()).unwrap();
    assert_eq!(on_disk["version"], 7);
    assert_eq!(on_disk["theme"]["dark"], true);
    assert_eq!(on_disk["bookmarks"][0]["colour"], "red");
    assert_eq!(on_disk["bookmarks"][1]["id"], "new");
}

#[test]
fn deleting_one_of_two_bookmarks_sharing_an_id_keeps_the_other() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::at(dir.path());
    let twin = |offset| bookmark("same", offset);
    let state = State {
        bookmarks: vec![twin(1), twin(2)],
        ..State::default()
    };
    fs::write(store.path(), serde_json::to_vec(&state).unwrap()).unwrap();
    let merged = store
        .save(&Changes {
            deleted: vec![twin(2)],
            ..Changes::default()
        })
        .unwrap();
    assert_eq!(merged.bookmarks, [twin(1)]);
}

#[test]
fn positions_are_pruned_oldest_first() {
    let mut state = State {
        last_doc: Some("p0".into()),
        ..State::default()
    };
    for k in 0..10 {
        state.positions.insert(format!("p{k}"), k);
        state.position_times.insert(format!("p{k}"), k as u64);
    }
    state.positions.insert("untimed".into(), 1);
    state.prune(5);
    let kept: Vec<_> = state.positions.keys().cloned().collect();
    // The document open last stays, however old; then the newest.
    assert_eq!(kept, ["p0", "p6", "p7", "p8", "p9"]);
    assert_eq!(state.position_times.len(), 5);
    // Merging prunes to the bound.
    let mut big = State::default();
    let changes = Changes {
        positions: (0..MAX_POSITIONS + 50)
            .map(|k| (format!("d{k}"), k))
            .collect(),
        ..Changes::default()
    };
    big.merge(&changes, 1);
    assert_eq!(big.positions.len(), MAX_POSITIONS);
}

#[test]
fn a_held_lock_times_out_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::at(dir.path());
    saved_before(&store);
    let held = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(dir.path().join("state.lock"))
        .unwrap();
    held.lock().unwrap();
    let err = store.save(&new_bookmark()).unwrap_err();
    assert!(matches!(err, StateError::Busy { .. }), "{err}");
    assert!(err.to_string().contains("kept for later"));
    drop(held);
    assert_eq!(store.save(&new_bookmark()).unwrap().bookmarks.len(), 2);
}

#[test]
fn an_oversized_state_file_is_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::at(dir.path());
    let f = fs::File::create(store.path()).unwrap();
    f.set_len(MAX_STATE_BYTES + 1).unwrap();
    assert!(store.load().warning.is_some());
    assert!(store.save(&new_bookmark()).is_err());
    assert_eq!(
        fs::metadata(store.path()).unwrap().len(),
        MAX_STATE_BYTES + 1
    );
}
