use std::io::Write;

use super::*;

fn file_of(bytes: &[u8]) -> (tempfile::NamedTempFile, File) {
    let mut tmp = tempfile::NamedTempFile::new().unwrap_or_else(|e| panic!("temp file: {e}"));
    tmp.write_all(bytes)
        .unwrap_or_else(|e| panic!("write: {e}"));
    let file = File::open(tmp.path()).unwrap_or_else(|e| panic!("open: {e}"));
    (tmp, file)
}

#[test]
fn small_files_and_non_files_are_read_not_mapped() {
    let (_tmp, file) = file_of(b"abc");
    assert!(Mapped::of(&file, 4).is_none(), "below the minimum");
    assert!(Mapped::of(&file, 0).is_some(), "no minimum");
    let dir = File::open(std::env::temp_dir()).unwrap_or_else(|e| panic!("open dir: {e}"));
    assert!(Mapped::of(&dir, 0).is_none(), "a directory");
    let (_tmp, empty) = file_of(b"");
    assert!(Mapped::of(&empty, 0).is_none(), "nothing to map");
}

#[test]
fn only_checked_bytes_are_text_and_checks_go_in_order() {
    let text = "첫 줄\n둘째 줄\n";
    let (_tmp, file) = file_of(text.as_bytes());
    let map = Mapped::of(&file, 0).unwrap_or_else(|| panic!("mapped"));
    assert_eq!(map.text(text.len()), "");
    let cut = "첫 줄\n".len();
    map.checked_to(0, cut);
    assert_eq!(map.text(text.len()), "첫 줄\n");
    map.checked_to(cut + 1, text.len());
    assert_eq!(map.checked(), cut, "a gap is not checked");
    map.checked_to(0, text.len());
    assert_eq!(
        map.text(text.len()),
        text,
        "a check over bytes checked before"
    );
    map.checked_to(0, cut);
    assert_eq!(map.checked(), text.len(), "never shrinks");
    assert_eq!(map.text(cut), "첫 줄\n");
    map.release(0..text.len());
    assert_eq!(
        map.text(text.len()),
        text,
        "released pages read the file again"
    );
}

#[test]
fn a_file_cut_short_reads_as_zeros_instead_of_killing_the_process() {
    let page = guard::page_size();
    let bytes = vec![b'a'; page * 3];
    let (tmp, file) = file_of(&bytes);
    let map = Mapped::of(&file, 0).unwrap_or_else(|| panic!("mapped"));
    assert!(!map.was_cut());
    tmp.as_file()
        .set_len(page as u64)
        .unwrap_or_else(|e| panic!("truncate: {e}"));
    let after = map.bytes();
    assert_eq!(after[0], b'a', "the first page is still there");
    assert_eq!(
        after[page * 2 + 5],
        0,
        "a page past the new end reads as zeros"
    );
    assert!(after[page..].iter().all(|&b| b == 0));
    assert!(map.was_cut());
    drop(map);
    // A new mapping in the same slot starts uncut.
    let (_tmp, file) = file_of(b"xyz");
    let again = Mapped::of(&file, 0).unwrap_or_else(|| panic!("mapped"));
    assert!(!again.was_cut());
}
