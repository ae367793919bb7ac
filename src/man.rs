//! The manual page: clap's sections from the command line definition, and a KEYS section from
//! the default key map, so neither can drift from what the program does.

use clap_mangen::roff::{bold, italic, roman, Roff};
use dokseo::action::{Scope, BINDABLE};

/// The whole page in roff, as `assets/dokseo.1` ships it.
///
/// # Errors
/// Only if clap_mangen fails to write into memory, which it does not.
pub fn page(cmd: clap::Command) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    let subcommands = subcommands_section(&cmd).to_roff();
    clap_mangen::Man::new(cmd).render(&mut out)?;
    // clap_mangen lists subcommands as pages of their own (`dokseo-quotes(1)`), which are not
    // shipped: one page describing each subcommand's options serves a reader better.
    if let Some(start) = find(&out, b"\n.SH SUBCOMMANDS\n").map(|i| i + 1) {
        let end = find(&out[start + 1..], b"\n.SH ").map_or(out.len(), |i| start + i + 2);
        out.splice(start..end, subcommands.into_bytes());
    }
    // The keys belong before VERSION, where a reader looks for usage; clap_mangen has no hook
    // for an extra section, so it is spliced in at that heading (or added at the end).
    let keys = keys_section().to_roff();
    let at = find(&out, b"\n.SH VERSION").map_or(out.len(), |i| i + 1);
    out.splice(at..at, keys.into_bytes());
    Ok(out)
}

/// `.SH SUBCOMMANDS`: each subcommand (but `help`) with what it does and its arguments.
fn subcommands_section(cmd: &clap::Command) -> Roff {
    let mut roff = Roff::new();
    roff.control("SH", ["SUBCOMMANDS"]);
    for sub in cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        roff.control("SS", [format!("dokseo {}", sub.get_name()).as_str()]);
        if let Some(about) = sub.get_about() {
            roff.text([roman(about.to_string())]);
        }
        for arg in sub.get_arguments().filter(|a| !a.is_hide_set()) {
            roff.control("TP", []);
            let names = arg
                .get_value_names()
                .map(|v| {
                    v.iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .unwrap_or_else(|| arg.get_id().as_str().to_uppercase());
            let head = match arg.get_long() {
                Some(long) if arg.get_action().takes_values() => {
                    vec![bold(format!("--{long}")), roman(" "), italic(names)]
                }
                Some(long) => vec![bold(format!("--{long}"))],
                // A positional that collects (`PATHS`) takes any number, none included.
                None if matches!(arg.get_action(), clap::ArgAction::Append) => {
                    vec![roman("["), italic(names), roman("]...")]
                }
                None => vec![italic(names)],
            };
            roff.text(head);
            let mut help = arg.get_help().map(ToString::to_string).unwrap_or_default();
            let values: Vec<String> = arg
                .get_possible_values()
                .iter()
                .filter(|v| !v.is_hide_set())
                .map(|v| v.get_name().to_string())
                .collect();
            // A flag's possible values are `true` and `false`: nothing to say.
            if !values.is_empty() && arg.get_action().takes_values() {
                help.push_str(&format!(". One of: {}", values.join(", ")));
            }
            roff.text([roman(help)]);
        }
    }
    roff
}

/// `.SH KEYS`: every default binding, grouped as the help overlay groups them.
fn keys_section() -> Roff {
    let mut roff = Roff::new();
    roff.control("SH", ["KEYS"]);
    roff.text([
        roman("The default keys. Each can be rebound in the config file under "),
        bold("[keys.global]"),
        roman(", "),
        bold("[keys.list]"),
        roman(" or "),
        bold("[keys.reader]"),
        roman(" by the name in parentheses (see "),
        bold("dokseo --print-config"),
        roman("); "),
        bold("?"),
        roman(" shows the keys as bound now. In the reading pane a number before a motion repeats it ("),
        bold("5j"),
        roman(") or names a line ("),
        bold("120G"),
        roman(")."),
    ]);
    for (scope, heading) in [
        (Scope::Global, "Anywhere"),
        (Scope::List, "Document list"),
        (Scope::Reader, "Reading pane"),
    ] {
        roff.control("SS", [heading]);
        for b in BINDABLE.iter().filter(|b| b.scope == scope) {
            roff.control("TP", []);
            let mut keys = Vec::new();
            for (i, k) in b.keys.iter().enumerate() {
                if i > 0 {
                    keys.push(roman(", "));
                }
                keys.push(bold(*k));
            }
            roff.text(keys);
            roff.text([
                roman(format!("{} (", b.describe)),
                italic(b.name),
                roman(")"),
            ]);
        }
    }
    roff
}

/// Where `needle` first starts in `hay`.
fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}
