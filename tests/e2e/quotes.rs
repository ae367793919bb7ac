//! The quote finder and same-speaker jumps in a real terminal.

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
