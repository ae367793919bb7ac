//! The reader: borders and read-back at several widths, hostile text, terminal restore.

use super::*;

#[test]
fn borders_stay_straight_and_paging_shows_every_character_once() {
    let text = squeeze(&seed("001_f9e93284838de776.txt"));
    for (w, h) in [(40, 20), (61, 24), (80, 24), (133, 30)] {
        let got = squeeze(&page_through(w, h, "--ambiguous 1"));
        if got.is_empty() {
            return; // tmux missing
        }
        assert_eq!(
            got, text,
            "text read back at width {w} differs from the document"
        );
    }
}

#[test]
fn auto_ambiguous_probe_agrees_with_the_terminal() {
    let text = squeeze(&seed("001_f9e93284838de776.txt"));
    let got = squeeze(&page_through(61, 20, ""));
    if !got.is_empty() {
        assert_eq!(got, text);
    }
}

#[test]
fn hostile_text_leaves_title_and_clipboard_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hostile.txt");
    std::fs::write(&path, "제목\n\x1b]2;PWNED\x07 \x1b]52;c;cHduZWQ=\x07 \x1b[2J\x1b[H \u{9b}31m \u{202e}evil \x1bP+q\x1b\\\n").unwrap();
    let Some(t) = Tmux::start(80, 12, &format!("{BIN} --ambiguous 1 {}", path.display())) else {
        return;
    };
    let screen = t.wait_for("the text", |s| s.iter().any(|l| l.contains("PWNED")));
    let text = screen.join("\n");
    assert!(text.contains("^[]2;PWNED^G"), "{text}");
    assert!(text.contains("<U+009B>31m"), "{text}");
    assert!(text.contains("<U+202E>evil"), "{text}");
    assert_ne!(
        t.run(&["display-message", "-p", "-t", "e2e", "#{pane_title}"])
            .trim(),
        "PWNED"
    );
    assert_eq!(
        t.run(&["list-buffers"]).trim(),
        "",
        "something reached the clipboard"
    );
}

#[test]
fn quitting_and_sigterm_restore_the_terminal() {
    for how in ["q", "term"] {
        let cmd = format!("sh -c '{BIN} --ambiguous 1; echo EXIT=$?; stty -a | grep -o -- \"-\\?icanon\"; sleep 30'");
        let Some(t) = Tmux::start(80, 24, &cmd) else {
            return;
        };
        t.wait_for("the list", |s| status_line(s).contains("Enter read"));
        if how == "q" {
            t.keys(&["q"]);
        } else {
            let pid = t.run(&["display-message", "-p", "-t", "e2e", "#{pane_pid}"]);
            Command::new("pkill")
                .args(["-TERM", "-P", pid.trim()])
                .status()
                .unwrap();
        }
        let screen = t.wait_for("the shell", |s| s.iter().any(|l| l.starts_with("EXIT=")));
        assert!(screen.iter().any(|l| l == "EXIT=0"), "{how}: {screen:?}");
        assert!(
            screen.iter().any(|l| l == "icanon"),
            "{how}: terminal left in raw mode: {screen:?}"
        );
        assert!(
            !screen.iter().any(|l| l.contains("Documents (")),
            "{how}: alternate screen not left"
        );
    }
}

#[test]
fn too_small_then_enlarged() {
    let Some(t) = Tmux::start(80, 24, &format!("{BIN} --ambiguous 1")) else {
        return;
    };
    t.wait_for("the list", |s| status_line(s).contains("Enter read"));
    for (w, h) in [(10, 3), (1, 1), (19, 40)] {
        t.run(&[
            "resize-window",
            "-t",
            "e2e",
            "-x",
            &w.to_string(),
            "-y",
            &h.to_string(),
        ]);
        t.wait_for("the notice", |s| {
            s.first().is_some_and(|l| {
                !l.is_empty() && "Terminal too small.".starts_with(l.trim_end_matches(['…', ' ']))
            })
        });
    }
    t.run(&["resize-window", "-t", "e2e", "-x", "90", "-y", "20"]);
    t.wait_for("the list again", |s| {
        status_line(s).contains("Enter read") && s[0].width() == 90
    });
}

#[test]
fn standard_input_is_read_while_keys_come_from_the_terminal() {
    let cmd = format!("sh -c 'printf \"표준 입력으로 들어온 글입니다.\\n둘째 문단\" | {BIN} --ambiguous 1 -; echo EXIT=$?; sleep 30'");
    let Some(t) = Tmux::start(80, 24, &cmd) else {
        return;
    };
    t.wait_for("the list", |s| {
        s.iter().any(|l| l.contains("표준 입력으로"))
    });
    t.keys(&["Enter", "G", "q"]);
    t.wait_for("exit", |s| s.iter().any(|l| l == "EXIT=0"));
}

#[test]
fn a_vanished_terminal_ends_the_process() {
    // crossterm spins on a closed terminal; dokseo must notice the hangup and leave.
    let dir = tempfile::tempdir().unwrap();
    let marker = dir.path().join("hangup-marker.txt");
    std::fs::write(&marker, "끊어진 터미널").unwrap();
    let Some(t) = Tmux::start(80, 24, &format!("{BIN} --ambiguous 1 {}", marker.display())) else {
        return;
    };
    t.wait_for("the text", |s| status_line(s).contains("line 1/"));
    drop(t);
    let still_running = || {
        let out = Command::new("pgrep")
            .arg("-f")
            .arg(marker.to_str().unwrap())
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).lines().count()
    };
    let start = Instant::now();
    while still_running() > 0 {
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "dokseo kept running after its terminal closed"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}
