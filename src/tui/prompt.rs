//! The one-line input in the status line (search, list filter, go to line, bookmark label),
//! as a component: it owns what is typed and answers an editing action.

use crate::tui::action::Action;
use crate::tui::input::LineInput;
use crate::tui::popup::edit_line;

/// What a prompt in the status line is asking for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptKind {
    /// Incremental search in the open document.
    Search,
    /// Incremental search back from the view's top.
    SearchBack,
    /// Fuzzy filter of the document list.
    Filter,
    /// A line number or a percentage.
    Goto,
    /// A label for a new bookmark.
    BookmarkLabel,
}

/// A one-line input in the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt {
    /// What it is for.
    pub kind: PromptKind,
    /// What has been typed.
    pub input: LineInput,
    /// Where the view was when it opened, to go back on Esc.
    pub origin: usize,
}

impl Prompt {
    /// A prompt for `kind` opened with the view at `origin`, holding `text` to start with.
    #[must_use]
    pub fn new(kind: PromptKind, origin: usize, text: &str) -> Self {
        Self {
            kind,
            input: LineInput::with(text),
            origin,
        }
    }

    /// What has been typed.
    #[must_use]
    pub fn text(&self) -> &str {
        self.input.text()
    }

    /// Applies an editing action; returns whether the text changed (the live effects of a
    /// search or filter run only then).
    pub fn edit(&mut self, action: Action) -> bool {
        let before = self.input.text().to_string();
        edit_line(&mut self.input, action);
        self.input.text() != before
    }
}

/// Where a go-to prompt's answer leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GoTo {
    /// A source line, 1-based.
    Line(usize),
    /// A percentage of the document.
    Percent(usize),
}

/// Reads `120` or `50%` (already trimmed); the error is the message for the status line.
pub fn parse_goto(text: &str) -> Result<GoTo, String> {
    match text.strip_suffix('%') {
        Some(p) => p
            .trim()
            .parse()
            .map(GoTo::Percent)
            .map_err(|_| format!("Not a percentage: {text}")),
        None => text
            .parse()
            .map(GoTo::Line)
            .map_err(|_| format!("Not a line number: {text} (try 120 or 50%)")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn goto_reads_lines_and_percentages_and_says_what_is_wrong() {
        assert_eq!(parse_goto("120"), Ok(GoTo::Line(120)));
        assert_eq!(parse_goto("50%"), Ok(GoTo::Percent(50)));
        assert_eq!(parse_goto("50 %"), Ok(GoTo::Percent(50)));
        assert!(parse_goto("x%").unwrap_err().contains("percentage"));
        assert!(parse_goto("abc").unwrap_err().contains("try 120"));
    }

    #[test]
    fn editing_reports_only_real_changes() {
        let mut p = Prompt::new(PromptKind::Search, 0, "");
        assert!(p.edit(Action::Input('가')));
        assert!(!p.edit(Action::CursorBy(-1)));
        assert!(!p.edit(Action::Backspace), "nothing before the cursor");
        assert_eq!(p.text(), "가");
    }
}
