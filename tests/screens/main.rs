//! Screen snapshots of the reader drawn to ratatui's `TestBackend` (`corrections`: the speaker
//! chooser, a corrected quote's details and the stale corrections).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use dokseo::corpus::{self, Document, Problem};
use dokseo::text::{AmbiguousWidth, WrapMode};
use dokseo::tui::action::Action;
use dokseo::tui::app::App;
use dokseo::tui::ui;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

fn draw(app: &App) -> Terminal<TestBackend> {
    let (w, h) = app.size();
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| ui::render(app, f)).unwrap();
    terminal
}

/// Types `text` into whatever has the keyboard (a finder, a filter, a chooser).
fn type_in(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::Input(c));
    }
}

fn seeds_app(w: u16, h: u16) -> App {
    App::new(
        corpus::seeds(),
        Vec::new(),
        AmbiguousWidth::Narrow,
        WrapMode::Words,
        (w, h),
    )
}

/// Every body row of the screen (all but the status line) is exactly as wide as the screen and
/// ends in a border: nothing pushed the right edge.
fn assert_borders_straight(terminal: &Terminal<TestBackend>) {
    let buf = terminal.backend().buffer();
    let w = buf.area.width;
    for y in 0..buf.area.height - 1 {
        let last = buf[(w - 1, y)].symbol();
        assert!(
            matches!(last, "│" | "┃" | "┐" | "┘" | "┓" | "┛" | "|" | "+" | "#"),
            "row {y} ends in {last:?}"
        );
    }
}

#[test]
fn main_screen_80x24() {
    let app = seeds_app(80, 24);
    let t = draw(&app);
    assert_borders_straight(&t);
    insta::assert_snapshot!(t.backend());
}

#[test]
fn main_screen_120x40_reading() {
    let mut app = seeds_app(120, 40);
    app.update(Action::SelectBy(1));
    app.update(Action::Open);
    app.update(Action::ScrollPages(1));
    let t = draw(&app);
    assert_borders_straight(&t);
    insta::assert_snapshot!(t.backend());
}

#[test]
fn narrow_single_pane_61x20() {
    let mut app = seeds_app(61, 20);
    app.update(Action::SelectBy(2));
    app.update(Action::Open);
    let t = draw(&app);
    assert_borders_straight(&t);
    insta::assert_snapshot!(t.backend());
}

#[test]
fn help_overlay() {
    let mut app = seeds_app(80, 24);
    app.update(Action::ToggleHelp);
    insta::assert_snapshot!(draw(&app).backend());
}

#[test]
fn too_small_then_recovers() {
    for (w, h) in [(1, 1), (2, 1), (10, 3), (19, 30)] {
        let app = seeds_app(w, h);
        let t = draw(&app);
        let first: String = (0..w)
            .map(|x| t.backend().buffer()[(x, 0)].symbol().to_string())
            .collect();
        assert!(
            "Terminal too small.".starts_with(first.trim_end_matches(['…', ' '])),
            "{first:?}"
        );
    }
    let mut app = seeds_app(10, 3);
    app.update(Action::Resize(80, 24));
    assert_borders_straight(&draw(&app));
}

#[test]
fn hostile_text_is_escaped_on_screen() {
    let text = "title\n\u{1b}]2;PWNED\u{7} clip \u{1b}]52;c;cHduZWQ=\u{7} \u{1b}[2J \u{9b}31m \u{202e}evil\n";
    let doc = Document::new("hostile.txt", text.to_string(), "UTF-8", false);
    let problems = vec![Problem {
        name: "bin.dat".into(),
        message: "this looks like a binary file (it contains NUL bytes), not text".into(),
    }];
    let mut app = App::new(
        vec![doc],
        problems,
        AmbiguousWidth::Narrow,
        WrapMode::Words,
        (80, 12),
    );
    app.update(Action::Open);
    let t = draw(&app);
    for cell in t.backend().buffer().content() {
        assert!(
            !cell.symbol().chars().any(char::is_control),
            "raw control in a cell"
        );
        assert!(!cell.symbol().contains('\u{202e}'));
    }
    assert_borders_straight(&t);
    insta::assert_snapshot!(t.backend());
}

#[test]
fn ambiguous_wide_policy_keeps_borders_straight() {
    let mut app = App::new(
        corpus::seeds(),
        Vec::new(),
        AmbiguousWidth::Wide,
        WrapMode::Words,
        (81, 30),
    );
    app.update(Action::SelectBy(1));
    app.update(Action::Open);
    for _ in 0..6 {
        app.update(Action::ScrollPages(1));
        let t = draw(&app);
        // Under the wide policy every ambiguous cell must carry its width for the diff.
        let buf = t.backend().buffer();
        for cell in buf.content() {
            if dokseo::text::width::is_ambiguous(cell.symbol()) {
                assert_ne!(
                    cell.diff_option,
                    ratatui::buffer::CellDiffOption::None,
                    "{}",
                    cell.symbol()
                );
            }
        }
        assert_borders_straight(&t);
    }
}

