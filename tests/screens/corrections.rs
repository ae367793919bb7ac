//! Screens of corrections: the speaker chooser, a corrected quote's details, and the list of
//! corrections that no longer apply.

use super::*;

/// The seeds' reader at `w`x`h` with the details of Larry Li's second quote open.
fn larry_li_details(w: u16, h: u16) -> App {
    let mut app = seeds_app(w, h);
    for _ in 0..3 {
        app.update(Action::StepQuote(true));
    }
    app.update(Action::OpenQuoteDetail);
    app
}

fn text_of(t: &Terminal<TestBackend>) -> String {
    let buf = t.backend().buffer();
    let w = usize::from(buf.area.width);
    let cells: Vec<&str> = buf.content().iter().map(|c| c.symbol()).collect();
    cells.chunks(w).map(|row| row.concat() + "\n").collect()
}

#[test]
fn speaker_chooser_offers_what_is_typed_as_a_new_speaker() {
    let mut app = larry_li_details(100, 30);
    app.update(Action::Reassign);
    type_in(&mut app, "dav");
    let t = draw(&app);
    assert_borders_straight(&t);
    let text = text_of(&t);
    assert!(text.contains("Reassign the quote to"), "{text}");
    assert!(text.contains("David D. Cox"), "{text}");
    assert!(text.contains("+ new speaker: dav"), "{text}");
    insta::assert_snapshot!(t.backend());
}

#[test]
fn quote_detail_shows_what_a_correction_changed() {
    let mut app = larry_li_details(100, 30);
    app.update(Action::Reassign);
    type_in(&mut app, "김새롬");
    app.update(Action::Confirm);
    let t = draw(&app);
    assert_borders_straight(&t);
    let text = text_of(&t);
    assert!(
        text.contains("Corrected   reassigned: was Larry Li (rule quotative_before) · u undoes"),
        "{text}"
    );
    // A wide character's second cell is a blank of its own: compared without blanks.
    let squeezed: String = text.chars().filter(|c| *c != ' ').collect();
    assert!(squeezed.contains("Speaker김새롬"), "{text}");
    assert!(squeezed.contains("Quotereassignedto김새롬."), "{text}");
    insta::assert_snapshot!(t.backend());
}

#[test]
fn stale_corrections_list() {
    use dokseo::state::{Correction, Fix, State};
    let docs = corpus::seeds();
    let stale = |doc: &Document, fix: Fix| Correction {
        id: doc.name.clone(),
        // Made on another text of this document: it changed since.
        doc: "00000000000000ff".into(),
        name: doc.name.clone(),
        start: 0,
        end: 9,
        excerpt: "정신이 번쩍 들었죠.".into(),
        fix,
        other: Default::default(),
    };
    let state = State {
        corrections: vec![
            stale(&docs[0], Fix::NotSpeech),
            stale(
                &docs[1],
                Fix::Speaker {
                    name: "김새롬".into(),
                },
            ),
        ],
        ..State::default()
    };
    let mut app = App::with(dokseo::tui::app::Setup {
        docs,
        problems: Vec::<Problem>::new(),
        amb: AmbiguousWidth::Narrow,
        config: dokseo::config::Config::default(),
        colors: true,
        size: (100, 24),
        state,
        notice: None,
        loader: None,
    });
    let t = draw(&app);
    let status = text_of(&t);
    assert!(
        status.contains("2 corrections no longer apply: C lists them (000_7813f3b5ebc8f1dd.txt"),
        "{status}"
    );
    app.update(Action::OpenStaleCorrections);
    app.update(Action::PopupMove(1));
    let t = draw(&app);
    assert_borders_straight(&t);
    let text = text_of(&t);
    assert!(
        text.contains("Corrections that no longer apply (2)"),
        "{text}"
    );
    insta::assert_snapshot!(t.backend());
    app.update(Action::DeleteItem);
    let t = draw(&app);
    assert!(text_of(&t).contains("Corrections that no longer apply (1)"));
}
