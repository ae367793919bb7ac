//! Hostile names and text on every output but the screen (`tests/hostile.rs` has the screen):
//! whatever a file name, a document or a speaker holds, no raw control reaches stdout or stderr
//! of any subcommand, nor the clipboard. Plain text, CSV and the clipboard show the screen's
//! visible escapes (`^[`, `<U+202E>`); JSON escapes the same characters as `\uXXXX`, so it
//! stays valid and parses back to the original strings.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::ffi::OsStr;
use std::path::Path;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_dokseo");

/// A file name that retitles the terminal when printed raw, with a C1 OSC and a bidi override.
const EVIL_NAME: &str = "evil\x1b]0;pwned\x07\u{9d}2;x\u{9c}\u{202e}txt.txt";
/// The same name as the screen shows it.
const EVIL_SHOWN: &str = "evil^[]0;pwned^G<U+009D>2;x<U+009C><U+202E>txt.txt";
/// A news sentence whose quote and speaker carry escapes too.
const EVIL_TEXT: &str = "김민수 대변인은 \"규제를\x1b]0;T\x07 \u{202e}풀겠다\u{9d}\"라고 말했다.\n";

fn run(args: &[&OsStr]) -> Output {
    Command::new(BIN)
        .env("XDG_STATE_HOME", "/nonexistent/dokseo-test-state")
        .args(args)
        .output()
        .unwrap()
}

/// Bytes that must never reach a terminal raw: C0 controls but LF and TAB, DEL, C1 controls
/// (as UTF-8) and bidi controls.
fn assert_clean(what: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    let bad = text.chars().find(|&c| {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(
                c,
                '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{2028}' | '\u{2029}'
            )
            || ('\u{202a}'..='\u{202e}').contains(&c)
            || ('\u{2066}'..='\u{2069}').contains(&c)
    });
    assert!(bad.is_none(), "raw {bad:?} in {what}: {text}");
}

/// A folder holding one hostile document under the hostile name.
fn evil_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(EVIL_NAME), EVIL_TEXT).unwrap();
    dir
}

fn arg(p: &Path) -> &OsStr {
    p.as_os_str()
}

#[test]
fn quotes_and_speakers_text_show_names_as_escapes() {
    let dir = evil_dir();
    for sub in ["quotes", "speakers"] {
        let out = run(&[sub.as_ref(), arg(dir.path())]);
        assert!(out.status.success(), "{sub}: {out:?}");
        assert_clean(sub, &out.stdout);
        assert_clean(sub, &out.stderr);
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert!(stdout.contains(EVIL_SHOWN), "{sub}: {stdout}");
    }
    let out = run(&["quotes".as_ref(), "--csv".as_ref(), arg(dir.path())]);
    assert_clean("csv", &out.stdout);
    assert!(String::from_utf8(out.stdout).unwrap().contains(EVIL_SHOWN));
}

#[test]
fn problems_on_stderr_show_names_as_escapes() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join(EVIL_NAME);
    std::fs::write(&empty, "").unwrap();
    let missing = dir.path().join(format!("missing{EVIL_NAME}"));
    // The plain printer, each report, and the reader's "nothing to read" all list problems.
    for args in [
        vec![arg(&empty), arg(&missing)],
        vec!["quotes".as_ref(), arg(&empty), arg(&missing)],
        vec!["speakers".as_ref(), "--json".as_ref(), arg(&empty)],
    ] {
        let out = run(&args);
        assert_clean("stdout", &out.stdout);
        assert_clean("stderr", &out.stderr);
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(
            stderr.contains(&format!("{EVIL_SHOWN}: the file is empty")),
            "{stderr}"
        );
    }
}

#[test]
fn json_escapes_hidden_characters_and_parses_back() {
    let dir = evil_dir();
    let out = run(&["quotes".as_ref(), "--json".as_ref(), arg(dir.path())]);
    assert!(out.status.success());
    assert_clean("quotes --json", &out.stdout);
    let json = String::from_utf8(out.stdout).unwrap();
    for escaped in ["\\u001b]0;pwned\\u0007", "\\u009d", "\\u202e"] {
        assert!(json.contains(escaped), "{escaped} missing from {json}");
    }
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let quote = &v.as_array().unwrap()[0];
    let doc = Path::new(quote["doc"].as_str().unwrap());
    assert_eq!(doc.file_name().unwrap(), EVIL_NAME);
    assert_eq!(quote["text"], "규제를\x1b]0;T\x07 \u{202e}풀겠다\u{9d}");

    let out = run(&["speakers".as_ref(), "--json".as_ref(), arg(dir.path())]);
    assert_clean("speakers --json", &out.stdout);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let doc = Path::new(v[0]["documents"][0].as_str().unwrap());
    assert_eq!(doc.file_name().unwrap(), EVIL_NAME);
}

#[test]
fn copied_quotes_reach_the_clipboard_without_controls() {
    use base64::Engine;
    use dokseo::corpus::Document;
    use dokseo::text::{AmbiguousWidth, WrapMode};
    use dokseo::tui::{action::Action, app::App, app::Effect};

    let doc = Document::new(EVIL_NAME, EVIL_TEXT.to_string(), "UTF-8", false);
    let (amb, wrap) = (AmbiguousWidth::Narrow, WrapMode::Words);
    let mut app = App::new(vec![doc], Vec::new(), amb, wrap, (100, 30));
    app.update(Action::Open);
    app.update(Action::StepQuote(true));
    app.update(Action::CopyQuote);
    let osc = app
        .take_effects()
        .into_iter()
        .find_map(|e| match e {
            Effect::Clipboard(osc) => Some(osc),
            _ => None,
        })
        .expect("a clipboard write");
    // What reaches the terminal: one OSC 52 whose payload is plain base64, so nothing in it
    // can end the sequence early.
    let payload = osc
        .strip_prefix("\x1b]52;c;")
        .and_then(|s| s.strip_suffix('\x07'))
        .unwrap();
    assert!(payload
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"+/=".contains(&b)));
    // What a paste delivers later: the quote as the screen shows it, so a pasted ESC or C1
    // cannot drive the shell or end a bracketed paste.
    let copied = base64::engine::general_purpose::STANDARD
        .decode(payload)
        .unwrap();
    assert_clean("the clipboard", &copied);
    let copied = String::from_utf8(copied).unwrap();
    assert!(
        copied.starts_with("“규제를^[]0;T^G <U+202E>풀겠다<U+009D>” — 김민수"),
        "{copied}"
    );
}

#[test]
fn bad_arguments_are_quoted_as_escapes() {
    // clap echoes a bad argument; on a terminal it wrote it raw, through a pipe it dropped the
    // escape sequence. Either way the reader could not see what was wrong.
    for args in [
        vec!["--wrap", "\x1b]0;pwned\x07"],
        vec!["completions", "\x1b]0;pwned\x07\u{202e}"],
    ] {
        let out = run(&args.iter().map(OsStr::new).collect::<Vec<_>>());
        assert_eq!(out.status.code(), Some(2));
        assert_clean("stderr", &out.stderr);
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.contains("'^[]0;pwned^G"), "{stderr}");
    }
}
