//! The app: the components that make up the reader, and the one function that changes them.
//!
//! Each piece of state has one owner. The documents and their quotes are the [`Library`]'s;
//! the selection and filter the [`DocList`]'s; pages, search and count the [`Reader`]'s; what is
//! kept between runs is [`Saved`]'s; each popup owns its own. The app holds what is between
//! them (which pane has the keys, the current quote, the status message) and, in
//! [`App::update`], hands each [`Msg`] to the component it concerns and applies the
//! [`Outcome`] it answers.
//!
//! The app's own fields are written only in this file, by [`App::update`] and `App::apply`
//! and the few helpers they call. The child modules each do one job without writing them:
//! `setup` makes the app, [`access`] reads it for drawing, `commands` works out what a
//! command does and `background` takes in the loader's work, both answering with
//! [`Outcome`]s that `apply` carries out.

use ratatui::layout::Position;

use super::action::Action;
use super::doclist::DocList;
use super::finder::Finder;
use super::keymap::Keymap;
use super::library::Library;
use super::msg::Msg;
use super::popup::{Bookmarks, Ctx, Detail, Help, Outline, Speakers};
use super::reader::{Pane, Reader};
use super::saved::Saved;
use super::search_all::SearchAll;
use super::theme::Theme;

pub use super::outcome::{Correct, Effect, Focus, Outcome, Purpose, Target};
/// The popups moved to [`super::popup`]; the app's users still find the enum here.
pub use super::popup::Popup;
pub use super::prompt::{Prompt, PromptKind};
pub use super::reader::Search;
use crate::catalog::QuoteId;
use crate::text::floor_boundary;
pub use setup::Setup;

pub mod access;
mod apply;
mod background;
mod commands;
mod correct;
mod setup;

/// The whole state of the reader.
#[derive(Debug)]
pub struct App {
    library: Library,
    list: DocList,
    reader: Reader,
    saved: Saved,
    popup: Option<Popup>,
    prompt: Option<Prompt>,
    focus: Focus,
    /// The quote last jumped to, emphasised in the reading pane.
    current_quote: Option<QuoteId>,
    message: Option<String>,
    effects: Vec<Effect>,
    size: (u16, u16),
    list_width: u16,
    keymap: Keymap,
    theme: Theme,
    quit: bool,
    /// What the last background step did.
    step: background::Step,
    /// When the user last pressed a key (background steps are shorter just after one).
    last_key: Option<std::time::Instant>,
}

impl App {
    /// Applies one change: an action, or news from the event loop.
    pub fn update(&mut self, msg: impl Into<Msg>) {
        match msg.into() {
            Msg::Action(action) => {
                let key = action != Action::Work;
                self.act(action);
                if key {
                    // Loading makes way for the key's answer, but never for text the reader
                    // now waits on (a document just opened, `G` while it loads).
                    let text = !self.waiting_for_text();
                    self.library.hold_loading(background::TYPING, text);
                }
            }
            Msg::Saved(merged) => self.saved_state(merged),
            Msg::SaveFailed(error) => self.message = Some(format!("Saving failed: {error}")),
            Msg::Reload { doc, loader, size } => self.reload(doc, loader, size),
            Msg::Notify(message) => self.message = Some(message),
            // Not a key: a start-up notice stays, and a name not found is said after it.
            Msg::Open { name, line } => match self.open_named(&name, line) {
                Outcome::Say(said) => self.say_too(said),
                outcome => self.settle(outcome),
            },
            Msg::ReadSingle => {
                let outcome = self.reading();
                self.settle(outcome);
            }
            Msg::Ambiguous(amb) => {
                self.reader.pages_mut().set_amb(amb);
                self.ensure_layout();
            }
            Msg::Closing => self.remember_position(),
        }
        self.tell_cut();
    }

