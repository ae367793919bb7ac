//! What each command does beyond one component: prompts answered, bookmarks added, quotes
//! stepped through and copied, the editor asked for, clicks and the wheel. Each works out an
//! [`Outcome`] from the components and leaves the app's own fields to `App::apply`.

use std::path::PathBuf;

use ratatui::layout::{Position, Rect};

use super::{no_quote, App, Effect, Focus, Outcome, Prompt, PromptKind, Target};
use crate::corpus::Document;
use crate::text::glyph::sanitize_line;
use crate::tui::action::Action;
use crate::tui::layout::{self, Areas};
use crate::tui::prompt::{parse_goto, GoTo};
use crate::tui::step_clamped;

/// Said when a bookmark is asked for before the document is whole (its key, a hash of the
/// whole text, is not known yet).
const NOT_YET_BOOKMARKED: &str = "Wait until the document has loaded to bookmark it.";

impl App {
    pub(super) fn start_prompt(&mut self, kind: PromptKind) -> Outcome {
        let origin = self.reader.pages().top(self.list.selected());
        let text = match kind {
            PromptKind::Filter => {
                self.focus = Focus::List;
                self.list.filter()
            }
            _ => "",
        };
        self.prompt = Some(Prompt::new(kind, origin, text));
        Outcome::Stay
    }

    /// Esc: closes the prompt (undoing a live search or filter), else the popup.
    pub(super) fn close(&mut self) -> Outcome {
        let Some(prompt) = self.prompt.take() else {
            return self.popup_update(Action::ClosePopup);
        };
        match prompt.kind {
            PromptKind::Search | PromptKind::SearchBack => {
                self.reader.clear_search();
                self.back_to(prompt.origin);
                Outcome::Stay
            }
            PromptKind::Filter => self.list.filter_by("", self.library.docs()),
            PromptKind::Goto | PromptKind::BookmarkLabel => Outcome::Stay,
        }
    }

    /// Puts the view back at `origin`, where a search started, if the search moved it. A view
    /// it did not move stays as it is: still following the end (`G`, a place asked for ahead),
    /// still waiting for a saved place.
    fn back_to(&mut self, origin: usize) {
        self.read(|r, p| {
            let pages = r.pages();
            if !pages.follows_end(p.index) && pages.top(p.index) != origin {
                r.pages_mut().show(p, origin, false);
            }
        });
    }

    /// Typing, Backspace, cursor moves and clearing go to whichever input is open: a prompt
    /// first, else the open popup (the finder and search-all have one). A search moves to its
    /// first match as it is typed; a filter narrows the list.
    pub(super) fn edit_input(&mut self, action: Action) -> Outcome {
        let Some(prompt) = &mut self.prompt else {
            return self.popup_update(action);
        };
        if !prompt.edit(action) {
            return Outcome::Stay;
        }
        let (kind, origin, text) = (prompt.kind, prompt.origin, prompt.text().to_string());
        match kind {
            PromptKind::Search | PromptKind::SearchBack => {
                let backward = kind == PromptKind::SearchBack;
                self.read(|r, p| r.run_search(p, &text, origin, backward))
                    .unwrap_or(Outcome::Stay)
            }
            PromptKind::Filter => self.list.filter_by(&text, self.library.docs()),
            // less's `:n` and `:p`: the next or previous document, at once.
            PromptKind::Goto if text == "n" || text == "p" => {
                self.end_prompt();
                self.act(Action::StepDocument(text == "n"));
                Outcome::Stay
            }
            PromptKind::Goto | PromptKind::BookmarkLabel => Outcome::Stay,
        }
    }

    /// Enter in a prompt.
    pub(super) fn confirm_prompt(&mut self, prompt: &Prompt) -> Outcome {
        let text = prompt.text().trim();
        match prompt.kind {
            PromptKind::Search | PromptKind::SearchBack if self.reader.found_nothing() => {
                // As in less: the view goes back from where a shorter query matched.
                self.back_to(prompt.origin);
                Outcome::Say(format!("Not found: {text}"))
            }
            PromptKind::Filter if self.list.visible().is_empty() => {
                Outcome::Say("No document matches; Esc in the filter clears it.".into())
            }
            PromptKind::Search | PromptKind::SearchBack | PromptKind::Filter => Outcome::Stay,
            PromptKind::Goto => match parse_goto(text) {
                Ok(GoTo::Line(n)) => self.read(|r, p| r.go_line(p, n)),
                Ok(GoTo::Percent(n)) => self.read(|r, p| r.go_percent(p, n)),
                Err(message) => Some(Outcome::Say(message)),
            }
            .unwrap_or(Outcome::Focus(Focus::Reader)),
            PromptKind::BookmarkLabel => self.add_bookmark(text),
        }
    }

    /// `m`: asks for the bookmark's label, or says at once that the document is not whole yet
    /// (rather than after the label is typed).
    pub(super) fn start_bookmark(&mut self) -> Outcome {
        if self.current().is_some_and(Document::is_ready) {
            self.start_prompt(PromptKind::BookmarkLabel)
        } else {
            Outcome::Say(NOT_YET_BOOKMARKED.into())
        }
    }

    /// Bookmarks the top of the reading pane with `label`, and asks for a save right away so
    /// another running dokseo sees it.
    pub(super) fn add_bookmark(&mut self, label: &str) -> Outcome {
        let i = self.list.selected();
        let (Some(doc), Some(hash)) = (self.library.docs().get(i), self.library.hash(i)) else {
            return Outcome::Stay;
        };
        if !doc.is_ready() {
            return Outcome::Say(NOT_YET_BOOKMARKED.into());
        }
        let top = self.reader.pages().top(i);
        self.saved.add_bookmark(doc, hash, top, label);
        let said = format!("Bookmarked line {}.", doc.line_of(top));
        self.apply(Outcome::Effect(Effect::Save));
        Outcome::Say(said)
    }

