//! Big inputs through the real binary: a file far larger than a screen shows its first page
//! and its end while it is still loading, and a folder of 20,000 documents lists at once.

use std::time::{Duration, Instant};

use super::faults::{assert_exited_cleanly, assert_straight, under_shell};
use super::{status_line, Tmux};

/// Polls the screen until `ok` (the status changes every frame while loading, so waiting for
/// a stable screen would not end).
fn poll(t: &Tmux, what: &str, ok: impl Fn(&[String]) -> bool) -> Vec<String> {
    let start = Instant::now();
    loop {
        let screen = t.screen();
        if ok(&screen) {
            return screen;
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "timed out waiting for {what}:\n{}",
            screen.join("\n")
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The first frame is written top to bottom, and tmux can show it half written: its last row,
/// the status line with its key hints, says it is all there.
fn whole_frame(screen: &[String]) -> bool {
    status_line(screen).contains("quit")
}

#[test]
fn a_big_file_shows_its_first_page_and_its_end_while_loading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.txt");
    let body: String = (1..=400_000)
        .map(|i| format!("{i}번째 문단: “시장이 흔들린다”라고 김민수 교수는 말했다.\n"))
        .collect();
    std::fs::write(&path, &body).unwrap();
    let Some(t) = Tmux::start(100, 24, &under_shell(&path.display().to_string())) else {
        return;
    };
    let first = poll(&t, "the first page", |s| {
        s.iter().any(|l| l.contains("1번째 문단")) && whole_frame(s)
    });
    assert_straight(&first, 100);
    t.keys(&["Enter", "G"]);
    let end = poll(&t, "the last paragraph", |s| {
        s.iter().any(|l| l.contains("400000번째")) && whole_frame(s)
    });
    assert_straight(&end, 100);
    let end = poll(&t, "the whole file", |s| {
        status_line(s).contains("/400000 · 100%")
    });
    assert_straight(&end, 100);
    t.keys(&["g"]);
    poll(&t, "the top again", |s| {
        s.iter().any(|l| l.contains("1번째 문단"))
    });
    t.keys(&["q"]);
    assert_exited_cleanly(&t, "big file");
}

#[test]
fn a_folder_of_twenty_thousand_documents_lists_at_once() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..20_000 {
        std::fs::write(
            dir.path().join(format!("{i:05}.txt")),
            format!("기사 {i}호\n“{i}번 발언입니다”라고 이서연 대변인은 말했다.\n"),
        )
        .unwrap();
    }
    let Some(t) = Tmux::start(100, 24, &under_shell(&dir.path().display().to_string())) else {
        return;
    };
    let screen = poll(&t, "the list", |s| {
        s.iter().any(|l| l.contains("Documents (20000)")) && whole_frame(s)
    });
    assert_straight(&screen, 100);
    t.keys(&["G"]);
    let last = poll(&t, "the last document", |s| {
        status_line(s).contains("20000/20000")
    });
    // Its title comes from its text once it has been read.
    poll(&t, "the last title", |s| {
        s.iter().any(|l| l.contains("기사 19999호"))
    });
    assert_straight(&last, 100);
    t.keys(&["q"]);
    assert_exited_cleanly(&t, "big folder");
}

/// A big file is mapped, not copied: cutting it short on disk while it is shown must not kill
/// the reader (the pages cut off would raise SIGBUS); they read as NUL and the user is told.
#[test]
fn a_big_file_cut_short_while_open_reads_blank_and_is_told() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.txt");
    let body: String = (1..=300_000)
        .map(|i| format!("{i}번째 문단: “시장이 흔들린다”라고 김민수 교수는 말했다.\n"))
        .collect();
    assert!(body.len() > 16 << 20, "big enough to be mapped");
    std::fs::write(&path, &body).unwrap();
    let Some(t) = Tmux::start(100, 24, &under_shell(&path.display().to_string())) else {
        return;
    };
    poll(&t, "all text read", |s| {
        s.iter().any(|l| l.contains("1번째 문단")) && !status_line(s).contains("loading")
    });
    std::fs::OpenOptions::new()
        .write(true)
        .open(&path)
        .unwrap()
        .set_len(4096)
        .unwrap();
    // The end, now cut off, is read only when it is laid out and drawn; the next key tells.
    t.keys(&["G"]);
    poll(&t, "the end", |s| status_line(s).contains("100%"));
    // The list says so for good (the status line's message may give way to another).
    let told = poll(&t, "the mark", |s| {
        s.iter().any(|l| l.contains("⚠ cut short on disk"))
    });
    assert_straight(&told, 100);
    t.keys(&["g"]);
    poll(&t, "the top", |s| {
        s.iter().any(|l| l.contains("1번째 문단"))
    });
    t.keys(&["q"]);
    assert_exited_cleanly(&t, "cut short while open");
}
