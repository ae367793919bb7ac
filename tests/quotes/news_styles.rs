//! Held-out news in Korean wire-service styles.

use super::{check, role_of, S, T};

// ---------------------------------------------------------------- held-out news styles

#[test]
fn ko_byline_is_not_part_of_the_name() {
    check(
        "(서울=연합뉴스) 김지훈 기자 = 윤석열 대통령은 \"국회가 협조해 달라\"고 당부했다.",
        &[("국회가 협조해 달라", S, Some("윤석열"))],
    );
}

#[test]
fn ko_headline_surname_title_takes_later_full_name() {
    check(
        "윤 대통령, \"개혁은 미룰 수 없다\"\n\n윤석열 대통령은 \"청년에게 기회를 주겠다\"고 말했다.",
        &[
            ("개혁은 미룰 수 없다", S, Some("윤석열")),
            ("청년에게 기회를 주겠다", S, Some("윤석열")),
        ],
    );
}

#[test]
fn ko_headline_bare_name_with_ellipsis() {
    check(
        "이재명 \"민생이 최우선\"…회동 제안\n\n본문이다.",
        &[("민생이 최우선", S, Some("이재명"))],
    );
}

#[test]
fn ko_party_or_company_before_korean_name() {
    let qs = check(
        "국민의힘 김기현 대표는 \"발목잡기를 멈춰야 한다\"고 말했다. 카카오 정신아 대표는 \"AI 서비스를 내놓겠다\"고 밝혔다.",
        &[
            ("발목잡기를 멈춰야 한다", S, Some("김기현")),
            ("AI 서비스를 내놓겠다", S, Some("정신아")),
        ],
    );
    assert_eq!(role_of(&qs, 0), Some("국민의힘 대표"));
}

#[test]
fn ko_department_in_role() {
    check(
        "최영호 건국대 부동산학과 교수는 \"상승세가 이어질 것\"이라고 내다봤다. 서울아산병원 감염내과 김성한 교수는 \"전파력이 강하다\"고 말했다.",
        &[("상승세가 이어질 것", S, Some("최영호")), ("전파력이 강하다", S, Some("김성한"))],
    );
}

#[test]
fn ko_honorific_ssi_and_age() {
    check(
        "문구점을 운영하는 이순자(67)씨는 \"떠날 수 없다\"고 호소했다. 세입자 A씨는 \"전셋집도 없다\"고 전했다. 주민 김모(54)씨는 \"연기가 가득했다\"고 말했다.",
        &[
            ("떠날 수 없다", S, Some("이순자")),
            ("전셋집도 없다", S, Some("A씨")),
            ("연기가 가득했다", S, Some("김모")),
        ],
    );
}

#[test]
fn ko_surname_ssi_short_form() {
    check(
        "대학원생 정다은(28)씨는 \"보람이 있다\"고 했다. 정씨는 \"더 도전하겠다\"고 덧붙였다.",
        &[
            ("보람이 있다", S, Some("정다은")),
            ("더 도전하겠다", S, Some("정다은")),
        ],
    );
}

#[test]
fn ko_age_parenthetical_makes_a_person_and_pronoun_finds_it() {
    check(
        "손흥민, \"우승하고 싶다\"\n\n토트넘의 주장 손흥민(32)이 각오를 밝혔다.\n\n그는 \"팬들의 응원이 힘이 된다\"고 강조했다.",
        &[
            ("우승하고 싶다", S, Some("손흥민")),
            ("팬들의 응원이 힘이 된다", S, Some("손흥민")),
        ],
    );
}

#[test]
fn ko_parenthetical_spanning_words() {
    check(
        "이정후(26·샌프란시스코 자이언츠)가 \"몸 상태는 100%\"라고 말했다.",
        &[("몸 상태는 100%", S, Some("이정후"))],
    );
}

#[test]
fn ko_organisation_member_without_title() {
    check(
        "흥국생명의 김연경은 \"후회 없는 선수 생활이었다\"고 말했다.",
        &[("후회 없는 선수 생활이었다", S, Some("김연경"))],
    );
}

