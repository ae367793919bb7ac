//! Finding a document by the name the user typed (`--open DOC`), in the reader and when
//! printing alike.

use std::path::Path;

/// The index of the name `wanted` picks among `names`: the same name as given, else the first
/// whose file name is the wanted one's (`--open b.txt` finds `notes/b.txt`).
#[must_use]
pub fn find_named<'a>(names: impl Iterator<Item = &'a str> + Clone, wanted: &str) -> Option<usize> {
    let file_name = |n: &str| Path::new(n).file_name().map(|f| f.to_os_string());
    names.clone().position(|n| n == wanted).or_else(|| {
        let want = file_name(wanted)?;
        names
            .into_iter()
            .position(|n| file_name(n).as_ref() == Some(&want))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_path_as_given_wins_then_the_file_name() {
        let names = ["a/b.txt", "b.txt", "c/d.txt"];
        assert_eq!(find_named(names.iter().copied(), "b.txt"), Some(1));
        assert_eq!(find_named(names.iter().copied(), "d.txt"), Some(2));
        assert_eq!(find_named(names.iter().copied(), "x/d.txt"), Some(2));
        assert_eq!(find_named(names.iter().copied(), "e.txt"), None);
        assert_eq!(find_named(names.iter().copied(), ""), None);
    }
}
