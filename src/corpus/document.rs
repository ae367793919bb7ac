//! One open document: its clean text, where it came from, and its line index.

use super::meta::Meta;

/// A document ready to read.
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
    /// Byte offset of the start of every line after the first.
    line_starts: Vec<usize>,
}

impl Document {
    /// A document from decoded text.
    #[must_use]
    pub fn new(name: impl Into<String>, text: String, encoding: &'static str, lossy: bool) -> Self {
        let meta = Meta::from_text(&text);
        let line_starts = text.match_indices('\n').map(|(i, _)| i + 1).collect();
        Self {
            name: name.into(),
            text,
            encoding,
            lossy,
            meta,
            line_starts,
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
}
