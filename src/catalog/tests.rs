use super::*;

fn doc(text: &str) -> Document {
    Document::new("t", text.to_string(), "UTF-8", false)
}

fn catalog() -> Catalog {
    Catalog::build(&[
        doc("한국대 교수인 홍길동은 “첫째 말입니다”라고 말했다.\n“둘째 말입니다”라고 김철수 장관은 말했다."),
        doc("홍길동 한국대 교수는 “셋째 말입니다”고 밝혔다. 그는 “넷째 말입니다”라고 덧붙였다."),
    ])
}

#[test]
fn speakers_are_indexed_across_documents() {
    let c = catalog();
    let hong = c.speaker((0, 0)).unwrap();
    assert_eq!(hong.name, "홍길동");
    assert_eq!(c.speaker((1, 0)).unwrap().name, "홍길동");
    assert!(!hong.forms.iter().any(|f| f == "그"));
    assert_eq!(c.position_in_speaker((1, 1)), Some((3, 3)));
}

#[test]
fn stepping_wraps_around() {
    let c = catalog();
    assert_eq!(c.step(None, true), Some((0, 0)));
    assert_eq!(c.step(Some((0, 1)), true), Some((1, 0)));
    assert_eq!(c.step(Some((1, 1)), true), Some((0, 0)));
    assert_eq!(c.step(Some((0, 0)), false), Some((1, 1)));
    assert_eq!(c.step_same_speaker((0, 0), true), Some((1, 0)));
    assert_eq!(c.step_same_speaker((1, 1), true), Some((0, 0)));
    assert_eq!(c.step_same_speaker((0, 0), false), Some((1, 1)));
    assert_eq!(c.step_same_speaker((0, 1), true), Some((0, 1)));
}

#[test]
fn stepping_skips_documents_without_quotes() {
    let c = Catalog::build(&[
        doc("홍길동 교수는 “하나입니다”라고 말했다."),
        doc("인용문이 없는 글."),
        doc("김철수 장관은 “둘입니다”라고 말했다."),
    ]);
    assert_eq!(c.step(Some((0, 0)), true), Some((2, 0)));
    assert_eq!(c.step(Some((2, 0)), false), Some((0, 0)));
    assert_eq!(c.step(Some((2, 0)), true), Some((0, 0)));
    assert_eq!(c.step(None, false), Some((2, 0)));
}

#[test]
fn first_quote_after_an_offset() {
    let c = catalog();
    assert_eq!(c.first_at_or_after(0, 0), Some((0, 0)));
    assert_eq!(c.first_at_or_after(0, 10_000), None);
    assert_eq!(Catalog::build(&[]).step(None, true), None);
}

#[test]
fn a_documents_summary_counts_its_quotes_and_speakers() {
    let docs = crate::corpus::seeds();
    let catalog = Catalog::build(&docs);
    for d in 0..docs.len() {
        let summary = catalog.summary(d, 3);
        assert_eq!(summary.quotes, catalog.quotes[d].len());
        // Counted the slow way: every quote of the document.
        let mut counts = std::collections::BTreeMap::new();
        for q in 0..catalog.quotes[d].len() {
            if let Some(s) = catalog.speaker_index((d, q)) {
                *counts.entry(s).or_insert(0u32) += 1;
            }
        }
        assert_eq!(summary.speakers, counts.len());
        let mut most: Vec<(usize, u32)> = counts.into_iter().collect();
        most.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        most.truncate(3);
        assert_eq!(summary.top, most, "document {d}");
    }
    let none = catalog.summary(99, 3);
    assert_eq!((none.quotes, none.speakers, none.top.len()), (0, 0, 0));
}
