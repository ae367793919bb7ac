use super::*;
use crate::corpus::{seeds, Document};
use crate::text::glyph::escape;
use crate::text::{AmbiguousWidth, WrapMode};
use crate::tui::action::Action;
use crate::tui::app::{App, Popup};
use crate::tui::keymap::map_event;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

fn span_of(text: &str, quote: &str) -> Range<usize> {
    let start = text.find(quote).unwrap();
    start..start + quote.len()
}

#[test]
fn the_sentence_runs_from_the_last_sentence_end_to_the_next() {
    let text = "첫 문장입니다. IBM Research의 David D. Cox는 “이는 우리가 이미 알고 있는 것을 \
                뒷받침할 뿐”이라고 말합니다. 다음 문장.\n다음 줄.";
    let quote = "“이는 우리가 이미 알고 있는 것을 뒷받침할 뿐”";
    let (sentence, range) = sentence(text, &span_of(text, quote));
    assert_eq!(
        sentence,
        "IBM Research의 David D. Cox는 “이는 우리가 이미 알고 있는 것을 뒷받침할 뿐”이라고 말합니다."
    );
    assert_eq!(&sentence[range], quote);
}

#[test]
fn a_sentence_stops_at_line_ends_and_after_closing_marks() {
    let text = "앞 줄\n그는 “좋다.” 그녀는 “싫다”고 답했다\n뒷 줄";
    let (sentence, range) = sentence(text, &span_of(text, "“싫다”"));
    assert_eq!(sentence, "그녀는 “싫다”고 답했다");
    assert_eq!(&sentence[range], "“싫다”");
}

#[test]
fn long_context_is_cut_with_an_ellipsis() {
    let filler = "가나다 ".repeat(200);
    let text = format!("{filler}“인용”{filler}");
    let (sentence, range) = sentence(&text, &span_of(&text, "“인용”"));
    assert!(
        sentence.starts_with('…') && sentence.ends_with('…'),
        "{sentence}"
    );
    assert_eq!(&sentence[range], "“인용”");
    assert!(sentence.len() < 2 * REACH + 20);
}

#[test]
fn untrusted_text_is_folded_and_escaped() {
    let text = "\u{202e}악성\u{1b}]52;c;aGk=\u{7} 문장은 “줄이\n\t바뀐 \u{9b}인용”이라고 했다.";
    let (sentence, range) = sentence(text, &span_of(text, "“줄이\n\t바뀐 \u{9b}인용”"));
    assert!(!sentence.chars().any(char::is_control), "{sentence:?}");
    assert!(!sentence.contains('\u{202e}'));
    assert_eq!(
        sentence,
        "<U+202E>악성^[]52;c;aGk=^G 문장은 “줄이 바뀐 <U+009B>인용”이라고 했다."
    );
    assert_eq!(&sentence[range], "“줄이 바뀐 <U+009B>인용”");
    assert_eq!(one_line(" a\u{1b}\n b "), "a^[ b");
}

#[test]
fn odd_spans_never_panic() {
    let text = "가나다";
    let backwards = Range { start: 5, end: 1 };
    for span in [0..0, 1..2, 2..100, 100..200, backwards] {
        let _ = sentence(text, &span);
    }
}

fn app() -> App {
    App::new(
        seeds(),
        Vec::new(),
        AmbiguousWidth::Narrow,
        WrapMode::Words,
        (100, 30),
    )
}

fn key(c: char) -> Event {
    Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
}

