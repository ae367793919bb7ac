//! Pure text layout: display widths, safe glyphs for untrusted text, and wrapping into rows.
//!
//! Nothing here knows about the terminal. The reading pane asks this module for rows (byte
//! ranges with widths) and for the glyph to draw for each grapheme, so layout and rendering can
//! never disagree about how wide something is.

pub mod cluster;
pub mod flow;
pub mod glyph;
pub mod graphemes;
pub mod width;
pub mod window;
pub mod wrap;

pub use flow::{detect_flow, Flow};
pub use glyph::{glyph, Glyph};
pub use width::AmbiguousWidth;
pub use window::{window, window_flow, Shape};
pub use wrap::{Layout, Row, RowKind, WrapMode};

/// `n` and the noun for it: `1 quote`, `2 quotes`.
#[must_use]
pub fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// How much of `text` can be laid out or searched now: all of it once `complete`, else up to
/// its last line end (a line still arriving may yet grow).
#[must_use]
pub fn whole_lines(text: &str, complete: bool) -> usize {
    if complete {
        text.len()
    } else {
        text.rfind('\n').map_or(0, |i| i + 1)
    }
}

/// The largest character boundary of `s` at or before `at` (clamped to the end): where an
/// offset saved, estimated or computed in bytes may safely cut the text.
#[must_use]
pub fn floor_boundary(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}
