//! Constructions found missing by a blind held-out evaluation: headline speakers without a
//! comma, stance nouns as reporting verbs, organisations no lexicon knows, descriptions with
//! acronyms, interview answers and English names introduced in passing.

use super::{check, role_of, S, T};

#[test]
fn ko_headline_surname_title_without_comma() {
    check(
        "박 장관 \"규제 혁신 속도 낸다\"\n\n박서진 산업통상자원부 장관은 \"기업 부담을 줄이겠다\"고 말했다.",
        &[
            ("규제 혁신 속도 낸다", S, Some("박서진")),
            ("기업 부담을 줄이겠다", S, Some("박서진")),
        ],
    );
}

#[test]
fn ko_headline_after_term_and_tag() {
    check(
        "'철벽' 최강민 \"후배들에게 길 열어주고 싶다\"\n\n본문이다.",
        &[
            ("철벽", T, None),
            ("후배들에게 길 열어주고 싶다", S, Some("최강민")),
        ],
    );
    check(
        "[인터뷰] 한도윤 영화감독 \"극장은 사라지지 않는다\"\n\n본문이다.",
        &[("극장은 사라지지 않는다", S, Some("한도윤"))],
    );
}

#[test]
fn ko_headline_abbreviation_before_full_name() {
    check(
        "공정위 \"플랫폼 독과점 엄단\"\n\n공정거래위원회는 \"위반 행위를 끝까지 추적하겠다\"고 밝혔다. 공정위는 \"과징금을 높이겠다\"고 말했다.",
        &[
            ("플랫폼 독과점 엄단", S, Some("공정거래위원회")),
            ("위반 행위를 끝까지 추적하겠다", S, Some("공정거래위원회")),
            ("과징금을 높이겠다", S, Some("공정거래위원회")),
        ],
    );
}

#[test]
fn ko_stance_noun_with_copula() {
    check(
        "김하윤 국토교통부 대변인은 \"추가 대책은 검토하지 않는다\"는 입장이다. 그는 현장을 둘러봤다. \"공급이 먼저\"라는 게 그의 설명이다.",
        &[
            ("추가 대책은 검토하지 않는다", S, Some("김하윤")),
            ("공급이 먼저", S, Some("김하윤")),
        ],
    );
}

#[test]
fn ko_side_of_someone_is_a_description() {
    check(
        "이씨 측 변호인은 \"혐의를 전면 부인한다\"고 말했다.",
        &[("혐의를 전면 부인한다", S, Some("이씨 측 변호인"))],
    );
}

#[test]
fn ko_korean_name_then_unknown_company_and_title() {
    let qs = check(
        "장서윤 토스뱅크 리스크관리본부장은 \"연체율은 관리 가능한 수준\"이라고 말했다.",
        &[("연체율은 관리 가능한 수준", S, Some("장서윤"))],
    );
    assert_eq!(role_of(&qs, 0), Some("토스뱅크 리스크관리본부장"));
}

#[test]
fn ko_determiner_description_with_acronym() {
    check(
        "한 IT 업체 대표는 \"인력을 구하기 어렵다\"고 토로했다.",
        &[("인력을 구하기 어렵다", S, Some("한 IT 업체 대표"))],
    );
}

#[test]
fn ko_organisation_kinds_and_authorities() {
    check(
        "일본 매체 스포니치는 \"이적이 임박했다\"고 보도했다. 방역 당국은 \"확산세가 꺾였다\"고 밝혔다.",
        &[
            ("이적이 임박했다", S, Some("스포니치")),
            ("확산세가 꺾였다", S, Some("방역 당국")),
        ],
    );
}

#[test]
fn ko_also_particle_and_initial_in_hangul_name() {
    check(
        "작가 조지 R. 마틴도 축사를 보냈다. 마틴은 \"이야기는 끝나지 않는다\"고 말했다. 케네스 로건 전 무역특사도 참석했다. 로건 전 특사는 \"관세는 모두에게 손해\"라고 말했다.",
        &[
            ("이야기는 끝나지 않는다", S, Some("조지 R. 마틴")),
            ("관세는 모두에게 손해", S, Some("케네스 로건")),
        ],
    );
}

#[test]
fn ko_unknown_organisation_opening_a_reporting_sentence() {
    check(
        "토스는 18일 보도자료를 내고 \"가입자가 2천만 명을 넘었다\"고 밝혔다. 회사 측은 \"연내 해외에 진출하겠다\"고 설명했다.",
        &[
            ("가입자가 2천만 명을 넘었다", S, Some("토스")),
            ("연내 해외에 진출하겠다", S, Some("토스")),
        ],
    );
}

#[test]
fn ko_bare_korean_name_opening_a_reporting_sentence() {
    check(
        "김도영은 경기 후 \"타격감이 돌아왔다\"고 말했다. 그는 홈런 상황에 대해 \"직구만 노렸다\"며 웃었다.",
        &[
            ("타격감이 돌아왔다", S, Some("김도영")),
            ("직구만 노렸다", S, Some("김도영")),
        ],
    );
}

#[test]
fn ko_quote_after_a_sentence_about_a_person() {
    check(
        "윤채원 작가는 10년째 같은 골목을 그려 왔다. 그는 작업실 창문을 가리켰다. \"저 창으로 보이는 풍경이 제 전부예요.\"",
        &[("저 창으로 보이는 풍경이 제 전부예요.", S, Some("윤채원"))],
    );
}

#[test]
fn ko_interview_answers_after_question_lines() {
    check(
        "[인터뷰] 한도윤 영화감독 \"극장은 사라지지 않는다\"\n\n―요즘 관객이 줄었는데.\n\n\"숫자는 줄어도 극장에서만 가능한 경험이 있습니다.\"\n\n―다음 작품은.\n\n\"가족 이야기를 준비하고 있어요.\"",
        &[
            ("극장은 사라지지 않는다", S, Some("한도윤")),
            ("숫자는 줄어도 극장에서만 가능한 경험이 있습니다.", S, Some("한도윤")),
            ("가족 이야기를 준비하고 있어요.", S, Some("한도윤")),
        ],
    );
}

#[test]
fn ko_abbreviated_bank_in_role() {
    check(
        "한국은행은 \"물가가 안정됐다\"고 밝혔다. 서지호 한은 부총재보는 이날 신중론을 폈다. 다만 그는 \"서두르지 않겠다\"고 말했다.",
        &[
            ("물가가 안정됐다", S, Some("한국은행")),
            ("서두르지 않겠다", S, Some("서지호")),
        ],
    );
}

#[test]
fn en_names_introduced_in_passing() {
    check(
        "The board met on Monday, with Governor Lisa Cook saying rates were \"likely to stay put for now.\"\n\n\"We are patient,\" Cook told reporters. Analyst Tom Reyes disagreed. \"They are late,\" he said.",
        &[
            ("likely to stay put for now.", S, Some("Lisa Cook")),
            ("We are patient,", S, Some("Lisa Cook")),
            ("They are late,", S, Some("Tom Reyes")),
        ],
    );
}

#[test]
fn en_appositive_subject_before_a_fragment() {
    check(
        "Ana P. Ruiz, head of research at the Lima Institute, said on Friday that demand was \"holding up well.\" The Port Authority, which runs the docks, said in a note that traffic had \"returned to normal levels.\"",
        &[
            ("holding up well.", S, Some("Ana P. Ruiz")),
            ("returned to normal levels.", S, Some("Port Authority")),
        ],
    );
}
