//! Korean: quotative endings, reporting verbs, names and roles.

use super::{check, role_of, S};

// ---------------------------------------------------------------- Korean: endings and verbs

#[test]
fn ko_rago_role_first_korean_name() {
    let qs = check(
        "국토교통부 대변인인 김민수는 “전세 대책을 곧 발표하겠다”라고 말했다.",
        &[("전세 대책을 곧 발표하겠다", S, Some("김민수"))],
    );
    assert_eq!(role_of(&qs, 0), Some("국토교통부 대변인"));
}

#[test]
fn ko_go_name_first() {
    let qs = check(
        "김민수 국토교통부 대변인은 “규제를 풀겠다”고 밝혔다.",
        &[("규제를 풀겠다", S, Some("김민수"))],
    );
    assert_eq!(role_of(&qs, 0), Some("국토교통부 대변인"));
}

#[test]
fn ko_irago_fragment() {
    check(
        "박지훈 서울대 교수는 “핵심은 신뢰 회복”이라고 지적했다.",
        &[("핵심은 신뢰 회복", S, Some("박지훈"))],
    );
}

#[test]
fn ko_rami_chain() {
    check(
        "이영희 환경부 장관은 “탄소 감축은 미룰 수 없다”라며 “내년부터 단계적으로 시행하겠다”고 강조했다.",
        &[
            ("탄소 감축은 미룰 수 없다", S, Some("이영희")),
            ("내년부터 단계적으로 시행하겠다", S, Some("이영희")),
        ],
    );
}

#[test]
fn ko_mi_chain() {
    check(
        "최준호 한국은행 총재는 “물가가 안정되고 있다”며 “금리 인하를 검토할 때”라고 말했다.",
        &[
            ("물가가 안정되고 있다", S, Some("최준호")),
            ("금리 인하를 검토할 때", S, Some("최준호")),
        ],
    );
}

#[test]
fn ko_irami_and_myeonseo() {
    check(
        "정수빈 대표는 “올해 흑자 전환이 목표”이라며 자신감을 보였다. 그는 “직원들 덕분”이라면서 감사를 전했다.",
        &[("올해 흑자 전환이 목표", S, Some("정수빈")), ("직원들 덕분", S, Some("정수빈"))],
    );
}

#[test]
fn ko_ramyeonseo_and_myeonseo() {
    check(
        "황보민 감독은 “선수들이 잘해줬다”라면서 “다음 경기도 자신 있다”면서 웃었다.",
        &[
            ("선수들이 잘해줬다", S, Some("황보민")),
            ("다음 경기도 자신 있다", S, Some("황보민")),
        ],
    );
}

#[test]
fn ko_polite_form() {
    check(
        "한지민 연구원은 “데이터가 아직 부족합니다”라고 말합니다.",
        &[("데이터가 아직 부족합니다", S, Some("한지민"))],
    );
}

#[test]
fn ko_formal_form_speaker_after() {
    let qs = check(
        "“실험은 성공적이었습니다.”라고 한국과학기술연구원 소속 연구원인 오세훈은 말했습니다.",
        &[("실험은 성공적이었습니다.", S, Some("오세훈"))],
    );
    assert_eq!(qs[0].speaker_as_written.as_deref(), Some("오세훈"));
}

#[test]
fn ko_hayeotda_form() {
    check(
        "윤서연 의원은 “법안을 철회해야 한다”고 말하였다.",
        &[("법안을 철회해야 한다", S, Some("윤서연"))],
    );
}

#[test]
fn ko_speaker_after_with_role() {
    let qs = check(
        "“시장은 과열돼 있다”고 미래에셋증권의 애널리스트 강동원은 평가했다.",
        &[("시장은 과열돼 있다", S, Some("강동원"))],
    );
    assert_eq!(role_of(&qs, 0), Some("미래에셋증권 애널리스트"));
}

#[test]
fn ko_verbs_wrote_asked_answered() {
    check(
        "“오늘은 쉬겠다”라고 배우 출신 작가 남궁현은 SNS에 썼다. “왜 지금인가”라고 기자 윤하늘은 물었다. “때가 됐다”고 남궁현은 답했다.",
        &[
            ("오늘은 쉬겠다", S, Some("남궁현")),
            ("왜 지금인가", S, Some("윤하늘")),
            ("때가 됐다", S, Some("남궁현")),
        ],
    );
}

