//! dokseo (독서, "reading"): a terminal reader for Korean and any other text.
//!
//! The library holds everything that is not the terminal: [`corpus`] turns files into clean
//! documents, [`text`] measures and wraps them. [`tui`] is the thin terminal layer on top.
//!
//! ```
//! use dokseo::text::{AmbiguousWidth, Layout, WrapMode};
//!
//! let text = "IBM Research의 부사장인 David D. Cox는 말했습니다.";
//! let layout = Layout::new(text, 16, WrapMode::Words, AmbiguousWidth::Narrow);
//! let rows: Vec<&str> = layout.rows().iter().map(|r| &text[r.range()]).collect();
//! assert_eq!(rows, ["IBM Research의 ", "부사장인 David ", "D. Cox는 ", "말했습니다."]);
//! ```

pub mod catalog;
pub mod config;
pub mod corpus;
pub mod keys;
pub mod loader;
pub mod quotes;
pub mod report;
pub mod search;
pub mod state;
pub mod text;
pub mod tui;

#[cfg(test)]
mod testing;
