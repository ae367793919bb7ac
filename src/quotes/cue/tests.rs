//! Tests of the cue after a closing mark.

use super::super::scan::scan;
use super::super::tokens::tokenize;
use super::*;

fn cue(s: &str) -> Cue {
    let q = scan(s);
    let w = tokenize(s, &q);
    let qi = w.iter().position(|x| x.quote.is_some()).unwrap();
    cue_of(s, &w, qi).0
}

#[test]
fn quotative_endings() {
    assert_eq!(cue("“좋다”라고 했다"), Cue::Quotative { chain: false });
    assert_eq!(cue("“좋다”이라고 했다"), Cue::Quotative { chain: false });
    assert_eq!(cue("“좋다”고 했다"), Cue::Quotative { chain: false });
    assert_eq!(cue("“좋다”라며 웃었다"), Cue::Quotative { chain: true });
    assert_eq!(cue("“좋다”며 웃었다"), Cue::Quotative { chain: true });
    assert_eq!(cue("“좋다”면서 웃었다"), Cue::Quotative { chain: true });
    assert_eq!(cue("“좋다” 라고 했다"), Cue::Quotative { chain: false });
}

#[test]
fn words_in_chinese_characters_alone_are_a_term() {
    assert_eq!(
        kind_of(Cue::Quotative { chain: false }, "丁亥武科", false, false),
        QuoteKind::Term
    );
    assert_eq!(
        kind_of(Cue::Quotative { chain: false }, "壬子生 좋다", false, false),
        QuoteKind::Speech
    );
}

#[test]
fn terms() {
    assert_eq!(cue("‘해자’를 가졌다"), Cue::Particle);
    assert_eq!(cue("‘해자’라는 말"), Cue::Adnominal);
    assert_eq!(cue("‘해자’라고 불리는 것"), Cue::Naming);
    assert_eq!(cue("“좋다” 고성능"), Cue::None);
    assert_eq!(cue("‘해자’를 갖고 있다고"), Cue::Particle);
}

#[test]
fn a_quoted_clause_as_the_object_of_a_reported_verb() {
    assert_eq!(
        cue("“취업률은 전체에서 5위”를 차지한다면서"),
        Cue::Quotative { chain: true }
    );
    assert_eq!(
        cue("“직장부터 지키는 현명한 판단”을 구한다는 메시지"),
        Cue::Quotative { chain: false }
    );
}

#[test]
fn a_quoted_clause_that_a_sentence_or_a_speech_noun_reports() {
    assert_eq!(
        cue("“변수가 많아 공개가 조심스럽다”는 것이다."),
        Cue::Quotative { chain: false }
    );
    assert_eq!(
        cue("“철도역사에 새 이정표”가 세워졌다는 발언을 했다"),
        Cue::Quotative { chain: false }
    );
    // A term with a particle before an embedded clause about something else.
    assert_eq!(cue("“해자”가 있다는 사실을 알았다"), Cue::Particle);
    assert_eq!(cue("“이것은 좋은 방법”이라는 것이 문제다"), Cue::Adnominal);
}

#[test]
fn reporting_verbs() {
    let s = "말했다 말합니다 말했습니다 말하였다 설명했다 덧붙였다 목소리를 높였다 먹었다";
    let w = tokenize(s, &[]);
    let got: Vec<bool> = (0..w.len()).map(|k| is_report_verb(s, &w, k)).collect();
    assert_eq!(
        got,
        [true, true, true, true, true, true, false, true, false]
    );
}

#[test]
fn a_quote_inside_a_longer_reported_clause() {
    // The closing mark cut the verb, which ends a few words on.
    assert_eq!(
        cue("“사상 초유의 침탈이 자행”되고 있다고 말했다."),
        Cue::Quotative { chain: false }
    );
    assert_eq!(
        cue("“조합원의 무력감을 자극”하려는 목적의 메시지라며 반발했다."),
        Cue::Quotative { chain: true }
    );
    // A remark described by a relative clause.
    assert_eq!(
        cue("“민간이 들어올 수밖에 없다”는 민영화를 암시하는 듯한 발언을 해 논란을 빚었다."),
        Cue::Quotative { chain: false }
    );
    // A reason joined to the next quote.
    assert_eq!(
        cue("“결의의 명백한 위반”이므로 “적절한 조치”를 취하겠다고 밝혔다."),
        Cue::Quotative { chain: true }
    );
    // A question the stance answers is not the stance.
    assert_ne!(
        cue("“왜 그랬느냐”는 질문에 대한 입장을 밝혔다."),
        Cue::Quotative { chain: false }
    );
    // Short terms keep their particle reading.
    assert_eq!(cue("“자행”되고 있다고 말했다."), Cue::Particle);
}
