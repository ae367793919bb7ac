//! JSON that is safe to print to a terminal.
//!
//! serde_json escapes only `"`, `\` and C0 controls, so DEL, C1 controls (U+009B is a CSI,
//! U+009D an OSC), bidi overrides and zero-width characters from document text would reach
//! whoever `cat`s the output raw. [`SafeFormatter`] is serde_json's pretty formatter that also
//! writes every character [`is_hidden`] names as a `\uXXXX` escape: the output stays valid
//! JSON and parses back to exactly the original strings.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter};

use crate::text::glyph::is_hidden;

/// Writes `value` as pretty JSON with hidden characters escaped, then a newline.
///
/// # Errors
/// When writing fails.
pub fn write<T: Serialize + ?Sized>(out: &mut impl Write, value: &T) -> io::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(&mut *out, SafeFormatter::default());
    value.serialize(&mut ser)?;
    writeln!(out)
}

/// [`PrettyFormatter`] with every [`is_hidden`] character in strings written as `\uXXXX`
/// (a surrogate pair beyond the BMP).
#[derive(Default)]
pub struct SafeFormatter {
    pretty: PrettyFormatter<'static>,
}

impl Formatter for SafeFormatter {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut clean = 0;
        for (at, c) in fragment.char_indices() {
            if !is_hidden(c) {
                continue;
            }
            writer.write_all(&fragment.as_bytes()[clean..at])?;
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                write!(writer, "\\u{unit:04x}")?;
            }
            clean = at + c.len_utf8();
        }
        writer.write_all(&fragment.as_bytes()[clean..])
    }

    // Layout: exactly what the pretty formatter does.

    fn begin_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.pretty.begin_array(writer)
    }

    fn end_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.pretty.end_array(writer)
    }

    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.pretty.begin_array_value(writer, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.pretty.end_array_value(writer)
    }

    fn begin_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.pretty.begin_object(writer)
    }

    fn end_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.pretty.end_object(writer)
    }

    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.pretty.begin_object_key(writer, first)
    }

    fn end_object_key<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.pretty.end_object_key(writer)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.pretty.begin_object_value(writer)
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.pretty.end_object_value(writer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn to_string<T: Serialize + ?Sized>(value: &T) -> String {
        let mut out = Vec::new();
        write(&mut out, value).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn hidden_characters_are_escaped_and_round_trip() {
        let hostile = vec![
            "a\u{1b}]0;t\u{7}b\u{7f}\u{9d}2;x\u{9c}".to_string(),
            "\u{202e}evil\u{2066}\u{200b}z\u{200d}w\u{feff}\u{2028}".to_string(),
            "tag\u{e0041} 가\t\n\"\\/".to_string(),
        ];
        let json = to_string(&hostile);
        assert!(!json.chars().any(|c| is_hidden(c) && c != '\n'), "{json:?}");
        for escaped in [
            "\\u001b",
            "\\u007f",
            "\\u009d",
            "\\u202e",
            "\\u200b",
            "\\u200d",
            "\\ufeff",
            "\\u2028",
            "\\udb40\\udc41",
        ] {
            assert!(json.contains(escaped), "{escaped} missing from {json}");
        }
        let back: Vec<String> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, hostile);
    }

    #[test]
    fn clean_output_is_serde_jsons_pretty_output() {
        let value = serde_json::json!({"a": [1, "가“…”😀", {"b": null}], "c": []});
        let mut expected = serde_json::to_string_pretty(&value).unwrap();
        expected.push('\n');
        assert_eq!(to_string(&value), expected);
    }
}
