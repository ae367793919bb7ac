//! Times quote extraction alone over one file read as one document.
//!
//! `cargo run --release --example extract-time -- FILE` prints the file's size, the number of
//! quotes, and the time and throughput of `dokseo::quotes::extract` alone (no decoding,
//! report or output), for comparing with `dokseo quotes --json FILE` and `grep -o`.

use std::time::Instant;

fn main() -> std::process::ExitCode {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: extract-time FILE");
        return std::process::ExitCode::FAILURE;
    };
    let text = match std::fs::read(&path) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) => {
            eprintln!("{}: {e}", path.to_string_lossy());
            return std::process::ExitCode::FAILURE;
        }
    };
    let start = Instant::now();
    let quotes = dokseo::quotes::extract(&text);
    let secs = start.elapsed().as_secs_f64();
    let mb = text.len() as f64 / 1e6;
    println!(
        "{:.1} MB, {} quotes, extract {secs:.3} s, {:.1} MB/s",
        mb,
        quotes.len(),
        mb / secs.max(1e-9)
    );
    std::process::ExitCode::SUCCESS
}
