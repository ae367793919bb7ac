//! Collecting mentions: every word that ends a noun phrase with a subject particle, `에 따르면`,
//! `와/과/의`, a headline comma, or an English `according to` is parsed into a name and role and
//! resolved against the document's registry, in reading order.

use foldhash::{HashMap, HashMapExt};

use super::cue::{cue_of, is_report_verb, Cue};
use super::doc::Doc;
use super::english;
use super::lexicon as lx;
use super::mention::{self, is_hangul, Mention, Shape};
use super::names::Registry;
use super::tokens::{word_text, Word};
use super::wordclass::{foreign_full_name, spaced_title, unparen};

impl<'a> Doc<'a> {
    /// Tokenise and collect every mention, resolving names in reading order.
    pub(crate) fn new(text: &'a str, words: Vec<Word>) -> Self {
        let mut doc = Doc {
            text,
            words,
            mentions: Vec::new(),
            ents: Vec::new(),
            reg: Registry::default(),
            expansions: HashMap::new(),
            full_names: HashMap::new(),
        };
        for i in 0..doc.words.len() {
            doc.harvest(i);
            doc.harvest_according_to(i);
            // English full names, so that `Powell` or `he` finds `Jerome Powell` later.
            if let Some(name) = english::name_at(&doc, i) {
                doc.reg.resolve(&name, None, Shape::Name, true, true);
            }
        }
        doc.reg.merge_short_forms();
        doc
    }

