//! A foreign surname written alone (`뉴먼은`) stands for the full name the document gives
//! somewhere (`메릴 에드워드 뉴먼을`), even where that full name only appears inside a quote
//! or in a role no rule registers (an object, a possessive). Articles introduce a foreign
//! person once, often inside the first quote that names them, and use the surname after.

use super::lexicon as lx;
use super::mention;
use super::wordclass::{foreign_name_word, syllables, transcribed};

/// What may follow a name in the same word: particles, or a parenthetical (`뉴먼(85)의`).
const TAILS: &[&str] = &[
    "",
    "은",
    "는",
    "이",
    "가",
    "을",
    "를",
    "의",
    "에게",
    "과",
    "와",
    "도",
    "만",
    "께서",
    "이다",
    "으로",
    "로",
    "에게서",
    "씨",
];

/// Whether `w` could be a foreign surname written alone: one Hangul word that no lexicon
/// reads as a Korean name, a title or an organisation.
fn lone_foreign_surname(w: &str) -> bool {
    (2..=5).contains(&syllables(w))
        && !w.ends_with('들')
        && w.chars().all(mention::is_hangul)
        && !mention::korean_name(w)
        && !mention::is_title(w)
        && !mention::org_like(w)
}

/// Where `pat` starts in `text`, left to right and without overlap, as `str::match_indices`
/// finds it, by memchr's vectorised search: these searches read the whole document, once
/// per name looked up.
fn occurrences<'a>(text: &'a str, pat: &'a str) -> impl Iterator<Item = usize> + 'a {
    // An empty pattern matches at every character (not every byte, as memmem would have it).
    // Only one of the two iterators is given the text to read.
    let empty = pat.is_empty();
    let (every, haystack) = if empty { (text, "") } else { ("", text) };
    let chars = every
        .char_indices()
        .map(|(i, _)| i)
        .chain(empty.then_some(text.len()));
    let found = memchr::memmem::find_iter(haystack.as_bytes(), pat.as_bytes());
    chars.chain(found.filter(move |_| !empty))
}

/// Whether every word of `full` but the last is used in `text` only as part of this name:
/// each time it is written, another word of the name follows. A given name (`메릴`) passes;
/// a common word that happens to stand before a noun (`사고 헬기`, `기존 기술`) is written
/// elsewhere with a particle or an ending and fails, and so does a description
/// (`시민권자 메릴 뉴먼`, where `시민권자의` appears too).
fn given_names_only(text: &str, full: &str) -> bool {
    let words: Vec<&str> = full.split(' ').collect();
    let Some((_, given)) = words.split_last() else {
        return false;
    };
    // `경제학자인 피에르 르노`: a description ending in the copula is no given name.
    let described = |g: &str| {
        g.strip_suffix('인')
            .is_some_and(|s| mention::is_title(s) || lx::contains(&lx::DESCRIPTIVE, s))
    };
    given.iter().enumerate().all(|(k, g)| {
        !described(g)
            && occurrences(text, g).all(|at| {
                let after = &text[at + g.len()..];
                after.strip_prefix(' ').is_some_and(|rest| {
                    // `아니스 셰이프 … 아니스 샤리프`: a lone given name before another
                    // transcribed surname (a second spelling) still is a given name.
                    let next = rest.split_whitespace().next().unwrap_or("");
                    words[k + 1..].iter().any(|w| rest.starts_with(w))
                        || (words.len() == 2 && foreign_name_word(next) && transcribed(next))
                })
            })
    })
}

/// How many occurrences of a surname are looked at: a full name comes early, and the bound
/// keeps a huge document's cost linear.
const MAX_OCCURRENCES: usize = 256;

/// How far back (in bytes) the given names are looked for.
const WINDOW: usize = 120;

/// The longest foreign full name in `text` that ends in the surname `name` (three words
/// before two; the first written on ties), or `None`.
pub(crate) fn foreign_full_form(text: &str, name: &str) -> Option<String> {
    if !lone_foreign_surname(name) {
        return None;
    }
    // Candidates in order of first appearance, each checked once.
    let mut candidates: Vec<&str> = Vec::new();
    for at in occurrences(text, name).take(MAX_OCCURRENCES) {
        let after = &text[at + name.len()..];
        let word_end = after.find(char::is_whitespace).unwrap_or(after.len());
        let tail = &after[..word_end];
        let tail = tail.split_once('(').map_or(tail, |(t, _)| t);
        let tail = tail.trim_end_matches([',', '.', '"', '”', '’', '\'']);
        if !TAILS.contains(&tail) {
            continue;
        }
        let mut from = at.saturating_sub(WINDOW);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let before = &text[from..at];
        if !before.ends_with(' ') {
            continue;
        }
        // Up to two words before, on the same line and in the same clause.
        let line = before
            .rsplit(['\n', ',', '.', '"', '“', '”', '(', ')'])
            .next();
        let words: Vec<&str> = line.unwrap_or("").split_whitespace().collect();
        for n in (1..=2).rev() {
            let Some(first) = words.len().checked_sub(n) else {
                continue;
            };
            // `words` borrow from `before`, so a word's address gives its offset.
            let start = from + (words[first].as_ptr() as usize - before.as_ptr() as usize);
            let full = &text[start..at + name.len()];
            if !candidates.contains(&full) {
                candidates.push(full);
            }
        }
    }
    let fits = |full: &str| full.split(' ').all(foreign_name_word) && given_names_only(text, full);
    let with_words = |n: usize| {
        candidates
            .iter()
            .copied()
            .filter(|c| c.matches(' ').count() == n)
            .find(|c| fits(c))
    };
    let three = with_words(2);
    let two = || with_words(1);
    three.or_else(two).map(|full| (*full).to_string())
}