#[test]
fn i_opens_the_details_of_the_current_quote_and_any_key_closes_them() {
    let mut a = app();
    assert_eq!(map_event(&a, &key('i')), Some(Action::OpenQuoteDetail));
    a.update(Action::OpenQuoteDetail);
    assert!(a.popup().is_none(), "no current quote: no popup");
    assert!(a.message().unwrap().contains("No current quote"));

    a.update(Action::StepQuote(true));
    let id = a.current_quote().unwrap();
    a.update(Action::OpenQuoteDetail);
    assert!(matches!(a.popup(), Some(Popup::QuoteDetail(shown)) if shown.id() == id));
    assert_eq!(map_event(&a, &key('x')), Some(Action::ClosePopup));
    assert_eq!(map_event(&a, &key('q')), Some(Action::ClosePopup));
    a.update(Action::ClosePopup);
    assert!(a.popup().is_none());
    assert_eq!(a.current_quote(), Some(id), "closing keeps the quote");
}

#[test]
fn details_name_the_speaker_rule_and_place() {
    let a = app();
    let catalog = a.catalog();
    let id = catalog
        .ids()
        .find(|&id| catalog.quote(id).is_some_and(|q| q.rule.is_some()))
        .unwrap();
    let q = catalog.quote(id).unwrap();
    let d = QuoteDetail::of(catalog, a.docs(), id).unwrap();
    assert_eq!(d.speaker, catalog.speaker(id).unwrap().name);
    assert_eq!(d.as_written, q.speaker_as_written.as_deref().unwrap());
    let rule = q.rule.unwrap();
    assert_eq!(d.rule, format!("{} — {}", rule.name(), rule.describe()));
    assert_eq!(d.kind, "speech");
    let doc = &a.docs()[id.0];
    assert_eq!(d.document, doc.meta.title);
    assert_eq!(
        d.file,
        format!("{}, line {}", doc.name, doc.line_of(q.span.start))
    );
    assert!(d.sentence[d.quote.clone()].starts_with(['“', '"']));
    assert!(QuoteDetail::of(catalog, a.docs(), (99, 0)).is_none());
}

#[test]
fn hostile_names_and_sentences_reach_the_popup_only_as_escapes() {
    use ratatui::backend::TestBackend;
    use ratatui::Terminal;
    let text = "앞 문장.\n\u{202e}악성 \u{1b}[2J “\u{1b}]52;c;cXVvdGU=\u{7} 인용문”이라고 김민수 \
                장관은 말했다.\n";
    let doc = Document::new(
        "evil\u{1b}]2;NAME\u{7}\u{202e}.txt",
        text.into(),
        "UTF-8",
        false,
    );
    let mut a = App::new(
        vec![doc],
        Vec::new(),
        AmbiguousWidth::Narrow,
        WrapMode::Words,
        (100, 30),
    );
    a.update(Action::StepQuote(true));
    a.update(Action::OpenQuoteDetail);
    assert!(matches!(a.popup(), Some(Popup::QuoteDetail(_))));
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    terminal.draw(|f| crate::tui::ui::render(&a, f)).unwrap();
    let buf = terminal.backend().buffer();
    let mut screen = String::new();
    for cell in buf.content() {
        let s = cell.symbol();
        assert!(
            !s.chars().any(|c| c.is_control() || escape(c).is_some()),
            "{s:?}"
        );
        screen.push_str(s);
    }
    // Cells hidden behind wide characters hold spaces: compare without them.
    let screen = screen.replace(' ', "");
    for want in [
        "evil^[]2;NAME^G<U+202E>.txt,line2",
        "<U+202E>악성^[[2J“^[]52;c;cXVvdGU=^G인용문”이라고",
    ] {
        assert!(screen.contains(want), "{want:?} not in\n{screen}");
    }
}

#[test]
fn the_popup_draws_at_every_small_size() {
    use ratatui::backend::TestBackend;
    use ratatui::Terminal;
    let mut a = app();
    a.update(Action::StepQuote(true));
    a.update(Action::OpenQuoteDetail);
    for w in 20..=44 {
        for h in 6..=14 {
            a.update(Action::Resize(w, h));
            let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
            terminal.draw(|f| crate::tui::ui::render(&a, f)).unwrap();
        }
    }
    assert!(matches!(a.popup(), Some(Popup::QuoteDetail(_))));
}
