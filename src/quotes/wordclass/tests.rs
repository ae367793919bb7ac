use super::*;

#[test]
fn places_with_their_units_and_clause_endings() {
    assert!(is_place("부산") && is_place("부산시") && is_place("경기도"));
    assert!(administrative("부산시") && !administrative("부산") && !administrative("김재영"));
    assert!(ends_clause("일어나자") && ends_clause("있지만") && ends_clause("되자"));
    assert!(!ends_clause("관리자") && !ends_clause("후보자") && !ends_clause("피해자"));
}

#[test]
fn parentheticals_and_ages() {
    assert_eq!(unparen("홍길동(58"), ("홍길동", true));
    assert_eq!(unparen("이정후(26·샌프란시스코"), ("이정후", true));
    assert_eq!(unparen("한국과학기술원(KAIST"), ("한국과학기술원", false));
    assert_eq!(unparen("(서울"), ("(서울", false));
}

#[test]
fn name_shapes() {
    assert!(confident_korean_name("김기현"));
    assert!(!confident_korean_name("마크롱"));
    assert!(!korean_name("백악관"));
    assert!(!korean_name("연구팀"));
    assert!(!korean_name("조지아"));
    assert!(mixed_script("JP모건체이스"));
}

#[test]
fn names_in_da_are_not_verbs() {
    assert!(!np_boundary("야마다"));
    assert!(!np_boundary("기시다"));
    for verb in [
        "했다",
        "밝혔다",
        "말한다",
        "있다",
        "중요하다",
        "어렵다",
        "아프다",
    ] {
        assert!(np_boundary(verb), "{verb}");
    }
}

#[test]
fn go_and_seo_endings() {
    assert!(np_boundary("했고"));
    assert!(np_boundary("만나서"));
    assert!(!np_boundary("교보문고"));
    assert!(!np_boundary("소방서"));
    assert!(np_boundary("="));
}
