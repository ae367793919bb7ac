//! Key names as the config file writes them (`j`, `G`, `ctrl-d`, `space`, `pagedown`), parsed
//! into a terminal-independent [`Key`] the TUI compares its events against.

use std::fmt;

/// A key without modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KeyCode {
    /// A printable character (case matters: `G` is shift-g).
    Char(char),
    /// Return.
    Enter,
    /// Escape.
    Esc,
    /// Tab.
    Tab,
    /// Shift-Tab.
    BackTab,
    /// Backspace.
    Backspace,
    /// Arrow up.
    Up,
    /// Arrow down.
    Down,
    /// Arrow left.
    Left,
    /// Arrow right.
    Right,
    /// Page up.
    PageUp,
    /// Page down.
    PageDown,
    /// Home.
    Home,
    /// End.
    End,
    /// Delete.
    Delete,
    /// A function key.
    F(u8),
}

/// A key with its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key {
    /// The key.
    pub code: KeyCode,
    /// Control held.
    pub ctrl: bool,
    /// Alt (Meta) held.
    pub alt: bool,
}

impl Key {
    /// A key with no modifiers.
    #[must_use]
    pub fn plain(code: KeyCode) -> Self {
        Self {
            code,
            ctrl: false,
            alt: false,
        }
    }
}

/// A key name that names no key; its message suggests names that do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown key name {name:?} (try a character, ctrl-x, space, enter, esc, tab, pagedown, f5)"
)]
pub struct KeyError {
    /// The name after any `ctrl-`/`alt-` prefixes.
    pub name: String,
}

/// Parses `ctrl-d`, `alt-x`, `G`, `space`, `enter`, `f5`, ...
///
/// # Errors
/// [`KeyError`] when the name (after its modifiers) is not a key.
pub fn parse_key(name: &str) -> Result<Key, KeyError> {
    let mut ctrl = false;
    let mut alt = false;
    let mut rest = name;
    loop {
        let lower = rest.to_ascii_lowercase();
        if rest.chars().count() > 2 && lower.starts_with("ctrl-") {
            ctrl = true;
            rest = &rest[5..];
        } else if rest.chars().count() > 2 && lower.starts_with("alt-") {
            alt = true;
            rest = &rest[4..];
        } else {
            break;
        }
    }
    let mut chars = rest.chars();
    let code = match (chars.next(), chars.next()) {
        (Some(c), None) if !c.is_control() => KeyCode::Char(c),
        _ => match rest.to_ascii_lowercase().as_str() {
            "space" => KeyCode::Char(' '),
            "enter" | "return" => KeyCode::Enter,
            "esc" | "escape" => KeyCode::Esc,
            "tab" => KeyCode::Tab,
            "backtab" | "shift-tab" => KeyCode::BackTab,
            "backspace" => KeyCode::Backspace,
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            "pageup" => KeyCode::PageUp,
            "pagedown" => KeyCode::PageDown,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            "delete" | "del" => KeyCode::Delete,
            other => match other.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
                Some(n) if (1..=24).contains(&n) => KeyCode::F(n),
                _ => {
                    return Err(KeyError {
                        name: rest.to_string(),
                    })
                }
            },
        },
    };
    // Control chords arrive as lower-case letters.
    let code = match code {
        KeyCode::Char(c) if ctrl => KeyCode::Char(c.to_ascii_lowercase()),
        other => other,
    };
    Ok(Key { code, ctrl, alt })
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ctrl {
            f.write_str("ctrl-")?;
        }
        if self.alt {
            f.write_str("alt-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::F(n) => write!(f, "f{n}"),
            other => write!(f, "{}", format!("{other:?}").to_lowercase()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_name_is_quoted_without_its_modifiers() {
        assert_eq!(
            parse_key("ctrl-hyper").unwrap_err().to_string(),
            "unknown key name \"hyper\" (try a character, ctrl-x, space, enter, esc, tab, pagedown, f5)"
        );
    }

    #[test]
    fn names_parse() {
        assert_eq!(parse_key("j"), Ok(Key::plain(KeyCode::Char('j'))));
        assert_eq!(parse_key("G"), Ok(Key::plain(KeyCode::Char('G'))));
        assert_eq!(
            parse_key("ctrl-D"),
            Ok(Key {
                code: KeyCode::Char('d'),
                ctrl: true,
                alt: false
            })
        );
        assert_eq!(parse_key("space"), Ok(Key::plain(KeyCode::Char(' '))));
        assert_eq!(parse_key("PageDown"), Ok(Key::plain(KeyCode::PageDown)));
        assert_eq!(parse_key("f12"), Ok(Key::plain(KeyCode::F(12))));
        assert_eq!(parse_key("ㄱ"), Ok(Key::plain(KeyCode::Char('ㄱ'))));
        assert_eq!(parse_key("-"), Ok(Key::plain(KeyCode::Char('-'))));
        assert!(parse_key("ctrl-").is_err());
        assert!(parse_key("hyper-x").is_err());
        assert!(parse_key("").is_err());
        assert!(parse_key("f99").is_err());
    }

    #[test]
    fn display_round_trips() {
        for name in ["j", "G", "ctrl-d", "space", "pagedown", "f5", "alt-x", "?"] {
            assert_eq!(parse_key(name).unwrap().to_string(), name);
        }
    }
}