    /// The text of word `i`, empty past the end.
    pub(crate) fn wt(&self, i: usize) -> &'a str {
        self.words.get(i).map_or("", |w| word_text(self.text, w))
    }

    fn harvest(&mut self, i: usize) {
        if let Some(name) = self.quoted_topic(i) {
            if let Some(e) = self.reg.resolve(name, None, Shape::Name, false, true) {
                let sayer = (true, false, false);
                self.push_mention(i, name.to_string(), None, Shape::Name, sayer);
                self.ents.push(Some(e));
            }
            return;
        }
        let w = &self.words[i];
        if w.quote.is_some() {
            return;
        }
        // `도 관계자는, “…”`: a comma after the particle is punctuation, not part of the word.
        let raw = self.wt(i);
        let t = raw.strip_suffix(',').unwrap_or(raw);
        // `측은` belongs to the phrase before it, which `side` reads.
        if lx::contains(&lx::SIDE_WORDS, t) || t == "측의" {
            return;
        }
        let next = self.wt(i + 1);
        let para = w.para;
        let capital_or_hangul = t
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || is_hangul(c));
        let para_start = i == 0 || self.words[i - 1].para != para;
        // `이재명 “…”…`: a headline may give a bare Korean name with no comma.
        let bare = para_start
            && mention::confident_korean_name(t)
            && self.words.get(i + 1).is_some_and(|n| n.quote.is_some())
            && cue_of(self.text, &self.words, i + 1).0 == Cue::None;
        // `정 총리 “…”`, `[인터뷰] 윤서영 소장 “…”`, `한은 “…”`: a headline's speaker ends
        // in a title, a Korean name or an organisation right before the quote.
        let titled = self.words.get(i + 1).is_some_and(|n| n.quote.is_some())
            && cue_of(self.text, &self.words, i + 1).0 == Cue::None
            && (mention::is_title(t) || mention::korean_name(t) || mention::org_like(t));
        let named = w.comma || bare || titled;
        // A topic with its particle (`김민수 교수는, “…”`) is a sentence's subject, not a
        // headline's name (asked only of a word that could name one).
        let particle = || mention::strip_particle(t).is_some() && !mention::korean_name(t);
        let headline = named
            && !particle()
            && capital_or_hangul
            && !is_report_verb(self.text, &self.words, i)
            && self
                .words
                .get(i + 1)
                .is_some_and(|n| n.quote.is_some() && n.para == para)
            && (i.saturating_sub(2)..=i)
                .find(|&k| k == 0 || self.words[k - 1].para != para)
                // `According to Reuters, “…”` is English prose, not a headline.
                .is_some_and(|s| {
                    (s..=i).all(|k| !self.wt(k).starts_with(|c: char| c.is_ascii_lowercase()))
                });
        let mut oblique = false;
        // `리얼미터에서는 “…”고 분석했다`: a name speaking through `에서` right before the quote.
        let mut through = false;
        let (stem, subject, weak, source) = if headline
            || lx::contains(&lx::SUBJECT_WORDS, next)
            || lx::contains(&lx::SIDE_WORDS, next)
        {
            (t, true, false, false)
        } else if let Some(s) = t.strip_suffix('의').filter(|_| self.signs_speech(i + 1)) {
            // `그의 설명이다`: the possessor of a speech noun is its speaker.
            (s, true, false, false)
        } else if let Some(s) = t
            .strip_suffix('에')
            .filter(|_| next.starts_with("따르면") || next.starts_with("의하면"))
        {
            (s, false, false, true)
        } else if let Some(s) = ["에서는", "에서도", "에서"]
            .iter()
            .find_map(|p| t.strip_suffix(p))
            .filter(|s| {
                // `가톨릭계에서는 성명을 내고 “…”며`: a statement issued may come between.
                let q = if t.ends_with("에서는") && self.issues_statement(i + 1) {
                    i + 3
                } else {
                    i + 1
                };
                let reported = self.words.get(q).is_some_and(|n| n.quote.is_some())
                    && matches!(cue_of(self.text, &self.words, q).0, Cue::Quotative { .. })
                    && !lx::contains(&lx::PLACES, s);
                // Only as the clause's topic: `뉴먼은 사죄문에서 “…”` speaks through the
                // first name, and `브리핑에서` is where, not who.
                through = reported && !t.ends_with("에서") && (self.opens_clause(i) || q > i + 1);
                // `국회에서 열린 질문`: where something happened, not who spoke.
                let venue = t.ends_with("에서") && super::wordclass::adnominal_n(next);
                (mention::org_like(s) || reported) && !venue
            })
        {
            // An organisation speaks through `에서` (`교육부에서는`), and so does a name right
            // before a reported quote (`리얼미터에서는 “…”고 분석했다`).
            (s, true, true, false)
        } else if let Some((s, weak)) = mention::strip_particle(t)
            .filter(|_| !spaced_title(t, mention::strip_particle(next).map_or(next, |p| p.0)))
        {
            // (`국가 원수는`: 국가 is half of a title, not 국 and the particle 가.)
            (s, true, weak, false)
        } else if let Some(s) = ["와", "과", "의"].iter().find_map(|p| t.strip_suffix(p)) {
            (s, false, true, false)
        } else if let Some(s) = ["에게", "을", "를"]
            .iter()
            .find_map(|p| t.strip_suffix(p))
            .filter(|s| !s.is_empty())
        {
            // `의사 김모씨에게`, `메릴 에드워드 뉴먼을`: a full name introduced as an object,
            // for the short forms that follow.
            oblique = true;
            (s, false, true, false)
        } else if mention::is_title(t) && i > 0 && mention::korean_name(self.wt(i - 1)) {
            // `이정호 교수 연구팀은`: the name and title introduce a person the text may later
            // call `이 교수`, though the phrase's head is something else.
            (t, false, true, false)
        } else {
            return;
        };
        // `정유나 교수팀은`: a research team named by its head introduces the head, as
        // `이정호 교수 연구팀은` does.
        let team = ["연구팀", "팀"].iter().find_map(|s| stem.strip_suffix(s));
        let (stem, subject, weak) = match team {
            Some(title)
                if mention::is_title(title) && i > 0 && mention::korean_name(self.wt(i - 1)) =>
            {
                (title, false, true)
            }
            _ => (stem, subject, weak),
        };
        // `이정후(26·샌프란시스코 자이언츠)가`: a parenthetical that spans words ends at the
        // particle; the phrase's head is the word that opened it.
        let (head, stem) = match stem.strip_suffix(')').filter(|s| !s.contains('(')) {
            // `항공우주국(NASA)의`: the parenthetical is in the head word itself.
            Some(_) if t.contains('(') => (i, stem),
            // `전자 프런티어 재단 (EFF)은`: an acronym in its own word names the word before.
            Some(_)
                if i > 0
                    && self
                        .text
                        .get(..w.range().start)
                        .is_some_and(|b| b.ends_with('('))
                    && self.words[i - 1].sent == w.sent =>
            {
                (i - 1, self.wt(i - 1))
            }
            Some(_) => match (i.saturating_sub(4)..i)
                .rev()
                .take_while(|&k| self.words[k].sent == w.sent && self.words[k].quote.is_none())
                .find(|&k| self.wt(k).contains('('))
            {
                Some(k) => (k, self.wt(k)),
                None => return,
            },
            None => (i, stem),
        };
        // `회사 측은`, `경찰은`, `시는`: a body named before.
        if let Some(found) = self.named_before(stem, weak).filter(|_| subject) {
            if let Some(e) = found {
                self.push_mention(i, stem.to_string(), None, Shape::Name, (true, false, false));
                self.ents.push(Some(e));
            }
            return;
        }
        // `X 측은`, `재판부는`, `전라북도 관계자는`: bodies rather than named people.
        if subject {
            let body = self
                .side(i, head, stem)
                .or_else(|| self.bench(stem))
                .or_else(|| self.officials(head, stem))
                .or_else(|| self.group(i, head, stem));
            if let Some(b) = body {
                if let Some(e) = b.entity {
                    self.push_mention(i, b.name, None, Shape::Name, (true, false, false));
                    self.ents.push(Some(e));
                }
                return;
            }
        }
        let Some((name, role, shape, person)) = mention::parse(self.text, &self.words, head, stem)
        else {
            return;
        };
        let mut alias = None;
        let (name, role) = match self
            .organisation(head, i, stem, &name, through)
            .filter(|_| shape == Shape::Name && !person && !oblique)
        {
            Some((full, a)) => {
                alias = a;
                (full, None)
            }
            None => (name, role),
        };
        // `법률안을 제안한 그렉 해리스`: a verb form that reads like a Korean name (`제안한`)
        // is no part of the foreign name after it.
        let name = match name.split_once(' ') {
            Some((first, rest))
                if shape == Shape::Name
                    && first.ends_with(['한', '된', '던', '온', '운'])
                    && foreign_full_name(rest) =>
            {
                rest.to_string()
            }
            _ => name,
        };
        // `코레일은` when the document names `한국철도공사`: the full name.
        let name = if shape == Shape::Name && !person {
            self.expansion(&name).unwrap_or(name)
        } else {
            name
        };
        // `뉴먼은` when the document names `메릴 에드워드 뉴먼`: the full name, a person.
        let (name, person) =
            match (shape == Shape::Name && subject && !weak && self.opens_clause(head))
                .then(|| self.foreign_expansion(&name))
                .flatten()
            {
                Some(full) => (full, true),
                None => (name, person),
            };
        // `네이버클라우드는 … “…”고 밝혔다`: a one-word topic opening a sentence that reports a
        // quote is its speaker, though no lexicon knows the name.
        let opener = subject
            && !weak
            && shape == Shape::Name
            && !name.contains(' ')
            && self.opens_reported_sentence(i);
        // `함께 자리한 주장 손재우는 “…”고`: a well-formed Korean name right before a
        // reported quote is its speaker, whatever describes it first.
        let quoted_next = self.reported_quote_at(i + 1, self.words[i].sent);
        let person = person
            || (opener && mention::person_like_name(&name))
            || (subject && !weak && quoted_next && mention::confident_korean_name(&name));
        // `마세리바네 총리는 … “…”며 말했다`: a titled subject of a sentence that reports a
        // quote is a person, though no lexicon knows the name.
        let person = person
            || (subject
                && !weak
                && shape == Shape::Name
                && (mention::is_title(unparen(stem).0)
                    || (head > 0 && spaced_title(self.wt(head - 1), stem)))
                && self.reports_quote_after(i))
            // `법률안을 제안한 그렉 해리스는 “…”라고 말했다`: a foreign full name as the
            // subject of a reported quote.
            || (subject && !weak && foreign_full_name(&name) && self.reports_quote_after(i));
        // A Korean name alone as a headline's speaker is a person (`손흥민, “…”`).
        let person = person || (headline && mention::korean_name(&name));
        let latin_single = !name.contains(' ')
            && name.chars().any(|c| c.is_ascii_uppercase())
            && !name.chars().any(mention::is_hangul);
        let accept = match shape {
            // `그가 언급한 ‘…’`: a pronoun with 가 is the subject of the reporting verb that
            // modifies the quote after it.
            Shape::Pronoun => {
                subject
                    && (!weak
                        || self.words.get(i + 2).is_some_and(|q| q.quote.is_some())
                            && super::wordclass::said_by_relative(self.wt(i + 1)))
            }
            Shape::Descriptive | Shape::SurnameTitle => subject,
            Shape::Name => {
                person
                    || ((subject || source)
                        && (latin_single || mention::org_named(&name, role.as_deref())))
                    || (headline && (name.contains(' ') || mention::korean_name(&name)))
                    || opener
                    || through
                    // `더 선은 “…”`: `The` and a name opening the clause is a publication; the
                    // adverb 더 never stands before a topic noun.
                    || (subject
                        && !weak
                        && name.starts_with("더 ")
                        && head > 0
                        && self.opens_clause(head - 1))
            }
        };
        // An object introduces a full name (`메릴 에드워드 뉴먼을`, `김모씨에게`) only when it
        // is unmistakably one: several words with a title or a honorific.
        let accept = if oblique {
            (person
                && (name.contains(' ')
                    || role.as_deref() == Some("씨")
                    || name.ends_with('씨')
                    // `김지훈 작가를 만났다`: a Korean full name with a title.
                    || (role.is_some() && mention::confident_korean_name(&name))))
                || foreign_full_name(&name)
        } else {
            accept || alias.is_some()
        };
        // An object that introduces no full name is not looked up: objects are many, and the
        // lookup is what costs.
        if oblique && !accept {
            return;
        }
        let ent = self.reg.resolve(
            &name,
            role.as_deref(),
            shape,
            person,
            accept && shape != Shape::Pronoun,
        );
        if let (Some(e), Some(a)) = (ent, alias.as_deref()) {
            self.reg.add_form(e, a);
        }
        if ent.is_none() && !(accept && shape == Shape::Pronoun) {
            return;
        }
        self.push_mention(i, name, role, shape, (subject, source, person));
        if let Some(m) = self.mentions.last_mut() {
            m.headline = headline;
            m.oblique = oblique;
        }
        self.ents.push(ent);
    }

    fn push_mention(
        &mut self,
        i: usize,
        name: String,
        role: Option<String>,
        shape: Shape,
        (subject, source, person): (bool, bool, bool),
    ) {
        let w = &self.words[i];
        self.mentions.push(Mention {
            word: i,
            pos: w.range().start,
            sent: w.sent,
            name,
            role,
            shape,
            subject,
            source,
            person,
            headline: false,
            oblique: false,
        });
    }
}
