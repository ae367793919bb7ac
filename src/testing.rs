//! Helpers shared by the library's unit tests.

use std::path::Path;

use crate::corpus::mapped::Mapped;
use crate::corpus::Document;

/// A document of a file holding `text`, mapped and loading, with its first `arrived` bytes
/// here (a character boundary); the whole file counts as checked, so the rest may be appended
/// in pieces. The returned file must outlive the document.
pub(crate) fn mapped_loading(text: &str, arrived: usize) -> (tempfile::NamedTempFile, Document) {
    use std::io::Write;
    let mut tmp = tempfile::NamedTempFile::new().unwrap_or_else(|e| panic!("temp: {e}"));
    tmp.write_all(text.as_bytes())
        .unwrap_or_else(|e| panic!("write: {e}"));
    let map = Mapped::of(tmp.as_file(), 0).unwrap_or_else(|| panic!("mapped"));
    let mut doc = Document::pending("a.txt", Some(text.len() as u64));
    assert!(doc.map_text(std::sync::Arc::clone(&map)));
    map.checked_to(0, text.len());
    doc.append(&text[..arrived]);
    assert!(doc.text.is_mapped());
    (tmp, doc)
}

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
