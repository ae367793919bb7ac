//! Quotes with no quotative ending, tied to a speaker by their sentence or the one before:
//! cataphora (`X는 이렇게 말했다. “…”`), a reporting verb in the same sentence, a named source.

use super::super::cue::is_report_verb;
use super::super::doc::REACH;
use super::super::mention::{self, Shape};
use super::{Ctx, Doc, Verdict};

/// `X는 다음과 같이 말했다: “…”`: the subject of the announcing sentence.
pub(super) fn cataphora(doc: &mut Doc<'_>, ctx: &Ctx<'_>) -> Verdict {
    if ctx.quotative() {
        return Verdict::Next;
    }
    Verdict::of_mention(doc, doc.cataphora(ctx.qi))
}

/// `X는 … “…” 하고 말했다`: a reporting verb in the quote's sentence, and its subject before.
pub(super) fn reporting(doc: &mut Doc<'_>, ctx: &Ctx<'_>) -> Verdict {
    if ctx.quotative() {
        return Verdict::Next;
    }
    let qi = ctx.qi;
    let sent = doc.words[qi].sent;
    let reporting = (qi.saturating_sub(REACH)..(qi + REACH).min(doc.words.len()))
        .filter(|&k| doc.words[k].sent == sent)
        .any(|k| is_report_verb(doc.text, &doc.words, k));
    if !reporting {
        return Verdict::Next;
    }
    Verdict::of_mention(doc, doc.speaker_before(qi, |m| m.subject))
}

/// `“…” 김 장관의 말이다.`, `“…” 이장 권영만씨는 이렇게 말했다.`: a quote standing as its
/// sentence, and the sentence after it says whose words they were: it ends in a speech noun
/// with the copula (the possessor nearest the end speaks), or it reports with 이렇게/그렇게
/// (its subject speaks).
pub(super) fn signed_after(doc: &mut Doc<'_>, ctx: &Ctx<'_>) -> Verdict {
    if ctx.quotative() {
        return Verdict::Next;
    }
    let qi = ctx.qi;
    let sent = doc.words[qi].sent;
    let opens = qi == 0 || doc.words[qi - 1].sent != sent;
    let next = qi + 1;
    let closes = doc.words.get(next).is_some_and(|w| w.sent != sent);
    if !(opens && closes) {
        return Verdict::Next;
    }
    let s2 = doc.words[next].sent;
    let ks: Vec<usize> = (next..(next + REACH).min(doc.words.len()))
        .take_while(|&k| doc.words[k].sent == s2 && doc.words[k].quote.is_none())
        .collect();
    let Some(&end) = ks.last() else {
        return Verdict::Next;
    };
    if doc.words.get(end + 1).is_some_and(|w| w.sent == s2) {
        return Verdict::Next;
    }
    if doc.signs_speech(end) {
        let m = ks.iter().rev().skip(1).find_map(|&k| {
            doc.mention_at(k)
                .filter(|_| doc.wt(k).ends_with('의') || doc.wt(k).ends_with("의)"))
        });
        return Verdict::of_mention(doc, m);
    }
    if !is_report_verb(doc.text, &doc.words, end) {
        return Verdict::Next;
    }
    // A quote that leads its paragraph (`“…” 황미경씨가 말끝을 흐렸다.`) is signed by any
    // reporting sentence after it whose subject is a person; elsewhere 이렇게 must say so.
    let so = ks
        .iter()
        .any(|&k| ["이렇게", "그렇게"].contains(&doc.wt(k)));
    let leads = qi == 0 || doc.words[qi - 1].para != doc.words[qi].para;
    let m = doc.main_subject(next, end);
    let person = m
        .and_then(|m| doc.entity_of(m))
        .is_some_and(|e| doc.reg.is_person(e));
    if so || (leads && person) {
        return Verdict::of_mention(doc, m);
    }
    Verdict::Next
}

