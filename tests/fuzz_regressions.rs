//! Inputs found by the `pipeline` fuzz target (`fuzz/`, see `fuzz/README.md`), kept so they stay
//! fixed. Each test inlines the minimized input (without the target's two header bytes, which
//! only choose the pane width and the search query) and checks the invariant it broke.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use dokseo::corpus::decode;
use dokseo::corpus::stream::{for_each_piece, BLOCK};

/// A file with its byte-order mark written twice (a tool prepended a BOM to text that already
/// had one) kept the second U+FEFF as the first character of the text, although decoded text
/// promises no BOM: it then leads the title and `dokseo list`. Fixed in b8d38b0.
#[test]
fn a_doubled_byte_order_mark_is_removed() {
    let inputs: [&[u8]; 3] = [
        // The fuzzer's input, minimized: UTF-16LE BOM twice, then "a".
        b"\xFF\xFE\xFF\xFEa\x00",
        b"\xFE\xFF\xFE\xFF\x00a",
        b"\xEF\xBB\xBF\xEF\xBB\xBFa",
    ];
    for bytes in inputs {
        let d = decode(bytes).unwrap();
        assert_eq!(d.text, "a", "{bytes:?} read as {}", d.encoding);
    }
}

/// The same doubled BOM at the start of a file big enough to be decoded in pieces: the first
/// piece must not start with it either, and the pieces must add up to the whole decoding.
#[test]
fn a_doubled_byte_order_mark_is_removed_from_a_streamed_file() {
    let body = "“한 줄”이라고 말했다.\n".repeat(BLOCK / 20);
    let mut utf8 = b"\xEF\xBB\xBF\xEF\xBB\xBF".to_vec();
    utf8.extend(body.as_bytes());
    let mut utf16 = b"\xFF\xFE\xFF\xFE".to_vec();
    utf16.extend(body.encode_utf16().flat_map(u16::to_le_bytes));
    for bytes in [utf8, utf16] {
        assert!(
            bytes.len() > BLOCK,
            "the input must take the streaming path"
        );
        let mut streamed = String::new();
        for_each_piece(bytes.as_slice(), |piece| {
            streamed.push_str(&piece);
            true
        })
        .unwrap();
        let head: String = streamed.chars().take(3).collect();
        assert!(streamed.starts_with('“'), "starts with {head:?}");
        assert_eq!(streamed, decode(&bytes).unwrap().text);
    }
}
