//! [`Flow::Paragraphs`](super::Flow::Paragraphs): wrapping the lines between blank lines as one run of text.
//!
//! A *block* is what one call of `wrap_line` fills rows from: a line that keeps its own row
//! ([`keeps_own_row`], or any line inside a code fence), or a run of lines that join. A block is
//! a byte range of the text whose inner `\n`s the filler takes as spaces, so rows keep offsets
//! into the unchanged text.
//!
//! Everything a block depends on lies after the last blank line: a blank line resets the fence
//! state too (a fence that encloses a blank line is taken as closed there; the code after it
//! still keeps its rows when indented). So wrapping from just after any blank line gives the
//! rows of the whole text, which is what a window far into a document relies on.

use super::{wrap_line, Layout, Row, RowKind};
use crate::text::flow::{
    continues_item, is_blank, is_fence, is_table_row, item_indent, keeps_own_row,
};

/// What [`Layout::extend`] remembers between calls in [`Flow::Paragraphs`](super::Flow::Paragraphs).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct State {
    /// A blank line came after the last non-blank one: the next block starts a paragraph.
    blank: bool,
    /// Inside a Markdown code fence (since the last blank line).
    fence: bool,
    /// End of the block being wrapped (before its last newline), while it is cut by a budget.
    block_end: Option<usize>,
    /// A joined block that waits for more text: (its start, the line start scanned up to), so
    /// a growing paragraph is scanned once, not again on every call.
    scan: Option<(usize, usize)>,
}

impl Layout {
    /// [`Layout::extend`] for [`Flow::Paragraphs`](super::Flow::Paragraphs).
    pub(super) fn extend_paragraphs(&mut self, text: &str, complete: bool, budget: usize) -> bool {
        let avail = crate::text::whole_lines(text, complete);
        let began = self.done;
        while self.done < avail {
            let spent = self.done - began;
            // At least one step is always taken, so any budget makes progress.
            if spent > 0 && spent >= budget {
                return false;
            }
            let Some(rest) = text.get(self.done..avail) else {
                // Not the text this layout was made for; stop rather than guess.
                return true;
            };
            let end = if self.mid_line {
                match self.para.block_end {
                    Some(end) => end,
                    // A layout started inside a line: take it as prose that joins on.
                    None => match self.block_end(text, avail, complete, None) {
                        Some(end) => end,
                        None => return true,
                    },
                }
            } else {
                let line = rest.find('\n').map_or(rest, |i| &rest[..=i]);
                let content = line.strip_suffix('\n').unwrap_or(line);
                if is_blank(content) {
                    self.done += line.len();
                    self.para.blank = true;
                    self.para.fence = false;
                    continue;
                }
                let fence = is_fence(content);
                self.unwrapped = !self.para.fence && is_table_row(content);
                // A list item takes the indented lines after it along (a hanging indent).
                let item = if self.para.fence {
                    None
                } else {
                    item_indent(content)
                };
                let end = if item.is_none() && (self.para.fence || keeps_own_row(content)) {
                    self.done + content.len()
                } else {
                    match self.block_end(text, avail, complete, item) {
                        Some(end) => end,
                        None => return true,
                    }
                };
                // The block is taken: only now may the state change.
                if fence {
                    self.para.fence = !self.para.fence;
                }
                if let (Some(prev), true) = (self.prev_end, self.para.blank) {
                    self.rows.push(Row {
                        start: prev,
                        len: 0,
                        width: 0,
                        kind: RowKind::Gap,
                    });
                }
                self.para.blank = false;
                end
            };
            let Some(block) = text.get(self.done..end) else {
                return true;
            };
            let (width, mode, amb) = (self.row_width(), self.mode, self.amb);
            let left = budget - spent;
            let made = self.rows.len();
            let resume = wrap_line(block, self.done, width, mode, amb, left, &mut self.rows);
            self.mark_unwrapped(made);
            match resume {
                Some(resume) => {
                    self.done += resume;
                    self.mid_line = true;
                    self.para.block_end = Some(end);
                }
                None => {
                    self.prev_end = Some(end);
                    self.done = end + usize::from(text[end..].starts_with('\n'));
                    self.mid_line = false;
                    self.para.block_end = None;
                }
            }
        }
        true
    }

    /// End (before its newline) of the joined block starting at `self.done`: the end of the
    /// last line before a blank line, a line that keeps its own row, or the end of a complete
    /// text. A block that starts with a list item whose text starts at column `item` also
    /// takes the lines that [`continues_item`]. `None` while the text grows and the line after
    /// the block has not arrived whole.
    fn block_end(
        &mut self,
        text: &str,
        avail: usize,
        complete: bool,
        item: Option<usize>,
    ) -> Option<usize> {
        let mut pos = match self.para.scan {
            Some((start, pos)) if start == self.done => pos,
            _ => self.done,
        };
        loop {
            let Some(nl) = text.get(pos..avail).and_then(|r| r.find('\n')) else {
                // The last line of the text, without a newline.
                return self.wait_or(complete, pos, avail);
            };
            let line_end = pos + nl;
            let next = line_end + 1;
            let Some(after) = text.get(next..avail).filter(|a| !a.is_empty()) else {
                return self.wait_or(complete, pos, line_end);
            };
            let content = after.find('\n').map_or(after, |i| &after[..i]);
            let joins = match item {
                Some(k) => continues_item(content, k),
                None => !is_blank(content) && !keeps_own_row(content),
            };
            if !joins {
                self.para.scan = None;
                return Some(line_end);
            }
            pos = next;
        }
    }

    /// The block ends at `end` when the text is complete; else remembers that lines up to
    /// `pos` join and waits.
    fn wait_or(&mut self, complete: bool, pos: usize, end: usize) -> Option<usize> {
        if complete {
            self.para.scan = None;
            Some(end)
        } else {
            self.para.scan = Some((self.done, pos));
            None
        }
    }
}

#[cfg(test)]
mod tests;
