//! Quotes written inside a longer clause that still reports them: the closing mark cuts a
//! verb that goes on after it, a chain joined by a connective, or a remark described by a
//! relative clause before its speech noun.

use super::super::lexicon as lx;
use super::super::tokens::{word_text, Word};

/// How a cut verb may go on after the closing mark (`되고`, `하려는`, `했다는`).
const VERB_STARTS: &[&str] = &[
    "하", "했", "해", "되", "돼", "됐", "시키", "시켰", "받", "당하", "당했",
];

/// Quotative endings that close the clause the cut verb belongs to.
const CLOSING: &[&str] = &[
    "다고",
    "다며",
    "다면서",
    "냐고",
    "냐며",
    "라고",
    "라며",
    "라면서",
];

/// How many words after the quote the closing ending may come.
const TAIL_WORDS: usize = 4;

/// `“…침탈이 자행”되고 있다고 말했다`, `“…무력감을 자극”하려는 목적의 메시지라며`: the
/// closing mark cut a clause whose verb goes on after it and ends, a few words on and before
/// any comma, in a quotative ending. Returns whether that ending chains (`며`) and the word
/// carrying it.
pub(crate) fn cut_clause(text: &str, words: &[Word], qi: usize) -> Option<(bool, usize)> {
    let w = words.get(qi + 1)?;
    let t = word_text(text, w);
    if !w.glued || !VERB_STARTS.iter().any(|v| t.starts_with(v)) {
        return None;
    }
    for (k, n) in words.iter().enumerate().skip(qi + 1).take(TAIL_WORDS) {
        if n.sent != w.sent || n.quote.is_some() {
            return None;
        }
        let nt = word_text(text, n);
        let closes = CLOSING
            .iter()
            .any(|e| nt.ends_with(e) && nt.chars().count() > e.chars().count());
        if closes {
            return Some((nt.ends_with('며') || nt.ends_with("면서"), k));
        }
        if n.comma || n.stop {
            return None;
        }
    }
    None
}

/// How far a list of quoted measures may run before the verb that reports it.
const LIST_REACH: usize = 40;

/// `국세청은 “…징수를 유예”하는 것, “…”, “…” 등을 … 밝혔다`: a quoted clause made a noun
/// by `하는 것`, an item of a list that a reporting verb later in the sentence reports.
/// Returns the word carrying `하는`.
pub(crate) fn listed_measure(text: &str, words: &[Word], qi: usize) -> Option<usize> {
    let w = words.get(qi + 1)?;
    let thing = words
        .get(qi + 2)
        .is_some_and(|n| n.sent == w.sent && word_text(text, n).starts_with('것'));
    if !w.glued || !["하는", "한다는"].contains(&word_text(text, w)) || !thing {
        return None;
    }
    (qi + 3..(qi + 3 + LIST_REACH).min(words.len()))
        .take_while(|&k| words[k].sent == w.sent)
        .any(|k| super::is_report_verb(text, words, k))
        .then_some(qi + 1)
}

/// Connectives that join a quoted reason to the quote after it (`“…위반”이므로 “…”를
/// 취하겠다고`): both share the verb that ends the chain.
const CONNECTIVES: &[&str] = &["이므로", "므로", "이기에", "기에", "이니", "이어서"];

/// `“…”이므로 “…”`: a connective glued to the closing mark, with the next quote right after.
pub(crate) fn connective(text: &str, words: &[Word], qi: usize) -> bool {
    let Some(w) = words.get(qi + 1) else {
        return false;
    };
    w.glued
        && !w.stop
        && CONNECTIVES.contains(&word_text(text, w))
        && words
            .get(qi + 2)
            .is_some_and(|n| n.quote.is_some() && n.sent == w.sent)
}

/// How many words of a relative clause may describe a remark (`“…”는 민영화를 암시하는 듯한
/// 발언을 했다`).
const DESCRIBING_WORDS: usize = 4;

