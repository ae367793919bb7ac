//! Where documents come from: the bundled seeds, files, folders and standard input.

use std::collections::HashSet;
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::decode::decode;
use super::document::Document;
use super::stream::{for_each_piece, StreamError};

/// The bundled seed documents, compiled into the binary so `dokseo` works from any directory.
const SEEDS: [(&str, &str); 4] = [
    (
        "000_7813f3b5ebc8f1dd.txt",
        include_str!("../../seeds/000_7813f3b5ebc8f1dd.txt"),
    ),
    (
        "001_f9e93284838de776.txt",
        include_str!("../../seeds/001_f9e93284838de776.txt"),
    ),
    (
        "002_ec06cd831dd8f1d1.txt",
        include_str!("../../seeds/002_ec06cd831dd8f1d1.txt"),
    ),
    (
        "003_9cf5a90d65de0e4c.txt",
        include_str!("../../seeds/003_9cf5a90d65de0e4c.txt"),
    ),
];

/// File endings opened when a folder is given.
const TEXT_EXTENSIONS: [&str; 2] = ["txt", "md"];

/// What the user asked to open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file or a folder.
    Path(PathBuf),
    /// Standard input (`-`).
    Stdin,
}

impl Input {
    /// `-` means standard input; anything else is a path, in whatever bytes it was given.
    #[must_use]
    pub fn parse(arg: impl AsRef<std::ffi::OsStr>) -> Self {
        let arg = arg.as_ref();
        if arg == "-" {
            Self::Stdin
        } else {
            Self::Path(PathBuf::from(arg))
        }
    }
}

/// A file that could not be opened, and why, in words for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The path as the user would recognise it.
    pub name: String,
    /// One sentence.
    pub message: String,
}

/// The documents that opened and the files that did not.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    /// Documents in the order asked for (folders in file-name order).
    pub docs: Vec<Document>,
    /// Files that could not be opened.
    pub problems: Vec<Problem>,
}

/// Where a document's bytes come from.
#[derive(Debug, Clone)]
pub enum Source {
    /// Bytes already in memory (the bundled seeds, standard input).
    Bytes(Arc<[u8]>),
    /// A file, read when its turn comes.
    File(PathBuf),
    /// Standard input, read once as it streams (the first screen shows before it ends).
    Stdin,
}

/// A document to load: its name for the user, its bytes, and its size when known.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The path as given, `-`, or the seed's file name.
    pub name: String,
    /// Where the bytes are.
    pub source: Source,
    /// Size in bytes, from the file system.
    pub size: Option<u64>,
}

impl Source {
    /// Opens the bytes for reading from the start.
    ///
    /// # Errors
    /// When the file cannot be opened.
    pub fn open(&self) -> std::io::Result<Box<dyn Read + Send>> {
        Ok(match self {
            Self::Bytes(b) => Box::new(std::io::Cursor::new(Arc::clone(b))),
            Self::File(p) => Box::new(File::open(p)?),
            Self::Stdin => Box::new(std::io::stdin()),
        })
    }
}

/// The bundled seed documents, as entries for the [`crate::loader::Loader`].
#[must_use]
pub fn seed_entries() -> Vec<Entry> {
    SEEDS
        .iter()
        .map(|(name, text)| Entry {
            name: (*name).to_string(),
            source: Source::Bytes(Arc::from(text.as_bytes())),
            size: Some(text.len() as u64),
        })
        .collect()
}

/// Names every input without reading it: folders are walked and files looked at, so a folder
/// of thousands of documents lists at once; standard input streams when its turn comes. What
/// cannot be listed becomes a [`Problem`].
#[must_use]
pub fn list(inputs: &[Input]) -> (Vec<Entry>, Vec<Problem>) {
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    let file = |path: &Path, entries: &mut Vec<Entry>, problems: &mut Vec<Problem>| {
        let name = path.display().to_string();
        match std::fs::metadata(path) {
            Ok(m) => entries.push(Entry {
                name,
                source: Source::File(path.to_path_buf()),
                size: Some(m.len()),
            }),
            Err(e) => problems.push(problem(&name, &io_message(&e))),
        }
    };
    for input in inputs {
        match input {
            Input::Stdin => entries.push(Entry {
                name: "-".into(),
                source: Source::Stdin,
                size: None,
            }),
            Input::Path(path) if path.is_dir() => {
                let mut files = Vec::new();
                let mut seen = HashSet::new();
                walk(path, &mut files, &mut seen, &mut problems);
                files.sort();
                if files.is_empty() {
                    problems.push(problem(
                        &path.display().to_string(),
                        "no .txt or .md files in this folder",
                    ));
                }
                for f in files {
                    file(&f, &mut entries, &mut problems);
                }
            }
            Input::Path(path) => file(path, &mut entries, &mut problems),
        }
    }
    (entries, problems)
}

/// The bundled seed documents.
#[must_use]
pub fn seeds() -> Vec<Document> {
    SEEDS
        .iter()
        .filter_map(|(name, text)| {
            let d = decode(text.as_bytes()).ok()?;
            Some(Document::new(*name, d.text, d.encoding, d.lossy))
        })
        .collect()
}

/// Opens every input; a bad file becomes a [`Problem`] and the rest still open.
#[must_use]
pub fn load(inputs: &[Input]) -> Loaded {
    let mut out = Loaded::default();
    for input in inputs {
        match input {
            Input::Stdin => read_source("-", &Source::Stdin, &mut out),
            Input::Path(path) if path.is_dir() => {
                let mut files = Vec::new();
                let mut seen = HashSet::new();
                walk(path, &mut files, &mut seen, &mut out.problems);
                files.sort();
                if files.is_empty() {
                    out.problems.push(problem(
                        &path.display().to_string(),
                        "no .txt or .md files in this folder",
                    ));
                }
                for f in files {
                    read_file(&f, &mut out);
                }
            }
            Input::Path(path) => read_file(path, &mut out),
        }
    }
    out
}

