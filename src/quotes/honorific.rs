//! People named by an honorific rather than a full name: `이순자 씨`, `A씨`, `정씨`, `김모씨`,
//! `김 모 씨`, and minors as `양 모양` or `박 모군`.

use super::lexicon::{self as lx, contains};
use super::mention::{role_of, Parsed, Shape};
use super::tokens::{word_text, Word};
use super::wordclass::{
    is_hangul, is_place, is_title, korean_name, np_boundary, org_like, syllables, unparen,
};

/// `목격자인 양 모양`, `박 모군`: a surname and 모 with the honorific for a girl or a boy.
pub(super) fn minor(text: &str, words: &[Word], head: usize, stem: &str) -> Option<Parsed> {
    let hw = words.get(head)?;
    let minor @ ("모양" | "모군") = unparen(stem).0 else {
        return None;
    };
    let surname = head
        .checked_sub(1)
        .and_then(|p| words.get(p))
        .filter(|p| p.sent == hw.sent && p.quote.is_none())
        .map(|p| word_text(text, p))
        .filter(|s| contains(&lx::SURNAMES, s))?;
    Some((format!("{surname} {minor}"), None, Shape::Name, true))
}

/// `이순자 씨`, `A씨`, `정씨`: a person named by an honorific; `np` ends with the name part.
pub(super) fn ssi_shape(np: &[&str], glued: bool, aged: bool) -> Option<Parsed> {
    let (&base, rest) = np.split_last()?;
    // `김 모씨`, `이 모 씨`: a surname and 모 name an anonymised person, as written.
    if base == "모" {
        if let Some((&surname, rest)) = rest
            .split_last()
            .filter(|(s, _)| contains(&lx::SURNAMES, s))
        {
            let sep = if glued { "" } else { " " };
            return Some((
                format!("{surname} 모{sep}씨"),
                role_of(rest),
                Shape::Name,
                true,
            ));
        }
    }
    let role = role_of(rest);
    if contains(&lx::SURNAMES, base) {
        return Some((
            base.to_string(),
            Some("씨".into()),
            Shape::SurnameTitle,
            true,
        ));
    }
    // `김모(54)씨`: a surname with 모 is a named but anonymised person.
    let anonymised = base
        .strip_suffix('모')
        .is_some_and(|s| contains(&lx::SURNAMES, s));
    // `김모씨` is named as written; with an age between (`김모(54)씨`) the honorific stands
    // apart, and the name is what comes before the age.
    if anonymised && glued && !aged {
        return Some((format!("{base}씨"), role, Shape::Name, true));
    }
    if korean_name(base) || anonymised {
        return Some((base.to_string(), role, Shape::Name, true));
    }
    // `응우옌 티 란(35)씨`: a foreign name of two or three words, some of one syllable; the
    // age or a spaced honorific says that it is a person.
    let part = |w: &str| {
        w.chars().all(is_hangul)
            && (1..=5).contains(&syllables(w))
            && !is_title(w)
            && !org_like(w)
            && !is_place(w)
            && !np_boundary(w)
            && !contains(&lx::DESCRIPTIVE_DETERMINERS, w)
            && !contains(&lx::DESCRIPTIVE, w)
    };
    let run = rest.iter().rev().take(2).take_while(|w| part(w)).count();
    let first = rest.len() - run;
    let given = run >= 1 && syllables(rest[first]) >= 2;
    if (aged || !glued) && part(base) && given {
        let name = format!("{} {base}", rest[first..].join(" "));
        return Some((name, role_of(&rest[..first]), Shape::Name, true));
    }
    // An anonymised person (`A씨`, `K씨`) keeps the honorific as part of the name.
    if (1..=2).contains(&base.len()) && base.chars().all(|c| c.is_ascii_uppercase()) {
        return Some((format!("{base}씨"), role, Shape::Name, true));
    }
    None
}