#[test]
fn ko_verbs_warned_recalled_dismissed() {
    check(
        "조은비 소방청장은 “폭염이 계속될 것”이라고 경고했다. 그녀는 “지난해에도 힘들었다”고 회상했다. 그는 “사실무근”이라고 일축했다.",
        &[
            ("폭염이 계속될 것", S, Some("조은비")),
            ("지난해에도 힘들었다", S, Some("조은비")),
            ("사실무근", S, Some("조은비")),
        ],
    );
}

#[test]
fn ko_idiom_raised_voice() {
    check(
        "시민단체 대표 나윤희는 “예산을 늘려야 한다”며 목소리를 높였다.",
        &[("예산을 늘려야 한다", S, Some("나윤희"))],
    );
}

#[test]
fn ko_fragment_evaluation() {
    check(
        "천세영 총리는 이번 합의를 “역사적인 진전”이라고 평가했다.",
        &[("역사적인 진전", S, Some("천세영"))],
    );
}

// ---------------------------------------------------------------- Korean: names and roles

#[test]
fn ko_latin_name_role_first() {
    let qs = check(
        "Orbit Labs의 CEO Maria Gonzalez는 “배터리 수명이 두 배가 됐다”라고 말했다.",
        &[("배터리 수명이 두 배가 됐다", S, Some("Maria Gonzalez"))],
    );
    assert_eq!(role_of(&qs, 0), Some("Orbit Labs CEO"));
}

#[test]
fn ko_latin_short_form() {
    let qs = check(
        "Orbit Labs의 CEO Maria Gonzalez는 “출시는 3월”이라고 말했다. Gonzalez는 “가격도 내릴 것”이라고 덧붙였다.",
        &[("출시는 3월", S, Some("Maria Gonzalez")), ("가격도 내릴 것", S, Some("Maria Gonzalez"))],
    );
    assert_eq!(qs[1].speaker_as_written.as_deref(), Some("Gonzalez"));
}

#[test]
fn ko_hangul_foreign_name_role_first_and_short() {
    check(
        "프랑스 경제학자인 피에르 르노는 “유럽은 성장 동력을 잃었다”고 진단했다. 르노는 “개혁이 시급하다”고 덧붙였다.",
        &[
            ("유럽은 성장 동력을 잃었다", S, Some("피에르 르노")),
            ("개혁이 시급하다", S, Some("피에르 르노")),
        ],
    );
}

#[test]
fn ko_name_first_with_place_and_last_name_title() {
    let qs = check(
        "에마뉘엘 마크롱 프랑스 대통령은 “연금 개혁을 멈추지 않겠다”고 말했다. 마크롱 대통령은 “대화의 문은 열려 있다”고 덧붙였다.",
        &[
            ("연금 개혁을 멈추지 않겠다", S, Some("에마뉘엘 마크롱")),
            ("대화의 문은 열려 있다", S, Some("에마뉘엘 마크롱")),
        ],
    );
    assert_eq!(role_of(&qs, 0), Some("프랑스 대통령"));
}

#[test]
fn ko_surname_title_short_form() {
    check(
        "김민수 국토교통부 장관은 “공급을 늘리겠다”고 말했다. 간담회 말미에 김 장관은 “시장 안정이 최우선”이라고 강조했다.",
        &[("공급을 늘리겠다", S, Some("김민수")), ("시장 안정이 최우선", S, Some("김민수"))],
    );
}

#[test]
fn ko_misspelling_merges() {
    check(
        "Fraunhofer 연구소의 연구원 Katarina Wojciechowska는 “센서가 핵심”이라고 말했다. “비용은 계속 떨어질 것”이라고 Wojciechowski는 말했다.",
        &[
            ("센서가 핵심", S, Some("Katarina Wojciechowska")),
            ("비용은 계속 떨어질 것", S, Some("Katarina Wojciechowska")),
        ],
    );
}

#[test]
fn ko_organisation_speakers() {
    check(
        "기상청은 “내일 전국에 비가 내리겠다”고 밝혔다. Samsung은 “공급이 정상화됐다”고 발표했다.",
        &[
            ("내일 전국에 비가 내리겠다", S, Some("기상청")),
            ("공급이 정상화됐다", S, Some("Samsung")),
        ],
    );
}

