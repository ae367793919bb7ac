//! Fast lookups over marks: the marks touching a row, and whether a line is verbatim.
//!
//! The renderer asks for every visible row on every frame, so a lookup must not scan all
//! marks. Sorted starts alone are not enough, because marks nest: a code block or quote that
//! spans the whole document starts before every row. So the marks are dealt into *layers*,
//! each a run of disjoint marks in order (interval partitioning: as many layers as marks
//! overlap at worst, which for Markdown is its nesting depth). In a layer both starts and ends
//! are sorted, so one binary search finds the first mark that reaches a row.

use super::Mark;
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::ops::Range;

/// Marks of one document with the indexes the renderer and the layout need.
#[derive(Clone, Debug, Default)]
pub struct MarkIndex {
    marks: Vec<(Range<usize>, Mark)>,
    /// Indices into `marks`; within a layer, the marks are disjoint and in order.
    layers: Vec<Vec<usize>>,
    /// Code blocks, tables and HTML blocks as whole lines, sorted, merged.
    verbatim: Vec<Range<usize>>,
}

impl MarkIndex {
    /// Indexes `marks` of `text` (as [`super::markdown_marks`] gives them; any order is
    /// accepted, empty ranges are dropped). `O(n log n)`.
    pub fn new(text: &str, mut marks: Vec<(Range<usize>, Mark)>) -> Self {
        marks.retain(|(r, _)| r.start < r.end);
        marks.sort_by_key(|(r, _)| (r.start, Reverse(r.end)));
        let mut layers: Vec<Vec<usize>> = Vec::new();
        // Min-heap of (end of the layer's last mark, layer): reuse the layer that frees first.
        let mut free: BinaryHeap<Reverse<(usize, usize)>> = BinaryHeap::new();
        for (i, (r, _)) in marks.iter().enumerate() {
            let layer = match free.peek() {
                Some(&Reverse((end, layer))) if end <= r.start => {
                    free.pop();
                    layer
                }
                _ => {
                    layers.push(Vec::new());
                    layers.len() - 1
                }
            };
            if let Some(l) = layers.get_mut(layer) {
                l.push(i);
            }
            free.push(Reverse((r.end, layer)));
        }
        let verbatim = verbatim_lines(text, &marks);
        Self {
            marks,
            layers,
            verbatim,
        }
    }

    /// Every mark, sorted by start, outer (longer) first.
    pub fn marks(&self) -> &[(Range<usize>, Mark)] {
        &self.marks
    }

    /// The marks overlapping `range` (a row's bytes), in the order of [`Self::marks`]: outer
    /// marks before the marks nested in them, so styles applied in this order let inner marks
    /// win. `O(depth · log n + found)`.
    pub fn marks_in(&self, range: Range<usize>) -> impl Iterator<Item = &(Range<usize>, Mark)> {
        let mut found = Vec::new();
        for layer in &self.layers {
            let first = layer.partition_point(|&i| self.marks[i].0.end <= range.start);
            for &i in &layer[first..] {
                if self.marks[i].0.start >= range.end {
                    break;
                }
                found.push(i);
            }
        }
        found.sort_unstable();
        found.into_iter().map(|i| &self.marks[i])
    }

    /// Whether the line holding byte `offset` is verbatim: inside a code block, table or HTML
    /// block. A layout that reflows paragraphs keeps such lines as they are, one row each (or
    /// more when wider than the screen).
    pub fn is_verbatim(&self, offset: usize) -> bool {
        let i = self.verbatim.partition_point(|r| r.end <= offset);
        self.verbatim.get(i).is_some_and(|r| r.start <= offset)
    }

    /// The verbatim spans (see [`Self::is_verbatim`]): whole lines from the first line's start
    /// to the last line's end (before its line break), sorted and disjoint.
    pub fn verbatim(&self) -> &[Range<usize>] {
        &self.verbatim
    }
}

/// The verbatim blocks of `marks`, widened to whole lines (a block in a list item starts
/// after its `- `) and merged.
fn verbatim_lines(text: &str, marks: &[(Range<usize>, Mark)]) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out: Vec<Range<usize>> = Vec::new();
    for (r, mark) in marks {
        if !matches!(mark, Mark::CodeBlock | Mark::Table | Mark::HtmlBlock) {
            continue;
        }
        let start = r.start.min(bytes.len());
        let line_start = memchr::memrchr(b'\n', &bytes[..start]).map_or(0, |p| p + 1);
        let end = r.end.clamp(start, bytes.len());
        // Marks are sorted by start, so only the last span can meet this one.
        match out.last_mut() {
            Some(last) if line_start <= last.end => last.end = last.end.max(end),
            _ => out.push(line_start..end),
        }
    }
    out
}

#[cfg(test)]
mod tests;
