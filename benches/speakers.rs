//! Benchmarks: the speakers view over 20,000 speakers (opening it, a frame, a filter key).
//!
//! Run with `cargo bench --bench speakers`. The corpus is generated: 210 dated articles, each
//! quoting 100 people with distinct Korean names.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use divan::{black_box, Bencher};
use dokseo::corpus::Document;
use dokseo::text::{AmbiguousWidth, WrapMode};
use dokseo::tui::action::Action;
use dokseo::tui::app::App;
use dokseo::tui::ui;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

fn main() {
    divan::main();
}

const SURNAMES: [&str; 20] = [
    "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황",
    "안", "송", "류", "홍",
];
const GIVEN: [&str; 40] = [
    "민", "서", "지", "현", "준", "우", "도", "하", "윤", "은", "수", "연", "진", "영", "호", "성",
    "재", "태", "경", "훈", "혜", "주", "원", "석", "철", "희", "상", "동", "정", "미", "나", "규",
    "소", "인", "형", "빈", "율", "건", "찬", "선",
];
const TITLES: [&str; 4] = ["교수", "연구원", "대표", "소장"];

/// Speaker `i`'s name: a surname and two given syllables, distinct for every `i` below 32,000.
fn name(i: usize) -> String {
    let g = GIVEN.len();
    format!(
        "{}{}{}",
        SURNAMES[i / (g * g) % SURNAMES.len()],
        GIVEN[i / g % g],
        GIVEN[i % g]
    )
}

/// 210 articles quoting 100 speakers each: 21,000 names, of which a few hundred the
/// attribution merges or misses, which leaves over 20,000 speakers.
fn corpus() -> Vec<Document> {
    (0..210)
        .map(|d| {
            let mut text = format!(
                "{}번째 기사\n2025년 {}월 {}일\n\n",
                d + 1,
                d % 12 + 1,
                d % 28 + 1
            );
            for k in 0..100 {
                let i = d * 100 + k;
                text.push_str(&format!(
                    "{} {}는 “{}번째 의견으로 시장이 곧 안정될 것”이라고 말했다.\n\n",
                    name(i),
                    TITLES[i % TITLES.len()],
                    i
                ));
            }
            Document::new(format!("{d:03}.txt"), text, "UTF-8", false)
        })
        .collect()
}

/// A reader at 120x40 over the corpus, with the speakers view open.
fn app_with_view() -> App {
    let mut app = App::new(
        corpus(),
        Vec::new(),
        AmbiguousWidth::Narrow,
        WrapMode::Words,
        (120, 40),
    );
    app.update(Action::OpenSpeakers);
    assert!(
        app.catalog().speakers().len() >= 20_000,
        "{} speakers",
        app.catalog().speakers().len()
    );
    app
}

#[divan::bench]
fn speakers_view_open(bencher: Bencher) {
    let mut app = app_with_view();
    bencher.bench_local(|| {
        app.update(Action::ClosePopup);
        app.update(Action::OpenSpeakers);
    });
}

#[divan::bench]
fn speakers_view_frame(bencher: Bencher) {
    let app = app_with_view();
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    bencher.bench_local(|| {
        // A frame drawn from scratch each time: every row and bar, as after a resize.
        terminal.clear().unwrap();
        terminal.draw(|f| ui::render(black_box(&app), f)).unwrap();
    });
}

#[divan::bench]
fn speakers_view_filter_key(bencher: Bencher) {
    let mut app = app_with_view();
    bencher.bench_local(|| {
        app.update(Action::Input('ㄱ'));
        app.update(Action::Backspace);
    });
}
