//! One open document: its clean text, where it came from, and its line index.
//!
//! A document may still be arriving: [`Document::pending`] makes an empty one that the loader
//! fills with [`Document::append`] and closes with [`Document::finish`] or [`Document::fail`].

use std::sync::Arc;

use super::doctext::DocText;
use super::mapped::Mapped;
use super::meta::{visible_chars, Meta};
use super::stream::Summary;
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
pub(crate) const HEAD: usize = 64 * 1024;

/// A document ready to read, or being read.
#[derive(Debug, Clone)]
pub struct Document {
    /// How the user named it: the path as given, `-` for standard input, or the seed's file name.
    pub name: String,
    /// NFC text with `\n` line endings.
    pub text: DocText,
    /// The encoding its bytes were read as.
    pub encoding: &'static str,
    /// Whether invalid bytes were replaced with U+FFFD while decoding.
    pub lossy: bool,
    /// Title, date, size and reading time.
    pub meta: Meta,
    /// Loading, ready or failed.
    pub status: Status,
    /// Byte offset of the start of every line after the first: four bytes each (a document is
    /// at most 2 GiB of input, so its text stays below 4 GiB however it was encoded), half the
    /// memory of `usize` offsets (28 MB of a 1 GB file's 7 million lines).
    line_starts: Vec<u32>,
    /// Non-space characters so far, for the reading time.
    visible: usize,
    /// [`crate::state::content_hash`] of the text so far.
    hash: u64,
    /// Bytes of the input read so far, while loading, when the loader tells (0 otherwise).
    read: u64,
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

    /// A document read whole from an input, with what [`Summary`] says about its bytes.
    #[must_use]
    pub fn read(name: impl Into<String>, text: String, summary: Summary) -> Self {
        let mut doc = Self::new(name, text, summary.encoding, summary.lossy);
        doc.meta.input_bytes = Some(summary.bytes);
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
                input_bytes: None,
                minutes: 1,
            },
            name,
            text: DocText::default(),
            encoding: "UTF-8",
            lossy: false,
            status: Status::Loading { total },
            line_starts: Vec::new(),
            visible: 0,
            hash: state::HASH_START,
            read: 0,
        }
    }

    /// The text will be the bytes of `map` as the loader checks them (a big file whose bytes
    /// are already clean text), instead of a copy in memory.
    /// Text that arrived before it (handed over early) is replaced only when the loader has
    /// checked that the mapping starts with it; otherwise the document stays a copy. Returns
    /// whether the text is now the mapping.
    pub fn map_text(&mut self, map: Arc<Mapped>) -> bool {
        let len = self.text.len();
        let mapped = map.checked() >= len;
        if mapped {
            self.text = DocText::mapped(map, len);
        }
        mapped
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
        self.line_starts.extend(
            piece
                .match_indices('\n')
                .map(|(i, _)| u32::try_from(base + i + 1).unwrap_or(u32::MAX)),
        );
        self.text.push_str(piece);
        self.hash = state::hash_more(self.hash, piece.as_bytes());
        self.visible += visible_chars(piece);
        if base < HEAD {
            let head_end = floor_boundary(&self.text, HEAD);
            (self.meta.title, self.meta.date) = Meta::title_and_date(&self.text[..head_end]);
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

    /// All text has arrived from an input that [`Summary`] describes: as [`Self::finish`], and
    /// the list shows the bytes read (the file's size) instead of the decoded text's.
    pub fn finish_read(&mut self, summary: Summary) {
        self.finish(summary.encoding, summary.lossy);
        self.meta.input_bytes = Some(summary.bytes);
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

    /// The length of the whole text when it is known before the text is all here: a mapped
    /// file's size (its bytes are its text); otherwise the text so far (a decoded file's text
    /// may be longer or shorter than the file).
    #[must_use]
    pub fn whole_len(&self) -> usize {
        if self.text.is_mapped() {
            self.expected_len()
        } else {
            self.text.len()
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

    /// `bytes` of the input have been read (see [`Self::loaded_percent`]).
    pub fn set_read(&mut self, bytes: u64) {
        self.read = bytes;
    }

    /// Percentage loaded, while loading and the size is known: of the input's bytes read when
    /// the loader tells them (a CP949 file's text is longer than the file), else of the text.
    #[must_use]
    pub fn loaded_percent(&self) -> Option<u8> {
        match self.status {
            Status::Loading { total: Some(t) } if t > 0 => {
                let done = match self.read {
                    0 => u64::try_from(self.text.len()).unwrap_or(u64::MAX),
                    read => read,
                };
                u8::try_from((done.saturating_mul(100) / t).min(99)).ok()
            }
            Status::Loading { .. } => Some(0),
            _ => None,
        }
    }

    /// 1-based line number of byte `offset`.
    #[must_use]
    pub fn line_of(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&s| s as usize <= offset) + 1
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
                .map_or(self.text.len(), |&s| s as usize),
        }
    }

    /// Line and column (both 1-based, column in characters) of byte `offset`.
    ///
    /// This counts from the line start, so asking for many offsets on one long line is
    /// quadratic; use [`Self::line_cols`] for those.
    #[must_use]
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        self.line_cols().line_col(offset)
    }

    /// A cursor answering [`Self::line_col`] for many offsets: while they ascend, each answer
    /// counts only the characters since the previous one, so a report over all quotes of a
    /// 100 MB line is linear instead of quadratic.
    #[must_use]
    pub fn line_cols(&self) -> LineCols<'_> {
        LineCols {
            doc: self,
            last: None,
        }
    }
}

