//! English attribution: `"…," X said`, `said X`, `X said: "…"`, `according to X`, he/she.
//!
//! Used when the Korean rules find no mention; names are runs of capitalised words, resolved
//! through the same registry so that `Smith` finds `Anna Smith`.

use super::doc::Doc;
use super::lexicon as lx;
use super::mention::{is_hangul, Shape};

const REACH: usize = 14;

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase()) && !w.chars().any(is_hangul)
}

fn verb(w: &str) -> bool {
    lx::contains(&lx::EN_VERBS, w)
}

/// A run of capitalised words starting at word `k` going forward; returns (name, next index).
fn run_forward(doc: &Doc<'_>, k: usize, sent: u32) -> (Vec<String>, usize) {
    let mut names = Vec::new();
    let mut j = k;
    while let Some(w) = doc.words.get(j) {
        let t = doc.text.get(w.range()).unwrap_or("");
        if w.sent != sent || w.quote.is_some() || !capitalised(t) || (verb(t) && !names.is_empty())
        {
            break;
        }
        if lx::contains(&lx::EN_TITLES, t) {
            // `Agriculture Secretary Tom Hadley`: what came before the title was part of it.
            names.clear();
        } else {
            names.push(t.to_string());
        }
        j += 1;
        if w.comma {
            break;
        }
    }
    (names, j)
}

/// A run of capitalised words ending just before word `end`.
fn run_backward(doc: &Doc<'_>, end: usize, sent: u32) -> Vec<String> {
    let mut names = Vec::new();
    let mut j = end;
    while j > 0 && names.len() < 4 {
        let w = &doc.words[j - 1];
        let t = doc.text.get(w.range()).unwrap_or("");
        if w.sent != sent
            || w.quote.is_some()
            || !capitalised(t)
            || lx::contains(&lx::EN_TITLES, t)
            || (w.comma && j != end)
        {
            break;
        }
        names.push(t.to_string());
        j -= 1;
    }
    names.reverse();
    names
}

enum Found {
    /// A name and the role an appositive gives it.
    Name(Vec<String>, Option<String>),
    Pronoun(String),
}

/// `Jane Smith, the chief executive of Acme, said`: the appositive between the name (whose
/// last word, before `start`, carries the comma) and the verb at `verb`, as a role without
/// its article.
fn appositive(doc: &Doc<'_>, start: usize, verb: usize) -> Option<String> {
    if verb <= start || verb - start > 10 || !doc.words.get(verb - 1)?.comma {
        return None;
    }
    let words: Vec<&str> = (start..verb).map(|k| text_at(doc, k)).collect();
    let (first, rest) = words.split_first()?;
    let body: Vec<&str> = if ["the", "a", "an"].contains(first) {
        rest.to_vec()
    } else {
        words.clone()
    };
    let role = body.join(" ");
    let role = role.trim_end_matches(',').trim();
    (!role.is_empty() && !role.chars().any(is_hangul)).then(|| role.to_string())
}

fn text_at<'a>(doc: &Doc<'a>, k: usize) -> &'a str {
    doc.words
        .get(k)
        .and_then(|w| doc.text.get(w.range()))
        .unwrap_or("")
}

