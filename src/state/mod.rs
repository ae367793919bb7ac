//! Reading positions and bookmarks, saved atomically and merged with other running readers.
//!
//! Positions are byte offsets keyed by a hash of the document's text, so they survive resizes
//! (offsets, not row numbers) and moved or renamed files (content, not path). [`Store`] keeps
//! them on disk: saving takes an exclusive lock (waiting a bounded time), re-reads the file,
//! merges this session's changes into what is on disk, then writes a temporary file, syncs it
//! and renames it over the old one. Two readers running at once lose neither's bookmarks, a
//! crash mid-write leaves the old file whole, and a file that cannot be read is never written
//! over. Fields this version does not know are kept as they are.

use std::collections::BTreeMap;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The state format this version writes. A file written by a newer version keeps its number.
pub const VERSION: u32 = 1;

/// How many reading positions are kept: the oldest go first, so that the file (read and
/// written on every save) stays small however many documents were ever opened.
pub const MAX_POSITIONS: usize = 2000;

/// A stable 64-bit hash of a document's text (FNV-1a), as 16 hex digits.
#[must_use]
pub fn content_hash(text: &str) -> String {
    hash_hex(hash_more(HASH_START, text.as_bytes()))
}

/// The state of [`content_hash`] before any text.
pub const HASH_START: u64 = 0xcbf2_9ce4_8422_2325;

/// Continues a [`content_hash`] over more bytes, so text arriving in pieces is hashed as it comes.
#[must_use]
pub fn hash_more(mut h: u64, bytes: &[u8]) -> u64 {
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// A hash state written as [`content_hash`] writes it.
#[must_use]
pub fn hash_hex(h: u64) -> String {
    format!("{h:016x}")
}

/// A saved place in a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bookmark {
    /// Unique id (creation time in nanoseconds and process id), so merges can tell them apart.
    pub id: String,
    /// [`content_hash`] of the document.
    pub doc: String,
    /// The document's name when the bookmark was made, to show in the list.
    pub name: String,
    /// Byte offset in the document's text.
    pub offset: usize,
    /// Optional label typed by the user.
    #[serde(default)]
    pub label: String,
    /// A short excerpt of the text at the bookmark.
    #[serde(default)]
    pub excerpt: String,
    /// Fields written by another version, kept as they are.
    #[serde(flatten)]
    pub other: BTreeMap<String, Value>,
}

/// Everything dokseo remembers between runs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct State {
    /// Format version, for future migrations.
    #[serde(default)]
    pub version: u32,
    /// [`content_hash`] of the document open last.
    #[serde(default)]
    pub last_doc: Option<String>,
    /// Reading position (byte offset of the top of the pane) per document hash.
    #[serde(default)]
    pub positions: BTreeMap<String, usize>,
    /// When each position was last set (Unix seconds), so the oldest can be pruned.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub position_times: BTreeMap<String, u64>,
    /// Bookmarks across documents, oldest first.
    #[serde(default)]
    pub bookmarks: Vec<Bookmark>,
    /// Quotes corrected by the user, oldest first (a later one for the same quote wins).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<Correction>,
    /// Speakers merged by the user, in the order they were merged.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub merges: Vec<Merge>,
    /// Fields written by another version, kept as they are.
    #[serde(flatten)]
    pub other: BTreeMap<String, Value>,
}

/// What this session changed, to be merged into the file on save.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// The document open last, if this session opened one.
    pub last_doc: Option<String>,
    /// Positions this session set.
    pub positions: BTreeMap<String, usize>,
    /// Bookmarks this session added.
    pub added: Vec<Bookmark>,
    /// Bookmarks this session deleted, whole: a copy that merely shares the id stays.
    pub deleted: Vec<Bookmark>,
    /// Corrections this session made and undid.
    pub corrections: Edits<Correction>,
    /// Merges this session made and undid.
    pub merges: Edits<Merge>,
}

impl Changes {
    /// Whether there is nothing to save.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.last_doc.is_none()
            && self.positions.is_empty()
            && self.added.is_empty()
            && self.deleted.is_empty()
            && self.corrections.is_empty()
            && self.merges.is_empty()
    }
}

impl State {
    /// Applies `changes` on top of this state (the newest file contents), at `now` (Unix
    /// seconds), then prunes positions beyond [`MAX_POSITIONS`], oldest first.
    pub fn merge(&mut self, changes: &Changes, now: u64) {
        if changes.last_doc.is_some() {
            self.last_doc.clone_from(&changes.last_doc);
        }
        for (doc, offset) in &changes.positions {
            self.positions.insert(doc.clone(), *offset);
            self.position_times.insert(doc.clone(), now);
        }
        for b in &changes.added {
            if !self.bookmarks.iter().any(|x| x.id == b.id) {
                self.bookmarks.push(b.clone());
            }
        }
        // One deletion removes one bookmark: the first that is the same in every field.
        for d in &changes.deleted {
            if let Some(k) = self.bookmarks.iter().position(|b| b == d) {
                self.bookmarks.remove(k);
            }
        }
        changes.corrections.apply_to(&mut self.corrections);
        changes.merges.apply_to(&mut self.merges);
        self.version = self.version.max(VERSION);
        self.prune(MAX_POSITIONS);
    }

    /// Keeps at most `max` positions, dropping the least recently set (those with no time
    /// first) and keeping the document open last.
    pub fn prune(&mut self, max: usize) {
        let positions = &self.positions;
        self.position_times
            .retain(|doc, _| positions.contains_key(doc));
        let excess = self.positions.len().saturating_sub(max);
        if excess == 0 {
            return;
        }
        let mut by_age: Vec<(u64, String)> = self
            .positions
            .keys()
            .filter(|doc| self.last_doc.as_ref() != Some(*doc))
            .map(|doc| {
                (
                    self.position_times.get(doc).copied().unwrap_or(0),
                    doc.clone(),
                )
            })
            .collect();
        by_age.sort_unstable();
        for (_, doc) in by_age.into_iter().take(excess) {
            self.positions.remove(&doc);
            self.position_times.remove(&doc);
        }
    }
}

/// A new bookmark id: unique across processes without coordination.
#[must_use]
pub fn new_bookmark_id() -> String {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    format!("{nanos:x}-{:x}", std::process::id())
}

pub(crate) fn unix_seconds() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

mod corrections;
mod store;
pub use corrections::{Correction, Edits, Fix, HasId, Merge};
pub use store::{Loaded, StateError, Store, EXIT_WAIT, MAX_STATE_BYTES, SESSION_WAIT};

#[cfg(test)]
mod tests;
