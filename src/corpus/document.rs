//! One open document: its clean text, where it came from, and its line index.
//!
//! A document may still be arriving: [`Document::pending`] makes an empty one that the loader
//! fills with [`Document::append`] and closes with [`Document::finish`] or [`Document::fail`].

use super::meta::Meta;
use crate::state;
use crate::text::floor_boundary;

/// Where a document is in loading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Text is still arriving; `total` is the file size when known.
    Loading {
        /// Size of the input in bytes, when known.
        total: Option<u64>,
    },
    /// All text is here.
    Ready,
    /// It could not be read; the message says why, in words for the user.
    Failed(String),
}

/// Bytes of text from which the title and date are taken; later text cannot change them.
const HEAD: usize = 64 * 1024;

/// A document ready to read, or being read.
#[derive(Debug, Clone)]
pub struct Document {
    /// How the user named it: the path as given, `-` for standard input, or the seed's file name.
    pub name: String,
    /// NFC text with `\n` line endings.
    pub text: String,
    /// The encoding its bytes were read as.
    pub encoding: &'static str,
    /// Whether invalid bytes were replaced with U+FFFD while decoding.
    pub lossy: bool,
    /// Title, date, size and reading time.
    pub meta: Meta,
    /// Loading, ready or failed.
    pub status: Status,
    /// Byte offset of the start of every line after the first.
    line_starts: Vec<usize>,
    /// Non-space characters so far, for the reading time.
    visible: usize,
    /// [`crate::state::content_hash`] of the text so far.
    hash: u64,
}

impl Document {
    /// A document from decoded text.
    #[must_use]
    pub fn new(name: impl Into<String>, text: String, encoding: &'static str, lossy: bool) -> Self {
        let mut doc = Self::pending(name, None);
        doc.text.reserve_exact(text.len());
        doc.append(&text);
        doc.finish(encoding, lossy);
        doc
    }

    /// An empty document whose text will arrive; `total` (the file size) sizes the buffer once
    /// the text starts, so a huge file is never copied while it grows.
    #[must_use]
    pub fn pending(name: impl Into<String>, total: Option<u64>) -> Self {
        let name = name.into();
        let title = std::path::Path::new(&name)
            .file_name()
            .map_or_else(|| name.clone(), |f| f.to_string_lossy().into_owned());
        Self {
            meta: Meta {
                title,
                date: None,
                bytes: 0,
                minutes: 1,
            },
            name,
            text: String::new(),
            encoding: "UTF-8",
            lossy: false,
            status: Status::Loading { total },
            line_starts: Vec::new(),
            visible: 0,
            hash: state::HASH_START,
        }
    }

    /// Adds text at the end.
    pub fn append(&mut self, piece: &str) {
        let base = self.text.len();
        if base == 0 {
            // Room for the whole file once, when its text starts to arrive (not when listed:
            // a folder of thousands lists before any is read).
            if let Status::Loading { total: Some(t) } = self.status {
                let t = usize::try_from(t).unwrap_or(0);
                self.text
                    .reserve_exact(t.max(piece.len()).saturating_add(16));
            }
        }
        self.line_starts
            .extend(piece.match_indices('\n').map(|(i, _)| base + i + 1));
        self.text.push_str(piece);
        self.hash = state::hash_more(self.hash, piece.as_bytes());
        self.visible += piece.chars().filter(|c| !c.is_whitespace()).count();
        if base < HEAD {
            let head_end = floor_boundary(&self.text, HEAD);
            let head = Meta::from_text(&self.text[..head_end]);
            self.meta.title = head.title;
            self.meta.date = head.date;
        }
        self.meta.bytes = self.text.len();
        self.meta.minutes = Meta::minutes_for(self.visible);
    }

    /// All text has arrived.
    pub fn finish(&mut self, encoding: &'static str, lossy: bool) {
        self.encoding = encoding;
        self.lossy = lossy;
        self.status = Status::Ready;
        self.text.shrink_to_fit();
        self.line_starts.shrink_to_fit();
    }

    /// Reading stopped with an error; what arrived stays readable.
    pub fn fail(&mut self, message: impl Into<String>) {
        self.status = Status::Failed(message.into());
    }

