//! No mention in reach: the quote goes on from what came before.
//!
//! Only a quote that opens its sentence (after a connective such as `이어`, `또한` at most), or
//! that carries a quotative ending, may continue; a bare quote in mid-sentence is left alone.

use super::super::cue::Cue;
use super::super::lexicon as lx;
use super::super::mention::Shape;
use super::{Ctx, Doc, Verdict};

/// Where the quote stands in its sentence and paragraph.
struct Place {
    first_in_para: bool,
    /// The quote, after its connectives at most, opens its paragraph (`⏎이어 “…”`).
    leads_para: bool,
    first_in_sent: bool,
    /// Only connectives (`이어`, `또한`) before it in its sentence.
    lead: bool,
    /// At most two words before it in its sentence, none of them a mention (`그 이유는 “…”는
    /// 것이다`): what the sentence before said goes on.
    short_lead: bool,
}

fn place(doc: &Doc<'_>, qi: usize) -> Place {
    let q = &doc.words[qi];
    let first_in_para = qi == 0 || doc.words[qi - 1].para != q.para;
    let lead = (qi.saturating_sub(3)..qi)
        .filter(|&k| doc.words[k].sent == q.sent)
        .all(|k| lx::contains(&lx::CONTINUATION, doc.wt(k)));
    let start = (qi.saturating_sub(3)..=qi)
        .find(|&k| doc.words[k].para == q.para)
        .unwrap_or(qi);
    let before: Vec<usize> = (qi.saturating_sub(3)..qi)
        .filter(|&k| doc.words[k].sent == q.sent)
        .collect();
    let short_lead = before.len() <= 2
        && before
            .iter()
            .all(|&k| doc.mention_at(k).is_none() && doc.words[k].quote.is_none());
    Place {
        short_lead,
        first_in_para,
        first_in_sent: qi == 0 || doc.words[qi - 1].sent != q.sent,
        lead,
        leads_para: first_in_para || (lead && (start == 0 || doc.words[start - 1].para != q.para)),
    }
}

/// Whether the quote may continue at all; when not, nobody is named.
fn may_continue(ctx: &Ctx<'_>, p: &Place) -> bool {
    !matches!(ctx.cue.0, Cue::None) || p.first_in_sent || p.lead
}

/// The sentence before the quote's and the word its own sentence starts at, when that sentence
/// is in reach (same paragraph, or the previous one for a quote opening its paragraph).
fn previous_sentence(doc: &Doc<'_>, qi: usize, p: &Place) -> Option<(u32, usize)> {
    let q = &doc.words[qi];
    if q.sent == 0 || !(p.first_in_sent || p.lead || p.short_lead) {
        return None;
    }
    let prev_sent = q.sent - 1;
    let start = (qi.saturating_sub(3)..=qi)
        .find(|&k| doc.words[k].sent == q.sent)
        .unwrap_or(qi);
    let in_reach = start.checked_sub(1).is_some_and(|b| {
        doc.words[b].para + 1 >= q.para && (doc.words[b].para == q.para || p.leads_para)
    });
    in_reach.then_some((prev_sent, start))
}

/// The previous quote's speaker, when that quote was in the sentence just before.
pub(super) fn same_or_previous_sentence(doc: &mut Doc<'_>, ctx: &Ctx<'_>) -> Verdict {
    let p = place(doc, ctx.qi);
    if !may_continue(ctx, &p) {
        return Verdict::Nobody;
    }
    match (previous_sentence(doc, ctx.qi, &p), ctx.last) {
        (Some((prev, _)), Some(last)) if last.sent == prev => {
            Verdict::Said(last.entity, last.written.clone())
        }
        _ => Verdict::Next,
    }
}

/// `X는 … 말했다. “…”`: the subject of the reporting sentence just before.
pub(super) fn previous_report(doc: &mut Doc<'_>, ctx: &Ctx<'_>) -> Verdict {
    let p = place(doc, ctx.qi);
    let Some((prev, start)) = previous_sentence(doc, ctx.qi, &p) else {
        return Verdict::Next;
    };
    Verdict::of_mention(doc, doc.reporting_subject(prev, start))
}

