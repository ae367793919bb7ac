//! Clusters terminals measure differently (issue #12, finding 9): conjoining jamo and emoji
//! sequences drawn where the layout put them, and nothing left behind by the next document.

use super::faults::assert_straight;
use super::*;

/// One line per paragraph, each a case tmux and unicode-width (ratatui) measure differently,
/// each followed by `B|` to show where the next characters land.
const ODD: [(&str, &str); 8] = [
    ("가\u{1100}\u{1100}나다라|", "가\u{1100}\u{1100}나다라|"),
    ("A👍🏽B|", "A👍B|"),
    ("A\u{2764}\u{FE0F}B|", "A\u{2764}B|"),
    ("A1\u{FE0F}\u{20E3}B|", "A1B|"),
    ("A#\u{FE0F}\u{20E3}B|", "A#B|"),
    ("A👩🏽\u{200D}🔬B|", "A👩🔬B|"),
    ("A🇰🇷B|", "A🇰🇷B|"),
    ("A👨\u{200D}👩\u{200D}👧B|", "A👨👩👧B|"),
];

/// A folder with the odd document (`a_odd.txt`) and a plain one (`b_plain.txt`).
fn documents() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let odd: Vec<&str> = ODD.iter().map(|(line, _)| *line).collect();
    std::fs::write(
        dir.path().join("a_odd.txt"),
        format!("이상한 문서\n{}\n", odd.join("\n")),
    )
    .unwrap();
    // Short rows: every cell the odd document drew right of them must be cleared (a flag's
    // second half was left behind when only its first cell was overwritten).
    let plain = ["x"; 10];
    std::fs::write(
        dir.path().join("b_plain.txt"),
        format!("평범한 문서\n{}\n", plain.join("\n")),
    )
    .unwrap();
    dir
}

/// The reading pane's rows (two panes), trimmed, without the gap rows between paragraphs.
fn pane_rows(screen: &[String]) -> Vec<String> {
    let drawn = |l: &&String| l.chars().filter(|c| BORDERS.contains(c)).count() >= 4;
    screen
        .iter()
        .skip(1)
        .take(screen.len().saturating_sub(3))
        .filter(drawn)
        .map(|l| reader_text(l, true))
        .filter(|l| !l.is_empty())
        .collect()
}

/// Starts the reader at 80×24 on `dir` and opens the odd document; `None` without tmux.
fn open_odd(dir: &tempfile::TempDir) -> Option<(Tmux, Vec<String>)> {
    let cmd = format!("{BIN} --ambiguous 1 {}", dir.path().display());
    let t = Tmux::start(80, 24, &cmd)?;
    t.wait_for("the list", |s| status_line(s).contains("Enter read"));
    t.keys(&["Enter"]);
    let screen = t.wait_for("the odd document", |s| {
        pane_rows(s).first().is_some_and(|l| l == "이상한 문서")
    });
    Some((t, screen))
}

#[test]
fn jamo_and_emoji_sequences_land_where_the_layout_put_them() {
    let dir = documents();
    let Some((_t, screen)) = open_odd(&dir) else {
        return;
    };
    assert_straight(&screen, 80);
    let want: Vec<&str> = ODD.iter().map(|(_, drawn)| *drawn).collect();
    assert_eq!(pane_rows(&screen)[1..], want[..], "\n{}", screen.join("\n"));
}

#[test]
fn switching_documents_leaves_no_stale_cells() {
    let dir = documents();
    let Some((t, _)) = open_odd(&dir) else {
        return;
    };
    // Back to the list, and open the plain document over the odd one.
    t.keys(&["Tab", "j", "Enter"]);
    let screen = t.wait_for("the plain document", |s| {
        pane_rows(s).first().is_some_and(|l| l == "평범한 문서")
    });
    assert_straight(&screen, 80);
    for (y, row) in pane_rows(&screen).iter().enumerate().skip(1) {
        assert_eq!(
            row,
            "x",
            "row {y} keeps cells of the document before:\n{}",
            screen.join("\n")
        );
    }
}
