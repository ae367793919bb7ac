//! Borders round panes and popups.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::symbols::border;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use crate::text::AmbiguousWidth;

/// Draws a border of `set` in `style` round `area`, with `title` on its top edge, cell for cell
/// as ratatui's `Block::bordered().title(title)` does. Only the edge is touched: `Block` first
/// applies its style, even an empty one, to every cell inside, which for the two panes of a
/// frame cost as much as the rest of its drawing.
pub fn bordered(
    buf: &mut Buffer,
    area: Rect,
    set: &border::Set,
    style: Style,
    title: Option<&str>,
) {
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return;
    }
    let (left, top) = (area.left(), area.top());
    let (right, bottom) = (area.right() - 1, area.bottom() - 1);
    let mut put = |x: u16, y: u16, symbol: &str| {
        buf[(x, y)].set_symbol(symbol).set_style(style);
    };
    // Sides, then corners over their ends, in `Block`'s order.
    for y in top..=bottom {
        put(left, y, set.vertical_left);
    }
    for x in left..=right {
        put(x, top, set.horizontal_top);
    }
    for y in top..=bottom {
        put(right, y, set.vertical_right);
    }
    for x in left..=right {
        put(x, bottom, set.horizontal_bottom);
    }
    put(right, bottom, set.bottom_right);
    put(right, top, set.top_right);
    put(left, bottom, set.bottom_left);
    put(left, top, set.top_left);
    if let Some(title) = title {
        let line = Line::raw(title);
        let fits = area.width.saturating_sub(2);
        let width = u16::try_from(line.width()).unwrap_or(u16::MAX).min(fits);
        line.render(Rect::new(left + 1, top, width, 1), buf);
    }
}

/// Border characters that stay one column wide under `amb`: box drawing characters are East
/// Asian Ambiguous, so a terminal that draws ambiguous characters wide gets ASCII borders.
#[must_use]
pub fn border_set(amb: AmbiguousWidth, thick: bool) -> border::Set<'static> {
    match (amb, thick) {
        (AmbiguousWidth::Wide, false) => ASCII_BORDER,
        (AmbiguousWidth::Wide, true) => ASCII_THICK_BORDER,
        (AmbiguousWidth::Narrow, false) => border::PLAIN,
        (AmbiguousWidth::Narrow, true) => border::THICK,
    }
}

const ASCII_BORDER: border::Set<'static> = border::Set {
    top_left: "+",
    top_right: "+",
    bottom_left: "+",
    bottom_right: "+",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "-",
    horizontal_bottom: "-",
};

const ASCII_THICK_BORDER: border::Set<'static> = border::Set {
    top_left: "#",
    top_right: "#",
    bottom_left: "#",
    bottom_right: "#",
    vertical_left: "#",
    vertical_right: "#",
    horizontal_top: "=",
    horizontal_bottom: "=",
};

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use ratatui::style::{Color, Modifier};
    use ratatui::widgets::Block;

    use super::*;

    proptest! {
        /// The same cells as ratatui's `Block`, over a buffer already drawn on, for any area
        /// (inside, across or outside the buffer), set, style and title.
        #[test]
        fn draws_what_block_draws(
            (x, y, w, h) in (0u16..14, 0u16..8, 0u16..16, 0u16..10),
            title in proptest::option::of("[ a-z가-힣·…()]{0,20}"),
            wide in any::<bool>(),
            thick in any::<bool>(),
            dim in any::<bool>(),
        ) {
            let amb = if wide { AmbiguousWidth::Wide } else { AmbiguousWidth::Narrow };
            let set = border_set(amb, thick);
            let style = if dim {
                Style::new().add_modifier(Modifier::DIM)
            } else {
                Style::new().fg(Color::Cyan)
            };
            let area = Rect::new(x, y, w, h);
            let mut ours = Buffer::empty(Rect::new(0, 0, 12, 7));
            for (i, c) in ours.content.iter_mut().enumerate() {
                c.set_char(char::from(b'a' + (i % 26) as u8)).set_fg(Color::Red);
            }
            let mut theirs = ours.clone();
            bordered(&mut ours, area, &set, style, title.as_deref());
            let mut block = Block::bordered().border_set(set).border_style(style);
            if let Some(t) = &title {
                block = block.title(t.as_str());
            }
            block.render(area, &mut theirs);
            prop_assert_eq!(ours, theirs);
        }
    }
}
