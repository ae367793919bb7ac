//! Keys and mouse events to [`Action`]s, by focus and popup.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEventKind};

use super::action::Action;
use super::app::{App, Focus, Popup};

/// Rows the mouse wheel scrolls per notch.
const WHEEL_ROWS: i32 = 3;

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

fn map_key(app: &App, key: &KeyEvent) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && key.code == KeyCode::Char('c') {
        return Some(Action::Quit);
    }
    match app.popup() {
        Some(Popup::Help) => {
            return match key.code {
                KeyCode::Char('q') if !ctrl => Some(Action::Quit),
                _ => Some(Action::ClosePopup),
            }
        }
        Some(Popup::Finder(_)) => return finder_key(key, ctrl),
        Some(Popup::Speakers(_)) => return speakers_key(key),
        None => {}
    }
    let common = match key.code {
        KeyCode::Char('q') => Some(Action::Quit),
        KeyCode::Char('?') => Some(Action::ToggleHelp),
        KeyCode::Tab | KeyCode::BackTab => Some(Action::FocusNext),
        KeyCode::Char('f') if !ctrl => Some(Action::OpenFinder),
        KeyCode::Char('s') => Some(Action::OpenSpeakers),
        KeyCode::Char(']') => Some(Action::StepQuote(true)),
        KeyCode::Char('[') => Some(Action::StepQuote(false)),
        KeyCode::Char('}') => Some(Action::StepSpeaker(true)),
        KeyCode::Char('{') => Some(Action::StepSpeaker(false)),
        KeyCode::Char('y') => Some(Action::CopyQuote),
        _ => None,
    };
    if common.is_some() {
        return common;
    }
    match app.focus() {
        Focus::List => list_key(key),
        Focus::Reader => reader_key(key, ctrl),
    }
}

/// The finder's input takes every printable key, so Korean can be typed (an IME delivers
/// composed syllables as characters).
fn finder_key(key: &KeyEvent, ctrl: bool) -> Option<Action> {
    Some(match key.code {
        KeyCode::Esc => Action::ClosePopup,
        KeyCode::Enter => Action::Confirm,
        KeyCode::Backspace => Action::Backspace,
        KeyCode::Up => Action::PopupMove(-1),
        KeyCode::Down => Action::PopupMove(1),
        KeyCode::PageUp => Action::PopupMove(-10),
        KeyCode::PageDown => Action::PopupMove(10),
        KeyCode::Char('p' | 'k') if ctrl => Action::PopupMove(-1),
        KeyCode::Char('n' | 'j') if ctrl => Action::PopupMove(1),
        KeyCode::Char(c) if !ctrl => Action::Input(c),
        _ => return None,
    })
}

fn speakers_key(key: &KeyEvent) -> Option<Action> {
    Some(match key.code {
        KeyCode::Esc | KeyCode::Char('q' | 's') => Action::ClosePopup,
        KeyCode::Enter => Action::Confirm,
        KeyCode::Char('j') | KeyCode::Down => Action::PopupMove(1),
        KeyCode::Char('k') | KeyCode::Up => Action::PopupMove(-1),
        KeyCode::PageDown => Action::PopupMove(10),
        KeyCode::PageUp => Action::PopupMove(-10),
        _ => return None,
    })
}

fn list_key(key: &KeyEvent) -> Option<Action> {
    Some(match key.code {
        KeyCode::Char('j') | KeyCode::Down => Action::SelectBy(1),
        KeyCode::Char('k') | KeyCode::Up => Action::SelectBy(-1),
        KeyCode::Char('g') | KeyCode::Home => Action::SelectFirst,
        KeyCode::Char('G') | KeyCode::End => Action::SelectLast,
        KeyCode::Enter | KeyCode::Char('l') | KeyCode::Right => Action::Open,
        _ => return None,
    })
}

fn reader_key(key: &KeyEvent, ctrl: bool) -> Option<Action> {
    Some(match key.code {
        KeyCode::Char('d') if ctrl => Action::ScrollHalfPages(1),
        KeyCode::Char('u') if ctrl => Action::ScrollHalfPages(-1),
        KeyCode::Char('f') if ctrl => Action::ScrollPages(1),
        KeyCode::Char('b') if ctrl => Action::ScrollPages(-1),
        KeyCode::Char('j') | KeyCode::Down => Action::ScrollRows(1),
        KeyCode::Char('k') | KeyCode::Up => Action::ScrollRows(-1),
        KeyCode::Char(' ') | KeyCode::PageDown => Action::ScrollPages(1),
        KeyCode::Char('b') | KeyCode::PageUp => Action::ScrollPages(-1),
        KeyCode::Char('g') | KeyCode::Home => Action::Top,
        KeyCode::Char('G') | KeyCode::End => Action::Bottom,
        KeyCode::Esc | KeyCode::Char('h') | KeyCode::Left => Action::FocusNext,
        _ => return None,
    })
}
