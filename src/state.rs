//! Reading positions and bookmarks, saved atomically and merged with other running readers.
//!
//! Positions are byte offsets keyed by a hash of the document's text, so they survive resizes
//! (offsets, not row numbers) and moved or renamed files (content, not path). Saving takes an
//! exclusive lock, re-reads the file, merges this session's changes into what is on disk, then
//! writes a temporary file, syncs it and renames it over the old one: two readers running at once
//! lose neither's bookmarks, and a crash mid-write leaves the old file whole.

use std::collections::BTreeMap;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

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
    /// Bookmarks across documents, oldest first.
    #[serde(default)]
    pub bookmarks: Vec<Bookmark>,
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
    /// Ids of bookmarks this session deleted.
    pub deleted: Vec<String>,
}

impl Changes {
    /// Whether there is nothing to save.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.last_doc.is_none()
            && self.positions.is_empty()
            && self.added.is_empty()
            && self.deleted.is_empty()
    }
}

impl State {
    /// Applies `changes` on top of this state (the newest file contents).
    pub fn merge(&mut self, changes: &Changes) {
        if changes.last_doc.is_some() {
            self.last_doc.clone_from(&changes.last_doc);
        }
        for (doc, offset) in &changes.positions {
            self.positions.insert(doc.clone(), *offset);
        }
        for b in &changes.added {
            if !self.bookmarks.iter().any(|x| x.id == b.id) {
                self.bookmarks.push(b.clone());
            }
        }
        self.bookmarks.retain(|b| !changes.deleted.contains(&b.id));
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

/// Why the state could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum StateError {
    /// An I/O failure, with the path involved.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The underlying error.
        source: io::Error,
    },
}

fn io_err(path: &Path) -> impl FnOnce(io::Error) -> StateError + '_ {
    move |source| StateError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// The state file in its folder.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
}

/// The result of loading: the state, and a warning when the file was unusable.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    /// What was on disk (or empty).
    pub state: State,
    /// One line for the user when the file was corrupt or unreadable.
    pub warning: Option<String>,
}

impl Store {
    /// The platform state folder: `$XDG_STATE_HOME/dokseo` on Linux (`~/.local/state/dokseo`).
    #[must_use]
    pub fn default_location() -> Option<Self> {
        let base = dirs::state_dir().or_else(dirs::data_local_dir)?;
        Some(Self {
            dir: base.join("dokseo"),
        })
    }

    /// A store in `dir`.
    #[must_use]
    pub fn at(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    /// Path of the state file.
    #[must_use]
    pub fn path(&self) -> PathBuf {
        self.dir.join("state.json")
    }

    /// Reads the state. A corrupt file is moved aside (`state.json.corrupt-<time>`) and the
    /// reader starts clean with a warning; a missing file is simply empty.
    #[must_use]
    pub fn load(&self) -> Loaded {
        let path = self.path();
        let bytes = match fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Loaded::default(),
            Err(e) => {
                return Loaded {
                    state: State::default(),
                    warning: Some(format!(
                        "cannot read {}: {e}; starting without saved state",
                        path.display()
                    )),
                }
            }
        };
        match serde_json::from_slice::<State>(&bytes) {
            Ok(state) => Loaded {
                state,
                warning: None,
            },
            Err(e) => {
                let aside = self
                    .dir
                    .join(format!("state.json.corrupt-{}", unix_seconds()));
                let moved = fs::rename(&path, &aside).is_ok();
                let place = if moved {
                    format!("moved to {}", aside.display())
                } else {
                    "left in place".into()
                };
                Loaded {
                    state: State::default(),
                    warning: Some(format!(
                        "{} was corrupt ({e}); {place}; starting clean",
                        path.display()
                    )),
                }
            }
        }
    }

    /// Merges `changes` into the file under an exclusive lock and writes it atomically.
    /// Returns the merged state.
    ///
    /// # Errors
    /// When the folder or file cannot be created, locked, written, synced or renamed.
    pub fn save(&self, changes: &Changes) -> Result<State, StateError> {
        fs::create_dir_all(&self.dir).map_err(io_err(&self.dir))?;
        let lock_path = self.dir.join("state.lock");
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(io_err(&lock_path))?;
        lock.lock().map_err(io_err(&lock_path))?;
        let mut state = self.load().state;
        state.merge(changes);
        state.version = 1;
        let path = self.path();
        let tmp = self
            .dir
            .join(format!("state.json.tmp-{}", std::process::id()));
        let write = || -> io::Result<()> {
            let mut f = File::create(&tmp)?;
            serde_json::to_writer_pretty(&mut f, &state)?;
            f.write_all(b"\n")?;
            f.sync_all()?;
            fs::rename(&tmp, &path)?;
            // The rename is durable only once the folder itself is synced.
            File::open(&self.dir).and_then(|d| d.sync_all())
        };
        let result = write();
        if result.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        result.map_err(io_err(&path))?;
        drop(lock);
        Ok(state)
    }
}

fn unix_seconds() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

#[cfg(test)]
#[path = "state_tests.rs"]
mod tests;
