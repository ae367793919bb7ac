//! Mentions: noun phrases that can name a speaker, split into a name and a role.
//!
//! A mention ends in a particle (`은/는/이/가`, `와/과`, `에 따르면`) or is followed by `또한`.
//! The phrase is read right to left: the head decides the shape (pronoun, description, Latin
//! name, title with the name before it, or a Hangul name with its role before it), and lexicons
//! of titles, organisation endings and places mark where the name stops.

use super::honorific;
use super::lexicon::{self as lx, contains};
use super::tokens::{word_text, Word};
use super::wordclass::{
    administrative, adnominal, foreign_name_word, is_initial, is_latin, is_place, mixed_script,
    np_boundary, org_category, relative_verb, spaced_title, speech_noun, syllables, transcribed,
    unjoin, unparen,
};
pub(crate) use super::wordclass::{
    confident_korean_name, is_hangul, is_title, korean_name, org_like, org_named, person_like_name,
};

/// Name, role, shape and person evidence of a parsed noun phrase.
pub(crate) type Parsed = (String, Option<String>, Shape, bool);

/// What a mention refers to, as far as its own words tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// `그`, `그녀`, `he`: resolved later to the most recent person.
    Pronoun,
    /// A named person or an organisation.
    Name,
    /// A description with no name (`트럼프 대통령의 한 측근`).
    Descriptive,
    /// A surname followed by a title (`김 장관`): the surname is `name`, the title in `role`.
    SurnameTitle,
}

/// A noun phrase that may name a speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Mention {
    /// Index of the word holding the particle (the head word).
    pub word: usize,
    /// Byte offset of the head word, used for recency.
    pub pos: usize,
    /// Sentence index.
    pub sent: u32,
    /// The name as written here.
    pub name: String,
    /// Organisation and title, if the phrase gives them.
    pub role: Option<String>,
    pub shape: Shape,
    /// Marked as topic or subject, so it can be the speaker of a reporting verb.
    pub subject: bool,
    /// `X에 따르면` / `X에 의하면`.
    pub source: bool,
    /// Strong evidence of a person (a title, a two-word name, a Korean name).
    pub person: bool,
    /// Names the speaker of a headline (`이름, “…”`, `정 총리 “…”`).
    pub headline: bool,
    /// Marked as an object or recipient (`을`, `에게`): it introduces a name for later short
    /// forms, but a pronoun does not refer back to it.
    pub oblique: bool,
}

/// The word `t` without its subject particle (이/가/은/는, and the weak ones such as 도), and
/// whether the particle was weak; `None` when `t` has none or is a whole title (`작가`).
pub(crate) fn strip_particle(t: &str) -> Option<(&str, bool)> {
    // Most words end in no subject particle: they are told so before the title lookup.
    if !lx::SUBJECT_PARTICLES.iter().any(|p| t.ends_with(p)) {
        return None;
    }
    // `작가`, `전문가` end in 가 but are whole titles.
    if is_title(t) {
        return None;
    }
    for p in lx::SUBJECT_PARTICLES {
        if let Some(s) = t.strip_suffix(p) {
            // `국가`, `물가`: one syllable before 가/이 is a noun's, not a name's (pronouns
            // such as `그가` aside).
            let noun = ["가", "이"].contains(p)
                && s.chars().count() == 1
                && !lx::contains(&lx::PRONOUNS, s)
                && !lx::contains(&lx::SURNAMES, s);
            if !s.is_empty() && !noun {
                return Some((s, lx::contains(&lx::WEAK_PARTICLES, p)));
            }
        }
    }
    None
}

