use super::*;

#[test]
fn defaults_round_trip_through_the_printed_file() {
    let text = default_file();
    let parsed = Config::parse(&text, "default").unwrap();
    assert_eq!(parsed, Config::default());
}

#[test]
fn the_example_file_is_the_printed_defaults() {
    let example = include_str!("../../assets/config.example.toml");
    assert_eq!(
        example,
        default_file(),
        "regenerate with: dokseo --print-config > assets/config.example.toml"
    );
}

#[test]
fn settings_and_bindings_override_defaults() {
    let text = "wrap = \"anywhere\"\nambiguous = \"2\"\nlist_width = 30\n[theme]\naccent = \"#ff8800\"\n[keys.reader]\nx = \"quit\"\nj = \"page_down\"\n";
    let c = Config::parse(text, "c.toml").unwrap();
    assert_eq!(c.wrap, WrapMode::Anywhere);
    assert_eq!(c.ambiguous.policy(), Some(AmbiguousWidth::Wide));
    assert_eq!(c.list_width, 30);
    assert_eq!(c.theme.accent, "#ff8800");
    assert_eq!(c.theme.speech, "cyan");
    let reader = &c.keys[&Scope::Reader];
    assert_eq!(reader["x"], Action::Quit);
    assert_eq!(reader["j"], Action::ScrollPages(1));
    assert_eq!(reader["k"], Action::ScrollRows(-1), "other defaults stay");
}

#[test]
fn errors_name_the_file_line_and_problem() {
    let e =
        Config::parse("wrap = \"words\"\n\nwrap_mode = 3\n", "/home/u/config.toml").unwrap_err();
    assert_eq!((e.path.as_str(), e.line), ("/home/u/config.toml", 3));
    assert!(e.message.contains("wrap_mode"), "{e}");

    let e = Config::parse("[keys.reader]\nj = \"scroll_sideways\"\n", "c.toml").unwrap_err();
    assert_eq!(e.line, 2);
    assert!(e.message.contains("scroll_sideways"), "{e}");

    let e = Config::parse("ambiguous = \"3\"\n", "c.toml").unwrap_err();
    assert_eq!(e.line, 1);

    let e = Config::parse("[keys.list]\n\"hyper-j\" = \"quit\"\n", "c.toml").unwrap_err();
    assert_eq!(e.line, 2);
    assert!(e.message.contains("hyper-j"), "{e}");

    let e = Config::parse("[theme]\nspeech = \"blurple\"\n", "c.toml").unwrap_err();
    assert_eq!(e.line, 2);
    assert!(e.to_string().starts_with("c.toml:2: theme.speech"), "{e}");

    let e = Config::parse("wrap = \n", "c.toml").unwrap_err();
    assert_eq!(e.line, 1);
}

#[test]
fn a_missing_file_is_the_defaults_and_a_bad_one_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let (c, e) = Config::load(&dir.path().join("none.toml"));
    assert_eq!((c, e), (Config::default(), None));
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "list_width = \"wide\"\n").unwrap();
    let (c, e) = Config::load(&bad);
    assert_eq!(c, Config::default());
    assert_eq!(e.unwrap().line, 1);
}

#[test]
fn errors_show_escapes_in_values_names_and_the_path_visibly() {
    // toml quotes unknown names and values raw in its messages; the path is the user's.
    for text in [
        "wrap = \"\\u001b]0;pwned\\u0007\"\n",
        "\"\\u001b]0;pwned\\u0007\\u009d\\u202e\" = 1\n",
        "[keys.reader]\n\"\\u001b]0;pwned\\u0007\" = \"quit\"\n",
        "[theme]\ncurrent_quote = \"\\u001b]0;pwned\\u0007\"\n",
    ] {
        let e = Config::parse(text, "evil\u{1b}]0;path\u{7}.toml").unwrap_err();
        let shown = e.to_string();
        assert!(
            !shown.chars().any(|c| c.is_control() || c == '\u{202e}'),
            "{shown:?}"
        );
        assert!(shown.starts_with("evil^[]0;path^G.toml:"), "{shown:?}");
    }
}

#[cfg(unix)]
#[test]
fn an_endless_config_file_is_refused_without_reading_it_all() {
    let (config, err) = Config::load(Path::new("/dev/zero"));
    assert_eq!(config, Config::default());
    assert!(err.unwrap().to_string().contains("not a config file"));
}
