use super::*;
use proptest::prelude::*;

/// The marks as `(mark, sliced text)`, for reading in assertions.
fn slices(text: &str) -> Vec<(Mark, &str)> {
    markdown_marks(text)
        .into_iter()
        .map(|(r, m)| (m, &text[r]))
        .collect()
}

fn only(text: &str, mark: Mark) -> Vec<&str> {
    slices(text)
        .into_iter()
        .filter(|(m, _)| *m == mark)
        .map(|(_, s)| s)
        .collect()
}

#[test]
fn atx_and_setext_headings() {
    let text = "# Title #\n\n## Sub\n\nSetext\n===\n\nTwo\nlines\n---\n";
    let headings: Vec<_> = slices(text)
        .into_iter()
        .filter(|(m, _)| matches!(m, Mark::Heading(_)))
        .collect();
    assert_eq!(
        headings,
        [
            (Mark::Heading(1), "# Title #"),
            (Mark::Heading(2), "## Sub"),
            (Mark::Heading(1), "Setext\n==="),
            (Mark::Heading(2), "Two\nlines\n---"),
        ]
    );
    assert_eq!(
        only(text, Mark::HeadingMarker),
        ["# ", " #", "## ", "===", "---"]
    );
}

#[test]
fn emphasis_strong_strike_and_code_spans() {
    let text = "Some *em*, __strong__, ~~gone~~ and ``a`b``.\n";
    assert_eq!(only(text, Mark::Emphasis), ["*em*"]);
    assert_eq!(only(text, Mark::Strong), ["__strong__"]);
    assert_eq!(only(text, Mark::Strike), ["~~gone~~"]);
    assert_eq!(only(text, Mark::CodeSpan), ["``a`b``"]);
    assert_eq!(
        only(text, Mark::Delimiter),
        ["*", "*", "__", "__", "~~", "~~", "``", "``"]
    );
}

#[test]
fn nested_marks_come_outer_first() {
    let text = "a ***both*** b\n";
    let marks = markdown_marks(text);
    let kinds: Vec<Mark> = marks.iter().map(|(_, m)| *m).collect();
    let outer = kinds
        .iter()
        .position(|m| matches!(m, Mark::Emphasis | Mark::Strong));
    assert_eq!(outer, Some(0));
    assert!(marks
        .windows(2)
        .all(|w| (w[0].0.start, std::cmp::Reverse(w[0].0.end))
            <= (w[1].0.start, std::cmp::Reverse(w[1].0.end))));
}

#[test]
fn fenced_and_indented_code_blocks() {
    let text = "Intro\n\n```rust\nfn x() {}\n```\n\n    indented\n    more\n\n~~~\nunclosed\n";
    assert_eq!(
        only(text, Mark::CodeBlock),
        [
            "```rust\nfn x() {}\n```",
            "indented\n    more",
            "~~~\nunclosed"
        ]
    );
    assert_eq!(only(text, Mark::FenceMarker), ["```rust", "```", "~~~"]);
}

#[test]
fn a_short_run_inside_a_block_is_no_closing_fence() {
    let text = "````\ncode\n```";
    assert_eq!(only(text, Mark::FenceMarker), ["````"]);
}

#[test]
fn tables() {
    let text = "| 이름 | 값 |\n|---|:-:|\n| 가 | 1 |\n| 나 | 2 |\n\nafter\n";
    assert_eq!(
        only(text, Mark::Table),
        ["| 이름 | 값 |\n|---|:-:|\n| 가 | 1 |\n| 나 | 2 |"]
    );
    assert_eq!(only(text, Mark::TableHeader), ["| 이름 | 값 |"]);
    assert_eq!(only(text, Mark::TableDelimiter), ["|---|:-:|"]);
    assert_eq!(only(text, Mark::TableRow), ["| 가 | 1 |", "| 나 | 2 |"]);
}

#[test]
fn links_images_and_targets() {
    let text = "[text](http://x \"t\") ![alt](i.png) <http://auto> [ref][r] [`a]`](u)\n\n[r]: /u\n";
    assert_eq!(
        only(text, Mark::Link),
        ["[text]", "<http://auto>", "[ref]", "[`a]`]"]
    );
    assert_eq!(only(text, Mark::Image), ["![alt]"]);
    assert_eq!(
        only(text, Mark::LinkTarget),
        ["(http://x \"t\")", "(i.png)", "[r]", "(u)"]
    );
}

