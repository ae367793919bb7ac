//! A document's text: in memory, or a window on its mapped file when decoding would change
//! nothing (see [`super::mapped`]). Either way it reads as one `str`.

use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use super::mapped::Mapped;

/// Bytes copied at a time when a mapped text turns out not to be the file's bytes.
const COPY_SLICE: usize = 1 << 20;

/// A document's clean text (NFC, `\n` line endings), which grows while it loads.
#[derive(Clone, Default)]
pub struct DocText(Repr);

#[derive(Clone)]
enum Repr {
    Owned(String),
    /// The first `len` bytes of a mapped file.
    Mapped {
        map: Arc<Mapped>,
        len: usize,
    },
}

impl Default for Repr {
    fn default() -> Self {
        Self::Owned(String::new())
    }
}

impl DocText {
    /// The first `len` bytes of `map` (checked to be text), growing as the loader checks
    /// more.
    #[must_use]
    pub fn mapped(map: Arc<Mapped>, len: usize) -> Self {
        let len = len.min(map.checked());
        Self(Repr::Mapped { map, len })
    }

    /// Adds `piece` at the end. A mapped text only moves its end when the loader has checked
    /// that the file holds exactly `piece` there; otherwise (a byte order mark, `\r\n`, text
    /// that is not NFC) it becomes a copy in memory from here on.
    pub fn push_str(&mut self, piece: &str) {
        match &mut self.0 {
            Repr::Owned(s) => s.push_str(piece),
            Repr::Mapped { map, len } => {
                let end = *len + piece.len();
                if map.checked() >= end {
                    *len = end;
                } else {
                    let mut owned = String::with_capacity(map.bytes().len().max(end));
                    let text = map.text(*len);
                    // A copy a slice at a time, each slice's mapped pages given back once
                    // copied: a mismatch late in a big file (one CR, one invalid byte) would
                    // otherwise hold the file's pages and their copy at once, twice its size.
                    let mut at = 0;
                    while at < text.len() {
                        // A slice of 1 MB holds whole characters short of its end.
                        let to = crate::text::floor_boundary(text, at + COPY_SLICE);
                        owned.push_str(&text[at..to]);
                        map.release(at..to);
                        at = to;
                    }
                    owned.push_str(piece);
                    self.0 = Repr::Owned(owned);
                }
            }
        }
    }

    /// Makes room for `more` bytes in memory (nothing for a mapped text).
    pub fn reserve_exact(&mut self, more: usize) {
        if let Repr::Owned(s) = &mut self.0 {
            s.reserve_exact(more);
        }
    }

    /// Gives back unused room.
    pub fn shrink_to_fit(&mut self) {
        if let Repr::Owned(s) = &mut self.0 {
            s.shrink_to_fit();
        }
    }

    /// The text as a `str`.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Owned(s) => s,
            Repr::Mapped { map, len } => map.text(*len),
        }
    }

    /// Whether the text is a window on its file rather than a copy.
    #[must_use]
    pub fn is_mapped(&self) -> bool {
        matches!(self.0, Repr::Mapped { .. })
    }

    /// Gives back the memory of the pages of a mapped text looked at so far (they are read
    /// from the page cache again when next looked at); nothing for text in memory.
    pub fn release(&self) {
        if let Repr::Mapped { map, len } = &self.0 {
            map.release(0..*len);
        }
    }

    /// Whether the file of a mapped text was cut short while shown: some of it reads as NUL.
    #[must_use]
    pub fn was_cut(&self) -> bool {
        match &self.0 {
            Repr::Mapped { map, .. } => map.was_cut(),
            Repr::Owned(_) => false,
        }
    }
}

impl From<String> for DocText {
    fn from(s: String) -> Self {
        Self(Repr::Owned(s))
    }
}

impl Deref for DocText {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for DocText {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for DocText {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for DocText {}

impl PartialEq<str> for DocText {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for DocText {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl fmt::Debug for DocText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for DocText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use std::io::Write;

    use super::*;

    fn mapped(text: &str) -> (tempfile::NamedTempFile, Arc<Mapped>) {
        let mut tmp = tempfile::NamedTempFile::new().unwrap_or_else(|e| panic!("temp: {e}"));
        tmp.write_all(text.as_bytes())
            .unwrap_or_else(|e| panic!("write: {e}"));
        let file = std::fs::File::open(tmp.path()).unwrap_or_else(|e| panic!("open: {e}"));
        let map = Mapped::of(&file, 0).unwrap_or_else(|| panic!("mapped"));
        (tmp, map)
    }

    #[test]
    fn checked_pieces_grow_the_window_and_others_make_a_copy() {
        let (_tmp, map) = mapped("하나\n둘\n셋\n");
        let mut text = DocText::mapped(Arc::clone(&map), 0);
        map.checked_to(0, "하나\n둘\n".len());
        text.push_str("하나\n");
        text.push_str("둘\n");
        assert!(text.is_mapped());
        assert_eq!(text, "하나\n둘\n");
        // The loader found the rest different from the file (say it was `\r\n`).
        text.push_str("셋!\n");
        assert!(!text.is_mapped());
        assert_eq!(text, "하나\n둘\n셋!\n");
        text.push_str("넷");
        assert_eq!(text, "하나\n둘\n셋!\n넷");
    }

    /// A copy of megabytes, made a slice at a time (slices end inside three-byte Hangul),
    /// is the text.
    #[test]
    fn a_big_copy_is_the_mapped_text_whole() {
        let checked = "한국어 기사 한 줄\n".repeat(100_000);
        let (_tmp, map) = mapped(&format!("{checked}끝\r\n"));
        let mut text = DocText::mapped(Arc::clone(&map), 0);
        map.checked_to(0, checked.len());
        text.push_str(&checked);
        assert!(text.is_mapped() && checked.len() > 2 * COPY_SLICE);
        text.push_str("끝\n");
        assert!(!text.is_mapped());
        assert_eq!(text, format!("{checked}끝\n").as_str());
    }
}
