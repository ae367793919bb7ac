//! What is kept between runs, as a component: the state read at start (and merged at each
//! save), and what this session changed since, which is what the next save writes.

use crate::corpus::Document;
use crate::state::{new_bookmark_id, Bookmark, Changes, State};

/// Characters of text kept with a bookmark to recognise it in the list.
const EXCERPT_CHARS: usize = 40;

/// Saved state and this session's changes to it.
#[derive(Debug, Default)]
pub struct Saved {
    state: State,
    changes: Changes,
}

impl Saved {
    /// Starts from `state`, as read from disk.
    #[must_use]
    pub fn new(state: State) -> Self {
        Self {
            state,
            changes: Changes::default(),
        }
    }

    /// The saved reading position of the document with key `hash`.
    #[must_use]
    pub fn position(&self, hash: &str) -> Option<usize> {
        self.state.positions.get(hash).copied()
    }

    /// Whether the document with key `hash` was open last time.
    #[must_use]
    pub fn was_last(&self, hash: &str) -> bool {
        self.state.last_doc.as_deref() == Some(hash)
    }

    /// Bookmarks (from disk, plus this session's), oldest first.
    #[must_use]
    pub fn bookmarks(&self) -> &[Bookmark] {
        &self.state.bookmarks
    }

    /// What this session changed.
    #[must_use]
    pub fn changes(&self) -> &Changes {
        &self.changes
    }

    /// After a save: the merged state on disk, and nothing left to save.
    pub fn saved(&mut self, merged: State) {
        self.state = merged;
        self.changes = Changes::default();
    }

    /// Records `top` as the place in the document with key `hash`, and that document as the
    /// one open last.
    pub fn remember(&mut self, hash: &str, top: usize) {
        self.changes.positions.insert(hash.to_string(), top);
        self.changes.last_doc = Some(hash.to_string());
    }

    /// Adds a bookmark at `offset` of `doc` (saved under `hash`), labelled `label`.
    pub fn add_bookmark(&mut self, doc: &Document, hash: &str, offset: usize, label: &str) {
        let bookmark = Bookmark {
            id: new_bookmark_id(),
            doc: hash.to_string(),
            name: doc.name.clone(),
            offset,
            label: label.to_string(),
            excerpt: excerpt(&doc.text, offset),
            other: Default::default(),
        };
        self.state.bookmarks.push(bookmark.clone());
        self.changes.added.push(bookmark);
    }

    /// Deletes bookmark `i`; returns whether there was one.
    pub fn delete_bookmark(&mut self, i: usize) -> bool {
        if i >= self.state.bookmarks.len() {
            return false;
        }
        let removed = self.state.bookmarks.remove(i);
        // The deletion names the bookmark whole, so that a copy sharing its id is not deleted
        // with it (on disk, or among this session's additions not saved yet).
        if let Some(k) = self.changes.added.iter().position(|b| *b == removed) {
            self.changes.added.remove(k);
        }
        self.changes.deleted.push(removed);
        true
    }
}

/// The first words of `text` from `offset`, up to [`EXCERPT_CHARS`] characters.
fn excerpt(text: &str, offset: usize) -> String {
    // Words are taken lazily: the rest of a huge document is never walked.
    let mut excerpt = String::new();
    for word in text.get(offset..).unwrap_or("").split_whitespace() {
        if excerpt.chars().count() >= EXCERPT_CHARS {
            break;
        }
        if !excerpt.is_empty() {
            excerpt.push(' ');
        }
        excerpt.push_str(word);
    }
    excerpt.chars().take(EXCERPT_CHARS).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::seeds;

    #[test]
    fn a_place_remembered_is_a_change_and_the_last_document() {
        let mut s = Saved::default();
        s.remember("abc", 42);
        assert_eq!(s.changes().positions.get("abc"), Some(&42));
        assert_eq!(s.changes().last_doc.as_deref(), Some("abc"));
        assert!(!s.was_last("abc"), "only a save makes it the saved state");
        let merged = State {
            last_doc: Some("abc".into()),
            positions: [("abc".to_string(), 42)].into(),
            ..State::default()
        };
        s.saved(merged);
        assert!(s.changes().is_empty());
        assert!(s.was_last("abc"));
        assert_eq!(s.position("abc"), Some(42));
    }

    #[test]
    fn bookmarks_keep_an_excerpt_and_delete_by_whole_identity() {
        let doc = &seeds()[0];
        let mut s = Saved::default();
        s.add_bookmark(doc, "h", 0, "label");
        s.add_bookmark(doc, "h", 0, "label");
        let b = &s.bookmarks()[0];
        assert_eq!(b.excerpt.chars().count(), EXCERPT_CHARS);
        assert_eq!(
            doc.text.split_whitespace().next(),
            b.excerpt.split(' ').next()
        );
        assert!(s.delete_bookmark(1));
        assert!(!s.delete_bookmark(1), "no second one left");
        assert_eq!(s.bookmarks().len(), 1);
        assert_eq!(
            s.changes().added.len(),
            1,
            "the deleted addition is not saved"
        );
    }

    #[test]
    fn an_excerpt_past_the_end_is_empty() {
        assert_eq!(excerpt("가 나", 99), "");
        assert_eq!(excerpt("가  나\n다", 0), "가 나 다");
    }
}
