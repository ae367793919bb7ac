//! Word lists the rules consult: particles, quotative endings, reporting verbs, titles,
//! organisation endings, countries, surnames and pronouns.
//!
//! Everything here describes Korean (and a little English) news style in general; nothing is
//! tuned to a particular article. The lists are data: one entry a line in the text files beside
//! this module (`#` starts a comment), kept sorted and free of duplicates (a test checks). A
//! lookup is one hash, and a prefix or suffix lookup walks the word a character at a time while
//! what it has read begins (or ends) some entry, instead of scanning the list.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// A word-at-a-time multiplicative hash (as rustc's `FxHasher`): the entries are short
/// words, looked up several times for every word of a text, for which it is several times
/// faster than the default hasher (and than a byte-at-a-time FNV); the lists are fixed data,
/// so there is nothing to attack.
#[derive(Default)]
pub(crate) struct WordHash(u64);

impl WordHash {
    const K: u64 = 0xf135_7aea_2e62_a9c5;

    fn add(&mut self, word: u64) {
        self.0 = (self.0 ^ word).wrapping_mul(Self::K);
    }
}

impl Hasher for WordHash {
    fn finish(&self) -> u64 {
        // The multiplication carries upward only: rotate its well-mixed high bits into the
        // low ones that pick the bucket.
        self.0.rotate_left(26)
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        // The length keeps `ab` + `c` apart from `a` + `bc` in a hash of several writes.
        self.add(tail_word(rest) ^ ((rest.len() as u64) << 59));
    }

    /// As `write(&[i])` (a `str` ends its hash with `0xff`), without a copy.
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i) ^ (1 << 59));
    }
}

/// The last bytes of a word (fewer than eight) as a little-endian number, zero-padded: from
/// two overlapping loads, or three single bytes, rather than a copy into a padded buffer, a
/// call to `memcpy` that cost more than the rest of the hash.
fn tail_word(rest: &[u8]) -> u64 {
    let n = rest.len();
    let byte = |i: usize| u64::from(rest.get(i).copied().unwrap_or(0));
    let quad = |at: usize| {
        rest.get(at..at + 4)
            .and_then(|q| <[u8; 4]>::try_from(q).ok())
            .map_or(0, |q| u64::from(u32::from_le_bytes(q)))
    };
    if n >= 4 {
        // The two loads overlap on equal bytes, so or-ing them is the padded number.
        quad(0) | (quad(n - 4) << (8 * (n - 4)))
    } else if n > 0 {
        byte(0) | (byte(n / 2) << (8 * (n / 2))) | (byte(n - 1) << (8 * (n - 1)))
    } else {
        0
    }
}

/// A set of words hashed with [`WordHash`].
type Set<T> = HashMap<&'static str, T, BuildHasherDefault<WordHash>>;

/// The loaded form of a list: a set for lookups, the longest entry's length, which
/// characters its entries start and end with, and the beginnings and ends of its entries.
/// (Every caller looks words up: none walks the entries, which a scan per word would make
/// the slowest part of extraction.)
struct Loaded {
    set: Set<()>,
    longest: usize,
    /// Every beginning of an entry (whole characters), with whether it is an entry itself:
    /// a prefix lookup walks a word forward a character at a time and stops at the first
    /// beginning no entry has, most often after one character.
    heads: Set<bool>,
    /// Every end of an entry, with whether it is an entry itself, for walking backward.
    tails: Set<bool>,
    /// First characters of the entries: a word starting with none of them is no entry and
    /// has no entry as a prefix, which most words of a text are rejected by without a hash.
    firsts: CharSet,
    /// Last characters of the entries, for whole words and suffixes alike.
    lasts: CharSet,
}

/// A set of characters as 256 bits, by a hash of the character: it may hold characters that
/// were never added (so a hit is checked by the real lookup) but never misses one added.
#[derive(Default)]
struct CharSet([u64; 4]);