    /// The key saved state is kept under: [`crate::state::content_hash`] of the text so far.
    #[must_use]
    pub fn content_hash(&self) -> String {
        state::hash_hex(self.hash)
    }

    /// The length the text will have, as far as known: the file size while loading.
    #[must_use]
    pub fn expected_len(&self) -> usize {
        match self.status {
            Status::Loading { total: Some(t) } => usize::try_from(t)
                .unwrap_or(usize::MAX)
                .max(self.text.len()),
            _ => self.text.len(),
        }
    }

    /// Whether all text is here.
    #[must_use]
    pub fn is_ready(&self) -> bool {
        self.status == Status::Ready
    }

    /// Whether more text may still arrive.
    #[must_use]
    pub fn is_loading(&self) -> bool {
        matches!(self.status, Status::Loading { .. })
    }

    /// Percentage loaded, while loading and the size is known.
    #[must_use]
    pub fn loaded_percent(&self) -> Option<u8> {
        match self.status {
            Status::Loading { total: Some(t) } if t > 0 => {
                let done = u64::try_from(self.text.len()).unwrap_or(u64::MAX);
                u8::try_from((done.saturating_mul(100) / t).min(99)).ok()
            }
            Status::Loading { .. } => Some(0),
            _ => None,
        }
    }

    /// 1-based line number of byte `offset`.
    #[must_use]
    pub fn line_of(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&s| s <= offset) + 1
    }

    /// Number of lines (a final line without `\n` counts).
    #[must_use]
    pub fn line_count(&self) -> usize {
        let trailing = self.text.ends_with('\n') || self.text.is_empty();
        self.line_starts.len() + usize::from(!trailing)
    }

    /// Byte offset where 1-based `line` starts (clamped to the text).
    #[must_use]
    pub fn line_start(&self, line: usize) -> usize {
        match line {
            0 | 1 => 0,
            n => self
                .line_starts
                .get(n - 2)
                .copied()
                .unwrap_or(self.text.len()),
        }
    }

    /// Line and column (both 1-based, column in characters) of byte `offset`.
    #[must_use]
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let line = self.line_of(offset);
        let start = self.line_start(line);
        let col = self
            .text
            .get(start..offset)
            .map_or(0, |s| s.chars().count());
        (line, col + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns() {
        let d = Document::new("t", "첫 줄\n둘째\n셋".into(), "UTF-8", false);
        assert_eq!(d.line_count(), 3);
        assert_eq!(d.line_of(0), 1);
        assert_eq!(d.line_of("첫 줄\n".len()), 2);
        assert_eq!(d.line_col("첫 줄\n둘".len()), (2, 2));
        assert_eq!(d.line_start(3), "첫 줄\n둘째\n".len());
        assert_eq!(d.line_start(99), d.text.len());
        let d = Document::new("t", "a\n".into(), "UTF-8", false);
        assert_eq!(d.line_count(), 1);
    }

    #[test]
    fn a_pending_document_grows_like_a_whole_one() {
        let text = "# 제목입니다\n2025년 1월 31일\n본문 첫 줄\n둘째 줄";
        let whole = Document::new("dir/a.txt", text.into(), "UTF-8", false);
        let mut grown = Document::pending("dir/a.txt", Some(text.len() as u64));
        assert_eq!(grown.meta.title, "a.txt");
        assert_eq!(grown.loaded_percent(), Some(0));
        let cut = text.find("본문").unwrap();
        grown.append(&text[..cut]);
        assert!(grown.is_loading() && grown.loaded_percent() < Some(99));
        grown.append(&text[cut..]);
        grown.finish("UTF-8", false);
        assert_eq!(grown.meta, whole.meta);
        assert_eq!(grown.line_count(), whole.line_count());
        assert_eq!(grown.line_start(4), whole.line_start(4));
        assert_eq!(grown.content_hash(), state::content_hash(text));
        assert!(grown.is_ready() && grown.loaded_percent().is_none());
        grown.fail("gone");
        assert_eq!(grown.status, Status::Failed("gone".into()));
    }
}
