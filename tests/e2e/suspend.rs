//! Job control and a terminal that goes away: Ctrl-Z and SIGTSTP hand the terminal back to the
//! shell and `fg` takes it again; closing the pane leaves no thread behind reading a dead
//! terminal, even while the reader waits on another process's state lock.

use super::faults::dokseo_pid;
use super::*;

/// A tmux pane on an interactive shell, so Ctrl-Z and `fg` work as at a prompt.
fn shell(env: &[(&str, &str)]) -> Option<Tmux> {
    let t = Tmux::start_with_env(100, 30, "bash --norc --noprofile -i", env)?;
    t.keys(&["-l", "PS1='PROMPT$ '"]);
    t.keys(&["Enter"]);
    t.wait_for("the prompt", |s| s.iter().any(|l| l == "PROMPT$"));
    Some(t)
}

/// A tmux format of the pane (`#{alternate_on}`).
fn pane(t: &Tmux, format: &str) -> String {
    t.run(&["display-message", "-p", "-t", "e2e", format])
        .trim()
        .to_string()
}

/// The shell has the terminal back, as the reader left it: the normal screen, a visible
/// cursor, no mouse reporting.
fn assert_handed_back(t: &Tmux, what: &str) {
    let screen = t.wait_for("the shell", |s| s.iter().any(|l| l.contains("Stopped")));
    assert!(
        !screen.iter().any(|l| l.contains("Documents (")),
        "{what}: the reader still on screen:\n{}",
        screen.join("\n")
    );
    let flags = "#{alternate_on} #{cursor_flag} #{mouse_any_flag} #{mouse_button_flag}";
    assert_eq!(
        pane(t, flags),
        "0 1 0 0",
        "{what}: alternate, cursor, mouse"
    );
}

/// `fg` brings the reader back drawn in full, as it was, and keys still work.
fn assert_resumes(t: &Tmux, before: &[String], what: &str) -> Vec<String> {
    t.keys(&["-l", "fg"]);
    t.keys(&["Enter"]);
    t.wait_for("the reader as it was", |s| s == before);
    assert_eq!(pane(t, "#{alternate_on}"), "1", "{what}");
    t.keys(&["j"]);
    t.wait_for("a key after fg", |s| {
        s != before && status_line(s).contains("line ")
    })
}

#[test]
fn ctrl_z_and_sigtstp_suspend_to_the_shell_and_fg_resumes() {
    let Some(t) = shell(&[]) else {
        return;
    };
    t.keys(&["-l", &format!("{BIN} --ambiguous 1")]);
    t.keys(&["Enter"]);
    t.wait_for("the list", |s| status_line(s).contains("Enter read"));
    t.keys(&["Enter"]);
    let before = t.wait_for("the text", |s| status_line(s).contains("line 1/"));

    t.keys(&["C-z"]);
    assert_handed_back(&t, "Ctrl-Z");
    let before = assert_resumes(&t, &before, "after Ctrl-Z");

    let pid = dokseo_pid(&t);
    Command::new("kill")
        .args(["-s", "TSTP", &pid])
        .status()
        .unwrap();
    assert_handed_back(&t, "SIGTSTP");
    assert_resumes(&t, &before, "after SIGTSTP");

    t.keys(&["q"]);
    t.wait_for("the prompt after q", |s| {
        status_line(s) == "PROMPT$" && !s.iter().any(|l| l.contains("Documents ("))
    });
}

/// The process's threads, or `None` once it has exited.
fn threads(pid: &str) -> Option<usize> {
    let tasks = std::fs::read_dir(format!("/proc/{pid}/task")).ok()?;
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // A zombie has exited; only its parent has yet to notice.
    let state = stat.rsplit(')').next()?.split_whitespace().next()?;
    (state != "Z").then(|| tasks.count())
}

/// Waits (generously) until `ok` holds of the thread count; panics with `what` otherwise.
fn wait_threads(pid: &str, what: &str, ok: impl Fn(Option<usize>) -> bool) {
    let start = Instant::now();
    loop {
        let now = threads(pid);
        if ok(now) {
            return;
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "{what}: {now:?} threads"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[cfg(target_os = "linux")]
#[test]
fn closing_the_pane_while_the_state_lock_is_held_leaves_no_thread_reading() {
    let state = tempfile::tempdir().unwrap();
    let folder = state.path().join("dokseo");
    std::fs::create_dir_all(&folder).unwrap();
    let env = [("XDG_STATE_HOME", state.path().to_str().unwrap())];
    let Some(t) = shell(&env) else {
        return;
    };
    t.keys(&["-l", &format!("{BIN} --ambiguous 1")]);
    t.keys(&["Enter"]);
    t.wait_for("the list", |s| status_line(s).contains("Enter read"));
    let pid = dokseo_pid(&t);
    // Another dokseo holds the lock: the bookmark's save waits on it.
    let lock = std::fs::File::create(folder.join("state.lock")).unwrap();
    lock.lock().unwrap();
    t.keys(&["Enter", "m", "Enter"]);
    t.run(&["kill-server"]);
    // The input thread saw the terminal hang up and ended instead of spinning in its read;
    // the main thread may still be waiting on the lock (or have given up and left).
    wait_threads(&pid, "after the pane closed", |n| n.is_none_or(|n| n == 1));
    drop(lock);
    wait_threads(&pid, "after the lock was released", |n| n.is_none());
}
