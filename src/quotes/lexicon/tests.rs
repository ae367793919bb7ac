use super::*;

#[test]
fn every_list_file_is_sorted_and_free_of_duplicates() {
    for (file, list) in ALL {
        let written: Vec<&str> = entries(list.src).collect();
        for pair in written.windows(2) {
            assert!(
                pair[0] < pair[1],
                "{file}: {:?} then {:?}",
                pair[0],
                pair[1]
            );
        }
        assert!(!written.is_empty(), "{file} is empty");
    }
}

#[test]
fn lookups_by_whole_word_prefix_and_suffix() {
    assert!(contains(&TITLES, "대변인"));
    assert!(!contains(&TITLES, "대변"));
    assert_eq!(longest_prefix(&QUOTATIVE, "이라고"), Some("이라고"));
    assert_eq!(longest_prefix(&QUOTATIVE, "라며서"), Some("라며"));
    assert_eq!(longest_suffix(&ORG_SUFFIXES, "국토교통부"), Some("부"));
    assert_eq!(longest_suffix(&ORG_SUFFIXES, "서울대학교"), Some("대학교"));
    assert!(ends_with_shorter(&TITLES, "소방청장", 6));
    assert!(!ends_with_shorter(&TITLES, "청장", 6));
}

#[test]
fn prefixes_and_joined_words() {
    // The same entries a scan of the file finds, shortest first.
    for word in ["이라고요", "라며", "고성능", "설명했다", "가나다", "x"] {
        for list in [&QUOTATIVE, &REPORT_NOUNS, &SPEECH_NOUNS] {
            let mut scan: Vec<&str> = entries(list.src).filter(|e| word.starts_with(e)).collect();
            scan.sort_by_key(|e| e.len());
            assert_eq!(prefixes(list, word).collect::<Vec<_>>(), scan, "{word}");
        }
    }
    assert_eq!(prefixes(&QUOTATIVE, "").count(), 0);
    assert!(contains_joined(&TITLES, "대변", "인"));
    assert!(contains_joined(&TITLES, "", "대변인"));
    assert!(!contains_joined(&TITLES, "대변인", "은"));
    assert!(!contains(&TITLES, ""));
}

#[test]
fn the_character_filter_never_rejects_an_entry() {
    for (file, list) in ALL {
        for e in entries(list.src) {
            assert!(contains(list, e), "{file}: {e:?}");
            assert_eq!(
                longest_prefix(list, e).map(str::len),
                Some(e.len()),
                "{file}"
            );
            assert_eq!(
                longest_suffix(list, e).map(str::len),
                Some(e.len()),
                "{file}"
            );
        }
    }
}

#[test]
fn pairs_keep_both_words() {
    assert!(IDIOMS.iter().any(|&(o, v)| o == "목소리를" && v == "높였"));
    assert!(ORG_ABBREVIATIONS
        .iter()
        .any(|&(s, f)| s == "NASA" && f == "미국 항공우주국"));
}

#[test]
fn lookups_on_a_huge_word_look_only_as_far_as_the_longest_entry() {
    let huge = "가".repeat(1_000_000) + "대학교";
    assert_eq!(longest_suffix(&ORG_SUFFIXES, &huge), Some("대학교"));
    assert_eq!(longest_prefix(&QUOTATIVE, &huge), None);
    assert!(!ends_with_shorter(&TITLES, &huge, 6));
}
