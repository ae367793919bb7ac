//! How a form a document uses matches a name introduced earlier: whole words at the end
//! (`Cox` ← `David D. Cox`), a near spelling, a mistyped syllable, an abbreviation
//! (`공정위` ← `공정거래위원회`). The registry runs these over hundreds of entities per
//! lookup, so each rejects most pairs with a cheap test before it builds anything.

/// Levenshtein distance over chars (strsim's); names are short, and longer inputs are cut to
/// 64 chars so a hostile "name" costs no more than a real one.
pub(super) fn edit_distance(a: &str, b: &str) -> usize {
    let cut = |s: &str| s.char_indices().nth(64).map_or(s.len(), |(i, _)| i);
    strsim::levenshtein(&a[..cut(a)], &b[..cut(b)])
}

/// Near-identical spellings: at most one edit per eight characters, first letters equal.
pub(crate) fn near_same(a: &str, b: &str) -> bool {
    // The first letters first: they differ for most pairs, and cost no count.
    if a.chars().next() != b.chars().next() {
        return false;
    }
    let (la, lb) = (a.chars().count(), b.chars().count());
    if la.min(lb) < 5 {
        return false;
    }
    edit_distance(a, b) * 8 <= la.max(lb)
}

/// `소방방채청` for `소방방재청`: one syllable mistyped inside a long Hangul organisation
/// name (five syllables or more, the first and the last kept). Syllables that tell real
/// bodies apart (`경기남부경찰청`, `경기북부경찰청`) do not count as slips.
pub(super) fn hangul_slip(a: &str, b: &str) -> bool {
    const DISTINCT: &str = "남북동서중상하좌우신구";
    // Equal numbers of Hangul syllables are equal byte lengths: most pairs stop here, before
    // anything is collected.
    if a.len() != b.len() {
        return false;
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let hangul = |w: &[char]| w.iter().all(|&c| ('가'..='힣').contains(&c));
    if a.len() != b.len() || a.len() < 5 || !hangul(&a) || !hangul(&b) {
        return false;
    }
    let diff: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
    match diff.as_slice() {
        [i] => *i > 0 && *i + 1 < a.len() && !DISTINCT.contains(a[*i]) && !DISTINCT.contains(b[*i]),
        _ => false,
    }
}

pub(super) fn words(s: &str) -> Vec<&str> {
    s.split_whitespace().collect()
}

/// `name` has more words than `tail`, and ends with `tail`'s words (`Anna Smith` and
/// `[Smith]`), compared without collecting `name`'s words.
pub(super) fn ends_with_more_words(name: &str, tail: &[&str]) -> bool {
    let mut ew = name.split_whitespace().rev();
    tail.iter().rev().all(|w| ew.next() == Some(*w)) && ew.next().is_some()
}

/// `name` is `tail`, or ends with it as whole words (`대한민국 국토교통부` ends with
/// `국토교통부`, not with `교통부`).
pub(super) fn ends_with_words(name: &str, tail: &str) -> bool {
    name.strip_suffix(tail)
        .is_some_and(|head| head.is_empty() || head.ends_with(' '))
}

fn is_subsequence(short: &str, long: &str) -> bool {
    let mut it = long.chars();
    short.chars().all(|c| it.any(|d| d == c))
}

/// One word of two characters or more, as an abbreviation is.
pub(super) fn abbreviation_like(short: &str) -> bool {
    !short.contains(' ') && short.chars().count() >= 2
}

/// `공정위` ← `공정거래위원회`: one word whose syllables appear in order in a longer one-word
/// name with the same first syllable.
pub(super) fn abbreviates(short: &str, long: &str) -> bool {
    if !abbreviation_like(short) {
        return false;
    }
    // A body named with its parent (`대한민국 국토교통부`) abbreviates by its last word, and a
    // generic opening (`중앙선거관리위원회` → `선관위`) may be left out.
    let last = long.rsplit(' ').next().unwrap_or(long);
    let first = short.chars().next();
    let body = ["중앙", "국립", "한국", "대한", "전국"]
        .iter()
        .find_map(|p| last.strip_prefix(p).filter(|r| r.chars().next() == first))
        .unwrap_or(last);
    short.chars().count() < body.chars().count()
        && body.chars().next() == first
        && is_subsequence(short, body)
}
