//! Word classes for noun-phrase parsing: scripts, Korean personal names, organisation names,
//! titles, joiners, parentheticals and the words that end a noun phrase.
//!
//! Each predicate looks at one word; the phrase-level decisions live in `mention`.

use super::lexicon::{self as lx, contains};
use super::memo::{remember, Pred};

mod korean_name;
pub(crate) use korean_name::{confident_korean_name, korean_name, person_like_name};

/// Latin letters and no Hangul (`Cox`, `D.`).
pub(crate) fn is_latin(w: &str) -> bool {
    w.chars().any(|c| c.is_ascii_alphabetic()) && !w.chars().any(is_hangul)
}

/// A precomposed Hangul syllable.
pub(crate) fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

/// Number of Hangul syllables in a word.
pub(crate) fn syllables(w: &str) -> usize {
    w.chars().filter(|&c| is_hangul(c)).count()
}

/// Latin letters and Hangul in one word: a brand or company (`JP모건체이스`, `SK하이닉스`).
pub(crate) fn mixed_script(w: &str) -> bool {
    w.chars().any(|c| c.is_ascii_alphabetic()) && w.chars().any(is_hangul)
}

/// A word without its parenthetical (`홍길동(58)` → `홍길동`, `한국과학기술원(KAIST` →
/// `한국과학기술원`), and whether that parenthetical was an age, strong evidence of a person.
pub(crate) fn unparen(w: &str) -> (&str, bool) {
    // A byte search: `str::find` of a char costs a searcher's set-up on every short word.
    match w.bytes().position(|b| b == b'(') {
        Some(i) if i > 0 => {
            // `(58)`, `(58세)`, `(26·샌프란시스코`: leading digits then an end or a separator.
            let inner = &w[i + 1..];
            let digits = inner.len() - inner.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            let after = &inner[digits..];
            let age = (1..=3).contains(&digits)
                && (after.is_empty() || after.starts_with([')', '세', '·', ',']));
            (&w[..i], age)
        }
        _ => (w, false),
    }
}

/// An organisation name in Hangul (`국토교통부`, `기상청`, `연합뉴스`).
pub(crate) fn org_like(w: &str) -> bool {
    remember(Pred::OrgLike, w, org_like_uncached)
}

fn org_like_uncached(w: &str) -> bool {
    contains(&lx::ORG_NAMES, w) || (!korean_name(w) && org_suffixed(w))
}

/// Ends like an organisation name, even if it could also be a personal name (`국무부`).
pub(crate) fn org_suffixed(w: &str) -> bool {
    if syllables(w) < 2 {
        return false;
    }
    match lx::longest_suffix(&lx::ORG_SUFFIXES, w) {
        Some(s) if s.chars().count() >= 2 => w != s || syllables(w) >= 2,
        Some(_) => syllables(w) >= 3,
        None => false,
    }
}

/// A title or a person-role noun (`대변인`, `소방청장`, `관계자`).
pub(crate) fn is_title(w: &str) -> bool {
    remember(Pred::Title, w, is_title_uncached)
}

fn is_title_uncached(w: &str) -> bool {
    // Compound titles end in a known one (`소방청장`, `경제학자`).
    let compound = || lx::ends_with_shorter(&lx::TITLES, w, 6);
    contains(&lx::TITLES, w) || contains(&lx::DESCRIPTIVE, w) || (syllables(w) >= 3 && compound())
}

/// `언급한`, `밝힌`, `말했던`: the adnominal form of a reporting verb, whose object may be
/// the quote right after it (`그가 언급한 ‘…’`).
pub(crate) fn said_by_relative(w: &str) -> bool {
    const SAID: &[&str] = &[
        "말한",
        "밝힌",
        "전한",
        "쓴",
        "적은",
        "남긴",
        "외친",
        "물은",
        "말했던",
    ];
    SAID.contains(&w)
        || ["한", "했던"].iter().any(|e| {
            w.strip_suffix(e)
                .is_some_and(|n| n.chars().count() >= 2 && contains(&lx::REPORT_NOUNS, n))
        })
}

/// `말한`, `본`, `밝혔던`: a verb form that makes a relative clause of what precedes it.
pub(crate) fn relative_verb(t: &str) -> bool {
    adnominal_n(t) || ["본", "한", "낸", "던"].contains(&t) || t.ends_with('던')
}

/// `국가` `원수`: two words that are one title only when written together.
pub(crate) fn spaced_title(a: &str, b: &str) -> bool {
    !contains(&lx::TITLES, b) && lx::contains_joined(&lx::TITLES, a, b)
}

/// An adnominal verb form (`참여한`, `있는`): it ends a name to its right.
pub(crate) fn adnominal(w: &str) -> bool {
    syllables(w) >= 2
        && !korean_name(w)
        && [
            "운", "는", "은", "한", "된", "던", "적인", "같은", "있는", "둔", "온", "낸",
        ]
        .iter()
        .any(|e| w.ends_with(e))
}

