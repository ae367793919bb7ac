//! What the document list shows: a title, a date and a size, all taken from the text.

/// Title, date and size of a document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    /// The first heading or sentence, without a leading `date YYYY-MM-DD` stamp.
    pub title: String,
    /// `YYYY-MM-DD`, from a leading stamp or a date line near the top (`2025년 1월 31일`).
    pub date: Option<String>,
    /// Size of the text in bytes (UTF-8, as decoded).
    pub bytes: usize,
    /// Bytes read from the input once it has all been read: the file's size on disk, which is
    /// what a user compares with `ls -l` (a CP949 file is shorter than its UTF-8 text). `None`
    /// while loading and for text made in memory.
    pub input_bytes: Option<u64>,
    /// Estimated minutes to read (at least 1).
    pub minutes: usize,
}

/// Characters of `text` that are not white space (`char::is_whitespace`), counted a byte at a
/// time: each character has one byte that is not a continuation byte, and white space beyond
/// ASCII is looked for only where its first byte is (a megabyte of Korean is counted in a
/// fraction of the time decoding every character takes).
#[must_use]
pub fn visible_chars(text: &str) -> usize {
    let bytes = text.as_bytes();
    // Leading bytes (not 0b10xxxxxx), less ASCII white space (with VT, as `is_whitespace`).
    let leading = bytes
        .iter()
        .filter(|&&b| (b as i8) >= -0x40 && !matches!(b, b'\t'..=b'\r' | b' '))
        .count();
    // U+0085 and U+00A0 start with 0xC2, U+1680 with 0xE1, U+2000..U+205F with 0xE2, U+3000
    // with 0xE3.
    let wide_space = |i: usize| {
        text.get(i..)
            .and_then(|s| s.chars().next())
            .is_some_and(char::is_whitespace)
    };
    let other = memchr::memchr3_iter(0xC2, 0xE2, 0xE3, bytes)
        .chain(memchr::memchr_iter(0xE1, bytes))
        .filter(|&i| wide_space(i))
        .count();
    leading - other
}

/// Longest title kept, in characters; the list truncates further by display width.
const MAX_TITLE_CHARS: usize = 120;
/// Lines searched for a date line.
const DATE_SEARCH_LINES: usize = 12;
/// Characters (not counting spaces) read per minute; Korean readers manage about 500.
const CHARS_PER_MINUTE: usize = 500;

impl Meta {
    /// Derives the metadata of `text`.
    #[must_use]
    pub fn from_text(text: &str) -> Self {
        let (title, date) = Self::title_and_date(text);
        Self {
            title,
            date,
            bytes: text.len(),
            input_bytes: None,
            minutes: Self::minutes_for(visible_chars(text)),
        }
    }

    /// The title and date of a text from its top, `text` (a document's first bytes will do):
    /// what [`Self::from_text`] takes from it.
    #[must_use]
    pub fn title_and_date(text: &str) -> (String, Option<String>) {
        let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
        let first = lines.next().unwrap_or("");
        let (stamp, first) = split_date_stamp(first);
        let date = stamp.or_else(|| {
            text.lines()
                .take(DATE_SEARCH_LINES)
                .find_map(|l| date_line(l.trim()))
        });
        let title = if first.is_empty() {
            lines.next().unwrap_or("")
        } else {
            first
        };
        let title = first_sentence(title.trim_start_matches('#').trim());
        let title = if title.is_empty() {
            "(untitled)".into()
        } else {
            title
        };
        (title, date)
    }

    /// Minutes to read `visible` non-space characters (at least 1).
    #[must_use]
    pub fn minutes_for(visible: usize) -> usize {
        visible.div_ceil(CHARS_PER_MINUTE).max(1)
    }

    /// `10.9 KB · 9 min` style size text: the bytes read when known, else the text's size.
    #[must_use]
    pub fn size_text(&self) -> String {
        let bytes = self
            .input_bytes
            .map_or(self.bytes, |n| usize::try_from(n).unwrap_or(usize::MAX));
        format!("{} · {} min", human_bytes(bytes), self.minutes)
    }
}

/// `1.2 KB`, `3.4 MB`, ...
#[must_use]
pub fn human_bytes(n: usize) -> String {
    const UNITS: [&str; 4] = ["KB", "MB", "GB", "TB"];
    if n < 1024 {
        return format!("{n} B");
    }
    #[allow(clippy::cast_precision_loss)] // display only
    let mut v = n as f64 / 1024.0;
    let mut unit = 0;
    while v >= 1024.0 && unit + 1 < UNITS.len() {
        v /= 1024.0;
        unit += 1;
    }
    format!("{v:.1} {}", UNITS[unit])
}

/// A leading `date 2025-07-18` stamp (as news exports write it) and the rest of the line.
fn split_date_stamp(line: &str) -> (Option<String>, &str) {
    let lower = line.get(..5).map(str::to_ascii_lowercase);
    if lower.as_deref() == Some("date ") || lower.as_deref() == Some("date:") {
        let rest = line[5..].trim_start();
        if let Some(date) = rest.get(..10).and_then(iso_date) {
            return (Some(date), rest[10..].trim_start());
        }
    }
    (None, line)
}

