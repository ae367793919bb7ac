//! The default settings: key bindings, and the commented file `--print-config` prints.

use std::collections::BTreeMap;

use super::{Config, Reflow, Scope};
use crate::action::{Action, BINDABLE};
use crate::text::WrapMode;

/// The default bindings, from the keys each row of [`BINDABLE`] lists.
#[must_use]
pub fn default_keys() -> BTreeMap<Scope, BTreeMap<String, Action>> {
    let mut keys: BTreeMap<Scope, BTreeMap<String, Action>> = BTreeMap::new();
    for b in BINDABLE {
        let scope = keys.entry(b.scope).or_default();
        for key in b.keys {
            scope.insert((*key).to_string(), b.action);
        }
    }
    keys
}

/// The full default configuration as a commented TOML file (`dokseo --print-config`).
#[must_use]
pub fn default_file() -> String {
    let d = Config::default();
    let mut out = String::from(
        "# dokseo configuration: $XDG_CONFIG_HOME/dokseo/config.toml (~/.config/dokseo/config.toml).\n\
         # Every option is shown with its default. Delete what you do not change.\n\n\
         # Where long lines break: \"words\" (at spaces; a Korean eojeol is never split) or\n\
         # \"anywhere\" (also between any two Korean syllables).\n",
    );
    out.push_str(&format!(
        "wrap = \"{}\"\n\n",
        match d.wrap {
            WrapMode::Words => "words",
            WrapMode::Anywhere => "anywhere",
        }
    ));
    out.push_str(&format!(
        "# Hard-wrapped text (lines cut near one width, paragraphs between blank lines): \"auto\"\n\
         # joins a paragraph's lines when a document looks so, \"always\" or \"never\" decide for\n\
         # every document. `r` switches the open document either way.\nreflow = \"{}\"\n\n",
        match d.reflow {
            Reflow::Auto => "auto",
            Reflow::Always => "always",
            Reflow::Never => "never",
        }
    ));
    out.push_str(&format!(
        "# Source line numbers beside the text (-N; `#` switches them).\nline_numbers = {}\n\n\
         # Cut long lines at the pane's edge and scroll sideways with < and > instead of wrapping\n\
         # them (-S; `S` switches). Lines longer than {} columns go on in the next row.\nchop = {}\n\n",
        d.line_numbers,
        crate::text::wrap::CHOP_COLUMNS,
        d.chop
    ));
    out.push_str(
        "# Columns taken by East Asian Ambiguous characters (“ ” ‘ ’ · … ※ ①): \"auto\" asks the\n\
         # terminal at start, \"1\" or \"2\" forces it.\nambiguous = \"auto\"\n\n\
         # Width of the document list in columns; 0 = 30% of the screen, between 24 and 40.\n",
    );
    out.push_str(&format!("list_width = {}\n\n", d.list_width));
    out.push_str(&format!(
        "# Files of 16 MB or more that are UTF-8 already are mapped, not copied into memory (Linux):\n\
         # a 1 GB file then costs the page cache, not dokseo. A program cutting such a file short\n\
         # while it is open shows as blank text; one rewriting it in place can show changed text.\n\
         # false reads every file into memory.\nmap = {}\n\n",
        d.map
    ));
    out.push_str(
        "# Colours: names (black red green yellow blue magenta cyan gray darkgray lightred lightgreen\n\
         # lightyellow lightblue lightmagenta lightcyan white), \"#rrggbb\", or \"0\"-\"255\".\n\
         # With NO_COLOR set, dokseo uses no colours at all.\n[theme]\n",
    );
    for (name, colour) in d.theme.entries() {
        out.push_str(&format!("{name} = \"{colour}\"\n"));
    }
    out.push_str(
        "\n# Key bindings: key = \"command\". Keys: a character (case matters), ctrl-x, alt-x, space,\n\
         # enter, esc, tab, backtab, backspace, up, down, left, right, pageup, pagedown, home, end,\n\
         # delete, f1-f24. A pane's binding wins over a global one for the same key.\n",
    );
    let about = [
        (Scope::Global, "keys.global", "anywhere"),
        (Scope::List, "keys.list", "in the document list"),
        (Scope::Reader, "keys.reader", "in the reading pane"),
    ];
    for (scope, table, what) in about {
        out.push_str(&format!("\n# {what}\n[{table}]\n"));
        for (key, command) in d.keys.get(&scope).into_iter().flatten() {
            let name = toml::Value::String(key.clone()).to_string();
            let cmd = toml::Value::try_from(command)
                .map(|v| v.to_string())
                .unwrap_or_default();
            out.push_str(&format!("{name} = {cmd}\n"));
        }
    }
    out
}
