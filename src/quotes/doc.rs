//! A document as the sieve sees it: its words, its mentions and their entities, and the
//! bounded searches the rules share (the subject before a quote, the subject between a
//! quotative ending and its verb, the subject of a reporting sentence).
//!
//! Pronouns resolve to the most recent person mentioned. Every search is bounded, so the pass
//! stays linear.

use foldhash::HashMap;

use super::cue::{copula_speech, cue_of, is_report_verb, Cue};
use super::lexicon as lx;
use super::mention::{self, Mention, Shape};
use super::names::Registry;
use super::tokens::Word;
use super::wordclass::ends_clause;

/// How far (in words) searches reach; bounds the work per quote.
pub(crate) const REACH: usize = 40;

/// Per-document state shared by the rules.
pub(crate) struct Doc<'a> {
    pub text: &'a str,
    pub words: Vec<Word>,
    pub mentions: Vec<Mention>,
    /// Entity of each mention (pronouns: resolved lazily).
    pub ents: Vec<Option<usize>>,
    pub reg: Registry,
    /// Short forms of organisations looked up in the text (`코레일` → `한국철도공사` when the
    /// text names it), each once per document.
    pub expansions: HashMap<String, Option<String>>,
    /// Foreign surnames looked up for the full name the text gives (`뉴먼` → `메릴 에드워드
    /// 뉴먼`), each once per document.
    pub full_names: HashMap<String, Option<String>>,
}

/// `기술했다는`, `있다는`, `하냐는`, `때문인지에 (대한)`, `추진해온`, `발표했던`: a clause
/// ending that makes the clause modify a noun.
fn ends_embedded_clause(w: &str) -> bool {
    // The adnominal of a verb (`곽 전 교육감이 추진해온 조직개편`); two syllables are too
    // often a noun (`대한`).
    let verb = ["해온", "했던", "하던", "한", "된", "던"]
        .iter()
        .any(|e| w.ends_with(e) && w.chars().count() >= 3);
    verb || [
        "다는",
        "냐는",
        "라는",
        "자는",
        "다던",
        "인지에",
        "는지에",
        "은지에",
        "인지를",
        "는지를",
    ]
    .iter()
    .any(|e| w.ends_with(e) && w.chars().count() > 2)
}

impl<'a> Doc<'a> {
    /// Word `k` ends a clause that modifies a noun, so a subject (이/가) left of it is that
    /// clause's. A clause that dates the main one (`서울행정법원에 재직하던 2007년에`,
    /// `장관으로 일하던 당시`) shares its subject, so it does not count.
    pub(crate) fn embeds(&self, k: usize) -> bool {
        let w = &self.words[k];
        if w.quote.is_some() || !ends_embedded_clause(self.wt(k)) {
            return false;
        }
        let next = self.words.get(k + 1).filter(|n| n.sent == w.sent);
        let dated = next.is_some_and(|_| {
            let n = self.wt(k + 1);
            n.starts_with(|c: char| c.is_ascii_digit())
                || ["당시", "때", "시절", "시기", "무렵", "중"]
                    .iter()
                    .any(|t| n.starts_with(t))
        });
        !dated
    }

    /// Entity of mention `m`, resolving pronouns to the most recent person before it.
    pub(crate) fn entity_of(&self, m: usize) -> Option<usize> {
        let me = self.mentions.get(m)?;
        if me.shape != Shape::Pronoun {
            return self.ents[m];
        }
        (0..m)
            .rev()
            .take(200)
            .filter(|&k| !self.mentions[k].oblique)
            .find_map(|k| self.ents[k].filter(|&e| self.reg.is_person(e)))
    }

    /// Mention index at word `k`, if any.
    pub(crate) fn mention_at(&self, k: usize) -> Option<usize> {
        self.mentions.binary_search_by_key(&k, |m| m.word).ok()
    }

    /// The nearest subject mention before word `qi` in the same sentence. A body speaking
    /// through `에서` gives way to a topic before it (`장관은 국회에서 기자들과 만나 “…”`:
    /// the minister speaks, in the National Assembly).
    pub(crate) fn speaker_before(&self, qi: usize, want: fn(&Mention) -> bool) -> Option<usize> {
        let found = self.nearest_before(qi, want)?;
        let k = self.mentions[found].word;
        if !self.wt(k).ends_with("에서") {
            return Some(found);
        }
        let topic = self
            .nearest_before(k, want)
            .filter(|&m| !self.wt(self.mentions[m].word).ends_with("에서"));
        Some(topic.unwrap_or(found))
    }

