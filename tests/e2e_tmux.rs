//! End-to-end: the real binary in a real terminal (tmux), read back from the screen.
//!
//! Needs `tmux` (`.ci/run` installs it). Where it is missing these tests say so and pass.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use unicode_width::UnicodeWidthStr;

const BIN: &str = env!("CARGO_BIN_EXE_dokseo");

/// A tmux server of our own (its own socket), killed on drop.
struct Tmux {
    socket: String,
    /// Private state and config folders, so tests never read or write the user's.
    _home: tempfile::TempDir,
}

impl Tmux {
    /// Starts `cmd` in a `w`x`h` window, or `None` when tmux is not installed.
    fn start(w: u16, h: u16, cmd: &str) -> Option<Self> {
        Self::start_with_env(w, h, cmd, &[])
    }

    /// Like [`Self::start`], with extra environment variables for the program.
    fn start_with_env(w: u16, h: u16, cmd: &str, env: &[(&str, &str)]) -> Option<Self> {
        if Command::new("tmux").arg("-V").output().is_err() {
            eprintln!("SKIP: tmux is not installed; end-to-end tests did not run");
            return None;
        }
        static N: AtomicUsize = AtomicUsize::new(0);
        let socket = format!(
            "dokseo-e2e-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        );
        let home = tempfile::tempdir().unwrap();
        let t = Self {
            socket,
            _home: home,
        };
        let (w, h) = (w.to_string(), h.to_string());
        let mut args = vec![
            "-f",
            "/dev/null",
            "new-session",
            "-d",
            "-s",
            "e2e",
            "-x",
            &w,
            "-y",
            &h,
            "-e",
            "TERM=xterm-256color",
        ];
        let private = [
            ("XDG_STATE_HOME", t._home.path().join("state")),
            ("XDG_CONFIG_HOME", t._home.path().join("config")),
        ];
        let mut vars: Vec<String> = env.iter().map(|(k, v)| format!("{k}={v}")).collect();
        for (k, v) in private {
            if !vars.iter().any(|e| e.starts_with(&format!("{k}="))) {
                vars.push(format!("{k}={}", v.display()));
            }
        }
        for v in &vars {
            args.extend(["-e", v.as_str()]);
        }
        args.push(cmd);
        t.run(&args);
        // OSC 52 would land in tmux's paste buffers if anything passed it through.
        t.run(&["set-option", "-g", "set-clipboard", "on"]);
        t.run(&["set-option", "-g", "allow-rename", "on"]);
        // Esc must arrive as Esc, not as the start of an Alt chord.
        t.run(&["set-option", "-s", "escape-time", "0"]);
        Some(t)
    }

    fn run(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "e2e"];
        args.extend_from_slice(keys);
        self.run(&args);
    }

    fn screen(&self) -> Vec<String> {
        self.run(&["capture-pane", "-p", "-t", "e2e"])
            .lines()
            .map(str::to_string)
            .collect()
    }

