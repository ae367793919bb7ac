//! Korean: quotes written inside longer clauses, broken marks, and the short forms real news
//! uses for names (each construction seen in real articles, every sentence written anew).

use super::{check, S, T};

#[test]
fn a_cut_verb_that_goes_on_after_the_closing_mark() {
    check(
        "한국노동연대는 누리집을 통해 성명을 내고 \"조합원 수백 명에 대한 부당한 징계가 강행\"되고 있다고 말했다.",
        &[("조합원 수백 명에 대한 부당한 징계가 강행", S, Some("한국노동연대"))],
    );
    check(
        "한국노동연대는 \"조합원들의 불안을 부추기려\"하는 의도의 문자라며 반발했다.",
        &[("조합원들의 불안을 부추기려", S, Some("한국노동연대"))],
    );
}

#[test]
fn a_remark_described_before_its_noun() {
    check(
        "한편 박영진 산업부총리는 20일 \"시장에 맡길 수밖에 없다\"는 규제 완화를 시사하는 듯한 발언을 해 논란을 빚었다. \
         박 부총리는 \"검토하겠다\"고 덧붙였다.",
        &[
            ("시장에 맡길 수밖에 없다", S, Some("박영진")),
            ("검토하겠다", S, Some("박영진")),
        ],
    );
}

#[test]
fn a_reason_joined_to_the_next_quote() {
    check(
        "외교부는 성명을 내고 \"이번 발사는 결의의 명백한 위반\"이므로 \"우방국과 협의해 필요한 조치\"를 취하겠다고 밝혔다.",
        &[
            ("이번 발사는 결의의 명백한 위반", S, Some("외교부")),
            ("우방국과 협의해 필요한 조치", S, Some("외교부")),
        ],
    );
}

#[test]
fn a_surname_that_also_means_current() {
    // `현 부총리` is the 현 named before with that title; with no such person it is the
    // current one.
    check(
        "현승우 경제부총리는 어제 발언으로 논란을 키웠다. 현 부총리는 \"민간의 참여가 필요하다\"고 말했다.",
        &[("민간의 참여가 필요하다", S, Some("현승우"))],
    );
    check(
        "현 장관은 \"민간의 참여가 필요하다\"고 말했다.",
        &[("민간의 참여가 필요하다", S, Some("현 장관"))],
    );
}

#[test]
fn a_missing_opening_mark_after_the_speaker() {
    check(
        "조사를 마치고 나서 KFA는 선수 2명이 부상을 입었다\"고 밝히며 \"선수들의 빠른 회복을 바란다\"고 말했다.",
        &[
            ("선수 2명이 부상을 입었다", S, Some("KFA")),
            ("선수들의 빠른 회복을 바란다", S, Some("KFA")),
        ],
    );
}

#[test]
fn an_acronym_and_a_slip_name_the_body_given_in_full() {
    check(
        "국제 해양 감시단(IMWG)에 따르면 선박 두 척이 침몰했다. IMWG는 \"구조를 계속하겠다\"고 말했다.",
        &[("구조를 계속하겠다", S, Some("국제 해양 감시단"))],
    );
    check(
        "해양경찰청은 구조를 시작했다. 해양경찰청은 \"모두 구조했다\"고 밝혔다. \"추가 수색은 없다\"고 해양경창청은 덧붙였다.",
        &[
            ("모두 구조했다", S, Some("해양경찰청")),
            ("추가 수색은 없다", S, Some("해양경찰청")),
        ],
    );
}

#[test]
fn a_given_name_before_a_second_spelling_of_the_surname() {
    check(
        "마르셀 뒤푸르 대변인은 \"협상은 끝났다\"고 밝혔다. 마르셀 뒤프레는 장소를 밝히지 않았다. \
         뒤프레는 \"곧 발표하겠다\"고 말했다.",
        &[
            ("협상은 끝났다", S, Some("마르셀 뒤푸르")),
            ("곧 발표하겠다", S, Some("마르셀 뒤프레")),
        ],
    );
}

#[test]
fn a_name_after_a_noun_with_the_copula_is_a_term() {
    check(
        "통신은 동행한 인물이 부인인 ‘김소연’이라고 전했다.",
        &[("김소연", T, None)],
    );
}

#[test]
fn a_body_speaking_through_eseoneun_after_issuing_a_statement() {
    check(
        "한편 오하이오 주 개신교계에서는 성명을 내고 \"의회의 결정에 유감을 표한다\"며 반대했다.",
        &[(
            "의회의 결정에 유감을 표한다",
            S,
            Some("오하이오 주 개신교계"),
        )],
    );
}

#[test]
fn a_quoted_measure_in_a_list_that_a_body_reported() {
    check(
        "국세청은 피해 납세자에게 \"납부 기한을 최장 9개월까지 유예\"하는 것, \"담보 제공 면제\" 등을 \
         지원할 것이라고 밝혔다.",
        &[
            ("납부 기한을 최장 9개월까지 유예", S, Some("국세청")),
            ("담보 제공 면제", T, None),
        ],
    );
}
