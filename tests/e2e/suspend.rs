//! Job control and a terminal that goes away: Ctrl-Z and SIGTSTP hand the terminal back to the
//! shell and `fg` takes it again; closing the pane leaves no thread behind reading a dead
//! terminal, even while the reader waits on another process's state lock, and a terminal that
//! hangs up before it answers the width question ends the reader (this one runs under
//! `script` rather than tmux, which always answers).

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

/// The pid of the process whose command line is `BIN` and then `arg`.
#[cfg(target_os = "linux")]
fn pid_of(arg: &str) -> Option<String> {
    std::fs::read_dir("/proc").ok()?.flatten().find_map(|e| {
        let cmdline = std::fs::read(e.path().join("cmdline")).ok()?;
        let words: Vec<&[u8]> = cmdline.split(|&b| b == 0).collect();
        (words.first() == Some(&BIN.as_bytes()) && words.get(1) == Some(&arg.as_bytes()))
            .then(|| e.file_name().to_string_lossy().into_owned())
    })
}

/// A terminal that hangs up while the reader waits for its answer to the width question
/// (`…` printed, the cursor asked for): crossterm's query spins forever on a hung-up
/// terminal, and the reader did, at full speed, until killed. Now it leaves.
#[cfg(target_os = "linux")]
#[test]
fn a_terminal_closed_before_it_answers_the_width_question_ends_the_reader() {
    use std::io::Read;
    use std::process::Stdio;
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("hang-up.txt");
    std::fs::write(&doc, "첫 줄\n").unwrap();
    let doc = doc.to_str().unwrap().to_string();
    // `script` gives the reader a terminal whose other end is this test: nobody answers the
    // cursor query, and killing `script` hangs the terminal up.
    let Ok(mut script) = Command::new("script")
        .args(["-qfec", &format!("{BIN} {doc}"), "/dev/null"])
        .env("XDG_STATE_HOME", dir.path())
        .env("XDG_CONFIG_HOME", dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
    else {
        eprintln!("`script` (util-linux) is not installed: skipped");
        return;
    };
    let mut out = script.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n @ 1..) = out.read(&mut buf) {
            if tx.send(buf[..n].to_vec()).is_err() {
                return;
            }
        }
    });
    // The reader has drawn its first frame and asked once the query reaches `script`'s output.
    let mut seen = Vec::new();
    let start = Instant::now();
    while !seen.windows(4).any(|w| w == b"\x1b[6n") {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "no cursor query: {:?}",
            String::from_utf8_lossy(&seen)
        );
        if let Ok(chunk) = rx.recv_timeout(Duration::from_millis(50)) {
            seen.extend(chunk);
        }
    }
    let pid = pid_of(&doc).expect("the reader's process");
    script.kill().unwrap();
    let _ = script.wait();
    let start = Instant::now();
    while threads(&pid).is_some() {
        if start.elapsed() > Duration::from_secs(10) {
            let _ = Command::new("kill").args(["-9", &pid]).status();
            panic!("the reader still runs 10 s after its terminal hung up");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}
