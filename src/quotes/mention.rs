//! Mentions: noun phrases that can name a speaker, split into a name and a role.
//!
//! A mention ends in a particle (`은/는/이/가`, `와/과`, `에 따르면`) or is followed by `또한`.
//! The phrase is read right to left: the head decides the shape (pronoun, description, Latin
//! name, title with the name before it, or a Hangul name with its role before it), and lexicons
//! of titles, organisation endings and places mark where the name stops.

use super::lexicon::{self as lx, contains};
use super::tokens::{word_text, Word};

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
    pub sent: usize,
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
}

fn is_latin(w: &str) -> bool {
    w.chars().any(|c| c.is_ascii_alphabetic()) && !w.chars().any(is_hangul)
}

pub(crate) fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

fn syllables(w: &str) -> usize {
    w.chars().filter(|&c| is_hangul(c)).count()
}

const COMMON_SURNAMES: &[&str] = &[
    "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황",
    "안", "송", "전", "홍", "유", "고", "문", "양", "손", "배", "백", "허", "남", "심", "노", "하",
    "곽", "성", "차", "주", "우", "구", "민", "류", "나", "진", "지", "엄", "채", "원", "천", "방",
    "공", "현", "함", "변", "염", "여", "추", "도", "석", "선", "설", "마", "길", "연", "위", "표",
    "명", "반", "왕", "금", "옥", "육", "맹", "제", "모", "탁", "국", "남궁", "선우", "제갈",
    "황보",
];

/// A Korean personal name written as one word: surname plus one or two syllables.
pub(crate) fn korean_name(w: &str) -> bool {
    let n = syllables(w);
    if n != w.chars().count() || !(2..=4).contains(&n) || contains(lx::NOT_NAMES, w) || is_title(w)
    {
        return false;
    }
    let Some(first) = w.chars().next() else {
        return false;
    };
    let mut buf = [0u8; 4];
    let one = first.encode_utf8(&mut buf);
    let two: String = w.chars().take(2).collect();
    (n == 3 && contains(COMMON_SURNAMES, one)) || (n == 4 && contains(COMMON_SURNAMES, &two))
}

/// An organisation name in Hangul (`국토교통부`, `기상청`, `연합뉴스`).
pub(crate) fn org_like(w: &str) -> bool {
    !korean_name(w) && org_suffixed(w)
}

/// Ends like an organisation name, even if it could also be a personal name (`국무부`).
fn org_suffixed(w: &str) -> bool {
    if syllables(w) < 2 {
        return false;
    }
    match lx::longest_suffix(lx::ORG_SUFFIXES, w) {
        Some(s) if s.chars().count() >= 2 => w != s || syllables(w) >= 2,
        Some(_) => syllables(w) >= 3,
        None => false,
    }
}

pub(crate) fn is_title(w: &str) -> bool {
    // Compound titles end in a known one (`소방청장`, `경제학자`).
    let compound = || {
        lx::TITLES
            .iter()
            .any(|t| w.len() > t.len() && t.len() >= 6 && w.ends_with(t))
    };
    contains(lx::TITLES, w) || contains(lx::DESCRIPTIVE, w) || (syllables(w) >= 3 && compound())
}

fn adnominal(w: &str) -> bool {
    syllables(w) >= 2
        && !korean_name(w)
        && [
            "운", "는", "은", "한", "된", "던", "적인", "같은", "있는", "둔",
        ]
        .iter()
        .any(|e| w.ends_with(e))
}

/// Strip the joiners that tie a role to a name (`의`, `인`, `이자`).
fn unjoin(w: &str) -> &str {
    if is_title(w) {
        return w;
    }
    for j in ["이자", "의", "인"] {
        if let Some(s) = w.strip_suffix(j) {
            let role_noun = syllables(s) >= 2 && !korean_name(w);
            if !s.is_empty()
                && (is_title(s) || org_like(s) || is_latin(s) || role_noun || j != "인")
            {
                return s;
            }
        }
    }
    w
}

/// True when a word ends a noun phrase to its right (a particle, a verb ending, an adverb).
fn np_boundary(w: &str) -> bool {
    if is_latin(w)
        || is_title(w)
        || contains(lx::PLACES, w)
        || contains(lx::ROLE_MODIFIERS, w)
        || contains(lx::DESCRIPTIVE_DETERMINERS, w)
    {
        return false;
    }
    if contains(lx::ADVERBS, w) || w.chars().any(|c| c.is_ascii_digit()) {
        return true;
    }
    if w.ends_with('의') || w.ends_with("인") || w.ends_with("이자") {
        return false;
    }
    // `임다은` is a name, not a word ending in the particle 은.
    if korean_name(w) && !w.ends_with(['을', '를', '에', '로', '와', '과', '도']) {
        return false;
    }
    const ENDS: &[&str] = &[
        "을", "를", "에", "에서", "에게", "로", "와", "과", "고", "며", "서", "다", "요", "도",
        "는", "은", "가", "해", "면", "지만", "한", "된", "던", "께", "까지", "부터", "만", "둔",
        "운",
    ];
    ENDS.iter().any(|e| w.ends_with(e)) && !org_like(w)
}

/// Parse the noun phrase whose head is word `head`, with `stem` the head's text without its
/// particle. `words[..head]` supplies the words before it.
pub(crate) fn parse(
    text: &str,
    words: &[Word],
    head: usize,
    stem: &str,
) -> Option<(String, Option<String>, Shape, bool)> {
    let hw = words.get(head)?;
    let mut np: Vec<&str> = vec![stem];
    let mut j = head;
    while j > 0 && np.len() < 12 {
        let w = &words[j - 1];
        if w.sent != hw.sent || w.comma {
            break;
        }
        let t = word_text(text, w);
        if w.quote.is_some() {
            // A nickname inside a Latin name (`Xia “Ben” Hu`) stays part of the phrase.
            let nick =
                j >= 2 && is_latin(word_text(text, &words[j - 2])) && t.chars().count() <= 26;
            if !nick || !np.last().is_some_and(|l| is_latin(l)) {
                break;
            }
        } else if np_boundary(t) {
            break;
        }
        np.push(t);
        j -= 1;
    }
    np.reverse();
    shape_of(&np)
}

