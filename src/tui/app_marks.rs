//! Bookmarks and opening the document in an editor.

use super::{App, Effect, Focus};
use crate::state::{new_bookmark_id, Bookmark};
use crate::text::floor_boundary;

/// Characters of text kept with a bookmark to recognise it in the list.
const EXCERPT_CHARS: usize = 40;

impl App {
    /// Bookmarks the top of the reading pane with `label`, and asks for a save right away so
    /// another running dokseo sees it.
    pub(super) fn add_bookmark(&mut self, label: &str) {
        let (Some(doc), Some(view), Some(hash)) = (
            self.docs.get(self.selected),
            self.views.get(self.selected),
            self.hashes.get(self.selected),
        ) else {
            return;
        };
        if !doc.is_ready() {
            self.message = Some("Wait until the document has loaded to bookmark it.".into());
            return;
        }
        // Words are taken lazily: the rest of a huge document is never walked.
        let mut excerpt = String::new();
        for word in doc.text.get(view.top..).unwrap_or("").split_whitespace() {
            if excerpt.chars().count() >= EXCERPT_CHARS {
                break;
            }
            if !excerpt.is_empty() {
                excerpt.push(' ');
            }
            excerpt.push_str(word);
        }
        let excerpt: String = excerpt.chars().take(EXCERPT_CHARS).collect();
        let bookmark = Bookmark {
            id: new_bookmark_id(),
            doc: hash.clone(),
            name: doc.name.clone(),
            offset: view.top,
            label: label.to_string(),
            excerpt,
            other: Default::default(),
        };
        self.state.bookmarks.push(bookmark.clone());
        self.changes.added.push(bookmark);
        self.effects.push(Effect::Save);
        self.message = Some(format!("Bookmarked line {}.", doc.line_of(view.top)));
    }

    /// Deletes bookmark `i` (the bookmark list moved its own highlight).
    pub(super) fn delete_bookmark(&mut self, i: usize) {
        if i >= self.state.bookmarks.len() {
            return;
        }
        let removed = self.state.bookmarks.remove(i);
        // The deletion names the bookmark whole, so that a copy sharing its id is not deleted
        // with it (on disk, or among this session's additions not saved yet).
        if let Some(k) = self.changes.added.iter().position(|b| *b == removed) {
            self.changes.added.remove(k);
        }
        self.changes.deleted.push(removed);
        self.effects.push(Effect::Save);
        self.message = Some("Bookmark deleted.".into());
    }

    /// Opens bookmark `i`: its document is found by content, wherever the file is now.
    pub(super) fn jump_to_bookmark(&mut self, i: usize) {
        let Some(b) = self.state.bookmarks.get(i) else {
            return;
        };
        let Some(doc) = self.hashes.iter().position(|h| *h == b.doc) else {
            self.message = Some(format!("{} is not open (or has changed since).", b.name));
            return;
        };
        let offset = b.offset;
        self.select(doc);
        self.focus = Focus::Reader;
        self.current_quote = None;
        let offset = self
            .docs
            .get(doc)
            .map_or(0, |d| floor_boundary(&d.text, offset));
        self.show_offset(offset, false);
        if let Some(view) = self.views.get_mut(doc) {
            // The exact offset, not the start of its row, so the bookmark survives resizes.
            view.top = offset;
        }
    }

    /// Asks the event loop to open the current document's file in the editor.
    pub(super) fn edit(&mut self) {
        let Some(doc) = self.docs.get(self.selected) else {
            return;
        };
        let path = std::path::PathBuf::from(&doc.name);
        if doc.name == "-" || !path.is_file() {
            self.message = Some(format!(
                "{} has no file to edit (bundled or standard input).",
                doc.name
            ));
            return;
        }
        let line = self
            .views
            .get(self.selected)
            .map_or(1, |v| doc.line_of(v.top));
        self.remember_position();
        self.effects.push(Effect::Edit {
            doc: self.selected,
            path,
            line,
        });
    }
}
