//! Helpers shared by the library's unit tests.

use std::path::Path;

/// Makes a FIFO at `path` with `mkfifo`; `false` (and a note) where the tool is missing, so the
/// caller can skip.
pub(crate) fn make_fifo(path: &Path) -> bool {
    let made = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .is_ok_and(|s| s.success());
    if !made {
        eprintln!("skipped: mkfifo is missing");
    }
    made
}