/// `YYYY-MM-DD` (or `YYYY.MM.DD`, `YYYY/MM/DD`) normalised to `YYYY-MM-DD`.
fn iso_date(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    let sep = b.get(4).copied();
    if b.len() == 10
        && digits(0..4)
        && digits(5..7)
        && digits(8..10)
        && matches!(sep, Some(b'-' | b'.' | b'/'))
        && b.get(7).copied() == sep
    {
        return ymd(&s[0..4], &s[5..7], &s[8..10]);
    }
    None
}

fn ymd(y: &str, m: &str, d: &str) -> Option<String> {
    let (y, m, d): (u32, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// A line that is (or starts with) a date: `2025년 1월 31일`, `2025-01-31`, `2025.1.31.`.
fn date_line(line: &str) -> Option<String> {
    if let Some(d) = line.get(..10).and_then(iso_date) {
        return Some(d);
    }
    let mut parts = line.split_whitespace();
    let y = parts.next()?.strip_suffix('년')?;
    let m = parts.next()?.strip_suffix('월')?;
    let d = parts.next()?;
    let d = d.strip_suffix('일').or_else(|| d.strip_suffix("일,"))?;
    if y.len() != 4 {
        return None;
    }
    ymd(y, m, d)
}

/// The first sentence of a line, cut at the first `.`, `?` or `!` that ends a sentence (not an
/// initial such as `D.` or a number such as `3.5`).
fn first_sentence(line: &str) -> String {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    for (i, &(at, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '?' | '!' | '。') {
            continue;
        }
        let next_is_space = chars.get(i + 1).is_none_or(|&(_, n)| n.is_whitespace());
        let prev = i.checked_sub(1).map(|p| chars[p].1);
        let before_prev = i.checked_sub(2).map(|p| chars[p].1);
        let initial = prev.is_some_and(|p| p.is_ascii_uppercase())
            && before_prev.is_none_or(|b| !b.is_alphanumeric());
        if next_is_space && !initial {
            let end = at + c.len_utf8();
            return truncate_chars(&line[..end]);
        }
    }
    truncate_chars(line)
}

fn truncate_chars(s: &str) -> String {
    match s.char_indices().nth(MAX_TITLE_CHARS) {
        Some((at, _)) => format!("{}…", &s[..at]),
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visible_characters_are_those_that_are_not_white_space() {
        let slow = |s: &str| s.chars().filter(|c| !c.is_whitespace()).count();
        let mut spaces: Vec<char> = (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|c| c.is_whitespace())
            .collect();
        spaces.extend([
            '가',
            'a',
            '“',
            '·',
            '\u{E000}',
            '\u{1F600}',
            '\u{200B}',
            '\u{0100}',
        ]);
        for a in &spaces {
            for b in &spaces {
                let s = format!("{a}x{b}{a}");
                assert_eq!(visible_chars(&s), slow(&s), "{s:?}");
            }
        }
        assert_eq!(visible_chars("김 교수는\t“좋다”\u{3000}고 했다.\n"), 12);
    }

    #[test]
    fn date_stamp_is_not_part_of_the_title() {
        let m = Meta::from_text(
            " date 2025-07-18 1월 20일에 출시된 모델은 흥분시켰습니다. 이유가 무엇일까요?\n둘째 줄",
        );
        assert_eq!(m.date.as_deref(), Some("2025-07-18"));
        assert_eq!(m.title, "1월 20일에 출시된 모델은 흥분시켰습니다.");
    }

    #[test]
    fn korean_date_line_near_the_top() {
        let m = Meta::from_text(
            "중국의 DeepSeek가 AI 분야를 민주화할 수 있을까?\n매거진\n2025년 1월 31일\n\n본문",
        );
        assert_eq!(m.date.as_deref(), Some("2025-01-31"));
        assert_eq!(m.title, "중국의 DeepSeek가 AI 분야를 민주화할 수 있을까?");
        assert_eq!(Meta::from_text("제목\n2024.3.5 발행").date, None);
        assert_eq!(
            Meta::from_text("제목\n2024.03.05 발행").date.as_deref(),
            Some("2024-03-05")
        );
    }

    #[test]
    fn no_date_and_heading_titles() {
        let m = Meta::from_text("\n\n# 은소랜 은퇴 연구소\n\n본문");
        assert_eq!(m.title, "은소랜 은퇴 연구소");
        assert_eq!(m.date, None);
        assert_eq!(Meta::from_text("2025년 13월 1일\n").date, None);
    }

    #[test]
    fn initials_and_numbers_do_not_end_the_title() {
        let m = Meta::from_text("David D. Cox says 3.5 is fine. More text.");
        assert_eq!(m.title, "David D. Cox says 3.5 is fine.");
    }

    #[test]
    fn size_and_reading_time() {
        let m = Meta::from_text(&"가".repeat(1200));
        assert_eq!(m.minutes, 3);
        assert_eq!(m.bytes, 3600);
        assert_eq!(m.size_text(), "3.5 KB · 3 min");
        // Once the input's size is known, it is the one shown.
        let read = Meta {
            input_bytes: Some(2400),
            ..m
        };
        assert_eq!(read.size_text(), "2.3 KB · 3 min");
        assert_eq!(human_bytes(10), "10 B");
        assert_eq!(human_bytes(5 * 1024 * 1024), "5.0 MB");
    }

    #[test]
    fn long_titles_are_cut() {
        let m = Meta::from_text(&"가".repeat(500));
        assert_eq!(m.title.chars().count(), MAX_TITLE_CHARS + 1);
    }
}
