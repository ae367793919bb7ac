//! The attribution sieve: quote → mention → entity, after QuoteLi3.
//!
//! [`SIEVE`] lists the rules from the most to the least certain; the first that names a
//! speaker (or rules that nobody can be named) decides, and the quote records which rule that
//! was. Each family lives in its own module:
//! - [`headline`]: `이름, “…”` at the start of a paragraph;
//! - [`quotative`]: a quotative ending (`“…”라고`, `“…”며`), with the speaker before the quote
//!   in its sentence or between the ending and the reporting verb (chains share the final
//!   verb), or an `X에 따르면` source;
//! - [`clause`]: cataphora (`이렇게 말했다. “…”`), a reporting verb in the quote's sentence,
//!   and `X에 따르면` for quotes with no ending;
//! - [`english`]: English `said`/`says` patterns;
//! - [`continuation`]: no mention in reach, so the previous speaker, the subject of the
//!   preceding reporting sentence, the topic person, or the interviewee after a question;
//! - [`zero`]: a reported quote in a sentence with no subject, said by the person the text
//!   was last about.

mod clause;
mod continuation;
mod english;
mod headline;
mod kind;
mod quotative;
mod zero;

use super::cue::{cue_of, kind_of, Cue};
use super::doc::Doc;
use super::english as en;
use super::lexicon as lx;
use super::scan::RawQuote;
use super::QuoteKind;

/// The rule that attributed a quote, as `dokseo quotes --json` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// `이름, “…”`: a headline naming its speaker before the quote.
    Headline,
    /// `X는 “…”라고 말했다`: the subject before the quote in a sentence with a quotative ending.
    QuotativeBefore,
    /// `그가 언급한 “…”`: the subject of a reporting verb whose object is the quote.
    RelativeClause,
    /// `X는 … 설문조사에서 ‘…?’라는 질문에`: a survey's question, asked by whoever ran it.
    Survey,
    /// `“…”라고 X는 말했다`: the subject between the quotative ending and the reporting verb.
    QuotativeAfter,
    /// `X에 따르면 “…”`: a named source.
    AccordingTo,
    /// `X는 이렇게 말했다. “…”`: a quote announced by the sentence before it, or signed by the
    /// one after (`“…” X의 말이다`).
    Cataphora,
    /// `X는 … “…” 말했다`: the subject of a reporting verb in the quote's sentence.
    ReportingClause,
    /// English `“…,” X said` and `X said: “…”`.
    English,
    /// The speaker of the previous quote goes on (same or next sentence, next paragraph).
    Continuation,
    /// The subject of the reporting sentence just before the quote.
    PreviousReport,
    /// A quote standing as a sentence after one whose topic is a person.
    TopicPerson,
    /// A reported quote in a sentence with no subject: the person the text was last about.
    DroppedSubject,
    /// An answer after an interviewer's question line.
    Answer,
}

impl Rule {
    /// The rule's name as printed (`quotative_before`).
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Headline => "headline",
            Self::QuotativeBefore => "quotative_before",
            Self::QuotativeAfter => "quotative_after",
            Self::RelativeClause => "relative_clause",
            Self::Survey => "survey",
            Self::AccordingTo => "according_to",
            Self::Cataphora => "cataphora",
            Self::ReportingClause => "reporting_clause",
            Self::English => "english",
            Self::Continuation => "continuation",
            Self::PreviousReport => "previous_report",
            Self::TopicPerson => "topic_person",
            Self::DroppedSubject => "dropped_subject",
            Self::Answer => "answer",
        }
    }

    /// What the rule saw, in a few words, for the quote detail view.
    #[must_use]
    pub fn describe(self) -> &'static str {
        match self {
            Self::Headline => "a headline names the speaker before the quote",
            Self::QuotativeBefore => "the subject before the quote, which ends in 라고/고/며",
            Self::QuotativeAfter => "the subject between 라고/고 and the reporting verb",
            Self::RelativeClause => "the subject of a reporting verb that modifies the quote",
            Self::Survey => "a survey's question, asked by whoever ran the survey",
            Self::AccordingTo => "a source named with 에 따르면 or according to",
            Self::Cataphora => "the sentence before announces the quote, or the one after signs it",
            Self::ReportingClause => "the subject of a reporting verb in the same sentence",
            Self::English => "an English said/says pattern",
            Self::Continuation => "the previous quote's speaker goes on",
            Self::PreviousReport => "the subject of the reporting sentence before",
            Self::TopicPerson => "the person the sentence before is about",
            Self::DroppedSubject => "no subject in the sentence: the person named last",
            Self::Answer => "an answer after an interviewer's question",
        }
    }
}

