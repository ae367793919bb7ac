//! Filling rows from one run of text: where a row breaks, and how wide each row is drawn.

use super::{join_columns, tab_width, Row, RowKind, WrapMode};
use crate::text::glyph::{glyph, Glyph};
use crate::text::graphemes;
use crate::text::width::AmbiguousWidth;

pub(super) fn is_space(g: &str) -> bool {
    g.chars().all(char::is_whitespace)
}

/// Wraps one non-blank line (without its newline), or a reflowed paragraph whose inner `\n`s
/// are spaces, that starts at byte `base`; returns where to go on when it stopped early because
/// `budget` bytes were wrapped.
pub(super) fn wrap_line(
    line: &str,
    base: usize,
    width: usize,
    mode: WrapMode,
    amb: AmbiguousWidth,
    budget: usize,
    rows: &mut Vec<Row>,
) -> Option<usize> {
    let mut w = Filler {
        base,
        width,
        mode,
        rows,
        row_start: 0,
        col: 0,
        vis: 0,
        opp: None,
        cluster: None,
        prev_space: false,
        prev_wide: false,
    };
    // Right after a line break of a reflowed paragraph: the next line's indent (a list item's
    // hanging indent) takes no columns; the renderer skips the same graphemes
    // ([`super::super::flow::join_indent`]).
    let mut after_break = false;
    for (o, g) in graphemes::indices(line) {
        // Stop right after a row ends once the budget is spent: wrapping again from that row's
        // start gives exactly the rows this pass would have (no break opportunity is pending).
        if w.row_start > 0 && w.row_start >= budget {
            return Some(w.row_start);
        }
        let space = is_space(g);
        if g == "\n" {
            // A line break inside a reflowed paragraph (only `Flow::Paragraphs` passes one):
            // a space, so a break opportunity, one column unless a space already ends the line.
            let gw = join_columns(&line[w.row_start..o]);
            w.place(o, gw, true, true);
            after_break = true;
            continue;
        }
        if after_break && space {
            w.place(o, 0, true, true);
            continue;
        }
        after_break = false;
        match glyph(g, amb) {
            Glyph::Split { parts, .. } => {
                // Placed part by part, so a cluster wider than the pane still breaks between
                // its parts; one that reaches past the edge first moves to the next row whole.
                w.cluster = (o > w.row_start).then_some((o, w.col, w.vis));
                for (i, p) in parts.filter(|p| p.width > 0).enumerate() {
                    w.place(o + p.at, usize::from(p.width), false, i == 0);
                }
                w.cluster = None;
            }
            Glyph::Tab => {
                let gw = tab_width(w.col);
                w.place(o, gw, space, true);
            }
            other => w.place(o, other.width(), space, true),
        }
    }
    let (start, vis) = (w.row_start, w.vis);
    w.push(start, line.len(), vis);
    None
}

/// The state of [`wrap_line`]: the row being filled and where it may break.
struct Filler<'r> {
    base: usize,
    width: usize,
    mode: WrapMode,
    rows: &'r mut Vec<Row>,
    /// Offset in the line where the current row starts.
    row_start: usize,
    /// Columns used, hanging spaces included.
    col: usize,
    /// Columns up to the last non-space: the row's drawn width.
    vis: usize,
    /// Last break opportunity: (offset, col there, vis there).
    opp: Option<(usize, usize, usize)>,
    /// Start of the cluster being placed in parts, when it does not start the row: (offset,
    /// col there, vis there).
    cluster: Option<(usize, usize, usize)>,
    prev_space: bool,
    prev_wide: bool,
}

impl Filler<'_> {
    fn push(&mut self, start: usize, end: usize, vis: usize) {
        self.rows.push(Row {
            start: self.base + start,
            len: u32::try_from(end - start).unwrap_or(u32::MAX),
            width: u16::try_from(vis).unwrap_or(u16::MAX),
            kind: RowKind::Text,
        });
    }

    /// Places one unit of `gw` columns at offset `o`: a grapheme, or a part of a cluster drawn
    /// in parts (`starts_cluster` is false for all but its first part: a line breaks between
    /// clusters, and inside one only when it is wider than the pane).
    fn place(&mut self, o: usize, gw: usize, space: bool, starts_cluster: bool) {
        let wide = gw == 2 && !space;
        if o > self.row_start && !space && starts_cluster {
            let cjk = self.mode == WrapMode::Anywhere && (wide || self.prev_wide);
            if self.prev_space || cjk {
                self.opp = Some((o, self.col, self.vis));
            }
        }
        self.prev_space = space;
        self.prev_wide = wide;
        if space {
            // Spaces may hang past the edge: the break happens before the next word.
            self.col += gw;
            return;
        }
        if self.col + gw > self.width {
            if let Some((at, at_col, at_vis)) = self.opp.take() {
                // No spaces lie between the opportunity and here, so what moves to the next row
                // is exactly `col - at_col` visible columns.
                self.break_at(at, at_col, at_vis);
            }
            // Still past the edge inside a cluster drawn in parts: it moves on whole.
            let cluster = self.cluster.filter(|c| c.0 > self.row_start);
            if let (Some((at, at_col, at_vis)), true) = (cluster, self.col + gw > self.width) {
                self.break_at(at, at_col, at_vis);
            }
            if self.col + gw > self.width && o > self.row_start {
                self.push(self.row_start, o, self.vis);
                self.row_start = o;
                self.col = 0;
            }
        }
        self.col += gw;
        self.vis = self.col;
    }

    /// Ends the row at `at` (where the columns were `at_col`, `at_vis` drawn) and carries what
    /// follows to the next row.
    fn break_at(&mut self, at: usize, at_col: usize, at_vis: usize) {
        self.push(self.row_start, at, at_vis);
        self.row_start = at;
        self.col = self.col.saturating_sub(at_col);
        self.vis = self.vis.saturating_sub(at_col);
        if let Some(c) = &mut self.cluster {
            c.1 = c.1.saturating_sub(at_col);
            c.2 = c.2.saturating_sub(at_col);
        }
    }
}
