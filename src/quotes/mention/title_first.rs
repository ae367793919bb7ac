//! Name-first noun phrases, where a title ends the phrase: `김민수 국토교통부 대변인`,
//! `도널드 트럼프 전 대통령`, `김 장관`, `젠슨 황 엔비디아 CEO`.

use super::super::lexicon::{self as lx, contains};
use super::super::wordclass::{
    adnominal, confident_korean_name, is_latin, is_place, is_title, korean_name, mixed_script,
    org_like, org_suffixed, person_like_name, syllables, unjoin,
};
use super::{join, role_of, Parsed, Shape};

/// In name-first order, a Korean name before a one-word unknown "name" that is really part
/// of the organisation: the name's index, when only places and plain nouns lie between.
fn earlier_korean_name(np: &[&str], n: usize, k: usize) -> Option<usize> {
    if k != n + 1 || korean_name(np[n]) || is_latin(np[n]) {
        return None;
    }
    let j = (0..n).rev().find(|&j| person_like_name(np[j]))?;
    let plain = np[j + 1..k]
        .iter()
        .all(|w| !adnominal(w) && unjoin(w) == *w && !is_title(w));
    plain.then_some(j)
}

/// `현 부총리`, `전 장관` opening the phrase: a surname that is also a modifier (current,
/// former) right before the title. The registry reads it as a surname only when someone of
/// that surname holds the title (see `Registry::resolve`); otherwise the phrase stays a
/// description.
fn modifier_surname(np: &[&str], at: usize) -> bool {
    at == 0
        && np.len() >= 2
        && contains(&lx::ROLE_MODIFIERS, np[0])
        && contains(&lx::SURNAMES, np[0])
        && np[1..].iter().all(|w| is_title(w))
}

/// Name-first order: `김민수 국토교통부 대변인`, `도널드 트럼프 전 대통령`, `김 장관`.
pub(super) fn title_first(np: &[&str]) -> Option<Parsed> {
    let mut k = np.len();
    while k > 0 {
        let w = np[k - 1];
        let block = is_title(w)
            || contains(&lx::ROLE_MODIFIERS, w)
            || is_place(w)
            || org_like(unjoin(w))
            || unjoin(w) != w
            || mixed_script(w)
            || (is_latin(w) && w.chars().all(|c| !c.is_ascii_lowercase()));
        // `국무부` also looks like a name; after a place (`미국 국무부`) it is the ministry.
        let after_place = k >= 2 && (is_place(np[k - 2]) || korean_name(np[k - 2]));
        let ambiguous_org = korean_name(w) && org_suffixed(w) && after_place;
        if !ambiguous_org && (!block || korean_name(w) || modifier_surname(np, k - 1)) {
            break;
        }
        k -= 1;
    }
    let mut n = k;
    let latin_name = k > 0 && is_latin(np[k - 1]);
    while n > 0 && k - n < 3 {
        let w = np[n - 1];
        let stop = is_title(w)
            || is_place(w)
            || (contains(&lx::ROLE_MODIFIERS, w) && !modifier_surname(np, n - 1))
            // `한 총리`: 한 right before the title is a surname, not the determiner `한`.
            || (contains(&lx::DESCRIPTIVE_DETERMINERS, w) && !(n == k && contains(&lx::SURNAMES, w)))
            || unjoin(w) != w
            || adnominal(w)
            || org_like(w)
            || mixed_script(w)
            // A name is written in one script (`Jamie Dimon`, not `JP모건 Jamie Dimon`).
            || is_latin(w) != latin_name
            // `최씨 측 변호인`: someone acting for another, so a description.
            || w.ends_with('측');
        if stop {
            break;
        }
        n -= 1;
        // A Korean name is one word: what precedes it is role (`카카오 정신아 대표`).
        if n + 1 == k && confident_korean_name(w) {
            break;
        }
    }
    // `젠슨 황 엔비디아 CEO`: in name-first order three Hangul words are a two-word name
    // followed by an organisation the lexicons do not know.
    // (`제임스` could be a Korean name, but its syllables are a transcription's.)
    let three = k - n == 3 && !latin_name && np[n..k].iter().all(|w| !confident_korean_name(w));
    // `하정우 네이버클라우드 센터장`: a Korean name is one word, so a long word after it is the
    // organisation; a short one may end a foreign name that looks Korean (`제니퍼 리 교수`).
    let korean_first = !latin_name
        && k - n >= 2
        && confident_korean_name(np[n])
        && np[n + 1..k]
            .iter()
            .all(|w| syllables(w) >= 3 || mixed_script(w));
    let (n, name_end) = if korean_first {
        (n, n + 1)
    } else if three {
        (n, k - 1)
    } else if let Some(j) = earlier_korean_name(np, n, k) {
        // `최문희 충남 개발정책 팀장`: the organisation words (`충남 개발정책`) sit between
        // the name and the title, and no lexicon knows them.
        (j, j + 1)
    } else {
        (n, k)
    };
    let title_words = &np[k..];
    let mut role_words: Vec<&str> = np[..n].to_vec();
    role_words.extend_from_slice(&np[name_end..]);
    let role = role_of(&role_words);
    let name = &np[n..name_end];
    match name {
        [] => Some((join(np), None, Shape::Descriptive, true)),
        [one] if contains(&lx::SURNAMES, one) => Some((
            one.to_string(),
            Some(join(title_words)),
            Shape::SurnameTitle,
            true,
        )),
        [_] if contains(&lx::DESCRIPTIVE, np[np.len() - 1]) => {
            Some((join(np), None, Shape::Descriptive, true))
        }
        [one] if !korean_name(one) && !is_latin(one) => {
            // A lone unknown word before a title is a last name (`마크롱 대통령`) or a
            // description (`기술 전문가`); the registry decides, keeping the written phrase.
            // After an organisation or a country (`중국 외교부 린젠 대변인`) it is a name.
            let after_org = np[..n]
                .iter()
                .any(|w| org_like(unjoin(w)) || is_place(w) || mixed_script(w));
            Some((one.to_string(), role, Shape::Name, after_org))
        }
        _ => Some((join(name), role, Shape::Name, true)),
    }
}
