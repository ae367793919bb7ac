//! Benchmarks: Markdown marks, the mark index and outlines on generated documents.
//!
//! Run with `cargo bench --bench markup`. Throughput is shown in bytes per second.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use divan::counter::BytesCount;
use divan::{black_box, Bencher};
use dokseo::corpus::seeds;
use dokseo::markup::{
    markdown_marks, markdown_outline, plain_outline, plain_outline_step, MarkIndex,
};

fn main() {
    divan::main();
}

const TEN_MB: usize = 10_000_000;

/// About `bytes` of Markdown: the seeds' paragraphs between headings, with emphasis, code,
/// links, lists, quotes, tables and fenced code, as a long README or notes file has them.
fn markdown_of(bytes: usize) -> String {
    let paragraphs: Vec<String> = seeds()
        .iter()
        .flat_map(|d| d.text.lines().map(str::to_string).collect::<Vec<_>>())
        .filter(|l| l.len() > 40)
        .collect();
    let mut out = String::with_capacity(bytes + 4096);
    let mut i = 0;
    while out.len() < bytes {
        let p = &paragraphs[i % paragraphs.len()];
        match i % 8 {
            0 => out.push_str(&format!("## 섹션 {i} *강조*\n\n")),
            1 => out.push_str(&format!(
                "{p} **굵게** 그리고 `code {i}` [링크](https://example.com/{i})\n\n"
            )),
            2 => out.push_str(&format!("- {p}\n  - 하위 *항목*\n- 둘째\n\n")),
            3 => out.push_str(&format!("> {p}\n> > 인용 ~~삭제~~\n\n")),
            4 => out.push_str("| 이름 | 값 |\n|---|:-:|\n| 가 | 1 |\n| 나 | 2 |\n\n"),
            5 => out.push_str(&format!("```rust\nfn f{i}() {{}}\n```\n\n")),
            6 => out.push_str(&format!("설명\n----\n\n{p}\n")),
            _ => out.push_str(&format!("{p}\n\n---\n\n")),
        }
        i += 1;
    }
    out
}

fn plain_of(bytes: usize) -> String {
    let all: String = seeds().iter().map(|d| d.text.to_string() + "\n").collect();
    all.repeat(bytes / all.len() + 1)
}

#[divan::bench(sample_count = 5)]
fn marks_10mb(bencher: Bencher) {
    let text = markdown_of(TEN_MB);
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| markdown_marks(black_box(&text)).len());
}

#[divan::bench(sample_count = 5)]
fn index_10mb(bencher: Bencher) {
    let text = markdown_of(TEN_MB);
    let marks = markdown_marks(&text);
    bencher.counter(BytesCount::new(text.len())).bench(|| {
        MarkIndex::new(black_box(&text), marks.clone())
            .marks()
            .len()
    });
}

/// One frame's lookups: 40 rows of 100 bytes in the middle of the document.
#[divan::bench]
fn marks_in_40_rows(bencher: Bencher) {
    let text = markdown_of(TEN_MB);
    let index = MarkIndex::new(&text, markdown_marks(&text));
    let mid = text.len() / 2;
    bencher.bench(|| {
        (0..40)
            .map(|r| index.marks_in(mid + r * 100..mid + r * 100 + 100).count())
            .sum::<usize>()
    });
}

#[divan::bench(sample_count = 5)]
fn markdown_outline_10mb(bencher: Bencher) {
    let text = markdown_of(TEN_MB);
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| markdown_outline(black_box(&text)).len());
}

#[divan::bench(sample_count = 5)]
fn plain_outline_10mb(bencher: Bencher) {
    let text = plain_of(TEN_MB);
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| plain_outline(black_box(&text)).len());
}

/// One slice of the sliced plain outline, as a frame would do.
#[divan::bench]
fn plain_outline_step_64k(bencher: Bencher) {
    let text = plain_of(TEN_MB);
    bencher.bench(|| {
        let mut out = Vec::new();
        plain_outline_step(black_box(&text), text.len() / 2, 64 * 1024, &mut out)
    });
}
