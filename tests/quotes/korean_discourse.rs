//! Korean: discourse (pronouns, continuation, cataphora, headlines) and terms vs speech.

use super::{check, S, T};

// ---------------------------------------------------------------- Korean: discourse

#[test]
fn ko_pronoun_he() {
    check(
        "민경태 산업부 차관은 수출 전망을 설명했다. 그는 “하반기에는 반등할 것”이라고 말했다.",
        &[("하반기에는 반등할 것", S, Some("민경태"))],
    );
}

#[test]
fn ko_pronoun_she_speaker_after() {
    check(
        "서지아 감독은 신작을 공개했다.\n“첫 장면을 열 번 찍었다”라고 그녀는 회상했다.",
        &[("첫 장면을 열 번 찍었다", S, Some("서지아"))],
    );
}

#[test]
fn ko_continuation_same_paragraph() {
    check(
        "송재원 위원장은 “협상은 끝나지 않았다”고 말했다. “우리는 끝까지 설득하겠습니다.”",
        &[
            ("협상은 끝나지 않았다", S, Some("송재원")),
            ("우리는 끝까지 설득하겠습니다.", S, Some("송재원")),
        ],
    );
}

#[test]
fn ko_continuation_next_paragraph() {
    check(
        "임다은 교육부 장관은 “수능 난이도를 유지하겠다”고 말했다.\n\u{a0}\n“학생들이 혼란을 겪지 않도록 하겠습니다.”",
        &[
            ("수능 난이도를 유지하겠다", S, Some("임다은")),
            ("학생들이 혼란을 겪지 않도록 하겠습니다.", S, Some("임다은")),
        ],
    );
}

#[test]
fn ko_continuation_after_indirect_speech() {
    check(
        "고태민 연구원은 반도체 수요가 늘 것이라고 덧붙였다. “재고 조정은 거의 끝났습니다.”",
        &[("재고 조정은 거의 끝났습니다.", S, Some("고태민"))],
    );
}

#[test]
fn ko_continuation_with_ieo() {
    check(
        "배수아 의원은 “예산이 부족하다”고 말했다. 이어 “추경이 필요하다”고 주장했다.",
        &[
            ("예산이 부족하다", S, Some("배수아")),
            ("추경이 필요하다", S, Some("배수아")),
        ],
    );
}

#[test]
fn ko_cataphora() {
    check(
        "문재석 소방청장은 기자회견에서 이렇게 말했다. “현장 대원들의 안전이 최우선입니다.”",
        &[("현장 대원들의 안전이 최우선입니다.", S, Some("문재석"))],
    );
}

#[test]
fn ko_cataphora_colon() {
    check(
        "권하린 위원은 다음과 같이 밝혔다: “기준을 다시 세워야 합니다.”",
        &[("기준을 다시 세워야 합니다.", S, Some("권하린"))],
    );
}

#[test]
fn ko_headline_form() {
    check(
        "박하늘, “규제 완화는 시기상조”\n본문이 이어진다.",
        &[("규제 완화는 시기상조", S, Some("박하늘"))],
    );
}

#[test]
fn ko_according_to() {
    check(
        "국립과학수사연구원에 따르면 “시료에서 독성 물질이 검출되지 않았다.” 국과수는 “추가 분석이 필요하다”고 밝혔다.",
        &[
            ("시료에서 독성 물질이 검출되지 않았다.", S, Some("국립과학수사연구원")),
            ("추가 분석이 필요하다", S, Some("국립과학수사연구원")),
        ],
    );
}

#[test]
fn ko_two_speakers_in_one_sentence() {
    check(
        "여당은 이번 안을 “민생 법안”이라고 평가했고, 야당 대변인 염지호는 “졸속 입법”이라고 반박했다.",
        &[("민생 법안", S, Some("여당")), ("졸속 입법", S, Some("염지호"))],
    );
}

