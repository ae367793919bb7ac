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
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fix {
    /// The quote is speech by this speaker (an existing name or a new one).
    Speaker {
        /// The speaker's canonical name.
        name: String,
    },
    /// The quote is not speech (a term, a title, scare quotes): it has no speaker.
    NotSpeech,
    /// A fix this version does not know (a newer version's, or one edited by hand): kept in
    /// the file as written and applied to nothing. Refusing it would make the whole state
    /// file unreadable, and set aside every bookmark with it.
    Unknown(Value),
}

/// The fixes this version reads and writes, as the file has them.
#[derive(Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum Known {
    Speaker { name: String },
    NotSpeech,
}

impl Serialize for Fix {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Speaker { name } => Known::Speaker { name: name.clone() }.serialize(s),
            Self::NotSpeech => Known::NotSpeech.serialize(s),
            Self::Unknown(value) => value.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for Fix {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(d)?;
        Ok(match Known::deserialize(&value) {
            Ok(Known::Speaker { name }) => Self::Speaker { name },
            Ok(Known::NotSpeech) => Self::NotSpeech,
            Err(_) => Self::Unknown(value),
        })
    }
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

    /// Adds `item` to `items` (the state this session sees) and records it for the next save.
    pub fn push(&mut self, items: &mut Vec<T>, item: T) {
        items.push(item.clone());
        self.add(item);
    }

    /// Takes the item with `id` out of `items` (the state this session sees) and records its
    /// removal; returns whether there was one.
    pub fn take(&mut self, items: &mut Vec<T>, id: &str) -> bool {
        let before = items.len();
        items.retain(|x| x.id() != id);
        self.remove(id);
        items.len() < before
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
mod tests;
