use super::*;
use crate::corpus::Source;
use crate::quotes::Quote;

fn bytes(name: &str, text: &[u8]) -> Entry {
    Entry {
        name: name.into(),
        source: Source::Bytes(text.into()),
        size: Some(text.len() as u64),
    }
}

fn drain(loader: &mut Loader) -> Vec<Event> {
    let mut out = Vec::new();
    while !loader.is_finished() {
        match loader.try_next() {
            Some(ev) => out.push(ev),
            None => std::thread::sleep(std::time::Duration::from_millis(1)),
        }
    }
    out
}

#[test]
fn texts_and_quotes_arrive_per_document_and_failures_are_named() {
    let mut loader = Loader::start(vec![
        bytes(
            "a",
            "홍길동 교수는 “좋은 날입니다”라고 말했다.\n".as_bytes(),
        ),
        bytes("bin", b"\x7fELF\0\0\0"),
        Entry {
            name: "missing".into(),
            source: Source::File("/nonexistent/dokseo/missing.txt".into()),
            size: None,
        },
    ]);
    let events = drain(&mut loader);
    let text: String = events
        .iter()
        .filter_map(|e| match e {
            Event::Text { doc: 0, piece } => Some(piece.as_str()),
            _ => None,
        })
        .collect();
    assert!(text.starts_with("홍길동 교수는"));
    let quotes: Vec<&Quote> = events
        .iter()
        .filter_map(|e| match e {
            Event::Quotes { doc: 0, quotes, .. } => Some(quotes),
            _ => None,
        })
        .flatten()
        .collect();
    assert_eq!(quotes.len(), 1);
    assert_eq!(quotes[0].speaker.as_deref(), Some("홍길동"));
    let failures: Vec<(usize, &str)> = events
        .iter()
        .filter_map(|e| match e {
            Event::Failed { doc, message } => Some((*doc, message.as_str())),
            _ => None,
        })
        .collect();
    assert_eq!(failures.len(), 2);
    assert!(failures[0].1.contains("binary") && failures[1].1.contains("no such file"));
    assert_eq!(
        events
            .iter()
            .filter(|e| matches!(e, Event::QuotesDone { .. }))
            .count(),
        3
    );
}

#[test]
fn big_inputs_give_quotes_at_whole_text_offsets() {
    let para = "“시장이 흔들린다”라고 김민수 교수는 말했다.\n";
    let text = para.repeat(crate::quotes::CHUNK / para.len() + 1000);
    let mut loader = Loader::start(vec![bytes("big", text.as_bytes())]);
    let mut got = String::new();
    let mut quotes = Vec::new();
    for ev in drain(&mut loader) {
        match ev {
            Event::Text { piece, .. } => got.push_str(&piece),
            Event::Quotes { quotes: q, .. } => quotes.extend(q),
            _ => {}
        }
    }
    assert!(got == text);
    assert_eq!(quotes.len(), crate::quotes::CHUNK / para.len() + 1000);
    assert!(quotes
        .iter()
        .all(|q| text.get(q.inner.clone()) == Some("시장이 흔들린다")));
}

#[test]
fn dropping_the_loader_stops_the_threads() {
    let text = "줄\n".repeat(3 << 20);
    let loader = Loader::start(vec![bytes("big", text.as_bytes())]);
    drop(loader);
}

/// The handoff the text thread would give for `text` read in one piece.
fn handoff_of(text: &str) -> Handoff {
    Handoff {
        checkpoints: vec![(text.len(), hash_more(HASH_START, text.as_bytes()))],
        pieces: None,
    }
}

fn events_of(entry: &Entry, hand: Handoff) -> Vec<Event> {
    let (tx, rx) = mpsc::sync_channel(QUEUE);
    let (stop, hold, dropped) = (AtomicBool::new(false), Hold::new(), Dropped::new(1));
    let pace = Pace {
        stop: &stop,
        hold: &hold,
        dropped: &dropped,
    };
    assert!(quotes_of(0, entry, hand, &tx, pace));
    drop(tx);
    rx.into_iter().collect()
}

#[test]
fn a_file_rewritten_after_its_text_was_read_gives_no_quotes_of_the_new_bytes() {
    let shown = "홍길동 교수는 “좋은 날입니다”라고 말했다.\n";
    let now = "김철수 기자는 “다른 글입니다”라고 말했다.\n";
    let events = events_of(&bytes("a", now.as_bytes()), handoff_of(shown));
    assert!(
        matches!(events[..], [Event::QuotesStale { doc: 0 }]),
        "{events:?}"
    );
    // The same bytes give their quotes.
    let events = events_of(&bytes("a", shown.as_bytes()), handoff_of(shown));
    assert!(
        matches!(&events[..], [Event::Quotes { quotes, .. }, Event::QuotesDone { .. }] if quotes.len() == 1),
        "{events:?}"
    );
}

