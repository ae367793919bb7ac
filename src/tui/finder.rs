//! The quote finder's state: a query and the quotes that match it, best first.
//!
//! Filtering is done in slices: a keystroke filters for a few milliseconds, and what is left
//! continues in [`Finder::step`] between keys (the event loop calls it as background work), so
//! typing never waits on a hundred thousand quotes. When the new query extends the last one,
//! only the quotes that matched it are looked at again.

use std::time::Instant;

use super::input::LineInput;
use crate::catalog::{Catalog, QuoteId};
use crate::corpus::Document;
use crate::quotes::quote_text;
use crate::search::{Initials, Query};

/// One quote in the finder list: its id in 8 bytes, since a big corpus lists millions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Hit {
    doc: u32,
    quote: u32,
}

impl Hit {
    fn new((doc, quote): QuoteId) -> Option<Self> {
        Some(Self {
            doc: u32::try_from(doc).ok()?,
            quote: u32::try_from(quote).ok()?,
        })
    }

    /// The quote.
    #[must_use]
    pub fn id(&self) -> QuoteId {
        (self.doc as usize, self.quote as usize)
    }
}

/// A filter under way.
#[derive(Debug, Clone, Default)]
struct Job {
    query: String,
    /// Indices into `items` to test, in corpus order.
    candidates: Vec<u32>,
    next: usize,
    scored: Vec<(i32, u32)>,
    /// Ranks with [`Query::quick`]: set when there are too many candidates for the full
    /// alignment to finish within a frame. One filter ranks all its rows one way, so their
    /// scores compare.
    quick: bool,
    /// The quote to keep highlighted when the answer is done (a filter started because
    /// more quotes came, not by a key).
    keep: Option<Hit>,
}

/// Query, matches and selection of the open finder.
#[derive(Debug, Clone, Default)]
pub struct Finder {
    input: LineInput,
    /// The attributed quotes. Their row text is made when needed (while filtering, into one
    /// reused buffer; when drawn): a million quotes cost a million ids, not their text again.
    items: Vec<Hit>,
    /// Row texts (with forms and role) of the items, in order, kept as the first filter
    /// writes them when the corpus is small enough ([`CACHE_LIMIT`]): writing them is most of
    /// the work of a filter that most quotes fail.
    texts: Vec<Box<str>>,
    /// Initials of the kept row texts, written by the first initials filter.
    initials: Vec<Initials>,
    hits: Vec<Hit>,
    /// Indices into `items` of `hits`, in corpus order for a narrowing filter.
    hit_items: Vec<u32>,
    /// The query `hits` answer.
    done_query: String,
    job: Option<Job>,
    selected: usize,
    /// Where in the catalog the finder stops having looked for quotes to list: (document,
    /// quotes of it looked at).
    seen: (usize, usize),
    /// Only this speaker's quotes are listed (an index into the catalog's speakers).
    speaker: Option<usize>,
}

/// Items tested between two looks at the clock (about a millisecond's worth, split over two
/// threads).
const CHECK_EVERY: usize = 4096;
/// Corpora with up to this many attributed quotes keep their row texts (about 300 bytes each).
const CACHE_LIMIT: usize = 250_000;
/// Filters over more candidates than this rank with [`Query::quick`]. The full alignment costs
/// 1.5 to 2 µs per matching 300-byte row, more for long queries, so two threads align about
/// 8,000 rows in half a 16 ms frame; the quick ranking costs a tenth of that or less.
/// Narrower queries, where ranking matters most, get the full alignment.
const THOROUGH_LIMIT: usize = 8_000;
/// Filtering done right away on a keystroke; the rest waits for [`Finder::step`]. Most of a
/// 16 ms frame, leaving time to draw, so a whole answer usually comes with the key itself.
const KEY_BUDGET: std::time::Duration = std::time::Duration::from_millis(12);

