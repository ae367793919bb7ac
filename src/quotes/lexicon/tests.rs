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

/// The hash as first written (the tail copied into a padded buffer): the one in use must give
/// the same values, so every table built with it keeps its order and answers.
fn padded_hash(parts: &[&[u8]]) -> u64 {
    let mut h = WordHash::default();
    for bytes in parts {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            h.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        let mut w = [0u8; 8];
        w[..rest.len()].copy_from_slice(rest);
        h.add(u64::from_le_bytes(w) ^ ((rest.len() as u64) << 59));
    }
    h.finish()
}

#[test]
fn the_word_hash_is_the_padded_one_for_every_length() {
    let bytes: Vec<u8> = (0..40u8)
        .map(|i| i.wrapping_mul(97).wrapping_add(13))
        .collect();
    for len in 0..bytes.len() {
        let b = &bytes[..len];
        let mut h = WordHash::default();
        h.write(b);
        assert_eq!(h.finish(), padded_hash(&[b]), "{len}");
        // A `str` key: its bytes, then 0xff.
        let mut h = WordHash::default();
        h.write(b);
        h.write_u8(0xff);
        assert_eq!(h.finish(), padded_hash(&[b, &[0xff]]), "{len}");
    }
    for w in ["", "가", "장관은", "발표했다", "대통령비서실장은"] {
        let ours = std::hash::BuildHasher::hash_one(&BuildHasherDefault::<WordHash>::default(), w);
        assert_eq!(ours, padded_hash(&[w.as_bytes(), &[0xff]]), "{w}");
    }
}
