use super::*;

fn titles(text: &str) -> Vec<(u8, String)> {
    plain_outline(text)
        .into_iter()
        .map(|h| (h.level, h.title))
        .collect()
}

fn t(level: u8, title: &str) -> (u8, String) {
    (level, title.to_string())
}

const RFC: &str = "\
Table of Contents

   1.  Introduction . . . . . . . . . . . . . . . . . . . . . . .   3
     1.1.  Motivation . . . . . . . . . . . . . . . . . . . . . .   3

1.  Introduction

   The protocol is described here. It has steps:

   1. Open the connection.
   2. Send the request.

1.1.  Motivation

   Why this exists.

2.3 Scope

IV. Results

   Results, 2025. 1. 31.

3 people came.

Chapter 3

Appendix A: Tables
";

#[test]
fn rfc_like_numbered_sections() {
    assert_eq!(
        titles(RFC),
        [
            t(1, "1. Introduction"),
            t(2, "1.1. Motivation"),
            t(2, "2.3 Scope"),
            t(1, "IV. Results"),
            t(2, "Chapter 3"),
            t(2, "Appendix A: Tables"),
        ]
    );
}

#[test]
fn offsets_are_line_starts() {
    let outline = plain_outline(RFC);
    for h in &outline {
        assert!(h.offset == 0 || RFC.as_bytes()[h.offset - 1] == b'\n');
        assert!(RFC[h.offset..].starts_with(h.title.split(' ').next().unwrap_or("")));
    }
}

#[test]
fn korean_law_style() {
    let text = "\
제1장 총칙
제1조(목적) 이 법은 국민의 독서 생활을 돕는 것을 목적으로 한다.
제2조(정의) 이 법에서 사용하는 용어의 뜻은 다음과 같다.
1. \"도서\"란 책을 말한다.
제2조의2(책임) 국가는 노력하여야 한다.
제2장 독서 진흥
제1절 계획
사진 2장의 설명
1조 원이 들었다.
";
    assert_eq!(
        titles(text),
        [
            t(2, "제1장 총칙"),
            t(5, "제1조(목적)"),
            t(5, "제2조(정의)"),
            t(5, "제2조의2(책임)"),
            t(2, "제2장 독서 진흥"),
            t(3, "제1절 계획"),
        ]
    );
}

#[test]
fn underlined_headings() {
    let text = "\
Introduction
============

Some text here that goes on.
--------------------------------------------------------------------------

개요
----

A sentence ends here.
---------------------

x
==========================
";
    assert_eq!(titles(text), [t(1, "Introduction"), t(2, "개요")]);
}

#[test]
fn a_numbered_list_in_a_paragraph_is_no_heading() {
    let text = "\
We did three things:
1. Planned
2. Built
3. Shipped

1. 정부는 이렇게 발표했다

2. Next step.
";
    assert!(titles(text).is_empty(), "{:?}", titles(text));
}

#[test]
fn the_seeds_give_almost_no_headings() {
    for doc in crate::corpus::seeds() {
        let outline = plain_outline(&doc.text);
        assert!(outline.len() <= 1, "{}: {outline:?}", doc.name);
    }
}

#[test]
fn slices_give_the_same_outline_as_one_call() {
    let text = format!(
        "{RFC}\n{}\n제3조(벌칙) 긴 조문 {}\n",
        "가".repeat(5000),
        "나".repeat(500)
    );
    let whole = plain_outline(&text);
    for budget in [1, 7, 64, 300, 4096] {
        let mut out = Vec::new();
        let mut at = 0;
        let mut calls = 0;
        while at < text.len() {
            let next = plain_outline_step(&text, at, budget, &mut out);
            assert!(
                next > at && text.is_char_boundary(next),
                "{budget}: {at} -> {next}"
            );
            assert!(next - at <= budget + LINE + 4, "{budget}: {at} -> {next}");
            at = next;
            calls += 1;
        }
        assert!(calls > 1);
        assert_eq!(out, whole, "budget {budget}");
    }
    assert_eq!(whole.last().map(|h| h.title.as_str()), Some("제3조(벌칙)"));
}

#[test]
fn odd_inputs_do_not_panic() {
    for text in [
        "",
        "\n",
        "\r\n\r\n",
        "=",
        "1.",
        "제",
        "제1",
        "Ⅱ. 본론",
        "IIII. x",
        "1.\n===",
        "가\n===",
    ] {
        let _ = plain_outline(text);
        let mut out = Vec::new();
        let _ = plain_outline_step(text, text.len() + 5, 0, &mut out);
    }
    assert_eq!(titles("\nⅡ. 본론\n"), [t(1, "Ⅱ. 본론")]);
}