impl CharSet {
    fn bit(c: char) -> (usize, u64) {
        // Multiplicative hashing spreads neighbouring code points (Hangul syllables) apart.
        let h = u32::from(c).wrapping_mul(0x9E37_79B1) >> 24;
        ((h >> 6) as usize, 1 << (h & 63))
    }

    fn insert(&mut self, c: char) {
        let (i, b) = Self::bit(c);
        self.0[i] |= b;
    }

    fn may_hold(&self, c: Option<char>) -> bool {
        c.is_some_and(|c| {
            let (i, b) = Self::bit(c);
            self.0[i] & b != 0
        })
    }
}

/// A word list read from a data file on first use. Prefix and suffix lookups look no
/// further than the longest entry, so a lookup costs the same on a word of any length.
pub struct List {
    src: &'static str,
    words: OnceLock<Loaded>,
}

impl List {
    const fn new(src: &'static str) -> Self {
        Self {
            src,
            words: OnceLock::new(),
        }
    }

    fn loaded(&self) -> &Loaded {
        self.words.get_or_init(|| {
            let w: Vec<&'static str> = entries(self.src).collect();
            let longest = w.iter().map(|e| e.len()).max().unwrap_or(0);
            let set = w.iter().map(|&e| (e, ())).collect();
            let (mut heads, mut tails) = (Set::default(), Set::default());
            for &e in &w {
                for (i, c) in e.char_indices() {
                    *heads.entry(&e[..i + c.len_utf8()]).or_insert(false) |=
                        i + c.len_utf8() == e.len();
                    *tails.entry(&e[i..]).or_insert(false) |= i == 0;
                }
            }
            let (mut firsts, mut lasts) = (CharSet::default(), CharSet::default());
            for e in &w {
                if let (Some(a), Some(z)) = (e.chars().next(), e.chars().next_back()) {
                    firsts.insert(a);
                    lasts.insert(z);
                }
            }
            Loaded {
                set,
                longest,
                heads,
                tails,
                firsts,
                lasts,
            }
        })
    }
}

/// Pairs of words (`목소리를` `높였`), one pair a line separated by a tab.
pub struct Pairs {
    src: &'static str,
    pairs: OnceLock<Box<[(&'static str, &'static str)]>>,
}

impl Pairs {
    const fn new(src: &'static str) -> Self {
        Self {
            src,
            pairs: OnceLock::new(),
        }
    }

    /// The pairs, in the file's order.
    pub fn iter(&self) -> std::slice::Iter<'_, (&'static str, &'static str)> {
        self.pairs
            .get_or_init(|| {
                entries(self.src)
                    .filter_map(|l| l.split_once('\t'))
                    .map(|(a, b)| (a.trim(), b.trim()))
                    .collect()
            })
            .iter()
    }
}

/// The entries of a data file: its lines, trimmed, without blank lines and `#` comments.
fn entries(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|l| if l.contains('\t') { l } else { l.trim() })
}