#[test]
fn the_pieces_handed_over_are_scanned_without_reading_again() {
    let text = "홍길동 교수는 “좋은 날입니다”라고 말했다.\n";
    let mut hand = handoff_of(text);
    hand.pieces = Some(vec![text.to_string()]);
    // Reading the entry again would fail: it does not exist.
    let gone = Entry {
        name: "pipe".into(),
        source: Source::File("/nonexistent/dokseo/pipe".into()),
        size: None,
    };
    let events = events_of(&gone, hand);
    assert!(
        matches!(&events[..], [Event::Quotes { quotes, .. }, Event::QuotesDone { .. }] if quotes.len() == 1),
        "{events:?}"
    );
}

#[cfg(unix)]
#[test]
fn a_fifo_is_read_once_and_still_gives_its_quotes() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe");
    if !crate::testing::make_fifo(&fifo) {
        return;
    }
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            std::fs::write(&fifo, "홍길동 교수는 “좋은 날입니다”라고 말했다.\n").unwrap();
        })
    };
    let mut loader = Loader::start(vec![Entry {
        name: "pipe".into(),
        source: Source::File(fifo),
        size: None,
    }]);
    let events = drain(&mut loader);
    writer.join().unwrap();
    let quotes: usize = events
        .iter()
        .map(|e| match e {
            Event::Quotes { quotes, .. } => quotes.len(),
            _ => 0,
        })
        .sum();
    assert_eq!(quotes, 1, "{events:?}");
    assert!(events
        .iter()
        .any(|e| matches!(e, Event::QuotesDone { doc: 0 })));
}

#[test]
fn quotes_wait_while_keys_come_and_text_only_slows() {
    let text = "홍길동 교수는 “좋은 날입니다”라고 말했다.\n".repeat(10);
    let mut loader = Loader::start(vec![bytes("a", text.as_bytes())]);
    loader.hold_for(std::time::Duration::from_secs(3600), true);
    // The text arrives all the same, at most a short pause late.
    let mut events = Vec::new();
    while !events.iter().any(|e| matches!(e, Event::Done { .. })) {
        match loader.try_next() {
            Some(ev) => events.push(ev),
            None => std::thread::sleep(std::time::Duration::from_millis(1)),
        }
    }
    // Well past the text thread's longest pause, no quote has come while the keys go on.
    std::thread::sleep(TEXT_HOLD_MOST * 2);
    while let Some(ev) = loader.try_next() {
        events.push(ev);
    }
    assert!(
        !events.iter().any(|e| matches!(e, Event::Quotes { .. })),
        "{events:?}"
    );
    loader.hold_for(std::time::Duration::ZERO, true);
    let rest = drain(&mut loader);
    let quotes: usize = rest
        .iter()
        .map(|e| match e {
            Event::Quotes { quotes, .. } => quotes.len(),
            _ => 0,
        })
        .sum();
    assert_eq!(quotes, 10, "let go, every quote comes");
}

/// Loads `files` (bytes each) as real files, mapping every one, and gives back each document
/// as the reader would hold it.
#[cfg(target_os = "linux")]
fn load_files(files: &[&[u8]], early_len: usize) -> Vec<crate::corpus::Document> {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
    let entries: Vec<Entry> = files
        .iter()
        .enumerate()
        .map(|(i, bytes)| {
            let path = dir.path().join(format!("{i}.txt"));
            let mut f = std::fs::File::create(&path).unwrap_or_else(|e| panic!("create: {e}"));
            f.write_all(bytes).unwrap_or_else(|e| panic!("write: {e}"));
            Entry {
                name: format!("{i}.txt"),
                source: Source::File(path),
                size: Some(bytes.len() as u64),
            }
        })
        .collect();
    let mut docs: Vec<_> = entries
        .iter()
        .map(|e| crate::corpus::Document::pending(e.name.clone(), e.size))
        .collect();
    // The first document's first 64 KB are read before the threads start, as the reader does.
    let mut loader = Loader::start_with(entries, Some(0), Some(early_len), Duration::ZERO);
    for event in drain(&mut loader) {
        match event {
            Event::Mapped { doc, map } => {
                docs[doc].map_text(map);
            }
            Event::Text { doc, piece } => docs[doc].append(&piece),
            Event::Done { doc, summary } => docs[doc].finish_read(summary),
            _ => {}
        }
    }
    docs
}

