use super::*;

fn bookmark(id: &str, offset: usize) -> Bookmark {
    Bookmark {
        id: id.into(),
        doc: "d".into(),
        name: "n".into(),
        offset,
        label: String::new(),
        excerpt: String::new(),
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
        warning.contains("corrupt") && warning.contains("moved to"),
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
            deleted: vec!["a".into()],
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
                    store.save(&changes).unwrap();
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
