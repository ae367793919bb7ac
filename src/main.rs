//! The `dokseo` command: parse arguments, pick the corpus, run the reader or a subcommand.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::{CommandFactory, Parser};
use cli::{Ambiguous, Cli, Command, Wrap};
use dokseo::config::{self, Config};
use dokseo::corpus::{self, Document, Input, Loaded};
use dokseo::corrections::Corrections;
use dokseo::quotes;
use dokseo::report::{self, stream, Format};
use dokseo::state::Store;
use dokseo::text::glyph::{is_hidden, sanitize_line};
use dokseo::text::WrapMode;
use dokseo::tui;

mod cli;
mod man;

fn main() -> ExitCode {
    let cli = parse_args();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            // Error chains can quote paths and file contents: escape them like everything else.
            eprintln!("dokseo: {}", sanitize_line(&format!("{e:#}")));
            ExitCode::FAILURE
        }
    }
}

/// The command line, or exit with clap's message. clap quotes a bad argument as given and,
/// on a terminal, writes it raw: a file named `-\e]0;…\a` reached by a glob would retitle the
/// window. When an argument holds a control, bidi or invisible character the message is
/// written plain, each line through the screen's sanitiser.
fn parse_args() -> Cli {
    let err = match Cli::try_parse() {
        Ok(cli) => return cli,
        Err(e) => e,
    };
    let hostile = std::env::args_os()
        .skip(1)
        .any(|a| a.to_string_lossy().chars().any(is_hidden));
    if !hostile || !err.use_stderr() {
        err.exit();
    }
    // Rendered without styles, the message holds no escape of clap's own, and the argument is
    // still in it as given (the plain `Display` would strip its escape sequences, hiding them).
    let err = Cli::command()
        .styles(clap::builder::Styles::plain())
        .try_get_matches()
        .err()
        .unwrap_or(err);
    for line in err.render().ansi().to_string().lines() {
        eprintln!("{}", sanitize_line(line));
    }
    std::process::exit(err.exit_code())
}

/// The documents named by `paths`, or the bundled seeds when there are none.
fn open(paths: &[std::ffi::OsString]) -> Loaded {
    if paths.is_empty() {
        Loaded {
            docs: corpus::seeds(),
            problems: Vec::new(),
        }
    } else {
        corpus::load(&paths.iter().map(Input::parse).collect::<Vec<_>>())
    }
}