/// Kind, speaker and rule decided for one raw quote.
#[derive(Debug, Clone, Default)]
pub(crate) struct Decision {
    pub kind: Option<QuoteKind>,
    pub entity: Option<usize>,
    pub written: Option<String>,
    pub rule: Option<Rule>,
}

/// The speaker of the last attributed speech, for continuation.
#[derive(Debug, Clone)]
pub(crate) struct Last {
    pub entity: usize,
    pub written: String,
    pub para: u32,
    pub sent: u32,
}

/// What a rule knows about the quote it looks at.
pub(crate) struct Ctx<'c> {
    /// Word index of the quote token.
    pub qi: usize,
    /// The ending after the closing mark and the word carrying it.
    pub cue: (Cue, Option<usize>),
    /// The headline mention, found before the kind was decided.
    pub headline: Option<usize>,
    pub last: &'c Option<Last>,
}

impl Ctx<'_> {
    /// A quotative ending is written after the quote.
    pub(crate) fn quotative(&self) -> bool {
        matches!(self.cue, (Cue::Quotative { .. }, Some(_)))
    }
}

/// What one rule decided.
pub(crate) enum Verdict {
    /// This rule does not apply; try the next.
    Next,
    /// The rule applies, but names nobody (an unresolved pronoun): stop with no speaker.
    Nobody,
    /// The speaker's entity and the form written at the quote.
    Said(usize, String),
}

impl Verdict {
    /// The verdict for a mention the rule picked: its entity, or nobody.
    pub(crate) fn of_mention(doc: &Doc<'_>, m: Option<usize>) -> Self {
        match m {
            None => Self::Next,
            Some(m) => match doc.entity_of(m) {
                Some(e) => Self::Said(e, doc.mentions[m].name.clone()),
                None => Self::Nobody,
            },
        }
    }
}

/// `그가 언급한 ‘…’`: the subject of the reporting verb that modifies the quote.
fn relative_clause(doc: &mut Doc<'_>, ctx: &Ctx<'_>) -> Verdict {
    match kind::said_in_relative(doc, ctx.qi) {
        Some(m) => Verdict::of_mention(doc, Some(m)),
        None => Verdict::Next,
    }
}

/// `알바천국은 … 설문조사에서 ‘…?’라는 질문에`: whoever ran the survey asked it.
fn survey(doc: &mut Doc<'_>, ctx: &Ctx<'_>) -> Verdict {
    let inner = doc.wt(ctx.qi);
    match kind::survey_question(doc, ctx.qi, inner, ctx.cue) {
        Some(m) => Verdict::of_mention(doc, Some(m)),
        None => Verdict::Next,
    }
}

/// One rule of the sieve.
type RuleFn = fn(&mut Doc<'_>, &Ctx<'_>) -> Verdict;

/// The sieve, most certain first.
const SIEVE: &[(Rule, RuleFn)] = &[
    (Rule::Headline, headline::headline),
    (Rule::RelativeClause, relative_clause),
    (Rule::Survey, survey),
    (Rule::QuotativeBefore, quotative::before),
    (Rule::QuotativeAfter, quotative::after),
    (Rule::AccordingTo, quotative::source),
    (Rule::Cataphora, clause::cataphora),
    (Rule::Cataphora, clause::signed_after),
    (Rule::AccordingTo, clause::citation),
    (Rule::ReportingClause, clause::reporting),
    (Rule::AccordingTo, clause::source),
    (Rule::English, english::english),
    (Rule::Continuation, continuation::same_or_previous_sentence),
    (Rule::PreviousReport, continuation::previous_report),
    (Rule::TopicPerson, continuation::topic_person),
    (Rule::DroppedSubject, zero::dropped_subject),
    (Rule::TopicPerson, zero::feature_person),
    (Rule::Continuation, continuation::paragraph),
    (Rule::Answer, continuation::answer),
];