#[test]
fn nested_list_in_quote() {
    let text = "> - one\n>   - two\n>\n> > inner\n> > more\n\nafter\n";
    let quote = only(text, Mark::BlockQuote);
    assert_eq!(quote[0], "> - one\n>   - two\n>\n> > inner\n> > more");
    assert_eq!(quote.len(), 2);
    assert_eq!(
        only(text, Mark::BlockQuoteMarker),
        ["> ", "> ", ">", "> > ", "> > "]
    );
    assert_eq!(only(text, Mark::ListMarker), ["- ", "- "]);
}

#[test]
fn rules_html_and_soft_breaks() {
    let text = "one\ntwo\n\n---\n\n<div>\nhi\n</div>\n\nx <br> y\n";
    assert_eq!(only(text, Mark::Rule), ["---"]);
    assert_eq!(only(text, Mark::HtmlBlock), ["<div>\nhi\n</div>"]);
    assert_eq!(only(text, Mark::InlineHtml), ["<br>"]);
    assert_eq!(only(text, Mark::SoftBreak), ["\n"]);
}

#[test]
fn korean_markdown() {
    let text =
        "# 딥시크의 **충격**\n\n그는 *오픈 소스*라고 말했다. `코드` ~~삭제~~\n\n- 첫째\n- 둘째\n";
    assert_eq!(only(text, Mark::Heading(1)), ["# 딥시크의 **충격**"]);
    assert_eq!(only(text, Mark::Strong), ["**충격**"]);
    assert_eq!(only(text, Mark::Emphasis), ["*오픈 소스*"]);
    assert_eq!(only(text, Mark::CodeSpan), ["`코드`"]);
    assert_eq!(only(text, Mark::Strike), ["~~삭제~~"]);
    assert_eq!(only(text, Mark::ListMarker), ["- ", "- "]);
}

#[test]
fn outline_of_markdown() {
    let text = "# 딥시크 *AI*\n\ntext\n\nSetext `two`\nlines\n---\n\n```\n# not a heading\n```\n\n### Deep ###\n";
    let outline = markdown_outline(text);
    let got: Vec<(u8, usize, &str)> = outline
        .iter()
        .map(|h| (h.level, h.offset, h.title.as_str()))
        .collect();
    let setext = text.find("Setext").unwrap_or(0);
    let deep = text.find("###").unwrap_or(0);
    assert_eq!(
        got,
        [
            (1, 0, "딥시크 AI"),
            (2, setext, "Setext two lines"),
            (3, deep, "Deep")
        ]
    );
}

/// Every mark is non-empty, on char boundaries, inside the text, and in order.
fn check(text: &str) {
    let marks = markdown_marks(text);
    for (r, m) in &marks {
        assert!(r.start < r.end && r.end <= text.len(), "{m:?} {r:?}");
        assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
    }
    assert!(marks
        .windows(2)
        .all(|w| (w[0].0.start, std::cmp::Reverse(w[0].0.end))
            <= (w[1].0.start, std::cmp::Reverse(w[1].0.end))));
    let _ = markdown_outline(text);
}

/// Pieces of Markdown syntax, mixed at random, reach the edge cases faster than any text.
const PIECES: &[&str] = &[
    "#", "## ", "\n", "\n\n", "*", "**", "_", "~~", "~", "`", "```", "~~~", "> ", ">", "- ", "1. ",
    "  ", "    ", "|", "|---|", ":-:", "[", "]", "(", ")", "![", "<", ">", "http://x", "---",
    "===", "\\", "가", "한글", "“", "é", "\r\n", "\t", "<div>", "</div>", "word", "[r]: /u",
];

proptest! {
    #[test]
    fn any_string_is_safe(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn syntax_soup_is_safe(parts in proptest::collection::vec(0..PIECES.len(), 0..80)) {
        let text: String = parts.iter().map(|&i| PIECES[i]).collect();
        check(&text);
    }
}
