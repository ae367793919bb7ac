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

mod common;

fn main() {
    divan::main();
}

/// The seeds joined and repeated to about `bytes`.
fn text_of(bytes: usize) -> String {
    let mut out = common::seeds_repeated(bytes);
    let mut end = bytes.min(out.len());
    while !out.is_char_boundary(end) {
        end -= 1;
    }
    out.truncate(end);
    out
}

/// Lets the app finish its background work (wrapping the whole document).
fn settle(app: &mut App) {
    while app.busy() {
        app.update(Action::Work);
    }
}

/// A reader at 120x40 with one document of about `bytes`, open in the reading pane (the
/// whole-document layout still growing).
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

const SIZES: [usize; 3] = [1_000, 1_000_000, 100_000_000];

#[divan::bench(args = [1_000_000, 10_000_000])]
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
    settle(&mut app);
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
    settle(&mut app);
    bencher.bench_local(|| app.update(Action::ScrollPages(1)));
}

/// A page down and a frame before the document is wrapped, half way in: the rows come from a
/// window around the position, so this too should not grow with the document.
#[divan::bench(args = SIZES)]
fn page_down_unwrapped(bencher: Bencher, bytes: usize) {
    let mut app = reading_app(bytes);
    for c in ['5', '0', '%'] {
        app.update(Action::Count(c));
    }
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    bencher.bench_local(|| {
        app.update(Action::ScrollPages(1));
        terminal.draw(|f| ui::render(&app, f)).unwrap();
    });
}

/// One background step: takes up to its 8 ms budget while there is wrapping to do.
#[divan::bench(args = [100_000_000])]
fn work_step(bencher: Bencher, bytes: usize) {
    let mut app = reading_app(bytes);
    bencher.bench_local(|| app.update(Action::Work));
}

/// About `bytes` of quotes on one line, with no newline at all.
fn one_line(bytes: usize) -> String {
    let unit = "김민수 교수는 “경제가 어렵다”라고 말했다. ";
    unit.repeat(bytes / unit.len())
}

/// `G` then `g` in a document that is one 100 MB line, before it is wrapped: `G` wraps only
/// the end of the line, so this should cost what it does in a short document.
#[divan::bench(args = [1_000, 100_000_000])]
fn bottom_of_one_huge_line(bencher: Bencher, bytes: usize) {
    let doc = Document::new("bench.txt", one_line(bytes), "UTF-8", false);
    let mut app = App::new(
        vec![doc],
        Vec::new(),
        AmbiguousWidth::Narrow,
        WrapMode::Words,
        (120, 40),
    );
    app.update(Action::Open);
    bencher.bench_local(|| {
        app.update(Action::Bottom);
        app.update(Action::Top);
    });
}

/// Line and column of every quote on one line, as `dokseo quotes` asks for them: the time per
/// byte should not grow with the line.
#[divan::bench(args = [1_000_000, 8_000_000])]
fn line_cols_on_one_line(bencher: Bencher, bytes: usize) {
    let doc = Document::new("bench.txt", one_line(bytes), "UTF-8", false);
    let quotes: Vec<usize> = doc.text.match_indices('“').map(|(i, _)| i + 3).collect();
    bencher
        .counter(divan::counter::BytesCount::new(doc.text.len()))
        .bench_local(|| {
            let mut cols = doc.line_cols();
            quotes.iter().map(|&q| cols.line_col(q).1).max()
        });
}

#[divan::bench(args = [1_000_000])]
fn quote_extraction(bencher: Bencher, bytes: usize) {
    let text = text_of(bytes);
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| extract(black_box(&text)));
}

/// A finder listing at least `quotes` attributed quotes (the seeds repeated), with its row
/// texts kept as the app's warm-up keeps them while the finder waits for the first key.
fn finder_over(quotes: usize) -> (Finder, Catalog, Vec<Document>) {
    let seeds = seeds();
    let per_copy = Finder::new(&Catalog::build(&seeds), &seeds).hits().len();
    let copies = quotes.div_ceil(per_copy.max(1));
    let docs: Vec<Document> = (0..copies).flat_map(|_| seeds.clone()).collect();
    let catalog = Catalog::build(&docs);
    let mut finder = Finder::new(&catalog, &docs);
    while finder.warming() {
        finder.warm(later(), &catalog, &docs);
    }
    (finder, catalog, docs)
}

fn later() -> std::time::Instant {
    std::time::Instant::now() + std::time::Duration::from_secs(1)
}

fn finish(finder: &mut Finder, catalog: &Catalog, docs: &[Document]) {
    while !finder.step(later(), catalog, docs) {}
}

/// Times typing `key` into copies of `finder`, until the whole filter is done.
fn time_key(bencher: Bencher, finder: &Finder, catalog: &Catalog, docs: &[Document], key: char) {
    bencher
        .counter(divan::counter::ItemsCount::new(finder.hits().len()))
        .with_inputs(|| finder.clone())
        .bench_local_values(|mut f| {
            f.edit(|i: &mut LineInput| i.insert(key), catalog, docs);
            finish(&mut f, catalog, docs);
            // Returned, so freeing its kept row texts is not timed.
            f
        });
}

/// The first keystroke in the finder, a broad one (`c` is in most rows): every quote is
/// scored. The key itself returns after 12 ms; this is the whole filter, finished by the next
/// background step.
#[divan::bench(args = [10_000, 100_000])]
fn finder_first_key(bencher: Bencher, quotes: usize) {
    let (finder, catalog, docs) = finder_over(quotes);
    time_key(bencher, &finder, &catalog, &docs, 'c');
}

/// The first key of a Korean name (`차`, of 차가타이 오다바시): few quotes hold it, and the rest
/// are turned away by a byte search before the matcher runs.
#[divan::bench(args = [10_000, 100_000])]
fn finder_first_key_hangul(bencher: Bencher, quotes: usize) {
    let (finder, catalog, docs) = finder_over(quotes);
    time_key(bencher, &finder, &catalog, &docs, '차');
}

/// A keystroke that extends the query: only the previous matches are scored again.
#[divan::bench(args = [10_000, 100_000])]
fn finder_next_key(bencher: Bencher, quotes: usize) {
    let (mut finder, catalog, docs) = finder_over(quotes);
    finder.edit(|i: &mut LineInput| i.insert('c'), &catalog, &docs);
    finish(&mut finder, &catalog, &docs);
    time_key(bencher, &finder, &catalog, &docs, 'o');
}