fn problem(name: &str, message: &str) -> Problem {
    Problem {
        name: name.to_string(),
        message: message.to_string(),
    }
}

/// Reads `source` the way the reader does ([`for_each_piece`]): the same verdict on binary
/// bytes (from the first block, so a huge binary is refused at once), the same text, and the
/// same limit on endless input.
fn read_source(name: &str, source: &Source, out: &mut Loaded) {
    let input = match source.open() {
        Ok(i) => i,
        Err(e) => return out.problems.push(problem(name, &io_message(&e))),
    };
    let mut text = String::new();
    match for_each_piece(input, |piece| {
        text.push_str(&piece);
        true
    }) {
        Ok(s) => out.docs.push(Document::read(name, text, s)),
        Err(e) => out.problems.push(problem(name, &stream_problem(&e))),
    }
}

fn read_file(path: &Path, out: &mut Loaded) {
    let name = path.display().to_string();
    read_source(&name, &Source::File(path.to_path_buf()), out);
}

/// What went wrong reading an input, in one sentence for the user (the reader's loader, the
/// reports and [`load`] all say it the same way).
#[must_use]
pub fn stream_problem(e: &StreamError) -> String {
    match e {
        StreamError::Io(io) => io_message(io),
        other => other.to_string(),
    }
}

fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => format!("cannot read it: {e}"),
    }
}

/// Collects text files below `dir`; `seen` holds canonical folders so symlink loops end.
fn walk(
    dir: &Path,
    files: &mut Vec<PathBuf>,
    seen: &mut HashSet<PathBuf>,
    problems: &mut Vec<Problem>,
) {
    let Ok(canonical) = dir.canonicalize() else {
        problems.push(problem(
            &dir.display().to_string(),
            "cannot resolve this folder",
        ));
        return;
    };
    if !seen.insert(canonical) {
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            problems.push(problem(&dir.display().to_string(), &io_message(&e)));
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, files, seen, problems);
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| TEXT_EXTENSIONS.iter().any(|t| t.eq_ignore_ascii_case(e)))
        {
            files.push(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeds_are_bundled() {
        let docs = seeds();
        assert_eq!(docs.len(), 4);
        assert_eq!(docs[0].name, "000_7813f3b5ebc8f1dd.txt");
        assert_eq!(docs[0].meta.date.as_deref(), Some("2025-07-18"));
        assert!(docs.iter().all(|d| !d.lossy && d.encoding == "UTF-8"));
    }

    #[test]
    fn folders_recurse_in_file_name_order_and_skip_other_files() {
        let dir = tempfile::tempdir().unwrap();
        let sub = dir.path().join("b");
        std::fs::create_dir(&sub).unwrap();
        std::fs::write(dir.path().join("c.txt"), "셋").unwrap();
        std::fs::write(dir.path().join("a.md"), "# 하나").unwrap();
        std::fs::write(sub.join("x.txt"), "둘").unwrap();
        std::fs::write(dir.path().join("image.png"), [0u8, 1, 2]).unwrap();
        let got = load(&[Input::Path(dir.path().to_path_buf())]);
        let titles: Vec<_> = got.docs.iter().map(|d| d.meta.title.as_str()).collect();
        assert_eq!(titles, ["하나", "둘", "셋"]);
        assert!(got.problems.is_empty());
    }

    #[test]
    fn bad_files_are_reported_and_the_rest_open() {
        let dir = tempfile::tempdir().unwrap();
        let good = dir.path().join("good.txt");
        let empty = dir.path().join("empty.txt");
        let binary = dir.path().join("bin.txt");
        std::fs::write(&good, "좋은 글").unwrap();
        std::fs::write(&empty, "").unwrap();
        std::fs::write(&binary, b"\0\x01\x02\x03ELF").unwrap();
        let missing = dir.path().join("missing.txt");
        let got = load(&[good, empty, binary, missing].map(Input::Path));
        assert_eq!(got.docs.len(), 1);
        let messages: Vec<_> = got.problems.iter().map(|p| p.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "the file is empty",
                "this looks like a binary file (it contains NUL bytes), not text",
                "no such file or folder"
            ]
        );
    }

    #[test]
    fn a_file_is_as_big_as_its_bytes_not_its_decoded_text() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.txt");
        let (cp949, _, _) = encoding_rs::EUC_KR.encode("옛 글자입");
        std::fs::write(&path, &cp949).unwrap();
        let got = load(&[Input::Path(path)]);
        let doc = &got.docs[0];
        assert_eq!((doc.encoding, doc.meta.bytes), ("EUC-KR", 13));
        assert_eq!(doc.meta.input_bytes, Some(9));
        assert_eq!(doc.meta.size_text(), "9 B · 1 min");
        // Text made in memory has no input: its own size is the one shown.
        assert_eq!(seeds()[0].meta.input_bytes, None);
    }

    #[cfg(unix)]
    #[test]
    fn symlink_loops_end() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.txt"), "글").unwrap();
        std::os::unix::fs::symlink(dir.path(), dir.path().join("loop")).unwrap();
        let got = load(&[Input::Path(dir.path().to_path_buf())]);
        assert_eq!(got.docs.len(), 1);
    }
}