    fn act(&mut self, action: Action) {
        if action == Action::Work {
            // Background progress is not a key: it keeps messages and pending counts.
            self.step = self.work();
            // Whatever the step read of a mapped file (the finder's rows, a search, wrapping)
            // is given back now and then, so a scan of the whole text stays out of memory.
            self.library.release_pages();
            return;
        }
        if let Action::Resize(w, h) = action {
            // Not a key either: the message, a count being typed and a waiting `n` stay.
            self.size = (w, h);
            self.ensure_layout();
            return;
        }
        self.message = None;
        // An `n` waiting for its match is for the view as it was: any key drops it (and
        // another `n` asks again).
        self.reader.forget_step();
        self.last_key = Some(std::time::Instant::now());
        if !matches!(action, Action::Count(_)) {
            let count = self.reader.take_count();
            if !count.is_empty() {
                let counted = self.read(|r, p| r.counted(&count, action, p)).flatten();
                if let Some(outcome) = counted {
                    self.settle(outcome);
                    return;
                }
            }
        }
        let outcome = match action {
            Action::Quit => {
                self.remember_position();
                self.quit = true;
                Outcome::Stay
            }
            Action::ToggleHelp => {
                self.popup = match self.popup {
                    Some(Popup::Help(_)) => None,
                    _ => Some(Popup::Help(Help::default())),
                };
                Outcome::Stay
            }
            Action::ClosePopup => self.close(),
            Action::FocusNext => {
                self.focus = match self.focus {
                    Focus::List if !self.library.docs().is_empty() => Focus::Reader,
                    _ => Focus::List,
                };
                Outcome::Stay
            }
            Action::SelectBy(_) | Action::SelectFirst | Action::SelectLast | Action::Select(_) => {
                self.list.update(action, self.library.docs().len())
            }
            Action::Open => self.reading(),
            Action::ScrollRows(_)
            | Action::ScrollPages(_)
            | Action::ScrollHalfPages(_)
            | Action::Top
            | Action::Bottom
            | Action::StepMatch(_)
            | Action::Describe
            | Action::ToggleReflow
            | Action::ToggleLineNumbers
            | Action::ToggleChop
            | Action::ScrollColumns(_)
            | Action::Count(_) => self
                .read(|r, p| r.update(action, p))
                .unwrap_or(Outcome::Stay),
            Action::Work | Action::Resize(..) => Outcome::Stay,
            Action::Wheel { column, row, delta } => self.wheel(Position::new(column, row), delta),
            Action::Click { column, row } => self.click(Position::new(column, row)),
            Action::OpenFinder => self.open(Popup::Finder(Box::new(Finder::new(
                self.library.catalog(),
                self.library.docs(),
            )))),
            Action::OpenSpeakers => self.open(Popup::Speakers(Speakers::new(
                self.library.catalog(),
                self.library.docs(),
            ))),
            Action::OpenSearchAll => self.open(Popup::SearchAll(SearchAll::default())),
            Action::OpenBookmarks => self.open(Popup::Bookmarks(Bookmarks::default())),
            Action::OpenStaleCorrections => self.open_stale(),
            Action::OpenOutline => match self.library.docs().get(self.list.selected()) {
                Some(_) => {
                    let outline = Outline::of(self.list.selected(), &self.ctx());
                    self.open(Popup::Outline(outline))
                }
                None => Outcome::Stay,
            },
            Action::OpenQuoteDetail => match self.quote_here() {
                Some(id) => self.open(Popup::QuoteDetail(Detail::new(id))),
                None => no_quote(),
            },
            Action::Input(_) | Action::Backspace | Action::CursorBy(_) | Action::ClearInput => {
                self.edit_input(action)
            }
            Action::Back => {
                // Esc in the reading pane: the search highlight goes first, then the pane.
                if !self.reader.clear_search() {
                    self.focus = Focus::List;
                }
                Outcome::Stay
            }
            Action::StartSearch => self.start_prompt(PromptKind::Search),
            Action::StartSearchBack => self.start_prompt(PromptKind::SearchBack),
            Action::StartFilter => self.start_prompt(PromptKind::Filter),
            Action::StartGoto => self.start_prompt(PromptKind::Goto),
            Action::StartBookmark => self.start_bookmark(),
            Action::StepDocument(forward) => {
                // less's `:n`/`:p`: the next document without leaving the reading pane.
                let n = self.library.docs().len();
                match self
                    .list
                    .update(Action::SelectBy(if forward { 1 } else { -1 }), n)
                {
                    Outcome::Stay => {
                        let end = if forward { "last" } else { "first" };
                        Outcome::Say(format!("This is the {end} document."))
                    }
                    moved => moved,
                }
            }
            Action::Edit => self.edit(),
            Action::Reload => self.reload_file(),
            Action::Suspend => {
                self.effects.push(Effect::Suspend);
                Outcome::Stay
            }
            Action::PopupMove(_)
            | Action::DeleteItem
            | Action::NextSort
            | Action::CopyMarkdown
            | Action::SaveMarkdown
            | Action::Reassign
            | Action::ToggleNotSpeech
            | Action::MergeSpeaker
            | Action::UndoCorrection => self.popup_update(action),
            Action::Confirm => match self.prompt.take() {
                // Enter: a prompt takes it first, then the open popup.
                Some(prompt) => self.confirm_prompt(&prompt),
                None => self.popup_update(Action::Confirm),
            },
            Action::StepQuote(forward) => self.step_quote(forward),
            Action::StepSpeaker(forward) => match self.quote_here() {
                None => self.step_quote(forward),
                Some(from) => match self.library.catalog().step_same_speaker(from, forward) {
                    Some(id) => Outcome::Go(Target::Quote(id)),
                    None => Outcome::Say("This quote has no known speaker.".into()),
                },
            },
            Action::CopyQuote => self.copy_quote(),
        };
        self.settle(outcome);
    }

