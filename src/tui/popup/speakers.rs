//! The speakers view: every speaker with their numbers, narrowed by typing and sorted three
//! ways; Enter lists the highlighted speaker's quotes in the finder, Ctrl-Y copies them as
//! Markdown.

use super::{edit_line, Ctx, Outcome};
use crate::catalog::Catalog;
use crate::corpus::Document;
use crate::quotes::Speaker;
use crate::report::markdown::{self, SpeakerQuotes};
use crate::search::Query;
use crate::text::counted;
use crate::tui::action::Action;
use crate::tui::input::LineInput;
use crate::tui::outcome::Effect;
use crate::tui::step_clamped;

/// How the speakers are ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// Most quoted first.
    #[default]
    Count,
    /// By name.
    Name,
    /// In the order they are first quoted in the corpus.
    First,
}

impl Sort {
    /// The next order (Tab).
    #[must_use]
    pub fn next(self) -> Self {
        match self {
            Self::Count => Self::Name,
            Self::Name => Self::First,
            Self::First => Self::Count,
        }
    }

    /// The order's name, for the title.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::Count => "most quoted",
            Self::Name => "name",
            Self::First => "first quoted",
        }
    }
}

/// The speakers view's state: the filter, the order, and the speakers shown.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Speakers {
    input: LineInput,
    sort: Sort,
    /// Indices into the catalog's speakers, as shown.
    shown: Vec<u32>,
    /// Speakers in the catalog when `shown` was made (more come while quotes load).
    listed: usize,
    /// The catalog's [`Catalog::refilings`] then: a refiling renumbers the speakers.
    refiled: u64,
    selected: usize,
    /// Each document's place in time (by date when every document has one, else as listed),
    /// for the bars.
    ranks: Vec<u32>,
}

/// Each document's place in time: by date when every document has one (ties as listed),
/// else as listed.
fn time_ranks(docs: &[Document]) -> Vec<u32> {
    let dated = !docs.is_empty() && docs.iter().all(|d| d.meta.date.is_some());
    let mut order: Vec<usize> = (0..docs.len()).collect();
    if dated {
        order.sort_by(|&a, &b| docs[a].meta.date.cmp(&docs[b].meta.date).then(a.cmp(&b)));
    }
    let mut ranks = vec![0; docs.len()];
    for (rank, &d) in order.iter().enumerate() {
        ranks[d] = u32::try_from(rank).unwrap_or(u32::MAX);
    }
    ranks
}

/// Quotes of `s` in each of `width` stretches of time (documents ranked by `ranks`, of which
/// there are `docs`).
#[must_use]
pub fn spread(s: &Speaker, ranks: &[u32], docs: usize, width: usize) -> Vec<usize> {
    let mut counts = vec![0; width];
    if width == 0 || docs == 0 {
        return counts;
    }
    for &(d, _) in &s.quotes {
        if let Some(&r) = ranks.get(d) {
            let at = (r as usize * width / docs).min(width - 1);
            counts[at] += 1;
        }
    }
    counts
}

/// What a speaker can be found by: name, the other forms, role.
fn haystack(s: &Speaker) -> String {
    let mut out = s.name.clone();
    for f in &s.forms {
        out.push(' ');
        out.push_str(f);
    }
    if let Some(role) = &s.role {
        out.push(' ');
        out.push_str(role);
    }
    out
}

impl Speakers {
    /// Every speaker of `catalog` (found in `docs`), most quoted first.
    #[must_use]
    pub fn new(catalog: &Catalog, docs: &[Document]) -> Self {
        let mut s = Self {
            ranks: time_ranks(docs),
            ..Self::default()
        };
        s.refresh(catalog);
        s
    }

    /// A view with row `selected` highlighted and nothing listed yet (it lists at the next
    /// key or as speakers are found).
    #[must_use]
    pub fn at(selected: usize) -> Self {
        Self {
            selected,
            ..Self::default()
        }
    }

    /// Each document's place in time (for [`spread`]).
    #[must_use]
    pub fn ranks(&self) -> &[u32] {
        &self.ranks
    }

    /// The highlighted row.
    #[must_use]
    pub fn selected(&self) -> usize {
        self.selected
    }

    /// The speakers shown, as indices into the catalog's speakers.
    #[must_use]
    pub fn shown(&self) -> &[u32] {
        &self.shown
    }

    /// The filter typed so far.
    #[must_use]
    pub fn input(&self) -> &LineInput {
        &self.input
    }

