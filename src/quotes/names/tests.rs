use super::forms::edit_distance;
use super::*;

fn reg(names: &[&str]) -> Registry {
    let mut r = Registry::default();
    for n in names {
        r.resolve(n, None, Shape::Name, true, true);
    }
    r
}

#[test]
fn short_forms_resolve_to_full_names() {
    let r = reg(&["David D. Cox", "Larry Li", "차가타이 오다바시"]);
    assert_eq!(r.find("Cox"), Some(0));
    assert_eq!(r.find("Li"), Some(1));
    assert_eq!(r.find("오다바시"), Some(2));
}

#[test]
fn misspellings_merge() {
    let r = reg(&["Kaoutar El Maghraoui"]);
    assert_eq!(r.find("El Maghroui"), Some(0));
    assert_eq!(r.find("El Baradei"), None);
}

#[test]
fn surname_and_title() {
    let mut r = Registry::default();
    r.resolve("김민수", Some("국토교통부 장관"), Shape::Name, true, true);
    assert_eq!(
        r.resolve("김", Some("장관"), Shape::SurnameTitle, true, false),
        Some(0)
    );
}

#[test]
fn abbreviations_of_organisations() {
    let mut r = Registry::default();
    r.resolve("공정거래위원회", None, Shape::Name, false, true);
    assert_eq!(r.find("공정위"), Some(0));
}

#[test]
fn edit_distance_basics() {
    assert_eq!(edit_distance("kitten", "sitting"), 3);
    assert_eq!(edit_distance("", "abc"), 3);
}

#[test]
fn a_surname_that_is_also_a_modifier_needs_the_title() {
    let mut r = Registry::default();
    r.resolve("현오석", Some("경제부총리"), Shape::Name, true, true);
    // `현 부총리` is 현오석, who holds that title ...
    assert_eq!(
        r.resolve("현", Some("부총리"), Shape::SurnameTitle, true, false),
        Some(0)
    );
    // ... but `현 장관` is the current minister, not him.
    assert_eq!(
        r.resolve("현", Some("장관"), Shape::SurnameTitle, true, false),
        None
    );
    // A plain surname still falls back to anyone of that name.
    r.resolve("김민수", Some("교수"), Shape::Name, true, true);
    assert_eq!(
        r.resolve("김", Some("장관"), Shape::SurnameTitle, true, false),
        Some(1)
    );
}

#[test]
fn a_slip_in_a_long_organisation_name() {
    assert!(hangul_slip("소방방재청", "소방방채청"));
    // Bodies told apart by one syllable, short names, and slips at either end.
    assert!(!hangul_slip("경기남부경찰청", "경기북부경찰청"));
    assert!(!hangul_slip("국토부", "국방부"));
    assert!(!hangul_slip("소방방재청", "소방방재처"));
    assert!(!hangul_slip("소방방재청", "소방방재청"));
    let mut r = Registry::default();
    r.resolve("소방방재청", None, Shape::Name, false, true);
    assert_eq!(r.find("소방방채청"), Some(0));
    // People are not merged on a slip: 김민수 and 김민주 are two people.
    r.resolve("김민수", Some("교수"), Shape::Name, true, true);
    assert_eq!(r.find("김민주"), None);
}
