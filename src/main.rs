//! The `dokseo` command: parse arguments, pick the corpus, run the reader or a subcommand.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::{Parser, ValueEnum};
use dokseo::corpus::{self, Document, Input, Loaded};
use dokseo::text::glyph::sanitize_line;
use dokseo::text::{AmbiguousWidth, WrapMode};
use dokseo::tui::{self, Settings};

/// A terminal reader for Korean (and any other) text documents.
///
/// With no PATH it opens the bundled seed documents.
#[derive(Debug, Parser)]
#[command(version, about)]
struct Cli {
    /// Files or folders to read (folders: .txt and .md, recursively); `-` reads standard input.
    paths: Vec<String>,
    /// Width of East Asian Ambiguous characters (“ ” ‘ ’ · … ※ ①): ask the terminal, or force it.
    #[arg(long, value_enum, default_value_t = Ambiguous::Auto)]
    ambiguous: Ambiguous,
    /// Where long lines break: between words, or also between any two Korean syllables.
    #[arg(long, value_enum, default_value_t = Wrap::Words)]
    wrap: Wrap,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Ambiguous {
    /// Ask the terminal at start (falls back to 1).
    Auto,
    /// One column.
    #[value(name = "1")]
    One,
    /// Two columns.
    #[value(name = "2")]
    Two,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Wrap {
    /// Break at spaces only (a Korean eojeol is never split).
    Words,
    /// Also break between any two Korean syllables.
    Anywhere,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("dokseo: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let Loaded { docs, problems } = if cli.paths.is_empty() {
        Loaded {
            docs: corpus::seeds(),
            problems: Vec::new(),
        }
    } else {
        corpus::load(
            &cli.paths
                .iter()
                .map(|p| Input::parse(p))
                .collect::<Vec<_>>(),
        )
    };
    if docs.is_empty() {
        for p in &problems {
            eprintln!("dokseo: {}: {}", p.name, p.message);
        }
        eprintln!("dokseo: nothing to read");
        return Ok(ExitCode::FAILURE);
    }
    if !std::io::stdout().is_terminal() {
        // Like less, act as a plain printer when the output is a pipe or a file.
        if let Err(e) = print_plain(&docs) {
            // A closed pipe (`dokseo | head`) is the reader's choice, not an error.
            if e.kind() != std::io::ErrorKind::BrokenPipe {
                return Err(e.into());
            }
        }
        for p in &problems {
            eprintln!("dokseo: {}: {}", p.name, p.message);
        }
        return Ok(ExitCode::SUCCESS);
    }
    let settings = Settings {
        ambiguous: match cli.ambiguous {
            Ambiguous::Auto => None,
            Ambiguous::One => Some(AmbiguousWidth::Narrow),
            Ambiguous::Two => Some(AmbiguousWidth::Wide),
        },
        wrap: match cli.wrap {
            Wrap::Words => WrapMode::Words,
            Wrap::Anywhere => WrapMode::Anywhere,
        },
    };
    tui::run(docs, problems, settings)?;
    Ok(ExitCode::SUCCESS)
}

/// Writes the documents with control characters made visible.
fn print_plain(docs: &[Document]) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    for doc in docs {
        for line in doc.text.lines() {
            writeln!(out, "{}", sanitize_line(line))?;
        }
    }
    Ok(())
}
