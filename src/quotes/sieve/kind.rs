//! Quotes that name something rather than report words, whatever ending follows them.

use super::super::cue::{embedded, Cue};
use super::super::lexicon as lx;
use super::super::mention::is_hangul;
use super::super::wordclass::said_by_relative;
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

/// `그가 언급한 ‘…’`, `김 장관이 밝힌 “…”`: the quote is the object of a reporting verb
/// that modifies it, right after that verb's subject. Returns the subject's mention.
pub(crate) fn said_in_relative(doc: &Doc, qi: usize) -> Option<usize> {
    let sent = doc.words[qi].sent;
    let v = qi.checked_sub(1)?;
    let s = v.checked_sub(1)?;
    if doc.words[v].sent != sent || doc.words[s].sent != sent || doc.words[v].quote.is_some() {
        return None;
    }
    // A clause's worth of words: a short fragment (`‘131명 실형’과 같은`) cites rather than
    // reports, and must not start a run of continued quotes.
    let clause = doc.words[qi]
        .quote
        .is_some_and(|_| doc.wt(qi).split_whitespace().count() >= 3);
    let m = doc.mention_at(s).filter(|&m| doc.mentions[m].subject)?;
    (clause && said_by_relative(doc.wt(v))).then_some(m)
}

/// Nouns for a remark, which is always someone's words (`막말`, `망언`).
const REMARKS: &[&str] = &["발언", "망언", "막말", "실언", "폭언"];

/// `“…”라는 무책임한 발언으로`: the quote is a remark, described as such, so it is speech
/// even with no reporting verb (the speaker comes from the text around it).
pub(crate) fn described_remark(doc: &Doc, qi: usize) -> bool {
    let Some(w) = doc.words.get(qi + 1) else {
        return false;
    };
    if !w.glued || !["라는", "이라는", "는"].contains(&doc.wt(qi + 1)) {
        return false;
    }
    let remark = |k: usize| REMARKS.iter().any(|r| doc.wt(k).starts_with(r));
    embedded::described_noun(&doc.words, qi + 2, remark)
        .is_some_and(|k| embedded::describes(doc.text, &doc.words[qi + 2..k]))
}

/// `알바천국은 … 설문조사에서 ‘…하겠습니까’ 라는 질문에 …명이 답했다`: a quoted question
/// that a survey put is asked by whoever ran the survey, the subject before the quote in a
/// sentence that names the survey. Returns that subject's mention.
pub(crate) fn survey_question(
    doc: &Doc,
    qi: usize,
    inner: &str,
    cue: (Cue, Option<usize>),
) -> Option<usize> {
    let (Cue::Adnominal, Some(c)) = cue else {
        return None;
    };
    let sent = doc.words[qi].sent;
    let question = doc.words.get(c + 1).is_some_and(|n| {
        n.sent == sent
            && ["질문", "물음"]
                .iter()
                .any(|q| doc.wt(c + 1).starts_with(q))
    });
    let inner = inner
        .trim_end()
        .trim_end_matches(['’', '”', '"', '\'', '」', '』']);
    let asks = inner
        .trim_end_matches('?')
        .ends_with(['까', '니', '냐', '요'])
        || inner.ends_with('?');
    let survey = (qi.saturating_sub(SURVEY_REACH)..qi)
        .filter(|&k| doc.words[k].sent == sent)
        .any(|k| {
            ["설문", "여론조사", "조사에서", "조사한"]
                .iter()
                .any(|w| doc.wt(k).contains(w))
        });
    if !(question && asks && survey) {
        return None;
    }
    doc.speaker_before(qi, |m| m.subject)
}

/// How many words before a survey's question may name the survey.
const SURVEY_REACH: usize = 20;

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
    fn the_subject_of_a_reporting_verb_that_modifies_the_quote() {
        let qs = extract(
            "박정민 주필은 지난주에 글을 썼다. 그가 언급한 ‘자료가 하나도 없다’는 사실일까.",
        );
        assert_eq!(qs.len(), 1);
        assert_eq!(qs[0].kind, QuoteKind::Speech);
        assert_eq!(qs[0].speaker.as_deref(), Some("박정민"));
        // Another verb, or no subject right before it, says nothing of who said it.
        let qs = extract("박정민 주필은 글을 썼다. 그가 읽은 ‘자료가 하나도 없다’는 사실일까.");
        assert_eq!(qs[0].kind, QuoteKind::Term);
    }

    #[test]
    fn a_described_remark_is_speech_by_the_one_speaking() {
        let qs = extract(
            "박정민 총리는 “검토가 필요하다”며 선을 그었다. “그건 어쩔 수 없는 문제”라는 무책임한 \
             발언으로 의원들이 퇴장했다.",
        );
        assert_eq!(qs[1].kind, QuoteKind::Speech);
        assert_eq!(qs[1].speaker.as_deref(), Some("박정민"));
        // Words said of a remark are not the remark.
        let qs = extract("박정민 총리는 말했다. “그건 어쩔 수 없는 문제”라는 질문에 답했다.");
        assert_eq!(qs[0].kind, QuoteKind::Term);
    }

    #[test]
    fn a_survey_question_is_asked_by_whoever_ran_the_survey() {
        let qs = extract(
            "취업 포털 잡코리아는 대학생 1천 명을 대상으로 한 설문조사에서 ‘졸업 후 바로 취업하시겠습니까’ \
             라는 질문에 60%가 ‘그렇다’고 답했다고 밝혔다.",
        );
        assert_eq!(qs[0].kind, QuoteKind::Speech);
        assert_eq!(qs[0].speaker.as_deref(), Some("취업 포털 잡코리아"));
        // Outside a survey, the question is someone else's: no guess.
        let qs = extract("그는 ‘졸업 후 바로 취업하시겠습니까’라는 질문에 웃었다.");
        assert_eq!(qs[0].speaker, None);
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