    /// Shows `message` after what the status line already says: news that comes without a
    /// key (at start, from the background) must not hide what is there.
    fn say_too(&mut self, message: String) {
        self.message = Some(match self.message.take() {
            Some(before) => format!("{before} · {message}"),
            None => message,
        });
    }

    /// Applies `outcome`, then makes sure the open document has rows for its page.
    fn settle(&mut self, outcome: Outcome) {
        self.apply(outcome);
        self.ensure_layout();
    }

    /// Runs `f` on the reader with the open document and the pane's size; `None` when there
    /// is no document.
    fn read<R>(&mut self, f: impl FnOnce(&mut Reader, &Pane) -> R) -> Option<R> {
        let text = self.areas().text;
        let index = self.list.selected();
        let pane = self
            .reader
            .pane(index, self.library.docs().get(index)?, text);
        Some(f(&mut self.reader, &pane))
    }

    /// Makes sure the open document has rows for the page at its top.
    fn ensure_layout(&mut self) {
        self.read(|r, p| r.pages_mut().ensure(p));
    }

    /// Selects document `i` (the user chose it).
    fn select(&mut self, i: usize) {
        let outcome = self.list.select(i, self.library.docs().len());
        self.apply(outcome);
    }

    /// Records document `i`'s place for saving, and it as the document open last. Not while
    /// its text is still arriving: its key, a hash of the whole text, is not known yet, and
    /// the place and the document open last saved before stay as they were.
    fn remember(&mut self, i: usize) {
        if let Some(hash) = self.library.hash(i).filter(|h| !h.is_empty()) {
            self.saved.remember(hash, self.reader.pages().top(i));
        }
    }

    /// Records the open document's place for saving (on quit and when leaving it).
    fn remember_position(&mut self) {
        if self.list.selected() < self.library.docs().len() {
            self.remember(self.list.selected());
        }
    }

    /// Closes the prompt without its Esc or Enter effects (it asked for something else).
    fn end_prompt(&mut self) {
        self.prompt = None;
    }

    fn open(&mut self, popup: Popup) -> Outcome {
        self.popup = Some(popup);
        Outcome::Stay
    }

    /// The reading pane takes the keys, when there is something to read.
    fn reading(&mut self) -> Outcome {
        if self.library.docs().is_empty() {
            Outcome::Stay
        } else {
            Outcome::Focus(Focus::Reader)
        }
    }

    /// What a popup may read of the app.
    fn ctx(&self) -> Ctx<'_> {
        Ctx {
            catalog: self.library.catalog(),
            docs: self.library.docs(),
            bookmarks: self.saved.bookmarks(),
            help_lines: self.keymap.help_lines().len(),
            markdown: self.library.marks(self.list.selected()).is_some(),
        }
    }

    /// Runs `f` on the open popup with what it may read of the app (the popup is lent out
    /// and put back, so the context can borrow the rest); `None` when no popup is open.
    fn with_popup<R>(&mut self, f: impl FnOnce(&mut Popup, &Ctx) -> R) -> Option<R> {
        let mut popup = self.popup.take()?;
        let answer = f(&mut popup, &self.ctx());
        self.popup = Some(popup);
        Some(answer)
    }

    /// Hands `action` to the open popup; its answer is applied by the caller.
    fn popup_update(&mut self, action: Action) -> Outcome {
        self.with_popup(|popup, ctx| popup.update(action, ctx))
            .unwrap_or(Outcome::Stay)
    }

    /// The current quote if it is in the shown document.
    fn quote_here(&self) -> Option<QuoteId> {
        self.current_quote.filter(|id| id.0 == self.list.selected())
    }
}

/// The answer when a quote command finds no current quote.
fn no_quote() -> Outcome {
    Outcome::Say("No current quote: press ] to go to one.".into())
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod load_tests;

#[cfg(test)]
mod start_tests;

#[cfg(test)]
mod popup_tests;

#[cfg(test)]
mod correct_tests;

#[cfg(test)]
mod view_tests;
