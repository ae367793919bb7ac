//! What each merged name finally becomes: merges are followed in order, so `A → B` then
//! `B → C` sends `A` to `C`, and `A → B` then `B → A` sends `B` to `A` (and `A` back to
//! itself, so nowhere). A name merged twice keeps its first merge, followed onward.
//!
//! The names that currently go to one target form a group (union-find): a merge of the target
//! itself relabels or joins the group in near-constant time, where renaming every member
//! would take time quadratic in the merges (a hand-made state file of a million merges would
//! stall start-up).

use std::collections::HashMap;
use std::sync::Arc;

use crate::state::Merge;

/// Groups of names sharing their current target.
#[derive(Default)]
struct Groups {
    parent: Vec<usize>,
    /// The target of each group, at its root.
    label: Vec<String>,
    /// The root of the group with each target.
    by_label: HashMap<String, usize>,
}

impl Groups {
    fn root(&mut self, mut g: usize) -> usize {
        while self.parent[g] != g {
            // Halving: every other step points past its parent, so paths stay short.
            self.parent[g] = self.parent[self.parent[g]];
            g = self.parent[g];
        }
        g
    }

    /// The group whose target is `label`, made when there is none.
    fn of(&mut self, label: &str) -> usize {
        if let Some(&g) = self.by_label.get(label) {
            return g;
        }
        let g = self.parent.len();
        self.parent.push(g);
        self.label.push(label.to_string());
        self.by_label.insert(label.to_string(), g);
        g
    }

    /// Every name going to `from` goes to `into` from now on.
    fn retarget(&mut self, from: &str, into: &str) {
        let Some(g) = self.by_label.remove(from) else {
            return;
        };
        match self.by_label.get(into).copied() {
            Some(h) => self.parent[g] = h,
            None => {
                self.label[g] = into.to_string();
                self.by_label.insert(into.to_string(), g);
            }
        }
    }
}

/// Each merged name, what it finally becomes, and the id of its (first) merge.
pub(super) fn renames(merges: &[Merge]) -> HashMap<String, (Arc<str>, String)> {
    let mut groups = Groups::default();
    let mut to: HashMap<String, (usize, String)> = HashMap::new();
    for m in merges.iter().filter(|m| m.from != m.into) {
        groups.retarget(&m.from, &m.into);
        if !to.contains_key(&m.from) {
            let g = groups.of(&m.into);
            to.insert(m.from.clone(), (g, m.id.clone()));
        }
    }
    to.into_iter()
        .filter_map(|(from, (g, id))| {
            let root = groups.root(g);
            let into = &groups.label[root];
            (*into != from).then(|| (from, (Arc::from(into.as_str()), id)))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// The plain reading of the rule, merge by merge: the oracle.
    fn naive(merges: &[Merge]) -> HashMap<String, (Arc<str>, String)> {
        let mut to: HashMap<String, (String, String)> = HashMap::new();
        for m in merges.iter().filter(|m| m.from != m.into) {
            for (into, _) in to.values_mut() {
                if *into == m.from {
                    into.clone_from(&m.into);
                }
            }
            to.entry(m.from.clone())
                .or_insert_with(|| (m.into.clone(), m.id.clone()));
        }
        to.into_iter()
            .filter(|(from, (into, _))| from != into)
            .map(|(from, (into, id))| (from, (Arc::from(into.as_str()), id)))
            .collect()
    }

    fn merge(i: usize, from: u8, into: u8) -> Merge {
        Merge {
            id: format!("m{i}"),
            from: char::from(b'A' + from).to_string(),
            into: char::from(b'A' + into).to_string(),
            other: Default::default(),
        }
    }

    proptest! {
        #[test]
        fn groups_give_what_merging_one_by_one_gives(
            pairs in proptest::collection::vec((0u8..6, 0u8..6), 0..40)
        ) {
            let merges: Vec<Merge> =
                pairs.iter().enumerate().map(|(i, &(f, t))| merge(i, f, t)).collect();
            prop_assert_eq!(renames(&merges), naive(&merges));
        }
    }

    #[test]
    fn a_long_chain_is_followed_quickly() {
        // Each merge renames everything merged before: quadratic if done name by name.
        let n = 200_000;
        let merges: Vec<Merge> = (0..n)
            .map(|i| Merge {
                id: format!("m{i}"),
                from: format!("n{i}"),
                into: format!("n{}", i + 1),
                other: Default::default(),
            })
            .collect();
        let r = renames(&merges);
        assert_eq!(r.len(), n);
        assert_eq!(
            r.get("n0").map(|(into, _)| &**into),
            Some(format!("n{n}").as_str())
        );
    }
}