/// `“…” (이장희, 2009)`: a quotation followed by a citation in parentheses, as commentaries
/// and papers quote: the author cited is the speaker.
pub(super) fn citation(doc: &mut Doc<'_>, ctx: &Ctx<'_>) -> Verdict {
    if ctx.quotative() {
        return Verdict::Next;
    }
    let end = doc.words[ctx.qi].range().end;
    let after = doc
        .text
        .get(end..)
        .unwrap_or("")
        .trim_start_matches([' ', '\t']);
    let Some(inner) = after
        .strip_prefix('(')
        .and_then(|a| a.get(..a.find(')')?))
        .filter(|i| i.len() <= 60)
    else {
        return Verdict::Next;
    };
    let Some((who, when)) = inner.split_once(',') else {
        return Verdict::Next;
    };
    let (who, when) = (who.trim(), when.trim());
    let dated = when.chars().filter(char::is_ascii_digit).count() >= 4
        && when
            .chars()
            .all(|c| c.is_ascii_digit() || "/.- ".contains(c));
    let named = !who.is_empty()
        && who.split_whitespace().count() <= 3
        && !who.chars().any(|c| c.is_ascii_digit());
    if !(dated && named) {
        return Verdict::Next;
    }
    let person = mention::korean_name(who);
    match doc.reg.resolve(who, None, Shape::Name, person, true) {
        Some(e) => Verdict::Said(e, who.to_string()),
        None => Verdict::Next,
    }
}

/// `X에 따르면 “…”`: a named source before a quote with no ending.
pub(super) fn source(doc: &mut Doc<'_>, ctx: &Ctx<'_>) -> Verdict {
    if ctx.quotative() {
        return Verdict::Next;
    }
    Verdict::of_mention(doc, doc.speaker_before(ctx.qi, |m| m.source))
}

#[cfg(test)]
mod tests {
    use crate::quotes::{extract, Rule};

    #[test]
    fn announced_quote_takes_the_announcer() {
        let q = extract("김민수 장관은 이렇게 말했다. “우리는 준비가 되어 있다.”");
        assert_eq!(q[0].speaker.as_deref(), Some("김민수"));
        assert_eq!(q[0].rule, Some(Rule::Cataphora));
    }

    #[test]
    fn a_sentence_after_the_quote_signs_it() {
        let q = extract("“경기가 바닥을 쳤다.” 김영수 장관의 말이다.");
        assert_eq!(q[0].speaker.as_deref(), Some("김영수"));
        assert_eq!(q[0].rule, Some(Rule::Cataphora));
        let q = extract(
            "“아이 울음소리가 끊겼다.” 경북 의성군의 이장 권영만씨는 운동장을 바라보며 \
             이렇게 말했다.",
        );
        assert_eq!(q[0].speaker.as_deref(), Some("권영만"));
        let q =
            extract("“일할 권리를 말하는 게 어렵나요.” 아들을 잃은 황미경(61)씨가 말끝을 흐렸다.");
        assert_eq!(q[0].speaker.as_deref(), Some("황미경"));
        // A lead quote in its own paragraph, signed by the next one; `에이스` is a role.
        let q = extract(
            "“팀 전체가 만든 승리입니다.”\n\n한빛 이글스의 에이스 류도현(27)은 15승째를 거둔 뒤 \
             이렇게 말했다.",
        );
        assert_eq!(q[0].speaker.as_deref(), Some("류도현"));
        // A sentence that is not about whose words they were signs nothing.
        let q = extract("“경기가 바닥을 쳤다.” 김영수 장관의 책이다.");
        assert_eq!(q[0].speaker, None);
    }

    #[test]
    fn a_citation_after_the_quote_names_its_author() {
        let q = extract("연구는 이렇게 정리한다.\n“실형은 12명이었다.” (이장희, 2009)\n“뉴스였다.” (KBS뉴스, 20/07/16)");
        assert_eq!(q[0].speaker.as_deref(), Some("이장희"));
        assert_eq!(q[1].speaker.as_deref(), Some("KBS뉴스"));
        // A parenthesis that is no citation names nobody.
        let q = extract("“실형은 12명이었다.” (2009년 기준)");
        assert_eq!(q[0].speaker, None);
    }

    #[test]
    fn according_to_names_a_source() {
        let q = extract("기상청에 따르면 “내일은 비가 오겠다.”");
        assert_eq!(q[0].rule, Some(Rule::AccordingTo));
        assert_eq!(q[0].speaker.as_deref(), Some("기상청"));
    }
}
