use super::*;
use crate::corpus::seeds;
use crate::state::{new_bookmark_id, Bookmark};
use crate::tui::outcome::Effect;
use speakers::Sort;

fn bookmark(label: &str) -> Bookmark {
    Bookmark {
        id: new_bookmark_id(),
        doc: "hash".into(),
        name: "a.txt".into(),
        offset: 0,
        label: label.into(),
        excerpt: String::new(),
        other: Default::default(),
    }
}

/// Runs `f` with a context over the bundled seeds, `marks` bookmarks and 5 help lines.
fn with_ctx<R>(marks: usize, f: impl FnOnce(&Ctx) -> R) -> R {
    let docs = seeds();
    let catalog = Catalog::build(&docs);
    let bookmarks: Vec<Bookmark> = (0..marks).map(|i| bookmark(&i.to_string())).collect();
    f(&Ctx {
        catalog: &catalog,
        docs: &docs,
        bookmarks: &bookmarks,
        help_lines: 5,
        markdown: false,
    })
}

#[test]
fn help_scrolls_within_its_lines_and_enter_closes_it() {
    with_ctx(0, |ctx| {
        let mut h = Help::default();
        assert_eq!(h.update(Action::PopupMove(3), ctx), Outcome::Stay);
        assert_eq!(h.scroll(), 3);
        h.update(Action::PopupMove(10), ctx);
        assert_eq!(h.scroll(), 4, "clamped to the last line");
        h.update(Action::PopupMove(-10), ctx);
        assert_eq!(h.scroll(), 0);
        assert_eq!(h.update(Action::DeleteItem, ctx), Outcome::Stay);
        assert_eq!(h.update(Action::Confirm, ctx), Outcome::Close);
    });
}

#[test]
fn the_speakers_view_sorts_filters_and_opens_a_speakers_quotes() {
    with_ctx(0, |ctx| {
        let speakers = ctx.catalog.speakers();
        assert!(speakers.len() > 1, "the seeds have speakers");
        let mut s = Speakers::new(ctx.catalog, ctx.docs);
        let count = |s: &Speakers, i: usize| speakers[s.shown()[i] as usize].quotes.len();
        // Most quoted first.
        assert_eq!(s.shown().len(), speakers.len());
        assert!((1..s.shown().len()).all(|i| count(&s, i - 1) >= count(&s, i)));
        s.update(Action::NextSort, ctx);
        assert_eq!(s.sort(), Sort::Name);
        let name = |s: &Speakers, i: usize| speakers[s.shown()[i] as usize].name.clone();
        assert!((1..s.shown().len()).all(|i| name(&s, i - 1) <= name(&s, i)));
        s.update(Action::NextSort, ctx);
        assert_eq!(s.sort(), Sort::First);
        assert!(s.shown().windows(2).all(|w| w[0] < w[1]), "corpus order");
        s.update(Action::PopupMove(i32::MAX), ctx);
        assert_eq!(s.selected(), speakers.len() - 1);
        // Typing narrows the list (fuzzy, over names, forms and roles) and starts at the top.
        for c in "IBM".chars() {
            s.update(Action::Input(c), ctx);
        }
        assert_eq!(s.selected(), 0);
        assert!(!s.shown().is_empty() && s.shown().len() < speakers.len());
        assert!(s.shown().iter().all(|&i| speakers[i as usize]
            .role
            .as_deref()
            .is_some_and(|r| r.contains("IBM"))));
        let first = s.current().unwrap_or_else(|| panic!("a match"));
        assert_eq!(
            s.update(Action::Confirm, ctx),
            Outcome::SpeakerQuotes(first)
        );
        // Ctrl-Y: the highlighted speaker's quotes as Markdown.
        let Outcome::Copy { text, message } = s.update(Action::CopyMarkdown, ctx) else {
            panic!("no copy")
        };
        assert!(
            text.starts_with(&format!("# {}\n", speakers[first].name)),
            "{text}"
        );
        assert!(message.contains("as Markdown"));
        // Ctrl-S: the same, to be saved in a new file named after the speaker.
        let Outcome::Effect(Effect::SaveMarkdown {
            stem,
            text: saved,
            what,
        }) = s.update(Action::SaveMarkdown, ctx)
        else {
            panic!("no save")
        };
        assert_eq!(
            (stem.as_str(), saved),
            (speakers[first].name.as_str(), text)
        );
        assert!(
            what.ends_with(&format!("of {}", speakers[first].name)),
            "{what}"
        );
        s.update(Action::ClearInput, ctx);
        assert_eq!(s.shown().len(), speakers.len());
    });
}

#[test]
fn speakers_with_none_listed_close_on_enter() {
    let docs = Vec::new();
    let catalog = Catalog::build(&docs);
    let ctx = Ctx {
        catalog: &catalog,
        docs: &docs,
        bookmarks: &[],
        help_lines: 0,
        markdown: false,
    };
    let mut s = Speakers::new(&catalog, &docs);
    s.update(Action::PopupMove(2), &ctx);
    assert_eq!(s.selected(), 0);
    assert_eq!(s.update(Action::Confirm, &ctx), Outcome::Close);
    assert_eq!(s.update(Action::CopyMarkdown, &ctx), Outcome::Stay);
}

