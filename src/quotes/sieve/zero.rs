//! A reported quote whose sentence names no subject at all: Korean drops a subject the reader
//! already knows, so the speaker is the person the text was last about
//! (`정홍원 국무총리가 … 발언을 했다. … 질문에 “…”이라고 했다`).

use super::super::cue::{is_report_verb, Cue};
use super::super::doc::REACH;
use super::super::lexicon as lx;
use super::super::wordclass::syllables;
use super::{Ctx, Doc, Verdict};

/// How many sentences back the dropped subject may have been named.
const SENTENCES_BACK: u32 = 3;

/// `… 질문에 “…”이라고 했다`: the subject of the nearest earlier sentence that has one,
/// when it is a person, in this paragraph or the one before.
pub(super) fn dropped_subject(doc: &mut Doc<'_>, ctx: &Ctx<'_>) -> Verdict {
    if !ctx.quotative() {
        return Verdict::Next;
    }
    let qi = ctx.qi;
    let (sent, para) = (doc.words[qi].sent, doc.words[qi].para);
    let (_, cue_word) = doc.chain_end(qi, ctx.cue);
    let named = doc.speaker_before(qi, |m| m.subject).is_some()
        || cue_word.is_some_and(|c| doc.speaker_after(c).is_some());
    if sent == 0 || named || unnamed_subject(doc, qi) {
        return Verdict::Next;
    }
    let start = (qi.saturating_sub(REACH)..=qi)
        .find(|&k| doc.words[k].sent == sent)
        .unwrap_or(qi);
    // Walk back sentence by sentence; the first that quotes someone or names a subject
    // decides.
    for (s, first, end) in earlier_sentences(doc, start, para) {
        if let Some(last) = ctx.last.as_ref().filter(|l| l.sent == s) {
            return Verdict::Said(last.entity, last.written.clone());
        }
        if let Some(m) = doc.main_subject(first, end) {
            // `한국거래소는 … 발표했다. 쇄신방안에는 “…” 등이 있다고 밝혔으며`: a body that
            // itself reported something goes on speaking, as a person does.
            let reporting_body = doc.entity_of(m).is_some()
                && (first..end).any(|k| is_report_verb(doc.text, &doc.words, k));
            if reporting_body {
                return Verdict::of_mention(doc, Some(m));
            }
            return person_or_next(doc, m);
        }
    }
    Verdict::Next
}

/// The sentences before word `start` (its sentence's first), nearest first, as (sentence,
/// first word, end): three at most, in this paragraph or the one before.
fn earlier_sentences<'d>(
    doc: &'d Doc<'_>,
    start: usize,
    para: u32,
) -> impl Iterator<Item = (u32, usize, usize)> + 'd {
    let sent = doc.words[start].sent;
    let mut end = start;
    (1..=SENTENCES_BACK).map_while(move |back: u32| {
        let s = sent.checked_sub(back)?;
        let first = (end.saturating_sub(REACH * 2)..end)
            .find(|&k| doc.words[k].sent == s)
            .unwrap_or(end);
        if first == end || doc.words[first].para + 1 < para {
            return None;
        }
        let range = (s, first, end);
        end = first;
        Some(range)
    })
}

/// The mention's speaker when it names a person; otherwise this rule names nobody.
fn person_or_next(doc: &Doc<'_>, m: usize) -> Verdict {
    if doc.entity_of(m).is_some_and(|e| doc.reg.is_person(e)) {
        Verdict::of_mention(doc, Some(m))
    } else {
        Verdict::Next
    }
}

/// `그는 … 계획이다. “…”`, `…씨는 여름이 길었다고 했다. 방에는 선풍기뿐이다. “…”`: a quote
/// standing as its own sentence in a feature goes to the person the text was last about: the
/// subject of the nearest earlier sentence (three at most, this paragraph or the one before)
/// that names one, when it is a person.
pub(super) fn feature_person(doc: &mut Doc<'_>, ctx: &Ctx<'_>) -> Verdict {
    let qi = ctx.qi;
    let w = &doc.words[qi];
    let (sent, para) = (w.sent, w.para);
    let opens = qi == 0 || doc.words[qi - 1].sent != sent;
    let closes = doc.words.get(qi + 1).is_none_or(|n| n.sent != sent);
    if !matches!(ctx.cue.0, Cue::None) || !opens || !closes || sent == 0 {
        return Verdict::Next;
    }
    for (_, first, end) in earlier_sentences(doc, qi, para) {
        // Another quote on the way: whoever said it is the nearer voice; the continuation
        // rules decide.
        if (first..end).any(|k| doc.words[k].quote.is_some()) {
            break;
        }
        if let Some(m) = doc.main_subject(first, end) {
            return person_or_next(doc, m);
        }
    }
    Verdict::Next
}

