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
/// Bytes of the first block decoded and handed over before the rest of it: a screenful.
const FIRST_PIECE: usize = 64 << 10;
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

/// The clean text of the first `len` bytes of `input` (up to a line break) when they are
/// plainly UTF-8, read here and now; empty otherwise, or when `len` is not below [`BLOCK`].
/// [`for_each_piece`] hands over the same text first, whatever its pieces: the reader shows
/// this before its loading thread has started.
///
/// # Errors
/// When reading fails.
pub fn early_pieces(mut input: impl Read, len: usize) -> std::io::Result<Vec<String>> {
    let mut first = Vec::new();
    fill(&mut input, &mut first, len)?;
    let mut pieces = Vec::new();
    if is_early(&first, len, BLOCK) {
        let mut stream = Pieces::default();
        let mut decoder = UTF_8.new_decoder_without_bom_handling();
        // Collecting never asks to stop.
        let _ = stream.feed(&mut decoder, &first, false, &mut |p| {
            pieces.push(p);
            true
        });
    }
    Ok(pieces)
}

/// Whether the first `head_len` bytes of a stream read in blocks of `block_len`, `first`, are
/// handed over before the rest of the first block is read and judged.
fn is_early(first: &[u8], head_len: usize, block_len: usize) -> bool {
    first.len() == head_len && head_len < block_len && plainly_utf8(first)
}

/// [`for_each_piece_in_blocks`] reading at most about `limit` bytes.
fn pieces_up_to(
    mut input: impl Read,
    block: usize,
    limit: u64,
    mut piece: impl FnMut(String) -> bool,
) -> Result<Summary, StreamError> {
    let block_len = block.max(4);
    let mut stream = Pieces::default();
    // The first page should not wait for a whole block to be read and judged: a first
    // stretch that is plainly UTF-8 (Korean or any non-ASCII text in it; EUC-KR bytes are
    // never valid UTF-8 Hangul) is handed over at once. The block is still judged whole
    // below, so a binary file is refused as before.
    let mut first = Vec::new();
    let head_len = FIRST_PIECE.min(block_len);
    fill(&mut input, &mut first, head_len)?;
    let early = is_early(&first, head_len, block_len);
    let mut decoder = UTF_8.new_decoder_without_bom_handling();
    if early {
        stream.feed(&mut decoder, &first, false, &mut piece)?;
    }
    let head = first.len();
    if head == head_len {
        let mut rest = Vec::new();
        fill(&mut input, &mut rest, block_len - head)?;
        first.extend_from_slice(&rest);
    }
    if first.len() < block_len && !early {
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
    let (judged, skip) = judge(&first)?;
    let mut read = first.len() as u64;
    let (encoding, mut block) = if early {
        (UTF_8, first.split_off(head))
    } else {
        decoder = judged.new_decoder_without_bom_handling();
        let mut block = first.split_off(skip.min(first.len()));
        // Decoding a whole block takes milliseconds: a screenful is handed over first (not
        // all of it: an empty block below means the input has ended).
        let cut = floor_char(&block, FIRST_PIECE);
        if cut < block.len() {
            stream.feed(&mut decoder, &block[..cut], false, &mut piece)?;
            block.drain(..cut);
        }
        (judged, block)
    };
    loop {
        let last = block.is_empty();
        stream.feed(&mut decoder, &block, last, &mut piece)?;
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

/// Whether `head`, the start of an input, is UTF-8 text beyond doubt: no byte-order mark,
/// no NUL, valid UTF-8 (but for a character cut at its end), and not all ASCII (which
/// any Korean legacy encoding would be too).
fn plainly_utf8(head: &[u8]) -> bool {
    // encoding_rs's check runs a vector at a time (std's goes a character at a time through
    // Korean); what it stops before is a character cut at the end, or an invalid one.
    let up_to = Encoding::utf8_valid_up_to(head);
    let valid = up_to == head.len()
        || std::str::from_utf8(&head[up_to..]).is_err_and(|e| e.error_len().is_none());
    valid
        && !head.is_ascii()
        && !head.contains(&0)
        && Encoding::for_bom(head).is_none()
        && sniff_utf16(head).is_none()
}

/// Where the first block is cut for the first piece: after this many bytes, or a little
/// before, so a UTF-8 character is not cut (the decoder would carry it over anyway).
fn floor_char(block: &[u8], at: usize) -> usize {
    let mut at = at.min(block.len());
    while at > 0 && at < block.len() && (block[at] & 0xC0) == 0x80 {
        at -= 1;
    }
    at
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
#[derive(Default)]
struct Pieces {
    carry: String,
    lossy: bool,
    visible: bool,
    /// A piece has been handed over (only the first may start with stray BOMs).
    started: bool,
}

impl Pieces {
    /// Decodes `bytes` and hands over what is ready; `Stopped` when the taker wants no more.
    fn feed(
        &mut self,
        decoder: &mut Decoder,
        bytes: &[u8],
        last: bool,
        piece: &mut impl FnMut(String) -> bool,
    ) -> Result<(), StreamError> {
        self.decode(decoder, bytes, last);
        if self.emit(last, piece) {
            Ok(())
        } else {
            Err(StreamError::Stopped)
        }
    }

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
mod tests;