/// Strip the joiners that tie a role to a name (`의`, `인`, `이자`).
pub(crate) fn unjoin(w: &str) -> &str {
    if is_title(w) {
        return w;
    }
    for j in ["이자", "의", "인"] {
        if let Some(s) = w.strip_suffix(j) {
            // `인` also ends foreign given names (`캐롤라인`): only a role word joins with it.
            let role_noun = contains(&lx::JOINABLE, s) || mixed_script(s);
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
pub(crate) fn np_boundary(w: &str) -> bool {
    remember(Pred::NpBoundary, w, np_boundary_uncached)
}

fn np_boundary_uncached(w: &str) -> bool {
    // Bylines and punctuation (`(서울=연합뉴스)`, `=`, `-`) are never part of a name.
    if w.contains('=') || !w.chars().any(char::is_alphanumeric) {
        return true;
    }
    if is_latin(w)
        || is_title(w)
        || is_place(w)
        || contains(&lx::ROLE_MODIFIERS, w)
        || contains(&lx::DESCRIPTIVE_DETERMINERS, w)
    {
        return false;
    }
    if contains(&lx::ADVERBS, w) || w.chars().any(|c| c.is_ascii_digit()) {
        return true;
    }
    if w.ends_with('의') || w.ends_with("인") || w.ends_with("이자") {
        return false;
    }
    // `임다은` is a name, not a word ending in the particle 은.
    if korean_name(w) && !w.ends_with(['을', '를', '에', '로', '와', '과', '도']) {
        return false;
    }
    // `알려진`, `밝혀진`: the adnominal of a passive verb.
    // `“…”는 게 김 교수의 주장이다`: `게` (것이) and its kin are no part of a name.
    if ["게", "것이", "것은", "건", "것"].contains(&w) {
        return true;
    }
    // `발언이 화제`: a speech noun with its subject particle is no part of a name.
    if w.strip_suffix('이').is_some_and(speech_noun) {
        return true;
    }
    if ends_clause(w) || (w.ends_with("진") && w.chars().count() >= 3) {
        return true;
    }
    if transcribed_da(w) {
        return false;
    }
    // `고` and `서` end verb forms (`했고`, `만나서`) but also nouns (`교보문고`, `소방서`).
    if w.ends_with(['고', '서']) && !org_like(w) {
        return verb_ending(w);
    }
    const ENDS: &[&str] = &[
        "을", "를", "에", "에서", "에게", "로", "와", "과", "며", "다", "요", "도", "는", "은",
        "가", "해", "면", "지만", "한", "된", "던", "께", "까지", "부터", "만", "둔", "운", "온",
        "으나", "는데", "은데", "었고", "했고", "될", "할",
    ];
    // `브라운`, `라운`: a transliterated name, not the adnominal `-운` (`어려운`).
    let foreign_un = w.ends_with('운')
        && w.chars()
            .rev()
            .nth(1)
            .is_some_and(|c| "라브스트크프드".contains(c));
    ENDS.iter().any(|e| w.ends_with(e)) && !org_like(w) && !foreign_un
}

/// `야마다`, `기시다`: a transcribed name ending in 다, not a verb's final form. Verbs in 다
/// close a syllable before it (`했다`, `한다`, `있다`) or end in a common stem (`하다`).
fn transcribed_da(w: &str) -> bool {
    const STEMS: &[&str] = &[
        "하다", "되다", "이다", "지다", "주다", "보다", "오다", "내다", "가다", "서다", "르다",
        "프다", "쁘다", "크다",
    ];
    let open = w
        .strip_suffix('다')
        .and_then(|s| s.chars().last())
        .is_some_and(|c| is_hangul(c) && (u32::from(c) - 0xAC00) % 28 == 0);
    open && syllables(w) >= 3 && w.chars().all(is_hangul) && !STEMS.iter().any(|e| w.ends_with(e))
}

/// `일어나자`, `있지만`, `했는데`: a verb form that closes a subordinate clause, after which
/// the main clause (and its topic) begins. For `-자` the stems are few, so that nouns in 자
/// (`관리자`, `후보자`, `피해자`) stay nouns.
pub(crate) fn ends_clause(w: &str) -> bool {
    let n = w.chars().count();
    // Longer words in 자 are verb forms too (`되묻자`, `따지자`, `요구하자`) unless a list
    // knows them as people (`소비자`, `피해자`).
    let ja = w.strip_suffix('자').is_some_and(|s| {
        s.ends_with(['나', '되', '하', '오', '서', '르', '묻'])
            || (syllables(w) >= 3
                && s.ends_with([
                    '지', '히', '리', '기', '않', '없', '있', '받', '내', '주', '가',
                ])
                && !org_like(w)
                && !is_title(w)
                && !contains(&lx::PEOPLE, w)
                && !contains(&lx::JOINABLE, w)
                && !contains(&lx::DESCRIPTIVE, w)
                && !contains(&lx::KIN, w))
    });
    n >= 2
        && (ja
            || (n >= 3
                && ["지만", "는데", "은데", "면서도"]
                    .iter()
                    .any(|e| w.ends_with(e))))
}

/// A noun for something said (`발언`, `주장`, `설명`): never a name.
pub(crate) fn speech_noun(w: &str) -> bool {
    contains(&lx::SPEECH_NOUNS, w) || contains(&lx::REPORT_NOUNS, w)
}

/// A place the lexicon knows, alone or with its administrative unit (`부산`, `부산시`,
/// `서울특별시`, `경기도`).
pub(crate) fn is_place(w: &str) -> bool {
    contains(&lx::PLACES, w) || administrative(w)
}

/// Administrative units after a place name, longest first.
const UNITS: &[&str] = &[
    "특별자치시",
    "특별자치도",
    "특별시",
    "광역시",
    "시",
    "도",
    "군",
    "구",
];

/// A place with its administrative unit (`부산시`, `경기도`): as a subject, its government.
pub(crate) fn administrative(w: &str) -> bool {
    UNITS
        .iter()
        .filter_map(|u| w.strip_suffix(u))
        .any(|stem| contains(&lx::PLACES, stem))
}

/// A word ending in `고` or `서` that is a verb form: the syllable before is a verb stem or
/// carries a past or future marker.
fn verb_ending(w: &str) -> bool {
    let mut cs = w.chars().rev();
    let last = cs.next();
    let Some(prev) = cs.next() else {
        return true;
    };
    const STEMS: &[char] = &[
        '하', '되', '않', '없', '있', '이', '라', '다', '지', '보', '오', '가', '주', '받', '내',
        '나', '두', '알', '살', '같', '많', '적', '크', '좋', '싶', '히', '리', '기', '우', '에',
        '어', '아', '여', '면', '해', '워', '와', '져', '봐', '돼', '러', '려', '서', '만', '고',
    ];
    let i = u32::from(prev).wrapping_sub(0xAC00);
    // Final consonant ㅆ (했, 었, 겠) marks a verb.
    let past = is_hangul(prev) && i % 28 == 20;
    past || STEMS.contains(&prev) || (last == Some('고') && w.ends_with("라고"))
}

/// An initial written between name words (`J.` in `마이클 J. 폭스`).
pub(crate) fn is_initial(w: &str) -> bool {
    let mut cs = w.chars();
    matches!((cs.next(), cs.next(), cs.next()), (Some(c), Some('.'), None) if c.is_ascii_uppercase())
}

/// A word naming a kind of organisation (`매체`, `경제매체`, `구단`): the name after it is an
/// organisation's (`영국 매체 풋볼런던`).
pub(crate) fn org_category(w: &str) -> bool {
    // An entry the word ends with, not the whole word, is a lookup per suffix.
    contains(&lx::ORG_CATEGORIES, w)
        || (syllables(w) >= 3 && lx::ends_with_shorter(&lx::ORG_CATEGORIES, w, 6))
}

/// Whether a parsed name and role describe an organisation: an organisation-like name or last
/// word (`소방 당국`), or a role that ends in a kind of organisation (`영국 매체`).
pub(crate) fn org_named(name: &str, role: Option<&str>) -> bool {
    org_like(name)
        || name
            .rsplit(' ')
            .next()
            .is_some_and(|w| w != name && org_like(w))
        || role
            .and_then(|r| r.rsplit(' ').next())
            .is_some_and(org_category)
}

/// `메릴 에드워드 뉴먼`: two or three Hangul words, none a title, organisation or common
/// description, as a foreign full name is written.
pub(crate) fn foreign_full_name(name: &str) -> bool {
    (2..=3).contains(&name.split(' ').count())
        && name
            .split(' ')
            .all(|w| foreign_name_word(w) && !korean_name(w))
}

/// A word that may be part of a foreign name written in Hangul: two to five syllables, no
/// title, organisation, place or description, and no particle or ending at its end. It may
/// still read as a Korean name (`마이클`); callers that need more evidence look for it.
pub(crate) fn foreign_name_word(w: &str) -> bool {
    // `장-폴`: a hyphen may join the parts of a given name.
    let hyphens = w.matches('-').count();
    (2..=5).contains(&syllables(w))
        && hyphens <= 1
        && !w.starts_with('-')
        && !w.ends_with('-')
        && w.chars().all(|c| is_hangul(c) || c == '-')
        && !is_title(w)
        && !org_like(w)
        && !contains(&lx::DESCRIPTIVE, w)
        && !is_place(w)
        && !np_boundary(w)
        && !w.ends_with([
            '다', '게', '이', '가', '을', '를', '의', '에', '로', '행', '적',
        ])
}

/// Whether `w` has syllables that transcriptions of foreign names use and Korean nouns
/// seldom do (`대니얼`, `셰이프`).
pub(crate) fn transcribed(w: &str) -> bool {
    w.chars()
        .any(|c| "스르드트크브프즈츠그얼엘슨튼든렌론릭닉넬벨텔셀렐앤엔".contains(c))
}

/// `열린`, `개최된`, `발생한`: a verb's adnominal in -ㄴ (the last syllable's final consonant).
pub(crate) fn adnominal_n(w: &str) -> bool {
    w.chars().count() >= 2
        && w.chars()
            .last()
            .is_some_and(|c| is_hangul(c) && (u32::from(c) - 0xAC00) % 28 == 4)
}

#[cfg(test)]
mod tests;
