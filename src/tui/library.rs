//! The documents as a component: their text (arriving from the background loader), the key
//! each is saved under, and the quotes and speakers found in them.

use std::time::{Duration, Instant};

use crate::catalog::Catalog;
use crate::corpus::{Document, Problem};
use crate::corrections::{Corrections, Presence, Reason};
use crate::loader::{Event, Loader};
use crate::markup::{is_markdown, markdown_marks, MarkIndex, MARKDOWN_MAX_BYTES};
use crate::state::Correction;

/// What a loader report changed, for the parts of the app that depend on the documents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arrival {
    /// More text of document `doc`; `first` when it is the document's first.
    Text {
        /// Index of the document.
        doc: usize,
        /// Whether the document had no text before.
        first: bool,
    },
    /// Document `doc` is whole and has its key.
    Ready(usize),
    /// Document `doc`'s text starts over (its file changed while its start was read twice).
    Restart(usize),
    /// Document `doc` changed on disk while it loaded: quotes past that point are left out.
    Stale(usize),
    /// Something that concerns only the documents (quotes, a failure).
    Other,
}

/// The documents and what is known of them.
#[derive(Debug)]
pub struct Library {
    docs: Vec<Document>,
    problems: Vec<Problem>,
    /// Content hash of each document once whole (empty while it loads): its key in the state.
    hashes: Vec<String>,
    catalog: Catalog,
    loader: Option<Loader>,
    /// Documents being read again after their files changed, each by a loader of its own.
    reloads: Vec<reload::Reload>,
    /// Quotes of documents read again, waiting until the first loader has added every
    /// document's before them (see `Library::file_parked`).
    parked: Vec<(usize, Vec<crate::quotes::Quote>)>,
    /// How many documents read again have had their quotes filed.
    refiled: u64,
    /// Per document: whether it was read again, so the first loader's reports about it (of
    /// the old text) no longer count.
    replaced: Vec<bool>,
    /// Per document: bytes scanned for quotes, and whether the scan finished.
    scanned: Vec<(usize, bool)>,
    /// Per document: its Markdown marks, once it is whole (`.md` up to
    /// [`MARKDOWN_MAX_BYTES`]; others are shown plain).
    marks: Vec<Option<MarkIndex>>,
    /// Documents whose text is a mapped file, and whether the user was told it was cut short.
    mapped: Vec<(usize, bool)>,
    /// When the mapped pages looked at were last given back.
    released: Option<Instant>,
}

/// How often background work gives back the mapped pages it looked at: scanning a whole file
/// (search, the finder, wrapping) touches every page, and without this they would all count
/// against dokseo's memory until the next look.
const RELEASE_EVERY: Duration = Duration::from_millis(100);

/// The Markdown marks of `doc`, when it is Markdown, whole and not too big to parse at once.
fn marks_of(doc: &Document) -> Option<MarkIndex> {
    (doc.is_ready() && is_markdown(&doc.name) && doc.text.len() <= MARKDOWN_MAX_BYTES)
        .then(|| MarkIndex::new(&doc.text, markdown_marks(&doc.text)))
}

impl Library {
    /// `docs`, whole or (with a `loader`) still arriving.
    #[must_use]
    pub fn new(docs: Vec<Document>, problems: Vec<Problem>, loader: Option<Loader>) -> Self {
        // A document still loading gets its key when it is whole (see `Arrival::Ready`).
        let hashes: Vec<String> = docs
            .iter()
            .map(|d| {
                if d.is_ready() {
                    d.content_hash()
                } else {
                    String::new()
                }
            })
            .collect();
        let mut catalog = if loader.is_some() {
            Catalog::default()
        } else {
            Catalog::build(&docs)
        };
        for (d, h) in hashes.iter().enumerate() {
            if !h.is_empty() {
                catalog.set_hash(d, h);
            }
        }
        let scanned = vec![(0, loader.is_none()); docs.len()];
        let marks = docs.iter().map(marks_of).collect();
        let replaced = vec![false; docs.len()];
        Self {
            docs,
            problems,
            hashes,
            catalog,
            loader,
            reloads: Vec::new(),
            parked: Vec::new(),
            refiled: 0,
            replaced,
            scanned,
            marks,
            mapped: Vec::new(),
            released: None,
        }
    }

