use std::collections::BTreeMap;

use super::*;
use crate::quotes::extract;
use crate::state::content_hash;

const TEXT: &str = "한국대 교수인 홍길동은 “첫째 말입니다”라고 말했다.\n\
                    “둘째 말입니다”라고 김철수 장관은 말했다.";

fn fix(doc: &str, q: &Quote, fix: Fix) -> Correction {
    Correction {
        id: format!("c{}", q.span.start),
        doc: doc.into(),
        name: "a.txt".into(),
        start: q.span.start,
        end: q.span.end,
        excerpt: "첫째".into(),
        fix,
        other: BTreeMap::new(),
    }
}

fn merge(id: &str, from: &str, into: &str) -> Merge {
    Merge {
        id: id.into(),
        from: from.into(),
        into: into.into(),
        other: BTreeMap::new(),
    }
}

fn speakers(quotes: &[Quote]) -> Vec<Option<&str>> {
    quotes.iter().map(|q| q.speaker.as_deref()).collect()
}

#[test]
fn a_reassignment_applies_by_hash_and_offsets_and_remembers_the_original() {
    let hash = content_hash(TEXT);
    let mut quotes = extract(TEXT);
    assert_eq!(speakers(&quotes), [Some("홍길동"), Some("김철수")]);
    let c = fix(
        &hash,
        &quotes[0],
        Fix::Speaker {
            name: "이영희".into(),
        },
    );
    let all = Corrections::new(std::slice::from_ref(&c), &[]);
    let before = quotes[0].clone();
    let original = all.apply(Some(&hash), &mut quotes[0]).unwrap();
    assert_eq!(original.by, By::Correction(c.id));
    assert_eq!(quotes[0].speaker.as_deref(), Some("이영희"));
    assert_eq!((quotes[0].rule, quotes[0].role.as_deref()), (None, None));
    assert_eq!(
        all.apply(Some(&hash), &mut quotes[1]),
        None,
        "another quote"
    );
    let mut restored = quotes[0].clone();
    original.restore(&mut restored);
    assert_eq!(restored, before);
    // Another document, or one whose hash is not known yet, is left alone.
    let mut other = before.clone();
    assert_eq!(all.apply(Some("other"), &mut other), None);
    assert_eq!(all.apply(None, &mut other), None);
    assert_eq!(other, before);
}

#[test]
fn not_speech_takes_the_speaker_away() {
    let hash = content_hash(TEXT);
    let mut quotes = extract(TEXT);
    let all = Corrections::new(&[fix(&hash, &quotes[1], Fix::NotSpeech)], &[]);
    assert!(all.apply(Some(&hash), &mut quotes[1]).is_some());
    assert_eq!(quotes[1].kind, QuoteKind::Term);
    assert_eq!(quotes[1].speaker, None);
}

#[test]
fn the_later_correction_of_a_quote_wins() {
    let hash = content_hash(TEXT);
    let mut quotes = extract(TEXT);
    let mut second = fix(
        &hash,
        &quotes[0],
        Fix::Speaker {
            name: "나중".into(),
        },
    );
    second.id = "later".into();
    let all = Corrections::new(&[fix(&hash, &quotes[0], Fix::NotSpeech), second], &[]);
    all.apply(Some(&hash), &mut quotes[0]);
    assert_eq!(quotes[0].speaker.as_deref(), Some("나중"));
}

#[test]
fn merges_rename_in_order_and_follow_chains() {
    let all = Corrections::new(
        &[],
        &[
            merge("1", "김철수", "홍길동"),
            merge("2", "홍길동", "길동이"),
        ],
    );
    assert_eq!(all.renamed("김철수"), Some(("길동이", "1")));
    assert_eq!(all.renamed("홍길동"), Some(("길동이", "2")));
    let mut quotes = extract(TEXT);
    for q in &mut quotes {
        assert!(matches!(
            all.apply(None, q),
            Some(Original {
                by: By::Merge(_),
                ..
            })
        ));
    }
    assert_eq!(speakers(&quotes), [Some("길동이"), Some("길동이")]);
    // Merged back: nothing is renamed, and a merge into itself does nothing.
    let back = Corrections::new(
        &[],
        &[
            merge("1", "a", "b"),
            merge("2", "b", "a"),
            merge("3", "c", "c"),
        ],
    );
    assert_eq!(back.renamed("a"), None);
    assert_eq!(back.renamed("b"), Some(("a", "2")));
    assert_eq!(back.renamed("c"), None);
}

