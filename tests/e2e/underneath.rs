//! The open file deleted or truncated underneath the reader, also while it is still loading in
//! the background: the text as loaded stays, search and jumps still work, and quitting
//! restores the terminal.

use super::faults::{assert_exited_cleanly, status_line_number, status_line_total, under_shell};
use super::*;

/// The open file vanishes (`delete`) or empties (`truncate`) while the reader shows it.
fn file_changes_underneath(change: fn(&Path)) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("사라질 글.txt");
    let body: String = (1..=300)
        .map(|i| {
            let mark = if i % 50 == 0 { " 표지석" } else { "" };
            format!("{i}번째 문단입니다{mark}. 읽는 동안 파일이 바뀝니다.\n")
        })
        .collect();
    std::fs::write(&path, &body).unwrap();
    let arg = format!("\"{}\"", path.display());
    let Some(t) = Tmux::start(90, 24, &under_shell(&arg)) else {
        return;
    };
    // One file opens in the reading pane, as `less file` does.
    t.wait_for("the text", |s| status_line(s).contains("line 1/"));
    t.keys(&["Space"]);
    t.wait_for("reading", |s| status_line(s).contains("/300"));
    change(&path);
    t.keys(&["Space", "j"]);
    let screen = t.wait_for("scrolled", |s| status_line_number(s) > 20);
    // Still the text as loaded: the line after the one named in the status is on screen.
    let next = body.lines().nth(status_line_number(&screen)).unwrap();
    assert!(
        pane_text(&screen).contains(&squeeze(next)),
        "{next:?}:\n{}",
        screen.join("\n")
    );
    t.keys(&["/"]);
    t.keys(&["-l", "표지석"]);
    t.keys(&["Enter", "n"]);
    t.wait_for("the second match", |s| status_line(s).contains("2/6"));
    t.keys(&["G"]);
    t.wait_for("the end", |s| status_line(s).contains("100%"));
    t.keys(&["q"]);
    assert_exited_cleanly(&t, "file changed underneath");
}

#[test]
fn the_open_file_deleted_underneath() {
    file_changes_underneath(|p| std::fs::remove_file(p).unwrap());
}

#[test]
fn the_open_file_truncated_underneath() {
    file_changes_underneath(|p| {
        std::fs::OpenOptions::new()
            .write(true)
            .open(p)
            .unwrap()
            .set_len(0)
            .unwrap();
    });
}

#[test]
fn the_open_file_truncated_while_it_loads() {
    // Big enough that a debug build is still reading it when the list first shows.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.txt");
    let body: String = (1..=120_000)
        .map(|i| format!("{i}번째 문단: “인용문 {i}번”이라고 김민수 장관은 말했다.\n"))
        .collect();
    std::fs::write(&path, &body).unwrap();
    let Some(t) = Tmux::start(100, 24, &under_shell(&path.display().to_string())) else {
        return;
    };
    // Not `wait_for`: the percentage changes on every frame while loading. The first page
    // is read ahead before the loading threads start (after the first frame): the file is
    // truncated once they have read well past it, as a file cut while it loads.
    let start = Instant::now();
    let status = loop {
        let screen = t.screen();
        let status = status_line(&screen).to_string();
        if status_line_total(&screen) > 2_000
            || (status.contains(" line ") && !status.contains("loading"))
        {
            break status;
        }
        assert!(start.elapsed() < Duration::from_secs(10), "{screen:?}");
        std::thread::sleep(Duration::from_millis(20));
    };
    if !status.contains("loading") {
        eprintln!("NOTE: loading ended before the truncation; truncated after it instead");
    }
    std::fs::OpenOptions::new()
        .write(true)
        .open(&path)
        .unwrap()
        .set_len(0)
        .unwrap();
    let screen = t.wait_for("loading to end", |s| !status_line(s).contains("loading"));
    assert!(
        screen.iter().any(|l| l.contains("1번째 문단")),
        "{}",
        screen.join("\n")
    );
    t.keys(&["G"]);
    let end = t.wait_for("the end", |s| status_line(s).contains("100%"));
    let last = status_line_number(&end);
    assert!(last > 1, "{}", status_line(&end));
    t.keys(&["g"]);
    t.wait_for("the top", |s| status_line_number(s) == 1);
    t.keys(&["/"]);
    t.keys(&["-l", "장관"]);
    t.keys(&["Enter", "n"]);
    t.wait_for("the second match", |s| status_line(s).contains("2/"));
    t.keys(&["q"]);
    assert_exited_cleanly(&t, "truncated while loading");
}
