//! Tests of the quote finder's filtering, warm-up and ranking.

use super::*;
use crate::corpus::seeds;

#[test]
fn finds_by_name_initials_and_text() {
    let docs = seeds();
    let catalog = Catalog::build(&docs);
    let mut f = Finder::new(&catalog, &docs);
    let all = f.hits().len();
    assert!(all > 50);
    for c in "sattigeri".chars() {
        f.edit(|i| i.insert(c), &catalog, &docs);
    }
    assert!(f.hits().len() < all);
    let first = &f.hits()[0];
    assert!(
        Finder::line(first, &catalog, &docs).starts_with("Prasanna Sattigeri — "),
        "{}",
        Finder::line(first, &catalog, &docs)
    );
    assert_eq!(f.positions(&Finder::line(first, &catalog, &docs)).len(), 9);
    let mut f = Finder::new(&catalog, &docs);
    for c in "ㅇㄷㅂㅅ".chars() {
        f.edit(|i| i.insert(c), &catalog, &docs);
    }
    assert!(
        Finder::line(&f.hits()[0], &catalog, &docs).starts_with("차가타이 오다바시"),
        "{}",
        Finder::line(&f.hits()[0], &catalog, &docs)
    );
    f.edit(LineInput::backspace, &catalog, &docs);
    f.move_by(-3);
    assert_eq!(f.selected(), 0);
    f.move_by(1_000_000);
    assert_eq!(f.selected(), f.hits().len() - 1);
}

#[test]
fn warming_up_writes_the_row_texts_a_first_filter_would() {
    let docs = seeds();
    let catalog = Catalog::build(&docs);
    let mut warm = Finder::new(&catalog, &docs);
    assert!(warm.warming());
    // A deadline already past: each call still makes progress.
    while warm.warming() {
        warm.warm(Instant::now(), &catalog, &docs);
    }
    assert_eq!(warm.texts.len(), warm.items.len());
    assert_eq!(warm.initials.len(), warm.items.len());
    for query in ["cox", "ㅇㄷ"] {
        let mut cold = Finder::new(&catalog, &docs);
        let mut warm = warm.clone();
        for f in [&mut warm, &mut cold] {
            f.edit(|i| query.chars().for_each(|c| i.insert(c)), &catalog, &docs);
            while !f.step(Instant::now(), &catalog, &docs) {}
        }
        assert_eq!(warm.texts, cold.texts);
        assert_eq!(warm.hits(), cold.hits(), "{query}");
        assert!(!warm.hits().is_empty(), "{query}");
    }
}

#[test]
fn filtering_in_slices_and_narrowing_give_the_full_answer() {
    let text: String = (0..3000)
        .map(|i| {
            let name = ["김민수", "이서연", "박지훈"][i % 3];
            format!("{name} 교수는 “{i}번 시장이 흔들린다”라고 말했다.\n")
        })
        .collect();
    let docs = vec![Document::new("t", text, "UTF-8", false)];
    let catalog = Catalog::build(&docs);
    let typed = |query: &str, one_go: bool| {
        let mut f = Finder::new(&catalog, &docs);
        if one_go {
            f.edit(|i| query.chars().for_each(|c| i.insert(c)), &catalog, &docs);
        } else {
            for c in query.chars() {
                f.edit(|i| i.insert(c), &catalog, &docs);
                // A deadline already past: each step still makes progress.
                while !f.step(Instant::now(), &catalog, &docs) {}
            }
        }
        while !f.step(Instant::now(), &catalog, &docs) {}
        f.hits().iter().map(Hit::id).collect::<Vec<_>>()
    };
    for query in ["김민수 시장", "ㄱㅁㅅ", "1번"] {
        let whole = typed(query, true);
        assert!(!whole.is_empty(), "{query}");
        assert_eq!(typed(query, false), whole, "{query}");
    }
    // The title (the first line) names 김민수, so initials of another speaker tell.
    assert_eq!(typed("ㅇㅅㅇ", true).len(), 1000);
}

#[test]
fn a_filter_over_very_many_quotes_ranks_quickly_and_keeps_every_match() {
    let text: String = (0..12_000)
        .map(|i| {
            let name = ["Kim Minsu", "Lee Seoyeon", "Park Jihoon"][i % 3];
            format!("{name} said, \"Market {i} is shaking.\"\n")
        })
        .collect();
    let docs = vec![Document::new("t", text, "UTF-8", false)];
    let catalog = Catalog::build(&docs);
    let mut f = Finder::new(&catalog, &docs);
    assert!(f.items.len() > THOROUGH_LIMIT);
    f.input.insert('k');
    f.start();
    assert!(f.job.as_ref().is_some_and(|j| j.quick));
    while !f.step(Instant::now(), &catalog, &docs) {}
    // The same matches as the full alignment finds, and a word start ranks first.
    let full = Query::new("k");
    let mut expected: Vec<Hit> = f
        .items
        .iter()
        .filter(|h| {
            let mut row = String::new();
            haystack(&catalog, &docs, h.id(), true, &mut row);
            full.score(&row).is_some()
        })
        .copied()
        .collect();
    let mut got = f.hits().to_vec();
    expected.sort_unstable();
    got.sort_unstable();
    assert_eq!(got, expected);
    let top = Finder::line(&f.hits()[0], &catalog, &docs);
    assert!(top.starts_with("Kim Minsu"), "{top}");
    // Typing on narrows to a few matches, ranked by the full alignment.
    for c in "im 7".chars() {
        f.edit(|i| i.insert(c), &catalog, &docs);
        while !f.step(Instant::now(), &catalog, &docs) {}
    }
    assert!(!f.hits().is_empty() && f.hits().len() < THOROUGH_LIMIT);
    let top = Finder::line(&f.hits()[0], &catalog, &docs);
    assert!(top.starts_with("Kim Minsu — Market 7"), "{top}");
}
