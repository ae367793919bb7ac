//! In-document entity resolution: one entity per person or organisation, whatever form a
//! mention uses.
//!
//! A later short form resolves to the full name introduced earlier: a word suffix (`Cox` ←
//! `David D. Cox`), a surname with a title (`김 장관` ← `김민수`), a near-identical spelling
//! (`El Maghroui` ← `El Maghraoui`), or an abbreviation whose syllables appear in order
//! (`공정위` ← `공정거래위원회`). The most recently introduced candidate wins.

use foldhash::HashMap;
use std::cell::RefCell;

use super::lexicon as lx;
use super::mention::{korean_name, Shape};
pub(crate) use forms::near_same;
use forms::{
    abbreviates, abbreviation_like, ends_with_more_words, ends_with_words, hangul_slip, words,
};

/// How many of the latest entities a mention is compared with.
const WINDOW: usize = 512;

/// A person or organisation of one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Entity {
    /// Full name as first introduced.
    pub name: String,
    /// Every form the document uses for it.
    pub forms: Vec<String>,
    pub role: Option<String>,
    pub person: bool,
    /// Registered from a surname and title (`윤 대통령`) before any full name was known.
    pub short: bool,
}

/// The entities of one document, in order of introduction.
#[derive(Debug, Default, Clone)]
pub(crate) struct Registry {
    pub entities: Vec<Entity>,
    /// The latest entity having each name or form, so an exact lookup is not a scan: a long
    /// document mentions hundreds of people, each many times.
    by_form: HashMap<String, usize>,
    /// Names that found nothing, with the `generation` and the number of entities they were
    /// looked up at: until a name or a person flag changes, those entities still do not
    /// match, so only entities registered since are compared (a long document registers one
    /// every few sentences, and compared them all again after each).
    misses: RefCell<HashMap<String, (u64, usize)>>,
    /// Counts changes to registered entities that can turn a miss into a hit.
    generation: u64,
}

/// Whether the entity's role holds `title` (`국무총리` holds `총리`).
fn titled_as(e: &Entity, title: Option<&str>) -> bool {
    title.is_some_and(|t| e.role.as_deref().is_some_and(|r| r.contains(t)))
}

impl Registry {
    /// The entity a mention refers to, registering a new one when `accept` allows.
    pub(crate) fn resolve(
        &mut self,
        name: &str,
        role: Option<&str>,
        shape: Shape,
        person: bool,
        accept: bool,
    ) -> Option<usize> {
        let found = match shape {
            Shape::Pronoun => return None,
            Shape::SurnameTitle => self.by_surname(name, role),
            _ => self.find(name),
        };
        if let Some(id) = found {
            self.push_form(id, name);
            let e = &mut self.entities[id];
            if e.role.is_none() {
                e.role = role.map(str::to_string);
            }
            // A later mention may bring the evidence (a title, an age) the first one lacked.
            if person && !e.person {
                e.person = true;
                self.generation += 1;
            }
            return Some(id);
        }
        if !accept {
            return None;
        }
        let name = match (shape, role) {
            (Shape::SurnameTitle, Some(r)) => format!("{name} {r}"),
            _ => name.to_string(),
        };
        self.entities.push(Entity {
            forms: vec![name.clone()],
            name: name.clone(),
            role: role.map(str::to_string),
            person,
            short: shape == Shape::SurnameTitle,
        });
        let id = self.entities.len() - 1;
        self.index_form(&name, id);
        Some(id)
    }

    /// Records that entity `id` has the form `form` (the latest entity wins).
    fn index_form(&mut self, form: &str, id: usize) {
        let slot = self.by_form.entry(form.to_string()).or_insert(id);
        *slot = (*slot).max(id);
    }

    /// Give a surname-and-title entity (`윤 대통령`, from a headline) the full name that the
    /// document introduces later (`윤석열 대통령`): the same surname with that title.
    pub(crate) fn merge_short_forms(&mut self) {
        for i in 0..self.entities.len() {
            // An organisation abbreviated before it is named in full (`한은 “…”` in a headline,
            // `한국은행은` in the body) takes the full name.
            // A bare three-syllable abbreviation looks like a Korean name (`공정위`), so only
            // a titled person is kept out.
            if !self.entities[i].person || self.entities[i].role.is_none() {
                let e = &self.entities[i];
                let common = lx::ORG_ABBREVIATIONS
                    .iter()
                    .find(|(short, _)| *short == e.name)
                    .map(|(_, full)| *full);
                let full = self
                    .entities
                    .iter()
                    .skip(i + 1)
                    .take(512)
                    .find(|f| {
                        !f.person
                            && (abbreviates(&e.name, &f.name)
                                || common.is_some_and(|c| ends_with_words(&f.name, c)))
                    })
                    .map(|f| f.name.clone());
                if let Some(name) = full {
                    let e = &mut self.entities[i];
                    e.forms.push(name.clone());
                    e.name = name.clone();
                    e.person = false;
                    self.index_form(&name, i);
                    self.generation += 1;
                    continue;
                }
            }
            if !self.entities[i].short {
                continue;
            }
            let e = &self.entities[i];
            let Some((surname, title)) = e.name.split_once(' ') else {
                continue;
            };
            let full = self
                .entities
                .iter()
                .skip(i + 1)
                .take(512)
                .find(|f| {
                    !f.short
                        && korean_name(&f.name)
                        && f.name.starts_with(surname)
                        && f.role.as_deref().is_some_and(|r| r.contains(title))
                })
                .map(|f| (f.name.clone(), f.role.clone()));
            if let Some((name, role)) = full {
                let e = &mut self.entities[i];
                e.forms.push(name.clone());
                e.name = name.clone();
                e.role = role;
                e.short = false;
                self.index_form(&name, i);
                self.generation += 1;
            }
        }
    }