#[cfg(target_os = "linux")]
#[test]
fn files_whose_bytes_are_their_text_are_mapped_and_others_copied() {
    let line = "“시장이 흔들린다”라고 김민수 교수는 말했다.\n";
    // Several 1 MB blocks, so the text comes in many pieces.
    let clean = line.repeat(3 * crate::corpus::stream::BLOCK / line.len());
    let crlf_late = format!("{clean}끝 줄\r\n");
    let bom = format!("\u{feff}{clean}");
    // Early text the size of the loader's first piece, one cut elsewhere, and none.
    for early_len in [64 << 10, 10_000, 0] {
        let docs = load_files(
            &[
                clean.as_bytes(),
                crlf_late.as_bytes(),
                bom.as_bytes(),
                b"\xc7\xd1\xb1\xdb", // CP949 for 한글
            ],
            early_len,
        );
        assert!(
            docs[0].text.is_mapped(),
            "clean UTF-8 is mapped ({early_len})"
        );
        assert_eq!(docs[0].text, clean.as_str());
        assert_eq!(docs[0].line_count(), clean.lines().count());
        assert_eq!(docs[0].content_hash(), crate::state::content_hash(&clean));
        assert!(!docs[1].text.is_mapped(), "a late \\r\\n makes a copy");
        assert_eq!(docs[1].text, format!("{clean}끝 줄\n").as_str());
        assert!(!docs[2].text.is_mapped(), "a BOM makes a copy");
        assert_eq!(docs[2].text, clean.as_str());
        assert!(!docs[3].text.is_mapped());
        assert_eq!(docs[3].text, "한글");
        assert!(docs.iter().all(crate::corpus::Document::is_ready));
    }
}

#[test]
fn text_handed_over_early_is_not_sent_again_unless_it_differs() {
    let texts = |events: Vec<Event>| -> Vec<String> {
        events
            .into_iter()
            .map(|e| match e {
                Event::Text { piece, .. } => piece,
                Event::Restart { .. } => "RESTART".into(),
                other => format!("{other:?}"),
            })
            .collect()
    };
    let early = || texts::Early::new(&["a\n".into(), "b\n".into()]);
    let mut same = early();
    assert!(same.pass(0, "a\n".into()).is_empty());
    assert!(same.pass(0, "b\n".into()).is_empty());
    assert_eq!(texts(same.pass(0, "c\n".into())), ["c\n"]);
    assert!(same.finish(0).is_empty());
    // This thread's pieces are longer: only what follows the early text is sent.
    let mut longer = early();
    assert_eq!(texts(longer.pass(0, "a\nb\nc\n".into())), ["c\n"]);
    assert_eq!(texts(longer.pass(0, "d\n".into())), ["d\n"]);
    assert!(longer.finish(0).is_empty());
    // The file changed between the two reads: the document starts over with what this
    // thread read.
    let mut changed = early();
    assert!(changed.pass(0, "a\n".into()).is_empty());
    assert_eq!(
        texts(changed.pass(0, "B\n".into())),
        ["RESTART", "a\n", "B\n"]
    );
    assert_eq!(texts(changed.pass(0, "c\n".into())), ["c\n"]);
    // It got shorter: what never came is taken back.
    let mut shorter = early();
    assert!(shorter.pass(0, "a\n".into()).is_empty());
    assert_eq!(texts(shorter.finish(0)), ["RESTART", "a\n"]);
}

/// With a screenful read early, the threads wait for the reader to take it and for their
/// time: a first frame is not drawn beside two threads reading a big file.
#[cfg(target_os = "linux")]
#[test]
fn threads_wait_for_the_early_text_to_be_taken_and_their_time() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
    let path = dir.path().join("a.txt");
    let text = "“시장이 흔들린다”라고 김민수 교수는 말했다.\n".repeat(4_000);
    let mut f = std::fs::File::create(&path).unwrap_or_else(|e| panic!("create: {e}"));
    f.write_all(text.as_bytes())
        .unwrap_or_else(|e| panic!("write: {e}"));
    let entry = || Entry {
        name: "a.txt".into(),
        source: Source::File(path.clone()),
        size: Some(text.len() as u64),
    };
    let early_len = 16 << 10;
    // Not yet their time: the early text comes, then nothing, however long the reader asks.
    let mut waiting = Loader::start_with(
        vec![entry()],
        None,
        Some(early_len),
        Duration::from_secs(3600),
    );
    let mut early = String::new();
    for _ in 0..50 {
        match waiting.try_next() {
            Some(Event::Text { piece, .. }) => early.push_str(&piece),
            Some(other) => panic!("only the early text comes: {other:?}"),
            None => std::thread::sleep(Duration::from_millis(2)),
        }
    }
    assert!(
        !early.is_empty() && early.len() < text.len(),
        "{}",
        early.len()
    );
    assert!(text.starts_with(&early));
    assert!(!waiting.is_finished());
    // Their time come, the rest follows once the early text is taken.
    let mut loader = Loader::start_with(vec![entry()], None, Some(early_len), Duration::ZERO);
    let events = drain(&mut loader);
    let whole: String = events
        .iter()
        .filter_map(|e| match e {
            Event::Text { piece, .. } => Some(piece.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(whole, text);
    assert!(events.iter().any(|e| matches!(e, Event::Done { .. })));
    assert!(events.iter().any(|e| matches!(e, Event::QuotesDone { .. })));
}
