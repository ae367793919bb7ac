//! Keys and mouse events to [`Action`]s, by focus and popup, through the configured bindings.

use std::collections::HashMap;

use crossterm::event::{
    Event, KeyCode as CtKey, KeyEvent, KeyEventKind, KeyModifiers, MouseEventKind,
};

use super::action::Action;
use super::app::{App, Focus};
use super::popup::Keys;
use crate::action::BINDABLE;
use crate::config::{Config, Scope};
use crate::keys::{Key, KeyCode};

/// Rows the mouse wheel scrolls per notch.
const WHEEL_ROWS: i32 = 3;

/// Bindings from the config, looked up per scope.
#[derive(Debug, Clone, Default)]
pub struct Keymap {
    bindings: HashMap<(Scope, Key), Action>,
}

/// Reading-pane keys that are not rebindable, shown after that pane's bindings.
const FIXED_READER: &[(&str, &str)] = &[
    ("0-9 then %", "go to that percentage"),
    ("mouse wheel", "scroll the pane under the pointer"),
];

/// Keys no config rebinds, in sections of their own after the bindable ones.
const FIXED: &[(&str, &str)] = &[
    ("Lists and inputs", ""),
    ("↑ ↓  Ctrl-n Ctrl-p", "move in a popup list"),
    ("Enter  Esc", "choose / close"),
    ("← →  Home End", "move in the input"),
    ("Backspace  Ctrl-u", "delete a character / the input"),
    ("d", "delete (bookmark list)"),
    ("Quote details", ""),
    ("r", "reassign the quote to another speaker (or a new name)"),
    ("n", "mark the quote as not speech (again: speech)"),
    ("m", "merge the quote's speaker into another"),
    ("u", "undo the correction of the quote"),
];

impl Keymap {
    /// The bindings of `config` (defaults plus the file's overrides).
    #[must_use]
    pub fn new(config: &Config) -> Self {
        let mut bindings = HashMap::new();
        for (scope, keys) in &config.keys {
            for (name, action) in keys {
                if let Ok(key) = crate::keys::parse_key(name) {
                    bindings.insert((*scope, key), *action);
                }
            }
        }
        Self { bindings }
    }

    /// The action bound to `key` in the pane with focus (a pane binding wins over a global one).
    #[must_use]
    pub fn lookup(&self, focus: Focus, key: Key) -> Option<Action> {
        let pane = match focus {
            Focus::List => Scope::List,
            Focus::Reader => Scope::Reader,
        };
        self.bindings
            .get(&(pane, key))
            .or_else(|| self.bindings.get(&(Scope::Global, key)))
            .copied()
    }

    /// Every key bound to `action` in `scope`, characters first.
    #[must_use]
    pub fn keys_for(&self, scope: Scope, action: Action) -> Vec<Key> {
        let mut keys: Vec<Key> = self
            .bindings
            .iter()
            .filter(|((s, _), a)| *s == scope && **a == action)
            .map(|((_, k), _)| *k)
            .collect();
        keys.sort();
        keys
    }

    /// The help overlay's lines, every key as bound now: (keys, what they do); an empty
    /// description marks a heading. Here, not in the drawing, because scrolling the help needs
    /// their number.
    #[must_use]
    pub fn help_lines(&self) -> Vec<(String, &'static str)> {
        let mut out = Vec::new();
        for (scope, heading) in [
            (Scope::Global, "Anywhere"),
            (Scope::List, "Document list"),
            (Scope::Reader, "Reading pane"),
        ] {
            out.push((heading.to_string(), ""));
            for bindable in BINDABLE {
                let keys = self.keys_for(scope, bindable.action);
                if !keys.is_empty() {
                    let names: Vec<String> = keys.iter().map(ToString::to_string).collect();
                    out.push((names.join("  "), bindable.describe));
                }
            }
            if scope == Scope::Reader {
                out.extend(FIXED_READER.iter().map(|(k, d)| ((*k).to_string(), *d)));
            }
        }
        out.extend(FIXED.iter().map(|(k, d)| ((*k).to_string(), *d)));
        out
    }
}

/// A crossterm key as a [`Key`].
#[must_use]
pub fn key_of(ev: &KeyEvent) -> Option<Key> {
    let code = match ev.code {
        CtKey::Char(c) => KeyCode::Char(c),
        CtKey::Enter => KeyCode::Enter,
        CtKey::Esc => KeyCode::Esc,
        CtKey::Tab => KeyCode::Tab,
        CtKey::BackTab => KeyCode::BackTab,
        CtKey::Backspace => KeyCode::Backspace,
        CtKey::Up => KeyCode::Up,
        CtKey::Down => KeyCode::Down,
        CtKey::Left => KeyCode::Left,
        CtKey::Right => KeyCode::Right,
        CtKey::PageUp => KeyCode::PageUp,
        CtKey::PageDown => KeyCode::PageDown,
        CtKey::Home => KeyCode::Home,
        CtKey::End => KeyCode::End,
        CtKey::Delete => KeyCode::Delete,
        CtKey::F(n) => KeyCode::F(n),
        _ => return None,
    };
    let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
    let code = match code {
        KeyCode::Char(c) if ctrl => KeyCode::Char(c.to_ascii_lowercase()),
        other => other,
    };
    Some(Key {
        code,
        ctrl,
        alt: ev.modifiers.contains(KeyModifiers::ALT),
    })
}

