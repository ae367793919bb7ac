use super::*;
use crate::markup::markdown_marks;

/// What a full scan would answer, to check the layers against.
fn scan(marks: &[(Range<usize>, Mark)], range: Range<usize>) -> Vec<(Range<usize>, Mark)> {
    marks
        .iter()
        .filter(|(r, _)| r.start < range.end && r.end > range.start)
        .cloned()
        .collect()
}

#[test]
fn rows_get_the_marks_that_touch_them_outer_first() {
    let text = "> quote with **bold**\n> and `code`\n\nplain *em*\n";
    let index = MarkIndex::new(text, markdown_marks(text));
    let second = text.find("> and").unwrap_or(0)..text.find("\n\n").unwrap_or(0);
    let got: Vec<Mark> = index.marks_in(second.clone()).map(|(_, m)| *m).collect();
    assert_eq!(got[0], Mark::BlockQuote);
    assert!(got.contains(&Mark::CodeSpan));
    assert!(!got.contains(&Mark::Strong));
    for start in 0..text.len() {
        for end in start..=text.len() {
            let found: Vec<_> = index.marks_in(start..end).cloned().collect();
            assert_eq!(found, scan(index.marks(), start..end), "{start}..{end}");
        }
    }
}

#[test]
fn a_block_around_everything_does_not_slow_lookups() {
    // One quote holds a thousand emphasised lines: the layers keep the quote apart, so a
    // row's lookup meets the quote and its own line's marks, not all the lines before it.
    let text: String = (0..1000).map(|i| format!("> line *{i}*\n")).collect();
    let index = MarkIndex::new(&text, markdown_marks(&text));
    assert!(index.layers.len() <= 4, "{} layers", index.layers.len());
    let row = text.len() - 12..text.len() - 1;
    let got: Vec<Mark> = index.marks_in(row).map(|(_, m)| *m).collect();
    assert_eq!(got[0], Mark::BlockQuote);
    assert!(got.len() < 8, "{got:?}");
}

#[test]
fn verbatim_lines_are_code_tables_and_html() {
    let text =
        "para\n\n- item\n  ```\n  code\n  ```\n\n| a |\n|---|\n| 1 |\n\n<div>\nx\n</div>\n\nend\n";
    let index = MarkIndex::new(text, markdown_marks(text));
    let at = |s: &str| text.find(s).unwrap_or(0);
    assert!(!index.is_verbatim(0));
    assert!(!index.is_verbatim(at("- item")));
    assert!(index.is_verbatim(at("  ```")));
    assert!(index.is_verbatim(at("  code")));
    assert!(index.is_verbatim(at("| 1 |")));
    assert!(index.is_verbatim(at("<div>")));
    assert!(index.is_verbatim(at("x\n</div>")));
    assert!(!index.is_verbatim(at("end")));
    // The code block in the list item starts after `- item\n`, at its line's start.
    assert_eq!(index.verbatim()[0].start, at("  ```"));
}

#[test]
fn unsorted_and_empty_marks_are_accepted() {
    let marks = vec![
        (5..9, Mark::Strong),
        (3..3, Mark::Emphasis),
        (0..10, Mark::Link),
    ];
    let index = MarkIndex::new("0123456789", marks);
    let got: Vec<_> = index.marks_in(6..7).cloned().collect();
    assert_eq!(got, [(0..10, Mark::Link), (5..9, Mark::Strong)]);
}
