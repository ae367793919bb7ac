//! What follows a closing mark (quotative ending, `라는`, a particle, nothing), reporting verbs,
//! and the speech/term decision that rests on them.

pub(crate) mod embedded;

use super::lexicon as lx;
use super::tokens::{word_text, Word};
use super::QuoteKind;

/// The ending written after a closing mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cue {
    /// `라고`, `고`, `라며` ...; `chain` for the connective ones that lead to another quote.
    Quotative { chain: bool },
    /// `"X"라고 불리는`: naming, so a term.
    Naming,
    /// `라는`, `이란`: a term.
    Adnominal,
    /// A case particle or other glued word: the quote is part of a noun phrase.
    Particle,
    /// Nothing attached.
    None,
}

/// The cue after quote token `qi` and the index of the word that carries it.
pub(crate) fn cue_of(text: &str, words: &[Word], qi: usize) -> (Cue, Option<usize>) {
    // `“총소리” “땅굴파는 소리”라는 등의 주장`: quotes side by side, with no comma between,
    // share the ending written after the last of them (a few at most).
    let mut qi = qi;
    for _ in 0..4 {
        let side_by_side = words.get(qi + 1).is_some_and(|n| {
            n.quote.is_some() && n.para == words[qi].para && !words[qi].comma && !words[qi].stop
        });
        if !side_by_side {
            break;
        }
        qi += 1;
    }
    let Some(w) = words.get(qi + 1) else {
        return (Cue::None, None);
    };
    if w.para != words[qi].para || w.quote.is_some() {
        return (Cue::None, None);
    }
    let t = word_text(text, w);
    let spaced_ok = t.starts_with('라') || t.starts_with("이라");
    if !w.glued && !spaced_ok {
        return (Cue::None, None);
    }
    // `“…”…여야 대표`: an ellipsis separates a headline quote from what follows.
    if t.starts_with(['…', '·']) {
        return (Cue::None, None);
    }
    // `“…”는 입장을 밝혔다`: the quote is the content of a stance or remark being reported.
    if ["는", "라는", "이라는"].contains(&t) {
        // `“…”라는 등의 주장을 펼치며`, `“…”는 민영화를 암시하는 듯한 발언을 해`: a few
        // words may describe the remark between the quote and its noun.
        let object =
            |k: usize| speech_noun_with(text, &words[k], &["을", "를", "으로", "로", "까지", "도"]);
        let noun = embedded::described_noun(words, qi + 2, object)
            .filter(|&k| embedded::describes(text, &words[qi + 2..k]));
        if let Some(nk) = noun {
            // `문서를 경찰서에 보냈다`: the one it is sent to may stand before the verb.
            let to = words
                .get(nk + 1)
                .is_some_and(|n| n.sent == w.sent && word_text(text, n).ends_with(['에', '게']));
            let vk = nk + 1 + usize::from(to);
            let verb = words.get(vk).map_or("", |n| word_text(text, n));
            // `입장을 끝내 굽히지 않았다`: an adverb may stand before the verb.
            let after = words.get(vk + 1).map_or("", |n| word_text(text, n));
            let adverb = lx::contains(&lx::ADVERBS, verb) || verb.ends_with(['히', '내']);
            let reported = is_report_verb(text, words, vk)
                || lx::longest_prefix(&lx::STANCE_VERBS, verb).is_some()
                || embedded::hada_connective(verb)
                || (adverb && lx::longest_prefix(&lx::STANCE_VERBS, after).is_some());
            if reported {
                return (Cue::Quotative { chain: false }, Some(qi + 1));
            }
        }
        let noun = words.get(qi + 2).map_or("", |n| word_text(text, n));
        // `“…”라는 입장이다`, `“…”는 게 그의 설명이다`: the quote is what the noun reports.
        let thing = ["게", "것이", "것"].contains(&noun);
        // `“…”는 게 김영수 장관의 설명이다`: a name and a title may stand before the noun.
        let stance = (qi + 2..qi + 7)
            .take_while(|&k| k == qi + 2 || thing)
            .any(|k| copula_speech(text, words, k));
        if stance {
            return (Cue::Quotative { chain: false }, Some(qi + 1));
        }
    }
    let clause = word_text(text, &words[qi]).split_whitespace().count() >= 3;
    // `“…”된다는 것이다`, `“…”는 것입니다`: the sentence ends saying that the quote is what
    // was said (the subject's claim or reason).
    if clause && w.glued && t.ends_with('는') {
        let next = words.get(qi + 2).filter(|n| n.sent == w.sent);
        let ends = next.is_some_and(|n| {
            let nt = word_text(text, n);
            (n.stop || words.get(qi + 3).is_none_or(|m| m.sent != n.sent))
                && ["것이다", "것입니다", "것이었다", "것이라고"]
                    .iter()
                    .any(|e| nt.starts_with(e))
        });
        if ends {
            return (Cue::Quotative { chain: false }, Some(qi + 1));
        }
    }
    // `“…새 이정표”가 세워졌다는 발언을 했다`: the quote, with a particle, is part of a
    // clause that a speech noun reports.
    if w.glued && ["이", "가", "은", "는", "을", "를", "도"].contains(&t) {
        let verb = words.get(qi + 2).filter(|n| n.sent == w.sent);
        let noun = words.get(qi + 3).filter(|n| n.sent == w.sent);
        let embedded = verb.is_some_and(|n| {
            let v = word_text(text, n);
            ["다는", "라는", "냐는"]
                .iter()
                .any(|e| v.ends_with(e) && v.chars().count() > 2)
        });
        let speech = noun
            .is_some_and(|n| speech_noun_with(text, n, &["을", "를", "으로", "로", "이", "가"]));
        if embedded && speech {
            return (Cue::Quotative { chain: false }, Some(qi + 2));
        }
    }
    // `“…”라 했다`: `라` alone, the short of `라고`, before a reporting verb.
    if t == "라" && w.glued && is_report_verb(text, words, qi + 2) {
        return (Cue::Quotative { chain: false }, Some(qi + 1));
    }
    if lx::longest_prefix(&lx::ADNOMINAL, t).is_some() {
        return (Cue::Adnominal, Some(qi + 1));
    }
    if let Some(q) = lx::longest_prefix(&lx::QUOTATIVE, t) {
        let next = words.get(qi + 2).map_or("", |n| word_text(text, n));
        let rest = &t[q.len()..];
        if lx::longest_prefix(&lx::NAMING_VERBS, next).is_some() && rest.is_empty() {
            return (Cue::Naming, Some(qi + 1));
        }
        // `"…"고 ` is a quotative only when glued; `고성능` after a space is a word.
        if q == "고" && !w.glued {
            return (Cue::None, None);
        }
        let chain = lx::contains(&lx::CHAINING, q) && !rest.starts_with('도');
        return (Cue::Quotative { chain }, Some(qi + 1));
    }
    // `“…전체에서 5위”를 차지한다면서`: the quote is the object of a verb that itself ends in
    // a quotative ending, so the words are still reported. A term takes that place too
    // (`‘해자’를 갖고 있다고`), so only words of a clause's length count.
    let next = words
        .get(qi + 2)
        .filter(|n| n.sent == w.sent && n.quote.is_none());
    if clause && ["을", "를"].contains(&t) {
        if let Some(n) = next
            .map(|n| word_text(text, n))
            .filter(|n| reported_verb(n))
        {
            let chain = n.ends_with('며') || n.ends_with("면서");
            return (Cue::Quotative { chain }, Some(qi + 2));
        }
    }
    // `“…있”다면서`, `“…하”냐고`: the closing mark cut the verb, whose ending follows it.
    if w.glued && cut_verb_tail(t) {
        return (
            Cue::Quotative {
                chain: t.ends_with('며') || t.ends_with("면서"),
            },
            Some(qi + 1),
        );
    }
    // `“…자행”되고 있다고 말했다`: the cut verb goes on for a few words before its ending.
    if clause {
        if let Some((chain, k)) = embedded::cut_clause(text, words, qi) {
            return (Cue::Quotative { chain }, Some(k));
        }
        if let Some(k) = embedded::listed_measure(text, words, qi) {
            return (Cue::Quotative { chain: false }, Some(k));
        }
    }
    // `“…위반”이므로 “…”를 취하겠다고`: a reason joined to the next quote of the chain.
    if embedded::connective(text, words, qi) {
        return (Cue::Quotative { chain: true }, Some(qi + 1));
    }
    (Cue::Particle, Some(qi + 1))
}

