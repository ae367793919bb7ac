//! Choosing a speaker for a correction: the speakers view's list and filter (fuzzy, initial
//! consonants too), and, when what is typed names nobody, a last row offering it as a new
//! speaker.

use super::{Ctx, Outcome, Speakers};
use crate::catalog::Catalog;
use crate::tui::action::Action;
use crate::tui::outcome::{Correct, Purpose};

/// The chooser's state: what the choice is for, and the speakers list it is made in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choose {
    purpose: Purpose,
    list: Speakers,
    /// The highlight is on the "new speaker" row after the list.
    on_new: bool,
}

impl Choose {
    /// Every speaker of `ctx`'s catalog, for `purpose`.
    #[must_use]
    pub fn new(purpose: Purpose, ctx: &Ctx) -> Self {
        Self {
            purpose,
            list: Speakers::new(ctx.catalog, ctx.docs),
            on_new: false,
        }
    }

    /// What the choice is for.
    #[must_use]
    pub fn purpose(&self) -> Purpose {
        self.purpose
    }

    /// The speakers list with its filter.
    #[must_use]
    pub fn list(&self) -> &Speakers {
        &self.list
    }

    /// What is typed, as a new speaker's name: `None` when nothing is typed or it is a
    /// speaker's name already.
    #[must_use]
    pub fn new_name<'a>(&'a self, catalog: &Catalog) -> Option<&'a str> {
        let typed = self.list.input().text().trim();
        let known = catalog.speakers().iter().any(|s| s.name == typed);
        (!typed.is_empty() && !known).then_some(typed)
    }

    /// The highlighted row: the list's, or the "new speaker" row after it.
    #[must_use]
    pub fn row(&self) -> usize {
        if self.on_new {
            self.list.shown().len()
        } else {
            self.list.selected()
        }
    }

    /// Whether the "new speaker" row is highlighted: chosen with the arrows, or the only row.
    #[must_use]
    pub fn on_new(&self, catalog: &Catalog) -> bool {
        self.new_name(catalog).is_some() && (self.on_new || self.list.shown().is_empty())
    }

    /// The speakers list refreshes as quotes load.
    pub fn grow(&mut self, catalog: &Catalog) -> bool {
        self.list.grow(catalog)
    }

    /// Typing filters, the arrows move (onto the "new speaker" row past the last), Enter
    /// chooses, Esc goes back to the quote's details.
    pub fn update(&mut self, action: Action, ctx: &Ctx) -> Outcome {
        match action {
            Action::ClosePopup => Outcome::Detail(self.purpose.quote()),
            Action::PopupMove(n) => {
                let last = self.list.shown().len().saturating_sub(1);
                if self.on_new {
                    self.on_new = n >= 0;
                    if n < 0 {
                        self.list.update(Action::PopupMove(n + 1), ctx);
                    }
                } else if n > 0 && self.list.selected() + n as usize > last {
                    self.list.update(action, ctx);
                    self.on_new = self.new_name(ctx.catalog).is_some();
                } else {
                    self.list.update(action, ctx);
                }
                Outcome::Stay
            }
            Action::Confirm => self.choose(ctx),
            Action::Input(_) | Action::Backspace | Action::CursorBy(_) | Action::ClearInput => {
                self.on_new = false;
                self.list.update(action, ctx);
                Outcome::Stay
            }
            // The list's order is for reading; the chooser keeps the most quoted first.
            _ => Outcome::Stay,
        }
    }

    /// The highlighted speaker's name, or the new one typed.
    fn chosen(&self, catalog: &Catalog) -> Option<String> {
        if self.on_new(catalog) {
            return self.new_name(catalog).map(str::to_string);
        }
        let i = self.list.current()?;
        catalog.speakers().get(i).map(|s| s.name.clone())
    }

    fn choose(&self, ctx: &Ctx) -> Outcome {
        let Some(name) = self.chosen(ctx.catalog) else {
            return Outcome::Say("Type a name to choose a new speaker.".into());
        };
        Outcome::Correct(match self.purpose {
            Purpose::Reassign(quote) => Correct::Speaker { quote, name },
            Purpose::Merge { quote, from } => Correct::Merge {
                quote,
                from,
                into: name,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::seeds;

    fn ctx_of<'a>(catalog: &'a Catalog, docs: &'a [crate::corpus::Document]) -> Ctx<'a> {
        Ctx {
            catalog,
            docs,
            bookmarks: &[],
            help_lines: 0,
            markdown: false,
        }
    }

    #[test]
    fn a_name_matching_nobody_is_offered_as_new_and_chosen_with_enter() {
        let docs = seeds();
        let catalog = Catalog::build(&docs);
        let ctx = ctx_of(&catalog, &docs);
        let mut c = Choose::new(Purpose::Reassign((0, 0)), &ctx);
        assert!(!c.on_new(&catalog), "nothing typed");
        for ch in "아무개씨".chars() {
            c.update(Action::Input(ch), &ctx);
        }
        assert!(c.list().shown().is_empty());
        assert!(c.on_new(&catalog));
        assert_eq!(
            c.update(Action::Confirm, &ctx),
            Outcome::Correct(Correct::Speaker {
                quote: (0, 0),
                name: "아무개씨".into()
            })
        );
        assert_eq!(c.update(Action::ClosePopup, &ctx), Outcome::Detail((0, 0)));
    }

    #[test]
    fn the_new_row_follows_the_matches_and_a_listed_name_is_not_new() {
        let docs = seeds();
        let catalog = Catalog::build(&docs);
        let ctx = ctx_of(&catalog, &docs);
        let first = catalog.speakers()[0].name.clone();
        let from = 0;
        let mut c = Choose::new(
            Purpose::Merge {
                quote: (0, 0),
                from,
            },
            &ctx,
        );
        let prefix: String = first.chars().take(1).collect();
        for ch in prefix.chars() {
            c.update(Action::Input(ch), &ctx);
        }
        let shown = c.list().shown().len();
        assert!(shown > 0);
        assert!(!c.on_new(&catalog));
        c.update(Action::PopupMove(i32::try_from(shown).unwrap()), &ctx);
        assert!(c.on_new(&catalog), "past the last match");
        c.update(Action::PopupMove(-1), &ctx);
        assert!(!c.on_new(&catalog));
        assert_eq!(c.list().selected(), shown - 1);
        c.update(Action::ClearInput, &ctx);
        for ch in first.chars() {
            c.update(Action::Input(ch), &ctx);
        }
        assert_eq!(c.new_name(&catalog), None, "a listed name");
        let Outcome::Correct(Correct::Merge { into, .. }) = c.update(Action::Confirm, &ctx) else {
            panic!("a merge");
        };
        assert_eq!(into, first);
    }
}