/// Writes the row text of quote `id` into `out` (`speaker — quote · title`), and with `full`
/// also what else it can be found by (the speaker's forms and role). Returns whether the quote
/// exists.
fn haystack(
    catalog: &Catalog,
    docs: &[Document],
    id: QuoteId,
    full: bool,
    out: &mut String,
) -> bool {
    out.clear();
    let (Some(doc), Some(q)) = (docs.get(id.0), catalog.quote(id)) else {
        return false;
    };
    let speaker = catalog.speaker(id);
    out.push_str(speaker.map_or("?", |s| s.name.as_str()));
    out.push_str(" — ");
    for (i, word) in quote_text(&doc.text, q).split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.push_str(" · ");
    out.push_str(&doc.meta.title);
    if let (true, Some(s)) = (full, speaker) {
        out.push_str(" |");
        for form in &s.forms {
            out.push(' ');
            out.push_str(form);
        }
        if let Some(role) = &s.role {
            out.push(' ');
            out.push_str(role);
        }
    }
    true
}

/// What a filter reads: the items, what is kept of their rows, and where rows come from.
struct Rows<'a> {
    items: &'a [Hit],
    texts: &'a [Box<str>],
    initials: &'a [Initials],
    catalog: &'a Catalog,
    docs: &'a [Document],
}

/// Scores the items `part` (indices into `items`) against `query`: `(score, index)` of each
/// match, in the order given.
fn score_part(part: &[u32], query: &Query, rows: &Rows) -> Vec<(i32, u32)> {
    let mut text = String::new();
    part.iter()
        .filter_map(|&i| {
            let row = match rows.texts.get(i as usize) {
                Some(t) => t,
                None => {
                    let id = rows.items.get(i as usize)?.id();
                    haystack(rows.catalog, rows.docs, id, true, &mut text).then_some(())?;
                    text.as_str()
                }
            };
            let score = query.score_with(row, rows.initials.get(i as usize))?;
            let score = i32::try_from(score).unwrap_or(if score < 0 { i32::MIN } else { i32::MAX });
            Some((score, i))
        })
        .collect()
}

impl Finder {
    /// A finder listing every attributed quote of the corpus.
    #[must_use]
    pub fn new(catalog: &Catalog, docs: &[Document]) -> Self {
        let mut finder = Self::default();
        finder.grow(catalog, docs);
        finder
    }

    /// A finder listing the quotes of speaker `speaker` (an index into the catalog's
    /// speakers), as the speakers view opens it.
    #[must_use]
    pub fn of_speaker(catalog: &Catalog, docs: &[Document], speaker: usize) -> Self {
        let mut finder = Self {
            speaker: Some(speaker),
            ..Self::default()
        };
        finder.grow(catalog, docs);
        finder
    }

    /// The speaker whose quotes alone are listed, if any.
    #[must_use]
    pub fn speaker(&self) -> Option<usize> {
        self.speaker
    }

    /// The row text of `hit`: `speaker — quote · document title`.
    #[must_use]
    pub fn line(hit: &Hit, catalog: &Catalog, docs: &[Document]) -> String {
        let mut out = String::new();
        haystack(catalog, docs, hit.id(), false, &mut out);
        out
    }

    /// Character indices of row text `line` that the query matched, for highlighting (worked
    /// out only for the rows drawn).
    #[must_use]
    pub fn positions(&self, line: &str) -> Vec<usize> {
        Query::new(&self.done_query)
            .matches(line)
            .map(|m| m.positions)
            .unwrap_or_default()
    }

    /// The query typed so far.
    #[must_use]
    pub fn query(&self) -> &str {
        self.input.text()
    }

    /// The input line (for the cursor position).
    #[must_use]
    pub fn input(&self) -> &LineInput {
        &self.input
    }

    /// Matching quotes, best first (for the last query filtered to the end).
    #[must_use]
    pub fn hits(&self) -> &[Hit] {
        &self.hits
    }

    /// Whether a filter is still under way (the hits are for an earlier query).
    #[must_use]
    pub fn filtering(&self) -> bool {
        self.job.is_some()
    }

    /// Index of the highlighted hit.
    #[must_use]
    pub fn selected(&self) -> usize {
        self.selected
    }

    /// The highlighted quote.
    #[must_use]
    pub fn current(&self) -> Option<QuoteId> {
        self.hits.get(self.selected).map(Hit::id)
    }

