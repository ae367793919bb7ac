//! `dokseo quotes` and `dokseo speakers` with corrections in the state file, without a
//! terminal: applied by content, ignored with `--no-corrections`, stale ones reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use dokseo::corpus::seeds;
use dokseo::quotes::extract;
use dokseo::state::{content_hash, Correction, Fix, Merge, State};
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_dokseo");
const FIRST: &str = "000_7813f3b5ebc8f1dd.txt";

/// A correction of quote `i` of the first seed (a document of `hash`).
fn correction(i: usize, hash: &str, fix: Fix) -> Correction {
    let q = &extract(&seeds()[0].text)[i];
    Correction {
        id: format!("c{i}{hash}"),
        doc: hash.into(),
        name: FIRST.into(),
        start: q.span.start,
        end: q.span.end,
        excerpt: "하지만".into(),
        fix,
        other: BTreeMap::new(),
    }
}

/// A state folder whose file holds `state`.
fn state_with(state: &State) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("dokseo")).unwrap();
    let text = serde_json::to_string(state).unwrap();
    std::fs::write(dir.path().join("dokseo").join("state.json"), text).unwrap();
    dir
}

fn dokseo(state: &Path, args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .env("XDG_STATE_HOME", state)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.unwrap_or("").as_bytes()).unwrap();
    drop(input);
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{args:?}: {out:?}");
    out
}

fn rows(out: &Output) -> Vec<Value> {
    serde_json::from_slice(&out.stdout).unwrap()
}

fn speaker_of(rows: &[Value], start: &str) -> Value {
    let row = rows
        .iter()
        .find(|r| r["text"].as_str().unwrap().starts_with(start))
        .unwrap();
    row["speaker"].clone()
}

#[test]
fn reports_apply_corrections_and_merges_unless_told_not_to() {
    let hash = content_hash(&seeds()[0].text);
    let fix = Fix::Speaker {
        name: "테스트 이름".into(),
    };
    let state = state_with(&State {
        corrections: vec![correction(2, &hash, fix)],
        merges: vec![Merge {
            id: "m".into(),
            from: "Anthony Annunziata".into(),
            into: "A. Annunziata".into(),
            other: BTreeMap::new(),
        }],
        ..State::default()
    });
    let out = dokseo(state.path(), &["quotes", "--json"], None);
    assert!(out.stderr.is_empty(), "{out:?}");
    let corrected = rows(&out);
    assert_eq!(speaker_of(&corrected, "하지만 아무도"), "테스트 이름");
    assert!(!corrected
        .iter()
        .any(|r| r["speaker"] == "Anthony Annunziata"));
    assert_eq!(
        corrected
            .iter()
            .filter(|r| r["speaker"] == "A. Annunziata")
            .count(),
        4
    );
    let plain = rows(&dokseo(
        state.path(),
        &["quotes", "--json", "--no-corrections"],
        None,
    ));
    assert_eq!(speaker_of(&plain, "하지만 아무도"), "Larry Li");
    let speakers: Vec<Value> =
        serde_json::from_slice(&dokseo(state.path(), &["speakers", "--json"], None).stdout)
            .unwrap();
    let named = |n: &str| {
        speakers
            .iter()
            .find(|s| s["name"] == n)
            .map(|s| s["quotes"].clone())
    };
    assert_eq!(named("테스트 이름"), Some(Value::from(1)));
    assert_eq!(named("Larry Li"), Some(Value::from(2)));
    assert_eq!(named("Anthony Annunziata"), None);
}

#[test]
fn stale_corrections_and_unhashed_input_are_reported_on_stderr() {
    let text = seeds()[0].text.to_string();
    let state = state_with(&State {
        // Made on another text of a document of the same name: it changed since.
        corrections: vec![correction(2, "00000000000000ff", Fix::NotSpeech)],
        ..State::default()
    });
    let out = dokseo(state.path(), &["quotes", "--json"], None);
    let err = String::from_utf8(out.stderr.clone()).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with(&format!("dokseo: correction of {FIRST} at byte "))
            && err.contains("no longer applies: the document changed since"),
        "{err}"
    );
    assert_eq!(speaker_of(&rows(&out), "하지만 아무도"), "Larry Li");

    // Standard input is read once: its corrections cannot apply, and it is said.
    let state = state_with(&State {
        corrections: vec![correction(2, &content_hash(&text), Fix::NotSpeech)],
        ..State::default()
    });
    let out = dokseo(state.path(), &["quotes", "--json", "-"], Some(&text));
    let err = String::from_utf8(out.stderr.clone()).unwrap();
    assert!(err.contains("corrections of - were not applied"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    // A corrupt state file is said and the report goes on.
    std::fs::write(state.path().join("dokseo").join("state.json"), "{").unwrap();
    let out = dokseo(state.path(), &["speakers"], None);
    let err = String::from_utf8(out.stderr.clone()).unwrap();
    assert!(
        err.contains("is corrupt") && err.contains("corrections not applied"),
        "{err}"
    );
    assert!(!out.stdout.is_empty());
    let kept = std::fs::read_to_string(state.path().join("dokseo").join("state.json")).unwrap();
    assert_eq!(
        kept, "{",
        "the reports never move or rewrite the state file"
    );
}

#[cfg(unix)]
#[test]
fn a_pipe_given_as_a_path_is_read_once_though_the_state_has_corrections() {
    // Any correction turns on the read ahead for each input's hash, which would drain a pipe
    // (`/dev/stdin` here, `<(zcat a.gz)` in a shell) before its reading proper.
    let state = state_with(&State {
        corrections: vec![correction(2, "00000000000000ff", Fix::NotSpeech)],
        ..State::default()
    });
    let text = &seeds()[0].text;
    let out = dokseo(
        state.path(),
        &["quotes", "--json", "/dev/stdin"],
        Some(text),
    );
    assert_eq!(rows(&out).len(), extract(text).len());
}
