//! Inputs at the limits. With no end or no text: `dokseo quotes` judges them as the reader
//! does, from the first block, so neither reads a device or a huge sparse file to its end. One
//! line of 4 MB or 50 MB: it decodes and wraps whole, every row fitting the width.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use dokseo::corpus::decode;
use dokseo::text::{AmbiguousWidth, Layout, RowKind, WrapMode};

const BIN: &str = env!("CARGO_BIN_EXE_dokseo");

/// Runs dokseo with `args`, giving it `deadline` to end (a hang fails rather than waits
/// for ever); returns the exit code and standard error.
fn ends(args: &[&str], deadline: Duration) -> (Option<i32>, String) {
    let mut child = Command::new(BIN)
        .env("XDG_STATE_HOME", "/nonexistent/dokseo-test-state")
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > deadline {
            child.kill().unwrap();
            panic!("dokseo {args:?} still running after {deadline:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[cfg(unix)]
#[test]
fn devices_and_sparse_files_are_judged_by_their_first_block() {
    let dir = tempfile::tempdir().unwrap();
    let sparse = dir.path().join("sparse.txt");
    std::fs::File::create(&sparse)
        .unwrap()
        .set_len(4 << 30)
        .unwrap();
    let sparse = sparse.to_str().unwrap();
    for args in [
        ["quotes", "/dev/zero"],
        ["quotes", "/dev/urandom"],
        ["quotes", sparse],
        ["speakers", sparse],
    ] {
        let (code, err) = ends(&args, Duration::from_secs(60));
        assert_eq!(code, Some(1), "{args:?}: {err}");
        assert!(err.contains("binary"), "{args:?}: {err}");
    }
}

#[test]
fn a_nul_after_the_first_block_is_judged_as_the_reader_does() {
    let dir = tempfile::tempdir().unwrap();
    let late = dir.path().join("late.txt");
    let mut bytes = "김민수 교수는 “좋다”고 말했다.\n"
        .repeat(60_000)
        .into_bytes();
    bytes.extend(b"\0tail\n");
    std::fs::write(&late, bytes).unwrap();
    let out = Command::new(BIN)
        .env("XDG_STATE_HOME", "/nonexistent/dokseo-test-state")
        .args(["quotes", late.to_str().unwrap()])
        .output()
        .unwrap();
    // The reader shows such a file (its first block is text), so the CLI reads it too.
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 60_000);
}

/// Checks that `layout` covers one paragraph `text` exactly, in order, and fits `width`.
fn assert_one_paragraph_fits(text: &str, layout: &Layout, width: u16) {
    let rows = layout.rows();
    assert_eq!(rows.first().map(|r| r.start), Some(0));
    assert_eq!(rows.last().map(|r| r.range().end), Some(text.len()));
    for pair in rows.windows(2) {
        assert_eq!(pair[0].range().end, pair[1].start, "a gap or an overlap");
    }
    for row in rows {
        assert_eq!(row.kind, RowKind::Text);
        if row.width > width {
            // Only a wide character alone on a 1-column row may overflow.
            let visible: Vec<char> = text[row.range()].trim_end().chars().collect();
            assert!(
                width == 1 && row.width == 2 && visible.len() == 1,
                "row {row:?} is wider than {width}"
            );
        }
    }
}

/// One line of `size` bytes (Hangul, Latin and a long URL) decoded and wrapped at widths 1 and 80.
fn one_long_line(size: usize) {
    let unit =
        "한국어 문장과 English words, https://example.com/a/very/long/unbroken/path?q=0123456789 ";
    let bytes = unit.repeat(size / unit.len()).into_bytes();
    let started = Instant::now();
    let text = decode(&bytes).unwrap().text;
    assert_eq!(text.as_bytes(), bytes);
    drop(bytes);
    for width in [1, 80] {
        let layout = Layout::new(&text, width, WrapMode::Words, AmbiguousWidth::Narrow);
        assert_one_paragraph_fits(&text, &layout, width);
    }
    // Not asserted (no timing assertions); printed so a slowdown shows with `--nocapture`.
    eprintln!(
        "{} MB line: decode and two layouts took {:?}",
        size >> 20,
        started.elapsed()
    );
}

#[test]
fn a_single_four_megabyte_line_decodes_and_wraps() {
    one_long_line(4 << 20);
}

#[test]
fn a_single_fifty_megabyte_line_decodes_and_wraps() {
    one_long_line(50 << 20);
}