    /// `]`/`[`: from the current quote, or else from the top of the screen.
    pub(super) fn step_quote(&self, forward: bool) -> Outcome {
        let catalog = self.library.catalog();
        let next = match self.quote_here() {
            Some(id) => catalog.step(Some(id), forward),
            None => {
                let doc = self.list.selected();
                catalog.step_from_place(doc, self.reader.pages().top(doc), forward)
            }
        };
        next.map_or_else(
            || Outcome::Say("No quotes in these documents.".into()),
            |id| Outcome::Go(Target::Quote(id)),
        )
    }

    /// `“…” — Speaker, document title, date`, sent to the clipboard through OSC 52.
    pub(super) fn copy_quote(&mut self) -> Outcome {
        let Some(id) = self.quote_here() else {
            return no_quote();
        };
        let Some(citation) = (self.library.docs().get(id.0))
            .and_then(|doc| self.library.catalog().citation(doc, id))
        else {
            return Outcome::Stay;
        };
        // Base64 keeps the OSC 52 sequence itself intact whatever the text holds; the danger
        // is the paste. A raw ESC or C1 control would reach whatever receives it (a shell: or
        // `ESC [ 201 ~` ending a bracketed paste early), so the clipboard gets the text as the
        // screen shows it.
        self.apply(Outcome::Effect(Effect::Clipboard(osc52(&sanitize_line(
            &citation,
        )))));
        Outcome::Say("Copied the quote with its citation.".into())
    }

    /// The open document's index and its file, or (`Err`) the name of an open document that
    /// has none (bundled, or standard input); `None` when no document is open.
    fn open_file(&self) -> Option<Result<(usize, PathBuf), String>> {
        let i = self.list.selected();
        let doc = self.library.docs().get(i)?;
        let path = PathBuf::from(&doc.name);
        Some(if doc.name == "-" || !path.is_file() {
            Err(doc.name.clone())
        } else {
            Ok((i, path))
        })
    }

    /// `R`: asks the event loop to read the open document's file again.
    pub(super) fn reload_file(&mut self) -> Outcome {
        match self.open_file() {
            None => Outcome::Stay,
            Some(Err(name)) => Outcome::Say(format!("{name} has no file to read again.")),
            Some(Ok((doc, path))) => Outcome::Effect(Effect::Reload { doc, path }),
        }
    }

    /// Asks the event loop to open the current document's file in the editor.
    pub(super) fn edit(&mut self) -> Outcome {
        let (i, path) = match self.open_file() {
            None => return Outcome::Stay,
            Some(Err(name)) => {
                return Outcome::Say(format!(
                    "{name} has no file to edit (bundled or standard input)."
                ))
            }
            Some(Ok(file)) => file,
        };
        let Some(doc) = self.library.docs().get(i) else {
            return Outcome::Stay;
        };
        let line = doc.line_of(self.reader.pages().top(i));
        self.remember_position();
        Outcome::Effect(Effect::Edit { doc: i, path, line })
    }

    /// `--open DOC[:LINE]`: selects the document named `name` and goes to `line`.
    pub(super) fn open_named(&mut self, name: &str, line: Option<usize>) -> Outcome {
        let Some(i) = self.library.find_named(name) else {
            return Outcome::Say(format!("No open document is called {name}."));
        };
        self.select(i);
        self.apply(Outcome::Focus(Focus::Reader));
        if let Some(n) = line {
            self.read(|r, p| r.go_line(p, n));
        }
        Outcome::Stay
    }

    pub(super) fn wheel(&mut self, at: Position, delta: i32) -> Outcome {
        let areas = self.areas();
        if areas.list.is_some_and(|r| r.contains(at)) {
            let n = self.library.docs().len();
            let i = step_clamped(self.list.selected(), delta.signum(), n);
            self.list.select(i, n)
        } else if areas.reader.is_some_and(|r| r.contains(at)) {
            self.read(|r, p| r.update(Action::ScrollRows(delta), p));
            Outcome::Stay
        } else {
            Outcome::Stay
        }
    }

    pub(super) fn click(&mut self, at: Position) -> Outcome {
        if let Some(popup) = &self.popup {
            // A click on a row of a popup list highlights it; Enter opens it.
            let screen = Rect::new(0, 0, self.size.0, self.size.1);
            let Some(row) = layout::popup_row_at(popup, screen, at) else {
                return Outcome::Stay;
            };
            let current = popup.selected().unwrap_or(row);
            let delta = i64::try_from(row).unwrap_or(0) - i64::try_from(current).unwrap_or(0);
            return self.popup_update(Action::PopupMove(i32::try_from(delta).unwrap_or(0)));
        }
        let areas: Areas = self.areas();
        if let Some(list) = areas.list.filter(|r| r.contains(at)) {
            self.apply(Outcome::Focus(Focus::List));
            let (visible, selected) = (self.list.visible(), self.list.selected());
            match layout::list_index_at(visible, selected, list, at) {
                Some(i) => self.list.select(i, self.library.docs().len()),
                None => Outcome::Stay,
            }
        } else if areas.reader.is_some_and(|r| r.contains(at)) {
            self.reading()
        } else {
            Outcome::Stay
        }
    }
}

/// `text` as an OSC 52 sequence that puts it on the clipboard.
pub(super) fn osc52(text: &str) -> String {
    use base64::Engine;
    let payload = base64::engine::general_purpose::STANDARD.encode(text.as_bytes());
    format!("\u{1b}]52;c;{payload}\u{7}")
}
