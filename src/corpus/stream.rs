//! Decoding a file in pieces, so the first screen of a huge file shows before the rest is read.
//!
//! Small inputs go through [`decode`] whole, which can afford to look at every byte before
//! choosing an encoding. A big input is judged by its first block (BOM, UTF-16 sniffing, NUL
//! bytes, UTF-8 validity, CP949) and then decoded block by block with `encoding_rs`'s streaming
//! decoder. Pieces end at line breaks, so turning `\r\n` into `\n` and composing to NFC never
//! depend on where a block happened to end. The same bytes always give the same pieces, which
//! lets two threads (text and quotes) read a file independently and agree on every offset.

use std::io::Read;

use encoding_rs::{Decoder, Encoding, EUC_KR, UTF_8};

use crate::text::floor_boundary;

use super::decode::{clean, decode, sniff_utf16, without_boms, DecodeError};

/// Bytes read per block.
pub const BLOCK: usize = 1 << 20;
/// A line longer than this is cut (before a space when there is one) so memory stays bounded.
const MAX_CARRY: usize = 8 << 20;
/// Inputs are read up to this many bytes (the reader and `dokseo quotes` alike), so an endless
/// stream (`yes |`, `/dev/urandom`) ends with a message instead of using up memory.
pub const MAX_INPUT_BYTES: u64 = 2 << 30;

/// How a streamed input was read, known once the stream ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    /// Name of the encoding.
    pub encoding: &'static str,
    /// Whether invalid bytes were replaced with U+FFFD.
    pub lossy: bool,
    /// Bytes read from the input, BOM included: a file's size on disk, which the decoded text
    /// is not (a CP949 syllable is 2 bytes read and 3 bytes of UTF-8).
    pub bytes: u64,
}

/// Why a stream stopped.
#[derive(Debug, thiserror::Error)]
pub enum StreamError {
    /// The bytes are not text.
    #[error(transparent)]
    Decode(#[from] DecodeError),
    /// Reading failed (the file vanished, a disk error).
    #[error("cannot read it: {0}")]
    Io(#[from] std::io::Error),
    /// The consumer asked to stop.
    #[error("stopped")]
    Stopped,
    /// The input goes on past [`MAX_INPUT_BYTES`]; what came before it was handed over.
    #[error("it is longer than 2 GiB; only the first 2 GiB were read")]
    TooBig,
}

/// Reads `input` to its end, calling `piece` with each piece of clean text (NFC, `\n` line
/// endings) in order; `piece` returns `false` to stop early.
///
/// # Errors
/// As [`decode`] for text that is not text, I/O errors, or [`StreamError::Stopped`].
pub fn for_each_piece(
    input: impl Read,
    piece: impl FnMut(String) -> bool,
) -> Result<Summary, StreamError> {
    for_each_piece_in_blocks(input, BLOCK, piece)
}

/// [`for_each_piece`] reading `block` bytes at a time (at least 4), for tests that need many
/// blocks from little text.
///
/// # Errors
/// As [`for_each_piece`].
pub fn for_each_piece_in_blocks(
    input: impl Read,
    block: usize,
    piece: impl FnMut(String) -> bool,
) -> Result<Summary, StreamError> {
    pieces_up_to(input, block, MAX_INPUT_BYTES, piece)
}

/// [`for_each_piece_in_blocks`] reading at most about `limit` bytes.
fn pieces_up_to(
    mut input: impl Read,
    block: usize,
    limit: u64,
    mut piece: impl FnMut(String) -> bool,
) -> Result<Summary, StreamError> {
    let block_len = block.max(4);
    let mut first = Vec::new();
    fill(&mut input, &mut first, block_len)?;
    if first.len() < block_len {
        // The whole input fits in one block: judge it whole, as `decode` does.
        let d = decode(&first)?;
        return if piece(d.text) {
            Ok(Summary {
                encoding: d.encoding,
                lossy: d.lossy,
                bytes: first.len() as u64,
            })
        } else {
            Err(StreamError::Stopped)
        };
    }
    let (encoding, skip) = judge(&first)?;
    let mut read = first.len() as u64;
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut stream = Pieces {
        carry: String::new(),
        lossy: false,
        visible: false,
        started: false,
    };
    let mut block = first.split_off(skip.min(first.len()));
    loop {
        let last = block.is_empty();
        stream.decode(&mut decoder, &block, last);
        if !stream.emit(last, &mut piece) {
            return Err(StreamError::Stopped);
        }
        if last {
            break;
        }
        if read >= limit {
            return Err(StreamError::TooBig);
        }
        fill(&mut input, &mut block, block_len)?;
        read += block.len() as u64;
    }
    if !stream.visible {
        return Err(DecodeError::Empty.into());
    }
    Ok(Summary {
        encoding: encoding.name(),
        lossy: stream.lossy,
        bytes: read,
    })
}

/// Reads the next block into `buf` (shorter only at the end), in large reads.
fn fill(input: &mut impl Read, buf: &mut Vec<u8>, len: usize) -> std::io::Result<()> {
    buf.resize(len, 0);
    let mut n = 0;
    while n < len {
        match input.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    buf.truncate(n);
    Ok(())
}

/// The encoding of a big input from its first block, and the BOM length to skip.
fn judge(first: &[u8]) -> Result<(&'static Encoding, usize), DecodeError> {
    if let Some((enc, bom)) = Encoding::for_bom(first) {
        return Ok((enc, bom));
    }
    if let Some(enc) = sniff_utf16(first) {
        return Ok((enc, 0));
    }
    if first.contains(&0) {
        return Err(DecodeError::Binary);
    }
    // The block may end inside a character; only an error before the last 3 bytes counts.
    let valid = match std::str::from_utf8(first) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none() && e.valid_up_to() + 4 > first.len(),
    };
    if valid {
        return Ok((UTF_8, 0));
    }
    // A two-byte character may be cut at the end of the block.
    let clean_euc_kr = [first, &first[..first.len() - 1]].into_iter().any(|b| {
        EUC_KR
            .decode_without_bom_handling_and_without_replacement(b)
            .is_some_and(|t| t.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c)))
    });
    if clean_euc_kr {
        return Ok((EUC_KR, 0));
    }
    Ok((UTF_8, 0))
}