/// The decision for the quote just before quote token `qi`, when that quote's chaining
/// ending (`며`, `라며`, `면서`) is the word right before `qi` in the same sentence, or when it
/// is a headline's quote right before this one.
fn chained_after(doc: &Doc<'_>, qi: usize, out: &[Decision]) -> Option<Decision> {
    // `오상철 장관 “…”…“…”`: a headline's second quote, after only an ellipsis, goes on.
    let prev = doc.words.get(qi.checked_sub(1)?)?;
    if let Some(ri) = prev.quote_index() {
        let w = &doc.words[qi];
        let d = out.get(ri)?;
        let headline = d.rule == Some(Rule::Headline) && d.entity.is_some();
        return (headline
            && prev.para == w.para
            && cue_of(doc.text, &doc.words, qi).0 == Cue::None)
            .then(|| d.clone());
    }
    let cw = qi.checked_sub(1)?;
    let pq = cw.checked_sub(1)?;
    let (pw, w) = (&doc.words[pq], &doc.words[qi]);
    if pw.sent != w.sent || doc.words[cw].sent != w.sent {
        return None;
    }
    let ri = pw.quote_index()?;
    match cue_of(doc.text, &doc.words, pq) {
        (Cue::Quotative { chain: true }, Some(c)) if c == cw => {}
        _ => return None,
    }
    let d = out.get(ri)?;
    (d.kind == Some(QuoteKind::Speech)).then(|| d.clone())
}

/// Decide kind, speaker and rule of every raw quote.
pub(crate) fn attribute(doc: &mut Doc<'_>, raw: &[RawQuote]) -> Vec<Decision> {
    let mut out = vec![Decision::default(); raw.len()];
    let mut last: Option<Last> = None;
    for qi in 0..doc.words.len() {
        let Some(ri) = doc.words[qi].quote_index() else {
            continue;
        };
        let Some(rq) = raw.get(ri) else { continue };
        let inner = doc.text.get(rq.inner.clone()).unwrap_or("");
        let cue = cue_of(doc.text, &doc.words, qi);
        let para = doc.words[qi].para;
        let alone = doc
            .words
            .get(qi.wrapping_sub(1))
            .is_none_or(|w| w.para != para)
            && doc.words.get(qi + 1).is_none_or(|w| w.para != para);
        let mut kind = kind_of(cue.0, inner, alone, rq.nickname);
        if kind::names_not_says(doc, qi, inner) {
            kind = QuoteKind::Term;
        } else if kind::said_in_relative(doc, qi).is_some()
            || kind::described_remark(doc, qi)
            || kind::survey_question(doc, qi, inner, cue).is_some()
        {
            kind = QuoteKind::Speech;
        }
        if kind == QuoteKind::Term && cue.0 == Cue::None && en::reported_fragment(doc, qi, inner) {
            kind = QuoteKind::Speech;
        }
        let headline = doc
            .headline(qi)
            .filter(|_| cue.0 == Cue::None && !rq.nickname);
        if headline.is_some() {
            kind = QuoteKind::Speech;
        }
        // `“A”며 “B”라는 등`, `“A”이라며“B”를 목적으로`: a quote right after a chaining
        // ending goes on with the same words, whatever follows it.
        let chained = chained_after(doc, qi, &out);
        if let Some(prev) = chained.filter(|_| !rq.nickname) {
            kind = QuoteKind::Speech;
            if let (Some(e), Some(w)) = (prev.entity, prev.written.clone()) {
                out[ri] = Decision {
                    kind: Some(kind),
                    entity: Some(e),
                    written: Some(w.clone()),
                    rule: Some(Rule::Continuation),
                };
                last = Some(Last {
                    entity: e,
                    written: w,
                    para,
                    sent: doc.words[qi].sent,
                });
                continue;
            }
        }
        out[ri].kind = Some(kind);
        if kind != QuoteKind::Speech {
            continue;
        }
        let ctx = Ctx {
            qi,
            cue,
            headline,
            last: &last,
        };
        for &(rule, f) in SIEVE {
            match f(doc, &ctx) {
                Verdict::Next => continue,
                Verdict::Nobody => break,
                Verdict::Said(e, written) => {
                    out[ri].entity = Some(e);
                    out[ri].written = Some(written.clone());
                    out[ri].rule = Some(rule);
                    last = Some(Last {
                        entity: e,
                        written,
                        para,
                        sent: doc.words[qi].sent,
                    });
                    break;
                }
            }
        }
    }
    // Nested quotes are someone else's words inside a speech: kind only, no speaker.
    for (d, rq) in out.iter_mut().zip(raw) {
        if d.kind.is_none() {
            let after = doc.text.get(rq.span.end..).unwrap_or("");
            let quoted = lx::longest_prefix(&lx::QUOTATIVE, after).is_some();
            d.kind = Some(if quoted && !rq.nickname {
                QuoteKind::Speech
            } else {
                QuoteKind::Term
            });
        }
    }
    out
}
