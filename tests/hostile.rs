//! Hostile input, library level: every case ends in a clear message or a correct screen, never a
//! panic or a hang.
//!
//! Escape sequences in text, names and load problems reach the screen only as visible escapes
//! (`^[`, `<U+202E>`), in the reading pane and in every popup that quotes document text; binary
//! files, invalid UTF-8 and UTF-16 without a BOM decode or are refused with a reason; 100,000
//! empty lines lay out and draw as one blank page (one long line: `tests/limits.rs`); a folder
//! with an unreadable file, an unreadable folder, symlink loops and a dangling link still opens
//! what it can. Deeply nested
//! quotes are covered by `ten_thousand_nested_quotes_do_not_overflow` in `tests/properties.rs`
//! (quote extraction); here the same input only goes through the catalog and the screen.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use dokseo::corpus::{self, decode, DecodeError, Document, Input, Problem};
use dokseo::text::{AmbiguousWidth, Layout, RowKind, WrapMode};
use dokseo::tui::action::Action;
use dokseo::tui::app::App;
use dokseo::tui::ui;
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use unicode_width::UnicodeWidthStr;

/// The screen as text, one string per row; checks that no cell holds a raw control.
fn draw(app: &App) -> Vec<String> {
    let (w, h) = app.size();
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| ui::render(app, f)).unwrap();
    let buf = terminal.backend().buffer();
    for cell in buf.content() {
        let bad = cell.symbol().chars().find(|&c| forbidden(c));
        assert!(bad.is_none(), "raw {bad:?} reached a cell");
    }
    (0..h)
        .map(|y| {
            let mut row = String::new();
            let mut x = 0;
            while x < w {
                let symbol = buf[(x, y)].symbol();
                row.push_str(symbol);
                // The cell after a wide character is hidden; skip its filler.
                x += u16::try_from(symbol.width().max(1)).unwrap_or(1);
            }
            row
        })
        .collect()
}

/// What must never reach the terminal raw: C0, DEL, C1 and bidi controls.
fn forbidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{2028}' | '\u{2029}'
        )
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

fn app_of(docs: Vec<Document>, problems: Vec<Problem>, size: (u16, u16)) -> App {
    let (amb, wrap) = (AmbiguousWidth::Narrow, WrapMode::Words);
    App::new(docs, problems, amb, wrap, size)
}

/// Hostile lines and how each must look on screen. Each is short so its escaped form fits on
/// one row of the reading pane at 100 columns.
const HOSTILE: [(&str, &str); 11] = [
    ("제목 \x1b]0;TITLE\x07 끝", "^[]0;TITLE^G"),
    ("\x1b]0;OSC0\x07 창 제목", "^[]0;OSC0^G"),
    ("\x1b]2;OSC2\x1b\\ 창 제목", "^[]2;OSC2^[\\"),
    ("\x1b]52;c;cHduZWQ=\x07 클립보드", "^[]52;c;cHduZWQ=^G"),
    ("\x1b[2J\x1b[H 화면 지우기", "^[[2J^[[H"),
    ("\x1b[10;10H 커서 이동", "^[[10;10H"),
    ("\u{9b}31m C1 제어", "<U+009B>31m"),
    ("\u{202e}evil\u{202c} 방향", "<U+202E>evil<U+202C>"),
    (
        "\u{2066}a\u{2067}b\u{2068}c\u{2069} 격리",
        "<U+2066>a<U+2067>b<U+2068>c<U+2069>",
    ),
    ("\x07bell \x7f del", "^Gbell ^? del"),
    (
        "“\x1b]52;c;cXVvdGU=\x07 인용문”이라고 김민수 장관은 말했다.",
        "^[]52;c;cXVvdGU=^G",
    ),
];

fn hostile_text() -> String {
    HOSTILE.iter().map(|(raw, _)| format!("{raw}\n")).collect()
}

