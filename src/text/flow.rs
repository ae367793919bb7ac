//! Whether a text's line breaks are paragraphs or just the edge of the writer's screen.
//!
//! News exports put one paragraph on each line: every line break is meant. A plain-text book,
//! an RFC, an email or a Korean text saved from an 80-column editor is *hard-wrapped*: the
//! lines of one paragraph are cut near a fixed column and paragraphs are separated by blank
//! lines. Shown line by line in a wider or narrower pane such text reads as short lines and
//! ragged gaps, so the layout can *reflow* it ([`Flow::Paragraphs`]): the lines of a paragraph
//! run together, and only blank lines end a paragraph.
//!
//! This module decides which kind a text is ([`detect_flow`]) and which lines must keep rows of
//! their own even when reflowing (lists, headings, indented or fenced code, tables).

use serde::{Deserialize, Serialize};
use unicode_segmentation::UnicodeSegmentation;

use super::floor_boundary;
use super::width::{str_width, AmbiguousWidth};

/// Bytes of a text [`detect_flow`] looks at: enough lines to judge, bounded so detection costs
/// the same for a 1 KB and a 1 GB file.
pub const SAMPLE: usize = 64 << 10;

/// How source lines become paragraphs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Flow {
    /// Every source line is a paragraph (one-line-per-paragraph exports): lines never join.
    #[default]
    Lines,
    /// Hard-wrapped text: the lines between two blank lines flow together as one paragraph,
    /// except lines that must keep their own rows (see [`keeps_own_row`]).
    Paragraphs,
}

/// Lines shorter than this (in columns) are not taken as cut at a wrap column: headings,
/// signatures and the last line of a paragraph are short whatever the text.
pub const MIN_WRAPPED: usize = 40;
/// Lines wider than this are not hard-wrapped: editors and RFCs wrap at 64..=80, a few at 100.
pub const MAX_WRAPPED: usize = 100;
/// Fewer non-blank lines than this are too few to judge; such a text is shown line by line.
pub const MIN_LINES: usize = 8;

/// Whether `sample` (a prefix of a text; only its first [`SAMPLE`] bytes are read) looks
/// hard-wrapped.
///
/// It is [`Flow::Paragraphs`] when most lines run on into a next non-blank line at a width of
/// [`MIN_WRAPPED`]..=[`MAX_WRAPPED`] columns, those widths cluster near their top (lines were
/// cut near one column), few lines are longer, and enough of them end without sentence
/// punctuation (a line per sentence is meant, not wrapped). Anything else, and any text of
/// fewer than [`MIN_LINES`] non-blank lines, is [`Flow::Lines`], which never joins lines: a
/// wrong `Lines` only looks ragged, a wrong `Paragraphs` would run separate lines together.
#[must_use]
pub fn detect_flow(sample: &str) -> Flow {
    let sample = &sample[..floor_boundary(sample, SAMPLE)];
    let lines: Vec<&str> = sample.lines().collect();
    let widths: Vec<Option<usize>> = lines
        .iter()
        .map(|l| (!is_blank(l)).then(|| str_width(l.trim_end(), AmbiguousWidth::Narrow)))
        .collect();
    let filled = widths.iter().flatten().count();
    if filled < MIN_LINES {
        return Flow::Lines;
    }
    let long = widths
        .iter()
        .flatten()
        .filter(|&&w| w > MAX_WRAPPED)
        .count();
    // Lines that run on into the next non-blank line, at a width a wrap could have cut.
    let mut wrapped: Vec<usize> = Vec::new();
    let mut open = 0;
    for (i, w) in widths.iter().enumerate() {
        let next_filled = widths.get(i + 1).is_some_and(Option::is_some);
        if let (Some(w), true) = (*w, next_filled) {
            if (MIN_WRAPPED..=MAX_WRAPPED).contains(&w) {
                wrapped.push(w);
                if !ends_sentence(lines[i]) {
                    open += 1;
                }
            }
        }
    }
    wrapped.sort_unstable();
    let top = wrapped
        .get(wrapped.len().saturating_sub(1) * 9 / 10)
        .copied()
        .unwrap_or(0);
    let near_top = wrapped.iter().filter(|&&w| w * 4 >= top * 3).count();
    let hard_wrapped = long * 10 <= filled
        && wrapped.len() * 10 >= filled * 4
        && near_top * 2 >= wrapped.len()
        && open * 3 >= wrapped.len();
    if hard_wrapped {
        Flow::Paragraphs
    } else {
        Flow::Lines
    }
}

/// Whether a line ends a sentence: then the break after it may well be meant.
fn ends_sentence(line: &str) -> bool {
    line.trim_end().chars().next_back().is_some_and(|c| {
        matches!(
            c,
            '.' | '!' | '?' | '。' | '…' | '"' | '”' | '\'' | '’' | ':' | ';'
        )
    })
}

/// Whether a line (without its newline) is empty or only whitespace: a paragraph break.
#[must_use]
pub fn is_blank(line: &str) -> bool {
    line.chars().all(char::is_whitespace)
}

/// Whether a line opens or closes a Markdown code fence (```` ``` ```` or `~~~`, indented or
/// not): it and every line up to the closing fence keep their own rows.
#[must_use]
pub fn is_fence(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with("```") || t.starts_with("~~~")
}