#[test]
fn ko_determiner_description_with_title() {
    check(
        "한 영화 평론가는 \"판도를 바꿀 작품\"이라고 평가했다. 한 소아과 원장은 \"환자가 두 배\"라고 전했다.",
        &[
            ("판도를 바꿀 작품", S, Some("한 영화 평론가")),
            ("환자가 두 배", S, Some("한 소아과 원장")),
        ],
    );
}

#[test]
fn ko_surname_han_with_title_is_not_a_determiner() {
    check(
        "한덕수 국무총리는 \"혼란을 키울 수 있다\"고 말했다. 한 총리는 \"이해를 구하겠다\"고 덧붙였다.",
        &[("혼란을 키울 수 있다", S, Some("한덕수")), ("이해를 구하겠다", S, Some("한덕수"))],
    );
}

#[test]
fn ko_foreign_name_then_organisation_and_title() {
    check(
        "캐롤라인 레빗 백악관 대변인은 \"관세는 지렛대\"라고 설명했다. 중국 외교부 린젠 대변인은 \"단호히 반대한다\"고 반박했다.",
        &[("관세는 지렛대", S, Some("캐롤라인 레빗")), ("단호히 반대한다", S, Some("린젠"))],
    );
}

#[test]
fn ko_foreign_name_with_unknown_company_and_short_form() {
    check(
        "젠슨 황 엔비디아 CEO는 \"협력을 확대할 것\"이라고 밝혔다. 황 CEO는 \"한국은 핵심\"이라고 강조했다.",
        &[("협력을 확대할 것", S, Some("젠슨 황")), ("한국은 핵심", S, Some("젠슨 황"))],
    );
}

#[test]
fn ko_latin_name_before_mixed_script_company() {
    check(
        "Jamie Dimon JP모건체이스 CEO는 \"시장이 과소평가하고 있다\"고 경고했다.",
        &[("시장이 과소평가하고 있다", S, Some("Jamie Dimon"))],
    );
}

#[test]
fn ko_place_between_name_and_title() {
    check(
        "브라이언 켐프 조지아 주지사는 \"투자에 감사한다\"고 말했다.",
        &[("투자에 감사한다", S, Some("브라이언 켐프"))],
    );
}

#[test]
fn ko_name_and_title_inside_a_team_phrase() {
    check(
        "KAIST 이정호 교수 연구팀은 효율을 높였다고 밝혔다. 이 교수는 \"한계를 넘었다\"고 말했다. \"5년간의 결과\"라고 그는 말했다.",
        &[("한계를 넘었다", S, Some("이정호")), ("5년간의 결과", S, Some("이정호"))],
    );
}

#[test]
fn ko_quote_as_content_of_stance() {
    check(
        "대통령실 고위 관계자는 \"여야 대화를 환영한다\"는 입장을 밝혔다. 시장에서는 '똘똘한 한 채'라는 말이 유행한다.",
        &[
            ("여야 대화를 환영한다", S, Some("대통령실 고위 관계자")),
            ("똘똘한 한 채", T, None),
        ],
    );
}

#[test]
fn ko_titleless_name_after_full_introduction_and_cataphora() {
    check(
        "김민수 서울대 교수는 이렇게 말했다.\n\n\"시간이 절반으로 줄었습니다.\"\n\n김민수는 \"판단은 사람이 한다\"라고 말했다.",
        &[
            ("시간이 절반으로 줄었습니다.", S, Some("김민수")),
            ("판단은 사람이 한다", S, Some("김민수")),
        ],
    );
}

#[test]
fn ko_organisation_endings_for_unions_and_offices() {
    check(
        "민주노총은 \"권리를 짓밟았다\"고 반발했다. 소방서 관계자는 \"원인을 조사한다\"고 말했다. 교보문고 관계자는 \"판매가 늘었다\"고 밝혔다.",
        &[
            ("권리를 짓밟았다", S, Some("민주노총")),
            ("원인을 조사한다", S, Some("소방서 관계자")),
            ("판매가 늘었다", S, Some("교보문고 관계자")),
        ],
    );
}

