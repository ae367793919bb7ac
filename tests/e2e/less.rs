//! less habits and the reader for any text: one file opens in the reading pane, d/u, =, :n/:p,
//! -N, -S, R, hard-wrapped paragraphs that flow, search that hands over from F, and joiners
//! that never shift a row.

use super::faults::assert_straight;
use super::*;

/// The number after `word` on the status line (`line 12/300` gives 12 for " line ").
fn after(screen: &[String], word: &str) -> usize {
    let status = status_line(screen);
    status
        .find(word)
        .map(|i| &status[i + word.len()..])
        .and_then(|rest| rest.split(|c: char| !c.is_ascii_digit()).next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// The search's `k/n` on the status line: the first field of its right-hand part, unless
/// that is the position (`line 3/30`): then (0, 0).
fn search_at(screen: &[String]) -> (usize, usize) {
    let status = status_line(screen);
    let first = status.split(" · ").next().unwrap_or("");
    let mut words = first.split_whitespace().rev();
    let field = words.next().unwrap_or("");
    if words.next() == Some("line") {
        return (0, 0);
    }
    let mut nums = field
        .trim_end_matches('…')
        .split('/')
        .map(|n| n.parse().unwrap_or(0));
    (nums.next().unwrap_or(0), nums.next().unwrap_or(0))
}

fn numbered(dir: &std::path::Path, name: &str, lines: usize) -> std::path::PathBuf {
    let path = dir.join(name);
    let body: String = (1..=lines).map(|i| format!("{name} 줄 {i}\n")).collect();
    std::fs::write(&path, body).unwrap();
    path
}

#[test]
fn one_file_reads_at_once_and_answers_less_keys() {
    let dir = tempfile::tempdir().unwrap();
    let a = numbered(dir.path(), "a.txt", 300);
    let b = numbered(dir.path(), "b.txt", 40);
    let one = format!("{BIN} --ambiguous 1 {}", a.display());
    let Some(t) = Tmux::start(80, 20, &one) else {
        return;
    };
    // One file: the reading pane, as `less file`.
    t.wait_for("the text", |s| status_line(s).contains("line 1/300"));
    t.keys(&["d"]);
    let half = t.wait_for("half a page", |s| after(s, " line ") > 1);
    let down = after(&half, " line ");
    assert!((4..=12).contains(&down), "{}", status_line(&half));
    t.keys(&["u"]);
    t.wait_for("back up", |s| after(s, " line ") == 1);
    t.keys(&["="]);
    let info = t.wait_for("= says where", |s| status_line(s).contains("byte "));
    assert!(
        status_line(&info).contains("lines 1-"),
        "{}",
        status_line(&info)
    );
    t.keys(&["R"]);
    t.wait_for("read again", |s| status_line(s).contains("again"));
    drop(t);
    // Two files: `:n` and `:p` read the next and previous one at once.
    let two = format!("{BIN} --ambiguous 1 {} {}", a.display(), b.display());
    let Some(t) = Tmux::start(80, 20, &two) else {
        return;
    };
    t.wait_for("the list", |s| status_line(s).contains("Enter read"));
    t.keys(&["Enter", ":", "n"]);
    t.wait_for("the next file", |s| status_line(s).contains("line 1/40"));
    t.keys(&[":", "p"]);
    t.wait_for("the previous file", |s| {
        status_line(s).contains("line 1/300")
    });
}

#[test]
fn line_numbers_and_chopped_lines_scroll_sideways() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.txt");
    let long: String = (0..120).map(|i| format!("칸{i:03} ")).collect();
    std::fs::write(&path, format!("첫 줄\n{long}\n셋째 줄\n")).unwrap();
    let cmd = format!("{BIN} --ambiguous 1 -N -S {}", path.display());
    let Some(t) = Tmux::start(80, 12, &cmd) else {
        return;
    };
    let screen = t.wait_for("the text", |s| s.iter().any(|l| l.contains("셋째")));
    let text = pane_text(&screen);
    // Numbers beside each line, and the long line cut at the edge: line 3 follows at once.
    assert!(
        text.contains("1첫줄2칸000") && text.contains("3셋째줄"),
        "{text}"
    );
    assert!(!text.contains("칸020"), "{text}");
    assert_straight(&screen, 80);
    t.keys(&[">", ">"]);
    let moved = t.wait_for("scrolled right", |s| !pane_text(s).contains("칸000"));
    assert!(pane_text(&moved).contains("칸0"), "{}", pane_text(&moved));
    assert_straight(&moved, 80);
    // S wraps them again; # hides the numbers.
    t.keys(&["S", "#"]);
    let wrapped = t.wait_for("wrapped", |s| pane_text(s).contains("칸020"));
    assert!(
        pane_text(&wrapped).contains("첫줄칸000"),
        "{}",
        pane_text(&wrapped)
    );
}

#[test]
fn hard_wrapped_paragraphs_flow_and_code_keeps_its_lines() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wrapped.txt");
    let english = "The reader joins the lines of one paragraph, so a text wrapped at seventy\n\
                   columns fills the pane whatever its width, and a blank line still ends\n\
                   the paragraph as the author meant it to, however narrow the window is.\n";
    let korean = "서울시는 오늘 오전 시청에서 기자회견을 열고 내년부터 대중교통\n\
                  요금을 단계적으로 인상하겠다고 밝혔다. 시 관계자는 적자가\n\
                  누적되어 더 이상 현재 요금 체계를 유지하기 어렵다고 설명했다.\n";
    let mut body = String::new();
    for _ in 0..4 {
        body.push_str(english);
        body.push('\n');
        body.push_str(korean);
        body.push('\n');
    }
    body.push_str("```\nfn main() {\n    println!(\"코드\");\n}\n```\n");
    std::fs::write(&path, body).unwrap();
    let cmd = format!("{BIN} --ambiguous 1 {}", path.display());
    let Some(t) = Tmux::start(160, 30, &cmd) else {
        return;
    };
    let screen = t.wait_for("the text", |s| s.iter().any(|l| l.contains("columns")));
    // At 160 columns the first paragraph's source lines run together on one row (the title
    // above it is the first source line).
    let row = screen[1..]
        .iter()
        .find(|l| l.contains("seventy"))
        .expect("the first paragraph");
    assert!(row.contains("seventy columns"), "{}", screen.join("\n"));
    assert!(
        screen.iter().any(|l| l.contains("대중교통 요금을")),
        "{}",
        screen.join("\n")
    );
    assert_straight(&screen, 160);
    t.keys(&["G"]);
    let end = t.wait_for("the code", |s| s.iter().any(|l| l.contains("println")));
    let code: Vec<&String> = end
        .iter()
        .filter(|l| l.contains("fn main") || l.contains("println"))
        .collect();
    assert_eq!(code.len(), 2, "a fenced block keeps one line per row");
    // r shows the lines as in the file.
    t.keys(&["g", "r"]);
    let lines = t.wait_for("as in the file", |s| {
        status_line(s).contains("as in the file")
    });
    assert!(
        !lines.iter().any(|l| l.contains("seventy columns")),
        "{}",
        lines.join("\n")
    );
}

