//! Speakers that are bodies rather than named people: a side (`박근혜 대통령 당선자 측`,
//! `선관위 측`), the bench (`재판부` → the court or judge named before), officials of a body
//! (`전라북도 관계자`, `이 관계자`), and organisations named by their whole phrase.

use super::cue::speech_noun_with;
use super::doc::Doc;
use super::lexicon as lx;
use super::mention::{self, Shape};
use super::phrase::{paren_alias, plain_phrase};
use super::wordclass::{is_place, org_category, syllables, unparen};

/// Heads of descriptions of officials, named with the body before them (`기상청 관계자`).
const OFFICIALS: &[&str] = &["관계자", "관계자들", "당국자", "소식통", "대변인실"];

/// What a body rule decided for a mention.
pub(crate) struct Body {
    pub name: String,
    pub entity: Option<usize>,
}

impl Doc<'_> {
    /// Words `k` and `k + 1` issue a statement (`성명을 내고`, `논평을 통해`) in the same
    /// sentence.
    pub(crate) fn issues_statement(&self, k: usize) -> bool {
        let (Some(a), Some(b)) = (self.words.get(k), self.words.get(k + 1)) else {
            return false;
        };
        speech_noun_with(self.text, a, &["을", "를"])
            && a.sent == b.sent
            && a.quote.is_none()
            && ["내고", "내어", "내며", "통해", "발표하고", "발표하며"].contains(&self.wt(k + 1))
    }

    /// `X 측은` / `X측은`: the organisation X when the document knows it, else the side itself,
    /// named by its whole phrase.
    pub(crate) fn side(&mut self, i: usize, head: usize, stem: &str) -> Option<Body> {
        let glued = stem.strip_suffix('측').filter(|s| !s.is_empty());
        let next = self.wt(i + 1);
        if glued.is_none() && !lx::contains(&lx::SIDE_WORDS, next) {
            return None;
        }
        let core = glued.unwrap_or(stem);
        // `구청 측` after `강서구청`: the organisation whose name ends in the word.
        let found = self
            .reg
            .find(core)
            .or_else(|| self.reg.latest_org_ending_in(core));
        if let Some(e) = found.filter(|&e| !self.reg.is_person(e)) {
            return Some(Body {
                name: format!("{core} 측"),
                entity: Some(e),
            });
        }
        let words = plain_phrase(self.text, &self.words, head, core);
        let name = format!("{} 측", words.join(" "));
        let entity = self
            .reg
            .resolve(&name, None, Shape::Descriptive, false, true);
        Some(Body { name, entity })
    }

    /// `회사 측은` (the organisation last named), `서울 마포경찰서는 … 경찰은` (the agency
    /// named before), `여수시는 … 시는` (the local government): a word that stands for a body
    /// named before. `Some` when `stem` is such a word, holding the body if one was named.
    pub(crate) fn named_before(&self, stem: &str, weak: bool) -> Option<Option<usize>> {
        if lx::contains(&lx::ORG_REFERENCES, stem) {
            if let Some(e) = self.reg.latest_organisation() {
                return Some(Some(e));
            }
        }
        if let Some(e) = self.reg.latest_agency(stem) {
            return Some(Some(e));
        }
        (!weak && ["시", "도", "군", "구"].contains(&stem))
            .then(|| self.reg.latest_local_government(stem))
    }

    /// `재판부는`: the court or judge named last, else the bench itself.
    pub(crate) fn bench(&mut self, stem: &str) -> Option<Body> {
        if stem != "재판부" {
            return None;
        }
        let entity = self
            .reg
            .latest_court()
            .or_else(|| self.reg.resolve(stem, None, Shape::Name, false, true));
        Some(Body {
            name: stem.to_string(),
            entity,
        })
    }

    /// `전라북도 관계자는`: officials named with their body; `이 관계자는`: the officials named
    /// last.
    pub(crate) fn officials(&mut self, head: usize, stem: &str) -> Option<Body> {
        let core = unparen(stem).0;
        if !OFFICIALS.contains(&core) {
            return None;
        }
        let prev = head.checked_sub(1).map_or("", |p| self.wt(p));
        let same_sentence = head
            .checked_sub(1)
            .is_some_and(|p| self.words[p].sent == self.words[head].sent);
        if same_sentence && prev == "이" {
            let entity = self.reg.latest_ending_with(core)?;
            return Some(Body {
                name: format!("이 {core}"),
                entity: Some(entity),
            });
        }
        let words = plain_phrase(self.text, &self.words, head, stem);
        if words.len() < 2 {
            return None;
        }
        let name = words.join(" ");
        let entity = self
            .reg
            .resolve(&name, None, Shape::Descriptive, true, true);
        Some(Body { name, entity })
    }

    /// The full name of an organisation written in a short form that the document also
    /// writes in full: a short form in common use (`코레일` → `한국철도공사`) or a university
    /// (`서울대` → `서울대학교`).
    pub(crate) fn expansion(&mut self, name: &str) -> Option<String> {
        // `대한민국 전경련`: the short form is the phrase's last word.
        if let Some((_, last)) = name.rsplit_once(' ') {
            return self.expansion(last);
        }
        if let Some(known) = self.expansions.get(name) {
            return known.clone();
        }
        let common = lx::ORG_ABBREVIATIONS
            .iter()
            .find(|(short, _)| *short == name)
            .map(|(_, full)| (*full).to_string());
        let university = name
            .ends_with('대')
            .then(|| format!("{name}학교"))
            .filter(|_| mention::korean_name(name) || mention::org_like(name));
        let full = common
            .or(university)
            .filter(|full| self.text.contains(full.as_str()))
            .or_else(|| super::fullname::acronym_full_form(self.text, name));
        self.expansions.insert(name.to_string(), full.clone());
        full
    }

    /// The foreign full name the document gives for a surname written alone, looked up
    /// once per document.
    pub(crate) fn foreign_expansion(&mut self, name: &str) -> Option<String> {
        if let Some(known) = self.full_names.get(name) {
            return known.clone();
        }
        let full = super::fullname::foreign_full_form(self.text, name);
        self.full_names.insert(name.to_string(), full.clone());
        full
    }

    /// `주민들은 “…”라며`, `야3당 의원들 또한 “…”`: a group, named by its phrase, as the
    /// subject of a reported quote.
    pub(crate) fn group(&mut self, i: usize, head: usize, stem: &str) -> Option<Body> {
        if !stem.ends_with('들') || syllables(stem) < 3 || !self.reports_quote_after(i) {
            return None;
        }
        let name = plain_phrase(self.text, &self.words, head, stem).join(" ");
        let entity = self
            .reg
            .resolve(&name, None, Shape::Descriptive, false, true);
        Some(Body { name, entity })
    }

    /// An organisation is named by its whole phrase (`서울지방경찰청 광역수사대`,
    /// `대한민국 정부`), and an acronym it gives in parentheses becomes one of its forms.
    /// `head` is the phrase's head word and `at` the word carrying the particle; `through`
    /// says the name speaks through `에서는`. Returns the name to use and the acronym.
    pub(crate) fn organisation(
        &self,
        head: usize,
        at: usize,
        stem: &str,
        name: &str,
        through: bool,
    ) -> Option<(String, Option<String>)> {
        // A name speaking through `에서는` is a body, whatever its ending.
        if !through && !mention::org_named(name, None) {
            return None;
        }
        let mut words = plain_phrase(self.text, &self.words, head, stem);
        // `미국 뉴욕타임스`, `시민단체 공정사회시민연대`: a country before a publication, or
        // the kind of body, describes the name rather than being part of it.
        while words.len() > 1 {
            let last = words[words.len() - 1];
            let media = lx::longest_suffix(&lx::MEDIA_SUFFIXES, last).is_some();
            if org_category(words[0]) || (media && is_place(words[0])) {
                words.remove(0);
            } else {
                break;
            }
        }
        let full = words.join(" ");
        if !full.ends_with(name) {
            return None;
        }
        // The parenthesis may span words (`연맹(이하 AFC)가`): read to the particle's word.
        let start = self.words.get(head).map_or(0, |w| w.range().start);
        let end = self.words.get(at).map_or(start, |w| w.range().end);
        let written = self.text.get(start..end).unwrap_or(stem);
        let alias = paren_alias(written)
            .or_else(|| paren_alias(stem))
            .map(str::to_string);
        Some((full, alias))
    }
}

