//! How an [`App`] is made: from documents and settings, with the saved state of earlier runs.

use super::{App, Focus};
use crate::config::Config;
use crate::corpus::{Document, Problem};
use crate::loader::Loader;
use crate::state::State;
use crate::text::{AmbiguousWidth, WrapMode};
use crate::tui::doclist::DocList;
use crate::tui::keymap::Keymap;
use crate::tui::library::Library;
use crate::tui::reader::Reader;
use crate::tui::saved::Saved;
use crate::tui::theme::Theme;

/// How the app starts.
#[derive(Debug)]
pub struct Setup {
    /// Documents to read.
    pub docs: Vec<Document>,
    /// Files that did not open.
    pub problems: Vec<Problem>,
    /// Ambiguous-width policy.
    pub amb: AmbiguousWidth,
    /// Settings.
    pub config: Config,
    /// Whether colours may be used (`NO_COLOR` unset).
    pub colors: bool,
    /// Terminal size (columns, rows).
    pub size: (u16, u16),
    /// Saved state from earlier runs.
    pub state: State,
    /// Messages to show at start (state or config warnings).
    pub notice: Option<String>,
    /// Reads the documents' text and quotes in the background; `None` when `docs` are whole.
    pub loader: Option<Loader>,
}

impl App {
    /// A reader over `docs` in a terminal of `size` (columns, rows), with default settings and
    /// no saved state.
    #[must_use]
    pub fn new(
        docs: Vec<Document>,
        problems: Vec<Problem>,
        amb: AmbiguousWidth,
        wrap: WrapMode,
        size: (u16, u16),
    ) -> Self {
        let config = Config {
            wrap,
            ..Config::default()
        };
        Self::with(Setup {
            docs,
            problems,
            amb,
            config,
            colors: true,
            size,
            state: State::default(),
            notice: None,
            loader: None,
        })
    }

    /// A reader as `setup` describes.
    #[must_use]
    pub fn with(setup: Setup) -> Self {
        let Setup {
            docs,
            problems,
            amb,
            config,
            colors,
            size,
            state,
            notice,
            loader,
        } = setup;
        let mut library = Library::new(docs, problems, loader);
        let saved = Saved::new(state);
        library.set_corrections(saved.applicable());
        let n = library.docs().len();
        let hash = |i| library.hash(i).unwrap_or("");
        let tops = (0..n).map(|i| saved.position(hash(i)).unwrap_or(0));
        let reader = Reader::new(tops, config.wrap, amb, config.reflow)
            .showing(config.line_numbers, config.chop);
        let selected = (0..n)
            .find(|&i| !hash(i).is_empty() && saved.was_last(hash(i)))
            .unwrap_or(0);
        let mut app = Self {
            list: DocList::new(n, selected),
            library,
            reader,
            saved,
            popup: None,
            prompt: None,
            focus: Focus::List,
            current_quote: None,
            message: notice,
            effects: Vec::new(),
            size,
            list_width: config.list_width,
            keymap: Keymap::new(&config),
            theme: Theme::new(&config.theme, colors),
            quit: false,
            step: Default::default(),
            last_key: None,
        };
        app.ensure_layout();
        app.reader.pages_mut().clamp(app.library.docs());
        if !app.library.loading() {
            // After a notice, if there is one: both are said.
            app.tell_stale();
        }
        app
    }
}

#[cfg(test)]
impl App {
    /// A reader over `docs` at 80x24 with the default settings, `state` saved, and `loader`
    /// reading them if given (tests of loading and saved state).
    pub(crate) fn over(docs: Vec<Document>, state: State, loader: Option<Loader>) -> Self {
        Self::with(Setup {
            docs,
            problems: Vec::new(),
            amb: AmbiguousWidth::Narrow,
            config: Config::default(),
            colors: true,
            size: (80, 24),
            state,
            notice: None,
            loader,
        })
    }
}
