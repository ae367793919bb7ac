//! Quotes with no quotative ending, tied to a speaker by their sentence or the one before:
//! cataphora (`X는 이렇게 말했다. “…”`), a reporting verb in the same sentence, a named source.

use super::super::cue::is_report_verb;
use super::super::doc::REACH;
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
    fn according_to_names_a_source() {
        let q = extract("기상청에 따르면 “내일은 비가 오겠다.”");
        assert_eq!(q[0].rule, Some(Rule::AccordingTo));
        assert_eq!(q[0].speaker.as_deref(), Some("기상청"));
    }
}
