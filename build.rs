//! Links the `dokseo` executable at a fixed address on Linux (`-no-pie`), unless it is
//! linked statically (`crt-static`, as musl targets are: a static executable must stay
//! position-independent, or it crashes at start) or `DOKSEO_PIE` is set to anything but `0`
//! at build time.
//!
//! A position-independent executable is relocated by the dynamic loader at every start:
//! about 17,500 pointers in dokseo's tables (regex-syntax's Unicode tables, which regular
//! expression search needs, pulldown-cmark's HTML entities, vtables), and each page of them is
//! copied before `main` runs. Linked at a fixed address, the linker fills them in and the pages
//! are read from the file as they are used. From `exec` to the first 4 KB of the first screen
//! of a 512 MB file written in tmux (`benches/keys_in_tmux.py writes`, medians of 15):
//! 2.90 ms position-independent, 2.08 to 2.57 ms at a fixed address (less: 1.57 to 2.19 ms).
//!
//! The price: the executable's own code and data are at the same address on every run
//! (libraries, heap and stack are still placed at random), as Go links its programs on this
//! platform by default. A distribution whose policy asks for position-independent executables
//! builds with `DOKSEO_PIE=1`. (A C compiler older than GCC 6 does not know `-no-pie`; such
//! a system builds with `DOKSEO_PIE=1` too.) The code is compiled position-independent either way, so only
//! the link changes, and only for the binaries.
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=DOKSEO_PIE");
    let linux = std::env::var("CARGO_CFG_TARGET_OS").is_ok_and(|os| os == "linux");
    let pie = std::env::var("DOKSEO_PIE").is_ok_and(|v| !v.is_empty() && v != "0");
    let static_crt = std::env::var("CARGO_CFG_TARGET_FEATURE")
        .is_ok_and(|features| features.split(',').any(|f| f == "crt-static"));
    if linux && !pie && !static_crt {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