#[test]
fn a_reassigned_quote_follows_a_merge_of_its_new_speaker() {
    let hash = content_hash(TEXT);
    let mut quotes = extract(TEXT);
    let c = fix(
        &hash,
        &quotes[0],
        Fix::Speaker {
            name: "새 이름".into(),
        },
    );
    let all = Corrections::new(&[c], &[merge("m", "새 이름", "김철수")]);
    let original = all.apply(Some(&hash), &mut quotes[0]).unwrap();
    assert!(matches!(original.by, By::Correction(_)));
    assert_eq!(original.speaker.as_deref(), Some("홍길동"));
    assert_eq!(quotes[0].speaker.as_deref(), Some("김철수"));
}

#[test]
fn stale_corrections_are_those_of_a_changed_document_or_a_lost_quote() {
    let hash = content_hash(TEXT);
    let quotes = extract(TEXT);
    let mut changed = fix("old", &quotes[0], Fix::NotSpeech);
    changed.name = "/some/where/a.txt".into();
    let mut elsewhere = fix("old", &quotes[0], Fix::NotSpeech);
    elsewhere.name = "b.txt".into();
    let lost = fix(&hash, &quotes[1], Fix::NotSpeech);
    let fine = fix(&hash, &quotes[0], Fix::NotSpeech);
    let list = [changed, elsewhere, lost, fine];
    let found = |c: &Correction| {
        if c.doc != hash {
            Presence::Absent
        } else if c.start == quotes[0].span.start {
            Presence::Found
        } else {
            Presence::NotFound
        }
    };
    let stale = stale(&list, &["a.txt", "/some/where/a.txt"], found);
    let got: Vec<(&str, Reason)> = stale.iter().map(|(c, r)| (c.name.as_str(), *r)).collect();
    assert_eq!(
        got,
        [
            ("/some/where/a.txt", Reason::Changed),
            ("a.txt", Reason::NoQuote)
        ]
    );
    // Only another folder's file of the same name: not said to be the same document.
    let (other, _) = stale_of_other_folder(&list[0]);
    assert_eq!(other, Some(Reason::SameName));
    let line = stale_line(stale[0].0, stale[0].1);
    assert!(
        line.contains("no longer applies") && line.contains("changed"),
        "{line}"
    );
}

#[test]
fn a_stale_line_is_safe_to_print() {
    let mut c = fix(
        "h",
        &extract(TEXT)[0],
        Fix::Speaker {
            name: "\u{1b}[2J악당".into(),
        },
    );
    c.name = "a\u{202e}.txt".into();
    let line = stale_line(&c, Reason::Changed);
    assert!(
        !line.contains('\u{1b}') && !line.contains('\u{202e}'),
        "{line}"
    );
}

#[test]
fn a_fix_this_version_does_not_know_is_never_stale() {
    let text = "“첫째 말입니다”라고 홍길동 교수는 말했다.";
    let quotes = extract(text);
    let mut newer = fix("changed", &quotes[0], Fix::NotSpeech);
    newer.fix = Fix::Unknown(serde_json::json!({"kind": "quote_of_quote"}));
    let list = [newer];
    // Its document changed (or its quote is gone): it changes nothing, so nothing to tell.
    assert!(stale(&list, &[list[0].name.as_str()], |_| Presence::Absent).is_empty());
    assert!(stale(&list, &[], |_| Presence::NotFound).is_empty());
}

/// How correction `c` is told when only `elsewhere/a.txt` is read, with other text.
fn stale_of_other_folder(c: &Correction) -> (Option<Reason>, String) {
    let list = [c.clone()];
    let told = stale(&list, &["elsewhere/a.txt"], |_| Presence::Absent);
    let reason = told.first().map(|(_, r)| *r);
    let line = told
        .first()
        .map(|(c, r)| stale_line(c, *r))
        .unwrap_or_default();
    (reason, line)
}

#[test]
fn another_folders_file_of_the_same_name_is_not_called_the_same_document() {
    let mut c = fix("old", &extract(TEXT)[0], Fix::NotSpeech);
    c.name = "2023/05/a.txt".into();
    let (reason, line) = stale_of_other_folder(&c);
    assert_eq!(reason, Some(Reason::SameName));
    assert!(!line.contains("the document changed"), "{line}");
}