#[test]
fn a_hit_chosen_in_search_all_is_the_documents_search() {
    let Some(t) = Tmux::start(100, 30, &format!("{BIN} --ambiguous 1")) else {
        return;
    };
    t.wait_for("the list", |s| status_line(s).contains("Enter read"));
    t.keys(&["F"]);
    t.keys(&["-l", "deepseek"]);
    t.wait_for("hits", |s| s.iter().any(|l| l.contains("matches")));
    t.keys(&["Enter"]);
    let first = t.wait_for("the hit, as a search", |s| search_at(s).0 == 1);
    let n = search_at(&first).1;
    assert!(n > 1, "{}", status_line(&first));
    t.keys(&["n"]);
    t.wait_for("the next match", |s| search_at(s) == (2, n));
    // Ctrl-R searches back from the view: from the end, the last match.
    // (Esc alone first: Esc and G together would arrive as Alt-G.)
    t.keys(&["Escape"]);
    t.wait_for("the search cleared", |s| search_at(s) == (0, 0));
    t.keys(&["G"]);
    t.wait_for("the end", |s| status_line(s).contains("100%"));
    t.keys(&["C-r"]);
    t.keys(&["-l", "deepseek"]);
    t.keys(&["Enter"]);
    let back = t.wait_for("a match above the last page", |s| {
        search_at(s).0 > 0 && search_at(s).1 == n
    });
    let k = search_at(&back).0;
    assert!(k > 1, "{}", status_line(&back));
    // n goes on backwards, as after less's ?.
    t.keys(&["n"]);
    t.wait_for("the match before", |s| search_at(s) == (k - 1, n));
}

#[test]
fn joiners_between_letters_leave_the_border_straight() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("zwj.txt");
    std::fs::write(&path, "c\u{200d}결합 a\u{200c}b 영\u{200b}폭 끝|\n").unwrap();
    let cmd = format!("{BIN} --ambiguous 1 {}", path.display());
    let Some(t) = Tmux::start(80, 8, &cmd) else {
        return;
    };
    let screen = t.wait_for("the text", |s| s.iter().any(|l| l.contains("끝|")));
    assert!(
        pane_text(&screen).contains("c결합ab영폭끝|"),
        "{}",
        screen.join("\n")
    );
    assert_straight(&screen, 80);
}