// ---------------------------------------------------------------- Korean: terms and marks

#[test]
fn ko_scare_quote_term() {
    check(
        "전문가들은 이를 ‘골디락스’ 국면으로 본다.",
        &[("골디락스", T, None)],
    );
}

#[test]
fn ko_raneun_term() {
    check(
        "정부는 ‘디지털 뉴딜’이라는 이름으로 예산을 편성했다.",
        &[("디지털 뉴딜", T, None)],
    );
}

#[test]
fn ko_particle_term() {
    check("시장은 ‘해빙’을 기대하고 있다.", &[("해빙", T, None)]);
}

#[test]
fn ko_naming_term() {
    check(
        "이 제도는 흔히 “그림자 규제”라고 불린다.",
        &[("그림자 규제", T, None)],
    );
}

#[test]
fn ko_heading_line_term() {
    check(
        "기사 첫 문단이다.\n\n‘반도체 전쟁’\n\n다음 문단이다.",
        &[("반도체 전쟁", T, None)],
    );
}

#[test]
fn ko_missing_opening_mark() {
    check(
        "장하늘 교수는 연구 결과를 소개했다. 이번 연구는 첫걸음에 불과합니다.” 라고 장 교수는 말했다.",
        &[("이번 연구는 첫걸음에 불과합니다.", S, Some("장하늘"))],
    );
}

#[test]
fn ko_mismatched_marks() {
    check(
        "우지현 위원장은 \"협상은 계속된다”고 말했다. 업계는 'Q3\" 실적을 주목한다.",
        &[("협상은 계속된다", S, Some("우지현")), ("Q3", T, None)],
    );
}

#[test]
fn ko_single_and_corner_marks() {
    check(
        "홍서진 대표는 '내년엔 흑자'라고 말했다. 그는 「다시 시작하겠다」고 말했다. 『태백산맥』을 읽었다.",
        &[
            ("내년엔 흑자", S, Some("홍서진")),
            ("다시 시작하겠다", S, Some("홍서진")),
            ("태백산맥", T, None),
        ],
    );
}

#[test]
fn ko_nested_quotes() {
    let text = "류태오 대변인은 “장관이 ‘책임지겠다’고 말한 것은 사실”이라고 밝혔다.";
    let qs = check(
        text,
        &[
            ("장관이 ‘책임지겠다’고 말한 것은 사실", S, Some("류태오")),
            ("책임지겠다", S, None),
        ],
    );
    assert!(qs[1].span.start > qs[0].span.start && qs[1].span.end < qs[0].span.end);
}

#[test]
fn ko_quote_never_crosses_paragraph() {
    check(
        "“닫히지 않은 인용\n변윤아 대변인은 “새 문단”이라고 말했다.",
        &[("새 문단", S, Some("변윤아"))],
    );
}

#[test]
fn ko_chain_with_speaker_after() {
    check(
        "“경기가 살아난다”며 “투자를 늘리겠다”고 추상우 회장은 말했다.",
        &[
            ("경기가 살아난다", S, Some("추상우")),
            ("투자를 늘리겠다", S, Some("추상우")),
        ],
    );
}

#[test]
fn ko_unattributed_speech_stays_unattributed() {
    check(
        "오늘 아침 공지가 붙었다. “모두 퇴근하십시오.”",
        &[("모두 퇴근하십시오.", S, None)],
    );
}

#[test]
fn ko_foreign_surname_alone_is_the_full_name_given_even_inside_a_quote() {
    check(
        "미국 시민권자 마이클 앨런 칼린(85)의 편지가 공개됐다. 통신은 \"미국 공민 마이클 앨런 칼린을 억류했다\"고 밝혔다.\n칼린은 편지에서 \"도움을 요청했다\"고 밝혔다.",
        &[
            ("미국 공민 마이클 앨런 칼린을 억류했다", S, Some("통신")),
            ("도움을 요청했다", S, Some("마이클 앨런 칼린")),
        ],
    );
}