#[test]
fn ko_organisation_abbreviation() {
    check(
        "공정거래위원회는 “담합을 확인했다”고 밝혔다. 공정위는 “과징금을 부과하겠다”고 덧붙였다.",
        &[
            ("담합을 확인했다", S, Some("공정거래위원회")),
            ("과징금을 부과하겠다", S, Some("공정거래위원회")),
        ],
    );
}

#[test]
fn ko_descriptive_speaker() {
    check(
        "청와대의 한 관계자는 “검토한 바 없다”고 말했다.",
        &[("검토한 바 없다", S, Some("청와대의 한 관계자"))],
    );
}

#[test]
fn ko_descriptive_speaker_without_determiner() {
    check(
        "업계 관계자는 “재고가 바닥났다”고 전했다.",
        &[("재고가 바닥났다", S, Some("업계 관계자"))],
    );
}

#[test]
fn ko_local_government_and_a_subordinate_clause_before_the_topic() {
    check(
        "논란이 일어나자 부산시는 \"다시 복귀하도록 했다\"는 해명문을 내놨다.",
        &[("다시 복귀하도록 했다", S, Some("부산시"))],
    );
    // The city in a role is no part of the person's name.
    check(
        "김재영 부산시 대변인이 \"사직을 철회한다\"고 밝혔다.",
        &[("사직을 철회한다", S, Some("김재영"))],
    );
}

#[test]
fn ko_a_name_speaking_through_eseoneun_opens_its_clause() {
    check(
        "지지율이 올랐다. 한빛리서치에서는 \"개각 효과로 보인다\"고 분석했다.",
        &[("개각 효과로 보인다", S, Some("한빛리서치"))],
    );
    // `사죄문에서` is where the words were written; the topic before it speaks.
    check(
        "박민호 씨는 사죄문에서 \"도움을 요청했다\"고 밝혔다.",
        &[("도움을 요청했다", S, Some("박민호"))],
    );
}

#[test]
fn ko_a_quote_right_after_a_chaining_ending_goes_on() {
    check(
        "한 검사는 사진과 함께 \"덥석 팔짱을 꼈다\"며 \"여자가 싫다면 추행\"이라는 등 비난했다.",
        &[
            ("덥석 팔짱을 꼈다", S, Some("한 검사")),
            ("여자가 싫다면 추행", S, Some("한 검사")),
        ],
    );
    // With no space between the ending and the next quote.
    check(
        "정부는 “명백한 도발”이라며“미사일 능력 과시”를 목적으로 발사한 것으로 분석했다.",
        &[
            ("명백한 도발", S, Some("정부")),
            ("미사일 능력 과시", S, Some("정부")),
        ],
    );
}

#[test]
fn ko_a_speech_noun_is_never_a_name() {
    // `광복회장의 발언이 화제가`: neither `발언` nor `발언이 화제` is a person.
    check(
        "김원웅 광복회장의 발언이 화제가 되고 있다. 그는 \"친일파를 청산해야 한다\"고 말했다.",
        &[("친일파를 청산해야 한다", S, Some("김원웅"))],
    );
}

#[test]
fn ko_ages_and_education_titles_around_the_name() {
    check(
        "김영수(53) 서울시 부교육감은 28일 \"학교를 바꾸겠다\"고 밝혔다.",
        &[("학교를 바꾸겠다", S, Some("김영수"))],
    );
    check(
        "박정호 서울시교육감 권한대행은 \"정책을 바로잡겠다\"고 말했다.",
        &[("정책을 바로잡겠다", S, Some("박정호"))],
    );
}

#[test]
fn ko_the_subject_of_a_modifying_clause_is_not_the_speaker() {
    check(
        "박정호 교육감은 취임했다.\n최 전 교육감이 추진해온 개편과 관련해서는 \"원점에서 검토하겠다\"고 밝혔다.",
        &[("원점에서 검토하겠다", S, Some("박정호"))],
    );
    // A clause that only dates the main one shares its subject.
    check(
        "정민호 부장판사가 행정법원에 재직하던 2007년에 \"해고는 부당하다\"는 판결을 했다.",
        &[("해고는 부당하다", S, Some("정민호"))],
    );
}

#[test]
fn ko_hyphenated_foreign_given_name() {
    check(
        "장-폴 사르트르는 \"인간은 자유롭다\"고 말했다.",
        &[("인간은 자유롭다", S, Some("장-폴 사르트르"))],
    );
}
