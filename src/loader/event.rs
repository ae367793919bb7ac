//! What the loading threads report to the reader.

use std::sync::Arc;

use crate::corpus::mapped::Mapped;
use crate::corpus::stream::Summary;
use crate::quotes::Quote;

/// What the loader reports, in order per document.
#[derive(Debug)]
pub enum Event {
    /// Document `doc`'s file is mapped: its text will be these bytes, as far as the `Text`
    /// pieces that follow match them. Comes before its first `Text`.
    Mapped {
        /// Document index.
        doc: usize,
        /// The mapping.
        map: Arc<Mapped>,
    },
    /// More text of document `doc`.
    Text {
        /// Document index.
        doc: usize,
        /// Clean text to append.
        piece: String,
    },
    /// `bytes` of document `doc`'s input have been read so far (a decoded file's text is
    /// longer or shorter than its bytes, so only this tells how much of the file is read).
    Read {
        /// Document index.
        doc: usize,
        /// Bytes of the input read.
        bytes: u64,
    },
    /// The text of document `doc` so far is void: its file changed between two reads of its
    /// start. Its text starts over with the `Text` that follows.
    Restart {
        /// Document index.
        doc: usize,
    },
    /// Document `doc` is complete.
    Done {
        /// Document index.
        doc: usize,
        /// How it was decoded.
        summary: Summary,
    },
    /// Document `doc` could not be read (further); the message is for the user.
    Failed {
        /// Document index.
        doc: usize,
        /// Why.
        message: String,
    },
    /// Quotes found in document `doc`, with offsets into its whole text, in order.
    Quotes {
        /// Document index.
        doc: usize,
        /// The quotes.
        quotes: Vec<Quote>,
        /// Bytes of the document scanned so far.
        scanned: usize,
    },
    /// Every quote of document `doc` has been sent.
    QuotesDone {
        /// Document index.
        doc: usize,
    },
    /// Document `doc` changed on disk after its text was read: the quotes of the new bytes
    /// would not match the text shown, so the rest are not sent. No `QuotesDone` follows.
    QuotesStale {
        /// Document index.
        doc: usize,
    },
}

impl Event {
    /// The document this report is about.
    #[must_use]
    pub fn doc(&self) -> usize {
        match self {
            Self::Mapped { doc, .. }
            | Self::Text { doc, .. }
            | Self::Read { doc, .. }
            | Self::Restart { doc }
            | Self::Done { doc, .. }
            | Self::Failed { doc, .. }
            | Self::Quotes { doc, .. }
            | Self::QuotesDone { doc }
            | Self::QuotesStale { doc } => *doc,
        }
    }

    /// This report, about document `to` instead: a loader started for one document numbers it
    /// 0, whichever it is in the reader's list.
    #[must_use]
    pub fn for_doc(mut self, to: usize) -> Self {
        match &mut self {
            Self::Mapped { doc, .. }
            | Self::Text { doc, .. }
            | Self::Read { doc, .. }
            | Self::Restart { doc }
            | Self::Done { doc, .. }
            | Self::Failed { doc, .. }
            | Self::Quotes { doc, .. }
            | Self::QuotesDone { doc }
            | Self::QuotesStale { doc } => *doc = to,
        }
        self
    }
}
