//! What the event loop does outside the app on its behalf: saving the session's changes and
//! starting to read a file again.

use std::time::Duration;

use super::app::App;
use super::msg::Msg;
use super::{editor, work_while, WARM_UP, WARM_UP_BYTES};
use crate::corpus::Document;
use crate::loader::Loader;
use crate::state::{StateError, Store};
use crate::text::glyph::sanitize_line;

/// Starts reading document `doc`'s file at `path` again (in the background, as at start),
/// hands the loader to the app and says so, or says why not. A file that cannot be opened
/// now leaves the text shown as it is.
pub(super) fn reload(app: &mut App, doc: usize, path: &std::path::Path, map_min: Option<u64>) {
    // The path comes from the command line or a folder listing: shown as the screen shows.
    let shown = path.display().to_string();
    let name = sanitize_line(&shown);
    match editor::reopen(path) {
        Ok(entry) => {
            let size = entry.size;
            let loader = Loader::start_with(vec![entry], map_min, None, Duration::ZERO);
            app.update(Msg::Reload { doc, loader, size });
            // Said first: what the reading finds (corrections that no longer apply) follows.
            app.update(Msg::Notify(format!("Reading {name} again.")));
            // A small file (what an editor session usually leaves) is waited for, as at start:
            // keys typed after `e` then move in the new text, from the place it was read at.
            // A big one shows as it arrives and comes back to its place once whole.
            if size.is_some_and(|s| s <= WARM_UP_BYTES) {
                work_while(app, WARM_UP, Duration::from_millis(1), |a| {
                    a.docs().get(doc).is_some_and(Document::is_loading)
                });
            }
        }
        Err(e) => app.update(Msg::Notify(format!("Could not reload {name}: {e}"))),
    }
}

/// Saves the session's changes; a failure is shown (and returned), and the changes are kept
/// for the next try.
pub(super) fn save(app: &mut App, store: Option<&Store>, wait: Duration) -> Result<(), StateError> {
    let Some(store) = store else { return Ok(()) };
    if app.changes().is_empty() {
        return Ok(());
    }
    match store.save_waiting(app.changes(), wait) {
        Ok(merged) => {
            app.update(Msg::Saved(merged));
            Ok(())
        }
        Err(e) => {
            app.update(Msg::SaveFailed(e.to_string()));
            Err(e)
        }
    }
}