/// Parse the noun phrase whose head is word `head`, with `stem` the head's text without its
/// particle. `words[..head]` supplies the words before it.
pub(crate) fn parse(text: &str, words: &[Word], head: usize, stem: &str) -> Option<Parsed> {
    let hw = words.get(head)?;
    if let Some(p) = honorific::minor(text, words, head, stem) {
        return Some(p);
    }
    // `정다은(28)씨`: the honorific 씨 is a title glued to the name.
    let glued_ssi = stem.strip_suffix('씨').filter(|b| !b.is_empty());
    let (head_word, mut aged) = unparen(glued_ssi.unwrap_or(stem));
    let mut np: Vec<&str> = vec![head_word];
    let mut j = head;
    while j > 0 && np.len() < 12 {
        let w = &words[j - 1];
        if w.sent != hw.sent || w.comma {
            break;
        }
        // A bracketed tag (`[인터뷰]`, `[사진]`) labels the line; it is no part of a name.
        if text
            .get(..w.range().start)
            .is_some_and(|b| b.ends_with(['[', '【']))
        {
            break;
        }
        let (t, age) = unparen(word_text(text, w));
        if reports_quote_before(text, words, j - 1) {
            break;
        }
        if w.quote.is_some() {
            // A nickname inside a Latin name (`Xia “Ben” Hu`) stays part of the phrase.
            let nick =
                j >= 2 && is_latin(word_text(text, &words[j - 2])) && t.chars().count() <= 26;
            if !nick || !np.last().is_some_and(|l| is_latin(l)) {
                break;
            }
        } else if np_boundary(t) {
            // `호프만 대변인`: a transcribed name ending in 만 before a title, not the
            // particle 만 (`회의만`).
            let man =
                t.ends_with('만') && syllables(t) >= 3 && np.len() == 1 && is_title(head_word);
            // `국가 원수`: the first half of a spaced title may end like a particle.
            let title_half = np.len() == 1 && spaced_title(t, head_word);
            // `일리노이 주`: a place name before a spaced administrative unit.
            let place = np
                .last()
                .is_some_and(|l| super::phrase::place_before_unit(t, l));
            if !man && !title_half && !place {
                break;
            }
        }
        aged |= age;
        np.push(t);
        j -= 1;
    }
    np.reverse();
    // `국가 원수`, `사무 총장`: a title written as two words is one title.
    let joined_title;
    if let [.., a, b] = np[..] {
        if spaced_title(a, b) {
            joined_title = format!("{a}{b}");
            np.truncate(np.len() - 2);
            np.push(&joined_title);
        }
    }
    if glued_ssi.is_some() || (np.len() >= 2 && head_word == "씨") {
        if glued_ssi.is_none() {
            np.pop();
        }
        if let Some(p) = honorific::ssi_shape(&np, glued_ssi.is_some(), aged) {
            return Some(p);
        }
        if glued_ssi.is_some() {
            // Not a name after all (`날씨`): the whole word is the head.
            np.pop();
            np.push(stem);
        }
    }
    // `최지안(24)씨의 아버지`: the possessor's age and honorific sit inside its word, so the
    // description is read from the text as written, the age left out.
    if contains(&lx::KIN, head_word) && head > 0 {
        let p = &words[head - 1];
        let raw = word_text(text, p);
        if p.sent == hw.sent && p.quote.is_none() && raw.ends_with('의') && raw.contains('(') {
            let (before, rest) = raw.split_once('(').unwrap_or((raw, ""));
            let after = rest.split_once(')').map_or("", |(_, a)| a);
            return Some((
                format!("{before}{after} {head_word}"),
                None,
                Shape::Descriptive,
                true,
            ));
        }
    }
    let (name, role, shape, person) = shape_of(&np)?;
    let person = person || (aged && korean_name(&name));
    Some((name, role, shape, person))
}

/// `“…”고 본 나상윤 위원`: word `v` follows a quote's quotative ending, so when it is a
/// verb form it reports the quote and is no part of the name after it.
fn reports_quote_before(text: &str, words: &[Word], v: usize) -> bool {
    // Rarely a quote and its glued ending come just before: that is looked at first.
    if v < 2 || words[v - 2].quote.is_none() || !words[v - 1].glued {
        return false;
    }
    let t = word_text(text, &words[v]);
    // A name may follow the ending too (`“…”고 신혜원 대변인이`): only a short verb form or
    // a reporting verb's is the verb.
    let verb = ["본", "한", "낸", "던"].contains(&t)
        || t.ends_with('던')
        || (relative_verb(t) && super::cue::is_report_verb(text, words, v));
    verb && matches!(
        super::cue::cue_of(text, words, v - 2),
        (super::cue::Cue::Quotative { .. }, Some(c)) if c == v - 1
    )
}

