//! Quote navigation, the quote details, and where popups' answers are applied: the quote half
//! of [`App::update`].

use base64::Engine;

use super::{App, Effect, Focus, Popup};
use crate::catalog::QuoteId;
use crate::quotes::quote_text;
use crate::text::glyph::sanitize_line;
use crate::tui::action::Action;
use crate::tui::popup::{Ctx, Outcome, Target};

impl App {
    /// Hands `action` to the open popup, and applies what it answers.
    pub(super) fn popup_action(&mut self, action: Action) {
        let Some(popup) = &mut self.popup else {
            return;
        };
        let ctx = Ctx {
            catalog: &self.catalog,
            docs: &self.docs,
            bookmarks: &self.state.bookmarks,
            help_lines: self.keymap.help_lines().len(),
        };
        let outcome = popup.update(action, &ctx);
        self.apply(outcome);
    }

    /// Enter: a prompt takes it first, then the open popup.
    pub(super) fn confirm(&mut self) {
        if let Some(prompt) = self.prompt.take() {
            self.confirm_prompt(prompt);
            return;
        }
        self.popup_action(Action::Confirm);
    }

    /// The one place a popup's answer changes the app.
    fn apply(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Stay => {}
            Outcome::Close => self.popup = None,
            Outcome::Go(target) => {
                self.popup = None;
                self.go(target);
            }
            Outcome::DeleteBookmark(i) => self.delete_bookmark(i),
        }
    }

    /// Shows `target` in the reading pane.
    fn go(&mut self, target: Target) {
        match target {
            Target::Quote(id) => self.jump_to(id),
            Target::Bookmark(i) => self.jump_to_bookmark(i),
            Target::Hit { doc, offset } => {
                self.select(doc);
                self.focus = Focus::Reader;
                self.show_offset(offset, true);
            }
        }
    }

    /// Shows quote `id` in the reading pane, a third of the way down, and makes it current.
    pub(super) fn jump_to(&mut self, id: QuoteId) {
        let Some(start) = self.catalog.quote(id).map(|q| q.span.start) else {
            return;
        };
        self.select(id.0);
        self.focus = Focus::Reader;
        self.current_quote = Some(id);
        self.show_offset(start, true);
    }

    /// The current quote if it is in the shown document.
    fn quote_here(&self) -> Option<QuoteId> {
        self.current_quote.filter(|id| id.0 == self.selected)
    }

    pub(super) fn step_quote(&mut self, forward: bool) {
        let next = match self.quote_here() {
            Some(id) => self.catalog.step(Some(id), forward),
            None => {
                // From the screen: the first quote at or below the top, or the one before it.
                let top = self.views.get(self.selected).map_or(0, |v| v.top);
                match self.catalog.first_at_or_after(self.selected, top) {
                    Some(id) if forward => Some(id),
                    Some(id) => self.catalog.step(Some(id), false),
                    None => self
                        .catalog
                        .step(Some((self.selected, usize::MAX)), forward),
                }
            }
        };
        match next {
            Some(id) => self.jump_to(id),
            None => self.message = Some("No quotes in these documents.".into()),
        }
    }

    pub(super) fn step_speaker(&mut self, forward: bool) {
        let Some(from) = self.quote_here() else {
            self.step_quote(forward);
            return;
        };
        match self.catalog.step_same_speaker(from, forward) {
            Some(id) => self.jump_to(id),
            None => self.message = Some("This quote has no known speaker.".into()),
        }
    }

    /// Opens the details of the current quote (the one `y` copies), or says there is none.
    pub(super) fn open_quote_detail(&mut self) {
        match self.quote_here() {
            Some(id) => self.popup = Some(Popup::QuoteDetail(id)),
            None => self.message = Some("No current quote: press ] to go to one.".into()),
        }
    }

    /// `“…” — Speaker, document title, date`, sent to the clipboard through OSC 52.
    pub(super) fn copy_quote(&mut self) {
        let Some(id) = self.quote_here() else {
            self.message = Some("No current quote: press ] to go to one.".into());
            return;
        };
        let (Some(doc), Some(q)) = (self.docs.get(id.0), self.catalog.quote(id)) else {
            return;
        };
        let words: Vec<&str> = quote_text(&doc.text, q).split_whitespace().collect();
        let mut citation = format!("“{}”", words.join(" "));
        let mut source = Vec::new();
        if let Some(s) = self.catalog.speaker(id) {
            source.push(s.name.clone());
        }
        source.push(doc.meta.title.clone());
        if let Some(date) = &doc.meta.date {
            source.push(date.clone());
        }
        citation.push_str(" — ");
        citation.push_str(&source.join(", "));
        // Base64 keeps the OSC 52 sequence itself intact whatever the text holds; the danger
        // is the paste. A raw ESC or C1 control would reach whatever receives it (a shell: or
        // `ESC [ 201 ~` ending a bracketed paste early), so the clipboard gets the text as the
        // screen shows it.
        let citation = sanitize_line(&citation);
        self.effects.push(Effect::Clipboard(format!(
            "\u{1b}]52;c;{}\u{7}",
            base64::engine::general_purpose::STANDARD.encode(citation.as_bytes())
        )));
        self.message = Some("Copied the quote with its citation.".into());
    }

    /// `Speaker 2/4` for the current quote, when it is on screen's document.
    #[must_use]
    pub fn quote_status(&self) -> Option<String> {
        let id = self.quote_here()?;
        let name = self
            .catalog
            .speaker(id)
            .map_or("unattributed", |s| s.name.as_str());
        Some(match self.catalog.position_in_speaker(id) {
            Some((i, n)) => format!("{name} {i}/{n}"),
            None => name.to_string(),
        })
    }
}
