//! Korean personal names written as one word (`김민수`, `남궁민`), told apart from the
//! organisations, places and titles that look like them.

use super::super::lexicon::{self as lx, contains};
use super::super::memo::{remember, Pred};
use super::{is_hangul, is_place, is_title};

/// One-syllable surnames common enough that a three-syllable word starting with one may be a
/// name.
const COMMON_SURNAMES: &[char] = &[
    '김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권', '황',
    '안', '송', '전', '홍', '유', '고', '문', '양', '손', '배', '백', '허', '남', '심', '노', '하',
    '곽', '성', '차', '주', '우', '구', '민', '류', '나', '진', '지', '엄', '채', '원', '천', '방',
    '공', '현', '함', '변', '염', '여', '추', '도', '석', '선', '설', '마', '길', '연', '위', '표',
    '명', '반', '왕', '금', '옥', '육', '맹', '제', '모', '탁', '국',
];

/// Two-syllable surnames, before a two-syllable given name.
const DOUBLE_SURNAMES: &[&str] = &["남궁", "선우", "제갈", "황보"];

/// A Korean personal name written as one word: surname plus one or two syllables.
pub(crate) fn korean_name(w: &str) -> bool {
    remember(Pred::KoreanName, w, korean_name_uncached)
}

fn korean_name_uncached(w: &str) -> bool {
    // The surname first: it is the cheapest test and rejects most words, before the lexicon
    // lookups below (all of which must pass too).
    let mut cs = w.chars();
    let surname = match (cs.next(), cs.next(), cs.next(), cs.next(), cs.next()) {
        (Some(a), Some(_), Some(_), None, _) => COMMON_SURNAMES.contains(&a),
        (Some(_), Some(_), Some(_), Some(_), None) => {
            DOUBLE_SURNAMES.iter().any(|s| w.starts_with(s))
        }
        _ => false,
    };
    if !surname || !w.chars().all(is_hangul) || contains(&lx::NOT_NAMES, w) || is_title(w) {
        return false;
    }
    // Known organisations, words ending in a two-syllable organisation ending (`백악관`) and
    // collective nouns (`연구팀`, `시민들`) look like names but never are.
    let org_end = lx::longest_suffix(&lx::ORG_SUFFIXES, w).is_some_and(|s| s.chars().count() >= 2);
    !(org_end
        || contains(&lx::ORG_NAMES, w)
        || is_place(w)
        || w.ends_with(['팀', '들', '측', '계', '권', '단', '층', '과']))
}

/// A Korean name whose given-name syllables also look Korean. Transcribed foreign words use
/// syllables with the bare vowel ㅡ (`마크롱`, `스미스`) that Korean given names avoid, so
/// such a word is more likely the last part of a foreign name than a whole Korean name.
pub(crate) fn confident_korean_name(w: &str) -> bool {
    korean_name(w)
        && !w.chars().skip(1).any(|c| {
            let i = u32::from(c).wrapping_sub(0xAC00);
            is_hangul(c) && (i % 588) / 28 == 18 && i % 28 == 0
        })
}

/// A one-word name that is a person's rather than an organisation's: a Korean name that
/// does not end like a local government or office (`서울시`, `도서관`).
pub(crate) fn person_like_name(w: &str) -> bool {
    // `서울대`, `고려대`: a university, not a person.
    confident_korean_name(w) && !w.ends_with(['시', '군', '구', '도', '관', '국', '청', '처', '대'])
}