fn hostile_app(size: (u16, u16)) -> App {
    let name = "evil\x1b]2;NAME\x07\u{202e}.txt";
    let doc = Document::new(name, hostile_text(), "UTF-8", false);
    let problem = Problem {
        name: "bad\x1b[2J\u{9b}.txt".into(),
        message: "cannot read it: \x1b]52;c;eA==\x07".into(),
    };
    app_of(vec![doc], vec![problem], size)
}

#[test]
fn escape_sequences_in_text_names_and_problems_are_drawn_as_escapes() {
    let mut app = hostile_app((100, 30));
    let list = draw(&app).join("\n");
    assert!(list.contains("^[]0;TITLE^G"), "title in the list:\n{list}");
    assert!(
        list.contains("bad^[[2J<U+009B>.txt"),
        "problem name:\n{list}"
    );
    app.update(Action::Open);
    let screen = draw(&app).join("\n");
    for (_, want) in HOSTILE {
        assert!(screen.contains(want), "{want:?} not on screen:\n{screen}");
    }
    assert!(
        screen.contains("evil^[]2;NAME^G<U+202E>.txt"),
        "name in the status line:\n{screen}"
    );
}

#[test]
fn escapes_stay_escaped_when_wrapped_narrow_and_in_every_popup() {
    // A narrow single pane wraps the escapes across rows; `draw` checks every cell.
    let mut narrow = hostile_app((20, 40));
    narrow.update(Action::Open);
    for _ in 0..20 {
        draw(&narrow);
        narrow.update(Action::ScrollRows(1));
    }
    // The hostile document is second and not on screen, so what a popup shows of it is its own.
    let plain = Document::new("plain.txt", "평범한 글입니다.\n".into(), "UTF-8", false);
    let hostile = Document::new("hostile.txt", hostile_text(), "UTF-8", false);
    let mut app = app_of(vec![plain, hostile], Vec::new(), (100, 30));
    app.update(Action::Select(1));
    app.update(Action::Open);
    app.update(Action::StartBookmark);
    app.update(Action::Confirm);
    app.update(Action::Back);
    app.update(Action::Select(0));
    app.update(Action::Open);
    let base = draw(&app).join("\n");
    let popups = [
        ("finder", Action::OpenFinder, "", "^[]52;c;cXVvdGU=^G"),
        ("speakers", Action::OpenSpeakers, "", "김민수"),
        ("bookmarks", Action::OpenBookmarks, "", "^[]0;OSC0^G"),
        ("search all", Action::OpenSearchAll, "OSC2", "^[]2;OSC2"),
    ];
    for (name, open, typed, want) in popups {
        assert!(!base.contains(want), "{name}: {want:?} already on screen");
        app.update(open);
        typed.chars().for_each(|c| app.update(Action::Input(c)));
        let screen = draw(&app).join("\n");
        assert!(screen.contains(want), "{name}: no {want:?}:\n{screen}");
        app.update(Action::ClosePopup);
    }
}

#[test]
fn search_all_context_shows_the_text_after_a_hit_as_written() {
    // Found through `\x1b]2;OSC2\x1b\\` showing as `^[]2;OSC2 ^[\`; Korean stems show it daily.
    let doc = Document::new("a.txt", "장관은 말했다.\n".into(), "UTF-8", false);
    let mut app = app_of(vec![doc], Vec::new(), (100, 20));
    app.update(Action::OpenSearchAll);
    "장관".chars().for_each(|c| app.update(Action::Input(c)));
    let screen = draw(&app).join("\n");
    assert!(screen.contains("장관"), "no hit:\n{screen}");
    assert!(
        !screen.contains("장관 은"),
        "a space the text does not have:\n{screen}"
    );
}