    /// The order.
    #[must_use]
    pub fn sort(&self) -> Sort {
        self.sort
    }

    /// The highlighted speaker's index in the catalog.
    #[must_use]
    pub fn current(&self) -> Option<usize> {
        self.shown.get(self.selected).map(|&i| i as usize)
    }

    /// Lists again (the filter, the order or the speakers changed), keeping the highlighted
    /// speaker highlighted when still shown.
    fn refresh(&mut self, catalog: &Catalog) {
        let keep = self.current();
        let speakers = catalog.speakers();
        let query = Query::new(self.input.text());
        // The filter only narrows: the chosen order stays the order.
        let mut shown: Vec<u32> = speakers
            .iter()
            .enumerate()
            .filter(|(_, s)| query.is_empty() || query.score(&haystack(s)).is_some())
            .filter_map(|(i, _)| u32::try_from(i).ok())
            .collect();
        let by = |i: u32| &speakers[i as usize];
        match self.sort {
            Sort::Count => {
                shown.sort_by(|&a, &b| by(b).quotes.len().cmp(&by(a).quotes.len()).then(a.cmp(&b)))
            }
            Sort::Name => shown.sort_by(|&a, &b| by(a).name.cmp(&by(b).name).then(a.cmp(&b))),
            // Speakers are indexed as they are first quoted.
            Sort::First => {}
        }
        self.shown = shown;
        self.listed = speakers.len();
        self.refiled = catalog.refilings();
        self.selected = keep
            .and_then(|k| self.shown.iter().position(|&i| i as usize == k))
            .unwrap_or(0);
    }

    /// Lists the speakers found since the view was made; returns whether there were any.
    pub fn grow(&mut self, catalog: &Catalog) -> bool {
        if catalog.speakers().len() == self.listed && catalog.refilings() == self.refiled {
            return false;
        }
        self.refresh(catalog);
        true
    }

    /// Answers a key: typing filters, Tab changes the order, Enter lists the highlighted
    /// speaker's quotes, Ctrl-Y copies them as Markdown.
    pub fn update(&mut self, action: Action, ctx: &Ctx) -> Outcome {
        match action {
            Action::Input(_) | Action::Backspace | Action::CursorBy(_) | Action::ClearInput => {
                let before = self.input.text().to_string();
                edit_line(&mut self.input, action);
                if self.input.text() != before {
                    // A new filter starts at its best match.
                    self.refresh(ctx.catalog);
                    self.selected = 0;
                }
                Outcome::Stay
            }
            Action::NextSort => {
                self.sort = self.sort.next();
                self.refresh(ctx.catalog);
                Outcome::Stay
            }
            Action::PopupMove(n) => {
                self.selected = step_clamped(self.selected, n, self.shown.len());
                Outcome::Stay
            }
            // An empty list has nowhere to go: Enter just closes.
            Action::Confirm => self
                .current()
                .map_or(Outcome::Close, Outcome::SpeakerQuotes),
            Action::CopyMarkdown => self
                .current()
                .map_or(Outcome::Stay, |i| copy_markdown(ctx, i)),
            Action::SaveMarkdown => self
                .current()
                .map_or(Outcome::Stay, |i| save_markdown(ctx, i)),
            _ => Outcome::Stay,
        }
    }
}

/// Speaker `index`'s quotes as Markdown, and what they are (`3 quotes of 김민수`).
fn speaker_markdown(ctx: &Ctx, index: usize) -> Option<(SpeakerQuotes, String, String)> {
    let q = SpeakerQuotes::of(ctx.catalog, ctx.docs, index)?;
    let n = q.quotes.len();
    let what = format!("{} of {}", counted(n, "quote", "quotes"), q.name);
    let text = markdown::to_string(std::slice::from_ref(&q));
    Some((q, text, what))
}

/// Copies speaker `index`'s quotes as Markdown, with what to say about it.
pub(super) fn copy_markdown(ctx: &Ctx, index: usize) -> Outcome {
    speaker_markdown(ctx, index).map_or(Outcome::Stay, |(_, text, what)| Outcome::Copy {
        text,
        message: format!("Copied {what} as Markdown."),
    })
}

/// Asks for speaker `index`'s quotes to be saved as Markdown.
pub(super) fn save_markdown(ctx: &Ctx, index: usize) -> Outcome {
    speaker_markdown(ctx, index).map_or(Outcome::Stay, |(q, text, what)| {
        Outcome::Effect(Effect::SaveMarkdown {
            stem: q.name,
            text,
            what,
        })
    })
}
