//! The outline popup: the open document's headings (Markdown's, or the numbered and underlined
//! headings of plain text), and a jump to one.
//!
//! Plain text is outlined in slices: a big document's headings are found between keys, as
//! the finder filters, and the list grows while it is open.

use std::time::Instant;

use super::{Ctx, Outcome, Target};
use crate::markup::{markdown_outline, plain_outline_step, Heading};
use crate::tui::action::Action;
use crate::tui::step_clamped;

/// Bytes of plain text outlined per step (well under a millisecond).
const STEP: usize = 256 << 10;

/// The headings of one document, with a highlighted row.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outline {
    doc: usize,
    headings: Vec<Heading>,
    selected: usize,
    /// Where plain-text outlining goes on; `None` once the whole text is done.
    next: Option<usize>,
}

impl Outline {
    /// The outline of document `doc` of `ctx`: Markdown's headings at once when it has marks,
    /// else plain-text headings, found from the start in steps ([`Self::work`]).
    #[must_use]
    pub fn of(doc: usize, ctx: &Ctx) -> Self {
        let markdown = ctx.markdown;
        let text = ctx.docs.get(doc).map_or("", |d| d.text.as_str());
        let (headings, next) = if markdown {
            (markdown_outline(text), None)
        } else {
            (Vec::new(), Some(0))
        };
        let mut outline = Self {
            doc,
            headings,
            selected: 0,
            next,
        };
        outline.work(Instant::now(), ctx);
        outline
    }

    /// The headings found so far, in document order.
    #[must_use]
    pub fn headings(&self) -> &[Heading] {
        &self.headings
    }

    /// The highlighted row.
    #[must_use]
    pub fn selected(&self) -> usize {
        self.selected
    }

    /// Whether plain text is still being outlined.
    #[must_use]
    pub fn scanning(&self) -> bool {
        self.next.is_some()
    }

    /// Outlines more of the text until `deadline` (one step at least); the text must be whole
    /// (a document still loading is outlined as far as it has arrived, then finished later).
    pub fn work(&mut self, deadline: Instant, ctx: &Ctx) {
        let Some(doc) = ctx.docs.get(self.doc) else {
            self.next = None;
            return;
        };
        while let Some(at) = self.next {
            let to = plain_outline_step(&doc.text, at, STEP, &mut self.headings);
            self.next = (to < doc.text.len() || doc.is_loading()).then_some(to);
            if to == at || Instant::now() >= deadline {
                break;
            }
        }
    }

    /// Moves the highlight; Enter shows the highlighted heading at the top of the page.
    pub fn update(&mut self, action: Action, _ctx: &Ctx) -> Outcome {
        match action {
            Action::PopupMove(n) => {
                self.selected = step_clamped(self.selected, n, self.headings.len());
                Outcome::Stay
            }
            Action::Confirm => self
                .headings
                .get(self.selected)
                .map_or(Outcome::Close, |h| {
                    Outcome::Go(Target::Place {
                        doc: self.doc,
                        offset: h.offset,
                    })
                }),
            _ => Outcome::Stay,
        }
    }
}
