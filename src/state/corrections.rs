//! Corrections to the quote finder, as kept in the state file: a quote given another speaker
//! or marked as not speech, and one speaker merged into another.
//!
//! A quote is named by its document's [`super::content_hash`] and its byte offsets, so a
//! correction applies to exactly the text it was made on, wherever the file is; when that text
//! changes, the correction no longer applies and is reported as stale (see
//! [`crate::corrections`]), but stays in the file until the user removes it. Like bookmarks,
//! each has an id, so that saves from several readers merge without losing any.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// What a correction does to its quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Fix {
    /// The quote is speech by this speaker (an existing name or a new one).
    Speaker {
        /// The speaker's canonical name.
        name: String,
    },
    /// The quote is not speech (a term, a title, scare quotes): it has no speaker.
    NotSpeech,
}

/// One quote corrected by the user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Correction {
    /// Unique id (see [`super::new_bookmark_id`]), so merges can tell corrections apart.
    pub id: String,
    /// [`super::content_hash`] of the document.
    pub doc: String,
    /// The document's name when the correction was made: a document of this name whose text
    /// changed is how a stale correction is noticed, and the name is how it is reported.
    pub name: String,
    /// Byte offset where the quote starts (its marks included), in the document's text.
    pub start: usize,
    /// Byte offset just past the quote.
    pub end: usize,
    /// The first words of the quote, to recognise it in reports.
    #[serde(default)]
    pub excerpt: String,
    /// What the correction does.
    pub fix: Fix,
    /// Fields written by another version, kept as they are.
    #[serde(flatten)]
    pub other: BTreeMap<String, Value>,
}

/// Every quote of speaker `from` is by speaker `into`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Merge {
    /// Unique id, as for corrections.
    pub id: String,
    /// The canonical name merged away, as a quote names its speaker.
    pub from: String,
    /// The canonical name it becomes.
    pub into: String,
    /// Fields written by another version, kept as they are.
    #[serde(flatten)]
    pub other: BTreeMap<String, Value>,
}

/// Additions and removals of one kind of item with ids, to merge into the file on save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edits<T> {
    /// Items this session added.
    pub added: Vec<T>,
    /// Ids of items this session removed.
    pub removed: Vec<String>,
}

impl<T> Default for Edits<T> {
    fn default() -> Self {
        Self {
            added: Vec::new(),
            removed: Vec::new(),
        }
    }
}

/// Items that have an id.
pub trait HasId {
    /// The item's id.
    fn id(&self) -> &str;
}

impl HasId for Correction {
    fn id(&self) -> &str {
        &self.id
    }
}

impl HasId for Merge {
    fn id(&self) -> &str {
        &self.id
    }
}

impl<T: HasId + Clone> Edits<T> {
    /// Whether there is nothing to save.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty()
    }

    /// Records `item` as added.
    pub fn add(&mut self, item: T) {
        self.added.push(item);
    }

    /// Records the item with `id` as removed; an addition not saved yet is simply forgotten.
    pub fn remove(&mut self, id: &str) {
        let before = self.added.len();
        self.added.retain(|x| x.id() != id);
        if self.added.len() == before {
            self.removed.push(id.to_string());
        }
    }

    /// Applies these edits to `items` (the newest file contents): additions not there yet are
    /// appended, removals drop every item with their id.
    pub fn apply_to(&self, items: &mut Vec<T>) {
        for x in &self.added {
            if !items.iter().any(|y| y.id() == x.id()) {
                items.push(x.clone());
            }
        }
        if !self.removed.is_empty() {
            items.retain(|x| !self.removed.iter().any(|id| id == x.id()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn merge(id: &str) -> Merge {
        Merge {
            id: id.into(),
            from: "a".into(),
            into: "b".into(),
            other: BTreeMap::new(),
        }
    }

    #[test]
    fn edits_add_once_and_remove_by_id() {
        let mut on_disk = vec![merge("1")];
        let mut edits = Edits::default();
        edits.add(merge("1"));
        edits.add(merge("2"));
        edits.apply_to(&mut on_disk);
        assert_eq!(on_disk, [merge("1"), merge("2")]);
        let mut edits = Edits::default();
        edits.remove("1");
        assert_eq!(edits.removed, ["1"]);
        edits.apply_to(&mut on_disk);
        assert_eq!(on_disk, [merge("2")]);
    }

    #[test]
    fn removing_an_unsaved_addition_forgets_it() {
        let mut edits = Edits::default();
        edits.add(merge("1"));
        edits.remove("1");
        assert!(edits.is_empty());
    }

    #[test]
    fn a_correction_round_trips_and_keeps_unknown_fields() {
        let json = r#"{"id":"x","doc":"h","name":"a.txt","start":3,"end":9,
            "fix":{"kind":"speaker"},"future":true}"#;
        // A speaker fix without the speaker's name is not a correction.
        assert!(serde_json::from_str::<Correction>(json).is_err());
        let json = r#"{"id":"x","doc":"h","name":"a.txt","start":3,"end":9,
            "fix":{"kind":"speaker","name":"홍길동"},"future":true}"#;
        let c: Correction = serde_json::from_str(json).unwrap();
        assert_eq!(
            c.fix,
            Fix::Speaker {
                name: "홍길동".into()
            }
        );
        assert_eq!(c.excerpt, "");
        assert_eq!(c.other.get("future"), Some(&Value::Bool(true)));
        let back = serde_json::to_value(&c).unwrap();
        assert_eq!(back["fix"]["kind"], "speaker");
        assert_eq!(back["future"], true);
        let again: Correction = serde_json::from_value(back).unwrap();
        assert_eq!(again, c);
    }
}
