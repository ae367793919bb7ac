//! Faults from outside: a storm of resizes, terminating signals after the user moved, and a
//! corrupt or unwritable state file (the open file changed underneath: `underneath.rs`).
//!
//! `reader.rs` already checks that `q` and SIGTERM from the list restore the terminal, and
//! `habits.rs` that an unwritable state folder is reported while reading goes on; these add what
//! happens to the user's place and to the process around them.

use dokseo::corpus::seeds;
use dokseo::state::{content_hash, State};

use super::*;

/// Runs dokseo under a shell that reports how it ended and whether the terminal is cooked
/// again (`icanon`, not `-icanon`), then keeps the pane open.
pub(crate) fn under_shell(args: &str) -> String {
    format!(
        "sh -c '{BIN} --ambiguous 1 {args}; echo EXIT=$?; stty -a | grep -o -- \"-\\?icanon\"; sleep 30'"
    )
}

/// Waits for the shell's report and checks dokseo ended with 0 and left a usable terminal.
pub(crate) fn assert_exited_cleanly(t: &Tmux, what: &str) {
    // Both lines: on a loaded machine `stty` can print well after the exit status.
    let screen = t.wait_for("the shell", |s| {
        s.iter().any(|l| l.starts_with("EXIT=")) && s.iter().any(|l| l.contains("icanon"))
    });
    assert!(screen.iter().any(|l| l == "EXIT=0"), "{what}: {screen:?}");
    assert!(
        screen.iter().any(|l| l == "icanon"),
        "{what}: terminal left in raw mode: {screen:?}"
    );
    assert!(
        !screen.iter().any(|l| l.contains("Documents (")),
        "{what}: alternate screen not left: {screen:?}"
    );
}

/// The pid of dokseo: the child of the pane's shell.
pub(crate) fn dokseo_pid(t: &Tmux) -> String {
    let shell = t.run(&["display-message", "-p", "-t", "e2e", "#{pane_pid}"]);
    let out = Command::new("pgrep")
        .args(["-P", shell.trim()])
        .output()
        .unwrap();
    let pids = String::from_utf8_lossy(&out.stdout).trim().to_string();
    assert!(
        !pids.is_empty() && !pids.contains('\n'),
        "expected one dokseo under the shell, found {pids:?}"
    );
    pids
}

/// The number after `word` in the status line (`line 12/80`, `Bookmarked line 12.`).
fn number_after(screen: &[String], word: &str) -> Option<usize> {
    let status = status_line(screen);
    let rest = &status[status.rfind(word)? + word.len()..];
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// `N` of `line N/M` in the status line (0 when there is none).
pub(crate) fn status_line_number(screen: &[String]) -> usize {
    number_after(screen, " line ").unwrap_or(0)
}

/// `M` of `line N/M` in the status line: the lines known so far (0 when there is none).
pub(crate) fn status_line_total(screen: &[String]) -> usize {
    let status = status_line(screen);
    let Some((_, after)) = status.rsplit_once(" line ") else {
        return 0;
    };
    let total = after.split_once('/').map_or("", |(_, m)| m);
    let digits: String = total.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().unwrap_or(0)
}

/// The state file in state folder `dir`, parsed (a parse error names the file and shows it).
pub(crate) fn read_state(dir: &Path) -> State {
    let path = dir.join("dokseo").join("state.json");
    let text = std::fs::read_to_string(&path).unwrap();
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}\n{text}", path.display()))
}

/// Every row above the status line is `w` columns and ends in a border.
pub(crate) fn assert_straight(screen: &[String], w: usize) {
    for (y, line) in screen[..screen.len() - 1].iter().enumerate() {
        assert_eq!(line.width(), w, "row {y}:\n{}", screen.join("\n"));
        assert!(line.ends_with(BORDERS), "row {y}: {line:?}");
    }
}