#[test]
fn ko_a_noun_after_a_modifier_is_no_foreign_surname() {
    check(
        "박서준 교수는 새로운 기술은 \"역설계된다\"고 말했다. 기존 기술을 썼다.",
        &[("역설계된다", S, Some("박서준"))],
    );
}

#[test]
fn ko_someone_named_by_their_tie_to_a_person() {
    check(
        "김철수 씨의 어머니는 \"아들이 억울하다\"고 말했다.",
        &[("아들이 억울하다", S, Some("김철수 씨의 어머니"))],
    );
    check(
        "피해자의 변호인은 \"항소하겠다\"고 말했다.",
        &[("항소하겠다", S, Some("피해자의 변호인"))],
    );
}

#[test]
fn ko_a_sentence_after_the_quote_says_whose_words() {
    check(
        "“경기가 바닥을 쳤다.” 김영수 장관의 말이다.",
        &[("경기가 바닥을 쳤다.", S, Some("김영수"))],
    );
    check(
        "“경기가 바닥을 쳤다”는 게 김영수 장관의 설명이다.",
        &[("경기가 바닥을 쳤다", S, Some("김영수"))],
    );
}

#[test]
fn ko_kin_of_an_aged_person_and_a_lead_quote_signed_after() {
    check(
        "교제폭력 피해자 최지안(24)씨의 아버지는 “아무도 설명해주지 않는다”고 말했다.",
        &[("아무도 설명해주지 않는다", S, Some("최지안씨의 아버지"))],
    );
    check(
        "“일할 권리를 말하는 게 어렵나요.” 아들을 잃은 황미경(61)씨가 말끝을 흐렸다.",
        &[("일할 권리를 말하는 게 어렵나요.", S, Some("황미경"))],
    );
}

#[test]
fn ko_a_headlines_second_quote_after_an_ellipsis() {
    check(
        "오상철 법무장관 “검찰 인사, 원칙대로 하겠다”…“외압은 전혀 없었다”",
        &[
            ("검찰 인사, 원칙대로 하겠다", S, Some("오상철")),
            ("외압은 전혀 없었다", S, Some("오상철")),
        ],
    );
}

#[test]
fn ko_the_claim_is_the_surname_and_titles() {
    check(
        "김민수 교수는 “금리를 내려야 한다”고 말했다. “정부가 나서야 한다”는 게 김 교수의 주장이다.",
        &[
            ("금리를 내려야 한다", S, Some("김민수")),
            ("정부가 나서야 한다", S, Some("김민수")),
        ],
    );
}

#[test]
fn ko_interview_answers_go_to_the_person_met() {
    check(
        "김지훈 작가를 만났다.\n\n―신작을 소개해 달라.\n\n“가족 이야기다.”\n\n―다음 계획은.\n\n“쉬고 싶다.”",
        &[
            ("가족 이야기다.", S, Some("김지훈")),
            ("쉬고 싶다.", S, Some("김지훈")),
        ],
    );
    // A foreign name ending like a verb form (`바이든`) is still a name.
    check(
        "조 바이든 미국 대통령은 “동맹이 중요하다”고 말했다. 바이든 대통령은 “중국을 견제하겠다”고 덧붙였다.",
        &[
            ("동맹이 중요하다", S, Some("조 바이든")),
            ("중국을 견제하겠다", S, Some("조 바이든")),
        ],
    );
}

#[test]
fn ko_a_feature_quote_goes_to_the_person_the_text_is_about() {
    check(
        "쪽방촌에서 살아온 최영길(72)씨는 올여름이 길었다고 했다. 방에 있는 건 선풍기 한 대뿐이다. “밤에도 잠을 못 자요. 그냥 아침을 기다립니다.”",
        &[("밤에도 잠을 못 자요. 그냥 아침을 기다립니다.", S, Some("최영길"))],
    );
}