/// Whether a non-blank line keeps a row of its own when reflowing, never joined with the line
/// before or after: an indented line (code, an RFC's figure, a list item's continuation), a
/// list item (`- `, `* `, `+ `, `• `, `1. `, `1) `, `가. `, `(1) `), a heading (`#`), a quoted
/// line (`>`, as in email), a fence, or a table row (starting with `|`, or with two or more
/// runs of 2+ spaces that do not follow sentence punctuation: two spaces after a full stop
/// are a typing habit, not a column gap).
#[must_use]
pub fn keeps_own_row(line: &str) -> bool {
    let Some(first) = line.chars().next() else {
        return false;
    };
    first.is_whitespace()
        || matches!(first, '#' | '>' | '|')
        || is_fence(line)
        || is_list_item(line)
        || is_table_row(line)
        || gap_runs(line.trim_end()) >= 2
}

/// Whether a line is a row of a table, which reads only with its columns lined up, so the
/// layout keeps it on one row, cut at the pane's edge, rather than wrapping it: a Markdown or
/// plain-text row between pipes (`| 이름 | 직함 |`), a Markdown delimiter row (`---|:--:`), or
/// a border drawn with `+`, `-` and `=` (`+----+----+`).
#[must_use]
pub fn is_table_row(line: &str) -> bool {
    let t = line.trim();
    let piped = t.starts_with('|') && t[1..].contains('|');
    let delimiter =
        t.contains('|') && t.contains('-') && t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '));
    let border =
        t.starts_with('+') && t.len() > 2 && t.chars().all(|c| matches!(c, '+' | '-' | '='));
    piped || delimiter || border
}

/// Whether a line starts with a list marker followed by a space.
fn is_list_item(line: &str) -> bool {
    item_marker(line).is_some()
}

/// Bytes of the list marker (`- `, `1. `, `가) `, `(1) `) that `line` starts with.
fn item_marker(line: &str) -> Option<usize> {
    for bullet in ["- ", "* ", "+ ", "• ", "· "] {
        if line.starts_with(bullet) {
            return Some(bullet.len());
        }
    }
    let open = usize::from(line.starts_with('('));
    let rest = &line[open..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let label = if (1..=9).contains(&digits) {
        digits
    } else {
        // One Hangul syllable as a label: `가. `, `나) `.
        match rest.chars().next() {
            Some(c @ '가'..='힣') => c.len_utf8(),
            _ => return None,
        }
    };
    let mark = [". ", ") "]
        .iter()
        .find(|m| rest[label..].starts_with(**m))?;
    Some(open + label + mark.len())
}

/// Columns a list item's text starts at (`- 말` → 2, `가. 말` → 4), when `line` is one: the
/// lines after it indented about that much are the item's own, hard-wrapped.
#[must_use]
pub fn item_indent(line: &str) -> Option<usize> {
    let marker = item_marker(line)?;
    let spaces = line[marker..].bytes().take_while(|b| *b == b' ').count();
    Some(str_width(&line[..marker + spaces], AmbiguousWidth::Narrow))
}

/// Whether `line` goes on the text of a list item whose text starts at column `indent`
/// ([`item_indent`]): indented by one to three spaces and no further than the item's text,
/// and not a line that keeps its own row once the indent is taken away (a nested item, a
/// table row, a fence). Four spaces are code or a figure, as in Markdown, and an unindented
/// line may be a paragraph of its own: both keep their rows.
#[must_use]
pub fn continues_item(line: &str, indent: usize) -> bool {
    let spaces = line.bytes().take_while(|b| *b == b' ').count();
    let rest = &line[spaces..];
    (1..=indent.min(3)).contains(&spaces) && !is_blank(rest) && !keeps_own_row(rest)
}

/// Runs of two or more spaces inside `line` that do not follow sentence punctuation.
fn gap_runs(line: &str) -> usize {
    let mut runs = 0;
    let mut spaces = 0;
    let mut before = None;
    for c in line.chars() {
        if c == ' ' {
            spaces += 1;
            continue;
        }
        if spaces >= 2 && !matches!(before, Some('.' | '!' | '?' | ':' | ';') | None) {
            runs += 1;
        }
        spaces = 0;
        before = Some(c);
    }
    runs
}

/// Bytes of the indent at the start of `line`, a line joined on in a reflowed paragraph (a
/// list item's hanging indent): its leading whitespace graphemes, which take no columns. The
/// layout and the renderer both skip exactly these.
#[must_use]
pub fn join_indent(line: &str) -> usize {
    line.graphemes(true)
        .take_while(|g| is_blank(g))
        .map(str::len)
        .sum()
}

/// Columns a `\n` takes inside a row of a reflowed paragraph, where `before` is the row's text
/// before it: 1 (drawn as a blank, the space the join stands for), or 0 when `before` ends in
/// a whitespace grapheme (the line already ended with a space, so the join adds none).
///
/// The layout and the renderer both call this, so they always agree on the row's width.
#[must_use]
pub fn join_columns(before: &str) -> usize {
    match before.graphemes(true).next_back() {
        Some(g) if is_blank(g) => 0,
        _ => 1,
    }
}

#[cfg(test)]
mod tests;
