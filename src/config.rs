//! Settings from `config.toml`: key bindings, theme colours, wrapping, ambiguous width.
//!
//! The defaults live in code and `dokseo --print-config` prints them as a complete, commented
//! file (the same text as `assets/config.example.toml`), so the example can never fall behind.
//! A bad file is reported with its path, line and problem, and the reader starts on defaults.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::action::Action;
pub use crate::action::Scope;
use crate::text::glyph::sanitize_line;
use crate::text::{AmbiguousWidth, WrapMode};

/// Colours, as names (`cyan`, `lightblue`), `#rrggbb`, or 0–255.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Theme {
    /// Borders and titles of the focused pane and popups.
    pub accent: String,
    /// Quoted speech in the reading pane.
    pub speech: String,
    /// Background of the current quote.
    pub current_quote: String,
    /// Background of search matches.
    pub search_match: String,
    /// Background of the current search match.
    pub current_match: String,
    /// Matched characters in the finders.
    pub fuzzy_match: String,
}

impl Default for Theme {
    fn default() -> Self {
        Self {
            accent: "cyan".into(),
            speech: "cyan".into(),
            current_quote: "yellow".into(),
            search_match: "magenta".into(),
            current_match: "lightred".into(),
            fuzzy_match: "yellow".into(),
        }
    }
}

/// Ambiguous width as written in the config: `auto`, `1` or `2`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Ambiguous {
    /// Ask the terminal.
    #[default]
    #[serde(rename = "auto")]
    Auto,
    /// One column.
    #[serde(rename = "1")]
    One,
    /// Two columns.
    #[serde(rename = "2")]
    Two,
}

impl Ambiguous {
    /// The fixed policy, or `None` to ask the terminal.
    #[must_use]
    pub fn policy(self) -> Option<AmbiguousWidth> {
        match self {
            Self::Auto => None,
            Self::One => Some(AmbiguousWidth::Narrow),
            Self::Two => Some(AmbiguousWidth::Wide),
        }
    }
}

/// Whether hard-wrapped paragraphs are joined into flowing text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reflow {
    /// Per document: when its first 64 KiB look hard-wrapped (lines cut near one width,
    /// paragraphs between blank lines).
    #[default]
    Auto,
    /// Every document's paragraphs flow.
    Always,
    /// Every line is shown as in the file.
    Never,
}

/// All settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Where lines break: `words` or `anywhere`.
    pub wrap: WrapMode,
    /// Whether hard-wrapped paragraphs flow: `auto`, `always` or `never`.
    pub reflow: Reflow,
    /// Source line numbers beside the text (`-N`).
    pub line_numbers: bool,
    /// Long lines are cut at the pane's edge and scrolled sideways instead of wrapped (`-S`).
    pub chop: bool,
    /// Width of East Asian Ambiguous characters: `auto`, `1` or `2`.
    pub ambiguous: Ambiguous,
    /// Width of the document list in columns; 0 picks 30% of the screen (24 to 40).
    pub list_width: u16,
    /// Files of 16 MB or more whose bytes are already clean UTF-8 are mapped rather than read
    /// into memory (Linux). `false` reads every file, for files other programs rewrite in place.
    pub map: bool,
    /// Colours.
    pub theme: Theme,
    /// Key bindings per scope: key name to command. A binding replaces the default for that
    /// key in that scope; the other defaults stay.
    pub keys: BTreeMap<Scope, BTreeMap<String, Action>>,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            wrap: WrapMode::Words,
            reflow: Reflow::Auto,
            line_numbers: false,
            chop: false,
            ambiguous: Ambiguous::Auto,
            list_width: 0,
            map: true,
            theme: Theme::default(),
            keys: default_keys(),
        }
    }
}

