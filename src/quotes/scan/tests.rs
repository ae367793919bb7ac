//! Tests of quotation spans and how marks pair up.

use super::*;

fn texts(s: &str) -> Vec<String> {
    scan(s)
        .iter()
        .map(|q| s[q.inner.clone()].to_string())
        .collect()
}

#[test]
fn all_mark_styles() {
    let s = "a \"b\" c “d” e ‘f’ g 'h' i 「j」 k 『l』";
    assert_eq!(texts(s), ["b", "d", "f", "h", "j", "l"]);
}

#[test]
fn mismatched_pairs() {
    assert_eq!(texts("그는 \"좋다”라고 했다"), ["좋다"]);
    assert_eq!(texts("오픈AI의 'o1\" 모델"), ["o1"]);
}

#[test]
fn apostrophes_are_not_marks() {
    assert_eq!(texts("McDonald's said \"don't go\" today"), ["don't go"]);
}

#[test]
fn missing_opener_recovered_to_sentence_start() {
    let s = "앞 문장이다. 이것은 말이다.” 라고 그는 말했다.";
    assert_eq!(texts(s), ["이것은 말이다."]);
}

#[test]
fn missing_opener_recovered_after_the_speaker_that_opens_the_sentence() {
    let s = "한편 전후 추산을 하고 나서 ISAF는 3명의 경찰이 사망했다\"고 밝혔다.";
    assert_eq!(texts(s), ["3명의 경찰이 사망했다"]);
    let s = "김철수 장관은 이번 결정이 옳다\"고 말했다.";
    assert_eq!(texts(s), ["이번 결정이 옳다"]);
    // A topic that is no one, or nothing left after it, keeps the whole sentence.
    let s = "이번 결정은 옳다\"고 말했다.";
    assert_eq!(texts(s), ["이번 결정은 옳다"]);
    let s = "그는 옳다\"고 말했다.";
    assert_eq!(texts(s), ["그는 옳다"]);
}

#[test]
fn spans_stop_at_paragraph_end() {
    assert_eq!(texts("“열린 채\n“닫힌다”"), ["닫힌다"]);
}

#[test]
fn straight_marks_take_their_role_from_what_touches_them() {
    // The first mark closes a quote whose opener is missing; it must not open one.
    let s = "그는 3명이 사망했다\"고 밝히며 \"조의를 표한다\"고 말했다.";
    let qs = scan(s);
    let texts: Vec<&str> = qs.iter().map(|q| &s[q.inner.clone()]).collect();
    assert_eq!(texts, ["3명이 사망했다", "조의를 표한다"]);
}

#[test]
fn nested_and_nickname() {
    let s = "“그는 ‘안 된다’고 했다” Xia “Ben” Hu";
    let qs = scan(s);
    assert_eq!(qs.len(), 3);
    assert!(qs[1].nested);
    assert!(qs[2].nickname);
}

#[test]
fn deep_nesting_does_not_overflow() {
    let s = "“".repeat(20_000) + &"”".repeat(20_000);
    assert_eq!(scan(&s).len(), 20_000);
}