/// How many words before `(ACRONYM)` may name what it stands for.
const ACRONYM_WORDS: usize = 4;

/// `ISAF는` when the document writes `국제 안보 지원군(ISAF)`: the Hangul phrase an acronym
/// was given for, in the first place it is given. The phrase is the run of plain Hangul words
/// right before the parenthesis, stopping at a possessive, a particle, an adverb, a verb form
/// or a word in another script (`NATO 소속의 국제 안보 지원군(ISAF)` gives `국제 안보
/// 지원군`).
pub(crate) fn acronym_full_form(text: &str, acronym: &str) -> Option<String> {
    let acronym_like = (2..=8).contains(&acronym.len())
        && acronym
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && acronym
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_uppercase());
    if !acronym_like {
        return None;
    }
    let at = memchr::memmem::find(text.as_bytes(), format!("({acronym})").as_bytes())?;
    let line = text[..at]
        .rsplit(['\n', ',', '.', '"', '“', '”', '(', ')'])
        .next()?;
    if line.ends_with(char::is_whitespace) {
        return None;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    let plain = |w: &&str| {
        w.chars().all(mention::is_hangul)
            && !w.ends_with(['의', '은', '는', '을', '를', '에', '와', '과', '로'])
            && !lx::contains(&lx::ADVERBS, w)
            && !super::wordclass::adnominal(w)
    };
    let n = words
        .iter()
        .rev()
        .take(ACRONYM_WORDS)
        .take_while(|w| plain(w))
        .count();
    let phrase = words[words.len() - n..].join(" ");
    (n > 0 && syllables(&phrase.replace(' ', "")) >= 3).then_some(phrase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_acronym_names_the_phrase_it_was_given_for() {
        let text = "작전 당시 NATO 소속의 국제 안보 지원군(ISAF)에 따르면 ISAF는";
        assert_eq!(
            acronym_full_form(text, "ISAF").as_deref(),
            Some("국제 안보 지원군")
        );
        assert_eq!(
            acronym_full_form("한편 아시아 축구 연맹(AFC)은", "AFC").as_deref(),
            Some("아시아 축구 연맹")
        );
        // Not given in the text, not an acronym, or nothing plain before it.
        assert_eq!(acronym_full_form(text, "NATO"), None);
        assert_eq!(acronym_full_form("국제 연맹(Fifa)", "Fifa"), None);
        assert_eq!(acronym_full_form("NATO의 (ISAF)", "ISAF"), None);
    }

    #[test]
    fn finds_the_longest_full_name_even_inside_a_quote() {
        let text = "미국 시민권자 메릴 뉴먼(85)의 사죄문이 공개됐다. 통신은 \"미국 공민 메릴 \
                    에드워드 뉴먼을 억류했다\"고 밝혔다. 뉴먼은 \"죄송하다\"고 말했다.";
        assert_eq!(
            foreign_full_form(text, "뉴먼").as_deref(),
            Some("메릴 에드워드 뉴먼")
        );
    }

    #[test]
    fn two_words_when_that_is_all_the_text_gives() {
        let text = "그렉 해리스 의원이 법안을 냈다. 해리스는 \"좋다\"고 말했다.";
        assert_eq!(
            foreign_full_form(text, "해리스").as_deref(),
            Some("그렉 해리스")
        );
    }

    #[test]
    fn common_words_before_a_noun_are_no_given_names() {
        let text = "사고 헬기는 추락했다. 사고가 났다. 헬기는 \"…\"";
        assert_eq!(foreign_full_form(text, "헬기"), None);
        let text = "시민권자 메릴 뉴먼(85)이 왔다. 미국 시민권자의 사죄문. 뉴먼은";
        assert_eq!(
            foreign_full_form(text, "뉴먼").as_deref(),
            Some("메릴 뉴먼")
        );
    }

    #[test]
    fn a_given_name_written_with_two_spellings_of_the_surname() {
        let text = "아니스 셰이프 대변인은 밝혔다. 아니스 샤리프는 말했다. 샤리프는 \"…\"며";
        assert_eq!(
            foreign_full_form(text, "샤리프").as_deref(),
            Some("아니스 샤리프")
        );
        // A common word before another plain noun still is no given name.
        let text = "사고 헬기는 추락했다. 사고 현장은 넓다. 헬기는 \"…\"";
        assert_eq!(foreign_full_form(text, "헬기"), None);
    }

    #[test]
    fn no_full_name_for_korean_names_organisations_or_inside_words() {
        assert_eq!(
            foreign_full_form("대한민국 정부는 밝혔다. 정부는", "정부"),
            None
        );
        assert_eq!(foreign_full_form("도종환 의원은 말했다", "도종환"), None);
        // `뉴먼스` is another word; `메릴 뉴먼스` names no 뉴먼.
        assert_eq!(
            foreign_full_form("메릴 뉴먼스가 왔다. 뉴먼은", "뉴먼"),
            None
        );
        // Across a comma, the words before belong to another phrase.
        assert_eq!(foreign_full_form("이에, 뉴먼은 말했다", "뉴먼"), None);
    }

    #[test]
    fn occurrences_are_those_match_indices_finds() {
        for (text, pat) in [
            ("뉴먼 뉴먼뉴먼 x", "뉴먼"),
            ("aaaa", "aa"),
            ("한글 text", ""),
            ("", ""),
            ("abc", "d"),
        ] {
            let want: Vec<usize> = text.match_indices(pat).map(|(i, _)| i).collect();
            assert_eq!(
                occurrences(text, pat).collect::<Vec<_>>(),
                want,
                "{text:?} {pat:?}"
            );
        }
    }
}