#[test]
fn quote_finder_with_korean_initials() {
    let mut app = seeds_app(100, 24);
    app.update(Action::OpenFinder);
    type_in(&mut app, "ㅇㄷㅂㅅ");
    let mut t = draw(&app);
    assert_borders_straight(&t);
    // The cursor sits right after the query, for in-place IME composition.
    let pos = t.get_cursor_position().unwrap();
    let row: String = (0..100)
        .map(|x| t.backend().buffer()[(x, pos.y)].symbol().to_string())
        .collect();
    assert!(row.replace(' ', "").contains("›ㅇㄷㅂㅅ┃"), "{row}");
    insta::assert_snapshot!(t.backend());
}

#[test]
fn speaker_list() {
    let mut app = seeds_app(100, 24);
    app.update(Action::OpenSpeakers);
    app.update(Action::PopupMove(8));
    let t = draw(&app);
    assert_borders_straight(&t);
    insta::assert_snapshot!(t.backend());
}

#[test]
fn reading_pane_emphasises_the_current_quote() {
    let mut app = seeds_app(100, 24);
    app.update(Action::OpenFinder);
    type_in(&mut app, "sattigeri");
    app.update(Action::Confirm);
    app.update(Action::StepSpeaker(true));
    let t = draw(&app);
    let buf = t.backend().buffer();
    let status: String = (0..100)
        .map(|x| buf[(x, 23)].symbol().to_string())
        .collect();
    assert!(status.contains("Prasanna Sattigeri 2/4"), "{status}");
    let lit = buf
        .content()
        .iter()
        .filter(|c| c.bg == ratatui::style::Color::Yellow)
        .count();
    assert!(lit > 20, "the current quote is highlighted");
    insta::assert_snapshot!(t.backend());
}

#[test]
fn search_highlights_every_match_width_correctly() {
    let mut app = seeds_app(100, 24);
    app.update(Action::SelectBy(1));
    app.update(Action::Open);
    app.update(Action::StartSearch);
    type_in(&mut app, "모델");
    app.update(Action::Confirm);
    app.update(Action::StepMatch(true));
    let t = draw(&app);
    assert_borders_straight(&t);
    let buf = t.backend().buffer();
    let status: String = (0..100)
        .map(|x| buf[(x, 23)].symbol().to_string())
        .collect();
    assert!(status.contains("2/"), "{status}");
    // Every highlighted cell holds a character of a match, never half of a wide one.
    let lit: String = buf
        .content()
        .iter()
        .filter(|c| {
            c.bg == ratatui::style::Color::Magenta || c.bg == ratatui::style::Color::LightRed
        })
        .map(|c| c.symbol().to_string())
        .collect();
    assert!(
        !lit.is_empty() && lit.replace(' ', "").chars().all(|c| c == '모' || c == '델'),
        "{lit}"
    );
    insta::assert_snapshot!(t.backend());
}

#[test]
fn bookmark_list() {
    let docs = corpus::seeds();
    let hash = dokseo::state::content_hash(&docs[1].text);
    let bookmark = |id: &str, offset: usize, label: &str| dokseo::state::Bookmark {
        id: id.into(),
        doc: hash.clone(),
        name: docs[1].name.clone(),
        offset,
        label: label.into(),
        excerpt: docs[1].text[offset..].chars().take(30).collect(),
        other: Default::default(),
    };
    let state = dokseo::state::State {
        bookmarks: vec![
            bookmark("a", 0, "처음"),
            bookmark("b", 1090, "효율성 이야기"),
        ],
        ..Default::default()
    };
    let mut app = App::with(dokseo::tui::app::Setup {
        docs,
        problems: Vec::new(),
        amb: AmbiguousWidth::Narrow,
        config: dokseo::config::Config::default(),
        colors: true,
        size: (100, 24),
        state,
        notice: None,
        loader: None,
    });
    app.update(Action::OpenBookmarks);
    app.update(Action::PopupMove(1));
    let t = draw(&app);
    assert_borders_straight(&t);
    insta::assert_snapshot!(t.backend());
    app.update(Action::Confirm);
    assert_eq!(app.selected(), 1);
}

#[test]
fn quote_detail_popup() {
    let mut app = seeds_app(80, 24);
    app.update(Action::OpenQuoteDetail);
    assert!(app.popup().is_none(), "no current quote yet");
    for _ in 0..3 {
        app.update(Action::StepQuote(true));
    }
    app.update(Action::OpenQuoteDetail);
    let t = draw(&app);
    assert_borders_straight(&t);
    let screen: String = t
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();
    for label in [
        "Speaker",
        "As written",
        "Role",
        "Rule",
        "Kind",
        "Document",
        "File",
        "Sentence",
    ] {
        assert!(screen.contains(label), "{label} missing");
    }
    // The quote stands out in its sentence as the current quote does in the reading pane.
    let lit = t
        .backend()
        .buffer()
        .content()
        .iter()
        .filter(|c| c.bg == ratatui::style::Color::Yellow)
        .count();
    assert!(lit > 20, "the quote is highlighted in its sentence");
    insta::assert_snapshot!(t.backend());
}

mod corrections;