fn find(doc: &Doc<'_>, qi: usize) -> Option<Found> {
    let sent = doc.words[qi].sent;
    let same = |k: usize| {
        doc.words
            .get(k)
            .is_some_and(|w| w.sent == sent && w.quote.is_none())
    };
    // After the quote: `said X`, `X said`, `he said`, `X, a spokesman, said`.
    let a = qi + 1;
    if same(a) {
        let t = text_at(doc, a);
        if verb(t) {
            let (n, _) = run_forward(doc, a + 1, sent);
            let p = text_at(doc, a + 1);
            if lx::contains(&lx::EN_PRONOUNS, p) {
                return Some(Found::Pronoun(p.to_string()));
            }
            if !n.is_empty() {
                return Some(Found::Name(n, None));
            }
        }
        if lx::contains(&lx::EN_PRONOUNS, t) && verb(text_at(doc, a + 1)) {
            return Some(Found::Pronoun(t.to_string()));
        }
        let (n, j) = run_forward(doc, a, sent);
        if !n.is_empty() {
            let mut k = j;
            // Skip an appositive closed by a comma; it gives the role.
            if doc.words.get(j - 1).is_some_and(|w| w.comma) {
                while same(k) && k < a + REACH && !verb(text_at(doc, k)) {
                    k += 1;
                }
            }
            if same(k) && verb(text_at(doc, k)) {
                return Some(Found::Name(n, appositive(doc, j, k)));
            }
        }
    }
    // Before the quote: `X said: "…"`, `X told reporters, "…"`, and for a quote ending the
    // sentence `X said in a speech that policy was "…"`.
    let lo = qi.saturating_sub(REACH);
    for v in (lo..qi).rev() {
        if !same(v) {
            break;
        }
        if verb(text_at(doc, v)) {
            let p = text_at(doc, v.wrapping_sub(1));
            if v > 0 && same(v - 1) && lx::contains(&lx::EN_PRONOUNS, p) {
                return Some(Found::Pronoun(p.to_string()));
            }
            // `X, president of the Y Fed, said`: the subject is the run opening the sentence.
            if v > 0 && same(v - 1) && doc.words[v - 1].comma {
                let s = (v.saturating_sub(REACH)..v).find(|&k| same(k)).unwrap_or(v);
                let (n, j) = run_forward(doc, s, sent);
                let n: Vec<String> = n
                    .into_iter()
                    .skip_while(|w| lx::contains(&lx::EN_NOT_NAMES, w))
                    .collect();
                if !n.is_empty() && doc.words.get(j.wrapping_sub(1)).is_some_and(|w| w.comma) {
                    return Some(Found::Name(n, appositive(doc, j, v)));
                }
            }
            let n = run_backward(doc, v, sent);
            if !n.is_empty() {
                return Some(Found::Name(n, None));
            }
        }
    }
    // `according to X`.
    let lo = qi.saturating_sub(REACH * 2);
    for k in lo..qi {
        if same(k)
            && text_at(doc, k).eq_ignore_ascii_case("according")
            && text_at(doc, k + 1) == "to"
        {
            let (n, _) = run_forward(doc, k + 2, sent);
            if !n.is_empty() {
                return Some(Found::Name(n, None));
            }
        }
    }
    None
}

/// `… said the bank was "well positioned to wait"`: a phrase of three or more Latin words
/// quoted after a reporting verb of its sentence is reported speech, not a term.
pub(crate) fn reported_fragment(doc: &Doc<'_>, qi: usize, inner: &str) -> bool {
    let latin = inner.chars().any(|c| c.is_ascii_alphabetic()) && !inner.chars().any(is_hangul);
    let sent = doc.words[qi].sent;
    latin
        && inner.split_whitespace().count() >= 3
        && (qi.saturating_sub(REACH)..qi)
            .rev()
            .take_while(|&k| doc.words[k].sent == sent && doc.words[k].quote.is_none())
            .any(|k| verb(text_at(doc, k)))
}

