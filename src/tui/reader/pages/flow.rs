//! How each document's lines flow: decided by the setting, or from the document's first
//! [`SAMPLE`] bytes, or switched by the user.

use super::{Pages, Pane};
use crate::config::Reflow;
use crate::markup::is_markdown;
use crate::text::flow::SAMPLE;
use crate::text::{detect_flow, floor_boundary, Flow};

impl Pages {
    /// How document `p` flows: as decided, or as in the file until enough of it has arrived
    /// to tell.
    pub fn flow(&self, p: &Pane) -> Flow {
        if p.chop {
            // Chopped lines are the file's lines.
            return Flow::Lines;
        }
        self.views
            .get(p.index)
            .and_then(|v| v.flow)
            .unwrap_or(Flow::Lines)
    }

    /// Decides how document `p` flows when it can be: by the setting, or from its first
    /// [`SAMPLE`] bytes once they have arrived. A change drops the rows made before.
    pub(super) fn decide_flow(&mut self, p: &Pane) {
        let Some(view) = self.views.get_mut(p.index).filter(|v| v.flow.is_none()) else {
            return;
        };
        let doc = p.doc;
        let flow = match self.reflow {
            Reflow::Always => Flow::Paragraphs,
            Reflow::Never => Flow::Lines,
            // Markdown says what a paragraph is: lines up to a blank line, whatever their
            // length (so its code blocks, lists and tables are never spaced out line by line).
            Reflow::Auto if is_markdown(&doc.name) => Flow::Paragraphs,
            Reflow::Auto if doc.text.len() >= SAMPLE || !doc.is_loading() => {
                detect_flow(&doc.text[..floor_boundary(&doc.text, SAMPLE)])
            }
            Reflow::Auto => return,
        };
        view.flow = Some(flow);
        if flow != Flow::Lines {
            view.layouts.clear();
            view.window = None;
        }
    }

    /// Switches document `p` between reflowed paragraphs and the lines as in the file; returns
    /// the flow now in force.
    pub fn toggle_flow(&mut self, p: &Pane) -> Flow {
        let flow = match self.flow(p) {
            Flow::Lines => Flow::Paragraphs,
            Flow::Paragraphs => Flow::Lines,
        };
        if let Some(view) = self.views.get_mut(p.index) {
            view.flow = Some(flow);
            view.layouts.clear();
            view.window = None;
        }
        self.ensure(p);
        flow
    }
}