/// `차지한다면서`, `했다고`, `없다며`, `구한다는`: a verb in the plain form with a quotative
/// ending, or the adnominal one that reports (`“…”을 구한다는 내용의 메시지`).
fn reported_verb(w: &str) -> bool {
    ["다면서", "다며", "다고", "냐며", "냐고", "다는"]
        .iter()
        .any(|e| w.ends_with(e) && w.chars().count() > e.chars().count())
}

/// `다고`, `였다며`, `냐면서`: a verb's last syllables and a quotative ending, written after a
/// closing mark that cut the verb.
fn cut_verb_tail(t: &str) -> bool {
    let Some(stem) = ["고", "며", "면서"].iter().find_map(|e| t.strip_suffix(e)) else {
        return false;
    };
    let n = stem.chars().count();
    (1..=3).contains(&n) && stem.ends_with(['다', '냐', '자', '라'])
}

/// True when `w` is a speech noun followed by one of `particles` (`발언을`, `주장으로`).
pub(crate) fn speech_noun_with(text: &str, w: &Word, particles: &[&str]) -> bool {
    let t = word_text(text, w);
    lx::prefixes(&lx::SPEECH_NOUNS, t).any(|s| particles.contains(&&t[s.len()..]))
}

/// True when word `k` is a speech noun with the copula (`설명이다`, `입장입니다`).
pub(crate) fn copula_speech(text: &str, words: &[Word], k: usize) -> bool {
    let t = words.get(k).map_or("", |w| word_text(text, w));
    lx::prefixes(&lx::COPULA_SPEECH_NOUNS, t).any(|n| {
        lx::prefixes(&lx::COPULA_FORMS, &t[n.len()..])
            .next()
            .is_some()
    })
}