/// Line and column lookups that continue from the previous one (see [`Document::line_cols`]).
#[derive(Debug, Clone)]
pub struct LineCols<'a> {
    doc: &'a Document,
    /// The last answer whose column was counted: (offset, line, characters before it on the
    /// line). Its offset is a character boundary of the text.
    last: Option<(usize, usize, usize)>,
}

impl LineCols<'_> {
    /// Line and column (both 1-based, column in characters) of byte `offset`: the same answer
    /// as [`Document::line_col`], in any order of offsets, but cheap when they ascend.
    pub fn line_col(&mut self, offset: usize) -> (usize, usize) {
        let text = &self.doc.text;
        let line = self.doc.line_of(offset);
        // Continue from the last offset when it lies on the same line at or before this one;
        // otherwise count from the line start, as a lone lookup does.
        let (from, before) = match self.last {
            Some((at, l, chars)) if l == line && at <= offset => (at, chars),
            _ => (self.doc.line_start(line), 0),
        };
        // An offset inside a character or past the end has no column of its own: column 1,
        // as it always was.
        let Some(gap) = text.get(from..offset) else {
            return (line, 1);
        };
        let chars = before + gap.chars().count();
        self.last = Some((offset, line, chars));
        (line, chars + 1)
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
    fn a_cursor_answers_as_lone_lookups_do_in_any_order() {
        let text = "첫 줄\n“말”이라고 a\u{301}b 했다. “또”\n\n끝";
        let d = Document::new("t", text.into(), "UTF-8", false);
        // Every byte (boundaries, offsets inside characters, past the end), ascending, then
        // descending, then jumping about: the cursor must agree with counting from the line
        // start each time.
        let offsets: Vec<usize> = (0..=text.len() + 2).collect();
        let lone = |o: usize| {
            let line = d.line_of(o);
            let start = d.line_start(line);
            (
                line,
                text.get(start..o).map_or(0, |s| s.chars().count()) + 1,
            )
        };
        let mut up = d.line_cols();
        let mut down = d.line_cols();
        let mut about = d.line_cols();
        for &o in &offsets {
            assert_eq!(up.line_col(o), lone(o), "ascending, at {o}");
        }
        for &o in offsets.iter().rev() {
            assert_eq!(down.line_col(o), lone(o), "descending, at {o}");
        }
        for &o in offsets.iter().step_by(5).chain(offsets.iter().step_by(3)) {
            assert_eq!(about.line_col(o), lone(o), "jumping, at {o}");
            assert_eq!(d.line_col(o), lone(o));
        }
        let quote = text.find("말").unwrap_or(0);
        assert_eq!(d.line_col(quote), (2, 2), "columns count characters");
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
        grown.finish_read(Summary {
            encoding: "UTF-8",
            lossy: false,
            bytes: 7,
        });
        assert_eq!(grown.meta.input_bytes, Some(7));
        assert!(grown.meta.size_text().starts_with("7 B"));
        grown.fail("gone");
        assert_eq!(grown.status, Status::Failed("gone".into()));
    }
}
