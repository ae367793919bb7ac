//! The user's corrections to the quote finder, applied to quotes as they are found.
//!
//! The corrections themselves are kept in the state file ([`crate::state::Correction`],
//! [`crate::state::Merge`]). Here they become [`Corrections`], which changes a freshly found
//! [`Quote`] before its speaker is filed: a quote of a document is found by the document's
//! content hash and the quote's exact offsets, and a merge renames a speaker wherever a quote
//! names them. Applying before filing means the catalog, and everything that reads it (the
//! finder, the speakers view, the reports), sees corrected quotes without knowing of them.
//!
//! A correction whose document changed (a document of its name has other text) or whose
//! offsets no longer find a quote is [`stale`]: reported, never dropped.

use std::collections::HashMap;
use std::sync::Arc;

use crate::quotes::{Quote, QuoteKind, Rule};
use crate::state::{Correction, Fix, Merge};
use renames::renames;

/// What changed a quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum By {
    /// The correction with this id.
    Correction(String),
    /// The merge with this id (the quote's speaker was merged into another).
    Merge(String),
}

/// How a quote was attributed before a correction changed it, to show and to undo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Original {
    /// The speaker the finder named.
    pub speaker: Option<Arc<str>>,
    /// The form naming them at the quote.
    pub speaker_as_written: Option<Arc<str>>,
    /// Their role.
    pub role: Option<Arc<str>>,
    /// The rule that named them.
    pub rule: Option<Rule>,
    /// Speech or term.
    pub kind: QuoteKind,
    /// What changed it.
    pub by: By,
}

impl Original {
    fn of(q: &Quote, by: By) -> Self {
        Self {
            speaker: q.speaker.clone(),
            speaker_as_written: q.speaker_as_written.clone(),
            role: q.role.clone(),
            rule: q.rule,
            kind: q.kind,
            by,
        }
    }

    /// Puts the original attribution back on `q`.
    pub fn restore(&self, q: &mut Quote) {
        q.speaker.clone_from(&self.speaker);
        q.speaker_as_written.clone_from(&self.speaker_as_written);
        q.role.clone_from(&self.role);
        q.rule = self.rule;
        q.kind = self.kind;
    }
}

/// Every correction and merge, ready to apply to quotes as they are found.
#[derive(Debug, Clone, Default)]
pub struct Corrections {
    list: Vec<Correction>,
    /// Per document hash: the correction (an index into `list`) at each quote's offsets; a
    /// later correction of the same quote wins.
    by_doc: HashMap<String, HashMap<(usize, usize), usize>>,
    /// Each merged name, what it finally becomes (merges followed in order) and the merge.
    renames: HashMap<String, (Arc<str>, String)>,
}

impl Corrections {
    /// Corrections and merges as the state file has them, oldest first.
    #[must_use]
    pub fn new(corrections: &[Correction], merges: &[Merge]) -> Self {
        let mut by_doc: HashMap<String, HashMap<(usize, usize), usize>> = HashMap::new();
        // A fix this version does not know changes no quote.
        let known = corrections
            .iter()
            .enumerate()
            .filter(|(_, c)| !matches!(c.fix, Fix::Unknown(_)));
        for (i, c) in known {
            by_doc
                .entry(c.doc.clone())
                .or_default()
                .insert((c.start, c.end), i);
        }
        Self {
            list: corrections.to_vec(),
            by_doc,
            renames: renames(merges),
        }
    }