#[test]
fn binary_and_badly_encoded_files_give_a_reason_or_clean_text() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        Input::Path(p)
    };
    let mut elf = b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0\x01\0\0\0".to_vec();
    elf.extend((0u8..=255).cycle().take(4096));
    let mut invalid = "앞 문장 ".as_bytes().to_vec();
    invalid.extend([0xff, 0xc3, 0x28, 0xed, 0xa0, 0x80]);
    invalid.extend(" 뒤 문장".as_bytes());
    let utf16 = "UTF-16 without a BOM, 바이트 순서 표시 없이 쓴 글입니다.";
    let le: Vec<u8> = utf16.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = utf16.encode_utf16().flat_map(u16::to_be_bytes).collect();
    let inputs = [
        write("nul.txt", b"text\0with a NUL"),
        write("elf.txt", &elf),
        write("invalid.txt", &invalid),
        write("le.txt", &le),
        write("be.txt", &be),
    ];
    let got = corpus::load(&inputs);
    let binary = DecodeError::Binary.to_string();
    let reasons: Vec<(&str, &str)> = got
        .problems
        .iter()
        .map(|p| (file_name(&p.name), p.message.as_str()))
        .collect();
    assert_eq!(
        reasons,
        [("nul.txt", binary.as_str()), ("elf.txt", binary.as_str())]
    );
    let docs: Vec<(&str, &str, &str, bool)> = got
        .docs
        .iter()
        .map(|d| (file_name(&d.name), d.text.as_str(), d.encoding, d.lossy))
        .collect();
    assert_eq!(
        docs,
        [
            (
                "invalid.txt",
                "앞 문장 \u{fffd}\u{fffd}(\u{fffd}\u{fffd}\u{fffd} 뒤 문장",
                "UTF-8",
                true
            ),
            ("le.txt", utf16, "UTF-16LE", false),
            ("be.txt", utf16, "UTF-16BE", false),
        ]
    );
}

fn file_name(path: &str) -> &str {
    Path::new(path).file_name().unwrap().to_str().unwrap()
}

#[test]
fn utf16_korean_without_a_bom_is_not_called_binary() {
    // Korean prose has few spaces, so few NUL bytes in UTF-16; it was once refused as binary.
    let text = "오늘 서울의 낮 기온은 영상 이십도까지 올라가겠고, 내일은 전국에 비가 내리겠습니다.";
    let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    match decode(&le) {
        Ok(d) => assert_eq!((d.text.as_str(), d.encoding), (text, "UTF-16LE")),
        Err(e) => panic!("UTF-16LE Korean without a BOM was refused: {e}"),
    }
}

#[test]
fn a_hundred_thousand_empty_lines() {
    let blank = "\n".repeat(100_000);
    assert_eq!(decode(blank.as_bytes()), Err(DecodeError::Empty));
    assert!(Layout::new(&blank, 80, WrapMode::Words, AmbiguousWidth::Narrow).is_empty());
    let nbsp = "\u{a0}\n".repeat(100_000);
    assert!(Layout::new(&nbsp, 80, WrapMode::Words, AmbiguousWidth::Narrow).is_empty());

    // The rows between two words: one gap, however many blank lines the source had.
    let framed = format!("처음{blank}끝");
    let layout = Layout::new(&framed, 80, WrapMode::Words, AmbiguousWidth::Narrow);
    let kinds: Vec<_> = layout
        .rows()
        .iter()
        .map(|r| (r.kind, &framed[r.range()]))
        .collect();
    let (text, gap) = (RowKind::Text, RowKind::Gap);
    assert_eq!(kinds, [(text, "처음"), (gap, ""), (text, "끝")]);

    // A document of nothing but newlines (say, from standard input) draws a blank page.
    let doc = Document::new("blank", blank.clone(), "UTF-8", false);
    let mut app = app_of(vec![doc], Vec::new(), (80, 24));
    app.update(Action::Open);
    for action in [
        Action::ScrollPages(1_000),
        Action::Bottom,
        Action::ScrollRows(-5),
        Action::StartSearch,
        Action::Input('x'),
        Action::Confirm,
        Action::StepMatch(true),
    ] {
        app.update(action);
        let screen = draw(&app);
        // The reading pane: what lies right of its left border, on every row inside the frame.
        let mut pane = screen[1..screen.len() - 2]
            .iter()
            .map(|l| l.split_once('┃').map_or("?", |(_, r)| r));
        assert!(
            pane.all(|r| r.chars().all(|c| c == ' ' || c == '┃')),
            "after {action:?}, not blank:\n{}",
            screen.join("\n")
        );
    }
}