    fn nearest_before(&self, qi: usize, want: fn(&Mention) -> bool) -> Option<usize> {
        let sent = self.words[qi].sent;
        // `X가 … 했다는 질문에 “…”`: a subject (이/가) left of an embedded clause's ending
        // belongs to that clause, not to the verb that reports the quote; a topic (은/는)
        // stays the main clause's (`알트먼은 … 있다는 생각을 “…”이라고 일축했다`).
        let mut embedded = false;
        (qi.saturating_sub(REACH)..qi)
            .rev()
            .take_while(|&k| self.words[k].sent == sent)
            .filter_map(|k| {
                let m = self
                    .mention_at(k)
                    .filter(|_| !embedded || !self.wt(k).ends_with(['이', '가']));
                embedded |= self.embeds(k);
                m
            })
            .find(|&m| want(&self.mentions[m]))
    }

    /// `"…"라고 X는 … 말했다`: a subject mention between the cue and the verb.
    pub(crate) fn speaker_after(&self, cue_word: usize) -> Option<usize> {
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
    pub(crate) fn chain_end(&self, qi: usize, cue: (Cue, Option<usize>)) -> (usize, Option<usize>) {
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
    pub(crate) fn reporting_subject(&self, sent: u32, before: usize) -> Option<usize> {
        let lo = before.saturating_sub(REACH * 2);
        let ks: Vec<usize> = (lo..before)
            .filter(|&k| self.words[k].sent == sent)
            .collect();
        let verb = ks
            .iter()
            .rev()
            .find(|&&k| is_report_verb(self.text, &self.words, k))?;
        let mut embedded = false;
        ks.iter()
            .rev()
            .filter(|&&k| k < *verb)
            .filter_map(|&k| {
                let m = self
                    .mention_at(k)
                    .filter(|_| !embedded || !self.wt(k).ends_with(['이', '가']));
                embedded |= self.embeds(k);
                m
            })
            .find(|&m| self.mentions[m].subject)
            .or_else(|| {
                ks.iter()
                    .filter(|&&k| k > *verb)
                    .filter_map(|&k| self.mention_at(k))
                    .find(|&m| self.mentions[m].subject)
            })
    }

    /// The subject of the main clause among words `first..end` (one sentence): the subject
    /// nearest its end, skipping subjects (이/가) of clauses embedded under a noun.
    pub(crate) fn main_subject(&self, first: usize, end: usize) -> Option<usize> {
        let mut embedded = false;
        (first..end)
            .rev()
            .filter_map(|k| {
                let m = self
                    .mention_at(k)
                    .filter(|_| !embedded || !self.wt(k).ends_with(['이', '가']));
                embedded |= self.embeds(k);
                m
            })
            .find(|&m| self.mentions[m].subject && !self.mentions[m].oblique)
    }

    /// Word `k` is a speech noun with the copula that says whose words came before
    /// (`설명이다`, and `말이다` too, which after a possessor signs rather than restates).
    pub(crate) fn signs_speech(&self, k: usize) -> bool {
        let t = self.wt(k);
        copula_speech(self.text, &self.words, k)
            || ["말이다", "말입니다", "말이었다"]
                .iter()
                .any(|e| t.starts_with(e))
    }

    /// Word `i` opens its sentence (after adverbs at most) and the sentence reports a quote
    /// with a quotative ending.
    pub(crate) fn opens_reported_sentence(&self, i: usize) -> bool {
        let sent = self.words[i].sent;
        // `논란이 일어나자 부산시는 “…”`: a subordinate clause may come first.
        let opens = (i.saturating_sub(2)..i)
            .filter(|&k| self.words[k].sent == sent)
            .all(|k| lx::contains(&lx::ADVERBS, self.wt(k)))
            || (i > 0 && self.words[i - 1].sent == sent && ends_clause(self.wt(i - 1)));
        let t = self.wt(i);
        let plain = !t.chars().any(|c| c.is_ascii_digit())
            && !lx::contains(&lx::NOT_NAMES, t)
            && !lx::contains(&lx::ADVERBS, t)
            && !["에는", "에서는", "로는", "으로는", "서는", "에도"]
                .iter()
                .any(|e| t.ends_with(e));
        opens && plain && self.reports_quote_after(i)
    }

    /// Word `i` opens a clause: nothing before it in its sentence but adverbs, a quote, or a
    /// word that ends in a comma. A name does; a noun after a modifier (`새로운 기술은`)
    /// does not.
    pub(crate) fn opens_clause(&self, i: usize) -> bool {
        let Some(p) = i.checked_sub(1) else {
            return true;
        };
        let w = &self.words[p];
        w.sent != self.words[i].sent
            || w.comma
            || w.quote.is_some()
            || lx::contains(&lx::ADVERBS, self.wt(p))
    }

    /// `'더 선'은 '…'라고 밝혔다`: word `i` is a topic particle glued to a short quoted name
    /// that opens its clause, and a reported quote follows right after it; the name, marks
    /// removed. Publications, groups and nicknames are often written in quotation marks.
    pub(crate) fn quoted_topic(&self, i: usize) -> Option<&'a str> {
        let (w, p) = (self.words.get(i)?, i.checked_sub(1)?);
        let topic = w.quote.is_none() && w.glued && ["은", "는", "이", "가"].contains(&self.wt(i));
        if !topic
            || !self.reported_quote_at(i + 1, w.sent)
            || self.words[p].quote.is_none()
            || !self.opens_clause(p)
        {
            return None;
        }
        let name = self
            .wt(p)
            .trim_matches(|c: char| "'\"‘’“”「」『』".contains(c));
        let short = name.split(' ').count() <= 3 && name.chars().count() <= 15;
        let plain = !name.is_empty() && !name.contains(['.', '?', '!', ',']);
        (short && plain).then_some(name)
    }

    /// A quote with a quotative ending follows word `i` in its sentence.
    pub(crate) fn reports_quote_after(&self, i: usize) -> bool {
        let sent = self.words[i].sent;
        (i + 1..(i + 40).min(self.words.len()))
            .take_while(|&k| self.words[k].sent == sent)
            .any(|k| self.reported_quote_at(k, sent))
    }

    /// Word `k` is a quote of sentence `sent` with a quotative ending (`“…”라고`, `“…”며`).
    pub(crate) fn reported_quote_at(&self, k: usize, sent: u32) -> bool {
        self.words.get(k).is_some_and(|w| {
            w.quote.is_some()
                && w.sent == sent
                && matches!(cue_of(self.text, &self.words, k).0, Cue::Quotative { .. })
        })
    }

    /// The first subject of sentence `sent` (ending before word `before`) that is a person.
    pub(crate) fn topic_person(&self, sent: u32, before: usize) -> Option<usize> {
        (before.saturating_sub(REACH)..before)
            .filter(|&k| self.words[k].sent == sent)
            .filter_map(|k| self.mention_at(k))
            .filter(|&m| self.mentions[m].subject)
            .find(|&m| self.entity_of(m).is_some_and(|e| self.reg.is_person(e)))
    }

    /// The paragraph before word `qi`'s is an interviewer's question (`―…`, `Q.`, `문)`).
    pub(crate) fn after_question(&self, qi: usize) -> bool {
        let para = self.words[qi].para;
        // Words are in order, so the first one in reach from that paragraph opens it.
        let Some(prev) = (qi.saturating_sub(REACH)..qi).find(|&k| self.words[k].para + 1 == para)
        else {
            return false;
        };
        let first = self.wt(prev);
        first.starts_with(['―', '—', '–']) || ["Q", "Q.", "문", "문)"].contains(&first)
    }

    pub(crate) fn cataphora(&self, qi: usize) -> Option<usize> {
        let q = &self.words[qi];
        let prev = qi.checked_sub(1)?;
        let pw = &self.words[prev];
        if pw.para + 1 < q.para {
            return None;
        }
        let colon = self
            .text
            .get(pw.range().end..q.range().start)
            .is_some_and(|s| s.contains(':'));
        let sent = pw.sent;
        let lo = prev.saturating_sub(REACH);
        let announced = (lo..=prev)
            .filter(|&k| self.words[k].sent == sent)
            .any(|k| lx::contains(&lx::CATAPHORIC, self.wt(k)));
        if !(announced || colon) {
            return None;
        }
        self.reporting_subject(sent, prev + 1)
    }

    /// `이름, “…”`: the mention written just before the quote, closed by a comma, at the
    /// start of its paragraph.
    pub(crate) fn headline(&self, qi: usize) -> Option<usize> {
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
