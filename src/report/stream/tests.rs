use super::*;
use crate::corpus::{Document, Source};
use crate::quotes::CHUNK;
use crate::report::quote_rows;

fn entry(name: &str, text: &str) -> Entry {
    Entry {
        name: name.into(),
        source: Source::Bytes(text.as_bytes().into()),
        size: Some(text.len() as u64),
    }
}

/// Rows as the whole-document report makes them.
fn whole(docs: &[(&str, &str)]) -> Vec<String> {
    let docs: Vec<Document> = docs
        .iter()
        .map(|(n, t)| Document::new(*n, (*t).to_string(), "UTF-8", false))
        .collect();
    let catalog = Catalog::build(&docs);
    quote_rows(&docs, &catalog, None)
        .iter()
        .map(|r| format!("{r:?}"))
        .collect()
}

fn streamed(docs: &[(&str, &str)]) -> (Vec<String>, Scanned) {
    let entries: Vec<Entry> = docs.iter().map(|(n, t)| entry(n, t)).collect();
    let mut rows = Vec::new();
    let scanned = scan(
        &entries,
        |r, _, _| {
            rows.push(format!("{r:?}"));
            Ok(())
        },
        |p| panic!("{p:?}"),
    )
    .unwrap();
    (rows, scanned)
}

#[test]
fn small_documents_stream_the_rows_the_whole_report_makes() {
    let docs = [
        ("a.txt", "서론.\n한국대 교수인 홍길동은 “좋은 날이다”라고 말했다.\n그는 “내일도 좋다”고 덧붙였다.\n"),
        ("b.txt", "“나쁘다”라고 홍길동 교수는 말했다. 김철수 씨는 \"글쎄요\"라며 웃었다.\n"),
    ];
    let (rows, scanned) = streamed(&docs);
    assert!(!rows.is_empty());
    assert_eq!(rows, whole(&docs));
    assert_eq!(scanned.read, 2);
    let hong = scanned
        .catalog
        .speakers()
        .iter()
        .find(|s| s.name == "홍길동");
    assert_eq!(hong.map(|s| s.documents.clone()), Some(vec![0, 1]));
}

#[test]
fn a_huge_document_is_read_in_chunks_with_positions_in_the_whole() {
    let para = "연구진의 홍길동 교수는 “결과가 기대 이상이었다”고 밝혔다.\n";
    let text = para.repeat(CHUNK / para.len() * 2 + 10);
    let (rows, scanned) = streamed(&[("big.txt", &text)]);
    let n = CHUNK / para.len() * 2 + 10;
    assert_eq!(rows.len(), n, "every quote, across the seams");
    assert_eq!(scanned.catalog.speakers()[0].quotes.len(), n);
    // The last quote's line and offset are in the whole document.
    let last = rows.last().unwrap();
    assert!(last.contains(&format!("line: {n},")), "{last}");
    let start = text.len() - para.len() + para.find('“').unwrap() + '“'.len_utf8();
    assert!(last.contains(&format!("start: {start},")), "{last}");
}

#[test]
fn unreadable_inputs_are_problems_and_the_rest_is_read() {
    let entries = vec![
        Entry {
            name: "missing.txt".into(),
            source: Source::File("/nonexistent/dokseo/missing.txt".into()),
            size: None,
        },
        entry("ok.txt", "홍길동은 “좋다”라고 말했다.\n"),
    ];
    let mut problems = Vec::new();
    let mut rows = 0;
    let scanned = scan(
        &entries,
        |_, _, _| {
            rows += 1;
            Ok(())
        },
        |p| problems.push(p),
    )
    .unwrap();
    assert_eq!((scanned.read, rows), (1, 1));
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].message, "no such file or folder");
}

#[test]
fn a_writer_error_stops_the_scan() {
    let entries = vec![entry(
        "a.txt",
        "홍길동은 “좋다”라고 말했다. 그는 “또”라고 했다.\n",
    )];
    let mut calls = 0;
    let result = scan(
        &entries,
        |_, _, _| {
            calls += 1;
            Err(io::Error::from(io::ErrorKind::BrokenPipe))
        },
        |_| {},
    );
    assert!(result.is_err());
    assert_eq!(calls, 1);
}

#[test]
fn columns_count_characters_and_carry_over_a_cut_line() {
    let mut cols = Cols::new("가나\n다라마 “x”");
    assert_eq!(cols.at(0), (1, 1));
    assert_eq!(cols.at(3), (1, 2));
    assert_eq!(cols.at("가나\n다라마 ".len()), (2, 5));
}

proptest::proptest! {
    /// Walking on from the last offset gives what counting from the start gives.
    #[test]
    fn columns_are_what_counting_from_the_start_gives(
        text in "[a가“\n ]{0,60}",
        picks in proptest::collection::vec(0usize..80, 0..12),
    ) {
        let mut offsets: Vec<usize> = picks
            .into_iter()
            .map(|p| p.min(text.len()))
            .filter(|&o| text.is_char_boundary(o))
            .collect();
        offsets.sort_unstable();
        let mut cols = Cols::new(&text);
        for o in offsets {
            let before = &text[..o];
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
            proptest::prop_assert_eq!(cols.at(o), (line, column), "{:?} at {}", text, o);
        }
    }
}
