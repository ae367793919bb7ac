//! Corrections in a real terminal: made from the quote details, kept across restarts and
//! concurrent readers, honoured by `dokseo quotes` and `speakers`, and reported once their
//! document changes.

use std::path::Path;

use serde_json::Value;

use super::faults::read_state;
use super::*;

/// A reader over the bundled seeds (or `args`) keeping its state in `state`.
fn start(state: &Path, args: &str) -> Option<Tmux> {
    let env = [("XDG_STATE_HOME", state.to_str().unwrap())];
    let t = Tmux::start_with_env(110, 32, &format!("{BIN} --ambiguous 1 {args}"), &env)?;
    t.wait_for("the list", |s| status_line(s).contains("Enter read"));
    Some(t)
}

/// Goes to the third quote of the first seed (Larry Li's second) and opens its details.
fn larry_li_details(t: &Tmux) {
    // Every quote of the first document found, so `]` counts from its first.
    t.wait_for("its quotes", |s| has(s, "23 quotes · "));
    t.keys(&["]", "]", "]"]);
    t.wait_for("the quote", |s| status_line(s).contains("Larry Li 2/3"));
    t.keys(&["i"]);
    t.wait_for("the details", |s| has(s, "Quote details"));
}

/// Closes the details (Esc alone: a key right after it would make an Alt chord).
fn close_details(t: &Tmux) {
    t.keys(&["Escape"]);
    t.wait_for("the details to close", |s| !has(s, "Quote details"));
}

fn has(screen: &[String], what: &str) -> bool {
    screen.iter().any(|l| l.contains(what))
}

/// `dokseo ARGS` with its state in `state`: standard output and standard error.
fn cli(state: &Path, args: &[&str]) -> (String, String) {
    let out = Command::new(BIN)
        .args(args)
        .env("XDG_STATE_HOME", state)
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}: {out:?}");
    let text = |b: Vec<u8>| String::from_utf8(b).unwrap();
    (text(out.stdout), text(out.stderr))
}

/// The JSON rows of `dokseo quotes --json ARGS` whose text starts with `text`.
fn rows_starting(state: &Path, args: &[&str], text: &str) -> Vec<Value> {
    let mut all = vec!["quotes", "--json"];
    all.extend_from_slice(args);
    let (out, _) = cli(state, &all);
    let rows: Vec<Value> = serde_json::from_str(&out).unwrap();
    rows.into_iter()
        .filter(|r| r["text"].as_str().is_some_and(|t| t.starts_with(text)))
        .collect()
}

const LARRY: &str = "하지만 아무도";

#[test]
fn a_quote_reassigned_with_the_chooser_stays_so_after_a_restart_and_in_the_reports() {
    let state = tempfile::tempdir().unwrap();
    let Some(t) = start(state.path(), "") else {
        return;
    };
    larry_li_details(&t);
    t.keys(&["r"]);
    t.wait_for("the chooser", |s| has(s, "Reassign the quote to"));
    t.keys(&["-l", "sattigeri"]);
    let screen = t.wait_for("the match", |s| has(s, "+ new speaker: sattigeri"));
    assert!(has(&screen, "Prasanna Sattigeri"), "{}", screen.join("\n"));
    super::faults::assert_straight(&screen, 110);
    t.keys(&["Enter"]);
    let screen = t.wait_for("the corrected details", |s| {
        has(s, "Speaker     Prasanna Sattigeri")
    });
    assert!(
        has(
            &screen,
            "Corrected   reassigned: was Larry Li (rule quotative_before)"
        ),
        "{}",
        screen.join("\n")
    );
    assert!(status_line(&screen).contains("Quote reassigned to Prasanna Sattigeri."));
    t.keys(&["Escape"]);
    let new_speaker = |s: &[String]| {
        let status = status_line(s);
        status.contains("Prasanna Sattigeri ") && status.contains("/5")
    };
    t.wait_for("the quote's new speaker", new_speaker);
    t.keys(&["q"]);
    t.wait_exit();

    let Some(t) = start(state.path(), "") else {
        return;
    };
    t.keys(&["]", "]", "]"]);
    t.wait_for("still corrected", new_speaker);
    t.keys(&["q"]);
    t.wait_exit();

    let rows = rows_starting(state.path(), &[], LARRY);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["speaker"], "Prasanna Sattigeri");
    let rows = rows_starting(state.path(), &["--no-corrections"], LARRY);
    assert_eq!(rows[0]["speaker"], "Larry Li");
    let (out, err) = cli(state.path(), &["speakers"]);
    assert!(err.is_empty(), "{err}");
    let line = out.lines().find(|l| l.contains("Larry Li")).unwrap();
    assert!(line.contains("2 quotes"), "{out}");
}