pub(super) fn join(ws: &[&str]) -> String {
    ws.join(" ")
}

pub(super) fn role_of(ws: &[&str]) -> Option<String> {
    let parts: Vec<&str> = ws
        .iter()
        .map(|w| unjoin(w))
        .filter(|w| !w.is_empty())
        .collect();
    (!parts.is_empty()).then(|| parts.join(" "))
}

fn nickname(w: &str) -> bool {
    w.starts_with(['"', '“', '\'', '‘', '(']) && w.chars().count() > 2
}

/// Name, role, shape and person evidence of a noun phrase (words in reading order).
pub(crate) fn shape_of(np: &[&str]) -> Option<Parsed> {
    let head = *np.last()?;
    if head.is_empty() {
        return None;
    }
    if contains(&lx::PRONOUNS, head) || contains(&lx::EN_PRONOUNS, head) {
        return Some((head.to_string(), None, Shape::Pronoun, true));
    }
    // `광복회장의 발언이`: what someone said is not someone, nor where (`기자 간담회`).
    if speech_noun(head) || contains(&lx::EVENTS, head) {
        return None;
    }
    // A lone organisation name (`국립과학수사연구원`), even when it ends like a title, and a
    // local government (`부산시`).
    // `AP통신`: a Latin acronym before an organisation's ending counts as long enough.
    let long = syllables(head) >= 4 || (mixed_script(head) && syllables(head) >= 2);
    let org = org_like(head) && !contains(&lx::TITLES, head) && long;
    if np.len() == 1 && (org || administrative(head)) {
        return Some((head.to_string(), None, Shape::Name, false));
    }
    // `재판관 3명`: a count of people named by the noun before it.
    if head.ends_with('명') && head.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        let people = np.len() >= 2 && {
            let w = np[np.len() - 2];
            is_title(w) || contains(&lx::PEOPLE, w)
        };
        return people.then(|| (join(&np[np.len() - 2..]), None, Shape::Descriptive, true));
    }
    // `김철수 씨의 어머니`: someone named by their tie to a person is that description.
    if contains(&lx::KIN, head) && np.len() >= 2 && np[np.len() - 2].ends_with('의') {
        // The possessor is one word, or a name and a spaced honorific (`김철수 씨의`).
        let spaced = np.len() >= 3 && np[np.len() - 2] == "씨의";
        let start = np.len() - 2 - usize::from(spaced);
        return Some((join(&np[start..]), None, Shape::Descriptive, true));
    }
    let determiner = np.iter().any(|w| contains(&lx::DESCRIPTIVE_DETERMINERS, w));
    if (contains(&lx::DESCRIPTIVE, head) || contains(&lx::PEOPLE, head)) && determiner {
        let start = np
            .iter()
            .position(|w| !contains(&lx::ADVERBS, w))
            .unwrap_or(0);
        return Some((join(&np[start..]), None, Shape::Descriptive, true));
    }
    // `한 영화 평론가`: a determiner, then no name before the title.
    if let Some(d) = np
        .iter()
        .position(|w| contains(&lx::DESCRIPTIVE_DETERMINERS, w))
    {
        let between = np.get(d + 1..np.len() - 1).unwrap_or(&[]);
        // Acronyms and brands (`한 AI 스타트업`, `한 SK하이닉스 임원`) describe; a Latin name
        // has lower-case letters.
        let named = between
            .iter()
            .any(|w| korean_name(w) || (is_latin(w) && w.chars().any(|c| c.is_ascii_lowercase())));
        // `대구지검의 한 검사`: the body it belongs to is part of the description.
        let of_body = d > 0 && np[d - 1].ends_with('의') && org_like(unjoin(np[d - 1]));
        if is_title(head) && between.is_empty() && of_body && contains(&lx::SURNAMES, np[d]) {
            return Some((join(&np[d - 1..]), None, Shape::Descriptive, true));
        }
        if is_title(head) && !between.is_empty() && !named {
            return Some((join(&np[d..]), None, Shape::Descriptive, true));
        }
    }
    if is_latin(head) && !contains(&lx::TITLES, head) {
        // The name is the trailing run of Latin words, nicknames and initials included.
        let mut k = np.len();
        while k > 0 {
            let w = np[k - 1];
            let ok = (is_latin(w) && !contains(&lx::TITLES, w)) || nickname(w);
            if !ok {
                break;
            }
            k -= 1;
        }
        let run = &np[k..];
        let person = run.len() >= 2
            && !run.iter().any(|w| contains(&lx::LATIN_ORG_WORDS, w))
            && run
                .iter()
                .filter(|w| !nickname(w))
                .all(|w| w.chars().any(|c| c.is_ascii_lowercase()) || w.len() <= 2);
        let role = role_of(&np[..k]);
        let titled = np[..k].iter().any(|w| is_title(unjoin(w)));
        return Some((join(run), role, Shape::Name, person || titled));
    }
    if is_title(head) {
        return title_first(np);
    }
    // `작가 미셸 한`, `앤디 김`: a transcribed given name before a one-syllable surname
    // (which would otherwise read as the determiner 한).
    if let [before @ .., given, surname] = np {
        let foreign_given = foreign_name_word(given) && !korean_name(given) && !is_latin(given);
        if syllables(surname) == 1 && contains(&lx::SURNAMES, surname) && foreign_given {
            let titled = before.iter().any(|w| is_title(unjoin(w)));
            return Some((
                format!("{given} {surname}"),
                role_of(before),
                Shape::Name,
                titled,
            ));
        }
    }
    // A Hangul name: the trailing words up to a title, joiner, place or organisation.
    let mut k = np.len();
    while k > 0 && np.len() - k < 3 {
        let w = np[k - 1];
        // `마이클 J. 폭스`: an initial inside a Hangul name.
        let initial = k < np.len() && k >= 2 && is_initial(w) && !is_latin(np[k - 2]);
        let stop = is_title(w)
            || contains(&lx::ROLE_MODIFIERS, w)
            || is_place(w)
            || contains(&lx::DESCRIPTIVE_DETERMINERS, w)
            || org_category(w)
            || unjoin(w) != w
            || (is_latin(w) && !initial)
            || mixed_script(w)
            // The head lost its particle already: `한은` is a name, not an adnominal `-은`.
            || (k < np.len() && adnominal(w))
            || (k < np.len() && org_like(w));
        if stop {
            break;
        }
        k -= 1;
        // A Korean name is one word: what precedes it is role (`국민의힘 김기현`), unless it
        // is a transcribed given name (`대니얼 오코너`, where 오코너 only looks Korean).
        let given = k > 0 && {
            let p = np[k - 1];
            transcribed(p)
                && foreign_name_word(p)
                && !korean_name(p)
                && !adnominal(p)
                && !p.ends_with(['인', '은', '는'])
        };
        if confident_korean_name(w) && !given {
            break;
        }
    }
    if k == np.len() {
        return None;
    }
    let name = &np[k..];
    let role = role_of(&np[..k]);
    let titled = np[..k].iter().any(|w| is_title(unjoin(w)));
    // A bare Korean-looking word is too often a common noun (`연구팀`); a person needs a title,
    // or an organisation tied to a well-formed name by 의 (`흥국생명의 김연경`).
    let member = k == np.len() - 1
        && confident_korean_name(np[k])
        && np[..k]
            .last()
            .is_some_and(|w| w.ends_with('의') && unjoin(w) != *w);
    let person = titled || member;
    if name.len() == 1 && org_like(name[0]) {
        return Some((name[0].to_string(), role, Shape::Name, false));
    }
    Some((join(name), role, Shape::Name, person))
}

mod title_first;
use title_first::title_first;

#[cfg(test)]
mod tests;
