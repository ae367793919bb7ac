//! A quotative ending after the closing mark (`“…”라고`, `“…”고`, `“…”며`) ties the quote to a
//! reporting verb; the speaker is that verb's subject.

use super::super::mention::Shape;
use super::super::wordclass::relative_verb;
use super::{Ctx, Doc, Verdict};

/// `X는 “…”라고 말했다`: the nearest subject before the quote in its sentence.
pub(super) fn before(doc: &mut Doc<'_>, ctx: &Ctx<'_>) -> Verdict {
    if !ctx.quotative() {
        return Verdict::Next;
    }
    let m = doc.speaker_before(ctx.qi, |m| m.subject);
    Verdict::of_mention(doc, m.map(|m| outer_topic(doc, ctx.qi, m)))
}

/// `코레일은 대학생은 “…”이라고 했다`: two topics in a row before the quote; the second is
/// what the quoted words are about, the first is who says them.
fn outer_topic(doc: &Doc<'_>, qi: usize, m: usize) -> usize {
    let k = doc.mentions[m].word;
    let topic = |k: usize| doc.wt(k).ends_with(['은', '는']);
    let outer = (k + 1 == qi && k > 0 && topic(k) && topic(k - 1))
        .then(|| doc.mention_at(k - 1))
        .flatten()
        .filter(|&o| doc.mentions[o].subject && doc.words[k - 1].sent == doc.words[k].sent);
    outer.unwrap_or(m)
}

/// `“…”라고 X는 말했다`, `“A”며 “B”고 X는 말했다`: the subject between the last ending of
/// the chain and its reporting verb.
pub(super) fn after(doc: &mut Doc<'_>, ctx: &Ctx<'_>) -> Verdict {
    if !ctx.quotative() {
        return Verdict::Next;
    }
    let (_, end_cue) = doc.chain_end(ctx.qi, ctx.cue);
    let Some(c) = end_cue else {
        return Verdict::Next;
    };
    // `“…”고 말한 김민수 의원은`, `“…”고 본 나상윤 위원의 말처럼`: the quote is the object of
    // a relative clause, and the person it modifies said it.
    if let Some(m) = said_by_the_one_after(doc, c) {
        return Verdict::of_mention(doc, Some(m));
    }
    Verdict::of_mention(doc, doc.speaker_after(c))
}

/// The person right after an adnominal reporting verb that follows cue word `c`.
fn said_by_the_one_after(doc: &Doc<'_>, c: usize) -> Option<usize> {
    let sent = doc.words[c].sent;
    let v = c + 1;
    doc.words
        .get(v)
        .filter(|w| w.sent == sent && w.quote.is_none())?;
    let t = doc.wt(v);
    if !relative_verb(t) {
        return None;
    }
    (v + 1..(v + 7).min(doc.words.len()))
        .take_while(|&k| doc.words[k].sent == sent && doc.words[k].quote.is_none())
        .find_map(|k| doc.mention_at(k))
        .filter(|&m| {
            let me = &doc.mentions[m];
            me.shape != Shape::Pronoun
                && !me.oblique
                && !me.name.starts_with(t)
                && doc.entity_of(m).is_some_and(|e| doc.reg.is_person(e))
        })
}

/// `X에 따르면 “…”라고 한다`: a named source before the quote.
pub(super) fn source(doc: &mut Doc<'_>, ctx: &Ctx<'_>) -> Verdict {
    if !ctx.quotative() {
        return Verdict::Next;
    }
    Verdict::of_mention(doc, doc.speaker_before(ctx.qi, |m| m.source))
}

#[cfg(test)]
mod tests {
    use crate::quotes::{extract, Rule};

    fn rules(s: &str) -> Vec<(Option<String>, Option<Rule>)> {
        extract(s)
            .into_iter()
            .map(|q| (q.speaker.as_deref().map(str::to_string), q.rule))
            .collect()
    }

    #[test]
    fn speaker_before_and_after_the_quote() {
        assert_eq!(
            rules("김민수 국토교통부 대변인은 “오늘 발표한다”고 말했다."),
            [(Some("김민수".into()), Some(Rule::QuotativeBefore))]
        );
        assert_eq!(
            rules("“오늘 발표한다”고 김민수 국토교통부 대변인은 말했다."),
            [(Some("김민수".into()), Some(Rule::QuotativeAfter))]
        );
    }

