use super::*;
use crate::corpus::seeds;

#[test]
fn whole_documents_have_keys_quotes_and_no_progress() {
    let lib = Library::new(seeds(), Vec::new(), None);
    assert!(!lib.loading() && lib.texts_loaded());
    assert_eq!(lib.progress(0), None);
    let hash = lib.hash(1).unwrap_or_default().to_string();
    assert!(!hash.is_empty());
    assert_eq!(lib.find_hash(&hash), Some(1));
    assert!(!lib.catalog().is_empty());
}

#[test]
fn a_document_is_found_by_its_name_or_file_name() {
    let lib = Library::new(seeds(), Vec::new(), None);
    let name = lib.docs()[2].name.clone();
    assert_eq!(lib.find_named(&name), Some(2));
    let file = name.rsplit('/').next().unwrap_or_default().to_string();
    assert_eq!(lib.find_named(&format!("elsewhere/{file}")), Some(2));
    assert_eq!(lib.find_named("nope.txt"), None);
}

#[test]
fn a_replaced_document_gets_a_new_key() {
    let mut lib = Library::new(seeds(), Vec::new(), None);
    let before = lib.hash(0).map(str::to_string);
    let doc = Document::new("x.txt", "“안녕”이라고 그는 말했다.".into(), "UTF-8", false);
    assert!(lib.replace(0, doc.clone()));
    assert_ne!(lib.hash(0).map(str::to_string), before);
    assert!(!lib.replace(99, doc), "no such document");
}

#[cfg(target_os = "linux")]
#[test]
fn a_mapped_file_cut_short_reads_blank_and_is_told_once() {
    use std::io::Write;
    use std::sync::Arc;

    use crate::corpus::mapped::Mapped;

    let text = "가나다라마바사\n".repeat(3000);
    let mut tmp = tempfile::NamedTempFile::new().unwrap_or_else(|e| panic!("temp: {e}"));
    tmp.write_all(text.as_bytes())
        .unwrap_or_else(|e| panic!("write: {e}"));
    let file = std::fs::File::open(tmp.path()).unwrap_or_else(|e| panic!("open: {e}"));
    let map = Mapped::of(&file, 0).unwrap_or_else(|| panic!("mapped"));
    let doc = Document::pending("big.txt", Some(text.len() as u64));
    let mut lib = Library::new(vec![doc], Vec::new(), None);
    lib.apply(Event::Mapped {
        doc: 0,
        map: Arc::clone(&map),
    });
    map.checked_to(0, text.len());
    lib.apply(Event::Text {
        doc: 0,
        piece: text.clone(),
    });
    assert!(lib.docs()[0].text.is_mapped());
    assert_eq!(lib.docs()[0].text, text.as_str());
    assert_eq!(lib.newly_cut(), None);
    tmp.as_file()
        .set_len(10)
        .unwrap_or_else(|e| panic!("truncate: {e}"));
    lib.release_pages();
    let last = std::hint::black_box(lib.docs()[0].text.as_bytes()[text.len() - 1]);
    assert_eq!(last, 0, "what was cut off reads as NUL");
    assert_eq!(lib.newly_cut(), Some(0));
    assert_eq!(lib.newly_cut(), None, "told once");
}

#[test]
fn a_restart_throws_away_the_text_so_far() {
    let doc = Document::pending("a.txt", Some(100));
    let mut lib = Library::new(vec![doc], Vec::new(), None);
    let text = |piece: &str| Event::Text {
        doc: 0,
        piece: piece.into(),
    };
    lib.apply(text("옛 첫 줄\n"));
    assert_eq!(lib.apply(Event::Restart { doc: 0 }), Arrival::Restart(0));
    assert!(lib.docs()[0].text.is_empty() && lib.docs()[0].is_loading());
    lib.apply(text("새 첫 줄\n"));
    assert_eq!(lib.docs()[0].text, "새 첫 줄\n");
    assert_eq!(lib.docs()[0].line_count(), 1);
}