    /// Gives back the memory of mapped pages looked at since the last time, at most every
    /// `RELEASE_EVERY`; a mapped document's pages are then read from the page cache again
    /// when next looked at.
    pub fn release_pages(&mut self) {
        if self.released.is_some_and(|t| t.elapsed() < RELEASE_EVERY) {
            return;
        }
        self.released = Some(Instant::now());
        for &(doc, _) in &self.mapped {
            if let Some(d) = self.docs.get(doc) {
                d.text.release();
            }
        }
    }

    /// A mapped document whose file was cut short on disk since it was opened, once per
    /// document: what was cut off now reads as blank, and the user should know why.
    pub fn newly_cut(&mut self) -> Option<usize> {
        let docs = &self.docs;
        let (doc, told) = self
            .mapped
            .iter_mut()
            .find(|(doc, told)| !*told && docs.get(*doc).is_some_and(|d| d.text.was_cut()))?;
        *told = true;
        Some(*doc)
    }

    /// The documents, in list order.
    #[must_use]
    pub fn docs(&self) -> &[Document] {
        &self.docs
    }

    /// Files that could not be opened.
    #[must_use]
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// Quotes and speakers of the corpus.
    #[must_use]
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// Applies the user's corrections from now on (to the quotes already found too).
    pub fn set_corrections(&mut self, corrections: Corrections) {
        self.catalog.set_corrections(corrections);
    }

