use super::*;
use unicode_width::UnicodeWidthStr;

/// `paragraphs` wrapped greedily at `col` display columns, a blank line between paragraphs.
pub(crate) fn hard_wrap(paragraphs: &[String], col: usize) -> String {
    let mut out = String::new();
    for p in paragraphs {
        let mut line = String::new();
        for word in p.split_whitespace() {
            if !line.is_empty() && line.width() + 1 + word.width() > col {
                out.push_str(&line);
                out.push('\n');
                line.clear();
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        out.push_str(&line);
        out.push_str("\n\n");
    }
    out
}

const ENGLISH: [&str; 6] = [
    "It was the best of times, it was the worst of times, it was the age of wisdom,",
    "and the reader who opens a plain text book in a terminal expects the paragraphs",
    "to fill the pane rather than stop short at the column the typist happened to use.",
    "Nobody wants to read a novel as a column of short lines and ragged gaps; a reader",
    "should reflow what was wrapped by an editor long ago, and leave alone the lists,",
    "headings and tables that were laid out by hand with care for each single line.",
];

const KOREAN: [&str; 4] = [
    "라이스 대학교의 컴퓨터 과학 부교수는 중국의 저렴하고 오픈 소스인 모델이 업계를",
    "뒤흔들고 있다고 말했으며 미국의 대기업들과 비교해 극히 적은 비용으로 경쟁하는",
    "회사가 기술 세계에 파장을 일으키고 있다는 평가가 나오면서 증시가 충격에 빠졌고",
    "여러 측면에서 주목받는 이 모델은 산업 구조와 시장 질서에까지 영향을 미칠 것이다.",
];

fn english(paragraphs: usize) -> Vec<String> {
    (0..paragraphs)
        .map(|i| {
            (0..3 + i % 3)
                .map(|j| ENGLISH[(i + j) % ENGLISH.len()])
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

fn korean(paragraphs: usize) -> Vec<String> {
    (0..paragraphs)
        .map(|i| {
            (0..3 + i % 2)
                .map(|j| KOREAN[(i + j) % KOREAN.len()])
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

#[test]
fn the_bundled_news_exports_are_lines() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            assert_eq!(detect_flow(&text), Flow::Lines, "{}", path.display());
            seen += 1;
        }
    }
    assert_eq!(seen, 4, "the four seeds");
}

#[test]
fn hard_wrapped_english_and_korean_are_paragraphs() {
    let text = hard_wrap(&english(8), 72);
    assert!(text.lines().all(|l| l.width() <= 72));
    assert_eq!(detect_flow(&text), Flow::Paragraphs);
    let text = hard_wrap(&korean(8), 70);
    assert!(text.lines().any(|l| l.width() > 60), "Hangul is 2 columns");
    assert_eq!(detect_flow(&text), Flow::Paragraphs);
    // The same texts one line per paragraph are lines.
    assert_eq!(detect_flow(&english(8).join("\n")), Flow::Lines);
    assert_eq!(detect_flow(&korean(8).join("\n\n")), Flow::Lines);
}

#[test]
fn an_rfc_with_indented_blocks_is_paragraphs() {
    let body = hard_wrap(&english(6), 69);
    let mut text =
        String::from("Network Working Group                                    A. Writer\n");
    text.push_str("Request for Comments: 9999                                  May 2026\n\n");
    for (i, para) in body.split("\n\n").enumerate() {
        for line in para.lines() {
            text.push_str("   ");
            text.push_str(line);
            text.push('\n');
        }
        text.push('\n');
        if i % 2 == 0 {
            text.push_str(
                "      +--------+        +--------+\n      | client | -----> | server |\n",
            );
            text.push_str("      +--------+        +--------+\n\n");
        }
    }
    assert_eq!(detect_flow(&text), Flow::Paragraphs);
}

#[test]
fn markdown_is_paragraphs_when_wrapped_and_lines_when_not() {
    let wrapped = hard_wrap(&english(6), 80);
    let mut text = String::from("# A title\n\nSome intro.\n\n");
    text.push_str(&wrapped);
    text.push_str("- a list item\n- another item\n\n```\nfn main() {}\n```\n\n## More\n\n");
    text.push_str(&wrapped);
    assert_eq!(detect_flow(&text), Flow::Paragraphs);
    let mut long = String::from("# A title\n\n");
    for p in english(6) {
        long.push_str(&p);
        long.push_str("\n\n");
    }
    long.push_str("- a list item\n- another item\n");
    assert_eq!(detect_flow(&long), Flow::Lines);
}

#[test]
fn short_texts_and_sentence_per_line_texts_are_lines() {
    assert_eq!(detect_flow(""), Flow::Lines);
    assert_eq!(detect_flow("one\ntwo\nthree\n"), Flow::Lines);
    let wrapped = hard_wrap(&english(1), 72);
    assert_eq!(detect_flow(&wrapped[..wrapped.len().min(200)]), Flow::Lines);
    // Each line a whole sentence, none cut: meant as lines.
    let sentences: String = (0..20)
        .map(|i| format!("This is sentence number {i}, and it is complete as it stands.\n"))
        .collect();
    assert_eq!(detect_flow(&sentences), Flow::Lines);
}

#[test]
fn detection_reads_a_bounded_sample() {
    let mut text = hard_wrap(&english(400), 72);
    assert!(text.len() > SAMPLE);
    text.push_str(&"x".repeat(10 << 20));
    assert_eq!(
        detect_flow(&text),
        Flow::Paragraphs,
        "the long tail is not read"
    );
    // Cut inside a character: no panic.
    let k = hard_wrap(&korean(600), 70);
    assert_eq!(
        detect_flow(&k[..floor_boundary(&k, SAMPLE + 1)]),
        Flow::Paragraphs
    );
}

#[test]
fn lines_that_keep_their_own_rows() {
    for line in [
        "    code",
        "\tcode",
        "- item",
        "* item",
        "+ item",
        "1. item",
        "12) item",
        "가. 항목",
        "(1) item",
        "# Heading",
        "> quoted",
        "| a | b |",
        "```rust",
        "~~~",
        "name    age    city",
    ] {
        assert!(keeps_own_row(line), "{line:?}");
    }
    for line in [
        "plain prose",
        "1999 was a year",
        "-not a list",
        "End of a sentence.  Next one.  And another.",
        "가나다 라마",
    ] {
        assert!(!keeps_own_row(line), "{line:?}");
    }
}

#[test]
fn a_join_is_one_column_unless_a_space_ends_the_line() {
    assert_eq!(join_columns("word"), 1);
    assert_eq!(join_columns("word "), 0);
    assert_eq!(join_columns("word\t"), 0);
    assert_eq!(join_columns(""), 1);
    assert_eq!(join_columns("한국어"), 1);
}

#[test]
fn flow_is_snake_case_and_lines_by_default() {
    assert_eq!(Flow::default(), Flow::Lines);
    assert_eq!(
        serde_json::to_string(&Flow::Paragraphs).unwrap_or_default(),
        "\"paragraphs\""
    );
}

#[test]
fn table_rows() {
    for row in [
        "| 이름 | 직함 |",
        "  |a|b|",
        "|---|:--:|",
        "---|---",
        " :--- | ---: ",
        "+----+----+",
        "+====+",
    ] {
        assert!(is_table_row(row), "{row:?} is a table row");
        assert!(keeps_own_row(row), "{row:?} keeps its own row");
    }
    for line in [
        "|",
        "a | b",
        "x || y",
        "---",
        "+",
        "+ item",
        "- a - b",
        "그는 |말했다",
    ] {
        assert!(!is_table_row(line), "{line:?} is not a table row");
    }
}

#[test]
fn a_joined_lines_indent_is_its_leading_blank_graphemes() {
    assert_eq!(join_indent("   말"), 3);
    assert_eq!(join_indent("\t 말 "), 2);
    assert_eq!(join_indent("말"), 0);
    // A space carrying a combining mark is a grapheme that is not blank: it is drawn.
    assert_eq!(join_indent(" \u{301}말"), 0);
}
