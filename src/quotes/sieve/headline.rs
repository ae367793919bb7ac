//! `이름, “…”`, `정 총리 “…”`: a headline names its speaker right before the quote.

use super::{Ctx, Doc, Verdict};

/// The headline mention found while deciding the quote's kind.
pub(super) fn headline(doc: &mut Doc<'_>, ctx: &Ctx<'_>) -> Verdict {
    Verdict::of_mention(doc, ctx.headline)
}
