//! Colours and emphasis, resolved once from the config (or none at all under `NO_COLOR`).

use crate::markup::Mark;
use ratatui::style::{Color, Modifier, Style};

use crate::config;

/// Resolved styles for everything the reader highlights.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    colors: bool,
    accent: Color,
    speech: Color,
    current_quote: Color,
    search_match: Color,
    current_match: Color,
    fuzzy_match: Color,
}

impl Default for Theme {
    fn default() -> Self {
        Self::new(&config::Theme::default(), true)
    }
}

impl Theme {
    /// The theme of the config; with `colors == false` (`NO_COLOR`) only bold, reverse and
    /// underline are used, on the terminal's own colours.
    #[must_use]
    pub fn new(theme: &config::Theme, colors: bool) -> Self {
        let c = |s: &str| s.parse().unwrap_or(Color::Reset);
        Self {
            colors,
            accent: c(&theme.accent),
            speech: c(&theme.speech),
            current_quote: c(&theme.current_quote),
            search_match: c(&theme.search_match),
            current_match: c(&theme.current_match),
            fuzzy_match: c(&theme.fuzzy_match),
        }
    }

    /// Borders and titles of what has focus.
    #[must_use]
    pub fn accent(&self) -> Style {
        if self.colors {
            Style::new().fg(self.accent)
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        }
    }

    /// A highlighted row (selection) in a list that has focus.
    #[must_use]
    pub fn selected(&self) -> Style {
        if self.colors {
            Style::new().fg(Color::Black).bg(self.accent)
        } else {
            Style::new().add_modifier(Modifier::REVERSED)
        }
    }

    /// A Markdown element, styled in place: markers dim, headings in the accent and bold,
    /// emphasis italic, strong bold, code in the speech colour's neighbour (or reversed
    /// without colours), links underlined.
    #[must_use]
    pub fn markup(&self, mark: Mark) -> Style {
        let s = Style::new();
        match mark {
            Mark::HeadingMarker
            | Mark::Delimiter
            | Mark::FenceMarker
            | Mark::LinkTarget
            | Mark::BlockQuoteMarker
            | Mark::ListMarker
            | Mark::TableDelimiter
            | Mark::Rule => s.add_modifier(Modifier::DIM),
            Mark::Heading(_) => self.accent().add_modifier(Modifier::BOLD),
            Mark::Emphasis | Mark::BlockQuote => s.add_modifier(Modifier::ITALIC),
            Mark::Strong | Mark::TableHeader => s.add_modifier(Modifier::BOLD),
            Mark::Strike => s.add_modifier(Modifier::CROSSED_OUT),
            Mark::CodeSpan | Mark::CodeBlock if self.colors => s.fg(Color::Green),
            Mark::CodeSpan | Mark::CodeBlock => s.add_modifier(Modifier::DIM),
            Mark::Link | Mark::Image => s.add_modifier(Modifier::UNDERLINED),
            _ => s,
        }
    }

    /// Quoted speech.
    #[must_use]
    pub fn speech(&self) -> Style {
        if self.colors {
            Style::new().fg(self.speech)
        } else {
            Style::new()
        }
    }

    /// Quoted terms.
    #[must_use]
    pub fn term(&self) -> Style {
        Style::new().add_modifier(Modifier::ITALIC)
    }

    /// The current quote.
    #[must_use]
    pub fn current_quote(&self) -> Style {
        if self.colors {
            Style::new().fg(Color::Black).bg(self.current_quote)
        } else {
            Style::new().add_modifier(Modifier::REVERSED)
        }
    }

    /// A search match.
    #[must_use]
    pub fn search_match(&self) -> Style {
        if self.colors {
            Style::new().fg(Color::Black).bg(self.search_match)
        } else {
            Style::new().add_modifier(Modifier::UNDERLINED)
        }
    }

    /// The current search match.
    #[must_use]
    pub fn current_match(&self) -> Style {
        if self.colors {
            Style::new()
                .fg(Color::Black)
                .bg(self.current_match)
                .add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::UNDERLINED)
        }
    }

    /// Matched characters in fuzzy lists (on top of the row's style).
    #[must_use]
    pub fn fuzzy_match(&self, base: Style) -> Style {
        let lit = base.add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
        if self.colors {
            lit.fg(self.fuzzy_match)
        } else {
            lit
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_uses_no_colours() {
        let t = Theme::new(&config::Theme::default(), false);
        for s in [
            t.accent(),
            t.selected(),
            t.speech(),
            t.current_quote(),
            t.search_match(),
            t.current_match(),
            t.fuzzy_match(Style::new()),
        ] {
            assert_eq!((s.fg, s.bg), (None, None), "{s:?}");
        }
        let t = Theme::default();
        assert_eq!(t.accent().fg, Some(Color::Cyan));
    }
}
