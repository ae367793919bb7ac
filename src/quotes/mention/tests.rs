use super::*;

fn shape(s: &str) -> (String, Option<String>, Shape) {
    let ws: Vec<&str> = s.split(' ').collect();
    let (n, r, sh, _) = shape_of(&ws).unwrap();
    (n, r, sh)
}

#[test]
fn role_first_latin() {
    let (n, r, _) = shape("IBM Research의 AI 모델 부사장인 David D. Cox");
    assert_eq!(n, "David D. Cox");
    assert_eq!(r.as_deref(), Some("IBM Research AI 모델 부사장"));
    assert_eq!(shape("IBM의 CEO Arvind Krishna").0, "Arvind Krishna");
}

#[test]
fn name_first_hangul() {
    let (n, r, _) = shape("김민수 국토교통부 대변인");
    assert_eq!(
        (n.as_str(), r.as_deref()),
        ("김민수", Some("국토교통부 대변인"))
    );
    let (n, r, _) = shape("미국 도널드 트럼프 전 대통령");
    assert_eq!(
        (n.as_str(), r.as_deref()),
        ("도널드 트럼프", Some("미국 전 대통령"))
    );
    assert_eq!(shape("존 스미스 미국 국무부 대변인").0, "존 스미스");
    // A team is an organisation, so it is no part of the name before it.
    assert_eq!(
        shape("마르코 페레이라 축구 국가대표팀 감독").0,
        "마르코 페레이라"
    );
}

#[test]
fn role_first_hangul_and_short_forms() {
    assert_eq!(shape("벤처 투자자인 마크 안드레센").0, "마크 안드레센");
    assert_eq!(
        shape("연구 엔지니어 차가타이 오다바시").0,
        "차가타이 오다바시"
    );
    assert_eq!(shape("김 장관").2, Shape::SurnameTitle);
    assert_eq!(shape("그").2, Shape::Pronoun);
    assert_eq!(shape("트럼프 대통령의 한 측근").2, Shape::Descriptive);
}

#[test]
fn foreign_names_with_one_syllable_parts() {
    // The surname 한 after a transcribed given name is no determiner.
    assert_eq!(shape("재미교포 2세 작가 미셸 한").0, "미셸 한");
    let speaker = |s: &str| crate::quotes::extract(s)[0].speaker.clone();
    // An age and the honorific make a person of a foreign name, whatever its syllables.
    assert_eq!(
        speaker("결혼이민자 응우옌 티 란(35)씨는 “처음엔 울었다”고 말했다.").as_deref(),
        Some("응우옌 티 란")
    );
    assert_eq!(
        speaker("주민 마리아 가르시아(40)씨는 “무섭다”고 말했다.").as_deref(),
        Some("마리아 가르시아")
    );
}

#[test]
fn a_modifier_that_is_a_surname_before_a_title() {
    assert_eq!(
        shape("현 부총리"),
        ("현".into(), Some("부총리".into()), Shape::SurnameTitle)
    );
    // Inside a phrase, or before a word that is no title, it stays a modifier.
    assert_eq!(shape("김철수 현 부총리").0, "김철수");
    assert_ne!(shape("현 정부").2, Shape::SurnameTitle);
}
