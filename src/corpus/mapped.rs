//! Big files mapped instead of read into memory, so the reader of a 1 GB file holds its text in
//! the page cache (shared, and given back to the system whenever it needs it) rather than in a
//! gigabyte of its own.
//!
//! A mapping is only a window on the file, which has two consequences the rest of dokseo must
//! not see, and this module is where they are dealt with:
//!
//! - **Pages stay resident once looked at.** Scanning the whole text (loading, search, the
//!   finder) would make every page count against dokseo's memory again. [`Mapped::release`]
//!   gives pages back (`MADV_DONTNEED`: the next look reads them from the page cache again); the
//!   text thread releases as it goes and the reader releases everything now and then.
//! - **Another program may cut the file short.** Touching a page past the new end raises
//!   `SIGBUS`, which would kill dokseo with the terminal in raw mode. A handler puts a page of
//!   zero bytes (valid UTF-8: NUL) where the lost page was and marks the mapping cut, so the
//!   reader goes on and can say the file changed. Rewriting a file in place, rather than cutting
//!   it, can still show changed text; editors and most tools write a new file and rename it,
//!   which a mapping never sees. `map = false` in the config reads every file into memory.
//!
//! Only Linux maps (where the handler is written and tested); elsewhere files are read.

#![allow(unsafe_code)]

use std::fs::File;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// Files at least this big are mapped (when mapping is on); smaller ones cost little to read.
pub const MAP_MIN: u64 = 16 << 20;

/// A file's bytes, mapped read-only, with the length of the prefix checked to be the document's
/// text (valid UTF-8 that decoding left unchanged).
#[derive(Debug)]
pub struct Mapped {
    #[cfg(target_os = "linux")]
    map: memmap2::Mmap,
    /// Bytes from the start checked to be text; only grows.
    checked: AtomicUsize,
    /// Guard slot watching this mapping for `SIGBUS`.
    #[cfg(target_os = "linux")]
    slot: usize,
}

impl Mapped {
    /// Maps `file` if it is a regular file of at least `min` bytes and the `SIGBUS` guard has
    /// room; `None` means "read it instead".
    #[must_use]
    pub fn of(file: &File, min: u64) -> Option<Arc<Self>> {
        #[cfg(target_os = "linux")]
        {
            let meta = file.metadata().ok()?;
            if !meta.is_file() || meta.len() < min.max(1) {
                return None;
            }
            guard::install()?;
            // SAFETY: the mapping is read-only and shared. Its bytes can change if the file is
            // written in place; cutting the file short is caught by the guard (zero pages), and
            // the module documentation says what remains.
            let map = unsafe { memmap2::MmapOptions::new().map(file) }.ok()?;
            let slot = guard::watch(map.as_ptr() as usize, map.len())?;
            Some(Arc::new(Self {
                map,
                checked: AtomicUsize::new(0),
                slot,
            }))
        }
        #[cfg(not(target_os = "linux"))]
        {
            let _ = (file, min);
            None
        }
    }

    /// All mapped bytes.
    #[must_use]
    pub fn bytes(&self) -> &[u8] {
        #[cfg(target_os = "linux")]
        {
            &self.map
        }
        #[cfg(not(target_os = "linux"))]
        {
            &[]
        }
    }

    /// Records that bytes `from..end` are text: the caller compared them with clean text.
    /// The checked prefix grows when they reach it (a check may go over bytes checked
    /// before); a gap leaves it where it was.
    pub fn checked_to(&self, from: usize, end: usize) {
        let end = end.min(self.bytes().len());
        let _ = self
            .checked
            .fetch_update(Ordering::Release, Ordering::Acquire, |now| {
                (from <= now && now < end).then_some(end)
            });
    }

    /// Bytes from the start known to be text.
    #[must_use]
    pub fn checked(&self) -> usize {
        self.checked.load(Ordering::Acquire)
    }

    /// The first `len` bytes as text, or as many as have been checked.
    #[must_use]
    pub fn text(&self, len: usize) -> &str {
        let len = len.min(self.checked());
        let bytes = self.bytes().get(..len).unwrap_or_default();
        // SAFETY: `checked_to` is only called for bytes equal to a `str` (valid UTF-8, ending
        // on a character boundary). A file rewritten in place since can break that; see the
        // module documentation.
        unsafe { std::str::from_utf8_unchecked(bytes) }
    }

    /// Gives back the memory of the pages holding `range` (but for a last page that goes on
    /// past it); the next look at them reads the page cache again.
    pub fn release(&self, range: std::ops::Range<usize>) {
        #[cfg(target_os = "linux")]
        {
            let page = guard::page_size();
            let start = (range.start / page) * page;
            let end = (range.end.min(self.map.len()) / page) * page;
            if end > start {
                // SAFETY: a shared file mapping refills released pages from the file, so no
                // byte the program can see changes (unlike a private anonymous mapping, which
                // would read zeros).
                let _ = unsafe {
                    self.map.unchecked_advise_range(
                        memmap2::UncheckedAdvice::DontNeed,
                        start,
                        end - start,
                    )
                };
            }
        }
        #[cfg(not(target_os = "linux"))]
        let _ = range;
    }

    /// Whether the file was cut short under the mapping: some bytes now read as zeros.
    #[must_use]
    pub fn was_cut(&self) -> bool {
        #[cfg(target_os = "linux")]
        {
            guard::was_cut(self.slot)
        }
        #[cfg(not(target_os = "linux"))]
        false
    }
}

#[cfg(target_os = "linux")]
impl Drop for Mapped {
    fn drop(&mut self) {
        // Before the pages go (the field drops after this), so the guard never maps a page
        // into a range that is no longer ours.
        guard::unwatch(self.slot);
    }
}

/// Whether mapping is possible here at all.
#[must_use]
pub fn supported() -> bool {
    cfg!(target_os = "linux")
}

#[cfg(target_os = "linux")]
mod guard;

#[cfg(all(test, target_os = "linux"))]
mod tests;