/// The word `k` after `from` (at most [`DESCRIBING_WORDS`] words on) for which `noun(k)`
/// holds, with only plain words of the same sentence between: no quote, comma or stop.
pub(crate) fn described_noun(
    words: &[Word],
    from: usize,
    noun: impl Fn(usize) -> bool,
) -> Option<usize> {
    let sent = words.get(from)?.sent;
    for k in from..=from + DESCRIBING_WORDS {
        let n = words.get(k)?;
        if n.sent != sent || n.quote.is_some() {
            return None;
        }
        if noun(k) {
            return Some(k);
        }
        if n.comma || n.stop {
            return None;
        }
    }
    None
}

/// Whether `between` (the words from a quote to the speech noun after it) describe that
/// noun: none at all, or words whose last is adnominal (`암시하는 듯한`, `등의`, `내용의`)
/// and none of which is itself a remark or a question (`질문에 대한 입장을`: the quote is
/// the question, not the stance).
pub(crate) fn describes(text: &str, between: &[Word]) -> bool {
    let Some(last) = between.last() else {
        return true;
    };
    let adnominal = word_text(text, last).chars().last().is_some_and(|c| {
        let jong = u32::from(c)
            .checked_sub(0xAC00)
            .filter(|&d| d < 11172)
            .map(|d| d % 28);
        c == '의' || matches!(jong, Some(4 | 8))
    });
    adnominal
        && !between.iter().any(|w| {
            let t = word_text(text, w);
            ["질문", "물음"].iter().any(|q| t.starts_with(q))
                || lx::prefixes(&lx::SPEECH_NOUNS, t).next().is_some()
        })
}

/// `발언을 해 논란을 빚었다`: `해`, the connective form of `하다`, after a speech noun.
pub(crate) fn hada_connective(w: &str) -> bool {
    ["해", "해서", "하여"].contains(&w)
}

#[cfg(test)]
mod tests {
    use super::super::super::scan::scan;
    use super::super::super::tokens::tokenize;
    use super::*;

    fn cut(s: &str) -> Option<(bool, usize)> {
        let q = scan(s);
        let w = tokenize(s, &q);
        let qi = w.iter().position(|x| x.quote.is_some()).unwrap();
        cut_clause(s, &w, qi).map(|(chain, k)| (chain, k - qi))
    }

    #[test]
    fn a_cut_verb_that_ends_in_a_quotative_ending() {
        assert_eq!(
            cut("그는 “침탈이 자행”되고 있다고 말했다."),
            Some((false, 2))
        );
        assert_eq!(
            cut("노조는 “조합원의 무력감을 자극”하려는 목적의 메시지라며 반발했다."),
            Some((true, 3))
        );
    }

    #[test]
    fn no_cut_clause_without_a_verb_or_an_ending_in_reach() {
        // A particle, not a verb, after the mark.
        assert_eq!(cut("그는 “침탈이 자행”을 보고 있다고 말했다."), None);
        // A comma ends the clause before any quotative ending.
        assert_eq!(cut("“침탈이 자행”되고 있어, 모두 그렇다고 말했다."), None);
        // Too far.
        assert_eq!(
            cut("“침탈이 자행”되고 있는 것을 보며 모두 걱정한다고 말했다."),
            None
        );
    }

    #[test]
    fn a_quoted_measure_in_a_reported_list() {
        let s = "국세청은 “세금 납부를 최장 9개월 유예”하는 것, “담보 면제” 등을 밝혔다.";
        let q = scan(s);
        let w = tokenize(s, &q);
        let qi = w.iter().position(|x| x.quote.is_some()).unwrap();
        assert_eq!(listed_measure(s, &w, qi), Some(qi + 1));
        // No reporting verb after the list: a plan described, not reported.
        let s = "국세청은 “세금 납부를 최장 9개월 유예”하는 것을 검토한다.";
        let q = scan(s);
        let w = tokenize(s, &q);
        let qi = w.iter().position(|x| x.quote.is_some()).unwrap();
        assert_eq!(listed_measure(s, &w, qi), None);
    }

    #[test]
    fn a_connective_before_the_next_quote() {
        let s = "국무부는 “결의의 명백한 위반”이므로 “적절한 조치”를 취하겠다고 밝혔다.";
        let q = scan(s);
        let w = tokenize(s, &q);
        let qi = w.iter().position(|x| x.quote.is_some()).unwrap();
        assert!(connective(s, &w, qi));
        assert!(!connective(s, &w, qi + 2));
    }
}