/// Decoded text waiting for a line break.
struct Pieces {
    carry: String,
    lossy: bool,
    visible: bool,
    /// A piece has been handed over (only the first may start with stray BOMs).
    started: bool,
}

impl Pieces {
    fn decode(&mut self, decoder: &mut Decoder, bytes: &[u8], last: bool) {
        let mut rest = bytes;
        loop {
            let need = decoder
                .max_utf8_buffer_length(rest.len())
                .unwrap_or(rest.len() * 3 + 16);
            self.carry.reserve(need);
            let (result, read, errors) = decoder.decode_to_string(rest, &mut self.carry, last);
            self.lossy |= errors;
            rest = &rest[read..];
            if result == encoding_rs::CoderResult::InputEmpty {
                break;
            }
        }
    }

    /// Hands over everything up to the last safe line break (all of it at the end).
    fn emit(&mut self, last: bool, piece: &mut impl FnMut(String) -> bool) -> bool {
        let cut = if last {
            self.carry.len()
        } else {
            match split_point(&self.carry) {
                Some(at) => at,
                None if self.carry.len() > MAX_CARRY => long_line_cut(&self.carry),
                None => return true,
            }
        };
        if cut == 0 {
            return true;
        }
        let rest = self.carry.split_off(cut);
        let mut text = clean(&std::mem::replace(&mut self.carry, rest));
        if !self.started {
            text = without_boms(text);
            self.started = true;
        }
        self.visible |= !text.chars().all(char::is_whitespace);
        piece(text)
    }
}

/// Just after the last line break whose meaning is settled: a `\n`, or a `\r` not at the end
/// (a final `\r` may be the first half of `\r\n`).
fn split_point(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    (0..b.len()).rev().find_map(|i| match b[i] {
        b'\n' => Some(i + 1),
        b'\r' if i + 1 < b.len() => Some(i + 1),
        _ => None,
    })
}