#[test]
fn the_outline_lists_headings_and_goes_to_one() {
    let dir = tempfile::tempdir().unwrap();
    let md = dir.path().join("notes.md");
    let mut body = String::from("# 머리말\n\n");
    for (i, title) in ["첫째 장", "둘째 장", "셋째 장"].iter().enumerate() {
        body.push_str(&format!("## {title}\n\n"));
        for p in 0..12 {
            body.push_str(&format!(
                "{i}장 {p}번째 문단은 **굵게** 쓴 말과 `코드`를 담고 있다.\n\n"
            ));
        }
    }
    body.push_str("```\nfn main() {}\n```\n");
    std::fs::write(&md, body).unwrap();
    let cmd = format!("{BIN} --ambiguous 1 {}", md.display());
    let Some(t) = Tmux::start(90, 24, &cmd) else {
        return;
    };
    t.wait_for("the text", |s| status_line(s).contains("line 1/"));
    t.keys(&["o"]);
    let outline = t.wait_for("the outline", |s| {
        s.iter().any(|l| l.contains("Outline (4)"))
    });
    assert!(
        outline.iter().any(|l| l.contains("셋째 장")),
        "{}",
        outline.join("\n")
    );
    t.keys(&["j", "j", "j", "Enter"]);
    let there = t.wait_for("the heading", |s| s[1].contains("## 셋째 장"));
    assert_straight(&there, 90);
    // Plain text: numbered headings on their own lines.
    let txt = dir.path().join("law.txt");
    let mut law = String::new();
    for (n, name) in ["총칙", "권리", "보칙"].iter().enumerate() {
        law.push_str(&format!("제{}장 {name}\n\n", n + 1));
        for k in 0..8 {
            law.push_str(&format!(
                "이 장의 {k}번째 조문은 여러 줄에 걸쳐 설명을 이어 간다.\n\n"
            ));
        }
    }
    std::fs::write(&txt, law).unwrap();
    drop(t);
    let cmd = format!("{BIN} --ambiguous 1 {}", txt.display());
    let Some(t) = Tmux::start(90, 24, &cmd) else {
        return;
    };
    t.wait_for("the text", |s| status_line(s).contains("line 1/"));
    t.keys(&["o"]);
    let plain = t.wait_for("the plain outline", |s| {
        s.iter().any(|l| l.contains("제3장 보칙"))
    });
    assert!(
        plain.iter().any(|l| l.contains("Outline (3)")),
        "{}",
        plain.join("\n")
    );
}

#[test]
fn the_list_shows_the_files_size_and_always_its_invalid_bytes() {
    let dir = tempfile::tempdir().unwrap();
    // "한글 글자" in CP949: 9 bytes on disk, 13 as UTF-8.
    let cp949 = dir.path().join("cp949.txt");
    std::fs::write(&cp949, b"\xc7\xd1\xb1\xdb \xb1\xdb\xc0\xda").unwrap();
    let broken = dir.path().join("broken.txt");
    std::fs::write(&broken, b"\xea\xb0\x80\xff\xfe \xeb\x82\x98\n").unwrap();
    let cmd = format!(
        "{BIN} --ambiguous 1 {} {}",
        cp949.display(),
        broken.display()
    );
    let Some(t) = Tmux::start(72, 12, &cmd) else {
        return;
    };
    let screen = t.wait_for("both", |s| s.iter().any(|l| l.contains("invalid")));
    let list: String = screen.join("\n");
    assert!(list.contains("9 B"), "{list}");
    assert!(list.contains("⚠ invalid"), "{list}");
    assert_straight(&screen, 72);
}

#[test]
fn markdown_tables_stay_unwrapped_and_scroll_sideways() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("table.md");
    let cells: String = (0..12).map(|i| format!(" 칸{i:02} |")).collect();
    let body = format!(
        "# 표\n\nProse before the table is long enough to wrap in a pane of this width,\n\
         and its two lines flow together.\n\n| 이름 |{cells}\n|---|---|\n| 콕스 | 교수 |\n\n\
         ```\nfn main() {{\n    println!(\"코드\");\n}}\n```\n"
    );
    std::fs::write(&path, body).unwrap();
    let cmd = format!("{BIN} --ambiguous 1 {}", path.display());
    let Some(t) = Tmux::start(60, 20, &cmd) else {
        return;
    };
    let screen = t.wait_for("the table", |s| s.iter().any(|l| l.contains("| 이름")));
    let at = |s: &[String], word: &str| s.iter().position(|l| l.contains(word));
    let head = at(&screen, "| 이름").unwrap();
    // One row per table row, cut at the edge with a mark, no gap rows inside the table.
    assert!(screen[head].contains("칸00") && !screen[head].contains("칸11"));
    let inside = screen[head].trim_end().trim_end_matches('┃').trim_end();
    assert!(inside.ends_with('…'), "{}", screen[head]);
    assert!(
        screen[head + 1].contains("|---|---|"),
        "{}",
        screen.join("\n")
    );
    assert!(screen[head + 2].contains("| 콕스 | 교수 |"));
    // Prose around it wraps and flows; code keeps one line per row, without gaps.
    assert!(
        at(&screen, "flow together").is_some(),
        "{}",
        screen.join("\n")
    );
    let code = at(&screen, "fn main").unwrap();
    assert!(
        screen[code + 1].contains("println"),
        "{}",
        screen.join("\n")
    );
    assert_straight(&screen, 60);
    t.keys(&[">", ">"]);
    let moved = t.wait_for("the table's end", |s| s.iter().any(|l| l.contains("칸11")));
    assert!(at(&moved, "Prose before").is_some(), "prose does not move");
    assert!(!moved.iter().any(|l| l.contains("| 이름")));
    assert_straight(&moved, 60);
}
