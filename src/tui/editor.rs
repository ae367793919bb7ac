//! Running `$VISUAL` or `$EDITOR` on a document at a line.
//!
//! The variable is a shell command line, as git and less read it: `EDITOR="code --wait"` is a
//! program and an argument, and a quoted path with spaces is one word. It is split with
//! shell-words rather than by whitespace so those work; a value that does not parse (an
//! unclosed quote) is an error the status line shows, not a panic or a guess.

use std::ffi::OsString;
use std::path::Path;
use std::process::ExitStatus;

use crate::corpus::{Entry, Source};

/// The editor when neither variable is set, as git and less fall back.
const DEFAULT_EDITOR: &str = "vi";

/// Why the editor did not run, or did not finish well.
#[derive(Debug, thiserror::Error)]
pub enum EditorError {
    /// `$VISUAL`/`$EDITOR` is not a command line (an unclosed quote).
    #[error("cannot parse the editor command {editor:?}: {source}")]
    Parse {
        /// The variable's value.
        editor: String,
        /// What shell-words found wrong.
        source: shell_words::ParseError,
    },
    /// The program could not be started.
    #[error(transparent)]
    Spawn(#[from] std::io::Error),
    /// The program ran and failed.
    #[error("{editor} exited with {status}")]
    Exited {
        /// The variable's value.
        editor: String,
        /// How it ended.
        status: ExitStatus,
    },
}

/// The file at `path`, to be read again (after the editor wrote it, or on `R`), once it is
/// known to open. Its bytes are read in the background, as at start: whether they are still
/// text is told as a document that cannot be read is.
///
/// # Errors
/// When the file cannot be opened, or is no longer a regular file.
pub fn reopen(path: &Path) -> std::io::Result<Entry> {
    let meta = std::fs::File::open(path)?.metadata()?;
    if !meta.is_file() {
        return Err(std::io::Error::other("not a regular file"));
    }
    Ok(Entry {
        name: path.display().to_string(),
        source: Source::File(path.to_path_buf()),
        size: Some(meta.len()),
    })
}

/// The command line to run: `editor`'s words, then `+LINE` and the path (the convention vi,
/// nano, emacs and less all understand).
///
/// # Errors
/// [`EditorError::Parse`] when `editor` is not a shell command line.
pub fn command_line(editor: &str, path: &Path, line: usize) -> Result<Vec<OsString>, EditorError> {
    let words = shell_words::split(editor).map_err(|source| EditorError::Parse {
        editor: editor.to_string(),
        source,
    })?;
    let mut argv: Vec<OsString> = if words.is_empty() {
        vec![DEFAULT_EDITOR.into()]
    } else {
        words.into_iter().map(OsString::from).collect()
    };
    argv.push(format!("+{line}").into());
    argv.push(path.into());
    Ok(argv)
}

/// The editor the environment asks for: `$VISUAL`, then `$EDITOR`, then `vi`.
fn chosen() -> String {
    // An empty variable means unset, as shells and git treat it.
    let set = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
    set("VISUAL")
        .or_else(|| set("EDITOR"))
        .unwrap_or_else(|| DEFAULT_EDITOR.into())
}

/// Runs the chosen editor on `path` at `line`, waiting for it.
///
/// # Errors
/// The variable does not parse, the program cannot start, or it exits with a failure.
pub fn run(path: &Path, line: usize) -> Result<(), EditorError> {
    let editor = chosen();
    let mut argv = command_line(&editor, path, line)?.into_iter();
    let program = argv.next().unwrap_or_else(|| DEFAULT_EDITOR.into());
    let status = std::process::Command::new(program).args(argv).status()?;
    if status.success() {
        Ok(())
    } else {
        Err(EditorError::Exited { editor, status })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn argv(editor: &str, path: &str, line: usize) -> Vec<String> {
        command_line(editor, Path::new(path), line)
            .unwrap()
            .into_iter()
            .map(|w| w.into_string().unwrap())
            .collect()
    }

    #[test]
    fn a_plain_editor_gets_the_line_then_the_path() {
        assert_eq!(argv("vi", "a.txt", 12), ["vi", "+12", "a.txt"]);
    }

    #[test]
    fn arguments_in_the_variable_come_first() {
        assert_eq!(
            argv("code --wait", "a.txt", 3),
            ["code", "--wait", "+3", "a.txt"]
        );
    }

    #[test]
    fn quotes_keep_a_program_path_with_spaces_whole() {
        assert_eq!(
            argv("'/opt/My Editor/ed' -n", "b c.txt", 1),
            ["/opt/My Editor/ed", "-n", "+1", "b c.txt"]
        );
        assert_eq!(
            argv(r#""/opt/My Editor/ed""#, "x", 2),
            ["/opt/My Editor/ed", "+2", "x"]
        );
    }

    #[test]
    fn nothing_but_blanks_is_vi() {
        assert_eq!(argv("  ", "x", 5), ["vi", "+5", "x"]);
    }

    #[test]
    fn an_unclosed_quote_is_an_error_that_names_the_value() {
        let err = command_line("'vi", Path::new("x"), 1).unwrap_err();
        assert!(matches!(err, EditorError::Parse { .. }));
        assert!(err.to_string().contains("\"'vi\""), "{err}");
    }
}
