//! The attribution sieve: quote → mention → entity.
//!
//! Rules run from the most to the least certain: headline `이름, “…”`; a quotative ending with
//! the speaker before the quote in its sentence or between the ending and the reporting verb
//! (chains share the final verb); `X에 따르면`; cataphora (`이렇게 말했다. “…”`); the subject of
//! the preceding reporting sentence; and continuation of the previous speaker. Pronouns resolve
//! to the most recent person mentioned. Every search is bounded, so the pass stays linear.

use super::cue::{cue_of, is_report_verb, kind_of, Cue};
use super::english;
use super::lexicon as lx;
use super::mention::{self, Mention, Shape};
use super::names::Registry;
use super::scan::RawQuote;
use super::tokens::Word;
use super::QuoteKind;

/// How far (in words) searches reach; bounds the work per quote.
const REACH: usize = 40;

/// Kind and speaker decided for one raw quote.
#[derive(Debug, Clone, Default)]
pub(crate) struct Decision {
    pub kind: Option<QuoteKind>,
    pub entity: Option<usize>,
    pub written: Option<String>,
}

/// Per-document state shared by the rules.
pub(crate) struct Doc<'a> {
    pub text: &'a str,
    pub words: Vec<Word>,
    pub mentions: Vec<Mention>,
    /// Entity of each mention (pronouns: resolved lazily).
    pub ents: Vec<Option<usize>>,
    pub reg: Registry,
}

impl<'a> Doc<'a> {
    /// Entity of mention `m`, resolving pronouns to the most recent person before it.
    pub(crate) fn entity_of(&self, m: usize) -> Option<usize> {
        let me = self.mentions.get(m)?;
        if me.shape != Shape::Pronoun {
            return self.ents[m];
        }
        (0..m)
            .rev()
            .take(200)
            .find_map(|k| self.ents[k].filter(|&e| self.reg.is_person(e)))
    }

    /// Mention index at word `k`, if any.
    fn mention_at(&self, k: usize) -> Option<usize> {
        self.mentions.binary_search_by_key(&k, |m| m.word).ok()
    }

    /// The nearest subject mention before word `qi` in the same sentence.
    fn speaker_before(&self, qi: usize, want: fn(&Mention) -> bool) -> Option<usize> {
        let sent = self.words[qi].sent;
        (qi.saturating_sub(REACH)..qi)
            .rev()
            .take_while(|&k| self.words[k].sent == sent)
            .filter_map(|k| self.mention_at(k))
            .find(|&m| want(&self.mentions[m]))
    }

    /// `"…"라고 X는 … 말했다`: a subject mention between the cue and the verb.
    fn speaker_after(&self, cue_word: usize) -> Option<usize> {
        let sent = self.words[cue_word].sent;
        let mut found = None;
        for k in cue_word + 1..(cue_word + REACH).min(self.words.len()) {
            let w = &self.words[k];
            if w.sent != sent || w.quote.is_some() {
                break;
            }
            if found.is_none() {
                found = self.mention_at(k).filter(|&m| self.mentions[m].subject);
            }
            if is_report_verb(self.text, &self.words, k) {
                return found;
            }
        }
        None
    }

    /// The last quote of a chain `“A”며 “B”고 말했다` that starts at quote token `qi`.
    fn chain_end(&self, qi: usize, cue: (Cue, Option<usize>)) -> (usize, Option<usize>) {
        let (mut q, mut c) = (qi, cue);
        while let (Cue::Quotative { chain: true }, Some(cw)) = c {
            let sent = self.words[q].sent;
            let next = (cw + 1..(cw + REACH).min(self.words.len()))
                .take_while(|&k| self.words[k].sent == sent)
                .find(|&k| self.words[k].quote.is_some());
            let Some(n) = next else { break };
            let nc = cue_of(self.text, &self.words, n);
            if !matches!(nc.0, Cue::Quotative { .. }) {
                break;
            }
            q = n;
            c = nc;
        }
        (q, c.1)
    }

