use super::*;

#[test]
fn markdown_names() {
    for name in [
        "a.md",
        "README.MD",
        "x.markdown",
        "notes.Mdown",
        "y.mkd",
        "dir/z.md",
    ] {
        assert!(is_markdown(name), "{name}");
    }
    for name in ["a.txt", "md", "a.md.txt", "a.mdx", "dir.md/file", ""] {
        assert!(!is_markdown(name), "{name}");
    }
}
