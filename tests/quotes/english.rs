//! English constructions.

use super::{check, role_of, S, T};

// ---------------------------------------------------------------- English

#[test]
fn en_name_said_after() {
    check(
        "\"We will not raise prices,\" Maria Chen said.",
        &[("We will not raise prices,", S, Some("Maria Chen"))],
    );
}

#[test]
fn en_said_name_after() {
    check(
        "\"We will not raise prices,\" said Maria Chen.",
        &[("We will not raise prices,", S, Some("Maria Chen"))],
    );
}

#[test]
fn en_said_colon_before() {
    check(
        "Maria Chen said: \"Prices will stay.\"",
        &[("Prices will stay.", S, Some("Maria Chen"))],
    );
}

#[test]
fn en_said_comma_before() {
    check(
        "Maria Chen said, \"Prices will stay.\"",
        &[("Prices will stay.", S, Some("Maria Chen"))],
    );
}

#[test]
fn en_pronoun_she() {
    check(
        "\"We grew fast,\" Maria Chen said. \"It is early days,\" she said.",
        &[
            ("We grew fast,", S, Some("Maria Chen")),
            ("It is early days,", S, Some("Maria Chen")),
        ],
    );
}

#[test]
fn en_short_form() {
    check(
        "\"We grew fast,\" said Maria Chen. \"Costs fell too,\" Chen added.",
        &[
            ("We grew fast,", S, Some("Maria Chen")),
            ("Costs fell too,", S, Some("Maria Chen")),
        ],
    );
}

#[test]
fn en_according_to() {
    check(
        "According to Tom Baker, \"the deal is done.\"",
        &[("the deal is done.", S, Some("Tom Baker"))],
    );
}

#[test]
fn en_continuation_next_paragraph() {
    check(
        "\"The deal is done,\" Tom Baker said.\n\"Now we wait.\"",
        &[
            ("The deal is done,", S, Some("Tom Baker")),
            ("Now we wait.", S, Some("Tom Baker")),
        ],
    );
}

#[test]
fn en_appositive() {
    check(
        "\"Talks will resume,\" Tom Baker, a spokesman for the ministry, said.",
        &[("Talks will resume,", S, Some("Tom Baker"))],
    );
}

#[test]
fn en_pronoun_he() {
    check(
        "\"We are ready,\" said John Park. \"Nothing is certain,\" he said.",
        &[
            ("We are ready,", S, Some("John Park")),
            ("Nothing is certain,", S, Some("John Park")),
        ],
    );
}

#[test]
fn en_scare_quote_term() {
    check(
        "The so-called \"smart tax\" was dropped.",
        &[("smart tax", T, None)],
    );
}

#[test]
fn en_apostrophes_are_not_marks() {
    check(
        "\"We don't know,\" said Ann O'Neil.",
        &[("We don't know,", S, Some("Ann O'Neil"))],
    );
}

#[test]
fn en_asked() {
    check(
        "\"Why now?\" asked John Park.",
        &[("Why now?", S, Some("John Park"))],
    );
}

#[test]
fn en_nickname_is_not_speech() {
    check(
        "Robert \"Bob\" Lane said the plan works.",
        &[("Bob", T, None)],
    );
}

#[test]
fn en_wrote() {
    check(
        "\"Rates must fall,\" wrote Lisa Ray in a blog post.",
        &[("Rates must fall,", S, Some("Lisa Ray"))],
    );
}

#[test]
fn en_told_reporters() {
    check(
        "\"No comment,\" Emma Stone told reporters.",
        &[("No comment,", S, Some("Emma Stone"))],
    );
}

#[test]
fn en_appositive_gives_the_role() {
    let qs = check(
        "Jane Smith, the chief executive of Acme, said, \"We are ready.\"",
        &[("We are ready.", S, Some("Jane Smith"))],
    );
    assert_eq!(role_of(&qs, 0), Some("chief executive of Acme"));
    let qs = check(
        "\"We are ready,\" Jane Smith, the chief executive of Acme, said.",
        &[("We are ready,", S, Some("Jane Smith"))],
    );
    assert_eq!(role_of(&qs, 0), Some("chief executive of Acme"));
}