    /// The corrections that no longer apply to the documents whose quotes are all found: a
    /// document of their name has other text now, or their quote is not found.
    #[must_use]
    pub fn stale<'a>(&self, list: &'a [Correction]) -> Vec<(&'a Correction, Reason)> {
        let done = |d: usize| self.scanned.get(d).is_some_and(|s| s.1);
        let names: Vec<&str> = (0..self.docs.len())
            .filter(|&d| done(d) && self.hashes.get(d).is_some_and(|h| !h.is_empty()))
            .map(|d| self.docs[d].name.as_str())
            .collect();
        let catalog = &self.catalog;
        crate::corrections::stale(list, &names, |c| match catalog.doc_of_hash(&c.doc) {
            // A document still being scanned may yet find the quote.
            Some(d) if !done(d) => Presence::Found,
            _ => catalog.presence(c),
        })
    }

    /// Document `i`'s Markdown marks, when it has them.
    #[must_use]
    pub fn marks(&self, i: usize) -> Option<&MarkIndex> {
        self.marks.get(i)?.as_ref()
    }

    /// The key document `i` is saved under (empty while it loads).
    #[must_use]
    pub fn hash(&self, i: usize) -> Option<&str> {
        self.hashes.get(i).map(String::as_str)
    }

    /// The open document saved under `hash`.
    #[must_use]
    pub fn find_hash(&self, hash: &str) -> Option<usize> {
        self.hashes.iter().position(|h| h == hash)
    }

    /// The document called `name` (as given, or by its file name), as `--open` names it.
    #[must_use]
    pub fn find_named(&self, name: &str) -> Option<usize> {
        crate::corpus::find_named(self.docs.iter().map(|d| d.name.as_str()), name)
    }

    /// Pauses quote extraction for `d` from now, and reading text too when `text`: a key was
    /// pressed, and its answer should get the cores (see [`Loader::hold_for`]).
    pub fn hold_loading(&self, d: std::time::Duration, text: bool) {
        let again = self.reloads.iter().map(reload::Reload::loader);
        for loader in self.loader.iter().chain(again) {
            loader.hold_for(d, text);
        }
    }

    /// Whether a loader still has work (text or quotes to send).
    #[must_use]
    pub fn loading(&self) -> bool {
        self.loader.is_some() || !self.reloads.is_empty()
    }

    /// Whether every document's text has arrived (quotes may still be coming).
    #[must_use]
    pub fn texts_loaded(&self) -> bool {
        !self.docs.iter().any(Document::is_loading)
    }

    /// What loading is doing, for the status line: `loading 45%` (of document `open`),
    /// `reading 3/20`, `quotes 60%`.
    #[must_use]
    pub fn progress(&self, open: usize) -> Option<String> {
        if let Some(p) = self.docs.get(open).and_then(Document::loaded_percent) {
            return Some(format!("loading {p}%"));
        }
        let loading = self.docs.iter().filter(|d| d.is_loading()).count();
        if loading > 0 {
            let n = self.docs.len();
            return Some(format!("reading {}/{n}", n - loading));
        }
        let unscanned = self.scanned.iter().filter(|s| !s.1).count();
        if unscanned > 0 {
            let total: usize = self.docs.iter().map(|d| d.text.len()).sum();
            let done: usize = self.scanned.iter().map(|s| s.0).sum();
            return Some(format!("quotes {}%", done * 100 / total.max(1)));
        }
        None
    }

    /// Takes one report from the loaders, if one is waiting, and applies it.
    pub fn take(&mut self) -> Option<Arrival> {
        while let Some(loader) = self.loader.as_mut() {
            match loader.try_next() {
                // A document read again since has its own loader: this one's text is old.
                Some(event) if self.replaced.get(event.doc()).copied().unwrap_or(false) => {}
                Some(event) => return Some(self.apply(event)),
                None => {
                    if loader.is_finished() {
                        self.loader = None;
                        // Nothing more comes before the quotes parked: they are filed now.
                        self.file_parked();
                    }
                    break;
                }
            }
        }
        self.take_reloaded()
    }

    fn apply(&mut self, event: Event) -> Arrival {
        match event {
            Event::Mapped { doc, map } => {
                if self.docs.get_mut(doc).is_some_and(|d| d.map_text(map)) {
                    self.mapped.push((doc, false));
                }
                Arrival::Other
            }
            Event::Read { doc, bytes } => {
                if let Some(d) = self.docs.get_mut(doc) {
                    d.set_read(bytes);
                }
                Arrival::Other
            }
            Event::Restart { doc } => {
                let Some(d) = self.docs.get_mut(doc) else {
                    return Arrival::Other;
                };
                let total = match d.status {
                    crate::corpus::Status::Loading { total } => total,
                    _ => None,
                };
                *d = Document::pending(d.name.clone(), total);
                self.mapped.retain(|&(m, _)| m != doc);
                Arrival::Restart(doc)
            }
            Event::Text { doc, piece } => {
                let Some(d) = self.docs.get_mut(doc) else {
                    return Arrival::Other;
                };
                let first = d.text.is_empty();
                d.append(&piece);
                Arrival::Text { doc, first }
            }
            Event::Done { doc, summary } => {
                let Some(d) = self.docs.get_mut(doc) else {
                    return Arrival::Other;
                };
                d.finish_read(summary);
                let hash = d.content_hash();
                let marks = marks_of(d);
                self.catalog.set_hash(doc, &hash);
                if let Some(h) = self.hashes.get_mut(doc) {
                    *h = hash;
                }
                if let Some(m) = self.marks.get_mut(doc) {
                    *m = marks;
                }
                Arrival::Ready(doc)
            }
            Event::Failed { doc, message } => {
                if let Some(d) = self.docs.get_mut(doc) {
                    d.fail(message);
                }
                Arrival::Other
            }
            Event::Quotes {
                doc,
                quotes,
                scanned,
            } => {
                let first = self.scanned.get(doc).is_some_and(|s| s.0 == 0);
                self.catalog.add(doc, quotes);
                let total = self.docs.get(doc).map_or(0, |d| d.text.len());
                if first && scanned > 0 && total > 2 * scanned {
                    // Room for the whole document's quotes at this rate, and a tenth more.
                    let have = self.catalog.quotes.get(doc).map_or(0, Vec::len);
                    let expected = have.saturating_mul(total / scanned) / 10 * 11;
                    self.catalog.reserve(doc, expected.saturating_sub(have));
                }
                if let Some(s) = self.scanned.get_mut(doc) {
                    s.0 = scanned;
                }
                Arrival::Other
            }
            Event::QuotesDone { doc } => {
                self.quotes_done(doc);
                Arrival::Other
            }
            Event::QuotesStale { doc } => {
                self.quotes_done(doc);
                Arrival::Stale(doc)
            }
        }
    }

    /// No more quotes will come for document `doc`.
    fn quotes_done(&mut self, doc: usize) {
        self.catalog.finish(doc);
        if let Some(s) = self.scanned.get_mut(doc) {
            s.1 = true;
        }
        self.file_parked();
    }
}

mod reload;
#[cfg(test)]
mod tests;