#[test]
fn ko_titles_and_scare_quotes_stay_terms() {
    check(
        "국토교통부가 '깜깜이 분양'을 막는다. 영화 「밀수」와 책 『소년이 온다』가 화제다.",
        &[
            ("깜깜이 분양", T, None),
            ("밀수", T, None),
            ("소년이 온다", T, None),
        ],
    );
}

#[test]
fn en_according_to_registers_full_name() {
    check(
        "Inflation is high, according to Mark Ellis, chief economist at Capital Economics.\n\n\"The labor market is tight,\" Ellis said.",
        &[("The labor market is tight,", S, Some("Mark Ellis"))],
    );
}

#[test]
fn en_according_to_is_not_a_headline() {
    check(
        "According to Reuters, \"the decision was unanimous.\"",
        &[("the decision was unanimous.", S, Some("Reuters"))],
    );
}

#[test]
fn en_appositive_title_after_name_and_pronoun() {
    check(
        "\"We have no plans to leave,\" Mary Barra, chief executive of General Motors, told reporters.\n\nBarra said the plant would keep running. \"It is efficient,\" she said.",
        &[
            ("We have no plans to leave,", S, Some("Mary Barra")),
            ("It is efficient,", S, Some("Mary Barra")),
        ],
    );
}

#[test]
fn news_media_speak() {
    for (subject, speaker) in [
        ("AP통신은", "AP통신"),
        ("영국 일간 가디언은", "가디언"),
        ("더 타임스는", "더 타임스"),
        ("월스트리트저널은", "월스트리트저널"),
        ("미국 뉴욕타임스(NYT)는", "뉴욕타임스"),
        ("시민단체 공정사회시민연대는", "공정사회시민연대"),
        ("대한민국 정부는", "대한민국 정부"),
    ] {
        check(
            &format!("{subject} \"회담이 결렬됐다\"고 보도했다."),
            &[("회담이 결렬됐다", S, Some(speaker))],
        );
    }
    // The adverb 더 before an adjective is no publication.
    check(
        "정부는 더 많은 \"지원이 필요하다\"고 밝혔다.",
        &[("지원이 필요하다", S, Some("정부"))],
    );
}

#[test]
fn a_venue_with_eseo_after_the_topic_is_where_not_who() {
    check(
        "최경환 장관은 이날 국회에서 기자들과 만나 \"추경은 없다\"고 말했다.",
        &[("추경은 없다", S, Some("최경환"))],
    );
    // Alone, a body speaks through 에서.
    check(
        "교육부에서 \"지침을 내렸다\"고 밝혔다.",
        &[("지침을 내렸다", S, Some("교육부"))],
    );
}

#[test]
fn officials_after_the_quote_leave_its_ending_out() {
    check(
        "“수사 중”이라고 경찰 관계자는 말했다.",
        &[("수사 중", S, Some("경찰 관계자"))],
    );
}

#[test]
fn counted_people_sides_of_a_named_body_and_stances_held() {
    check(
        "헌재는 결정했다. 반대 의견을 낸 재판관 3명은 “불가피한 제한”이라고 봤다.",
        &[("불가피한 제한", S, Some("재판관 3명"))],
    );
    check(
        "강서구청은 계획을 밝혔다. 구청 측은 “기준치 이내”라고 밝혔다.",
        &[("기준치 이내", S, Some("강서구청"))],
    );
    check(
        "정동수 부총리는 ‘재정 건전성이 우선’이라는 입장을 끝내 굽히지 않았다.",
        &[("재정 건전성이 우선", S, Some("정동수"))],
    );
    check(
        "당시 현장에 있던 한 목격자는 “맨발로 뛰쳐나왔다”고 말했다.",
        &[("맨발로 뛰쳐나왔다", S, Some("한 목격자"))],
    );
}

