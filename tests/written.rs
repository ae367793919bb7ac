//! Attribution on passages written for the project (`tests/data/written/`), scored strictly:
//! a quotation counts as found only when its speaker is exactly the annotator's name. The
//! score is deterministic, so the test fails below a floor raised as attribution improves.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use dokseo::quotes::{extract, quote_text};
use serde_json::Value;

/// Strict F1 and precision over both files.
const FLOOR_F1: f64 = 0.85;
const FLOOR_PRECISION: f64 = 0.88;

fn norm(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !"\"'“”‘’「」『』«»,.".contains(*c))
        .collect()
}

/// (found, missed, wrong) over one file.
fn score(file: &str) -> (usize, usize, usize) {
    let path = format!("{}/tests/data/written/{file}", env!("CARGO_MANIFEST_DIR"));
    let cases: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let (mut found, mut missed, mut wrong) = (0, 0, 0);
    for case in cases.as_array().unwrap() {
        let text = case["text"].as_str().unwrap();
        let got = extract(text);
        for q in case["quotes"].as_array().unwrap() {
            let want = q["speaker"].as_str();
            let words = norm(q["quote"].as_str().unwrap());
            let said = got
                .iter()
                .find(|g| norm(quote_text(text, g)) == words)
                .and_then(|g| g.speaker.as_deref());
            match (want, said) {
                (Some(w), Some(s)) if w == s => found += 1,
                (Some(_), Some(_)) => {
                    missed += 1;
                    wrong += 1;
                }
                (Some(_), None) => missed += 1,
                (None, Some(_)) => wrong += 1,
                (None, None) => {}
            }
        }
    }
    (found, missed, wrong)
}

#[test]
fn written_passages_stay_above_the_floor() {
    let (mut f, mut m, mut w) = (0, 0, 0);
    for file in ["a.json", "b.json"] {
        let (ff, mm, ww) = score(file);
        let p = ff as f64 / (ff + ww).max(1) as f64;
        let r = ff as f64 / (ff + mm).max(1) as f64;
        println!("{file}: found {ff}, missed {mm}, wrong {ww}; precision {p:.3} recall {r:.3}");
        (f, m, w) = (f + ff, m + mm, w + ww);
    }
    let p = f as f64 / (f + w).max(1) as f64;
    let r = f as f64 / (f + m).max(1) as f64;
    let f1 = 2.0 * p * r / (p + r).max(f64::EPSILON);
    println!("all: precision {p:.3} recall {r:.3} F1 {f1:.3}");
    assert!(f1 >= FLOOR_F1, "strict F1 {f1:.3} < {FLOOR_F1}");
    assert!(p >= FLOOR_PRECISION, "precision {p:.3} < {FLOOR_PRECISION}");
}
