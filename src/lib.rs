//! dokseo (독서, "reading"): a terminal reader for Korean and any other text.
pub mod corpus;
pub mod text;
