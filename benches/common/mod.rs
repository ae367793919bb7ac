//! What the benchmarks share: their input, the bundled seeds repeated.

use dokseo::corpus::seeds;

/// The seeds joined with line breaks and repeated, each copy ending in a line break, until
/// the text is at least `bytes` long (whole copies: it may be longer).
pub fn seeds_repeated(bytes: usize) -> String {
    let all: String = seeds()
        .iter()
        .map(|d| d.text.to_string())
        .collect::<Vec<_>>()
        .join("\n");
    let mut out = String::with_capacity(bytes + all.len());
    while out.len() < bytes {
        out.push_str(&all);
        out.push('\n');
    }
    out
}