#[test]
fn bookmarks_open_and_delete_the_highlighted_row() {
    with_ctx(3, |ctx| {
        let mut b = Bookmarks::default();
        b.update(Action::PopupMove(5), ctx);
        assert_eq!(b.selected(), 2);
        assert_eq!(
            b.update(Action::Confirm, ctx),
            Outcome::Go(Target::Bookmark(2))
        );
        // Deleting the last row moves the highlight onto the new last one.
        assert_eq!(
            b.update(Action::DeleteItem, ctx),
            Outcome::DeleteBookmark(2)
        );
        assert_eq!(b.selected(), 1);
    });
    with_ctx(3, |ctx| {
        let mut b = Bookmarks::default();
        assert_eq!(
            b.update(Action::DeleteItem, ctx),
            Outcome::DeleteBookmark(0)
        );
        assert_eq!(b.selected(), 0, "a middle row keeps its place");
    });
}

#[test]
fn bookmarks_delete_nothing_when_empty() {
    with_ctx(0, |ctx| {
        let mut b = Bookmarks::default();
        assert_eq!(b.update(Action::DeleteItem, ctx), Outcome::Stay);
        assert_eq!(b.selected(), 0);
    });
}

#[test]
fn the_finder_goes_to_its_current_quote() {
    with_ctx(0, |ctx| {
        let mut p = Popup::Finder(Box::new(Finder::new(ctx.catalog, ctx.docs)));
        p.update(Action::PopupMove(2), ctx);
        let Popup::Finder(f) = &p else { unreachable!() };
        let expected = f
            .current()
            .map_or(Outcome::Close, |id| Outcome::Go(Target::Quote(id)));
        assert_eq!(p.selected(), Some(f.selected()));
        assert_eq!(p.update(Action::Confirm, ctx), expected);
    });
}

#[test]
fn search_all_goes_to_the_highlighted_hit_or_closes() {
    with_ctx(0, |ctx| {
        let mut p = Popup::SearchAll(SearchAll::default());
        assert_eq!(p.update(Action::Confirm, ctx), Outcome::Close);
        let mut p = Popup::SearchAll(SearchAll::default());
        for c in "deepseekx".chars() {
            p.update(Action::Input(c), ctx);
        }
        p.update(Action::Backspace, ctx);
        let Popup::SearchAll(s) = &p else {
            unreachable!()
        };
        assert_eq!(s.input.text(), "deepseek");
        let hit = s.hits[1].clone();
        p.update(Action::PopupMove(1), ctx);
        assert_eq!(p.selected(), Some(1));
        assert_eq!(
            p.update(Action::Confirm, ctx),
            Outcome::Go(Target::Hit {
                doc: hit.doc,
                offset: hit.range.start,
                query: "deepseek".into(),
            })
        );
    });
}

#[test]
fn quote_details_have_no_rows_and_close_on_enter() {
    let mut p = Popup::QuoteDetail(Detail::new((0, 0)));
    with_ctx(0, |ctx| {
        assert_eq!(p.update(Action::PopupMove(1), ctx), Outcome::Stay);
        assert_eq!(p.update(Action::Confirm, ctx), Outcome::Close);
    });
    assert_eq!(p.selected(), None);
    assert_eq!(Popup::Help(Help::default()).selected(), None);
}

#[test]
fn the_finder_filters_as_its_query_is_typed() {
    with_ctx(0, |ctx| {
        let mut p = Popup::Finder(Box::new(Finder::new(ctx.catalog, ctx.docs)));
        for action in [Action::Input('a'), Action::Input('b'), Action::CursorBy(-1)] {
            assert_eq!(p.update(action, ctx), Outcome::Stay);
        }
        p.update(Action::Backspace, ctx);
        let Popup::Finder(f) = &p else { unreachable!() };
        assert_eq!(f.query(), "b");
        p.update(Action::ClearInput, ctx);
        let Popup::Finder(f) = &p else { unreachable!() };
        assert_eq!(f.query(), "");
    });
}

#[test]
fn list_popups_ignore_typing() {
    with_ctx(2, |ctx| {
        let mut b = Bookmarks::default();
        assert_eq!(b.update(Action::Input('d'), ctx), Outcome::Stay);
        assert_eq!(b.selected(), 0);
    });
}

#[test]
fn the_outline_of_plain_text_goes_to_a_heading() {
    let docs = vec![Document::new(
        "law.txt",
        "제1장 총칙\n\n첫 조문.\n\n제2장 보칙\n\n둘째 조문.\n".into(),
        "UTF-8",
        false,
    )];
    let catalog = Catalog::build(&docs);
    let ctx = Ctx {
        catalog: &catalog,
        docs: &docs,
        bookmarks: &[],
        help_lines: 0,
        markdown: false,
    };
    let mut p = Popup::Outline(Outline::of(0, &ctx));
    assert!(!p.busy(), "a short text is outlined at once");
    let Popup::Outline(o) = &p else {
        unreachable!()
    };
    let titles: Vec<&str> = o.headings().iter().map(|h| h.title.as_str()).collect();
    assert_eq!(titles, ["제1장 총칙", "제2장 보칙"]);
    p.update(Action::PopupMove(1), &ctx);
    let second = docs[0].text.find("제2장").unwrap_or(0);
    assert_eq!(
        p.update(Action::Confirm, &ctx),
        Outcome::Go(Target::Place {
            doc: 0,
            offset: second
        })
    );
    assert_eq!(p.update(Action::ClosePopup, &ctx), Outcome::Close);
}