#[cfg(unix)]
#[test]
fn a_folder_with_unreadable_entries_and_bad_links_opens_the_rest() {
    use std::os::unix::fs::{symlink, PermissionsExt};
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(root.join("good.txt"), "읽을 수 있는 글").unwrap();
    std::fs::create_dir(root.join("sub")).unwrap();
    std::fs::write(root.join("sub").join("nested.md"), "# 안쪽 글").unwrap();
    let locked = root.join("locked.txt");
    std::fs::write(&locked, "잠긴 글").unwrap();
    let locked_dir = root.join("locked-dir");
    std::fs::create_dir(&locked_dir).unwrap();
    std::fs::write(locked_dir.join("inside.txt"), "잠긴 폴더 안").unwrap();
    symlink(root, root.join("loop")).unwrap();
    symlink("self.txt", root.join("self.txt")).unwrap();
    symlink("nowhere.txt", root.join("dangling.txt")).unwrap();
    let mode = |p: &Path, m: u32| std::fs::set_permissions(p, std::fs::Permissions::from_mode(m));
    mode(&locked, 0o000).unwrap();
    mode(&locked_dir, 0o000).unwrap();
    // Root reads through any permission bits; then the locked entries simply open.
    let enforced = std::fs::read(&locked).is_err();

    let got = corpus::load(&[Input::Path(root.to_path_buf())]);
    mode(&locked_dir, 0o755).unwrap();

    let mut titles: Vec<&str> = got.docs.iter().map(|d| d.meta.title.as_str()).collect();
    titles.sort_unstable();
    let mut problems: Vec<(&str, &str)> = got
        .problems
        .iter()
        .map(|p| (file_name(&p.name), p.message.as_str()))
        .collect();
    problems.sort_unstable();
    let one_line = |m: &str| !m.is_empty() && !m.contains('\n');
    assert!(problems.iter().all(|(_, m)| one_line(m)), "{problems:?}");
    let self_loop = problems.iter().find(|(n, _)| *n == "self.txt");
    assert!(
        self_loop.is_some_and(|(_, m)| m.starts_with("cannot read it")),
        "{problems:?}"
    );
    problems.retain(|(n, _)| *n != "self.txt");
    if enforced {
        assert_eq!(titles, ["안쪽 글", "읽을 수 있는 글"]);
        assert_eq!(
            problems,
            [
                ("dangling.txt", "no such file or folder"),
                ("locked-dir", "permission denied"),
                ("locked.txt", "permission denied"),
            ]
        );
    } else {
        eprintln!("SKIP (running as root): permission bits do not stop reading");
        assert_eq!(
            titles,
            ["안쪽 글", "읽을 수 있는 글", "잠긴 글", "잠긴 폴더 안"]
        );
        assert_eq!(problems, [("dangling.txt", "no such file or folder")]);
    }
}

#[test]
fn ten_thousand_nested_quotes_go_through_the_catalog_and_the_screen() {
    let text = format!("{}말{}\n", "“‘".repeat(5_000), "’”".repeat(5_000));
    let doc = Document::new("nested", text, "UTF-8", false);
    let mut app = app_of(vec![doc], Vec::new(), (80, 24));
    app.update(Action::Open);
    for (action, want) in [
        (Action::StepQuote(true), '“'),
        (Action::Bottom, '”'),
        (Action::OpenFinder, '‘'),
    ] {
        app.update(action);
        let screen = draw(&app).join("\n");
        assert!(screen.contains(want), "after {action:?}:\n{screen}");
    }
}