    /// Look up a name without registering it.
    pub(crate) fn find(&self, name: &str) -> Option<usize> {
        // The exact pass, as `latest` would do it: the newest entity with this name or form,
        // among the last `WINDOW`.
        let n = self.entities.len();
        if let Some(&id) = self.by_form.get(name) {
            if id < n && id + WINDOW >= n {
                return Some(id);
            }
        }
        let since = match self.misses.borrow().get(name) {
            Some(&(g, m)) if g == self.generation && m == n => return None,
            Some(&(g, m)) if g == self.generation => m,
            _ => 0,
        };
        let found = self.find_inexact(name, since);
        if found.is_none() {
            self.misses
                .borrow_mut()
                .insert(name.to_string(), (self.generation, n));
        }
        found
    }

    /// The passes of [`Self::find`] after the exact one: a word suffix, a near spelling, an
    /// abbreviation; over entities from `since` on (each pass asks of one entity at a time, so
    /// the entities before a miss's still miss).
    fn find_inexact(&self, name: &str, since: usize) -> Option<usize> {
        let latest = |f: &dyn Fn(&Entity) -> bool| self.latest_since(since, f);
        let nw = words(name);
        if nw.is_empty() {
            return None;
        }
        // Each pass runs over hundreds of entities per lookup: they compare words in place
        // and build a string only for the rare candidate that passes a cheap test first.
        let suffix = |e: &Entity| ends_with_more_words(&e.name, &nw);
        if let Some(id) = latest(&suffix) {
            return Some(id);
        }
        // `Kim` for `Kim Tae-yang`: a romanised East Asian name puts the surname first, and its
        // hyphenated given name shows it.
        let surname_first = |e: &Entity| {
            let mut ew = e.name.split_whitespace();
            e.person
                && nw.len() == 1
                && matches!((ew.next(), ew.next(), ew.next()),
                    (Some(a), Some(b), None) if a == nw[0] && b.contains('-'))
        };
        if let Some(id) = latest(&surname_first) {
            return Some(id);
        }
        let first = name.chars().next();
        // The last `nw.len()` words of the entity's name, joined, when they could be near
        // `name`: `near_same` needs the same first letter.
        let tail_near = |e: &Entity| {
            let head = e.name.split_whitespace().rev().nth(nw.len() - 1);
            if head.is_none_or(|h| h.chars().next() != first) {
                return false;
            }
            let ew = words(&e.name);
            near_same(&ew[ew.len() - nw.len()..].join(" "), name)
        };
        let fuzzy = |e: &Entity| {
            near_same(&e.name, name) || tail_near(e) || (!e.person && hangul_slip(&e.name, name))
        };
        if let Some(id) = latest(&fuzzy) {
            return Some(id);
        }
        if abbreviation_like(name) {
            if let Some(id) = latest(&|e| !e.person && abbreviates(name, &e.name)) {
                return Some(id);
            }
        }
        // `코레일` for `한국철도공사`: short forms in common use, when the document also gives
        // the full name.
        let full = lx::ORG_ABBREVIATIONS
            .iter()
            .find(|(short, _)| *short == name)
            .map(|(_, full)| *full)?;
        latest(&|e| !e.person && ends_with_words(&e.name, full))
    }

    /// `김 장관` → the latest person named 김… whose role holds the title, else any 김….
    fn by_surname(&self, surname: &str, title: Option<&str>) -> Option<usize> {
        let korean = |e: &Entity| korean_name(&e.name) && e.name.starts_with(surname);
        let titled = |e: &Entity| korean(e) && titled_as(e, title);
        // `현 부총리` may be the current one, not 현오석: such a surname needs the title too.
        let modifier = lx::contains(&lx::ROLE_MODIFIERS, surname);
        self.latest(&titled)
            .or_else(|| (!modifier).then(|| self.latest(&korean)).flatten())
            .or_else(|| {
                // A foreign name ending in the written word (`황 CEO` ← `젠슨 황`), titled alike.
                let tail = format!(" {surname}");
                self.latest(&|e| e.name.ends_with(&tail) && titled_as(e, title))
            })
            .or_else(|| {
                // A titled description registered earlier (`김 장관` seen before).
                let full = format!("{surname} {}", title.unwrap_or(""));
                self.latest(&|e| e.name == full)
            })
    }

    /// Exact lookup by a form or a last word, without fuzzy matching (cheap, for pronouns).
    pub(crate) fn find_exact(&self, name: &str) -> Option<usize> {
        if name.is_empty() {
            return None;
        }
        let tail = format!(" {name}");
        self.latest(&|e| {
            e.name == name || e.name.ends_with(&tail) || e.forms.iter().any(|f| f == name)
        })
    }

    /// Adds `form` (an acronym given in parentheses) to entity `id`.
    /// A new form can turn an earlier miss into a hit, so the miss cache starts over.
    pub(crate) fn add_form(&mut self, id: usize, form: &str) {
        self.push_form(id, form);
        self.generation += 1;
    }

    /// Records `form` as one of entity `id`'s forms, once.
    fn push_form(&mut self, id: usize, form: &str) {
        let Some(e) = self.entities.get_mut(id) else {
            return;
        };
        if !e.forms.iter().any(|f| f == form) {
            e.forms.push(form.to_string());
            self.index_form(form, id);
        }
    }

    /// Whether an entity is a person (used by pronouns).
    pub(crate) fn is_person(&self, id: usize) -> bool {
        self.entities.get(id).is_some_and(|e| {
            e.person
                || e.role
                    .as_deref()
                    .is_some_and(|r| r.split(' ').any(|w| lx::contains(&lx::TITLES, w)))
        })
    }
}

mod forms;
mod latest;

#[cfg(test)]
mod tests;
