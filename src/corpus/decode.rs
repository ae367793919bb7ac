//! Bytes to clean text: BOMs, UTF-16, legacy Korean encodings, line endings, NFC.
//!
//! Korean text still arrives in CP949 (EUC-KR) from old sites and Windows tools, in UTF-16 from
//! Windows editors, and decomposed (conjoining jamo) from macOS file names and clipboards. All
//! of it becomes NFC UTF-8 with `\n` line endings, so offsets, widths and searches see one form.

use std::borrow::Cow;

use encoding_rs::{Encoding, EUC_KR, UTF_16BE, UTF_16LE};
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Why bytes could not become a document.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// The file has no bytes, or only white space.
    #[error("the file is empty")]
    Empty,
    /// NUL bytes outside UTF-16: not a text file.
    #[error("this looks like a binary file (it contains NUL bytes), not text")]
    Binary,
}

/// Decoded text and how it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// NFC text with `\n` line endings and no BOM.
    pub text: String,
    /// Name of the encoding the bytes were read as (`UTF-8`, `UTF-16LE`, `EUC-KR`, ...).
    pub encoding: &'static str,
    /// Whether invalid bytes were replaced with U+FFFD.
    pub lossy: bool,
}

/// Decodes a file's bytes into clean text.
///
/// # Errors
/// [`DecodeError::Empty`] for no text, [`DecodeError::Binary`] for NUL bytes outside UTF-16.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    let (raw, encoding, lossy) = to_unicode(bytes)?;
    let text = without_boms(clean(&raw));
    if text.chars().all(char::is_whitespace) {
        return Err(DecodeError::Empty);
    }
    Ok(Decoded {
        text,
        encoding,
        lossy,
    })
}

fn to_unicode(bytes: &[u8]) -> Result<(Cow<'_, str>, &'static str, bool), DecodeError> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return Ok((text, enc.name(), had_errors));
    }
    if let Some(enc) = sniff_utf16(bytes) {
        // Only believe the guess if it gives clean text; binaries often have NULs on one side.
        // A last odd byte (a file cut short) is half a code unit: it becomes U+FFFD, as in the
        // streamed path, and the rest still reads.
        let odd = bytes.len() % 2 == 1;
        let whole = &bytes[..bytes.len() - usize::from(odd)];
        if let Some(text) = enc.decode_without_bom_handling_and_without_replacement(whole) {
            // Cut short, it must also read as text does (mostly ASCII and Hangul): a short
            // binary with one NUL reads as CJK ideographs either way round.
            let readable = || {
                let n = text.chars().count();
                text.chars()
                    .filter(|&c| c.is_ascii() || is_hangul(c))
                    .count()
                    * 2
                    >= n
            };
            let clean = !text.chars().any(|c| c.is_control() && !c.is_whitespace());
            if clean && (!odd || readable()) {
                let mut text = text;
                if odd {
                    text.to_mut().push('\u{FFFD}');
                }
                return Ok((text, enc.name(), odd));
            }
        }
    }
    if bytes.contains(&0) {
        return Err(DecodeError::Binary);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((Cow::Borrowed(text), "UTF-8", false));
    }
    // Invalid UTF-8: CP949 (a superset of EUC-KR, which encoding_rs serves under that name)
    // if the whole file decodes cleanly and holds Hangul; otherwise UTF-8 with replacements,
    // so one corrupt byte in a UTF-8 file does not turn it into mojibake.
    if let Some(text) = EUC_KR.decode_without_bom_handling_and_without_replacement(bytes) {
        if text.chars().any(is_hangul) {
            return Ok((text, "EUC-KR", false));
        }
    }
    Ok((String::from_utf8_lossy(bytes), "UTF-8", true))
}

