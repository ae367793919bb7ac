//! The command line without a terminal: loading files, messages, exit codes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_dokseo");

fn run(args: &[&std::ffi::OsStr]) -> Output {
    // The reports apply the corrections in the state file: never the user's here.
    Command::new(BIN)
        .args(args)
        .env("XDG_STATE_HOME", "/nonexistent/dokseo-test-state")
        .output()
        .unwrap()
}

#[test]
fn piped_output_prints_the_text_and_reports_bad_files() {
    let dir = tempfile::tempdir().unwrap();
    let p = |n: &str| dir.path().join(n);
    std::fs::write(p("good.txt"), "좋은 글입니다.\n").unwrap();
    std::fs::write(p("empty.txt"), "").unwrap();
    std::fs::write(
        p("binary.txt"),
        b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0",
    )
    .unwrap();
    let (cp949, _, _) = encoding_rs::EUC_KR.encode("옛 인코딩으로 쓴 한국어 글\r\n");
    std::fs::write(p("old.txt"), &cp949).unwrap();
    let mut invalid = "깨진 ".as_bytes().to_vec();
    invalid.extend([0xC3, 0x28]);
    invalid.extend(" 바이트\n".as_bytes());
    std::fs::write(p("invalid.txt"), invalid).unwrap();
    std::fs::write(p("escape.txt"), "제목\x1b]52;c;cHduZWQ=\x07\n").unwrap();
    let files = [
        "good.txt",
        "empty.txt",
        "binary.txt",
        "old.txt",
        "invalid.txt",
        "escape.txt",
        "missing.txt",
    ]
    .map(p);
    let out = run(&files.iter().map(|f| f.as_os_str()).collect::<Vec<_>>());
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stdout, "좋은 글입니다.\n옛 인코딩으로 쓴 한국어 글\n깨진 \u{FFFD}( 바이트\n제목^[]52;c;cHduZWQ=^G\n");
    assert!(stderr.contains("empty.txt: the file is empty"), "{stderr}");
    assert!(
        stderr.contains("binary.txt: this looks like a binary file"),
        "{stderr}"
    );
    assert!(
        stderr.contains("missing.txt: no such file or folder"),
        "{stderr}"
    );
}

#[test]
fn nothing_readable_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let out = run(&[empty.as_os_str()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("the file is empty") && stderr.contains("nothing to read"),
        "{stderr}"
    );
}

#[test]
fn no_arguments_means_the_bundled_seeds_from_any_directory() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(BIN)
        .env("XDG_STATE_HOME", "/nonexistent/dokseo-test-state")
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("David D. Cox는"));
    assert!(stdout.contains("은소랜 은퇴 연구소"));
}

#[test]
fn bad_flags_exit_2() {
    let out = run(&["--ambiguous".as_ref(), "3".as_ref()]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn quotes_json_has_the_documented_fields() {
    let out = run(&["quotes".as_ref(), "--json".as_ref()]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let items = v.as_array().unwrap();
    assert!(items.len() > 60);
    for key in [
        "doc",
        "line",
        "column",
        "start",
        "end",
        "text",
        "kind",
        "speaker",
        "speaker_as_written",
        "role",
    ] {
        assert!(items[0].get(key).is_some(), "missing {key}");
    }
    let cox: Vec<_> = items
        .iter()
        .filter(|i| i["speaker"] == "David D. Cox")
        .collect();
    assert!(cox.len() > 10);
    assert!(cox.iter().any(|i| i["speaker_as_written"] == "Cox"));
    assert_eq!(cox[0]["doc"], "001_f9e93284838de776.txt");
}

#[test]
fn quotes_filtered_by_speaker_and_as_csv() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("news.txt");
    std::fs::write(
        &path,
        "김민수 국토교통부 대변인은 \"규제를 풀겠다, 곧\"이라고 말했다.\n\"시장은 안정적\"이라고 박영희 한국은행 총재는 밝혔다.\n",
    )
    .unwrap();
    let out = run(&[
        "quotes".as_ref(),
        "--csv".as_ref(),
        "--speaker".as_ref(),
        "김민수".as_ref(),
        path.as_os_str(),
    ]);
    let csv = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<_> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "doc,line,column,start,end,kind,speaker,speaker_as_written,role,rule,text"
    );
    assert_eq!(lines.len(), 2, "{csv}");
    assert!(
        lines[1].ends_with(
            ",speech,김민수,김민수,국토교통부 대변인,quotative_before,\"규제를 풀겠다, 곧\""
        ),
        "{csv}"
    );
    let out = run(&["speakers".as_ref(), "--json".as_ref(), path.as_os_str()]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let names: Vec<_> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, ["김민수", "박영희"]);
}

#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_opens_as_an_argument() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.txt");
    let path = dir.path().join(name);
    std::fs::write(&path, "김민수 교수는 “좋은 날이다”라고 말했다.\n").unwrap();
    let out = Command::new(BIN)
        .env("XDG_STATE_HOME", "/nonexistent/dokseo-test-state")
        .arg("quotes")
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("김민수") && stdout.contains("caf\u{fffd}.txt"),
        "{stdout}"
    );
}

