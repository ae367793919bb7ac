//! The quote finder, same-speaker jumps and quote details in a real terminal.

use super::*;

#[test]
fn quote_finder_then_same_speaker_jumps() {
    let Some(t) = Tmux::start(100, 30, &format!("{BIN} --ambiguous 1")) else {
        return;
    };
    t.wait_for("the list", |s| status_line(s).contains("Enter read"));
    t.keys(&["f"]);
    t.wait_for("the finder", |s| s.iter().any(|l| l.contains("› ")));
    t.keys(&["-l", "sattigeri"]);
    t.wait_for("filtered quotes", |s| {
        s.iter().any(|l| l.contains("Quotes 4/"))
    });
    t.keys(&["Enter"]);
    let screen = t.wait_for("the quote", |s| {
        status_line(s).contains("Prasanna Sattigeri 1/4")
    });
    assert!(
        pane_text(&screen).contains("DeepSeek는대규모AI훈련에서"),
        "{}",
        screen.join("\n")
    );
    t.keys(&["}"]);
    let screen = t.wait_for("the next quote", |s| {
        status_line(s).contains("Prasanna Sattigeri 2/4")
    });
    assert!(
        pane_text(&screen).contains("이를통해구형하드웨어를"),
        "{}",
        screen.join("\n")
    );
    t.keys(&["}", "}", "}"]);
    t.wait_for("wrap around", |s| {
        status_line(s).contains("Prasanna Sattigeri 1/4")
    });
    t.keys(&["y"]);
    t.wait_for("the copy message", |s| status_line(s).contains("Copied"));
    let copied = t.run(&["show-buffer"]);
    assert!(
        copied.starts_with("“DeepSeek는 대규모 AI 훈련에서"),
        "{copied}"
    );
    assert!(
        copied.contains("” — Prasanna Sattigeri, AI 군비 경쟁은"),
        "{copied}"
    );
}

#[test]
fn quote_details_open_on_i_and_close_on_any_key() {
    let (w, h) = (100, 30);
    let Some(t) = Tmux::start(w, h, &format!("{BIN} --ambiguous 1")) else {
        return;
    };
    t.wait_for("the list", |s| status_line(s).contains("Enter read"));
    t.keys(&["i"]);
    t.wait_for("no quote yet", |s| {
        status_line(s).contains("No current quote")
    });
    t.keys(&["]", "]", "]"]);
    t.wait_for("the third quote", |s| {
        status_line(s).contains("Larry Li 2/3")
    });
    t.keys(&["i"]);
    let screen = t.wait_for("the details", |s| {
        s.iter().any(|l| l.contains("Quote details"))
    });
    let text = screen.join("\n");
    for want in [
        "Speaker     Larry Li",
        "As written  그",
        "Rule        quotative_before — ",
        "Kind        speech",
        "File        000_7813f3b5ebc8f1dd.txt, line 2",
        "Sentence",
    ] {
        assert!(text.contains(want), "{want:?} missing:\n{text}");
    }
    assert!(text.contains("많며, \"하지만 아무도"), "{text}");
    assert!(text.contains("몰랐습니다.\"라고 덧붙였습니다."), "{text}");
    for (y, line) in screen[..screen.len() - 1].iter().enumerate() {
        assert_eq!(line.width(), usize::from(w), "row {y}:\n{text}");
        assert!(line.ends_with(BORDERS), "row {y}: {line:?}");
    }
    t.keys(&["x"]);
    let screen = t.wait_for("the details to close", |s| {
        !s.iter().any(|l| l.contains("Quote details"))
    });
    assert!(
        status_line(&screen).contains("Larry Li 2/3"),
        "still on the quote:\n{}",
        screen.join("\n")
    );
}

