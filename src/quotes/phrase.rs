//! Noun phrases that name a group or an organisation as a whole: `서울지방경찰청 광역수사대`,
//! `전라북도 관계자`, `해당 학부 학생 측`. A person is named by the name alone (the rest is
//! role), but a body is named by every plain noun of its phrase: the words left of the head
//! up to the first one that is not a bare noun (a particle, a verb form, an adverb, `X의`).

use super::lexicon as lx;
use super::tokens::{word_text, Word};
use super::wordclass::{
    adnominal, is_latin, is_title, korean_name, np_boundary, org_suffixed, syllables, unparen,
};

/// How many words a body's name may have.
const MAX_WORDS: usize = 5;

/// One-syllable nouns that stand for a local government or party before `관계자`
/// (`도 관계자`, `시 관계자`).
const LOCAL: &[&str] = &["도", "시", "군", "구", "당", "청"];

/// Administrative units written apart from a foreign place's name (`일리노이 주`).
const UNITS: &[&str] = &["주", "부", "현", "성", "시", "군"];

/// `일리노이 주`, `오사카 부`: `w` is a place name before the spaced unit `next`, whatever
/// it ends in (`일리노이` only looks like a noun with 이).
pub(crate) fn place_before_unit(w: &str, next: &str) -> bool {
    const NOT_A_NAME: &[char] = &[
        '해', '고', '서', '며', '면', '게', '지', '에', '를', '을', '은', '는', '의', '로', '과',
        '와', '도', '만',
    ];
    UNITS.contains(&next)
        && syllables(w) >= 2
        && syllables(w) == w.chars().count()
        && !w.ends_with(NOT_A_NAME)
        && !lx::contains(&lx::ADVERBS, w)
}

/// A word that can be part of a body's name: a bare noun, a place, a Latin word, or a numbered
/// unit (`형사 9부`, `제61대`).
fn plain(w: &str, head_next: &str) -> bool {
    if w.is_empty() || w.ends_with('의') || lx::contains(&lx::ADVERBS, w) {
        return false;
    }
    if place_before_unit(w, head_next) {
        return true;
    }
    // `서울시교육감이`, `발언이`: a noun with its subject particle ends the phrase.
    if w.ends_with(['이', '가']) && syllables(w) >= 3 && !korean_name(w) && !is_title(w) {
        return false;
    }
    if LOCAL.contains(&w) && lx::contains(&lx::DESCRIPTIVE, head_next) {
        return true;
    }
    if lx::contains(&lx::DESCRIPTIVE_DETERMINERS, w) || lx::contains(&lx::ROLE_MODIFIERS, w) {
        return false;
    }
    let numbered = w.chars().any(|c| c.is_ascii_digit())
        && (org_suffixed(w) || lx::longest_suffix(&lx::ORG_SUFFIXES, w).is_some());
    // `전라북도`, `서울특별시`, `강남구`: a region names the body that follows.
    // The syllable before must not be a particle's (`뒤에도`, `그래서도`).
    let region = syllables(w) >= 3
        && w.ends_with(['도', '시', '군', '구', '주'])
        && !w
            .chars()
            .rev()
            .nth(1)
            .is_some_and(|c| "에서로고와과라해지이가은는을를".contains(c));
    numbered || region || is_latin(w) || !(np_boundary(w) || (adnominal(w) && syllables(w) >= 3))
}

/// The plain words of the phrase whose head is word `head` (written `stem`, its particle
/// removed), in reading order, the head last.
pub(crate) fn plain_phrase<'a>(
    text: &'a str,
    words: &[Word],
    head: usize,
    stem: &'a str,
) -> Vec<&'a str> {
    let Some(hw) = words.get(head) else {
        return vec![stem];
    };
    let mut out = vec![unparen(stem).0];
    let mut j = head;
    while j > 0 && out.len() < MAX_WORDS {
        let w = &words[j - 1];
        // `“…”이라고 경찰 관계자는`: the ending glued to a quote is no part of the phrase.
        let after_quote = w.glued && j >= 2 && words[j - 2].quote.is_some();
        if w.sent != hw.sent || w.comma || w.quote.is_some() || after_quote {
            break;
        }
        let t = unparen(word_text(text, w)).0;
        let next = out.last().copied().unwrap_or("");
        if !plain(t, next) {
            break;
        }
        out.push(t);
        j -= 1;
    }
    out.reverse();
    out
}

/// The acronym a phrase gives itself in parentheses: `항공우주국(NASA)`, `연맹(이하 AFC)`,
/// `재단 (EFF)`, `중앙선거관리위원회(선관위)`.
pub(crate) fn paren_alias(written: &str) -> Option<&str> {
    let open = written.find('(')?;
    let inner = written[open + 1..].split(')').next()?.trim();
    let inner = inner.strip_prefix("이하").map_or(inner, str::trim);
    let latin = inner.len() >= 2
        && inner.chars().any(|c| c.is_ascii_uppercase())
        && inner
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '&');
    let hangul_short =
        (2..=4).contains(&inner.chars().count()) && syllables(inner) == inner.chars().count();
    (latin || hangul_short).then_some(inner)
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn phrase(s: &str) -> Vec<String> {
        let w = tokenize(s, &[]);
        let head = w.len() - 1;
        let t = word_text(s, &w[head]);
        let stem = t.strip_suffix('는').or(t.strip_suffix('은')).unwrap_or(t);
        plain_phrase(s, &w, head, stem)
            .into_iter()
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn a_body_is_named_by_its_plain_nouns() {
        assert_eq!(
            phrase("이 사건을 수사한 서울지방경찰청 광역수사대는"),
            ["서울지방경찰청", "광역수사대"]
        );
        assert_eq!(
            phrase("사업을 추진해온 한국농어촌공사는"),
            ["한국농어촌공사"]
        );
        assert_eq!(phrase("그런데 대한민국 정부는"), ["대한민국", "정부"]);
        assert_eq!(
            phrase("NATO 소속의 국제 안보 지원군(ISAF)은"),
            ["국제", "안보", "지원군"]
        );
        assert_eq!(phrase("이에 대해 도 관계자는"), ["도", "관계자"]);
        assert_eq!(
            phrase("한편 일리노이 주 가톨릭계는"),
            ["일리노이", "주", "가톨릭계"]
        );
        assert_eq!(phrase("이에 대해 시 관계자는"), ["시", "관계자"]);
        assert_eq!(phrase("곽노현 전 서울시교육감이 대법원은"), ["대법원"]);
    }

    #[test]
    fn acronyms_in_parentheses() {
        assert_eq!(paren_alias("항공우주국(NASA)"), Some("NASA"));
        assert_eq!(paren_alias("연맹(이하 AFC)"), Some("AFC"));
        assert_eq!(paren_alias("중앙선거관리위원회(선관위)"), Some("선관위"));
        assert_eq!(paren_alias("김민수(53)"), None);
    }
}