    #[test]
    fn real_news_forms_of_the_speaker_and_the_ending() {
        // A period after the closing mark ends the sentence; it is no ending of its own.
        assert_eq!(
            rules("중앙정보부에 따르면 “이들은 조직을 결성했다”.")[0].1,
            Some(Rule::AccordingTo)
        );
        // `라` alone before the verb, and 양 with 모 as the honorific of an anonymous girl.
        assert_eq!(
            rules("목격자인 양 모양은 \"처음에는 몰랐다.\"라 했다.")[0]
                .0
                .as_deref(),
            Some("양 모양")
        );
        // The subject of a question's clause is not the one who answers it.
        let got = rules(
            "김민수 장관은 “첫째다”라고 말했다. 박영희 의원이 책임이 있는지에 대한 질문에 “아니다”고 답했다.",
        );
        assert_eq!(got[1].0.as_deref(), Some("김민수"));
        // Two topics in a row: the first speaks, the second is what the words are about.
        let got = rules("한국철도공사는 대학생은 “문만 여닫을 것”이라고 했다.");
        assert_eq!(got[0].0.as_deref(), Some("한국철도공사"));
        // `김모씨` as written, and `김씨` later is the same person.
        let got = rules("의사 김모씨에게 검찰이 구형했다. 김씨는 \"몰랐다\"고 주장했다.");
        assert_eq!(got[0].0.as_deref(), Some("김모씨"));
        // A verb form that reads like a Korean name is no part of the foreign name after it.
        assert_eq!(
            rules("법률안을 제안한 그렉 해리스는 \"이 법안은 법률이다\" 라고 말했다.")[0]
                .0
                .as_deref(),
            Some("그렉 해리스")
        );
    }

    #[test]
    fn a_quoted_name_as_the_topic() {
        let got = rules("이어, '뉴욕타임스'는 '협상이 결렬됐다'라고 보도했다.");
        assert_eq!(
            got[1],
            (Some("뉴욕타임스".into()), Some(Rule::QuotativeBefore))
        );
        // A quoted sentence is what is talked about, not who talks.
        let got = rules("그러자 “정부는 믿을 수 없다.”는 “근거가 없다”라고 반박했다.");
        assert_eq!(got[1].0, None);
    }

    #[test]
    fn the_content_of_a_message_sent() {
        let got = rules("법원은 28일 “이유를 설명하라”는 내용의 문서를 종로경찰서에 보냈다.");
        assert_eq!(got[0], (Some("법원".into()), Some(Rule::QuotativeBefore)));
        // The content of a statistic is no message.
        let got = rules("통계청은 “매출이 늘었다”는 내용의 통계를 인용했다.");
        assert_eq!(got[0].0, None);
    }

    #[test]
    fn a_korean_name_right_before_a_reported_quote() {
        // No title makes 손재우 a person; the quote right after the name does.
        let got = rules("함께 자리한 주장 손재우는 “이기겠다”고 각오를 다졌다.");
        assert_eq!(got[0], (Some("손재우".into()), Some(Rule::QuotativeBefore)));
    }

    #[test]
    fn a_title_written_as_two_words() {
        // `국가` is half of `국가원수`, not the surname 국 with the particle 가.
        let got = rules("카다피 국가 원수는 이번 공습에 대해 “식민지화를 위한 공격”이라며 밝혔다.");
        assert_eq!(got[0], (Some("카다피".into()), Some(Rule::QuotativeBefore)));
    }

    #[test]
    fn the_one_a_relative_clause_describes_said_it() {
        let got = rules("“끝까지 싸우겠다”고 말한 김민수 의원은 다음 날 사퇴했다.");
        assert_eq!(got[0], (Some("김민수".into()), Some(Rule::QuotativeAfter)));
        let got = rules("“사실무근”이라고 밝힌 A씨는 법적 대응을 예고했다.");
        assert_eq!(got[0].0.as_deref(), Some("A씨"));
        // The verb is no part of the name, even before a title the lexicons do not know.
        let got = rules("그러나 “어렵다”고 본 나상윤 공공교통네트워크 정책위원의 말처럼, 늦었다.");
        assert_eq!(got[0].0.as_deref(), Some("나상윤"));
        // A name right after the ending is still the subject (`“…”고 신혜원 대변인이`).
        let got = rules("“뜻을 모았다”고 신혜원 대통령실 대변인이 전했다.");
        assert_eq!(got[0].0.as_deref(), Some("신혜원"));
    }

    #[test]
    fn a_chain_shares_the_final_verb() {
        let got = rules("“첫째다”며 “둘째다”고 김민수 대변인은 말했다.");
        assert_eq!(got[0], (Some("김민수".into()), Some(Rule::QuotativeAfter)));
    }
}
