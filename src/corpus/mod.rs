//! Documents: where they come from ([`source`]), how bytes become clean text ([`decode`]), and
//! what the list pane says about them ([`meta`]).

pub mod decode;
pub mod document;
pub mod meta;
pub mod source;

pub use decode::{decode, DecodeError, Decoded};
pub use document::Document;
pub use meta::Meta;
pub use source::{load, seeds, Input, Loaded, Problem};