/// Runs dokseo with standard output a pipe whose read end is already closed, as in
/// `dokseo completions bash | true` once `true` has exited: every write fails with EPIPE.
/// The read end is closed before the child starts, so the test never races the child.
fn into_closed_pipe(args: &[&str]) -> Output {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    Command::new(BIN)
        .env("XDG_STATE_HOME", "/nonexistent/dokseo-test-state")
        .args(args)
        .stdout(writer)
        .stderr(std::process::Stdio::piped())
        .output()
        .unwrap()
}

#[test]
fn a_closed_pipe_ends_every_printer_quietly() {
    for args in [
        &["completions", "bash"][..],
        &["completions", "zsh"],
        &["completions", "fish"],
        &["--print-config"],
        &["--print-man"],
        &["quotes"],
        &["quotes", "--json"],
        &["speakers"],
        &["--help"],
        &[],
    ] {
        let out = into_closed_pipe(args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success() && stderr.is_empty(),
            "{args:?}: {:?}, stderr: {stderr}",
            out.status
        );
    }
}

#[test]
fn open_with_piped_output_prints_that_document_from_that_line() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("sub");
    std::fs::create_dir(&sub).unwrap();
    let a = dir.path().join("a.txt");
    let b = sub.join("b.txt");
    std::fs::write(&a, "가\n나\n").unwrap();
    std::fs::write(&b, "하나\n둘\n셋\n넷\n").unwrap();
    let with = |open: &str| {
        run(&[
            "--open".as_ref(),
            open.as_ref(),
            a.as_os_str(),
            b.as_os_str(),
        ])
    };
    // By file name and line, as the reader's `--open` finds it.
    let out = with("b.txt:3");
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "셋\n넷\n");
    // No line: the whole document, and only it.
    let out = with(&b.display().to_string());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "하나\n둘\n셋\n넷\n");
    // Past the end: nothing, as `less +99 file | cat` prints nothing.
    let out = with("a.txt:99");
    assert!(out.status.success() && out.stdout.is_empty());
    // A name that is not there is an error, not the whole corpus.
    let out = with("c\u{1b}]0;x\u{7}.txt:2");
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("--open c^[]0;x^G.txt: no such document among those given"),
        "{stderr}"
    );
}

#[test]
fn the_shipped_man_page_is_the_generated_one() {
    let out = run(&["--print-man".as_ref()]);
    assert!(out.status.success());
    let page = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        include_str!("../assets/dokseo.1"),
        page,
        "regenerate with: cargo run -- --print-man > assets/dokseo.1"
    );
    // The KEYS section comes from the key map, grouped by where the keys work.
    let keys = &page[page.find(".SH KEYS").unwrap()..page.find(".SH VERSION").unwrap()];
    for heading in ["Anywhere", "\"Document list\"", "\"Reading pane\""] {
        assert!(keys.contains(&format!(".SS {heading}\n")), "{keys}");
    }
    assert!(
        keys.contains("quote finder (\\fIquote_finder\\fR)"),
        "{keys}"
    );
    assert!(page.contains(".SH SYNOPSIS") && page.contains("completions"));
}

#[test]
fn one_speakers_quotes_as_markdown_cite_title_date_and_line() {
    let args = ["quotes", "--speaker", "Larry Li", "--markdown"].map(std::ffi::OsStr::new);
    let out = run(&args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let md = String::from_utf8(out.stdout).unwrap();
    // The same as the reader's export of that speaker, made from the whole corpus at once.
    let docs = dokseo::corpus::seeds();
    let catalog = dokseo::catalog::Catalog::build(&docs);
    let i = catalog
        .speakers()
        .iter()
        .position(|s| s.name == "Larry Li")
        .unwrap();
    let whole = dokseo::report::markdown::SpeakerQuotes::of(&catalog, &docs, i).unwrap();
    assert_eq!(md, dokseo::report::markdown::to_string(&[whole]));
    assert!(md.starts_with("# Larry Li\n\n"), "{md}");
    assert!(md.contains("· 3 quotes in 1 document\n"), "{md}");
    assert!(
        md.contains("(2025-07-18)\n\n*000\\_7813f3b5ebc8f1dd.txt*\n"),
        "{md}"
    );
    assert!(md.contains("- line 2: “정신이 번쩍 들었죠.”\n"), "{md}");
    // Every speaker, without --speaker; with the other formats it is an error.
    let all = run(&["quotes", "--markdown"].map(std::ffi::OsStr::new));
    let all = String::from_utf8(all.stdout).unwrap();
    assert!(all.matches("\n# ").count() > 10 && all.contains(&md));
    let both = run(&["quotes", "--markdown", "--json"].map(std::ffi::OsStr::new));
    assert_eq!(both.status.code(), Some(2));
}
