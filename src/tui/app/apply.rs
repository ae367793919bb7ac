//! Applying what components answer: an [`Outcome`] becomes changes to the app (closing or
//! opening a popup, going to a place, a message, an effect for the event loop).

use super::*;

impl App {
    /// The one place a component's answer changes what is outside it.
    pub(super) fn apply(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Stay => {}
            Outcome::Close => self.popup = None,
            Outcome::Go(target) => {
                self.popup = None;
                self.go(target);
            }
            Outcome::DeleteBookmark(i) => {
                if self.saved.delete_bookmark(i) {
                    self.effects.push(Effect::Save);
                    self.message = Some("Bookmark deleted.".into());
                }
            }
            Outcome::Say(message) => self.message = Some(message),
            Outcome::Focus(focus) => self.focus = focus,
            Outcome::Effect(effect) => self.effects.push(effect),
            Outcome::SpeakerQuotes(speaker) => {
                let finder =
                    Finder::of_speaker(self.library.catalog(), self.library.docs(), speaker);
                self.popup = Some(Popup::Finder(Box::new(finder)));
            }
            Outcome::Copy { text, message } => {
                // The text is made safe by its maker (Markdown escapes every field through the
                // screen's sanitiser): only its line breaks are raw.
                self.effects.push(Effect::Clipboard(commands::osc52(&text)));
                self.message = Some(message);
            }
            Outcome::Left(doc) => {
                self.remember(doc);
                self.current_quote = None;
                self.reader.left_document();
            }
            Outcome::Detail(id) => self.popup = Some(Popup::QuoteDetail(Detail::new(id))),
            Outcome::Choose(purpose) => self.choose(purpose),
            Outcome::Correct(c) => self.correct(c),
            Outcome::RemoveStale(id) => self.remove_stale(&id),
        }
    }

    /// Shows `target` in the reading pane.
    pub(super) fn go(&mut self, target: Target) {
        match target {
            Target::Quote(id) => {
                let Some(start) = self.library.catalog().quote(id).map(|q| q.span.start) else {
                    return;
                };
                self.select(id.0);
                self.focus = Focus::Reader;
                self.current_quote = Some(id);
                self.read(|r, p| r.pages_mut().show(p, start, true));
            }
            Target::Bookmark(i) => self.go_bookmark(i),
            Target::Place { doc, offset } => {
                self.select(doc);
                self.focus = Focus::Reader;
                self.read(|r, p| r.pages_mut().show(p, offset, false));
            }
            Target::Hit { doc, offset, query } => {
                // The hit becomes the document's search: highlighted, and `n` goes on from it.
                self.select(doc);
                self.focus = Focus::Reader;
                let said = self.read(|r, p| r.run_search(p, &query, offset, false));
                if let Some(Outcome::Say(message)) = said {
                    self.message = Some(message);
                }
            }
        }
    }

    /// Opens bookmark `i`: its document is found by content, wherever the file is now.
    pub(super) fn go_bookmark(&mut self, i: usize) {
        let Some(b) = self.saved.bookmarks().get(i) else {
            return;
        };
        let Some(doc) = self.library.find_hash(&b.doc) else {
            let name = b.name.clone();
            // A document's key is known once its text is whole.
            let reading = self
                .library
                .docs()
                .iter()
                .any(|d| d.is_loading() && d.name == name);
            self.message = Some(if reading {
                format!("{name} is still being read: its bookmarks open once it is whole.")
            } else {
                format!("{name} is not open (or has changed since).")
            });
            return;
        };
        let offset = b.offset;
        self.select(doc);
        self.focus = Focus::Reader;
        self.current_quote = None;
        self.read(|r, p| {
            let offset = floor_boundary(&p.doc.text, offset);
            r.pages_mut().show(p, offset, false);
            // The exact offset, not the start of its row, so the bookmark survives resizes.
            r.pages_mut().pin_top(p.index, offset);
        });
    }
}