/// The action for a terminal event, if it means one in the current state.
#[must_use]
pub fn map_event(app: &App, ev: &Event) -> Option<Action> {
    match ev {
        Event::Key(key) if key.kind != KeyEventKind::Release => map_key(app, key),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::ScrollDown => Some(Action::Wheel {
                column: m.column,
                row: m.row,
                delta: WHEEL_ROWS,
            }),
            MouseEventKind::ScrollUp => Some(Action::Wheel {
                column: m.column,
                row: m.row,
                delta: -WHEEL_ROWS,
            }),
            MouseEventKind::Down(_) => Some(Action::Click {
                column: m.column,
                row: m.row,
            }),
            _ => None,
        },
        Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
        _ => None,
    }
}

fn map_key(app: &App, ev: &KeyEvent) -> Option<Action> {
    let key = key_of(ev)?;
    if key.ctrl && key.code == KeyCode::Char('c') {
        return Some(Action::Quit);
    }
    // Raw mode turns the terminal's Ctrl-Z into a key: it suspends everywhere, as in `less`.
    if key.ctrl && key.code == KeyCode::Char('z') {
        return Some(Action::Suspend);
    }
    if app.prompt().is_some() {
        return text_input_key(key, false);
    }
    if let Some(popup) = app.popup() {
        let plain = !key.ctrl && !key.alt;
        return match popup.keys() {
            Keys::Scroll => Some(match key.code {
                KeyCode::Char('j') | KeyCode::Down => Action::PopupMove(1),
                KeyCode::Char('k') | KeyCode::Up => Action::PopupMove(-1),
                KeyCode::Char(' ') | KeyCode::PageDown => Action::PopupMove(10),
                KeyCode::PageUp => Action::PopupMove(-10),
                // Any other key closes it, `q` too (as it leaves less's help).
                _ => Action::ClosePopup,
            }),
            Keys::Detail => Some(match key.code {
                KeyCode::Char('r') if plain => Action::Reassign,
                KeyCode::Char('n') if plain => Action::ToggleNotSpeech,
                KeyCode::Char('m') if plain => Action::MergeSpeaker,
                KeyCode::Char('u') if plain => Action::UndoCorrection,
                KeyCode::Enter => Action::Confirm,
                _ => Action::ClosePopup,
            }),
            Keys::Input => text_input_key(key, true),
            Keys::List => list_popup_key(key),
        };
    }
    if app.focus() == Focus::Reader && !key.ctrl && !key.alt {
        if let KeyCode::Char(c @ ('0'..='9' | '%')) = key.code {
            return Some(Action::Count(c));
        }
    }
    app.keymap().lookup(app.focus(), key)
}

/// Keys of a text input (prompt or finder): every printable key types, so Korean can be entered
/// (an input method delivers composed syllables as characters).
fn text_input_key(key: Key, list: bool) -> Option<Action> {
    Some(match key.code {
        KeyCode::Esc => Action::ClosePopup,
        KeyCode::Enter => Action::Confirm,
        KeyCode::Backspace => Action::Backspace,
        KeyCode::Left => Action::CursorBy(-1),
        KeyCode::Right => Action::CursorBy(1),
        KeyCode::Home => Action::CursorBy(i32::MIN),
        KeyCode::End => Action::CursorBy(i32::MAX),
        KeyCode::Char('a') if key.ctrl => Action::CursorBy(i32::MIN),
        KeyCode::Char('e') if key.ctrl => Action::CursorBy(i32::MAX),
        KeyCode::Char('u') if key.ctrl => Action::ClearInput,
        KeyCode::Up if list => Action::PopupMove(-1),
        KeyCode::Down if list => Action::PopupMove(1),
        KeyCode::PageUp if list => Action::PopupMove(-10),
        KeyCode::PageDown if list => Action::PopupMove(10),
        KeyCode::Char('p' | 'k') if key.ctrl && list => Action::PopupMove(-1),
        KeyCode::Char('n' | 'j') if key.ctrl && list => Action::PopupMove(1),
        KeyCode::Tab if list => Action::NextSort,
        KeyCode::Char('y') if key.ctrl && list => Action::CopyMarkdown,
        KeyCode::Char('s') if key.ctrl && list => Action::SaveMarkdown,
        KeyCode::Char(c) if !key.ctrl && !key.alt => Action::Input(c),
        _ => return None,
    })
}

fn list_popup_key(key: Key) -> Option<Action> {
    Some(match key.code {
        KeyCode::Esc | KeyCode::Char('q' | 's' | '\'') => Action::ClosePopup,
        KeyCode::Enter => Action::Confirm,
        KeyCode::Char('j') | KeyCode::Down => Action::PopupMove(1),
        KeyCode::Char('k') | KeyCode::Up => Action::PopupMove(-1),
        KeyCode::PageDown => Action::PopupMove(10),
        KeyCode::PageUp => Action::PopupMove(-10),
        KeyCode::Char('d') | KeyCode::Delete => Action::DeleteItem,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each section of the help is headed once, and the reading pane's fixed keys are in its
    /// section, not under a heading of their own further down.
    #[test]
    fn help_sections_are_headed_once_and_hold_their_fixed_keys() {
        let lines = Keymap::new(&crate::config::Config::default()).help_lines();
        let headings: Vec<&str> = lines
            .iter()
            .filter(|(_, what)| what.is_empty())
            .map(|(key, _)| key.as_str())
            .collect();
        let mut unique = headings.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), headings.len(), "{headings:?}");
        let at = |key: &str| lines.iter().position(|(k, _)| k == key).unwrap();
        let wheel = at("mouse wheel");
        assert!(at("Reading pane") < wheel && wheel < at("Lists and inputs"));
    }
}