/// A person's name in English prose: two or three capitalised words (initials allowed) after
/// a lower-case word, a title or a sentence start, not opening with an article and holding no
/// organisation word (`Chair Jerome Powell`, `Mary C. Daly,`, `daughter, Nora Reilly-Grant`).
pub(crate) fn name_at(doc: &Doc<'_>, i: usize) -> Option<String> {
    let w = doc.words.get(i)?;
    let t = text_at(doc, i);
    // Most words are not capitalised Latin: they are turned away before the word before is.
    if !capitalised(t) {
        return None;
    }
    let sent = w.sent;
    let prev = i
        .checked_sub(1)
        .filter(|&p| doc.words[p].sent == sent)
        .map(|p| text_at(doc, p));
    let starts = match prev {
        None => true,
        Some(p) => {
            (p.starts_with(|c: char| c.is_ascii_lowercase())
                && !["the", "of", "in", "at", "from", "to", "on"].contains(&p))
                || lx::contains(&lx::EN_TITLES, p)
        }
    };
    if !starts || lx::contains(&lx::EN_TITLES, t) {
        return None;
    }
    let mut run = Vec::new();
    for k in i..(i + 4).min(doc.words.len()) {
        let x = &doc.words[k];
        let s = text_at(doc, k);
        let initial = s.len() == 2 && s.ends_with('.');
        let word = s.chars().skip(1).any(|c| c.is_ascii_lowercase())
            && s.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'');
        if x.sent != sent || x.quote.is_some() || !capitalised(s) || !(initial || word) {
            break;
        }
        run.push(s);
        if x.comma {
            break;
        }
    }
    let person = (2..=3).contains(&run.len())
        && !run.iter().any(|w| {
            lx::contains(&lx::LATIN_ORG_WORDS, w)
                || lx::contains(&lx::EN_NOT_NAMES, w)
                || lx::contains(&lx::EN_TITLES, w)
        })
        && !run.last().is_some_and(|w| w.ends_with('.'));
    person.then(|| run.join(" "))
}

/// Speaker of quote token `qi` by the English rules.
pub(crate) fn attribute(doc: &mut Doc<'_>, qi: usize) -> Option<(usize, String)> {
    match find(doc, qi)? {
        Found::Name(n, role) => {
            let name = n.join(" ");
            let person = n.len() >= 2 && !n.iter().any(|w| lx::contains(&lx::LATIN_ORG_WORDS, w));
            let e = doc
                .reg
                .resolve(&name, role.as_deref(), Shape::Name, person, true)?;
            Some((e, name))
        }
        Found::Pronoun(p) => {
            let lo = qi.saturating_sub(300);
            (lo..qi).rev().find_map(|k| {
                let t = text_at(doc, k);
                if !capitalised(t) {
                    return None;
                }
                let e = doc.reg.find_exact(t)?;
                doc.reg.is_person(e).then(|| (e, p.clone()))
            })
        }
    }
}

impl Doc<'_> {
    /// `according to Mark Ellis`: register the English name so that `Ellis` finds it later.
    pub(crate) fn harvest_according_to(&mut self, i: usize) {
        if self.wt(i) != "to" || i == 0 || !self.wt(i - 1).eq_ignore_ascii_case("according") {
            return;
        }
        let sent = self.words[i].sent;
        let mut run: Vec<&str> = Vec::new();
        for k in i + 1..(i + 5).min(self.words.len()) {
            let w = &self.words[k];
            let t = self.wt(k);
            if w.sent != sent
                || w.quote.is_some()
                || !t.starts_with(|c: char| c.is_ascii_uppercase())
            {
                break;
            }
            // `according to Dr. Priya Raman`: a title is no part of the name.
            if !lx::contains(&lx::EN_TITLES, t) {
                run.push(t);
            }
            if w.comma {
                break;
            }
        }
        let person = run.len() >= 2 && !run.iter().any(|w| lx::contains(&lx::LATIN_ORG_WORDS, w));
        if person {
            self.reg
                .resolve(&run.join(" "), None, Shape::Name, true, true);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::speakers;

    #[test]
    fn titles_and_surname_first_names() {
        let s = "According to Dr. Priya Raman, the findings \"change how we think.\" \
                 \"We saw effects,\" Raman said.";
        assert_eq!(
            speakers(s),
            [Some("Priya Raman".into()), Some("Priya Raman".into())]
        );
        let s = "Kim Tae-yang won on Saturday. \"I felt the crowd,\" Kim told reporters.";
        assert_eq!(speakers(s), [Some("Kim Tae-yang".into())]);
    }

    #[test]
    fn said_after_and_before() {
        assert_eq!(
            speakers("\"We will win,\" Anna Smith said."),
            [Some("Anna Smith".into())]
        );
        assert_eq!(
            speakers("\"We will win,\" said Anna Smith."),
            [Some("Anna Smith".into())]
        );
        assert_eq!(
            speakers("Anna Smith said: \"We will win.\""),
            [Some("Anna Smith".into())]
        );
    }
}
