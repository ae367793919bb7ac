//! Day-two habits: search, bookmarks across restarts, filter, goto, --open, the editor.

use super::*;

#[test]
fn search_bookmark_quit_restart_and_come_back() {
    let state = tempfile::tempdir().unwrap();
    let config = tempfile::tempdir().unwrap();
    let env = [
        ("XDG_STATE_HOME", state.path().to_str().unwrap()),
        ("XDG_CONFIG_HOME", config.path().to_str().unwrap()),
    ];
    let cmd = format!("{BIN} --ambiguous 1");
    let Some(t) = Tmux::start_with_env(100, 30, &cmd, &env) else {
        return;
    };
    t.wait_for("the list", |s| status_line(s).contains("Enter read"));
    t.keys(&["j", "Enter", "/"]);
    t.keys(&["-l", "sattigeri"]);
    t.wait_for("the search prompt", |s| {
        status_line(s).starts_with("/sattigeri")
    });
    t.keys(&["Enter", "n", "n"]);
    let screen = t.wait_for("the third match", |s| status_line(s).contains("3/"));
    let line = status_line(&screen).to_string();
    assert!(
        pane_text(&screen).to_lowercase().contains("sattigeri"),
        "{}",
        screen.join("\n")
    );
    t.keys(&["m"]);
    t.keys(&["-l", "세 번째 검색 결과"]);
    t.keys(&["Enter"]);
    t.wait_for("the bookmark", |s| status_line(s).contains("Bookmarked"));
    t.keys(&["q"]);
    // Not killed while it saves: on a loaded machine the second start could read the state
    // before the first had written it.
    t.wait_exit();
    drop(t);

    let Some(t) = Tmux::start_with_env(100, 30, &cmd, &env) else {
        return;
    };
    // Back in the same document: the list selects it, and the pane starts at the same line.
    t.wait_for("the list", |s| status_line(s).contains("Enter read"));
    t.keys(&["Enter"]);
    let want = line
        .split(" · ")
        .find(|p| p.starts_with("line "))
        .unwrap()
        .to_string();
    t.wait_for("the same place", |s| status_line(s).contains(&want));
    t.keys(&["'"]);
    t.wait_for("the bookmark list", |s| {
        s.iter().any(|l| l.contains("세 번째 검색 결과"))
    });
    t.keys(&["Enter"]);
    t.wait_for("the bookmarked place", |s| status_line(s).contains(&want));
}

#[test]
fn list_filter_and_goto() {
    let state = tempfile::tempdir().unwrap();
    let env = [("XDG_STATE_HOME", state.path().to_str().unwrap())];
    let Some(t) = Tmux::start_with_env(100, 30, &format!("{BIN} --ambiguous 1"), &env) else {
        return;
    };
    t.wait_for("the list", |s| status_line(s).contains("Enter read"));
    t.keys(&["/"]);
    t.keys(&["-l", "은소랜"]);
    t.wait_for("the filtered list", |s| s[0].contains("Documents (1/4)"));
    t.keys(&["Enter", "Enter"]);
    t.wait_for("the fourth document", |s| {
        status_line(s).contains("4/4 003_")
    });
    t.keys(&[":"]);
    t.keys(&["-l", "50%"]);
    t.keys(&["Enter"]);
    t.wait_for("half way", |s| {
        status_line(s).contains("% ") && !status_line(s).contains("line 1/")
    });
    t.keys(&["1", "G"]);
    t.wait_for("line 1", |s| status_line(s).contains("line 1/"));
}

/// An executable `editor.sh` in `dir` that runs `line` (`$1` is `+LINE`, `$2` the file).
fn stand_in_editor(dir: &std::path::Path, line: &str) -> std::path::PathBuf {
    let editor = dir.join("editor.sh");
    std::fs::write(&editor, format!("#!/bin/sh\n{line}\n")).unwrap();
    std::process::Command::new("chmod")
        .arg("+x")
        .arg(&editor)
        .status()
        .unwrap();
    editor
}

#[test]
fn open_flag_and_editor_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("기사.txt");
    let body: String = (1..=40)
        .map(|i| format!("{i}번째 문단입니다. 편집 전의 글.\n"))
        .collect();
    std::fs::write(&doc, body).unwrap();
    // A stand-in editor: checks it got +LINE, then appends a sentence to the file.
    let editor = stand_in_editor(dir.path(), "echo \"편집기가 받은 줄: $1\" >> \"$2\"");
    let cmd = format!(
        "{BIN} --ambiguous 1 --open {}:12 {}",
        doc.display(),
        doc.display()
    );
    let env = [("EDITOR", editor.to_str().unwrap()), ("VISUAL", "")];
    let Some(t) = Tmux::start_with_env(90, 24, &cmd, &env) else {
        return;
    };
    t.wait_for("line 12", |s| status_line(s).contains("line 12/40"));
    t.keys(&["e"]);
    t.keys(&["G"]);
    let screen = t.wait_for("the edited text", |s| {
        s.iter().any(|l| l.contains("편집기가 받은 줄: +12"))
    });
    assert!(
        status_line(&screen).contains("/41"),
        "{}",
        status_line(&screen)
    );
}

#[test]
fn an_edited_document_of_a_folder_keeps_its_place_and_the_others_their_quotes() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("가.txt"),
        "“첫 문서의 말이다”라고 김민수 교수는 말했다.\n",
    )
    .unwrap();
    let doc = dir.path().join("나.txt");
    let body: String = (1..=40).map(|i| format!("{i}번째 문단입니다.\n")).collect();
    std::fs::write(&doc, body).unwrap();
    // A stand-in editor that adds a quote by someone new at the end.
    let editor = stand_in_editor(
        dir.path(),
        "echo \"“새로 한 말이다”라고 박지훈 장관은 말했다.\" >> \"$2\"",
    );
    let cmd = format!(
        "{BIN} --ambiguous 1 --open {}:12 {}",
        doc.display(),
        dir.path().display()
    );
    let env = [("EDITOR", editor.to_str().unwrap()), ("VISUAL", "")];
    let Some(t) = Tmux::start_with_env(90, 24, &cmd, &env) else {
        return;
    };
    t.wait_for("line 12", |s| status_line(s).contains("line 12/40"));
    t.keys(&["e"]);
    t.wait_for("the same place in the edited text", |s| {
        status_line(s).contains("line 12/41")
    });
    // Both speakers: the edited document's new one, and the other document's, kept.
    t.keys(&["s"]);
    t.wait_for("both speakers", |s| {
        s.iter().any(|l| l.contains("박지훈")) && s.iter().any(|l| l.contains("김민수"))
    });
}

#[test]
fn an_unwritable_state_folder_is_reported_and_reading_goes_on() {
    // A state "folder" under a regular file can never be created, even by root.
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("not-a-folder");
    std::fs::write(&blocker, "").unwrap();
    let state = blocker.join("state");
    let env = [("XDG_STATE_HOME", state.to_str().unwrap())];
    let Some(t) = Tmux::start_with_env(100, 30, &format!("{BIN} --ambiguous 1"), &env) else {
        return;
    };
    t.wait_for("the list", |s| status_line(s).contains("Enter read"));
    t.keys(&["Enter", "m", "Enter"]);
    t.wait_for("the failure", |s| status_line(s).contains("Saving failed"));
    t.keys(&["Space"]);
    t.wait_for("still reading", |s| {
        status_line(s).contains("line ") && !status_line(s).contains("line 1/")
    });
}
