//! Markdown to marks and an outline, with pulldown-cmark's byte offsets.
//!
//! pulldown-cmark gives each element's whole source range; the marker parts (`#`, fences,
//! `>`, bullets, delimiters, link targets) are not events, so they are found here by looking
//! at the few bytes at an element's edges. That keeps the work linear: every byte is looked at
//! a bounded number of times beyond the parser's own pass.

use super::{Heading, Mark};
use pulldown_cmark::{CodeBlockKind, Event, LinkType, Options, Parser, Tag, TagEnd};
use std::cmp::Reverse;
use std::ops::Range;

/// CommonMark plus the two GitHub extensions people write most and that have marks here.
fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

/// The marks of a Markdown text, sorted by start; at one start, the longer (outer) mark comes
/// first, and marks with the same range come outer first (as they nest). Marks nest: a
/// [`Mark::Strong`] holds its [`Mark::Delimiter`]s, a [`Mark::CodeBlock`] its
/// [`Mark::FenceMarker`]s. Every range is non-empty, lies on char boundaries and does not end
/// with a line break (except [`Mark::SoftBreak`], which is one).
///
/// Never panics; linear in the text's length. The parser needs the whole text: keep to
/// documents up to [`super::MARKDOWN_MAX_BYTES`].
pub fn markdown_marks(text: &str) -> Vec<(Range<usize>, Mark)> {
    let mut b = Builder {
        text,
        marks: Vec::new(),
        links: Vec::new(),
        quote_depth: 0,
        soft_break: None,
    };
    for (event, range) in Parser::new_ext(text, options()).into_offset_iter() {
        b.event(event, range);
    }
    // Marks are pushed in document order but markers found at an element's end (closing
    // fences, link targets) come late; a stable sort keeps same-range marks outer first.
    b.marks.sort_by_key(|(r, _)| (r.start, Reverse(r.end)));
    b.marks
}

/// A link or image being read: its text ends where its last child does.
struct OpenLink {
    range: Range<usize>,
    image: bool,
    auto: bool,
    child_end: usize,
}

struct Builder<'t> {
    text: &'t str,
    marks: Vec<(Range<usize>, Mark)>,
    links: Vec<OpenLink>,
    quote_depth: usize,
    /// Where the last soft break started, until the next event says where the text goes on.
    soft_break: Option<usize>,
}

