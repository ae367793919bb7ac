//! Search across every document: a query and the hits with their context.

use std::ops::Range;

use super::input::LineInput;
use crate::corpus::Document;
use crate::search::Pattern;
use crate::text::floor_boundary;

/// Hits listed at most (the count shown is exact).
const MAX_LISTED: usize = 2_000;
/// Characters of context shown before a hit.
const CONTEXT: usize = 24;
/// Bytes of the line after a hit that its context may show.
const CONTEXT_AFTER: usize = 400;

/// One hit: where it is and the line of context to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Document index.
    pub doc: usize,
    /// Byte range of the match in the document.
    pub range: Range<usize>,
    /// Context around the match on one line.
    pub context: String,
    /// Byte range of the match inside `context`.
    pub lit: Range<usize>,
}

/// The popup's state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchAll {
    /// What is typed.
    pub input: LineInput,
    /// Hits, in document order.
    pub hits: Vec<Hit>,
    /// Total number of matches (more than `hits` when capped).
    pub total: usize,
    /// The highlighted hit.
    pub selected: usize,
}

impl SearchAll {
    /// Re-runs the search for the current input.
    pub fn refresh(&mut self, docs: &[Document]) {
        self.hits.clear();
        self.total = 0;
        self.selected = 0;
        // The same pattern as `/` (smart case, `re:` for a regex), so the hit chosen is a match
        // of the document's search it becomes.
        let Ok(pattern) = Pattern::parse(self.input.text().trim()) else {
            return;
        };
        for (d, doc) in docs.iter().enumerate() {
            for range in pattern.find_all(&doc.text) {
                self.total += 1;
                if self.hits.len() < MAX_LISTED {
                    let (context, lit) = context(&doc.text, &range);
                    self.hits.push(Hit {
                        doc: d,
                        range,
                        context,
                        lit,
                    });
                }
            }
        }
    }

    /// Moves the highlight by `n`, clamped.
    pub fn move_by(&mut self, n: i32) {
        self.selected = super::step_clamped(self.selected, n, self.hits.len());
    }
}

/// The text around `range` on its line, at most [`CONTEXT`] characters before, with white space
/// folded; and where the match sits in it.
fn context(text: &str, range: &Range<usize>) -> (String, Range<usize>) {
    let line_start = text[..range.start].rfind('\n').map_or(0, |i| i + 1);
    let before: Vec<char> = text[line_start..range.start].chars().collect();
    let skip = before.len().saturating_sub(CONTEXT);
    let fold = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut pre: String = before[skip..].iter().collect();
    pre = pre.trim_start().replace(char::is_whitespace, " ");
    if skip > 0 {
        pre.insert(0, '…');
    }
    // Only a little of the rest of the line is shown, so a huge line is never walked.
    let reach = floor_boundary(text, range.end + CONTEXT_AFTER);
    let after = text.get(range.end..reach).unwrap_or("");
    let after = after.find('\n').map_or(after, |i| &after[..i]);
    // The space after the hit is kept only when the text has one (`장관은`, not `장관 은`).
    let gap = if after.starts_with(char::is_whitespace) {
        " "
    } else {
        ""
    };
    let post = fold(after);
    let hit = fold(&text[range.clone()]);
    let lit = pre.len()..pre.len() + hit.len();
    (format!("{pre}{hit}{gap}{post}"), lit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_across_documents_with_context() {
        let docs = vec![
            Document::new(
                "a",
                "첫 문서의 DeepSeek 이야기\n둘째 줄".into(),
                "UTF-8",
                false,
            ),
            Document::new("b", "다른 글: deepseek가 또 나온다.".into(), "UTF-8", false),
        ];
        let mut s = SearchAll::default();
        for c in "deepseek".chars() {
            s.input.insert(c);
        }
        s.refresh(&docs);
        assert_eq!(s.total, 2);
        assert_eq!(s.hits[1].doc, 1);
        let h = &s.hits[0];
        assert_eq!(&h.context[h.lit.clone()], "DeepSeek");
        assert!(h.context.starts_with("첫 문서의 DeepSeek 이야기"));
        s.move_by(5);
        assert_eq!(s.selected, 1);
    }

    #[test]
    fn long_lines_are_trimmed_before_the_hit() {
        let text = format!("{}찾는말 뒤", "가".repeat(100));
        let (ctx, lit) = context(&text, &(300..309));
        assert!(ctx.starts_with('…'));
        assert_eq!(&ctx[lit], "찾는말");
    }
}