    /// The subject of the reporting verb in sentence `sent` (a prior sentence).
    fn reporting_subject(&self, sent: usize, before: usize) -> Option<usize> {
        let lo = before.saturating_sub(REACH * 2);
        let ks: Vec<usize> = (lo..before)
            .filter(|&k| self.words[k].sent == sent)
            .collect();
        let verb = ks
            .iter()
            .rev()
            .find(|&&k| is_report_verb(self.text, &self.words, k))?;
        ks.iter()
            .rev()
            .filter(|&&k| k < *verb)
            .filter_map(|&k| self.mention_at(k))
            .find(|&m| self.mentions[m].subject)
            .or_else(|| {
                ks.iter()
                    .filter(|&&k| k > *verb)
                    .filter_map(|&k| self.mention_at(k))
                    .find(|&m| self.mentions[m].subject)
            })
    }

    /// The first subject of sentence `sent` (ending before word `before`) that is a person.
    fn topic_person(&self, sent: usize, before: usize) -> Option<usize> {
        (before.saturating_sub(REACH)..before)
            .filter(|&k| {
                self.words[k].sent == sent && self.words[k].para == self.words[before].para
            })
            .filter_map(|k| self.mention_at(k))
            .filter(|&m| self.mentions[m].subject)
            .find(|&m| self.entity_of(m).is_some_and(|e| self.reg.is_person(e)))
    }

    /// The paragraph before word `qi`'s is an interviewer's question (`―…`, `Q.`, `문)`).
    fn after_question(&self, qi: usize) -> bool {
        let para = self.words[qi].para;
        // Words are in order, so the first one in reach from that paragraph opens it.
        let Some(prev) = (qi.saturating_sub(REACH)..qi).find(|&k| self.words[k].para + 1 == para)
        else {
            return false;
        };
        let first = self.wt(prev);
        first.starts_with(['―', '—', '–']) || ["Q", "Q.", "문", "문)"].contains(&first)
    }

    fn cataphora(&self, qi: usize) -> Option<usize> {
        let q = &self.words[qi];
        let prev = qi.checked_sub(1)?;
        let pw = &self.words[prev];
        if pw.para + 1 < q.para {
            return None;
        }
        let colon = self
            .text
            .get(pw.range.end..q.range.start)
            .is_some_and(|s| s.contains(':'));
        let sent = pw.sent;
        let lo = prev.saturating_sub(REACH);
        let announced = (lo..=prev)
            .filter(|&k| self.words[k].sent == sent)
            .any(|k| lx::contains(lx::CATAPHORIC, self.wt(k)));
        if !(announced || colon) {
            return None;
        }
        self.reporting_subject(sent, prev + 1)
    }

    /// `이름, “…”`: the mention written just before the quote, closed by a comma, at the
    /// start of its paragraph.
    fn headline(&self, qi: usize) -> Option<usize> {
        let prev = qi.checked_sub(1)?;
        let w = &self.words[prev];
        if w.para != self.words[qi].para {
            return None;
        }
        let para_start = prev == 0 || self.words[prev - 1].para != w.para;
        let bare = para_start
            && mention::confident_korean_name(self.wt(prev))
            && cue_of(self.text, &self.words, qi).0 == Cue::None;
        let m = self.mention_at(prev)?;
        (w.comma || bare || self.mentions[m].headline).then_some(m)
    }
}

fn wanted(m: &Mention) -> bool {
    m.subject
}