/// Whether the quote's sentence has a subject that no rule registered as a mention
/// (`외국계 회사 직원이`, `가톨릭계에서는`): the subject is written, only not understood,
/// so it is not dropped.
fn unnamed_subject(doc: &Doc<'_>, qi: usize) -> bool {
    let sent = doc.words[qi].sent;
    let mut embedded = false;
    let before = (qi.saturating_sub(REACH)..qi)
        .rev()
        .take_while(|&k| doc.words[k].sent == sent)
        .any(|k| {
            let w = doc.wt(k);
            let quote = doc.words[k].quote.is_some();
            let subject = !quote && subject_word(w) && !(embedded && w.ends_with(['이', '가']));
            embedded |= doc.embeds(k);
            subject
        });
    // After the quote, only its own clause counts: a subject after the comma that ends it
    // (`… 있다고 밝혔으며, 쇄신방안은 …`) starts another clause.
    let mut open = true;
    let after = (qi + 1..(qi + REACH).min(doc.words.len()))
        .take_while(|&k| {
            let go = open && doc.words[k].sent == sent;
            open &= !doc.words[k].comma || doc.words[k].quote.is_some();
            go
        })
        .any(|k| doc.words[k].quote.is_none() && subject_word(doc.wt(k)));
    before || after
}

/// A word that carries a subject or topic particle after a noun.
fn subject_word(w: &str) -> bool {
    const PARTICLES: &[&str] = &["은", "는", "이", "가", "께서"];
    // Verb forms and adverbs that end like a particle (`옹호하는`, `있는`, `없이`).
    const NOT: &[&str] = &[
        "하는", "되는", "있는", "없는", "않는", "라는", "다는", "이는", "없이", "같이", "많이",
        "깊이", "높이", "굳이", "에는", "로는", "서는", "때는",
    ];
    // `“…”하는 것, “…” 등이 있다고`: `등이` closes the list the quotes are part of.
    if ["등이", "등은"].contains(&w) {
        return false;
    }
    // `가톨릭계에서는`: a body speaking through 에서 (a place too, so only when long).
    if w.ends_with("에서는") {
        return syllables(w) >= 5;
    }
    syllables(w) >= 2
        && PARTICLES.iter().any(|p| w.ends_with(p))
        && !NOT.iter().any(|n| w.ends_with(n))
        && !lx::contains(&lx::ADVERBS, w)
        && !lx::contains(&lx::CONTINUATION, w)
}

#[cfg(test)]
mod tests {
    use crate::quotes::{extract, Rule};

    #[test]
    fn a_body_that_reported_goes_on_through_a_list_of_quoted_measures() {
        let q = extract(
            "한국증권협회는 사과한다고 밝히면서 개선안을 발표했다.\n\
             개선안에는 ‘임직원의 주식 직접투자를 완전히 금지’하는 것, ‘내부통제 강화’ 등이 \
             있다고 밝혔다.",
        );
        assert_eq!(q[0].speaker.as_deref(), Some("한국증권협회"));
        assert_eq!(q[0].rule, Some(Rule::DroppedSubject));
    }

    #[test]
    fn the_person_the_text_was_about_speaks() {
        let q = extract(
            "정민호 국무총리가 교과서를 옹호하는 발언을 했다. 최근 논란이 된 발언이다.\n\
             25일 국회에서 열린 질문에서 박영희 의원의 질문에 “맥락을 볼 필요도 있다”며 \
             “시정할 예정”이라고 했다.",
        );
        assert_eq!(q[0].speaker.as_deref(), Some("정민호"));
        assert_eq!(q[0].rule, Some(Rule::DroppedSubject));
        assert_eq!(q[1].speaker.as_deref(), Some("정민호"));
    }

    #[test]
    fn a_subject_written_but_not_understood_is_not_dropped() {
        let q = extract(
            "정민호 판사가 판결했다.
해고된 외국계 회사 직원이 위원회에 “해고가 부당하다”며              신청을 했다.",
        );
        assert_eq!(q[0].speaker, None);
    }

    #[test]
    fn an_organisation_last_named_is_no_dropped_person() {
        let q = extract("교육부가 지침을 냈다.\n이에 대해 “문제가 없다”고 했다.");
        assert_eq!(q[0].speaker, None);
    }
}
