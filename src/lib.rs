//! dokseo (독서, "reading"): a terminal reader for Korean and any other text.
//!
//! The library holds everything that is not the terminal:
//! - [`corpus`] turns files (any encoding, any size, standard input) into clean documents;
//! - [`loader`] reads and scans them in the background, one read per input;
//! - [`text`] measures and wraps them, with the widths terminals draw;
//! - [`markup`] finds Markdown structure by byte offsets (to style text in place) and outlines
//!   of headings, Markdown or plain;
//! - [`quotes`] finds every quotation and who said it (the attribution sieve);
//! - [`catalog`] gathers the quotes and speakers of a whole corpus;
//! - [`corrections`] applies the user's corrections of speakers to quotes as they are found;
//! - [`search`] is fuzzy matching, Korean initial consonants included;
//! - [`report`] prints quotes and speakers as text, JSON or CSV for the command line;
//! - [`state`] keeps reading positions and bookmarks, saved atomically;
//! - [`config`] and [`keys`] read the settings and the key names users write;
//! - [`action`] is the one vocabulary of commands, which the config names and the reader runs.
//!
//! [`tui`] is the thin terminal layer on top.
//!
//! ```
//! use dokseo::text::{AmbiguousWidth, Layout, WrapMode};
//!
//! let text = "IBM Research의 부사장인 David D. Cox는 말했습니다.";
//! let layout = Layout::new(text, 16, WrapMode::Words, AmbiguousWidth::Narrow);
//! let rows: Vec<&str> = layout.rows().iter().map(|r| &text[r.range()]).collect();
//! assert_eq!(rows, ["IBM Research의 ", "부사장인 David ", "D. Cox는 ", "말했습니다."]);
//! ```

pub mod action;
pub mod catalog;
pub mod config;
pub mod corpus;
pub mod corrections;
pub mod keys;
pub mod loader;
pub mod markup;
pub mod quotes;
pub mod report;
pub mod search;
pub mod state;
pub mod text;
pub mod tui;

#[cfg(test)]
mod testing;