macro_rules! lists {
    ($($(#[$doc:meta])* $name:ident = $file:literal;)*) => {
        $( $(#[$doc])* pub static $name: List = List::new(include_str!($file)); )*

        /// Every list with its file name, for the tests that keep the files tidy.
        #[cfg(test)]
        pub(crate) const ALL: &[(&str, &List)] = &[$(($file, &$name)),*];
    };
}

lists! {
    /// Endings glued to a closing quotation mark that report speech (the longest match wins, so that
    /// `이라고` wins over `고`).
    QUOTATIVE = "quotative.txt";
    /// Quotative endings that chain a quote to a following one sharing the same verb.
    CHAINING = "chaining.txt";
    /// Endings glued to a closing mark that make the quote a term, title or name (`라는` ...).
    ADNOMINAL = "adnominal.txt";
    /// Words after `라고` that name something rather than report speech (`"X"라고 불리는`).
    NAMING_VERBS = "naming_verbs.txt";
    /// Nouns of `-하다` reporting verbs (`설명` + `했다`).
    REPORT_NOUNS = "report_nouns.txt";
    /// Endings of `-하다` after a reporting noun: plain, polite, formal, connective, adnominal.
    HADA_FORMS = "hada_forms.txt";
    /// Reporting verbs that are not `noun + 하다` (irregular or native stems).
    REPORT_STEMS = "report_stems.txt";
    /// Nouns for a stance or remark whose content a quote gives (`“…”는 입장을 밝혔다`).
    SPEECH_NOUNS = "speech_nouns.txt";
    /// Verbs that report a stance held out as an object (`입장을 내놨다`, `뜻을 나타냈다`).
    STANCE_VERBS = "stance_verbs.txt";
    /// Nouns that report speech as `X의 설명이다` or `"…"라는 입장이다` (`말` is left out: `…라는
    /// 말이다` restates rather than reports).
    COPULA_SPEECH_NOUNS = "copula_speech_nouns.txt";
    /// Endings of the copula after such a noun (`설명이다`, `입장입니다`, `주장이었다`).
    COPULA_FORMS = "copula_forms.txt";
    /// Nouns that stand for the organisation last named (`회사 측은`, `구단은`).
    ORG_REFERENCES = "org_references.txt";
    /// Words that announce a quote that follows (`이렇게 말했다. "…"`).
    CATAPHORIC = "cataphoric.txt";
    /// Particles after which a pronoun is not taken as a speaker (`그가`, `그도` start clauses).
    WEAK_PARTICLES = "weak_particles.txt";
    /// Kinds of organisation that open an organisation's name (`영국 매체 풋볼런던`).
    ORG_CATEGORIES = "org_categories.txt";
    /// Separate words that follow a subject noun phrase in place of a particle.
    SUBJECT_WORDS = "subject_words.txt";
    /// Words after a phrase that make it a side speaking (`학생 측은`); they mark a subject too.
    SIDE_WORDS = "side_words.txt";
    /// Titles and person-role nouns: they end a role and mark where a name stops.
    TITLES = "titles.txt";
    /// Heads of descriptive speakers that have no name (`한 측근`, `정부 관계자`).
    DESCRIPTIVE = "descriptive.txt";
    /// Nouns for people that name a speaker only after a determiner (`한 목격자`): alone they
    /// are too often generic (`관객이 줄었다`).
    PEOPLE = "people.txt";
    /// Written or recorded works whose title may follow them in quotes (`칼럼 “…”`).
    WORKS = "works.txt";
    /// Occasions and channels where words are said (`간담회`, `브리핑`, `페이스북`): never a
    /// speaker's name, though a title before them (`출입기자 간담회`) makes them look like one.
    EVENTS = "events.txt";
    /// People named by their tie to someone (`김씨의 어머니`, `피해자의 변호인`).
    KIN = "kin.txt";
    /// Determiners that make a noun phrase a description rather than a name (`한 측근`).
    DESCRIPTIVE_DETERMINERS = "descriptive_determiners.txt";
    /// Words that modify a title and stay in the role (`전 대통령`, `공동 설립자`).
    ROLE_MODIFIERS = "role_modifiers.txt";
    /// Endings of organisation names (`국토교통부`, `기상청`, `연합뉴스`).
    ORG_SUFFIXES = "org_suffixes.txt";
    /// Endings of the names of newspapers, agencies and broadcasters (`아사히신문`, `AP통신`).
    MEDIA_SUFFIXES = "media_suffixes.txt";
    /// Whole organisation names that no ending gives away (`국민의힘`, `백악관`).
    ORG_NAMES = "org_names.txt";
    /// Role words that tie to a following name with `인` (`소속인`, `출신인`) besides titles.
    JOINABLE = "joinable.txt";
    /// Countries and regions that open a role (`미국 도널드 트럼프 전 대통령`).
    PLACES = "places.txt";
    /// Korean surnames, two-syllable ones included.
    SURNAMES = "surnames.txt";
    /// Three-syllable words that look like surname + given name but are common nouns.
    NOT_NAMES = "not_names.txt";
    /// Pronouns that refer back to a person.
    PRONOUNS = "pronouns.txt";
    /// Sentence adverbs that open a clause and so end a noun phrase to their left.
    ADVERBS = "adverbs.txt";
    /// Words opening a quote that continues the previous speaker (`이어 "…"`).
    CONTINUATION = "continuation.txt";
    /// English reporting verbs.
    EN_VERBS = "en_verbs.txt";
    /// Capitalised words that open a sentence or a phrase but never a person's name.
    EN_NOT_NAMES = "en_not_names.txt";
    /// English pronouns that refer back to a person.
    EN_PRONOUNS = "en_pronouns.txt";
    /// Capitalised Latin words that end organisation names, so a run holding them is no person.
    LATIN_ORG_WORDS = "latin_org_words.txt";
    /// English title words that may precede a name (`Prime Minister`, `Dr.`).
    EN_TITLES = "en_titles.txt";
}

/// Idioms that report speech: the object word and the start of the verb.
pub static IDIOMS: Pairs = Pairs::new(include_str!("idioms.txt"));

/// Short forms of organisations in common use, with the full name they stand for; used only
/// when a document names the organisation in full too.
pub static ORG_ABBREVIATIONS: Pairs = Pairs::new(include_str!("org_abbreviations.txt"));

/// Topic and subject particles that mark a speaker, longest first: a word is stripped of the
/// first that it ends with. `도` (`감독도 칭찬했다`) marks a subject too, but weakly, like `이/가`.
pub const SUBJECT_PARTICLES: &[&str] = &["께서는", "께서", "은", "는", "이", "가", "도"];

/// True when `word` is in `list`.
pub fn contains(list: &List, word: &str) -> bool {
    let l = list.loaded();
    word.len() <= l.longest
        && l.lasts.may_hold(word.chars().next_back())
        && l.firsts.may_hold(word.chars().next())
        && l.set.contains_key(word)
}

/// True when `a` and `b` written together are in `list`; most pairs are rejected by their
/// length or their outer characters before the two are joined.
pub fn contains_joined(list: &List, a: &str, b: &str) -> bool {
    let l = list.loaded();
    let first = a.chars().next().or_else(|| b.chars().next());
    let last = b.chars().next_back().or_else(|| a.chars().next_back());
    a.len() + b.len() <= l.longest
        && l.firsts.may_hold(first)
        && l.lasts.may_hold(last)
        && l.set.contains_key(format!("{a}{b}").as_str())
}

/// The longest entry of `list` that `word` starts with.
pub fn longest_prefix(list: &'static List, word: &str) -> Option<&'static str> {
    prefixes(list, word).last()
}

/// Every entry of `list` that `word` starts with, shortest first.
pub fn prefixes<'w>(list: &'static List, word: &'w str) -> impl Iterator<Item = &'static str> + 'w {
    let l = list.loaded();
    // Once a prefix begins no entry, no longer prefix can be one.
    word.char_indices()
        .map_while(move |(i, c)| l.heads.get_key_value(&word[..i + c.len_utf8()]))
        .filter_map(|(&p, &whole)| whole.then_some(p))
}

/// The longest entry of `list` that `word` ends with.
pub fn longest_suffix(list: &'static List, word: &str) -> Option<&'static str> {
    suffixes(list, word).last().map(|(_, e)| e)
}

/// Whether `word` ends with an entry of `list` that is shorter than `word` and at least
/// `min_bytes` long (`소방청장` ends with the title `청장`).
pub fn ends_with_shorter(list: &'static List, word: &str, min_bytes: usize) -> bool {
    suffixes(list, word).any(|(i, _)| i > 0 && word.len() - i >= min_bytes)
}

/// The entries of `list` that `word` ends with, shortest first, with where each starts.
fn suffixes<'w>(
    list: &'static List,
    word: &'w str,
) -> impl Iterator<Item = (usize, &'static str)> + 'w {
    let l = list.loaded();
    // Once a suffix ends no entry, no longer suffix can be one.
    word.char_indices()
        .rev()
        .map_while(move |(i, _)| l.tails.get_key_value(&word[i..]).map(|kv| (i, kv)))
        .filter_map(|(i, (&e, &whole))| whole.then_some((i, e)))
}

#[cfg(test)]
mod tests;