#[test]
fn long_subjects_events_and_connectives_around_names() {
    // `출입기자 간담회에서`: where words were said is no one.
    check(
        "이승환(54) 한국은행 부총재보는 18일 출입기자 간담회에서 “불확실성이 크다”고 말했다. 그는 “금리 인하는 어려울 수 있다”고 덧붙였다.",
        &[
            ("불확실성이 크다", S, Some("이승환")),
            ("금리 인하는 어려울 수 있다", S, Some("이승환")),
        ],
    );
    // `민주당 소속`: an affiliation is role, not the first word of the name.
    check(
        "민주당 소속 엘리자베스 카터 상원의원은 “기대는 순진하다”고 말했다. 카터 의원이 “책임은 누가 지느냐”고 묻자 오코너 CEO는 “함께 기준을 만들자”고 답했다.",
        &[
            ("기대는 순진하다", S, Some("엘리자베스 카터")),
            ("책임은 누가 지느냐", S, Some("엘리자베스 카터")),
            ("함께 기준을 만들자", S, Some("오코너")),
        ],
    );
    // `되묻자`: a clause ends before the surname and title.
    check(
        "최은영 장관은 답했다. 성 위원장이 “몇 년째냐”고 되묻자 최 장관은 “연내에 내놓겠다”고 말했다.",
        &[
            ("몇 년째냐", S, Some("성 위원장")),
            ("연내에 내놓겠다", S, Some("최은영")),
        ],
    );
    // A Korean name is one word: a three-syllable organisation after it is no part of it.
    check(
        "유정호 포스텍 교수는 “실패를 기록하라”고 말했다.",
        &[("실패를 기록하라", S, Some("유정호"))],
    );
}

#[test]
fn transcribed_given_names_before_surnames_that_look_korean() {
    check(
        "넥서스랩의 최고경영자(CEO) 대니얼 오코너는 “과도한 규제”라고 맞섰다. 오코너 CEO는 “함께 만들자”고 답했다.",
        &[
            ("과도한 규제", S, Some("대니얼 오코너")),
            ("함께 만들자", S, Some("대니얼 오코너")),
        ],
    );
    check(
        "연방정부 대변인 자비네 호프만은 “반대한다”고 밝혔다. 호프만 대변인은 “손해”라고 덧붙였다.",
        &[
            ("반대한다", S, Some("자비네 호프만")),
            ("손해", S, Some("자비네 호프만")),
        ],
    );
    // A role before a Korean name stays role.
    check(
        "두산 베어스 내야수 오승민(27)은 “직구만 노렸다”고 웃었다.",
        &[("직구만 노렸다", S, Some("오승민"))],
    );
}

#[test]
fn a_team_introduces_its_head_and_the_city_speaks_as_si() {
    check(
        "서울대병원 정유나 교수팀은 결과를 발표했다. 정 교수는 “수면 부족이 문제”라고 설명했다.",
        &[("수면 부족이 문제", S, Some("정유나"))],
    );
    check(
        "여수시는 “축제를 연다”고 밝혔다. 시는 “관광객 50만 명이 방문할 것”이라고 밝혔다.",
        &[
            ("축제를 연다", S, Some("여수시")),
            ("관광객 50만 명이 방문할 것", S, Some("여수시")),
        ],
    );
}

#[test]
fn a_comma_after_the_topic_is_punctuation_not_a_headline() {
    check(
        "전라북도는 대책을 세웠다고 밝혔다.\n도 관계자는, “비상체제를 가동했다”고 말했다.",
        &[("비상체제를 가동했다", S, Some("도 관계자"))],
    );
    check(
        "김민수 교수는, “비상체제를 가동했다”고 말했다.",
        &[("비상체제를 가동했다", S, Some("김민수"))],
    );
    check("손흥민, “우승하겠다”", &[("우승하겠다", S, Some("손흥민"))]);
}