/// Decide kind and speaker of every raw quote.
pub(crate) fn attribute(doc: &mut Doc<'_>, raw: &[RawQuote]) -> Vec<Decision> {
    let mut out = vec![Decision::default(); raw.len()];
    // (entity, written, paragraph, sentence) of the last attributed speech.
    let mut last: Option<(usize, String, usize, usize)> = None;
    for qi in 0..doc.words.len() {
        let Some(ri) = doc.words[qi].quote else {
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
        if kind == QuoteKind::Term
            && cue.0 == Cue::None
            && english::reported_fragment(doc, qi, inner)
        {
            kind = QuoteKind::Speech;
        }
        let headline = doc
            .headline(qi)
            .filter(|_| cue.0 == Cue::None && !rq.nickname);
        if headline.is_some() {
            kind = QuoteKind::Speech;
        }
        out[ri].kind = Some(kind);
        if kind != QuoteKind::Speech {
            continue;
        }
        let mention = headline.or_else(|| pick(doc, qi, cue));
        let picked = match mention {
            Some(m) => doc.entity_of(m).map(|e| (e, doc.mentions[m].name.clone())),
            None => english::attribute(doc, qi).or_else(|| continuation(doc, qi, cue, &last)),
        };
        if let Some((e, written)) = picked {
            out[ri].entity = Some(e);
            out[ri].written = Some(written.clone());
            last = Some((e, written, para, doc.words[qi].sent));
        }
    }
    // Nested quotes are someone else's words inside a speech: kind only, no speaker.
    for (d, rq) in out.iter_mut().zip(raw) {
        if d.kind.is_none() {
            let after = doc.text.get(rq.span.end..).unwrap_or("");
            let quoted = lx::longest_prefix(lx::QUOTATIVE, after).is_some();
            d.kind = Some(if quoted && !rq.nickname {
                QuoteKind::Speech
            } else {
                QuoteKind::Term
            });
        }
    }
    out
}

/// The mention that speaks quote token `qi`, by the ordered rules that need a mention.
fn pick(doc: &Doc<'_>, qi: usize, cue: (Cue, Option<usize>)) -> Option<usize> {
    if let (Cue::Quotative { .. }, Some(_)) = cue {
        let before = doc.speaker_before(qi, wanted);
        if before.is_some() {
            return before;
        }
        let (_, end_cue) = doc.chain_end(qi, cue);
        if let Some(after) = end_cue.and_then(|c| doc.speaker_after(c)) {
            return Some(after);
        }
        return doc.speaker_before(qi, |m| m.source);
    }
    if let Some(c) = doc.cataphora(qi) {
        return Some(c);
    }
    let sent = doc.words[qi].sent;
    let reporting = (qi.saturating_sub(REACH)..(qi + REACH).min(doc.words.len()))
        .filter(|&k| doc.words[k].sent == sent)
        .any(|k| is_report_verb(doc.text, &doc.words, k));
    if reporting {
        if let Some(b) = doc.speaker_before(qi, wanted) {
            return Some(b);
        }
    }
    doc.speaker_before(qi, |m| m.source)
}

/// No mention in reach: the subject of the preceding reporting sentence, else the last speaker
/// of this or the previous paragraph.
fn continuation(
    doc: &Doc<'_>,
    qi: usize,
    cue: (Cue, Option<usize>),
    last: &Option<(usize, String, usize, usize)>,
) -> Option<(usize, String)> {
    let q = &doc.words[qi];
    let first_in_para = qi == 0 || doc.words[qi - 1].para != q.para;
    let first_in_sent = qi == 0 || doc.words[qi - 1].sent != q.sent;
    let lead = (qi.saturating_sub(3)..qi)
        .filter(|&k| doc.words[k].sent == q.sent)
        .all(|k| lx::contains(lx::CONTINUATION, doc.wt(k)));
    if matches!(cue.0, Cue::None) && !(first_in_sent || lead) {
        return None;
    }
    if q.sent > 0 && (first_in_sent || lead) {
        let prev_sent = if first_in_sent {
            q.sent - 1
        } else {
            q.sent.saturating_sub(1)
        };
        let start = (qi.saturating_sub(3)..=qi)
            .find(|&k| doc.words[k].sent == q.sent)
            .unwrap_or(qi);
        let in_reach = start.checked_sub(1).is_some_and(|p| {
            doc.words[p].para + 1 >= q.para && (doc.words[p].para == q.para || first_in_para)
        });
        if in_reach {
            if let Some((e, w, _, s)) = last {
                if *s == prev_sent {
                    return Some((*e, w.clone()));
                }
            }
            if let Some(m) = doc.reporting_subject(prev_sent, start) {
                return doc.entity_of(m).map(|e| (e, doc.mentions[m].name.clone()));
            }
        }
    }
    // `그는 … 단어를 반복했다. “…”`: a quote standing as its own sentence after a sentence
    // whose topic is a person, in the same paragraph, is that person's.
    if first_in_sent && !first_in_para && cue.0 == Cue::None && q.sent > 0 {
        if let Some(m) = doc.topic_person(q.sent - 1, qi) {
            return doc.entity_of(m).map(|e| (e, doc.mentions[m].name.clone()));
        }
    }
    let (e, w, p, _) = last.as_ref()?;
    // An answer after an interviewer's question line (`―…?`, `Q.`) is the interviewee's.
    let answer = first_in_para && doc.after_question(qi);
    (*p == q.para || (*p + 1 == q.para && first_in_para) || answer).then(|| (*e, w.clone()))
}