/// True when word `k` is a reporting verb (`말했다`, `설명합니다`, `목소리를 높였다` ...).
pub(crate) fn is_report_verb(text: &str, words: &[Word], k: usize) -> bool {
    let Some(w) = words.get(k) else {
        return false;
    };
    if w.quote.is_some() {
        return false;
    }
    let t = word_text(text, w);
    if lx::longest_prefix(&lx::REPORT_STEMS, t).is_some() {
        return true;
    }
    let hada = lx::prefixes(&lx::REPORT_NOUNS, t).any(|n| {
        lx::prefixes(&lx::HADA_FORMS, &t[n.len()..])
            .next()
            .is_some()
    });
    if hada || copula_speech(text, words, k) {
        return true;
    }
    let prev = k
        .checked_sub(1)
        .and_then(|p| words.get(p))
        .map_or("", |p| word_text(text, p));
    lx::IDIOMS
        .iter()
        .any(|(obj, verb)| prev == *obj && t.starts_with(verb))
        || lx::contains(&lx::EN_VERBS, t)
}

fn sentence_like(inner: &str) -> bool {
    let t = inner.trim_end();
    let words = t.split_whitespace().count();
    t.ends_with(['.', '?', '!', ',', '…'])
        || (words >= 3 && (t.ends_with('다') || t.ends_with('요') || t.ends_with('죠')))
        || words >= 7
}

/// A CJK ideograph (Hanja).
fn is_han(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c) || ('\u{3400}'..='\u{4DBF}').contains(&c)
}

/// Speech or term, from the cue and the quote's own words.
pub(crate) fn kind_of(
    cue: Cue,
    inner: &str,
    alone_in_paragraph: bool,
    nickname: bool,
) -> QuoteKind {
    // `‘丁亥武科’라고 새겨`: words in Chinese characters alone are an inscription or a name
    // being cited, not speech.
    let hanja_only =
        inner.chars().any(is_han) && !inner.chars().any(|c| c.is_alphabetic() && !is_han(c));
    if nickname || hanja_only {
        return QuoteKind::Term;
    }
    match cue {
        Cue::Quotative { .. } => QuoteKind::Speech,
        Cue::Naming | Cue::Adnominal => QuoteKind::Term,
        Cue::Particle => {
            if inner.trim_end().ends_with(['.', '?', '!']) {
                QuoteKind::Speech
            } else {
                QuoteKind::Term
            }
        }
        Cue::None => {
            let _ = alone_in_paragraph;
            if sentence_like(inner) {
                QuoteKind::Speech
            } else {
                QuoteKind::Term
            }
        }
    }
}

#[cfg(test)]
mod tests;
