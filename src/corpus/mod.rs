//! Documents: where they come from ([`source`]), how bytes become clean text ([`mod@decode`]), and
//! what the list pane says about them ([`meta`]).

pub mod decode;
pub mod doctext;
pub mod document;
pub mod mapped;
pub mod meta;
pub mod named;
pub mod source;
pub mod stream;

pub use decode::{decode, DecodeError, Decoded};
pub use doctext::DocText;
pub use document::{Document, LineCols, Status};
pub use meta::Meta;
pub use named::find_named;
pub use source::{
    list, load, seed_entries, seeds, stream_problem, Entry, Input, Loaded, Problem, Source,
};