#[test]
fn speakers_view_filters_sorts_lists_quotes_and_copies_markdown() {
    let Some(t) = Tmux::start(110, 30, &format!("{BIN} --ambiguous 1")) else {
        return;
    };
    t.wait_for("the list", |s| status_line(s).contains("Enter read"));
    t.keys(&["s"]);
    let screen = t.wait_for("the speakers view", |s| {
        s.iter().any(|l| l.contains("Speakers 18/18 · most quoted"))
    });
    // Most quoted first, with quotes, documents, a bar and the role.
    let first = screen
        .iter()
        .find(|l| l.contains("17q"))
        .unwrap_or_else(|| panic!("{}", screen.join("\n")));
    assert!(first.contains("David D. Cox") && first.contains("1d") && first.contains('█'));
    super::faults::assert_straight(&screen, 110);
    t.keys(&["-l", "ibm"]);
    let screen = t.wait_for("filtered", |s| {
        s.iter().any(|l| l.contains("Speakers 6/18"))
    });
    assert!(
        !screen
            .iter()
            .any(|l| l.contains("Larry Li") && l.contains("3q")),
        "{}",
        screen.join("\n")
    );
    t.keys(&["Tab"]);
    let screen = t.wait_for("by name", |s| s.iter().any(|l| l.contains("· name (Tab)")));
    let abraham = screen.iter().position(|l| l.contains("Abraham Daniels"));
    let prasanna = screen.iter().position(|l| l.contains("Prasanna Sattigeri"));
    assert!(abraham < prasanna, "{}", screen.join("\n"));
    // The highlight stayed on the speaker it was on; the top row is the first by name.
    t.keys(&["PageUp", "Enter"]);
    t.wait_for("that speaker's quotes", |s| {
        s.iter()
            .any(|l| l.contains("Quotes of Abraham Daniels 3/3"))
    });
    t.keys(&["C-y"]);
    t.wait_for("the copy message", |s| {
        status_line(s).contains("as Markdown")
    });
    let copied = t.run(&["show-buffer"]);
    assert!(copied.starts_with("# Abraham Daniels\n"), "{copied}");
    assert!(
        copied.contains("IBM 수석 기술 제품 관리자 · 3 quotes in 1 document"),
        "{copied}"
    );
    t.keys(&["Enter"]);
    t.wait_for("the quote", |s| {
        status_line(s).contains("Abraham Daniels 1/3")
    });
}

#[test]
fn the_reading_pane_sums_up_its_documents_quotes() {
    let Some(t) = Tmux::start(110, 30, &format!("{BIN} --ambiguous 1")) else {
        return;
    };
    t.wait_for("the list", |s| status_line(s).contains("Enter read"));
    let screen = t.wait_for("the summary", |s| {
        s.iter()
            .any(|l| l.contains("23 quotes · 8 speakers · Anthony Annunziata 4 · Larry Li 3"))
    });
    super::faults::assert_straight(&screen, 110);
    t.keys(&["j"]);
    t.wait_for("the next document's", |s| {
        s.iter().any(|l| l.contains("· David D. Cox 17"))
    });
}

#[test]
fn ctrl_s_saves_a_speakers_quotes_as_markdown_in_a_new_file() {
    let dir = tempfile::tempdir().unwrap();
    let cmd = format!(
        "sh -c 'cd \"{}\" && {BIN} --ambiguous 1'",
        dir.path().display()
    );
    let Some(t) = Tmux::start(110, 30, &cmd) else {
        return;
    };
    t.wait_for("the list", |s| status_line(s).contains("Enter read"));
    t.keys(&["s"]);
    t.wait_for("the speakers view", |s| {
        s.iter().any(|l| l.contains("Speakers 18/18"))
    });
    t.keys(&["C-s"]);
    t.wait_for("the message", |s| {
        status_line(s).contains("Saved 17 quotes of David D. Cox")
    });
    // Again from the finder: a second file, the first kept.
    t.keys(&["Enter", "C-s"]);
    t.wait_for("the second", |s| {
        status_line(s).contains("David D. Cox-2.md")
    });
    let first = std::fs::read_to_string(dir.path().join("David D. Cox.md")).unwrap();
    let second = std::fs::read_to_string(dir.path().join("David D. Cox-2.md")).unwrap();
    assert!(first.starts_with("# David D. Cox\n") && first.matches("- line ").count() == 17);
    assert_eq!(first, second);
}
