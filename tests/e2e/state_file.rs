//! The state file when it is hostile: a FIFO (reading one would block start-up until a writer
//! comes), a lock another process holds (a save must not freeze the screen), and a corrupt
//! file (set aside, and the user told).

use std::fs::OpenOptions;

use dokseo::state::State;

use super::faults::{assert_exited_cleanly, under_shell};
use super::*;

fn state_dir() -> (tempfile::TempDir, std::path::PathBuf) {
    let state = tempfile::tempdir().unwrap();
    let folder = state.path().join("dokseo");
    std::fs::create_dir_all(&folder).unwrap();
    (state, folder)
}

#[cfg(unix)]
#[test]
fn a_fifo_state_file_neither_hangs_start_up_nor_is_replaced() {
    use std::os::unix::fs::FileTypeExt;
    let (state, folder) = state_dir();
    let fifo = folder.join("state.json");
    let made = Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success());
    if !made {
        eprintln!("skipped: mkfifo is missing");
        return;
    }
    let env = [("XDG_STATE_HOME", state.path().to_str().unwrap())];
    let Some(t) = Tmux::start_with_env(100, 30, &under_shell(""), &env) else {
        return;
    };
    t.wait_for("the warning", |s| {
        status_line(s).contains("not a regular file")
    });
    t.keys(&["Enter", "Space", "m", "Enter"]);
    t.wait_for("the refusal", |s| status_line(s).contains("Saving failed"));
    t.keys(&["q"]);
    assert_exited_cleanly(&t, "fifo state");
    let kind = std::fs::symlink_metadata(&fifo).unwrap().file_type();
    assert!(kind.is_fifo(), "the FIFO was replaced: {kind:?}");
}

#[test]
fn a_held_lock_never_freezes_the_reader_and_the_bookmark_is_saved_on_the_way_out() {
    let (state, folder) = state_dir();
    let lock = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(folder.join("state.lock"))
        .unwrap();
    lock.lock().unwrap();
    let env = [("XDG_STATE_HOME", state.path().to_str().unwrap())];
    let Some(t) = Tmux::start_with_env(100, 30, &under_shell(""), &env) else {
        return;
    };
    t.wait_for("the list", |s| status_line(s).contains("Enter read"));
    t.keys(&["Enter", "Space", "m", "Enter"]);
    t.wait_for("the message", |s| status_line(s).contains("kept for later"));
    // Keys still move the reader while the lock is held.
    t.keys(&["G"]);
    t.wait_for("the end", |s| status_line(s).contains("100%"));
    drop(lock);
    t.keys(&["q"]);
    assert_exited_cleanly(&t, "held lock");
    let text = std::fs::read_to_string(folder.join("state.json")).unwrap();
    let saved: State = serde_json::from_str(&text).unwrap();
    assert_eq!(saved.bookmarks.len(), 1, "{text}");
}

#[test]
fn a_corrupt_state_file_is_told_when_one_file_is_opened_at_once() {
    let (state, folder) = state_dir();
    std::fs::write(folder.join("state.json"), "{not json").unwrap();
    let env = [("XDG_STATE_HOME", state.path().to_str().unwrap())];
    let seed = format!(
        "{}/seeds/000_7813f3b5ebc8f1dd.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let Some(t) = Tmux::start_with_env(100, 30, &under_shell(&seed), &env) else {
        return;
    };
    // One file opens in the reading pane at once (the status line gives its place, where the
    // list would say `Enter read`); that is not a key, so the warning stays.
    t.wait_for("the warning in the reading pane", |s| {
        status_line(s).contains("was corrupt") && status_line(s).contains("line 1/")
    });
    t.keys(&["q"]);
    assert_exited_cleanly(&t, "corrupt state");
    let aside = std::fs::read_dir(&folder)
        .unwrap()
        .filter_map(Result::ok)
        .any(|e| e.file_name().to_string_lossy().contains(".corrupt-"));
    assert!(aside, "the corrupt file was set aside");
}
