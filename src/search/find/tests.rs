use super::*;
use proptest::prelude::*;
use std::ops::Range;

/// The matched texts, for readable assertions.
fn found<'a>(text: &'a str, typed: &str) -> Vec<&'a str> {
    let pattern = Pattern::parse(typed).unwrap();
    pattern
        .find_all(text)
        .into_iter()
        .map(|r| &text[r])
        .collect()
}

/// Runs a search to the end in slices of `budget` bytes.
fn sliced(pattern: &Pattern, text: &str, budget: usize) -> Vec<Range<usize>> {
    let mut search = Search::new(pattern.clone());
    while search.step(text, true, budget) != Progress::Done {}
    search.matches().to_vec()
}

#[test]
fn smart_case() {
    let text = "DeepSeek와 deepseek, 그리고 DEEPSEEK.";
    assert_eq!(
        found(text, "deepseek"),
        ["DeepSeek", "deepseek", "DEEPSEEK"]
    );
    assert_eq!(found(text, "DeepSeek"), ["DeepSeek"]);
    assert!(Pattern::parse("deep").unwrap().ignores_case());
    assert!(!Pattern::parse("Deep").unwrap().ignores_case());
    // Escapes and class names are syntax, not uppercase text.
    assert!(Pattern::parse(r"re:\W\p{Greek}(?P<Name>x)")
        .unwrap()
        .ignores_case());
    assert!(!Pattern::parse(r"re:\wA").unwrap().ignores_case());
    assert_eq!(found("Ab ab AB", r"re:\bab"), ["Ab", "ab", "AB"]);
}

#[test]
fn unicode_folding() {
    // ß and ẞ are one letter in simple case folding; ẞ typed is uppercase, so exact.
    assert_eq!(found("straße STRAẞE", "straße"), ["straße", "STRAẞE"]);
    assert_eq!(found("straße STRAẞE", "STRAẞE"), ["STRAẞE"]);
    // Greek sigma in all three forms.
    assert_eq!(
        found("ΟΔΥΣΣΕΥΣ Οδυσσευς", "οδυσσευς"),
        ["ΟΔΥΣΣΕΥΣ", "Οδυσσευς"]
    );
    assert_eq!(found("σ ς Σ", "ς"), ["σ", "ς", "Σ"]);
    // Turkish İ lowercases to two characters: no simple folding, no panic, offsets sound.
    let text = "İstanbul istanbul ISTANBUL";
    assert_eq!(found(text, "istanbul"), ["istanbul", "ISTANBUL"]);
    assert_eq!(found(text, "İstanbul"), ["İstanbul"]);
    assert_eq!(found("ı I i", "ı"), ["ı"]);
    // Hangul has no case: the same either way.
    assert_eq!(found("한국어 본문과 본문", "본문"), ["본문", "본문"]);
}

#[test]
fn korean_offsets() {
    let p = Pattern::parse("가나가").unwrap();
    // Non-overlapping, unlike find_all.
    assert_eq!(p.find_all("가나가나가"), vec![0..9]);
    assert_eq!(Pattern::parse("aa").unwrap().find_all("aaa"), vec![0..2]);
    assert_eq!(
        Pattern::parse("본문").unwrap().find_all("한국어 본문"),
        vec![10..16]
    );
    assert_eq!(found("제1장 제12장", r"re:제\d+장"), ["제1장", "제12장"]);
}

#[test]
fn regex_prefix_and_errors() {
    assert!(Pattern::parse("re:a.c").unwrap().is_regex());
    assert!(!Pattern::parse("a.c").unwrap().is_regex());
    assert_eq!(found("a.c abc", "a.c"), ["a.c"]);
    assert_eq!(found("a.c abc", "re:a.c"), ["a.c", "abc"]);
    assert!(matches!(Pattern::parse(""), Err(PatternError::Empty)));
    assert!(matches!(Pattern::parse("re:"), Err(PatternError::Empty)));
    let err = Pattern::parse("re:(abc").unwrap_err();
    assert_eq!(err.to_string(), "Bad pattern: unclosed group");
    for bad in ["re:[", "re:a{2,1}", "re:*", r"re:\p{Nope}", "re:(?<"] {
        let msg = Pattern::parse(bad).unwrap_err().to_string();
        assert!(
            msg.starts_with("Bad pattern: ") && !msg.contains('\n'),
            "{msg}"
        );
    }
    // Too big to compile: refused, not allocated.
    let msg = Pattern::parse(r"re:\w{1000}\w{1000}")
        .unwrap_err()
        .to_string();
    assert!(msg.starts_with("Bad pattern: too big"), "{msg}");
}

#[test]
fn matches_stay_within_lines() {
    assert!(found("ab\ncd", r"re:b\sc").is_empty());
    assert!(found("ab\ncd", "b\nc").is_empty());
    assert_eq!(found("ab\ncd\nb c", r"re:b\s*c"), ["b c"]);
    assert_eq!(found("a\nab\nb", "re:^a|b$"), ["a", "a", "b", "b"]);
    // Empty matches mark nothing; the non-empty ones are still found.
    assert_eq!(found("baab\naa", "re:a*"), ["aa", "aa"]);
}