/// UTF-16 without a BOM: read the sample both ways and keep the reading that looks like text.
///
/// A NUL is needed (ASCII and Latin code units carry one). Each code unit in a common text range
/// counts, ASCII twice, because a byte-swapped ASCII letter lands in the CJK block (`p` is
/// U+7000 read the wrong way round) while a swapped Hangul syllable lands among the jamo.
pub(super) fn sniff_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 4 || !sample.contains(&0) {
        return None;
    }
    let units = sample.len() / 2;
    let judge = |read: fn([u8; 2]) -> u16| {
        let (mut plausible, mut score) = (0, 0);
        for pair in sample.chunks_exact(2) {
            let u = read([pair[0], pair[1]]);
            let weight = match u {
                0x09 | 0x0A | 0x0D | 0x20..=0x7E => 2,
                0xA0..=0x24FF | 0x2E80..=0x9FFF | 0xAC00..=0xD7A3 | 0xFF00..=0xFFEF => 1,
                _ => 0,
            };
            plausible += usize::from(weight > 0);
            score += weight;
        }
        (plausible * 10 >= units * 9, score)
    };
    // ASCII puts its NUL in the high byte: odd offsets for LE, even for BE.
    let nuls = |parity: usize| {
        sample
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (nuls(0), nuls(1));
    let (le_ok, le) = judge(u16::from_le_bytes);
    let (be_ok, be) = judge(u16::from_be_bytes);
    let (le_ok, be_ok) = (le_ok && odd >= even, be_ok && even >= odd);
    if le_ok && le > be {
        Some(UTF_16LE)
    } else if be_ok && be > le {
        Some(UTF_16BE)
    } else {
        None
    }
}

fn is_hangul(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7A3}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}')
}

/// The text without byte-order marks at its start: a tool that adds a BOM to text that already
/// has one leaves the second as a character.
pub(super) fn without_boms(text: String) -> String {
    match text.trim_start_matches('\u{feff}') {
        rest if rest.len() == text.len() => text,
        rest => rest.to_string(),
    }
}

/// Line endings to `\n`, and NFC so decomposed Hangul shows as syllables.
pub(super) fn clean(raw: &str) -> String {
    let unix: Cow<'_, str> = if raw.contains('\r') {
        Cow::Owned(raw.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Cow::Borrowed(raw)
    };
    // Most text is made only of characters NFC never touches: checking that first is five
    // times faster than the quick check (which costs 6 ms per MB of Korean).
    if unix.chars().all(stays_nfc) || is_nfc_quick(unix.chars()) == IsNormalized::Yes {
        unix.into_owned()
    } else {
        unix.nfc().collect()
    }
}