/// A config file that could not be used, with where and why.
///
/// The fields hold the raw text; its `Display` (what stderr and the status line show) passes the
/// path and message through [`sanitize_line`], because the message quotes names and values from
/// the file as written, and those may hold terminal escapes.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}:{line}: {}", sanitize_line(.path), sanitize_line(.message))]
pub struct ConfigError {
    /// The file.
    pub path: String,
    /// 1-based line of the problem (1 when unknown).
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl Config {
    /// The platform config file: `$XDG_CONFIG_HOME/dokseo/config.toml` on Linux.
    #[must_use]
    pub fn default_path() -> Option<PathBuf> {
        dirs::config_dir().map(|d| d.join("dokseo").join("config.toml"))
    }

    /// Parses config text; `path` only names the file in errors. Bindings in the file replace
    /// the defaults for the same key in the same scope; other defaults stay.
    ///
    /// # Errors
    /// Invalid TOML, unknown settings or commands, or key names that cannot be typed.
    pub fn parse(text: &str, path: &str) -> Result<Self, ConfigError> {
        let mut config: Config = toml::from_str(text).map_err(|e| {
            let line = e.span().map_or(1, |s| line_of(text, s.start));
            ConfigError {
                path: path.into(),
                line,
                message: e.message().trim().to_string(),
            }
        })?;
        let mut keys = default_keys();
        for (scope, bindings) in std::mem::take(&mut config.keys) {
            for (key, command) in bindings {
                if let Err(message) = crate::keys::parse_key(&key) {
                    let line = find_line(text, &key);
                    return Err(ConfigError {
                        path: path.into(),
                        line,
                        message: format!("key {key:?}: {message}"),
                    });
                }
                keys.entry(scope).or_default().insert(key, command);
            }
        }
        config.keys = keys;
        for (name, colour) in config.theme.entries() {
            if colour.parse::<ratatui::style::Color>().is_err() {
                return Err(ConfigError {
                    path: path.into(),
                    line: find_line(text, name),
                    message: format!("theme.{name}: {colour:?} is not a colour (try \"cyan\", \"#ff8800\" or 0-255)"),
                });
            }
        }
        Ok(config)
    }

    /// Loads `path` if it exists. A missing file is the defaults; a bad one is the defaults
    /// plus the error to show.
    #[must_use]
    pub fn load(path: &Path) -> (Self, Option<ConfigError>) {
        match read_bounded(path) {
            Ok(text) => match Self::parse(&text, &path.display().to_string()) {
                Ok(c) => (c, None),
                Err(e) => (Self::default(), Some(e)),
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (Self::default(), None),
            Err(e) => {
                let err = ConfigError {
                    path: path.display().to_string(),
                    line: 1,
                    message: e.to_string(),
                };
                (Self::default(), Some(err))
            }
        }
    }
}

/// A config file is a few kilobytes; more than this is not one (`--config /dev/zero`).
const MAX_CONFIG_BYTES: u64 = 1 << 20;

/// Reads a config file, refusing one over [`MAX_CONFIG_BYTES`] without reading further.
fn read_bounded(path: &Path) -> std::io::Result<String> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(MAX_CONFIG_BYTES + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_CONFIG_BYTES {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            "longer than 1 MiB; not a config file",
        ));
    }
    String::from_utf8(bytes)
        .map_err(|_| std::io::Error::new(std::io::ErrorKind::InvalidData, "not UTF-8 text"))
}

impl Theme {
    /// (setting name, colour) pairs.
    #[must_use]
    pub fn entries(&self) -> [(&'static str, &str); 6] {
        [
            ("accent", &self.accent),
            ("speech", &self.speech),
            ("current_quote", &self.current_quote),
            ("search_match", &self.search_match),
            ("current_match", &self.current_match),
            ("fuzzy_match", &self.fuzzy_match),
        ]
    }
}

fn line_of(text: &str, byte: usize) -> usize {
    text.get(..byte).map_or(1, |s| s.matches('\n').count() + 1)
}

/// The first line mentioning `needle` as a key (`needle =` or `"needle" =`).
fn find_line(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| {
            let l = l.trim_start();
            l.starts_with(&format!("{needle} "))
                || l.starts_with(&format!("{needle}="))
                || l.starts_with(&format!("\"{needle}\""))
                || l.starts_with(&format!("'{needle}'"))
        })
        .map_or(1, |i| i + 1)
}

mod defaults;
pub use defaults::{default_file, default_keys};

#[cfg(test)]
mod tests;