#[test]
fn growing_text_and_first_at_or_after() {
    let p = Pattern::parse("ab").unwrap();
    let mut s = Search::new(p);
    // An unfinished last line is left for later: its "ab" might yet be "abc".
    assert_eq!(s.step("ab x\na", false, 1000), Progress::Waiting);
    assert_eq!(s.scanned(), 5);
    // A budget of one byte still scans a whole line.
    let text = "ab x\nab\nab\nab";
    assert_eq!(s.step(text, false, 1), Progress::More);
    assert_eq!(s.scanned(), 8);
    assert_eq!(s.step(text, false, 1), Progress::Waiting);
    assert!(!s.is_done());
    assert_eq!(s.step(text, true, 1), Progress::Done);
    assert!(s.is_done());
    assert_eq!(s.step(text, true, 1), Progress::Done);
    assert_eq!(s.matches(), [0..2, 5..7, 8..10, 11..13]);
    assert_eq!(s.first_at_or_after(0), Some(0));
    assert_eq!(s.first_at_or_after(1), Some(1));
    assert_eq!(s.first_at_or_after(11), Some(3));
    assert_eq!(s.first_at_or_after(12), None);
}

#[test]
fn match_limit_stops_the_search() {
    let text = "a a a\na a\na";
    let mut s = Search::new(Pattern::parse("a").unwrap()).with_match_limit(4);
    while s.step(text, true, 1) != Progress::Done {}
    assert!(s.is_capped() && s.is_done());
    assert_eq!(s.matches(), [0..1, 2..3, 4..5, 6..7]);
    let mut s = Search::new(Pattern::parse("a").unwrap());
    while s.step(text, true, 1) != Progress::Done {}
    assert!(!s.is_capped());
    assert_eq!(s.matches().len(), 6);
}

/// Whether two characters are equal under simple case folding, for the characters the
/// random texts use.
fn same(a: char, b: char) -> bool {
    let one = |mut it: std::iter::Peekable<std::vec::IntoIter<char>>| {
        let c = it.next();
        it.peek().is_none().then_some(c).flatten()
    };
    let lower = |c: char| one(c.to_lowercase().collect::<Vec<_>>().into_iter().peekable());
    let upper = |c: char| one(c.to_uppercase().collect::<Vec<_>>().into_iter().peekable());
    a == b
        || lower(a).is_some_and(|l| lower(b) == Some(l))
        || upper(a).is_some_and(|u| upper(b) == Some(u))
}

/// A naive literal search: each line on its own, leftmost first, non-overlapping.
fn naive(text: &str, needle: &str, ignore_case: bool) -> Vec<Range<usize>> {
    let needle: Vec<char> = needle.chars().collect();
    let mut out = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let rest: Vec<(usize, char)> = text[at..].char_indices().collect();
        let ok = rest.len() >= needle.len()
            && rest
                .iter()
                .zip(&needle)
                .all(|(&(_, c), &p)| c != '\n' && if ignore_case { same(c, p) } else { c == p });
        if ok {
            let end = rest.get(needle.len()).map_or(text.len(), |&(i, _)| at + i);
            out.push(at..end);
            at = end;
        } else {
            at += rest[0].1.len_utf8();
        }
    }
    out
}

const ALPHABET: &[char] = &[
    'a', 'A', 'b', 'ß', 'ẞ', 'σ', 'ς', 'Σ', '가', '나', ' ', '\n',
];

fn text_strategy() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(ALPHABET), 0..200)
        .prop_map(|v| v.into_iter().collect())
}

fn needle_strategy() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(&ALPHABET[..10]), 1..4)
        .prop_map(|v| v.into_iter().collect())
}

const REGEXES: &[&str] = &[
    "re:a+b?",
    "re:[가나]+",
    "re:^a",
    "re:b$",
    r"re:\bab",
    "re:a*",
    "re:a.b",
    r"re:a\s*b",
    "re:(?s)a.*b",
    "re:σ|ab",
    r"re:\w+",
];

proptest! {
    #[test]
    fn literal_matches_naive(text in text_strategy(), needle in needle_strategy()) {
        let p = Pattern::parse(&needle).unwrap();
        prop_assert_eq!(p.find_all(&text), naive(&text, &needle, p.ignores_case()));
    }

    #[test]
    fn regex_matches_line_by_line(text in text_strategy(), i in 0..REGEXES.len()) {
        let p = Pattern::parse(REGEXES[i]).unwrap();
        let re = regex::RegexBuilder::new(&REGEXES[i][3..])
            .case_insensitive(true)
            .multi_line(true)
            .build()
            .unwrap();
        let mut want = Vec::new();
        let mut start = 0;
        for line in text.split('\n') {
            want.extend(re.find_iter(line).filter(|m| !m.is_empty()).map(|m| start + m.start()..start + m.end()));
            start += line.len() + 1;
        }
        prop_assert_eq!(p.find_all(&text), want);
    }

    #[test]
    fn sliced_equals_one_shot(
        text in text_strategy(),
        needle in needle_strategy(),
        i in 0..REGEXES.len(),
        budget in 1usize..64,
        cut in 0usize..400,
        first_budget in 1usize..64,
    ) {
        for typed in [needle.as_str(), REGEXES[i]] {
            let p = Pattern::parse(typed).unwrap();
            let whole = p.find_all(&text);
            for r in &whole {
                prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
                prop_assert!(r.start < r.end);
            }
            prop_assert_eq!(&sliced(&p, &text, budget), &whole);
            // The text grows: part of it incomplete first, then all of it.
            let mut cut = cut.min(text.len());
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            let mut s = Search::new(p.clone());
            while s.step(&text[..cut], false, first_budget) == Progress::More {}
            while s.step(&text, true, budget) != Progress::Done {}
            prop_assert_eq!(s.matches(), whole.as_slice());
        }
    }
}
