//! What is kept between runs, as a component: the state read at start (and merged at each
//! save), and what this session changed since, which is what the next save writes.

use crate::corpus::Document;
use crate::corrections::Corrections;
use crate::state::{new_bookmark_id, Bookmark, Changes, Correction, Merge, State};

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

    /// The user's corrections (from disk, plus this session's), oldest first.
    #[must_use]
    pub fn corrections(&self) -> &[Correction] {
        &self.state.corrections
    }

    /// The corrections and merges, ready to apply.
    #[must_use]
    pub fn applicable(&self) -> Corrections {
        Corrections::new(&self.state.corrections, &self.state.merges)
    }

    /// Corrects a quote: `c` replaces any correction of the same quote.
    pub fn correct(&mut self, c: Correction) {
        let same = |x: &Correction| x.doc == c.doc && x.start == c.start && x.end == c.end;
        let old: Vec<String> = self
            .state
            .corrections
            .iter()
            .filter(|x| same(x))
            .map(|x| x.id.clone())
            .collect();
        for id in old {
            self.undo_correction(&id);
        }
        self.changes
            .corrections
            .push(&mut self.state.corrections, c);
    }

    /// Removes the correction with this id; returns whether there was one.
    pub fn undo_correction(&mut self, id: &str) -> bool {
        self.changes
            .corrections
            .take(&mut self.state.corrections, id)
    }

    /// Merges a speaker into another.
    pub fn merge(&mut self, m: Merge) {
        self.changes.merges.push(&mut self.state.merges, m);
    }

    /// Removes the merge with this id; returns whether there was one.
    pub fn undo_merge(&mut self, id: &str) -> bool {
        self.changes.merges.take(&mut self.state.merges, id)
    }

    /// Undoes merge `id` and those made with it: merging a speaker makes one merge per name
    /// their quotes carry, with ids `{id}-0`, `{id}-1`…, so one undo takes them all.
    pub fn undo_merge_group(&mut self, id: &str) -> bool {
        let group = |m: &str| {
            m.rsplit_once('-')
                .map_or(m.to_string(), |(g, _)| g.to_string())
        };
        let mine = group(id);
        let ids: Vec<String> = self
            .state
            .merges
            .iter()
            .filter(|m| group(&m.id) == mine)
            .map(|m| m.id.clone())
            .collect();
        let mut undone = false;
        for m in ids {
            undone |= self.undo_merge(&m);
        }
        undone
    }

    /// What this session changed.
    #[must_use]
    pub fn changes(&self) -> &Changes {
        &self.changes
    }

    /// After a save: the merged state on disk, and nothing left to save. Returns whether the
    /// corrections or merges differ from what this session had (another reader made some).
    pub fn saved(&mut self, merged: State) -> bool {
        let changed =
            merged.corrections != self.state.corrections || merged.merges != self.state.merges;
        self.state = merged;
        self.changes = Changes::default();
        changed
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
pub(crate) fn excerpt(text: &str, offset: usize) -> String {
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

    fn not_speech(id: &str, start: usize) -> Correction {
        Correction {
            id: id.into(),
            doc: "h".into(),
            name: "a.txt".into(),
            start,
            end: start + 3,
            excerpt: String::new(),
            fix: crate::state::Fix::NotSpeech,
            other: Default::default(),
        }
    }

    #[test]
    fn a_new_correction_of_a_quote_replaces_the_old_and_undo_removes_it() {
        let mut s = Saved::new(State {
            corrections: vec![not_speech("disk", 5)],
            ..State::default()
        });
        s.correct(not_speech("new", 5));
        s.correct(not_speech("other", 9));
        let ids: Vec<&str> = s.corrections().iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["new", "other"]);
        assert_eq!(s.changes().corrections.removed, ["disk"]);
        assert!(s.undo_correction("other"));
        assert!(!s.undo_correction("other"));
        assert_eq!(
            s.changes().corrections.added.len(),
            1,
            "the undone one is not saved"
        );
        let mut merged = State::default();
        merged.merge(s.changes(), 0);
        assert!(!s.saved(merged.clone()), "the same corrections");
        merged.corrections.push(not_speech("theirs", 20));
        assert!(
            s.saved(merged),
            "another reader's correction came with the save"
        );
    }

    #[test]
    fn merges_are_added_and_undone_by_id() {
        let mut s = Saved::default();
        s.merge(Merge {
            id: "m".into(),
            from: "가".into(),
            into: "나".into(),
            other: Default::default(),
        });
        assert_eq!(s.applicable().renamed("가"), Some(("나", "m")));
        assert!(s.undo_merge("m"));
        assert!(s.changes().merges.is_empty());
        assert!(s.applicable().is_empty());
    }

    #[test]
    fn one_undo_takes_every_merge_made_together() {
        let mut s = Saved::default();
        let merge = |id: &str, from: &str| Merge {
            id: id.into(),
            from: from.into(),
            into: "나".into(),
            other: Default::default(),
        };
        // One speaker known by two spellings is merged by both; another merge stands apart.
        s.merge(merge("t-1-0", "Prasanna Sattigeri"));
        s.merge(merge("t-1-1", "Prasana Sattigeri"));
        s.merge(merge("t-2-0", "다"));
        assert!(s.undo_merge_group("t-1-1"));
        let left: Vec<&str> = s
            .changes()
            .merges
            .added
            .iter()
            .map(|m| m.id.as_str())
            .collect();
        assert_eq!(left, ["t-2-0"]);
        assert!(!s.undo_merge_group("t-1-0"));
    }

    #[test]
    fn an_excerpt_past_the_end_is_empty() {
        assert_eq!(excerpt("가 나", 99), "");
        assert_eq!(excerpt("가  나\n다", 0), "가 나 다");
    }
}
