use super::*;
use crate::catalog::QuoteId;
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

/// A document given as bytes, as a loader reads it.
fn given(name: &str, text: &str) -> crate::corpus::Entry {
    crate::corpus::Entry {
        name: name.to_string(),
        source: crate::corpus::Source::Bytes(text.as_bytes().into()),
        size: Some(text.len() as u64),
    }
}

/// Takes reports until every loader is done.
fn drain(lib: &mut Library) {
    let start = Instant::now();
    while lib.loading() && start.elapsed() < Duration::from_secs(120) {
        if lib.take().is_none() {
            std::thread::sleep(Duration::from_millis(1));
        }
    }
    assert!(!lib.loading(), "loading did not finish");
}

#[test]
fn a_document_read_again_has_new_text_key_and_quotes_and_the_others_keep_theirs() {
    let mut lib = Library::new(seeds(), Vec::new(), None);
    let counts =
        |lib: &Library| -> Vec<usize> { (1..4).map(|d| lib.catalog().quotes[d].len()).collect() };
    let (others, old, second) = (
        counts(&lib),
        lib.hash(0).map(str::to_string),
        lib.hash(1).map(str::to_string),
    );
    let text = "“내일 발표하겠다”라고 김민수 교수는 말했다.\n“다시 보자”라고 그는 덧붙였다.\n";
    let size = Some(text.len() as u64);
    assert!(lib.reload(0, Loader::start(vec![given("a.txt", text)]), size));
    // At once: no old quotes pointing into text that is gone, and no key until it is whole.
    assert!(lib.loading());
    assert_eq!(lib.hash(0), Some(""));
    assert!(lib.catalog().quotes[0].is_empty());
    assert_eq!(lib.progress(0), Some("loading 0%".into()));
    drain(&mut lib);
    assert_eq!(lib.docs()[0].text.as_str(), text);
    assert_ne!(lib.hash(0).map(str::to_string), old);
    assert_eq!(lib.hash(1).map(str::to_string), second);
    assert_eq!(lib.catalog().quotes[0], crate::quotes::extract(text));
    assert_eq!(
        counts(&lib),
        others,
        "the other documents' quotes are as they were"
    );
    // Filed again in corpus order: the new speaker's quotes come first, and every speaker's
    // quotes are sorted.
    let speakers = lib.catalog().speakers();
    let kim = speakers.iter().find(|s| s.name == "김민수");
    assert_eq!(kim.map(|s| s.quotes.clone()), Some(vec![(0, 0), (0, 1)]));
    assert!(speakers.iter().all(|s| s.quotes.is_sorted()));
    assert!(
        !lib.reload(99, Loader::start(Vec::new()), None),
        "no such document"
    );
}

#[test]
fn the_first_loaders_reports_about_a_document_read_again_are_left_out() {
    let entries = vec![
        given("a.txt", "옛 글: “하나”라고 그는 말했다.\n"),
        given("b.txt", "둘째 글: “둘”이라고 박지훈 장관은 말했다.\n"),
    ];
    let docs = entries
        .iter()
        .map(|e| Document::pending(e.name.clone(), e.size))
        .collect();
    let mut lib = Library::new(docs, Vec::new(), Some(Loader::start(entries)));
    // Read again twice before the first reading is done: the second one's text is shown.
    let between = "중간에 고친 글: “셋”이라고 그는 말했다.\n";
    lib.reload(0, Loader::start(vec![given("a.txt", between)]), None);
    let new = "새 글\n";
    lib.reload(0, Loader::start(vec![given("a.txt", new)]), Some(4));
    drain(&mut lib);
    assert_eq!(lib.docs()[0].text.as_str(), new);
    assert!(lib.catalog().quotes[0].is_empty());
    assert_eq!(
        lib.docs()[1].text.as_str(),
        "둘째 글: “둘”이라고 박지훈 장관은 말했다.\n"
    );
    assert_eq!(lib.catalog().quotes[1].len(), 1);
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

#[test]
fn quotes_read_again_wait_for_the_first_loaders_quotes_of_documents_before_them() {
    let first = [
        given("a.txt", "“먼저 한 말이다”라고 김민수 교수는 말했다.\n"),
        given("b.txt", "“옛 말이다”라고 박지훈 장관은 말했다.\n"),
    ];
    let docs = first
        .iter()
        .map(|e| Document::pending(e.name.clone(), e.size))
        .collect();
    let mut lib = Library::new(docs, Vec::new(), Some(Loader::start(first.to_vec())));
    let new = "“새 말이다”라고 최영수 의원은 말했다.\n";
    lib.reload(1, Loader::start(vec![given("b.txt", new)]), None);
    // Only the reading again is taken: its quotes are all in before the first document's.
    let start = Instant::now();
    while !lib.reloads.is_empty() && start.elapsed() < Duration::from_secs(60) {
        if lib.take_reloaded().is_none() {
            std::thread::sleep(Duration::from_millis(1));
        }
    }
    assert_eq!(lib.docs()[1].text.as_str(), new);
    assert_eq!(
        lib.reloads_filed(),
        0,
        "parked while the first document may still add quotes"
    );
    assert!(lib.catalog().speakers().is_empty());
    drain(&mut lib);
    assert_eq!(lib.reloads_filed(), 1);
    let speakers: Vec<(&str, Vec<QuoteId>)> = lib
        .catalog()
        .speakers()
        .iter()
        .map(|s| (s.name.as_str(), s.quotes.clone()))
        .collect();
    assert_eq!(
        speakers,
        [("김민수", vec![(0, 0)]), ("최영수", vec![(1, 0)])]
    );
}
