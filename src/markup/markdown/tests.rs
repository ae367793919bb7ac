use super::*;

/// The marks as `(mark, sliced text)`, for reading in assertions.
fn slices(text: &str) -> Vec<(Mark, &str)> {
    markdown_marks(text)
        .into_iter()
        .map(|(r, m)| (m, &text[r]))
        .collect()
}

#[test]
fn dump() {
    for t in [
        "# Title #\n\nSetext\n===\n",
        "Some *em* and **strong** and ~~gone~~ and `code`.\n",
        "```rust\nfn x() {}\n```\n\n    indented\n",
        "| a | b |\n|---|:-:|\n| 1 | 2 |\n",
        "[text](http://x \"t\") ![alt](i.png) <http://auto> [ref][r]\n\n[r]: /u\n",
        "> - one\n>   two\n> > inner\n\n---\n\n<div>\nhi\n</div>\n",
        "1. a\n   b\n2. c\n",
    ] {
        eprintln!("{t:?}");
        for (m, s) in slices(t) {
            eprintln!("   {m:?} {s:?}");
        }
    }
}
