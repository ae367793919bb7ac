//! Benchmarks: layout, one frame, quote extraction and the quote finder's filter.
//!
//! Run with `cargo bench`. Each input is the bundled seeds repeated to the size named.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use divan::{black_box, Bencher};
use dokseo::catalog::Catalog;
use dokseo::corpus::{seeds, Document};
use dokseo::quotes::extract;
use dokseo::text::{AmbiguousWidth, Layout, WrapMode};
use dokseo::tui::action::Action;
use dokseo::tui::app::App;
use dokseo::tui::finder::Finder;
use dokseo::tui::input::LineInput;
use dokseo::tui::ui;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

fn main() {
    divan::main();
}

/// The seeds joined and repeated to about `bytes`.
fn text_of(bytes: usize) -> String {
    let all: String = seeds()
        .iter()
        .map(|d| d.text.clone())
        .collect::<Vec<_>>()
        .join("\n");
    let mut out = String::with_capacity(bytes + all.len());
    while out.len() < bytes {
        out.push_str(&all);
        out.push('\n');
    }
    let mut end = bytes.min(out.len());
    while !out.is_char_boundary(end) {
        end -= 1;
    }
    out.truncate(end);
    out
}

/// A reader at 120x40 with one document of about `bytes`, open in the reading pane.
fn reading_app(bytes: usize) -> App {
    let doc = Document::new("bench.txt", text_of(bytes), "UTF-8", false);
    let mut app = App::new(
        vec![doc],
        Vec::new(),
        AmbiguousWidth::Narrow,
        WrapMode::Words,
        (120, 40),
    );
    app.update(Action::Open);
    app
}

const SIZES: [usize; 3] = [1_000, 1_000_000, 10_000_000];

#[divan::bench(args = SIZES)]
fn full_wrap(bencher: Bencher, bytes: usize) {
    let text = text_of(bytes);
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| {
            Layout::new(
                black_box(&text),
                80,
                WrapMode::Words,
                AmbiguousWidth::Narrow,
            )
        });
}

/// One frame of the reader at 120x40, half way through a document: the layout is cached, so
/// the time should not grow with the document.
#[divan::bench(args = SIZES)]
fn render_frame(bencher: Bencher, bytes: usize) {
    let mut app = reading_app(bytes);
    for c in ['5', '0', '%'] {
        app.update(Action::Count(c));
    }
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    bencher.bench_local(|| {
        terminal.draw(|f| ui::render(&app, f)).unwrap();
    });
}

/// Scrolling one page: the per-key work.
#[divan::bench(args = SIZES)]
fn page_down(bencher: Bencher, bytes: usize) {
    let mut app = reading_app(bytes);
    bencher.bench_local(|| app.update(Action::ScrollPages(1)));
}

#[divan::bench(args = [100_000, 1_000_000])]
fn quote_extraction(bencher: Bencher, bytes: usize) {
    let text = text_of(bytes);
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| extract(black_box(&text)));
}

/// Re-filtering the quote finder after a keystroke, over many quotes.
#[divan::bench(args = [10, 100])]
fn finder_keystroke(bencher: Bencher, copies: usize) {
    let docs: Vec<Document> = (0..copies).flat_map(|_| seeds()).collect();
    let catalog = Catalog::build(&docs);
    let mut finder = Finder::new(&catalog, &docs);
    bencher
        .counter(divan::counter::ItemsCount::new(catalog.len()))
        .bench_local(|| {
            finder.edit(|i: &mut LineInput| i.insert('c'));
            finder.edit(LineInput::backspace);
        });
}
