//! The `SIGBUS` guard: a page of a mapping whose file was cut short becomes a page of zeros.
//!
//! The handler may only do what is safe in a signal handler: it reads atomics and makes two
//! system calls (`mmap`, `sigaction`), nothing that allocates or locks.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::OnceLock;

/// Mappings watched at once; a further big file is read instead of mapped.
const SLOTS: usize = 64;

/// One watched mapping.
struct Slot {
    /// Claimed by a mapping (set before the range is written).
    busy: AtomicBool,
    /// The range may be looked at by the handler (set after it is written).
    live: AtomicBool,
    start: AtomicUsize,
    len: AtomicUsize,
    /// A page of it was replaced with zeros.
    cut: AtomicBool,
}

impl Slot {
    const fn new() -> Self {
        Self {
            busy: AtomicBool::new(false),
            live: AtomicBool::new(false),
            start: AtomicUsize::new(0),
            len: AtomicUsize::new(0),
            cut: AtomicBool::new(false),
        }
    }
}

static WATCHED: [Slot; SLOTS] = [const { Slot::new() }; SLOTS];
static PAGE: AtomicUsize = AtomicUsize::new(4096);
/// What handled `SIGBUS` before, once the guard is installed; `None` if it could not be.
static PREVIOUS: OnceLock<Option<libc::sigaction>> = OnceLock::new();

/// The system's page size.
pub(super) fn page_size() -> usize {
    PAGE.load(Ordering::Relaxed)
}

/// Installs the handler (once); `None` if the system refused it, and then nothing is mapped.
pub(super) fn install() -> Option<()> {
    PREVIOUS
        .get_or_init(|| {
            // SAFETY: sysconf has no preconditions.
            let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
            if let Ok(page) = usize::try_from(page) {
                if page.is_power_of_two() {
                    PAGE.store(page, Ordering::Relaxed);
                }
            }
            // SAFETY: an all-zero sigaction is a valid "default" action to fill in; the
            // handler only does what is safe in a signal handler (see the module docs).
            unsafe {
                let mut action: libc::sigaction = std::mem::zeroed();
                action.sa_sigaction = on_sigbus as *const () as usize;
                action.sa_flags = libc::SA_SIGINFO;
                libc::sigemptyset(&raw mut action.sa_mask);
                let mut previous: libc::sigaction = std::mem::zeroed();
                (libc::sigaction(libc::SIGBUS, &raw const action, &raw mut previous) == 0)
                    .then_some(previous)
            }
        })
        .map(|_| ())
}

/// Watches `len` bytes at `start`; returns the slot, or `None` when all are taken.
pub(super) fn watch(start: usize, len: usize) -> Option<usize> {
    let i = WATCHED.iter().position(|s| {
        s.busy
            .compare_exchange(false, true, Ordering::AcqRel, Ordering::Relaxed)
            .is_ok()
    })?;
    let slot = &WATCHED[i];
    slot.start.store(start, Ordering::Relaxed);
    slot.len.store(len, Ordering::Relaxed);
    slot.cut.store(false, Ordering::Relaxed);
    slot.live.store(true, Ordering::Release);
    Some(i)
}

/// Stops watching slot `i` (its mapping is about to go).
pub(super) fn unwatch(i: usize) {
    if let Some(slot) = WATCHED.get(i) {
        slot.live.store(false, Ordering::Release);
        slot.busy.store(false, Ordering::Release);
    }
}

/// Whether a page of slot `i`'s mapping was replaced with zeros.
pub(super) fn was_cut(i: usize) -> bool {
    WATCHED
        .get(i)
        .is_some_and(|s| s.cut.load(Ordering::Relaxed))
}

extern "C" fn on_sigbus(_: libc::c_int, info: *mut libc::siginfo_t, _: *mut libc::c_void) {
    // SAFETY: with SA_SIGINFO the kernel passes a valid siginfo; for SIGBUS it carries the
    // faulting address.
    let addr = unsafe { (*info).si_addr() } as usize;
    let page = page_size();
    for slot in &WATCHED {
        if !slot.live.load(Ordering::Acquire) {
            continue;
        }
        let start = slot.start.load(Ordering::Relaxed);
        let len = slot.len.load(Ordering::Relaxed);
        if addr < start || addr - start >= len {
            continue;
        }
        let at = addr & !(page - 1);
        // SAFETY: `at` is a page of a live mapping of ours; replacing it with an anonymous
        // read-only page of zeros keeps every reference into the mapping pointing at
        // readable memory.
        let zeros = unsafe {
            libc::mmap(
                at as *mut libc::c_void,
                page,
                libc::PROT_READ,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_FIXED,
                -1,
                0,
            )
        };
        if zeros != libc::MAP_FAILED {
            slot.cut.store(true, Ordering::Relaxed);
            return;
        }
    }
    // Not ours (or no page could be put there): put back what handled SIGBUS before; returning
    // makes the fault happen again, under it.
    let previous = PREVIOUS.get().copied().flatten();
    // SAFETY: sigaction is async-signal-safe; an all-zero action is SIG_DFL.
    unsafe {
        let action = previous.unwrap_or_else(|| std::mem::zeroed());
        libc::sigaction(libc::SIGBUS, &raw const action, std::ptr::null_mut());
    }
}