    /// Edits the query with `f`, then filters again if the text changed.
    pub fn edit(&mut self, f: impl FnOnce(&mut LineInput), catalog: &Catalog, docs: &[Document]) {
        let before = self.input.text().to_string();
        f(&mut self.input);
        if self.input.text() != before {
            self.start();
            self.step(Instant::now() + KEY_BUDGET, catalog, docs);
        }
    }

    /// Moves the highlight by `n`, clamped.
    pub fn move_by(&mut self, n: i32) {
        self.selected = super::step_clamped(self.selected, n, self.hits.len());
    }

    /// Starts filtering for the current query.
    fn start(&mut self) {
        let query = self.input.text().trim().to_string();
        // Matches of a longer query are among the matches of its prefix (a fuzzy match keeps
        // every character in order; initials match as a run), so only those are tested again.
        let narrow = !self.done_query.is_empty()
            && query.starts_with(&self.done_query)
            && Query::new(&query).uses_initials() == Query::new(&self.done_query).uses_initials();
        let candidates = if narrow {
            let mut c = self.hit_items.clone();
            c.sort_unstable();
            c
        } else {
            (0..u32::try_from(self.items.len()).unwrap_or(u32::MAX)).collect()
        };
        self.job = Some(Job {
            quick: candidates.len() > THOROUGH_LIMIT,
            query,
            candidates,
            ..Job::default()
        });
    }

    /// Filters until `deadline`; returns whether the filter is done.
    pub fn step(&mut self, deadline: Instant, catalog: &Catalog, docs: &[Document]) -> bool {
        let Some(job) = self.job.as_mut() else {
            return true;
        };
        let cache = self.items.len() <= CACHE_LIMIT;
        while job.next < job.candidates.len() {
            let end = (job.next + CHECK_EVERY).min(job.candidates.len());
            let block = &job.candidates[job.next..end];
            if job.query.is_empty() {
                // Everything matches an empty query, equally.
                job.scored.extend(block.iter().map(|&i| (0, i)));
            } else {
                if cache {
                    // A full pass goes through the items in order, so the kept row texts fill
                    // from the front.
                    if let Some(&last) = block.last() {
                        keep_texts(
                            &self.items,
                            &mut self.texts,
                            last as usize + 1,
                            catalog,
                            docs,
                        );
                    }
                }
                let query = if job.quick {
                    Query::quick(&job.query)
                } else {
                    Query::new(&job.query)
                };
                if let (true, Some(&last)) = (query.wants_initials(), block.last()) {
                    keep_initials(&self.texts, &mut self.initials, last as usize + 1);
                }
                let rows = Rows {
                    items: &self.items,
                    texts: &self.texts,
                    initials: &self.initials,
                    catalog,
                    docs,
                };
                let (query, rows) = (&query, &rows);
                let score = |part: &[u32]| score_part(part, query, rows);
                // The machine has two cores: half the block goes to a second thread.
                let (left, right) = block.split_at(block.len() / 2);
                let scored = std::thread::scope(|scope| {
                    let other = scope.spawn(|| score(right));
                    let mut mine = score(left);
                    mine.extend(other.join().unwrap_or_else(|_| score(right)));
                    mine
                });
                job.scored.extend(scored);
            }
            job.next = end;
            if Instant::now() >= deadline && job.next < job.candidates.len() {
                return false;
            }
        }
        let Some(mut job) = self.job.take() else {
            return true;
        };
        // Equal scores keep corpus order: the candidates are in corpus order, so their indices
        // are too.
        job.scored
            .sort_unstable_by_key(|&(score, i)| (std::cmp::Reverse(score), i));
        self.hits = job
            .scored
            .iter()
            .filter_map(|&(_, i)| self.items.get(i as usize).copied())
            .collect();
        self.hit_items = job.scored.into_iter().map(|(_, i)| i).collect();
        self.done_query = job.query;
        self.selected = job
            .keep
            .and_then(|keep| self.hits.iter().position(|h| *h == keep))
            .unwrap_or(0);
        true
    }
}

mod grow;
mod warm;

use warm::{keep_initials, keep_texts};

#[cfg(test)]
mod tests;
