//! Prompts and text inputs: search in the document, list filter, go to line, counts; and how
//! Esc, Enter and typing reach whichever input is open.

use super::{App, Focus, Prompt, PromptKind, Search};
use crate::search::{find_all, Query};
use crate::tui::action::Action;
use crate::tui::input::LineInput;
use crate::tui::popup::edit_line;

impl App {
    pub(super) fn start_prompt(&mut self, kind: PromptKind) {
        let origin = self.views.get(self.selected).map_or(0, |v| v.top);
        let input = match kind {
            PromptKind::Filter => LineInput::with(&self.filter),
            _ => LineInput::default(),
        };
        if kind == PromptKind::Filter {
            self.focus = Focus::List;
        }
        self.prompt = Some(Prompt {
            kind,
            input,
            origin,
        });
    }

    /// Applies a typed count to `action`: `Some(true)` when the count consumed the action.
    pub(super) fn apply_count(&mut self, count: &str, action: Action) -> Option<bool> {
        if count.is_empty() {
            return None;
        }
        let percent = count.strip_suffix('%').map(str::parse::<usize>);
        if let Some(Ok(p)) = percent {
            self.go_percent(p);
            return Some(true);
        }
        let n: usize = count.parse().ok()?;
        match action {
            Action::Top | Action::Bottom => {
                self.go_line(n);
                Some(true)
            }
            Action::ScrollRows(d) => {
                self.update(Action::ScrollRows(
                    d.saturating_mul(i32::try_from(n).unwrap_or(i32::MAX)),
                ));
                Some(true)
            }
            _ => Some(false),
        }
    }

    pub(super) fn go_line(&mut self, line: usize) {
        let Some(doc) = self.docs.get(self.selected) else {
            return;
        };
        let offset = doc.line_start(line.max(1));
        self.focus = Focus::Reader;
        self.show_offset(offset, false);
    }

    pub(super) fn go_percent(&mut self, percent: usize) {
        self.focus = Focus::Reader;
        self.ensure_layout();
        let page = usize::from(self.page_rows());
        let Some(doc) = self.docs.get(self.selected) else {
            return;
        };
        let len = doc.text.len();
        let Some(layout) = self.layout().filter(|l| {
            l.done() >= len && !doc.is_loading() && l.rows().first().is_none_or(|r| r.start == 0)
        }) else {
            // Not all rows are known yet: go by bytes, to the start of that line.
            let offset = len / 100 * percent.min(100) + len % 100 * percent.min(100) / 100;
            let line = doc.line_of(offset.min(len));
            let start = doc.line_start(line);
            self.show_offset(start, false);
            return;
        };
        let last_top = layout.len().saturating_sub(page);
        let row = last_top * percent.min(100) / 100;
        let offset = layout.rows().get(row).map_or(0, |r| r.start);
        self.show_offset(offset, false);
    }

    /// Typing, Backspace, cursor moves and clearing go to whichever input is open: a prompt
    /// first, else the open popup (the finder and search-all have one).
    pub(super) fn edit_input(&mut self, action: Action) {
        if let Some(p) = &mut self.prompt {
            let before = p.input.text().to_string();
            edit_line(&mut p.input, action);
            if p.input.text() != before {
                self.prompt_changed();
            }
            return;
        }
        self.popup_action(action);
    }

    /// Live effects of typing: search moves to the first match, the filter narrows the list.
    fn prompt_changed(&mut self) {
        let Some(p) = &self.prompt else { return };
        let (kind, text, origin) = (p.kind, p.input.text().to_string(), p.origin);
        match kind {
            PromptKind::Search => self.run_search(&text, origin),
            PromptKind::Filter => self.apply_filter(&text),
            PromptKind::Goto | PromptKind::BookmarkLabel => {}
        }
    }

    /// Searches the open document and shows the first match at or after `from`.
    fn run_search(&mut self, query: &str, from: usize) {
        let Some(doc) = self.docs.get(self.selected) else {
            return;
        };
        if query.is_empty() {
            self.search = None;
            self.show_offset(from, false);
            return;
        }
        let matches = find_all(&doc.text, query);
        let current = matches
            .iter()
            .position(|m| m.start >= from)
            .or(if matches.is_empty() { None } else { Some(0) });
        let target = current.and_then(|i| matches.get(i)).map(|m| m.start);
        self.search = Some(Search {
            query: query.to_string(),
            doc: self.selected,
            matches,
            current,
        });
        match target {
            Some(at) => self.show_offset(at, true),
            None => self.show_offset(from, false),
        }
    }

    pub(super) fn apply_filter(&mut self, query: &str) {
        self.filter = query.to_string();
        let q = Query::new(query);
        let mut scored: Vec<(i64, usize)> = self
            .docs
            .iter()
            .enumerate()
            .filter_map(|(i, d)| {
                q.matches(&format!("{} {}", d.meta.title, d.name))
                    .map(|m| (m.score, i))
            })
            .collect();
        if !q.is_empty() {
            scored.sort_by_key(|s| std::cmp::Reverse(s.0));
        }
        self.visible = scored.into_iter().map(|(_, i)| i).collect();
        if let Some(&first) = self.visible.first() {
            if !self.visible.contains(&self.selected) {
                self.select(first);
            }
        }
    }

    pub(super) fn step_match(&mut self, forward: bool) {
        let Some(search) = self
            .search
            .as_mut()
            .filter(|s| s.doc == self.selected && !s.matches.is_empty())
        else {
            self.message = Some("No search: press / to search this document.".into());
            return;
        };
        let n = search.matches.len();
        let next = match search.current {
            Some(i) if forward => (i + 1) % n,
            Some(i) => (i + n - 1) % n,
            None => 0,
        };
        search.current = Some(next);
        let at = search.matches[next].start;
        self.focus = Focus::Reader;
        self.show_offset(at, true);
    }

    /// Esc: closes the prompt (undoing a live search) or popup.
    pub(super) fn close(&mut self) {
        if let Some(p) = self.prompt.take() {
            match p.kind {
                PromptKind::Search => {
                    self.search = None;
                    self.show_offset(p.origin, false);
                }
                PromptKind::Filter => self.apply_filter(""),
                PromptKind::Goto | PromptKind::BookmarkLabel => {}
            }
            return;
        }
        self.popup = None;
    }

    /// Esc in the reading pane: clear the search highlight first, then go back to the list.
    pub(super) fn back(&mut self) {
        if self.search.take().is_some() {
            return;
        }
        self.focus = Focus::List;
    }

    /// Enter in a prompt.
    pub(super) fn confirm_prompt(&mut self, prompt: Prompt) {
        let text = prompt.input.text().trim().to_string();
        match prompt.kind {
            PromptKind::Search => {
                if self.search.as_ref().is_some_and(|s| s.matches.is_empty()) {
                    self.message = Some(format!("Not found: {text}"));
                }
            }
            PromptKind::Filter => {
                if self.visible.is_empty() {
                    self.message = Some("No document matches; Esc in the filter clears it.".into());
                }
            }
            PromptKind::Goto => match text.strip_suffix('%') {
                Some(p) => match p.trim().parse::<usize>() {
                    Ok(p) => self.go_percent(p),
                    Err(_) => self.message = Some(format!("Not a percentage: {text}")),
                },
                None => match text.parse::<usize>() {
                    Ok(n) => self.go_line(n),
                    Err(_) => {
                        self.message = Some(format!("Not a line number: {text} (try 120 or 50%)"))
                    }
                },
            },
            PromptKind::BookmarkLabel => self.add_bookmark(&text),
        }
    }
}
