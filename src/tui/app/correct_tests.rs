//! Corrections from the quote details, through the app: the catalog, the saved changes, the
//! messages and the popups that follow.

use super::tests::{app, type_into};
use super::*;

/// The app at the details of Larry Li's second quote, and its id.
fn at_larry_li() -> (App, QuoteId) {
    let mut a = app(100, 30);
    for _ in 0..3 {
        a.update(Action::StepQuote(true));
    }
    let id = a.current_quote().unwrap();
    assert_eq!(a.catalog().speaker(id).unwrap().name, "Larry Li");
    a.update(Action::OpenQuoteDetail);
    (a, id)
}

fn speaker(a: &App, id: QuoteId) -> Option<String> {
    a.catalog().speaker(id).map(|s| s.name.clone())
}

#[test]
fn a_reassignment_applies_at_once_is_saved_and_undone() {
    let (mut a, id) = at_larry_li();
    a.update(Action::Reassign);
    assert!(matches!(a.popup(), Some(Popup::Choose(_))));
    type_into(&mut a, "sattigeri");
    a.update(Action::Confirm);
    assert_eq!(speaker(&a, id).as_deref(), Some("Prasanna Sattigeri"));
    assert!(
        matches!(a.popup(), Some(Popup::QuoteDetail(_))),
        "back at the details"
    );
    assert_eq!(a.message(), Some("Quote reassigned to Prasanna Sattigeri."));
    assert_eq!(a.quote_status().as_deref(), Some("Prasanna Sattigeri 1/5"));
    assert!(a.take_effects().contains(&Effect::Save));
    let [added] = a.changes().corrections.added.as_slice() else {
        panic!("one correction to save: {:?}", a.changes().corrections);
    };
    // The quote's own words name it in reports, not the sentence after it.
    let quote = a.catalog().quote(id).unwrap();
    let inner = &a.docs()[id.0].text[quote.inner.clone()];
    assert!(
        inner.starts_with(added.excerpt.as_str()),
        "{:?}",
        added.excerpt
    );
    assert!(!added.excerpt.contains('”') && !added.excerpt.contains('"'));
    a.update(Action::UndoCorrection);
    assert_eq!(speaker(&a, id).as_deref(), Some("Larry Li"));
    assert!(
        a.changes().is_empty(),
        "an unsaved correction undone leaves nothing to save"
    );
    a.update(Action::UndoCorrection);
    assert_eq!(a.message(), Some("This quote has no correction to undo."));
}

#[test]
fn esc_in_the_chooser_goes_back_and_the_same_speaker_is_no_correction() {
    let (mut a, id) = at_larry_li();
    a.update(Action::Reassign);
    a.update(Action::ClosePopup);
    assert!(matches!(a.popup(), Some(Popup::QuoteDetail(_))));
    a.update(Action::Reassign);
    type_into(&mut a, "Larry Li");
    a.update(Action::Confirm);
    assert_eq!(a.message(), Some("The quote is by Larry Li already."));
    assert!(a.catalog().original(id).is_none());
    assert!(a.changes().corrections.is_empty());
}

#[test]
fn not_speech_toggles_and_a_merge_moves_every_quote() {
    let (mut a, id) = at_larry_li();
    a.update(Action::ToggleNotSpeech);
    assert_eq!(speaker(&a, id), None);
    assert_eq!(
        a.catalog().summary(0, 3).quotes,
        23,
        "still a quote, a term now"
    );
    a.update(Action::ToggleNotSpeech);
    assert_eq!(speaker(&a, id).as_deref(), Some("Larry Li"));
    a.update(Action::MergeSpeaker);
    type_into(&mut a, "abraham");
    a.update(Action::Confirm);
    assert_eq!(
        a.message(),
        Some("Merged Larry Li into Abraham Daniels (3 quotes).")
    );
    let names: Vec<&str> = a
        .catalog()
        .speakers()
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    assert!(!names.contains(&"Larry Li"), "{names:?}");
    assert_eq!(a.catalog().position_in_speaker(id).map(|p| p.1), Some(6));
    a.update(Action::UndoCorrection);
    assert_eq!(a.message(), Some("Merge undone."));
    assert_eq!(speaker(&a, id).as_deref(), Some("Larry Li"));
}

#[test]
fn a_saved_state_with_another_readers_correction_applies_it() {
    let (mut a, id) = at_larry_li();
    let q = a.catalog().quote(id).unwrap().clone();
    let hash = a.library.hash(id.0).unwrap().to_string();
    let theirs = crate::state::Correction {
        id: "theirs".into(),
        doc: hash,
        name: "x".into(),
        start: q.span.start,
        end: q.span.end,
        excerpt: String::new(),
        fix: crate::state::Fix::NotSpeech,
        other: Default::default(),
    };
    let merged = crate::state::State {
        corrections: vec![theirs],
        ..crate::state::State::default()
    };
    a.update(Action::ClosePopup);
    a.update(Action::OpenFinder);
    a.update(Msg::Saved(merged));
    assert_eq!(speaker(&a, id), None);
    assert!(
        a.popup().is_none(),
        "the finder's rows were of the speakers before"
    );
    assert_eq!(
        a.message(),
        Some("Corrections were applied: f opens the finder on the quotes now.")
    );
}

#[test]
fn a_placeholder_is_not_merged_by_name() {
    // `A씨` is someone else in each document: merged by name, every one would go.
    let doc = |name: &str, text: &str| {
        crate::corpus::Document::new(name, text.to_string(), "UTF-8", false)
    };
    let docs = vec![
        doc("a.txt", "“첫째 말입니다”라고 A씨는 말했다.\n"),
        doc("b.txt", "“둘째 말입니다”라고 A씨는 말했다.\n"),
    ];
    let (amb, wrap) = (
        crate::text::AmbiguousWidth::Narrow,
        crate::text::WrapMode::Words,
    );
    let mut a = App::new(docs, Vec::new(), amb, wrap, (100, 30));
    a.update(Action::Open);
    a.update(Action::StepQuote(true));
    let id = a.current_quote().unwrap();
    assert_eq!(speaker(&a, id).as_deref(), Some("A씨"));
    a.update(Action::OpenQuoteDetail);
    a.update(Action::MergeSpeaker);
    type_into(&mut a, "홍길동");
    a.update(Action::Confirm);
    assert_eq!(
        a.message(),
        Some("A씨 is a placeholder for someone different in each document: r reassigns its quotes one by one.")
    );
    assert!(a.changes().merges.is_empty());
    assert_eq!(speaker(&a, id).as_deref(), Some("A씨"));
}