/// `그는 … 단어를 반복했다. “…”`: a quote standing as its own sentence after a sentence whose
/// topic is a person, in the same paragraph, is that person's.
pub(super) fn topic_person(doc: &mut Doc<'_>, ctx: &Ctx<'_>) -> Verdict {
    let p = place(doc, ctx.qi);
    let sent = doc.words[ctx.qi].sent;
    // A paragraph that is nothing but the quote belongs to the person the paragraph before
    // ends on (`베너드 체카소브도 환영했다.⏎“…”`).
    let qi = ctx.qi;
    let alone = p.first_in_para
        && doc
            .words
            .get(qi + 1)
            .is_none_or(|w| w.para != doc.words[qi].para);
    if !(p.first_in_sent && (!p.first_in_para || alone) && ctx.cue.0 == Cue::None && sent > 0) {
        return Verdict::Next;
    }
    Verdict::of_mention(doc, doc.topic_person(sent - 1, ctx.qi))
}

/// The last speaker of this paragraph, or of the previous one for a quote opening its own.
pub(super) fn paragraph(doc: &mut Doc<'_>, ctx: &Ctx<'_>) -> Verdict {
    let p = place(doc, ctx.qi);
    let para = doc.words[ctx.qi].para;
    match ctx.last {
        Some(l) if l.para == para || (l.para + 1 == para && p.leads_para) => {
            Verdict::Said(l.entity, l.written.clone())
        }
        _ => Verdict::Next,
    }
}

/// An answer after an interviewer's question line (`―…?`, `Q.`) is the interviewee's.
pub(super) fn answer(doc: &mut Doc<'_>, ctx: &Ctx<'_>) -> Verdict {
    let p = place(doc, ctx.qi);
    if !(p.first_in_para && doc.after_question(ctx.qi)) {
        return Verdict::Next;
    }
    match ctx.last {
        Some(l) => Verdict::Said(l.entity, l.written.clone()),
        // The first answer: the person the introduction named last (`김지훈 작가를 만났다`).
        None => {
            let at = doc.words[ctx.qi].range().start;
            let m = (0..doc.mentions.len()).rev().find(|&m| {
                doc.mentions[m].pos < at
                    && doc.mentions[m].shape != Shape::Pronoun
                    && doc.entity_of(m).is_some_and(|e| doc.reg.is_person(e))
            });
            Verdict::of_mention(doc, m)
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::quotes::{extract, Rule};

    #[test]
    fn the_next_sentence_goes_on() {
        let q = extract("김민수 장관은 “첫째다”라고 말했다. “둘째다.”");
        assert_eq!(q[1].speaker.as_deref(), Some("김민수"));
        assert_eq!(q[1].rule, Some(Rule::Continuation));
    }

    #[test]
    fn a_quote_after_a_reporting_sentence() {
        let q = extract("김민수 장관은 기자회견에서 입장을 설명했다.\n“우리는 준비가 되어 있다.”");
        assert_eq!(q[0].speaker.as_deref(), Some("김민수"));
        assert_eq!(q[0].rule, Some(Rule::PreviousReport));
    }

    #[test]
    fn a_reason_after_a_stance_is_the_stance_holders() {
        let q = extract(
            "김민수 장관은 수사권을 줘야 한다는 입장이다. 그 이유는 “정부를 믿을 수 없다”는 것이다.",
        );
        assert_eq!(q[0].speaker.as_deref(), Some("김민수"));
        assert_eq!(q[0].rule, Some(Rule::PreviousReport));
    }

    #[test]
    fn a_mid_sentence_bare_quote_does_not_continue() {
        let q = extract("김민수 장관은 “첫째다”라고 말했다. 그 뒤 시장은 “둘째” 문제를 다뤘다.");
        assert_eq!(q[1].speaker, None);
    }
}
