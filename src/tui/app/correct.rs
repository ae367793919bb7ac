//! Corrections asked for from the quote details: kept as saved state, applied to the catalog
//! at once (so the finder, the speakers view, the summary and `]`/`[` follow), saved, and
//! reported when they no longer apply.

use super::*;
use crate::corrections::By;
use crate::state::{new_bookmark_id, Correction, Fix, Merge, State};
use crate::text::counted;
use crate::text::glyph::sanitize_line;
use crate::tui::popup::Choose;
use crate::tui::saved::excerpt;

impl App {
    /// Opens the speaker chooser for `purpose`.
    pub(super) fn choose(&mut self, purpose: Purpose) {
        let chooser = Choose::new(purpose, &self.ctx());
        self.popup = Some(Popup::Choose(chooser));
    }

    /// Carries out correction `c`, then shows the quote's details again.
    pub(super) fn correct(&mut self, c: Correct) {
        let id = c.quote();
        let said = self.record(c);
        self.message = Some(sanitize_line(&said).into_owned());
        self.library.set_corrections(self.saved.applicable());
        self.effects.push(Effect::Save);
        self.popup = Some(Popup::QuoteDetail(Detail::new(id)));
    }

    /// Records correction `c` in the saved state; returns what to say.
    fn record(&mut self, c: Correct) -> String {
        let id = c.quote();
        let catalog = self.library.catalog();
        let (Some(doc), Some(q)) = (self.library.docs().get(id.0), catalog.quote(id)) else {
            return "This quote is no longer in its document.".into();
        };
        let hash = self.library.hash(id.0).unwrap_or("");
        if hash.is_empty() {
            return "The document is still loading: correct it once it is whole.".into();
        }
        let correction = |fix: Fix| Correction {
            id: new_bookmark_id(),
            doc: hash.to_string(),
            name: doc.name.clone(),
            start: q.span.start,
            end: q.span.end,
            // The quote's own words, not the sentence going on after it.
            excerpt: excerpt(
                doc.text.get(..q.inner.end).unwrap_or(&doc.text),
                q.inner.start,
            ),
            fix,
            other: Default::default(),
        };
        let mine = catalog.original(id).and_then(|o| match &o.by {
            By::Correction(cid) => self.saved.corrections().iter().find(|c| c.id == *cid),
            By::Merge(_) => None,
        });
        match c {
            Correct::Speaker { name, .. } => {
                let name = name.trim().to_string();
                let now = catalog.speaker(id).map(|s| s.name.as_str());
                if name.is_empty() || (now == Some(name.as_str()) && mine.is_none()) {
                    return format!("The quote is by {name} already.");
                }
                let new = correction(Fix::Speaker { name: name.clone() });
                self.saved.correct(new);
                format!("Quote reassigned to {name}.")
            }
            Correct::ToggleNotSpeech(_) => match mine {
                Some(c) if c.fix == Fix::NotSpeech => {
                    let cid = c.id.clone();
                    self.saved.undo_correction(&cid);
                    "The quote is as found again.".into()
                }
                _ => {
                    let new = correction(Fix::NotSpeech);
                    self.saved.correct(new);
                    "Quote marked as not speech.".into()
                }
            },
            Correct::Merge { from, into, .. } => self.merge(from, into.trim()),
            Correct::Undo(_) => match catalog.original(id).map(|o| o.by.clone()) {
                Some(By::Correction(cid)) => {
                    self.saved.undo_correction(&cid);
                    "Correction undone: the quote is as found.".into()
                }
                Some(By::Merge(mid)) => {
                    // One merge per name the speaker had (see `merge`): all of them go.
                    self.saved.undo_merge_group(&mid);
                    "Merge undone.".into()
                }
                None => "This quote has no correction to undo.".into(),
            },
        }
    }

    /// Merges speaker `from` (an index into the catalog's speakers) into `into`: every name
    /// their quotes give them is merged, as the quotes are filed by those names.
    fn merge(&mut self, from: usize, into: &str) -> String {
        let catalog = self.library.catalog();
        let Some(speaker) = catalog.speakers().get(from) else {
            return "That speaker is gone.".into();
        };
        // `A씨`, `김모씨` name someone else in every document: merged by name, every one of
        // them everywhere would go.
        if crate::quotes::anonymous(&speaker.name) {
            return format!(
                "{} is a placeholder for someone different in each document: r reassigns its quotes one by one.",
                speaker.name
            );
        }
        let mut names: Vec<String> = Vec::new();
        for &id in &speaker.quotes {
            let name = catalog.quote(id).and_then(|q| q.speaker.as_deref());
            if let Some(name) = name.filter(|n| *n != into) {
                if !names.iter().any(|x| x == name) {
                    names.push(name.to_string());
                }
            }
        }
        if names.is_empty() || into.is_empty() {
            return format!("{} is already {into}.", speaker.name);
        }
        let was = speaker.name.clone();
        let quotes = speaker.quotes.len();
        for (i, name) in names.into_iter().enumerate() {
            self.saved.merge(Merge {
                // Several merges are made in the same instant: the index keeps ids apart.
                id: format!("{}-{i}", new_bookmark_id()),
                from: name,
                into: into.to_string(),
                other: Default::default(),
            });
        }
        format!(
            "Merged {was} into {into} ({}).",
            counted(quotes, "quote", "quotes")
        )
    }

    /// A save came back with the state on disk: another reader's corrections apply here too.
    pub(super) fn saved_state(&mut self, merged: State) {
        if self.saved.saved(merged) {
            let before = self.library.catalog().refilings();
            self.library.set_corrections(self.saved.applicable());
            self.close_stale_finder(before, "Corrections were applied");
        }
    }

    /// Closes the finder when the quotes were filed again since `before` (corrections arrived
    /// from another reader or with a document's hash, or a document read again has all its
    /// quotes), saying `why`: its rows name speakers by their old numbers, and a finder of one
    /// speaker would list another's quotes.
    pub(super) fn close_stale_finder(&mut self, before: u64, why: &str) {
        let refiled = self.library.catalog().refilings() != before;
        if refiled && matches!(self.popup, Some(Popup::Finder(_))) {
            self.popup = None;
            self.message = Some(format!("{why}: f opens the finder on the quotes now."));
        }
    }

    /// Opens the list of corrections that no longer apply.
    pub(super) fn open_stale(&mut self) -> Outcome {
        let rows = self
            .library
            .stale(self.saved.corrections())
            .into_iter()
            .map(|(c, reason)| (c.clone(), reason))
            .collect();
        self.popup = Some(Popup::Stale(crate::tui::popup::Stale::new(rows)));
        Outcome::Stay
    }

    /// Removes the stale correction with this id from the state file.
    pub(super) fn remove_stale(&mut self, id: &str) {
        if self.saved.undo_correction(id) {
            self.effects.push(Effect::Save);
            self.message = Some("Correction removed.".into());
        }
    }

    /// Says how many corrections no longer apply to the documents, and why, when some do not.
    pub(super) fn tell_stale(&mut self) {
        let stale = self.library.stale(self.saved.corrections());
        let Some((first, reason)) = stale.first() else {
            return;
        };
        let more = match stale.len() {
            1 => String::new(),
            n => format!(", and {} more", n - 1),
        };
        // The count and the key first: a long file name may be cut at the status line's end.
        self.say_too(format!(
            "{} no longer {}: C lists them ({}: {}{more}).",
            counted(stale.len(), "correction", "corrections"),
            if stale.len() == 1 { "applies" } else { "apply" },
            sanitize_line(&first.name),
            reason.short(),
        ));
    }
}