/// Writes one `dokseo: NAME: reason` line per problem. The name is a path from the command line
/// or a folder listing, so it goes through the same sanitiser as the screen.
fn report_each(problems: &[corpus::Problem]) {
    for p in problems {
        eprintln!(
            "dokseo: {}: {}",
            sanitize_line(&p.name),
            sanitize_line(&p.message)
        );
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    if cli.print_config {
        write_stdout(config::default_file().as_bytes())?;
        return Ok(ExitCode::SUCCESS);
    }
    if cli.print_man {
        write_stdout(&man::page(Cli::command())?)?;
        return Ok(ExitCode::SUCCESS);
    }
    match cli.command {
        Some(Command::Completions { shell }) => {
            // clap_complete panics when its writer fails, so the script is made in memory and
            // written here, where a closed pipe ends it quietly.
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "dokseo", &mut script);
            write_stdout(&script)?;
            return Ok(ExitCode::SUCCESS);
        }
        Some(Command::Quotes {
            markdown: true,
            speaker,
            paths,
            corrections: fixes,
            ..
        }) => {
            let (entries, problems) = entries_of(&paths);
            report_each(&problems);
            let mut by_speaker: Vec<report::markdown::SpeakerQuotes> = Vec::new();
            let mut index: std::collections::HashMap<String, usize> = Default::default();
            let scanned = stream::scan_corrected(
                &entries,
                corrections(fixes.no_corrections),
                |row, s, meta| {
                    let Some(s) = s.filter(|s| {
                        speaker
                            .as_deref()
                            .is_none_or(|want| report::speaker_is(s, want))
                    }) else {
                        return Ok(());
                    };
                    let cited = report::markdown::Cited {
                        doc: row.doc.to_string(),
                        title: meta.title.clone(),
                        date: meta.date.clone(),
                        line: row.line,
                        text: row.text.to_string(),
                    };
                    let i = *index.entry(s.name.clone()).or_insert_with(|| {
                        by_speaker.push(report::markdown::SpeakerQuotes {
                            name: s.name.clone(),
                            role: None,
                            quotes: Vec::new(),
                        });
                        by_speaker.len() - 1
                    });
                    by_speaker[i].quotes.push(cited);
                    Ok(())
                },
                |p| report_each(&[p]),
            )?;
            report_stale(&scanned);
            // A speaker's role may only be known from a later document.
            for q in &mut by_speaker {
                if let Some(s) = scanned.catalog.speakers().iter().find(|s| s.name == q.name) {
                    q.role.clone_from(&s.role);
                }
            }
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            ignore_broken_pipe(report::markdown::write(&mut out, &by_speaker))?;
            ignore_broken_pipe(out.flush())?;
            return Ok(exit_for(Some(&scanned), &problems));
        }
        Some(Command::Quotes {
            format,
            csv,
            speaker,
            paths,
            corrections: fixes,
            ..
        }) => {
            let format = if csv {
                Format::Csv
            } else if format.json {
                Format::Json
            } else {
                Format::Text
            };
            let (entries, problems) = entries_of(&paths);
            report_each(&problems);
            let out = std::io::BufWriter::new(std::io::stdout().lock());
            let mut writer = report::QuoteWriter::new(out, format)?;
            let wanted = |s: Option<&quotes::Speaker>| {
                speaker
                    .as_deref()
                    .is_none_or(|want| s.is_some_and(|s| report::speaker_is(s, want)))
            };
            let scanned = ignore_broken_pipe(stream::scan_corrected(
                &entries,
                corrections(fixes.no_corrections),
                |row, s, _| if wanted(s) { writer.row(row) } else { Ok(()) },
                |p| report_each(&[p]),
            ))?;
            ignore_broken_pipe(writer.finish())?;
            if let Some(scanned) = &scanned {
                report_stale(scanned);
            }
            return Ok(exit_for(scanned.as_ref(), &problems));
        }
        Some(Command::Speakers {
            format,
            paths,
            corrections: fixes,
        }) => {
            let (entries, problems) = entries_of(&paths);
            report_each(&problems);
            let scanned = stream::scan_corrected(
                &entries,
                corrections(fixes.no_corrections),
                |_, _, _| Ok(()),
                |p| report_each(&[p]),
            )?;
            report_stale(&scanned);
            let rows = report::speaker_rows(&scanned.names, &scanned.catalog);
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
            return Ok(exit_for(Some(&scanned), &problems));
        }
        None => {}
    }
    if !std::io::stdout().is_terminal() {
        // Like less, act as a plain printer when the output is a pipe or a file.
        let Loaded { docs, problems } = open(&cli.paths);
        if docs.is_empty() {
            return Ok(nothing_to_read(&problems));
        }
        // `--open DOC[:LINE]` prints that document from that line, as `less +N file | cat`
        // prints the file: the reader would have started there.
        let (docs, from) = match cli.open.as_deref().map(cli::split_open) {
            None => (&docs[..], 1),
            Some((name, line)) => match corpus::find_named(docs.iter().map(|d| &*d.name), &name) {
                Some(i) => (&docs[i..=i], line.unwrap_or(1)),
                None => {
                    report_each(&problems);
                    eprintln!(
                        "dokseo: --open {}: no such document among those given",
                        sanitize_line(&name)
                    );
                    return Ok(ExitCode::FAILURE);
                }
            },
        };
        ignore_broken_pipe(print_plain(docs, from))?;
        report_each(&problems);
        return Ok(ExitCode::SUCCESS);
    }
    // The reader lists everything at once and reads in the background.
    let (entries, problems) = entries_of(&cli.paths);
    if entries.is_empty() {
        return Ok(nothing_to_read(&problems));
    }
    let (mut config, config_error) = match &cli.config {
        Some(path) => Config::load(path),
        None => Config::default_path().map_or((Config::default(), None), |p| Config::load(&p)),
    };
    if let Some(a) = cli.ambiguous {
        config.ambiguous = match a {
            Ambiguous::Auto => config::Ambiguous::Auto,
            Ambiguous::One => config::Ambiguous::One,
            Ambiguous::Two => config::Ambiguous::Two,
        };
    }
    config.line_numbers |= cli.line_numbers;
    config.chop |= cli.chop_long_lines;
    if let Some(w) = cli.wrap {
        config.wrap = match w {
            Wrap::Words => WrapMode::Words,
            Wrap::Anywhere => WrapMode::Anywhere,
        };
    }
    let notice = config_error.map(|e| {
        eprintln!("dokseo: {e}; using the default settings");
        format!("{e}; using the default settings")
    });
    let options = tui::Options {
        config,
        colors: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        store: Store::default_location(),
        open: cli.open.as_deref().map(cli::split_open),
        notice,
    };
    match tui::run(entries, problems, options) {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(tui::Error::NothingToRead(nothing)) => Ok(nothing_to_read(&nothing.problems)),
        Err(e) => Err(e.into()),
    }
}