/// Whether `c` is left as it is by NFC whatever surrounds it: its NFC quick check is Yes
/// (so it never combines with a character before it) and its combining class is 0 (so it is
/// never reordered). A text of only such characters is in NFC. The common ones: Latin below
/// U+0300, Hangul syllables, quotation marks, dashes and ellipses, CJK punctuation and
/// ideographs, and full-width forms.
fn stays_nfc(c: char) -> bool {
    matches!(
        c,
        '\0'..='\u{2FF}'
            | '\u{2010}'..='\u{2027}'
            | '\u{3000}'..='\u{3029}'
            | '\u{4E00}'..='\u{9FFF}'
            | '\u{AC00}'..='\u{D7A3}'
            | '\u{FF01}'..='\u{FF5E}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_taken_as_staying_nfc_do() {
        use unicode_normalization::char::canonical_combining_class;
        let ranges = [
            ('\0', '\u{2FF}'),
            ('\u{2010}', '\u{2027}'),
            ('\u{3000}', '\u{3029}'),
            ('\u{4E00}', '\u{9FFF}'),
            ('\u{AC00}', '\u{D7A3}'),
            ('\u{FF01}', '\u{FF5E}'),
        ];
        for (from, to) in ranges {
            for c in from..=to {
                assert!(stays_nfc(c));
                assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
                assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            }
        }
        for c in [
            '\u{300}', '\u{1161}', '\u{11A8}', '\u{2000}', '\u{302A}', '\u{F900}',
        ] {
            assert!(!stays_nfc(c), "{c:?}");
        }
        // A syllable and a trailing jamo still compose.
        assert_eq!(clean("\u{AC00}\u{11A8}"), "\u{AC01}");
    }

    #[test]
    fn utf8_with_and_without_bom() {
        let d = decode("\u{feff}안녕".as_bytes()).unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding, d.lossy),
            ("안녕", "UTF-8", false)
        );
        assert_eq!(decode("안녕".as_bytes()).unwrap().text, "안녕");
    }

    #[test]
    fn utf16_with_bom() {
        let mut le = vec![0xFF, 0xFE];
        le.extend("한글 text".encode_utf16().flat_map(u16::to_le_bytes));
        let d = decode(&le).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("한글 text", "UTF-16LE"));
        let mut be = vec![0xFE, 0xFF];
        be.extend("한글 text".encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(&be).unwrap().text, "한글 text");
    }

    #[test]
    fn utf16_without_bom_is_sniffed() {
        let le: Vec<u8> = "plain text, 한글도"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let d = decode(&le).unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding),
            ("plain text, 한글도", "UTF-16LE")
        );
        let be: Vec<u8> = "plain text"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(decode(&be).unwrap().encoding, "UTF-16BE");
    }

    #[test]
    fn utf16_without_bom_and_an_odd_last_byte_still_reads() {
        let mut le: Vec<u8> = "plain text, 한글도\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        le.push(b'x');
        let d = decode(&le).unwrap();
        assert_eq!(d.encoding, "UTF-16LE");
        assert!(d.lossy && d.text.starts_with("plain text, 한글도"));
    }

    #[test]
    fn utf16_without_bom_full_of_syllables_ending_in_00() {
        // 저 is U+C800 and 가 U+AC00: a NUL on the "wrong" side in many code units.
        let le: Vec<u8> = "저 가 저는 가고 저도 간다.\n"
            .repeat(20)
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(decode(&le).map(|d| d.encoding), Ok("UTF-16LE"));
        assert_eq!(decode(b"\0\x01binary"), Err(DecodeError::Binary));
    }

    #[test]
    fn cp949_is_detected() {
        let (bytes, _, _) = EUC_KR.encode("중국의 저렴한 모델, 똠방각하");
        let d = decode(&bytes).unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding, d.lossy),
            ("중국의 저렴한 모델, 똠방각하", "EUC-KR", false)
        );
    }

    #[test]
    fn invalid_utf8_is_replaced_and_marked() {
        let mut bytes = "앞 ".as_bytes().to_vec();
        bytes.push(0xFF);
        bytes.extend(" 뒤 abc".as_bytes());
        let d = decode(&bytes).unwrap();
        assert!(d.lossy);
        assert_eq!(d.text, "앞 \u{FFFD} 뒤 abc");
    }

    #[test]
    fn nul_bytes_mean_binary() {
        assert_eq!(
            decode(b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0\x01"),
            Err(DecodeError::Binary)
        );
    }

    #[test]
    fn empty_and_blank_files() {
        assert_eq!(decode(b""), Err(DecodeError::Empty));
        assert_eq!(decode(b" \n\r\n\t"), Err(DecodeError::Empty));
        assert_eq!(decode(b"\xEF\xBB\xBF"), Err(DecodeError::Empty));
    }

    #[test]
    fn line_endings_become_lf() {
        assert_eq!(decode(b"a\r\nb\rc\n").unwrap().text, "a\nb\nc\n");
    }

    #[test]
    fn decomposed_hangul_becomes_syllables() {
        // 한 as conjoining jamo (as macOS writes it).
        let d = decode("\u{1112}\u{1161}\u{11AB}글".as_bytes()).unwrap();
        assert_eq!(d.text, "한글");
    }

    #[test]
    fn control_characters_are_kept_for_the_renderer_to_escape() {
        let d = decode(b"title\x1b]0;pwned\x07").unwrap();
        assert_eq!(d.text, "title\u{1b}]0;pwned\u{7}");
    }
}