fn join(ws: &[&str]) -> String {
    ws.join(" ")
}

fn role_of(ws: &[&str]) -> Option<String> {
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
pub(crate) fn shape_of(np: &[&str]) -> Option<(String, Option<String>, Shape, bool)> {
    let head = *np.last()?;
    if head.is_empty() {
        return None;
    }
    if contains(lx::PRONOUNS, head) || contains(lx::EN_PRONOUNS, head) {
        return Some((head.to_string(), None, Shape::Pronoun, true));
    }
    // A lone organisation name (`국립과학수사연구원`), even when it ends like a title.
    if np.len() == 1 && org_like(head) && !contains(lx::TITLES, head) && syllables(head) >= 4 {
        return Some((head.to_string(), None, Shape::Name, false));
    }
    let determiner = np.iter().any(|w| contains(lx::DESCRIPTIVE_DETERMINERS, w));
    if contains(lx::DESCRIPTIVE, head) && determiner {
        let start = np
            .iter()
            .position(|w| !contains(lx::ADVERBS, w))
            .unwrap_or(0);
        return Some((join(&np[start..]), None, Shape::Descriptive, true));
    }
    if is_latin(head) && !contains(lx::TITLES, head) {
        // The name is the trailing run of Latin words, nicknames and initials included.
        let mut k = np.len();
        while k > 0 {
            let w = np[k - 1];
            let ok = (is_latin(w) && !contains(lx::TITLES, w)) || nickname(w);
            if !ok {
                break;
            }
            k -= 1;
        }
        let run = &np[k..];
        let person = run.len() >= 2
            && !run.iter().any(|w| contains(lx::LATIN_ORG_WORDS, w))
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
    // A Hangul name: the trailing words up to a title, joiner, place or organisation.
    let mut k = np.len();
    while k > 0 && np.len() - k < 3 {
        let w = np[k - 1];
        let stop = is_title(w)
            || contains(lx::ROLE_MODIFIERS, w)
            || contains(lx::PLACES, w)
            || contains(lx::DESCRIPTIVE_DETERMINERS, w)
            || unjoin(w) != w
            || is_latin(w)
            || adnominal(w)
            || (k < np.len() && org_like(w));
        if stop {
            break;
        }
        k -= 1;
    }
    if k == np.len() {
        return None;
    }
    let name = &np[k..];
    let role = role_of(&np[..k]);
    let titled = np[..k].iter().any(|w| is_title(unjoin(w)));
    // A bare Korean-looking word is too often a common noun (`연구팀`); a person needs a title.
    let person = titled;
    if name.len() == 1 && org_like(name[0]) {
        return Some((name[0].to_string(), role, Shape::Name, false));
    }
    Some((join(name), role, Shape::Name, person))
}

/// Name-first order: `김민수 국토교통부 대변인`, `도널드 트럼프 전 대통령`, `김 장관`.
fn title_first(np: &[&str]) -> Option<(String, Option<String>, Shape, bool)> {
    let mut k = np.len();
    while k > 0 {
        let w = np[k - 1];
        let block = is_title(w)
            || contains(lx::ROLE_MODIFIERS, w)
            || contains(lx::PLACES, w)
            || org_like(unjoin(w))
            || unjoin(w) != w
            || (is_latin(w) && w.chars().all(|c| !c.is_ascii_lowercase()));
        // `국무부` also looks like a name; after a place (`미국 국무부`) it is the ministry.
        let after_place = k >= 2 && (contains(lx::PLACES, np[k - 2]) || korean_name(np[k - 2]));
        let ambiguous_org = korean_name(w) && org_suffixed(w) && after_place;
        if !ambiguous_org && (!block || korean_name(w)) {
            break;
        }
        k -= 1;
    }
    let mut n = k;
    while n > 0 && k - n < 3 {
        let w = np[n - 1];
        let stop = is_title(w)
            || contains(lx::PLACES, w)
            || contains(lx::ROLE_MODIFIERS, w)
            || contains(lx::DESCRIPTIVE_DETERMINERS, w)
            || unjoin(w) != w
            || adnominal(w)
            || org_like(w);
        if stop {
            break;
        }
        n -= 1;
    }
    let title_words = &np[k..];
    let mut role_words: Vec<&str> = np[..n].to_vec();
    role_words.extend_from_slice(title_words);
    let role = role_of(&role_words);
    let name = &np[n..k];
    match name {
        [] => Some((join(np), None, Shape::Descriptive, true)),
        [one] if contains(lx::SURNAMES, one) => Some((
            one.to_string(),
            Some(join(title_words)),
            Shape::SurnameTitle,
            true,
        )),
        [_] if contains(lx::DESCRIPTIVE, np[np.len() - 1]) => {
            Some((join(np), None, Shape::Descriptive, true))
        }
        [one] if !korean_name(one) && !is_latin(one) => {
            // A lone unknown word before a title is a last name (`마크롱 대통령`) or a
            // description (`기술 전문가`); the registry decides, keeping the written phrase.
            Some((one.to_string(), role, Shape::Name, false))
        }
        _ => Some((join(name), role, Shape::Name, true)),
    }
}

#[cfg(test)]
mod tests {
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
}
