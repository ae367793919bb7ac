//! English prose: `“…,” X said`, `X said: “…”`, `“…,” said X`, pronouns.

use super::super::english as en;
use super::{Ctx, Doc, Verdict};

/// The English patterns of [`en::attribute`].
pub(super) fn english(doc: &mut Doc<'_>, ctx: &Ctx<'_>) -> Verdict {
    match en::attribute(doc, ctx.qi) {
        Some((e, written)) => Verdict::Said(e, written),
        None => Verdict::Next,
    }
}