#[cfg(test)]
mod tests {
    use crate::quotes::speakers;

    #[test]
    fn short_forms_take_the_full_name_the_text_gives() {
        let s = "한국철도공사의 대체 인력이 투입됐다. 코레일은 “복귀하라”고 말했다.";
        assert_eq!(speakers(s), [Some("한국철도공사".into())]);
        let s = "서울대학교에서 일하던 박씨가 출국했다. 결국 서울대는 “규정을 어겼다”며 해임했다.";
        assert_eq!(speakers(s), [Some("서울대학교".into())]);
        // Without the full name in the text, the short form stands.
        let s = "코레일은 “복귀하라”고 말했다.";
        assert_eq!(speakers(s), [Some("코레일".into())]);
    }

    #[test]
    fn bodies_by_their_whole_phrase() {
        let s = "이 사건을 수사한 서울지방경찰청 광역수사대는 “협박했다”고 전했다. \
                 전라북도 관계자는 “기대된다”고 말했다. 해당 학부 학생 측은 “비민주적”이라고 주장했다.";
        assert_eq!(
            speakers(s),
            [
                Some("서울지방경찰청 광역수사대".into()),
                Some("전라북도 관계자".into()),
                Some("해당 학부 학생 측".into())
            ]
        );
    }

    #[test]
    fn groups_speak_as_their_phrase() {
        let s = "주민들은 그 소리가 “총소리” “땅굴파는 소리”라는 등의 주장을 펼치며 두려워했다. \
                 야3당 의원들 또한 “중단하라”며 반발했다.";
        assert_eq!(
            speakers(s),
            [
                Some("주민들".into()),
                Some("주민들".into()),
                Some("야3당 의원들".into())
            ]
        );
    }

    #[test]
    fn the_police_and_prosecutors_named_before() {
        let s = "서울 마포경찰서는 30대를 체포했다고 밝혔다. 경찰은 “동기를 조사하고 있다”고 했다.";
        assert_eq!(speakers(s), [Some("서울 마포경찰서".into())]);
        // With no station named, the police speak as themselves.
        assert_eq!(
            speakers("경찰은 “동기를 조사하고 있다”고 했다."),
            [Some("경찰".into())]
        );
    }

    #[test]
    fn the_bench_is_the_judge_named_before() {
        let s = "서울중앙지법 형사3단독 서승렬 판사는 징역형을 선고했다. 재판부는 “실형이 불가피하다”고 밝혔다.";
        assert_eq!(speakers(s), [Some("서승렬".into())]);
    }
}