#[test]
fn a_new_name_not_speech_undo_and_a_merge_from_the_details() {
    let state = tempfile::tempdir().unwrap();
    let Some(t) = start(state.path(), "") else {
        return;
    };
    larry_li_details(&t);
    t.keys(&["r"]);
    t.wait_for("the chooser", |s| has(s, "Reassign the quote to"));
    t.keys(&["-l", "새 사람"]);
    t.wait_for("the new name offered", |s| has(s, "+ new speaker: 새 사람"));
    t.keys(&["Enter"]);
    t.wait_for("the new speaker", |s| has(s, "Speaker     새 사람"));
    t.keys(&["u"]);
    t.wait_for("undone", |s| {
        has(s, "Speaker     Larry Li") && status_line(s).contains("Correction undone")
    });
    t.keys(&["n"]);
    let screen = t.wait_for("not speech", |s| has(s, "Kind        term"));
    assert!(has(&screen, "marked not speech: was Larry Li"));
    t.keys(&["n"]);
    t.wait_for("speech again", |s| {
        has(s, "Kind        speech") && status_line(s).contains("as found again")
    });
    t.keys(&["m"]);
    t.wait_for("the merge chooser", |s| has(s, "Merge Larry Li into"));
    t.keys(&["-l", "abraham"]);
    t.wait_for("the match", |s| has(s, "Abraham Daniels"));
    t.keys(&["Enter"]);
    let screen = t.wait_for("merged", |s| {
        status_line(s).contains("Merged Larry Li into Abraham Daniels (3 quotes).")
    });
    assert!(
        has(&screen, "speaker merged: was Larry Li"),
        "{}",
        screen.join("\n")
    );
    close_details(&t);
    t.keys(&["s"]);
    let screen = t.wait_for("the speakers view", |s| has(s, "Speakers 17/17"));
    let abraham = screen
        .iter()
        .find(|l| l.contains("Abraham Daniels"))
        .unwrap();
    assert!(abraham.contains("6q"), "{}", screen.join("\n"));
    assert!(!has(&screen, "Larry Li"));
    t.keys(&["Escape"]);
    t.wait_for("the view to close", |s| !has(s, "Speakers 17/17"));
    t.keys(&["q"]);
    t.wait_exit();
    let state = read_state(state.path());
    assert_eq!(state.corrections.len(), 0, "every correction was undone");
    assert_eq!(state.merges.len(), 1);
}

#[test]
fn two_readers_correcting_at_once_keep_both_corrections() {
    let state = tempfile::tempdir().unwrap();
    let (Some(a), Some(b)) = (start(state.path(), ""), start(state.path(), "")) else {
        return;
    };
    larry_li_details(&a);
    b.keys(&["]"]);
    b.wait_for("the first quote", |s| status_line(s).contains("1/"));
    b.keys(&["i"]);
    b.wait_for("the details", |s| has(s, "Quote details"));
    // Both correct, then both quit, as close together as the terminal allows.
    a.keys(&["n"]);
    b.keys(&["n"]);
    a.wait_for("a's correction", |s| has(s, "Kind        term"));
    b.wait_for("b's correction", |s| has(s, "Kind        term"));
    close_details(&a);
    close_details(&b);
    a.keys(&["q"]);
    b.keys(&["q"]);
    a.wait_exit();
    b.wait_exit();
    assert_eq!(read_state(state.path()).corrections.len(), 2);
    let rows = rows_starting(state.path(), &[], LARRY);
    assert_eq!(rows[0]["kind"], "term");
    assert_eq!(rows[0]["speaker"], Value::Null);
}

#[test]
fn a_correction_whose_document_changed_is_reported_not_dropped() {
    let state = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.txt");
    std::fs::write(&file, seed("000_7813f3b5ebc8f1dd.txt")).unwrap();
    let run_in_dir = format!(
        "sh -c 'cd \"{}\" && {BIN} --ambiguous 1 a.txt'",
        dir.path().display()
    );
    let env = [("XDG_STATE_HOME", state.path().to_str().unwrap())];
    let Some(t) = Tmux::start_with_env(110, 32, &run_in_dir, &env) else {
        return;
    };
    t.wait_for("the document", |s| has(s, "Documents (1)"));
    larry_li_details(&t);
    t.keys(&["n"]);
    t.wait_for("not speech", |s| has(s, "Kind        term"));
    close_details(&t);
    t.keys(&["q"]);
    t.wait_exit();
    let path = file.to_str().unwrap();
    let rows = rows_starting(state.path(), &[path], LARRY);
    assert_eq!(
        rows[0]["kind"], "term",
        "applied while the text is the same"
    );

    std::fs::write(
        &file,
        format!("머리말.\n\n{}", seed("000_7813f3b5ebc8f1dd.txt")),
    )
    .unwrap();
    let (out, err) = cli(state.path(), &["quotes", "--json", path]);
    // Made on `a.txt`, read now by its full path: the same file name with other text, which
    // is all a name can tell (another folder's `a.txt` would look the same).
    assert!(
        err.contains("correction of a.txt")
            && err.contains("no longer applies: a file of its name has other text"),
        "{err}"
    );
    let rows: Vec<Value> = serde_json::from_str(&out).unwrap();
    let larry = rows
        .iter()
        .find(|r| r["text"].as_str().unwrap().starts_with(LARRY));
    assert_eq!(larry.unwrap()["speaker"], "Larry Li");
    assert_eq!(
        read_state(state.path()).corrections.len(),
        1,
        "kept in the file"
    );

    let Some(t) = Tmux::start_with_env(110, 32, &run_in_dir, &env) else {
        return;
    };
    t.wait_for("the report", |s| {
        status_line(s).contains("1 correction no longer applies: C lists them (a.txt: changed).")
    });
    t.keys(&["C"]);
    let screen = t.wait_for("the list", |s| {
        has(s, "Corrections that no longer apply (1)")
    });
    let row = screen.iter().find(|l| l.contains("→ not speech")).unwrap();
    assert!(
        row.contains("a.txt") && row.contains("the document changed since"),
        "{}",
        screen.join("\n")
    );
    t.keys(&["d"]);
    t.wait_for("removed", |s| {
        status_line(s).contains("Correction removed.")
    });
    t.keys(&["Escape"]);
    t.wait_for("the list to close", |s| !has(s, "no longer apply ("));
    t.keys(&["q"]);
    t.wait_exit();
    assert!(
        read_state(state.path()).corrections.is_empty(),
        "removed by the user"
    );
}