/// Says why nothing opened.
fn nothing_to_read(problems: &[corpus::Problem]) -> ExitCode {
    report_each(problems);
    eprintln!("dokseo: nothing to read");
    ExitCode::FAILURE
}

/// Writes `bytes` to standard output; a closed pipe (`dokseo completions bash | true`) ends
/// the output quietly, as for every other printer here (`print!` would panic on it).
fn write_stdout(bytes: &[u8]) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    ignore_broken_pipe(out.write_all(bytes).and_then(|()| out.flush())).map(drop)
}

/// A closed pipe (`dokseo quotes | head`) is the reader's choice, not an error.
fn ignore_broken_pipe<T>(result: std::io::Result<T>) -> std::io::Result<Option<T>> {
    match result {
        Ok(t) => Ok(Some(t)),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(None),
        Err(e) => Err(e),
    }
}

/// The inputs named by `paths` (folders listed, nothing read yet), or the bundled seeds.
/// The corrections the reports apply: none with `--no-corrections`; a state file that cannot
/// be read is said, and the reports go on without.
fn corrections(off: bool) -> Corrections {
    let Some(store) = Store::default_location().filter(|_| !off) else {
        return Corrections::default();
    };
    match store.peek() {
        Ok(state) => Corrections::new(&state.corrections, &state.merges),
        Err(e) => {
            eprintln!("dokseo: {}; corrections not applied", sanitize_line(&e));
            Corrections::default()
        }
    }
}

/// One `dokseo: …` line on standard error per correction that no longer applies.
fn report_stale(scanned: &stream::Scanned) {
    for line in scanned.stale_lines() {
        eprintln!("dokseo: {line}");
    }
}

fn entries_of(paths: &[std::ffi::OsString]) -> (Vec<corpus::Entry>, Vec<corpus::Problem>) {
    if paths.is_empty() {
        (corpus::seed_entries(), Vec::new())
    } else {
        corpus::list(&paths.iter().map(Input::parse).collect::<Vec<_>>())
    }
}

/// Exit status of a report: failure only when nothing at all could be read (a report cut
/// short by a closed pipe, `None`, read what it needed).
fn exit_for(scanned: Option<&stream::Scanned>, listing: &[corpus::Problem]) -> ExitCode {
    match scanned {
        Some(s) if s.read == 0 && (!listing.is_empty() || !s.names.is_empty()) => ExitCode::FAILURE,
        _ => ExitCode::SUCCESS,
    }
}

/// Writes the documents with control characters made visible, each from 1-based line `from`
/// (past the end: nothing).
fn print_plain(docs: &[Document], from: usize) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    for doc in docs {
        let start = doc.line_start(from);
        for line in doc.text.get(start..).unwrap_or_default().lines() {
            writeln!(out, "{}", sanitize_line(line))?;
        }
    }
    Ok(())
}
