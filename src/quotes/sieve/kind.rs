//! Quotes that name something rather than report words, whatever ending follows them.

use super::super::lexicon as lx;
use super::super::mention::is_hangul;
use super::Doc;

/// Whether the quote at word `qi` (with words `inner`) names a thing, so is a term: a short
/// quote renaming the noun before it (`부인인 ‘리설주’라고`), or the title of a work written
/// right after the work's noun (`칼럼 “…재미 좀 보십니까.”에서`).
pub(crate) fn names_not_says(doc: &Doc, qi: usize, inner: &str) -> bool {
    let before = qi
        .checked_sub(1)
        .filter(|&k| doc.words[k].sent == doc.words[qi].sent && !doc.words[k].comma)
        .map_or("", |k| doc.wt(k));
    apposed(before, inner) || lx::contains(&lx::WORKS, before)
}

/// `부인인 ‘리설주’`: a short quote after a noun with the copula's `인` renames that noun.
fn apposed(before: &str, inner: &str) -> bool {
    let short =
        inner.split_whitespace().count() <= 2 && !inner.trim_end().ends_with(['.', '?', '!']);
    // A verb's adnominal in 인 has a one-syllable stem (`보인`, `모인`); a noun has more.
    short
        && before
            .strip_suffix('인')
            .is_some_and(|noun| noun.chars().count() >= 2 && noun.chars().all(is_hangul))
}

#[cfg(test)]
mod tests {
    use crate::quotes::{extract, QuoteKind};

    fn kinds(s: &str) -> Vec<QuoteKind> {
        extract(s).into_iter().map(|q| q.kind).collect()
    }

    #[test]
    fn a_renamed_noun_and_a_title_are_terms() {
        assert_eq!(
            kinds("통신은 동행한 인물이 부인인 ‘김소연’이라고 전했다."),
            [QuoteKind::Term]
        );
        assert_eq!(
            kinds("박정민 주필은 자신의 칼럼 “그 장사 아직도 재미 좀 보십니까.”에서 말했다."),
            [QuoteKind::Term]
        );
    }

    #[test]
    fn words_after_a_verb_or_a_noun_with_its_particle_stay_speech() {
        assert_eq!(
            kinds("그가 보인 “놀라운 반응이다”라고 했다."),
            [QuoteKind::Speech]
        );
        assert_eq!(
            kinds("보고서는 “위험이 크다”고 밝혔다."),
            [QuoteKind::Speech]
        );
    }
}
