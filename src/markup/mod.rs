//! Structure of a text by byte offsets: Markdown styling marks and an outline of headings.
//!
//! The reader never rewrites a document: it draws byte ranges of the original text, so search
//! hits, quotes and saved positions keep their offsets. This module therefore does not render
//! Markdown; it says *what* each byte range is ([`Mark`]), and the renderer styles those bytes
//! in place (dimming the `#`s, `**` and `(url)`, bolding the rest).
//!
//! - [`markdown_marks`] parses Markdown (CommonMark with tables and strikethrough) into sorted,
//!   possibly nested marks; [`MarkIndex`] answers "which marks touch this row" without scanning
//!   them all, and which lines are verbatim (code blocks, tables, HTML) and must not be reflowed.
//! - [`markdown_outline`] lists a Markdown document's headings; [`plain_outline`] (and its
//!   sliced form [`plain_outline_step`]) finds numbered and underlined headings in plain text.
//!
//! Markdown parsing needs the whole text at once, so it is only for documents up to
//! [`MARKDOWN_MAX_BYTES`]; larger `.md` files are shown plain and outlined with
//! [`plain_outline_step`], which works in slices of any size.
//!
//! ```
//! use dokseo::markup::{markdown_marks, Mark, MarkIndex};
//!
//! let text = "# Title\n\nSome **bold** text.\n";
//! let index = MarkIndex::new(text, markdown_marks(text));
//! let row = 9..28; // "Some **bold** text."
//! let strong: Vec<&str> = index
//!     .marks_in(row)
//!     .filter(|(_, m)| *m == Mark::Strong)
//!     .map(|(r, _)| &text[r.clone()])
//!     .collect();
//! assert_eq!(strong, ["**bold**"]);
//! ```

mod index;
mod markdown;
mod plain;

pub use index::MarkIndex;
pub use markdown::{markdown_marks, markdown_outline};
pub use plain::{plain_outline, plain_outline_step};

/// The largest document (in bytes) to parse as Markdown. The parser needs the whole text and
/// the marks take memory in proportion to it, so larger `.md` files are shown as plain text
/// (and outlined with [`plain_outline_step`]). At the measured ~100 MB/s a document this size
/// is parsed in well under a second.
pub const MARKDOWN_MAX_BYTES: usize = 16 << 20;

/// What a byte range of a Markdown document is, for styling it in place.
///
/// Block marks cover whole elements, markers included; the marker parts (`#`, fences, `>`,
/// `-`, delimiters) get their own, nested marks so they can be drawn dim. No range ends with
/// a line break.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mark {
    /// A heading of this level (1–6), markers included (ATX `## x`, or setext text plus its
    /// underline line).
    Heading(u8),
    /// A heading's markers: the opening `#`s with the spaces after them, a closing `#` run,
    /// or a setext underline (`===`, `---`). Drawn dim.
    HeadingMarker,
    /// Emphasis (`*x*`, `_x_`), delimiters included.
    Emphasis,
    /// Strong emphasis (`**x**`, `__x__`), delimiters included.
    Strong,
    /// Strikethrough (`~x~`, `~~x~~`), delimiters included.
    Strike,
    /// The delimiters of emphasis, strong, strikethrough and code spans (`*`, `**`, `~~`,
    /// backticks). Drawn dim, inside the mark they delimit.
    Delimiter,
    /// A code span, backticks included.
    CodeSpan,
    /// A code block, fenced (fence lines included) or indented. Its lines are verbatim.
    CodeBlock,
    /// The opening or closing fence line of a fenced code block (```` ```rust ````, `~~~`).
    FenceMarker,
    /// A link's text with its brackets (`[text]`), or a whole autolink (`<https://…>`).
    Link,
    /// An image's alt text with its `![` and `]`.
    Image,
    /// A link's or image's target: `(url "title")` or a reference `[ref]`. Drawn dim.
    LinkTarget,
    /// A whole block quote (lazy continuation lines included).
    BlockQuote,
    /// The `>` markers at the start of a quoted line (with one space after each, and nested
    /// quotes' markers together: `> > `).
    BlockQuoteMarker,
    /// A list item's bullet or number with the spaces after it (`- `, `12. `).
    ListMarker,
    /// A whole table. Its lines are verbatim.
    Table,
    /// The header row of a table.
    TableHeader,
    /// A body row of a table.
    TableRow,
    /// The delimiter row under a table's header (`|---|:--:|`). Drawn dim.
    TableDelimiter,
    /// A thematic break (`---`, `***`, `___`).
    Rule,
    /// A block of raw HTML. Its lines are verbatim.
    HtmlBlock,
    /// Inline raw HTML (`<br>`, `<span>`).
    InlineHtml,
    /// A soft line break inside a paragraph, from the end of one line's text to the start of
    /// the next line's text (so it includes the next line's indentation and `> ` markers). A
    /// layout that reflows paragraphs may join the two lines here, drawing one space.
    SoftBreak,
}

/// One heading of an outline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Heading {
    /// Depth, 1 being the top. Levels are relative: a plain-text outline of law articles
    /// (`제1조`) may have only level 5, so indent by `level - min level`.
    pub level: u8,
    /// Byte offset of the heading's first byte (its line start for plain text) in the text.
    pub offset: usize,
    /// The heading as one line: Markdown markers left out, whitespace runs made one space,
    /// trimmed. Plain-text titles keep their numbering (`2.3 Scope`, `제1장 총칙`).
    pub title: String,
}

/// Whether a file name is Markdown by its extension (`.md`, `.markdown`, `.mdown`, `.mkd`),
/// ignoring case.
pub fn is_markdown(name: &str) -> bool {
    let Some((_, ext)) = name.rsplit_once('.') else {
        return false;
    };
    ["md", "markdown", "mdown", "mkd"]
        .iter()
        .any(|e| ext.eq_ignore_ascii_case(e))
}

#[cfg(test)]
mod tests;
