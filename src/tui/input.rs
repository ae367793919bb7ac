//! A one-line text input that edits by character, so Backspace removes a whole Hangul
//! syllable and the cursor always sits on a character boundary.

/// Text and a cursor (a byte offset on a character boundary).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineInput {
    text: String,
    cursor: usize,
}

impl LineInput {
    /// An input holding `text` with the cursor at the end.
    #[must_use]
    pub fn with(text: &str) -> Self {
        Self {
            text: text.to_string(),
            cursor: text.len(),
        }
    }

    /// The text.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The text before the cursor (its display width places the terminal cursor).
    #[must_use]
    pub fn before_cursor(&self) -> &str {
        &self.text[..self.cursor]
    }

    /// Inserts `c` at the cursor. Control characters are refused: they would end up on screen.
    pub fn insert(&mut self, c: char) {
        if c.is_control() {
            return;
        }
        self.text.insert(self.cursor, c);
        self.cursor += c.len_utf8();
    }

    /// Deletes the character before the cursor.
    pub fn backspace(&mut self) {
        if let Some(c) = self.text[..self.cursor].chars().next_back() {
            self.cursor -= c.len_utf8();
            self.text.remove(self.cursor);
        }
    }

    /// Moves the cursor by `n` characters (clamped; `i32::MIN`/`MAX` go to the ends).
    pub fn move_by(&mut self, n: i32) {
        if n < 0 {
            for _ in 0..n.unsigned_abs().min(self.text.len() as u32 + 1) {
                match self.text[..self.cursor].chars().next_back() {
                    Some(c) => self.cursor -= c.len_utf8(),
                    None => break,
                }
            }
        } else {
            for _ in 0..n.unsigned_abs().min(self.text.len() as u32 + 1) {
                match self.text[self.cursor..].chars().next() {
                    Some(c) => self.cursor += c.len_utf8(),
                    None => break,
                }
            }
        }
    }

    /// Empties the input.
    pub fn clear(&mut self) {
        self.text.clear();
        self.cursor = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backspace_removes_a_whole_syllable() {
        let mut i = LineInput::default();
        for c in "오다바시".chars() {
            i.insert(c);
        }
        i.backspace();
        assert_eq!(i.text(), "오다바");
        i.move_by(-1);
        i.backspace();
        assert_eq!((i.text(), i.before_cursor()), ("오바", "오"));
        i.insert('x');
        assert_eq!(i.text(), "오x바");
        i.move_by(i32::MAX);
        assert_eq!(i.before_cursor(), "오x바");
        i.move_by(i32::MIN);
        i.backspace();
        assert_eq!(i.before_cursor(), "");
        i.insert('\u{1b}');
        assert_eq!(i.text(), "오x바");
        i.clear();
        assert_eq!(i, LineInput::default());
    }
}
