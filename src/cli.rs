//! The command line: flags, subcommands and their help text.

use clap::{Args, Parser, Subcommand, ValueEnum};

/// A terminal reader for Korean (and any other) text documents, with a quote finder that knows
/// who said what.
///
/// With no PATH it opens the bundled seed documents. Settings: ~/.config/dokseo/config.toml
/// (see --print-config). Reading positions and bookmarks: ~/.local/state/dokseo/state.json.
#[derive(Debug, Parser)]
#[command(version, about, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Files or folders to read (folders: .txt and .md, recursively); `-` reads standard input.
    /// Names need not be UTF-8.
    pub paths: Vec<std::ffi::OsString>,
    /// Width of East Asian Ambiguous characters (“ ” ‘ ’ · … ※ ①): ask the terminal, or force
    /// it. Overrides the config file.
    #[arg(long, value_enum)]
    pub ambiguous: Option<Ambiguous>,
    /// Where long lines break. Overrides the config file.
    #[arg(long, value_enum)]
    pub wrap: Option<Wrap>,
    /// Show source line numbers beside the text, as less -N does (`#` switches them).
    #[arg(short = 'N', long)]
    pub line_numbers: bool,
    /// Chop long lines at the pane's edge instead of wrapping them, as less -S does (`<` and `>`
    /// scroll sideways, `S` switches).
    #[arg(short = 'S', long)]
    pub chop_long_lines: bool,
    /// Start in this document (its path as given, or its file name), at LINE if given.
    #[arg(long, value_name = "DOC[:LINE]")]
    pub open: Option<String>,
    /// Read settings from this file instead of the default one.
    #[arg(long, value_name = "FILE")]
    pub config: Option<std::path::PathBuf>,
    /// Print the full default config file and exit.
    #[arg(long)]
    pub print_config: bool,
    /// Print the manual page (roff) and exit; `assets/dokseo.1` is its output.
    #[arg(long, hide = true)]
    pub print_man: bool,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print every quotation with its speaker (no PATH: the bundled seeds).
    Quotes {
        #[command(flatten)]
        format: FormatArgs,
        /// CSV with a header row.
        #[arg(long, conflicts_with = "json")]
        csv: bool,
        /// Markdown: each speaker's quotes by document, with title, date and line (quotes
        /// without a speaker are left out).
        #[arg(long, conflicts_with_all = ["json", "csv"])]
        markdown: bool,
        /// Only quotes by this speaker (full name, any form, or part of the name).
        #[arg(long, value_name = "NAME")]
        speaker: Option<String>,
        #[command(flatten)]
        corrections: CorrectionArgs,
        /// Files or folders; `-` reads standard input.
        paths: Vec<std::ffi::OsString>,
    },
    /// Print every speaker: name, role, number of quotes, documents.
    Speakers {
        #[command(flatten)]
        format: FormatArgs,
        #[command(flatten)]
        corrections: CorrectionArgs,
        /// Files or folders; `-` reads standard input.
        paths: Vec<std::ffi::OsString>,
    },
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
}

/// `--no-corrections`.
#[derive(Debug, Args)]
pub struct CorrectionArgs {
    /// Ignore the corrections made in the reader (reassigned quotes, quotes marked as not
    /// speech, merged speakers), which otherwise apply by each document's content.
    #[arg(long)]
    pub no_corrections: bool,
}

/// `--json`.
#[derive(Debug, Args)]
pub struct FormatArgs {
    /// One JSON array.
    #[arg(long)]
    pub json: bool,
}

/// `--ambiguous` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Ambiguous {
    /// Ask the terminal at start (falls back to 1).
    Auto,
    /// One column.
    #[value(name = "1")]
    One,
    /// Two columns.
    #[value(name = "2")]
    Two,
}

/// `--wrap` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Wrap {
    /// Break at spaces only (a Korean eojeol is never split).
    Words,
    /// Also break between any two Korean syllables.
    Anywhere,
}

/// Splits `DOC[:LINE]` (a trailing `:digits` is the line; other colons belong to the name).
#[must_use]
pub fn split_open(spec: &str) -> (String, Option<usize>) {
    if let Some((doc, line)) = spec.rsplit_once(':') {
        if let Ok(n) = line.parse::<usize>() {
            return (doc.to_string(), Some(n));
        }
    }
    (spec.to_string(), None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_spec() {
        assert_eq!(split_open("a.txt:12"), ("a.txt".into(), Some(12)));
        assert_eq!(split_open("a.txt"), ("a.txt".into(), None));
        assert_eq!(split_open("C:/x.txt"), ("C:/x.txt".into(), None));
        assert_eq!(split_open("dir:x/a.txt:3"), ("dir:x/a.txt".into(), Some(3)));
    }

    #[test]
    fn cli_is_well_formed() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