    /// Whether there is nothing to apply.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.list.is_empty() && self.renames.is_empty()
    }

    /// The corrections, oldest first.
    #[must_use]
    pub fn list(&self) -> &[Correction] {
        &self.list
    }

    /// Whether any correction is of the document with this hash.
    #[must_use]
    pub fn has_doc(&self, hash: &str) -> bool {
        self.by_doc.contains_key(hash)
    }

    /// The correction that applies to the quote at `start..end` of the document with `hash`.
    #[must_use]
    pub fn at(&self, hash: &str, start: usize, end: usize) -> Option<&Correction> {
        let i = *self.by_doc.get(hash)?.get(&(start, end))?;
        self.list.get(i)
    }

    /// What `name` becomes through the merges, and the merge that renamed it.
    #[must_use]
    pub fn renamed(&self, name: &str) -> Option<(&str, &str)> {
        self.renames
            .get(name)
            .map(|(into, id)| (&**into, id.as_str()))
    }

    /// Corrects quote `q` of the document with `hash` (`None` while it is not known); returns
    /// how it was before, when it changed.
    pub fn apply(&self, hash: Option<&str>, q: &mut Quote) -> Option<Original> {
        let mut original = None;
        if let Some(c) = hash.and_then(|h| self.at(h, q.span.start, q.span.end)) {
            original = Some(Original::of(q, By::Correction(c.id.clone())));
            // A new speaker's role and written form are not the old one's; nor is the rule.
            q.speaker_as_written = None;
            q.role = None;
            q.rule = None;
            match &c.fix {
                Fix::Speaker { name } => {
                    q.kind = QuoteKind::Speech;
                    q.speaker = Some(Arc::from(name.as_str()));
                }
                Fix::NotSpeech => {
                    q.kind = QuoteKind::Term;
                    q.speaker = None;
                }
                // Never filed under the quote's offsets (see `new`).
                Fix::Unknown(_) => {}
            }
        }
        let renamed = q.speaker.as_deref().and_then(|s| self.renames.get(s));
        if let Some((into, id)) = renamed {
            if original.is_none() {
                original = Some(Original::of(q, By::Merge(id.clone())));
            }
            q.speaker = Some(Arc::clone(into));
        }
        original
    }
}

/// Whether a correction's quote is among the documents looked at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    /// Its document is there (by content) and has a quote at its offsets.
    Found,
    /// Its document is there but has no quote at its offsets.
    NotFound,
    /// No document has its content.
    Absent,
}

/// Why a correction no longer applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// A document of its name is there, with other text: it was edited.
    Changed,
    /// Only a document of the same file name elsewhere is there, with other text: it may be
    /// the same document edited, or another one that happens to share its name.
    SameName,
    /// Its document is there, but no quote is found at its offsets.
    NoQuote,
}

impl Reason {
    /// The reason for a person.
    #[must_use]
    pub fn describe(self) -> &'static str {
        match self {
            Self::Changed => "the document changed since",
            Self::SameName => "a file of its name has other text",
            Self::NoQuote => "no quote is found there any more",
        }
    }

    /// The reason in a word or two, for the status line.
    #[must_use]
    pub fn short(self) -> &'static str {
        match self {
            Self::Changed => "changed",
            Self::SameName => "other text",
            Self::NoQuote => "quote not found",
        }
    }
}

/// The corrections of `list` that no longer apply to the documents called `names`: those
/// whose document is there but whose quote is not, and those whose document is not there by
/// content but is by name. A correction of a document not looked at is not stale.
#[must_use]
pub fn stale<'a>(
    list: &'a [Correction],
    names: &[&str],
    presence: impl Fn(&Correction) -> Presence,
) -> Vec<(&'a Correction, Reason)> {
    list.iter()
        // A fix this version does not know changes nothing, so nothing of it can go stale.
        .filter(|c| !matches!(c.fix, Fix::Unknown(_)))
        .filter_map(|c| match presence(c) {
            Presence::Found => None,
            Presence::NotFound => Some((c, Reason::NoQuote)),
            // The same name as made: that document, edited. Only the same file name (a path
            // given otherwise, or another folder's file): said as no more than that.
            Presence::Absent if names.contains(&c.name.as_str()) => Some((c, Reason::Changed)),
            Presence::Absent => crate::corpus::find_named(names.iter().copied(), &c.name)
                .map(|_| (c, Reason::SameName)),
        })
        .collect()
}

/// How a fix this version does not know is named to the user.
pub const UNKNOWN: &str = "a fix this version does not know";

/// One line about a stale correction for the user (untrusted names made safe).
#[must_use]
pub fn stale_line(c: &Correction, reason: Reason) -> String {
    use crate::text::glyph::sanitize_line;
    let what = match &c.fix {
        Fix::Speaker { name } => format!("speaker {}", sanitize_line(name)),
        Fix::NotSpeech => "not speech".to_string(),
        Fix::Unknown(_) => UNKNOWN.to_string(),
    };
    format!(
        "correction of {} at byte {} (“{}” → {what}) no longer applies: {}",
        sanitize_line(&c.name),
        c.start,
        sanitize_line(&c.excerpt),
        reason.describe()
    )
}

mod renames;

#[cfg(test)]
mod tests;
