//! End-to-end: the real binary in a real terminal (tmux), read back from the screen.
//!
//! `reader`: widths, paging, hostile text, terminal restore; `quotes`: the finder and speaker
//! jumps; `habits`: search, bookmarks, restart, filter, goto, --open and the editor; `faults`:
//! resize storms, signals, corrupt or unwritable state; `underneath`: the open file deleted or
//! truncated; `suspend`: Ctrl-Z, SIGTSTP and `fg`, and a pane closed under a waiting reader;
//! `widths`: jamo and emoji sequences terminals measure differently, and a document switch
//! over them.
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

    /// Waits until the program has exited (its session ends with it), so what it saves on the
    /// way out is on disk before the next start reads it; panics after 30 s.
    fn wait_exit(&self) {
        let start = Instant::now();
        while self.run(&["list-sessions"]).contains("e2e:") {
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "the program did not exit"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits until the screen satisfies `ok` (and stops changing), or panics after 30 s (a loaded machine is slow; a broken reader never gets there).
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
                start.elapsed() < Duration::from_secs(30),
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

mod corrections;
mod faults;
mod habits;
mod less;
mod quotes;
mod reader;
mod scale;
mod state_file;
mod suspend;
mod underneath;
mod widths;