    /// Waits until the screen satisfies `ok` (and stops changing), or panics after 10 s.
    fn wait_for(&self, what: &str, ok: impl Fn(&[String]) -> bool) -> Vec<String> {
        let start = Instant::now();
        let mut last = Vec::new();
        loop {
            std::thread::sleep(Duration::from_millis(60));
            let screen = self.screen();
            if ok(&screen) && screen == last {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "timed out waiting for {what}; screen:\n{}",
                last.join("\n")
            );
            last = screen;
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .arg("kill-server")
            .output();
    }
}

const BORDERS: [char; 8] = ['│', '┃', '┐', '┘', '┓', '┛', '┌', '┏'];

fn status_line(screen: &[String]) -> &str {
    screen
        .iter()
        .rev()
        .find(|l| !l.trim().is_empty())
        .map_or("", String::as_str)
}

/// The reading pane's text on one screen row: what lies between its two vertical borders.
fn reader_text(line: &str, two_panes: bool) -> String {
    let borders: Vec<usize> = line
        .char_indices()
        .filter(|(_, c)| BORDERS.contains(c))
        .map(|(i, _)| i)
        .collect();
    let (from, to) = if two_panes {
        (borders[2], borders[3])
    } else {
        (borders[0], borders[1])
    };
    line[from + '│'.len_utf8()..to].trim().to_string()
}

/// Pages through the second seed with Space, checking every screen's borders, and returns the
/// reading pane's text in order with the final page's overlap removed.
fn page_through(w: u16, h: u16, extra: &str) -> String {
    let Some(t) = Tmux::start(w, h, &format!("{BIN} {extra}")) else {
        return String::new();
    };
    let two_panes = w >= 72;
    t.wait_for("the list", |s| status_line(s).contains("Enter read"));
    t.keys(&["j", "Enter"]);
    let mut rows: Vec<String> = Vec::new();
    let mut last_status = String::new();
    for _ in 0..400 {
        let screen = t.wait_for("a page", |s| {
            status_line(s).contains('%') && status_line(s) != last_status
        });
        for (y, line) in screen[..screen.len() - 1].iter().enumerate() {
            assert_eq!(
                line.width(),
                usize::from(w),
                "row {y} at width {w} is not {w} columns:\n{}",
                screen.join("\n")
            );
            assert!(
                line.ends_with(BORDERS),
                "row {y} at width {w} does not end in a border: {line:?}"
            );
        }
        let page: Vec<String> = screen[1..screen.len() - 2]
            .iter()
            .map(|l| reader_text(l, two_panes))
            .collect();
        // The last page is clamped to a full screen: drop what the previous page already showed.
        let overlap = (0..=page.len().min(rows.len()))
            .rev()
            .find(|&k| rows[rows.len() - k..] == page[..k])
            .unwrap_or(0);
        let at_end = status_line(&screen).contains("100%");
        let skip = if at_end { overlap } else { 0 };
        rows.extend(page.into_iter().skip(skip));
        if at_end {
            break;
        }
        last_status = status_line(&screen).to_string();
        t.keys(&["Space"]);
    }
    t.keys(&["q"]);
    rows.concat()
}

/// The reading pane's text on a two-pane screen, without white space.
fn pane_text(screen: &[String]) -> String {
    squeeze(
        &screen[1..screen.len() - 2]
            .iter()
            .map(|l| reader_text(l, true))
            .collect::<String>(),
    )
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn seed(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("seeds")
            .join(name),
    )
    .unwrap()
}

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
    t.wait_for("the list", |s| status_line(s).contains("Enter read"));
    t.keys(&["Enter"]);
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
fn quote_finder_then_same_speaker_jumps() {
    let Some(t) = Tmux::start(100, 30, &format!("{BIN} --ambiguous 1")) else {
        return;
    };
    t.wait_for("the list", |s| status_line(s).contains("Enter read"));
    t.keys(&["f"]);
    t.wait_for("the finder", |s| s.iter().any(|l| l.contains("› ")));
    t.keys(&["-l", "sattigeri"]);
    t.wait_for("filtered quotes", |s| {
        s.iter().any(|l| l.contains("Quotes 4/"))
    });
    t.keys(&["Enter"]);
    let screen = t.wait_for("the quote", |s| {
        status_line(s).contains("Prasanna Sattigeri 1/4")
    });
    assert!(
        pane_text(&screen).contains("DeepSeek는대규모AI훈련에서"),
        "{}",
        screen.join("\n")
    );
    t.keys(&["}"]);
    let screen = t.wait_for("the next quote", |s| {
        status_line(s).contains("Prasanna Sattigeri 2/4")
    });
    assert!(
        pane_text(&screen).contains("이를통해구형하드웨어를"),
        "{}",
        screen.join("\n")
    );
    t.keys(&["}", "}", "}"]);
    t.wait_for("wrap around", |s| {
        status_line(s).contains("Prasanna Sattigeri 1/4")
    });
    t.keys(&["y"]);
    t.wait_for("the copy message", |s| status_line(s).contains("Copied"));
    let copied = t.run(&["show-buffer"]);
    assert!(
        copied.starts_with("“DeepSeek는 대규모 AI 훈련에서"),
        "{copied}"
    );
    assert!(
        copied.contains("” — Prasanna Sattigeri, AI 군비 경쟁은"),
        "{copied}"
    );
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
    t.wait_for("the list", |s| status_line(s).contains("Enter read"));
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

#[test]
fn search_bookmark_quit_restart_and_come_back() {
    let state = tempfile::tempdir().unwrap();
    let config = tempfile::tempdir().unwrap();
    let env = [
        ("XDG_STATE_HOME", state.path().to_str().unwrap()),
        ("XDG_CONFIG_HOME", config.path().to_str().unwrap()),
    ];
    let cmd = format!("{BIN} --ambiguous 1");
    let Some(t) = Tmux::start_with_env(100, 30, &cmd, &env) else {
        return;
    };
    t.wait_for("the list", |s| status_line(s).contains("Enter read"));
    t.keys(&["j", "Enter", "/"]);
    t.keys(&["-l", "sattigeri"]);
    t.wait_for("the search prompt", |s| {
        status_line(s).starts_with("/sattigeri")
    });
    t.keys(&["Enter", "n", "n"]);
    let screen = t.wait_for("the third match", |s| status_line(s).contains("3/"));
    let line = status_line(&screen).to_string();
    assert!(
        pane_text(&screen).to_lowercase().contains("sattigeri"),
        "{}",
        screen.join("\n")
    );
    t.keys(&["m"]);
    t.keys(&["-l", "세 번째 검색 결과"]);
    t.keys(&["Enter"]);
    t.wait_for("the bookmark", |s| status_line(s).contains("Bookmarked"));
    t.keys(&["q"]);
    drop(t);

    let Some(t) = Tmux::start_with_env(100, 30, &cmd, &env) else {
        return;
    };
    // Back in the same document: the list selects it, and the pane starts at the same line.
    t.wait_for("the list", |s| status_line(s).contains("Enter read"));
    t.keys(&["Enter"]);
    let want = line
        .split(" · ")
        .find(|p| p.starts_with("line "))
        .unwrap()
        .to_string();
    t.wait_for("the same place", |s| status_line(s).contains(&want));
    t.keys(&["'"]);
    t.wait_for("the bookmark list", |s| {
        s.iter().any(|l| l.contains("세 번째 검색 결과"))
    });
    t.keys(&["Enter"]);
    t.wait_for("the bookmarked place", |s| status_line(s).contains(&want));
}

#[test]
fn list_filter_and_goto() {
    let state = tempfile::tempdir().unwrap();
    let env = [("XDG_STATE_HOME", state.path().to_str().unwrap())];
    let Some(t) = Tmux::start_with_env(100, 30, &format!("{BIN} --ambiguous 1"), &env) else {
        return;
    };
    t.wait_for("the list", |s| status_line(s).contains("Enter read"));
    t.keys(&["/"]);
    t.keys(&["-l", "은소랜"]);
    t.wait_for("the filtered list", |s| s[0].contains("Documents (1/4)"));
    t.keys(&["Enter", "Enter"]);
    t.wait_for("the fourth document", |s| {
        status_line(s).contains("4/4 003_")
    });
    t.keys(&[":"]);
    t.keys(&["-l", "50%"]);
    t.keys(&["Enter"]);
    t.wait_for("half way", |s| {
        status_line(s).contains("% ") && !status_line(s).contains("line 1/")
    });
    t.keys(&["1", "G"]);
    t.wait_for("line 1", |s| status_line(s).contains("line 1/"));
}

#[test]
fn open_flag_and_editor_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("기사.txt");
    let body: String = (1..=40)
        .map(|i| format!("{i}번째 문단입니다. 편집 전의 글.\n"))
        .collect();
    std::fs::write(&doc, body).unwrap();
    // A stand-in editor: checks it got +LINE, then appends a sentence to the file.
    let editor = dir.path().join("editor.sh");
    std::fs::write(
        &editor,
        "#!/bin/sh\necho \"편집기가 받은 줄: $1\" >> \"$2\"\n",
    )
    .unwrap();
    std::process::Command::new("chmod")
        .arg("+x")
        .arg(&editor)
        .status()
        .unwrap();
    let cmd = format!(
        "{BIN} --ambiguous 1 --open {}:12 {}",
        doc.display(),
        doc.display()
    );
    let env = [("EDITOR", editor.to_str().unwrap()), ("VISUAL", "")];
    let Some(t) = Tmux::start_with_env(90, 24, &cmd, &env) else {
        return;
    };
    t.wait_for("line 12", |s| status_line(s).contains("line 12/40"));
    t.keys(&["e"]);
    t.keys(&["G"]);
    let screen = t.wait_for("the edited text", |s| {
        s.iter().any(|l| l.contains("편집기가 받은 줄: +12"))
    });
    assert!(
        status_line(&screen).contains("/41"),
        "{}",
        status_line(&screen)
    );
}