impl Builder<'_> {
    fn event(&mut self, event: Event, range: Range<usize>) {
        if let Some(start) = self.soft_break.take() {
            if start < range.start && self.on_boundaries(start..range.start) {
                self.marks.push((start..range.start, Mark::SoftBreak));
            }
        }
        let is_link_edge = matches!(
            event,
            Event::Start(Tag::Link { .. } | Tag::Image { .. })
                | Event::End(TagEnd::Link | TagEnd::Image)
        );
        if !is_link_edge {
            if let Some(link) = self.links.last_mut() {
                link.child_end = link.child_end.max(range.end);
            }
        }
        match event {
            Event::Start(tag) => self.start(tag, range),
            Event::End(TagEnd::Link | TagEnd::Image) => self.end_link(),
            Event::End(TagEnd::BlockQuote(_)) => {
                self.quote_depth = self.quote_depth.saturating_sub(1)
            }
            Event::End(_) => {}
            Event::Code(_) => {
                self.push(range.clone(), Mark::CodeSpan);
                self.delimiters(range, b'`', usize::MAX);
            }
            Event::InlineHtml(_) => self.push(range, Mark::InlineHtml),
            Event::Rule => self.push(range, Mark::Rule),
            Event::SoftBreak => self.soft_break = Some(range.start),
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag, range: Range<usize>) {
        match tag {
            Tag::Heading { level, .. } => {
                self.push(range.clone(), Mark::Heading(level as u8));
                self.heading_markers(range);
            }
            Tag::Emphasis | Tag::Strong | Tag::Strikethrough => {
                let (mark, most) = match tag {
                    Tag::Emphasis => (Mark::Emphasis, 1),
                    Tag::Strong => (Mark::Strong, 2),
                    _ => (Mark::Strike, 2),
                };
                self.push(range.clone(), mark);
                if let Some(&c) = self.text.as_bytes().get(range.start) {
                    self.delimiters(range, c, most);
                }
            }
            Tag::CodeBlock(kind) => {
                self.push(range.clone(), Mark::CodeBlock);
                if let CodeBlockKind::Fenced(_) = kind {
                    self.fences(range);
                }
            }
            Tag::BlockQuote(_) => {
                self.quote_depth += 1;
                self.push(range.clone(), Mark::BlockQuote);
                // Nested quotes' markers sit on the outer quote's lines: mark them once.
                if self.quote_depth == 1 {
                    self.quote_markers(range);
                }
            }
            Tag::Item => self.list_marker(range.start),
            Tag::Table(_) => self.push(range, Mark::Table),
            Tag::TableHead => {
                self.push(range.clone(), Mark::TableHeader);
                self.table_delimiter(range);
            }
            Tag::TableRow => self.push(range, Mark::TableRow),
            Tag::HtmlBlock => self.push(range, Mark::HtmlBlock),
            Tag::Link { link_type, .. } => self.links.push(OpenLink {
                child_end: range.start,
                auto: matches!(link_type, LinkType::Autolink | LinkType::Email),
                range,
                image: false,
            }),
            Tag::Image { .. } => self.links.push(OpenLink {
                child_end: range.start,
                auto: false,
                range,
                image: true,
            }),
            _ => {}
        }
    }

    /// Pushes a mark, its range cut to the text, trailing line breaks left out; a range off
    /// char boundaries or left empty is dropped rather than risk a panic when sliced.
    fn push(&mut self, range: Range<usize>, mark: Mark) {
        let bytes = self.text.as_bytes();
        let mut end = range.end.min(bytes.len());
        let start = range.start.min(end);
        while end > start && matches!(bytes[end - 1], b'\n' | b'\r') {
            end -= 1;
        }
        if start < end && self.on_boundaries(start..end) {
            self.marks.push((start..end, mark));
        }
    }

    fn on_boundaries(&self, r: Range<usize>) -> bool {
        self.text.is_char_boundary(r.start) && self.text.is_char_boundary(r.end)
    }

    /// The body of a range: cut to the text, without its trailing line breaks.
    fn body(&self, range: &Range<usize>) -> Range<usize> {
        let end = range.end.min(self.text.len());
        let start = range.start.min(end);
        let trimmed = self.text.as_bytes()[start..end]
            .iter()
            .rposition(|b| !matches!(b, b'\n' | b'\r'))
            .map_or(start, |p| start + p + 1);
        start..trimmed
    }

    /// The opening and closing runs of `c` (at most `most` long) at the ends of `range`.
    fn delimiters(&mut self, range: Range<usize>, c: u8, most: usize) {
        let body = self.body(&range);
        let bytes = &self.text.as_bytes()[body.clone()];
        let open = bytes.iter().take_while(|&&b| b == c).count().min(most);
        let close = bytes
            .iter()
            .rev()
            .take_while(|&&b| b == c)
            .count()
            .min(most);
        if open == 0 || close == 0 || open + close > bytes.len() {
            return;
        }
        self.push(body.start..body.start + open, Mark::Delimiter);
        self.push(body.end - close..body.end, Mark::Delimiter);
    }

    fn heading_markers(&mut self, range: Range<usize>) {
        let body = self.body(&range);
        let s = &self.text[body.clone()];
        // An ATX heading is one line; a setext heading ends with its underline line.
        if let Some(nl) = s.rfind('\n') {
            let line = &s[nl + 1..];
            if let Some(p) = line.find(['=', '-']) {
                self.push(body.start + nl + 1 + p..body.end, Mark::HeadingMarker);
            }
            return;
        }
        let content = s.trim_start_matches([' ', '\t']);
        let lead = s.len() - content.len();
        let after_hashes = content.trim_start_matches('#');
        if after_hashes.len() == content.len() {
            return;
        }
        let open_end = s.len() - after_hashes.trim_start_matches([' ', '\t']).len();
        self.push(
            body.start + lead..body.start + open_end,
            Mark::HeadingMarker,
        );
        // A closing run counts only after a space and after some content.
        let t = s.trim_end_matches([' ', '\t']);
        let no_hash = t.trim_end_matches('#');
        if no_hash.len() < t.len() && no_hash.len() > open_end && no_hash.ends_with([' ', '\t']) {
            let close = no_hash.trim_end_matches([' ', '\t']).len();
            self.push(body.start + close..body.end, Mark::HeadingMarker);
        }
    }

    fn fences(&mut self, range: Range<usize>) {
        let body = self.body(&range);
        let s = &self.text[body.clone()];
        let first_end = s.find('\n').unwrap_or(s.len());
        let first = &s[..first_end];
        let lead = first.len() - first.trim_start_matches([' ', '\t']).len();
        self.push(body.start + lead..body.start + first_end, Mark::FenceMarker);
        let Some(fence) = first[lead..].bytes().next() else {
            return;
        };
        let width = first[lead..].bytes().take_while(|&b| b == fence).count();
        let Some(nl) = s.rfind('\n') else {
            return;
        };
        // The last line closes the block only if it is a long enough run of the fence's
        // character; otherwise the block ran to the end of its container unclosed.
        let line = &s[nl + 1..];
        let rest = line.trim_start_matches([' ', '\t', '>']);
        let run = rest.trim_end_matches([' ', '\t']);
        if run.len() >= width && run.bytes().all(|b| b == fence) {
            let start = body.start + nl + 1 + (line.len() - rest.len());
            self.push(start..start + run.len(), Mark::FenceMarker);
        }
    }

    /// The `>` runs at the start of each line of a top-level quote.
    fn quote_markers(&mut self, range: Range<usize>) {
        let body = self.body(&range);
        let bytes = self.text.as_bytes();
        let mut line = body.start;
        while line < body.end {
            let mut p = line;
            while p < body.end && matches!(bytes[p], b' ' | b'\t') {
                p += 1;
            }
            let start = p;
            while p < body.end && bytes[p] == b'>' {
                p += 1;
                if p < body.end && matches!(bytes[p], b' ' | b'\t') {
                    p += 1;
                }
            }
            if p > start {
                self.push(start..p, Mark::BlockQuoteMarker);
            }
            match memchr::memchr(b'\n', &bytes[p..body.end]) {
                Some(nl) => line = p + nl + 1,
                None => break,
            }
        }
    }

    fn list_marker(&mut self, at: usize) {
        let bytes = self.text.as_bytes();
        let mut p = at;
        while p < bytes.len() && bytes[p] == b' ' {
            p += 1;
        }
        let start = p;
        match bytes.get(p) {
            Some(b'-' | b'*' | b'+') => p += 1,
            Some(b'0'..=b'9') => {
                while p < bytes.len() && p - start < 9 && bytes[p].is_ascii_digit() {
                    p += 1;
                }
                if !matches!(bytes.get(p), Some(b'.' | b')')) {
                    return;
                }
                p += 1;
            }
            _ => return,
        }
        // Up to four spaces after the marker belong to it (more make indented code).
        let mut spaces = 0;
        while spaces < 4 && matches!(bytes.get(p), Some(b' ' | b'\t')) {
            p += 1;
            spaces += 1;
        }
        self.push(start..p, Mark::ListMarker);
    }

    /// The delimiter row is the line after the header row.
    fn table_delimiter(&mut self, head: Range<usize>) {
        let bytes = self.text.as_bytes();
        let from = head.start.min(bytes.len());
        let Some(nl) = memchr::memchr(b'\n', &bytes[from..]) else {
            return;
        };
        let start = from + nl + 1;
        let end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |e| start + e);
        let line = &self.text[start..end];
        let lead = line.len() - line.trim_start_matches([' ', '\t', '>']).len();
        self.push(start + lead..end, Mark::TableDelimiter);
    }

    fn end_link(&mut self) {
        let Some(link) = self.links.pop() else {
            return;
        };
        if let Some(outer) = self.links.last_mut() {
            outer.child_end = outer.child_end.max(link.range.end);
        }
        let mark = if link.image { Mark::Image } else { Mark::Link };
        let r = self.body(&link.range);
        let opener = if link.image { "![" } else { "[" };
        if link.auto || !self.text[r.clone()].starts_with(opener) {
            self.push(r, mark);
            return;
        }
        // The text ends at the first `]` after the last child (a `]` inside a code span or
        // nested image is within a child).
        let from = link.child_end.clamp(r.start + opener.len(), r.end);
        match self.text[from..r.end].find(']') {
            Some(p) => {
                let close = from + p + 1;
                self.push(r.start..close, mark);
                self.push(close..r.end, Mark::LinkTarget);
            }
            None => self.push(r, mark),
        }
    }
}

/// The headings of a Markdown text (ATX and setext), in order; each title is its text without
/// markers or inline syntax, on one line. Keep to documents up to
/// [`super::MARKDOWN_MAX_BYTES`], as for [`markdown_marks`].
pub fn markdown_outline(text: &str) -> Vec<Heading> {
    let mut out = Vec::new();
    let mut open: Option<(u8, usize, String)> = None;
    for (event, range) in Parser::new_ext(text, options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                open = Some((level as u8, range.start, String::new()));
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, offset, raw)) = open.take() {
                    let title = raw.split_whitespace().collect::<Vec<_>>().join(" ");
                    out.push(Heading {
                        level,
                        offset,
                        title,
                    });
                }
            }
            Event::Text(s) | Event::Code(s) => {
                if let Some((_, _, title)) = open.as_mut() {
                    title.push_str(&s);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some((_, _, title)) = open.as_mut() {
                    title.push(' ');
                }
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests;