/// Where to cut a line too long to hold: after its last space, else at a character boundary.
fn long_line_cut(s: &str) -> usize {
    let end = s.len() - s.len() / 8;
    let space = s.as_bytes()[..end].iter().rposition(|&b| b == b' ');
    floor_boundary(s, space.map_or(end, |i| i + 1))
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_endless_input_ends_at_the_limit_with_what_came_before() {
        // `yes`: longer than the limit, as an endless stream is.
        let endless = std::io::Cursor::new(b"y\n".repeat(1 << 20));
        let mut got = 0;
        let result = pieces_up_to(endless, 64, 1000, |p| {
            got += p.len();
            true
        });
        assert!(matches!(result, Err(StreamError::TooBig)), "{result:?}");
        assert!((900..=1100).contains(&got), "{got}");
    }

    use super::*;

    fn pieces(bytes: &[u8]) -> (Vec<String>, Result<Summary, StreamError>) {
        let mut out = Vec::new();
        let r = for_each_piece(bytes, |p| {
            out.push(p);
            true
        });
        (out, r)
    }

    fn big(line: &str, n: usize) -> String {
        line.repeat(n)
    }

    #[test]
    fn small_input_is_one_piece_like_decode() {
        let (p, r) = pieces("첫 줄\r\n둘째".as_bytes());
        assert_eq!(p, ["첫 줄\n둘째"]);
        assert_eq!(r.as_ref().ok().map(|s| s.encoding), Some("UTF-8"));
        assert_eq!(r.ok().map(|s| s.bytes), Some("첫 줄\r\n둘째".len() as u64));
        let (cp949, _, _) = EUC_KR.encode("옛 글자입");
        assert_eq!(pieces(&cp949).1.ok().map(|s| s.bytes), Some(9));
        assert!(matches!(
            pieces(b"").1,
            Err(StreamError::Decode(DecodeError::Empty))
        ));
    }

    #[test]
    fn big_input_comes_in_line_pieces_that_add_up() {
        let text = big("“인용문입니다”라고 그는 말했다.\r\n", 60_000);
        let (p, r) = pieces(text.as_bytes());
        assert!(p.len() > 1);
        assert!(p.iter().all(|s| s.ends_with('\n')));
        assert!(p.concat() == text.replace("\r\n", "\n"));
        assert_eq!(
            r.ok(),
            Some(Summary {
                encoding: "UTF-8",
                lossy: false,
                bytes: text.len() as u64,
            })
        );
    }

    #[test]
    fn big_cp949_and_utf16_and_binary() {
        let text = big("중국의 저렴한 모델이다.\n", 100_000);
        let (bytes, _, _) = EUC_KR.encode(&text);
        let (p, r) = pieces(&bytes);
        assert!(p.concat() == text, "pieces differ from the text");
        let r = r.ok();
        assert_eq!(r.map(|s| s.encoding), Some("EUC-KR"));
        // The bytes read, not the longer UTF-8 text they became.
        assert_eq!(r.map(|s| s.bytes), Some(bytes.len() as u64));
        assert!(text.len() > bytes.len());
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let (p, r) = pieces(&le);
        assert!(p.concat() == text, "pieces differ from the text");
        assert_eq!(r.ok().map(|s| s.encoding), Some("UTF-16LE"));
        let mut bin = vec![0u8; BLOCK + 10];
        bin[0] = 0x7f;
        assert!(matches!(
            pieces(&bin).1,
            Err(StreamError::Decode(DecodeError::Binary))
        ));
    }

    #[test]
    fn a_cr_split_from_its_lf_and_a_huge_line_are_handled() {
        // Place "\r\n" exactly across the first block boundary.
        let mut text = "가".repeat((BLOCK - 1) / 3);
        while text.len() < BLOCK - 1 {
            text.push('a');
        }
        text.push_str("\r\nnext\n");
        let (p, _) = pieces(text.as_bytes());
        assert!(p.concat() == text.replace("\r\n", "\n"));
        let long = "낱말 ".repeat(4_000_000);
        let (p, _) = pieces(long.as_bytes());
        assert!(p.len() > 1 && p.iter().all(|s| s.len() <= MAX_CARRY + BLOCK * 4));
        assert!(p.concat() == long);
    }

    #[test]
    fn invalid_bytes_later_are_replaced_and_marked() {
        let mut bytes = big("정상적인 줄\n", 200_000).into_bytes();
        bytes.extend([0xFF, b'\n']);
        let (p, r) = pieces(&bytes);
        assert!(p.concat().ends_with("\u{FFFD}\n"));
        assert_eq!(r.ok().map(|s| s.lossy), Some(true));
    }
}
