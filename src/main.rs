//! The `dokseo` command: parse arguments, pick the corpus, run the reader or a subcommand.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use dokseo::catalog::Catalog;
use dokseo::corpus::{self, Document, Input, Loaded};
use dokseo::report::{self, Format};
use dokseo::text::glyph::sanitize_line;
use dokseo::text::{AmbiguousWidth, WrapMode};
use dokseo::tui::{self, Settings};

/// A terminal reader for Korean (and any other) text documents.
///
/// With no PATH it opens the bundled seed documents.
#[derive(Debug, Parser)]
#[command(version, about, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Files or folders to read (folders: .txt and .md, recursively); `-` reads standard input.
    paths: Vec<String>,
    /// Width of East Asian Ambiguous characters (“ ” ‘ ’ · … ※ ①): ask the terminal, or force it.
    #[arg(long, value_enum, default_value_t = Ambiguous::Auto)]
    ambiguous: Ambiguous,
    /// Where long lines break: between words, or also between any two Korean syllables.
    #[arg(long, value_enum, default_value_t = Wrap::Words)]
    wrap: Wrap,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print every quotation with its speaker (no PATH: the bundled seeds).
    Quotes {
        #[command(flatten)]
        format: FormatArgs,
        /// CSV with a header row.
        #[arg(long, conflicts_with = "json")]
        csv: bool,
        /// Only quotes by this speaker (full name, any form, or part of the name).
        #[arg(long, value_name = "NAME")]
        speaker: Option<String>,
        /// Files or folders; `-` reads standard input.
        paths: Vec<String>,
    },
    /// Print every speaker: name, role, number of quotes, documents.
    Speakers {
        #[command(flatten)]
        format: FormatArgs,
        /// Files or folders; `-` reads standard input.
        paths: Vec<String>,
    },
}

#[derive(Debug, Args)]
struct FormatArgs {
    /// One JSON array.
    #[arg(long)]
    json: bool,
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

/// The documents named by `paths`, or the bundled seeds when there are none.
fn open(paths: &[String]) -> Loaded {
    if paths.is_empty() {
        Loaded {
            docs: corpus::seeds(),
            problems: Vec::new(),
        }
    } else {
        corpus::load(&paths.iter().map(|p| Input::parse(p)).collect::<Vec<_>>())
    }
}

fn report_problems(loaded: &Loaded) {
    for p in &loaded.problems {
        eprintln!("dokseo: {}: {}", p.name, p.message);
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Some(Command::Quotes {
            format,
            csv,
            speaker,
            paths,
        }) => {
            let loaded = open(&paths);
            report_problems(&loaded);
            let catalog = Catalog::build(&loaded.docs);
            let rows = report::quote_rows(&loaded.docs, &catalog, speaker.as_deref());
            let format = if csv {
                Format::Csv
            } else if format.json {
                Format::Json
            } else {
                Format::Text
            };
            ignore_broken_pipe(report::write_quotes(
                &mut std::io::stdout().lock(),
                &rows,
                format,
            ))?;
            return Ok(exit_for(&loaded));
        }
        Some(Command::Speakers { format, paths }) => {
            let loaded = open(&paths);
            report_problems(&loaded);
            let catalog = Catalog::build(&loaded.docs);
            let rows = report::speaker_rows(&loaded.docs, &catalog);
            let format = if format.json {
                Format::Json
            } else {
                Format::Text
            };
            ignore_broken_pipe(report::write_speakers(
                &mut std::io::stdout().lock(),
                &rows,
                format,
            ))?;
            return Ok(exit_for(&loaded));
        }
        None => {}
    }
    let Loaded { docs, problems } = open(&cli.paths);
    if docs.is_empty() {
        for p in &problems {
            eprintln!("dokseo: {}: {}", p.name, p.message);
        }
        eprintln!("dokseo: nothing to read");
        return Ok(ExitCode::FAILURE);
    }
    if !std::io::stdout().is_terminal() {
        // Like less, act as a plain printer when the output is a pipe or a file.
        ignore_broken_pipe(print_plain(&docs))?;
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

/// A closed pipe (`dokseo quotes | head`) is the reader's choice, not an error.
fn ignore_broken_pipe(result: std::io::Result<()>) -> std::io::Result<()> {
    match result {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// Exit status of a report: failure only when nothing at all could be read.
fn exit_for(loaded: &Loaded) -> ExitCode {
    if loaded.docs.is_empty() && !loaded.problems.is_empty() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
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