#[test]
fn a_resize_storm_leaves_a_straight_screen_and_a_live_reader() {
    let Some(t) = Tmux::start(80, 24, &under_shell("")) else {
        return;
    };
    t.wait_for("the list", |s| status_line(s).contains("Enter read"));
    t.keys(&["j", "Enter"]);
    t.wait_for("the text", |s| status_line(s).contains("line 1/"));
    // Batches of 100 (a longer tmux command line is refused), so 1,000 resizes and the keys
    // among them arrive in a burst; each batch reports the size it ended on.
    let (mut w, mut h) = (80u32, 24u32);
    for batch in 0..10u32 {
        let mut storm: Vec<String> = Vec::new();
        for i in batch * 100..(batch + 1) * 100 {
            w = (w * 37 + i * 11) % 200 + 1;
            h = (h * 13 + i * 7) % 60 + 1;
            let (ws, hs) = (w.to_string(), h.to_string());
            let resize = ["resize-window", "-t", "e2e", "-x", &ws, "-y", &hs, ";"];
            storm.extend(resize.map(String::from));
            if i % 10 == 0 {
                storm.extend(["send-keys", "-t", "e2e", "j", ";"].map(String::from));
            }
        }
        storm.extend(
            ["display-message", "-p", "#{window_width}x#{window_height}"].map(String::from),
        );
        let out = Command::new("tmux")
            .arg("-L")
            .arg(&t.socket)
            .args(&storm)
            .output()
            .unwrap();
        let reached = String::from_utf8_lossy(&out.stdout);
        assert_eq!(
            reached.trim(),
            format!("{w}x{h}"),
            "batch {batch}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    t.run(&["resize-window", "-t", "e2e", "-x", "80", "-y", "24"]);
    let screen = t.wait_for("the settled screen", |s| {
        s.len() == 24 && s[0].width() == 80 && status_line_number(s) > 0
    });
    assert_straight(&screen, 80);
    dokseo_pid(&t);
    t.keys(&["g"]);
    t.wait_for("the top", |s| status_line_number(s) == 1);
    t.keys(&["Space"]);
    t.wait_for("the next page", |s| status_line_number(s) > 1);
    t.keys(&["q"]);
    assert_exited_cleanly(&t, "after the storm");
}

/// Sends `signal` (`WINCH`, `TERM`) to process `pid`.
fn signal(pid: &str, signal: &str) {
    let sent = Command::new("kill")
        .args(["-s", signal, pid])
        .status()
        .unwrap();
    assert!(sent.success(), "kill -s {signal} {pid}");
}

#[test]
fn a_resize_signal_redraws_the_whole_screen_even_at_the_same_size() {
    let Some(t) = Tmux::start(80, 24, &under_shell("")) else {
        return;
    };
    t.wait_for("the list", |s| status_line(s).contains("Enter read"));
    t.keys(&["j", "Enter"]);
    let before = t.wait_for("the text", |s| status_line(s).contains("line 1/"));
    // The screen is wiped behind the reader's back, as a terminal resized there and back can
    // lose it (tmux in a storm of resizes did): a SIGWINCH, with the size unchanged, must
    // bring back every cell, not only those that differ from the last frame.
    let tty = t.run(&["display-message", "-p", "-t", "e2e", "#{pane_tty}"]);
    std::fs::write(tty.trim(), "\x1b[2J\x1b[H").unwrap();
    t.wait_for("the wiped screen", |s| {
        s.iter().all(|l| l.trim().is_empty())
    });
    signal(&dokseo_pid(&t), "WINCH");
    t.wait_for("the whole screen again", |s| s == before.as_slice());
    t.keys(&["q"]);
    assert_exited_cleanly(&t, "after the redraw");
}

#[test]
fn sigterm_sighup_and_sigint_save_the_place_and_restore_the_terminal() {
    let doc = &seeds()[0];
    for signal in ["TERM", "HUP", "INT"] {
        let state = tempfile::tempdir().unwrap();
        let env = [("XDG_STATE_HOME", state.path().to_str().unwrap())];
        let Some(t) = Tmux::start_with_env(80, 24, &under_shell(""), &env) else {
            return;
        };
        t.wait_for("the list", |s| status_line(s).contains("Enter read"));
        t.keys(&["Enter", "Space", "Space", "m"]);
        t.keys(&["-l", "신호 전"]);
        t.keys(&["Enter"]);
        let marked = t.wait_for("the bookmark", |s| status_line(s).contains("Bookmarked"));
        let marked_line = number_after(&marked, "Bookmarked line ").expect("a line number");
        // Move on after the bookmark's save, so only the signal path can save this place.
        t.keys(&["Space", "j", "j"]);
        let screen = t.wait_for("a later place", |s| status_line_number(s) > marked_line);
        let line = status_line_number(&screen);
        let pid = dokseo_pid(&t);
        Command::new("kill")
            .args(["-s", signal, &pid])
            .status()
            .unwrap();
        assert_exited_cleanly(&t, signal);

        let saved = read_state(state.path());
        let hash = content_hash(&doc.text);
        assert_eq!(saved.last_doc.as_ref(), Some(&hash), "{signal}");
        let offset = saved.positions.get(&hash).copied().unwrap_or(0);
        assert_eq!(doc.line_of(offset), line, "{signal}: saved place");
        let [mark] = saved.bookmarks.as_slice() else {
            panic!("{signal}: bookmarks {:?}", saved.bookmarks);
        };
        assert_eq!(
            (mark.label.as_str(), doc.line_of(mark.offset)),
            ("신호 전", marked_line),
            "{signal}"
        );
    }
}

#[test]
fn a_truncated_or_garbage_state_file_is_set_aside_and_rewritten() {
    let doc = &seeds()[1];
    let mut valid = State::default();
    valid.positions.insert(content_hash(&doc.text), 1090);
    valid.last_doc = Some(content_hash(&doc.text));
    let valid = serde_json::to_vec_pretty(&valid).unwrap();
    let half = valid[..valid.len() / 2].to_vec();
    let garbage = b"\0\xff\x1b]2;PWNED\x07{\"positions\": [".to_vec();
    for (what, bytes) in [("half a file", half), ("garbage", garbage)] {
        let state = tempfile::tempdir().unwrap();
        let folder = state.path().join("dokseo");
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(folder.join("state.json"), &bytes).unwrap();
        let env = [("XDG_STATE_HOME", state.path().to_str().unwrap())];
        let Some(t) = Tmux::start_with_env(100, 30, &under_shell(""), &env) else {
            return;
        };
        let screen = t.wait_for("the warning", |s| status_line(s).contains("corrupt"));
        let warned = screen.iter().filter(|l| l.contains("corrupt")).count();
        assert_eq!(
            warned,
            1,
            "{what}: a one-line warning:\n{}",
            screen.join("\n")
        );
        assert_ne!(
            t.run(&["display-message", "-p", "-t", "e2e", "#{pane_title}"])
                .trim(),
            "PWNED"
        );
        t.keys(&["Enter", "Space"]);
        let screen = t.wait_for("reading", |s| status_line_number(s) > 1);
        let line = status_line_number(&screen);
        t.keys(&["q"]);
        assert_exited_cleanly(&t, what);

        // The first seed: the corrupt file's choice of document was not believed.
        let first = &seeds()[0];
        let saved = read_state(state.path());
        let offset = saved.positions.get(&content_hash(&first.text)).copied();
        assert_eq!(offset.map(|o| first.line_of(o)), Some(line), "{what}");
        let aside: Vec<_> = std::fs::read_dir(&folder)
            .unwrap()
            .flatten()
            .filter(|e| {
                e.file_name()
                    .to_string_lossy()
                    .starts_with("state.json.corrupt-")
            })
            .collect();
        assert_eq!(aside.len(), 1, "{what}: the bad file kept aside");
        assert_eq!(std::fs::read(aside[0].path()).unwrap(), bytes, "{what}");
    }
}

#[test]
fn quitting_after_a_failed_save_still_restores_the_terminal() {
    // Root-proof: a state folder under a regular file can never be created.
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("not-a-folder");
    std::fs::write(&blocker, "").unwrap();
    let state = blocker.join("state");
    let env = [("XDG_STATE_HOME", state.to_str().unwrap())];
    let Some(t) = Tmux::start_with_env(100, 30, &under_shell(""), &env) else {
        return;
    };
    t.wait_for("the list", |s| status_line(s).contains("Enter read"));
    t.keys(&["Enter", "Space", "m", "Enter"]);
    t.wait_for("the failure", |s| status_line(s).contains("Saving failed"));
    t.keys(&["q"]);
    assert_exited_cleanly(&t, "failed save on quit");
}

#[cfg(unix)]
#[test]
fn a_read_only_state_folder_keeps_the_saved_place_and_the_file() {
    use std::os::unix::fs::PermissionsExt;
    let doc = &seeds()[2];
    let hash = content_hash(&doc.text);
    let mut saved = State {
        version: 1,
        last_doc: Some(hash.clone()),
        ..State::default()
    };
    saved.positions.insert(hash, doc.line_start(20));
    let state = tempfile::tempdir().unwrap();
    let folder = state.path().join("dokseo");
    std::fs::create_dir_all(&folder).unwrap();
    let file = folder.join("state.json");
    let before = serde_json::to_vec_pretty(&saved).unwrap();
    std::fs::write(&file, &before).unwrap();
    let mode = |m: u32| std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(m));
    mode(0o555).unwrap();
    if std::fs::write(folder.join("probe"), "").is_ok() {
        mode(0o755).unwrap();
        eprintln!("SKIP (running as root): a read-only folder is still writable");
        return;
    }
    let env = [("XDG_STATE_HOME", state.path().to_str().unwrap())];
    let Some(t) = Tmux::start_with_env(100, 30, &under_shell(""), &env) else {
        mode(0o755).unwrap();
        return;
    };
    t.wait_for("the list", |s| status_line(s).contains("Enter read"));
    t.keys(&["Enter"]);
    t.wait_for("the saved place", |s| status_line(s).contains("line 20/"));
    t.keys(&["m", "Enter"]);
    t.wait_for("the failure", |s| status_line(s).contains("Saving failed"));
    t.keys(&["Space", "q"]);
    assert_exited_cleanly(&t, "read-only state folder");
    mode(0o755).unwrap();
    assert_eq!(
        std::fs::read(&file).unwrap(),
        before,
        "the old state was kept"
    );
}
