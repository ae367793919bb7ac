//! The state file on disk: read with bounds, locked with a timeout, written atomically, and
//! never written over when what is there could not be read.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::{unix_seconds, Changes, State};

/// A state file larger than this is not read (nor written over): positions are pruned, so a
/// file this big was not written by dokseo.
pub const MAX_STATE_BYTES: u64 = 64 * 1024 * 1024;

/// How long a save in a running session waits for another process's lock: about a frame, so
/// the screen never freezes; the changes are kept and saved later.
pub const SESSION_WAIT: Duration = Duration::from_millis(20);

/// How long the save on the way out waits for the lock; the screen is gone by then.
pub const EXIT_WAIT: Duration = Duration::from_secs(3);

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
    /// The state file exists but could not be read, so it is left alone and nothing is saved
    /// over it.
    #[error("{path} cannot be read ({reason}); it is left as it is and nothing was saved")]
    Unreadable {
        /// The state file.
        path: PathBuf,
        /// What went wrong.
        reason: String,
    },
    /// Another process held the lock for longer than the wait.
    #[error("another dokseo is saving; changes kept for later ({path})")]
    Busy {
        /// The lock file.
        path: PathBuf,
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

/// What reading the state file found.
enum Read {
    Missing,
    Bytes(Vec<u8>),
    Unreadable(String),
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

    /// The file that is really written: a symlinked `state.json` is followed (even when its
    /// target does not exist yet), so the link stays a link.
    fn target(&self) -> PathBuf {
        let path = self.path();
        let Ok(link) = fs::read_link(&path) else {
            return path;
        };
        fs::canonicalize(&path).unwrap_or_else(|_| self.dir.join(link))
    }

    /// Reads the file without blocking: a FIFO, a device or a folder is not read, and neither
    /// is a file over [`MAX_STATE_BYTES`].
    fn read(&self) -> Read {
        let path = self.target();
        let meta = match fs::metadata(&path) {
            Ok(m) => m,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Read::Missing,
            Err(e) => return Read::Unreadable(e.to_string()),
        };
        if !meta.is_file() {
            return Read::Unreadable("not a regular file".into());
        }
        if meta.len() > MAX_STATE_BYTES {
            return Read::Unreadable(format!(
                "{} bytes is more than a state file holds",
                meta.len()
            ));
        }
        match fs::read(&path) {
            Ok(bytes) => Read::Bytes(bytes),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Read::Missing,
            Err(e) => Read::Unreadable(e.to_string()),
        }
    }

    /// Reads the state. A corrupt file is moved aside (`state.json.corrupt-<time>`) and the
    /// reader starts clean with a warning; a missing file is simply empty; a file that cannot
    /// be read is left in place, with a warning that nothing will be saved over it.
    #[must_use]
    pub fn load(&self) -> Loaded {
        self.parse(self.read())
    }

    /// Reads the state without changing anything on disk (a corrupt file stays where it is),
    /// for the reports, which only read it.
    ///
    /// # Errors
    /// One line for the user when the file exists but cannot be read or is corrupt.
    pub fn peek(&self) -> Result<State, String> {
        let path = self.path();
        match self.read() {
            Read::Missing => Ok(State::default()),
            Read::Bytes(b) => serde_json::from_slice(&b)
                .map_err(|e| format!("{} is corrupt ({e})", path.display())),
            Read::Unreadable(reason) => Err(format!("cannot read {} ({reason})", path.display())),
        }
    }

    /// What [`Store::load`] makes of what was read.
    fn parse(&self, read: Read) -> Loaded {
        let path = self.path();
        let bytes = match read {
            Read::Missing => return Loaded::default(),
            Read::Bytes(b) => b,
            Read::Unreadable(reason) => {
                return Loaded {
                    state: State::default(),
                    warning: Some(format!(
                        "cannot read {} ({reason}); it is left as it is, and this session's \
                         positions and bookmarks will not be saved",
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
                let moved = fs::rename(self.target(), &aside).is_ok();
                // The file it was set aside as is beside it: its name is enough, and what was
                // wrong comes last, where a narrow status line may cut it.
                let place = match aside.file_name().filter(|_| moved) {
                    Some(name) => format!("set aside as {}", name.to_string_lossy()),
                    None => "left in place".into(),
                };
                Loaded {
                    state: State::default(),
                    warning: Some(format!(
                        "{} was corrupt: {place}; starting clean ({e})",
                        path.display()
                    )),
                }
            }
        }
    }

    /// Takes the exclusive lock, waiting at most `wait` for another process to release it.
    fn lock(&self, wait: Duration) -> Result<File, StateError> {
        let lock_path = self.dir.join("state.lock");
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(io_err(&lock_path))?;
        let start = Instant::now();
        loop {
            match lock.try_lock() {
                Ok(()) => return Ok(lock),
                Err(TryLockError::WouldBlock) if start.elapsed() < wait => {
                    std::thread::sleep(Duration::from_millis(2));
                }
                Err(TryLockError::WouldBlock) => return Err(StateError::Busy { path: lock_path }),
                Err(TryLockError::Error(e)) => return Err(io_err(&lock_path)(e)),
            }
        }
    }

    /// Merges `changes` into the file and writes it atomically, waiting at most
    /// [`SESSION_WAIT`] for the lock. Returns the merged state.
    ///
    /// # Errors
    /// See [`Store::save_waiting`].
    pub fn save(&self, changes: &Changes) -> Result<State, StateError> {
        self.save_waiting(changes, SESSION_WAIT)
    }

    /// Merges `changes` into the file under an exclusive lock (waiting at most `wait` for
    /// it) and writes it atomically. Returns the merged state.
    ///
    /// # Errors
    /// [`StateError::Unreadable`] when the file exists but cannot be read (nothing is
    /// written); [`StateError::Busy`] when the lock stays taken; [`StateError::Io`] when the
    /// folder or file cannot be created, written, synced or renamed.
    pub fn save_waiting(&self, changes: &Changes, wait: Duration) -> Result<State, StateError> {
        fs::create_dir_all(&self.dir).map_err(io_err(&self.dir))?;
        let lock = self.lock(wait)?;
        let mut state = match self.read() {
            Read::Unreadable(reason) => {
                return Err(StateError::Unreadable {
                    path: self.path(),
                    reason,
                })
            }
            read => self.parse(read).state,
        };
        state.merge(changes, unix_seconds());
        let path = self.target();
        let dir = path.parent().unwrap_or(&self.dir).to_path_buf();
        let tmp = dir.join(format!(".state.json.tmp-{}", std::process::id()));
        let write = || -> io::Result<()> {
            let mut f = File::create(&tmp)?;
            serde_json::to_writer_pretty(&mut f, &state)?;
            f.write_all(b"\n")?;
            f.sync_all()?;
            fs::rename(&tmp, &path)?;
            // The rename is durable only once the folder itself is synced.
            File::open(&dir).and_then(|d| d.sync_all())
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
