//! The registry's backward lookups: the latest entity of a kind (an organisation, a court, a
//! local government, a name ending in a word), bounded to the last few hundred entities.

use super::{ends_with_words, Entity, Registry, WINDOW};

impl Registry {
    /// The most recent of the last few hundred entities that satisfies `f`; the bound keeps
    /// resolution linear on huge inputs, where old entities are out of reach anyway.
    pub(super) fn latest(&self, f: &dyn Fn(&Entity) -> bool) -> Option<usize> {
        self.latest_since(0, f)
    }

    /// [`Self::latest`] among entities `since` and later.
    pub(super) fn latest_since(&self, since: usize, f: &dyn Fn(&Entity) -> bool) -> Option<usize> {
        let n = self.entities.len();
        self.entities
            .iter()
            .enumerate()
            .rev()
            .take(WINDOW)
            .take_while(|&(i, _)| i >= since)
            .find(|(_, e)| f(e))
            .map(|(i, _)| i)
            .filter(|&i| i < n)
    }

    /// The organisation introduced last (for `회사 측은`): not a person, and named in one word.
    pub(crate) fn latest_organisation(&self) -> Option<usize> {
        self.latest(&|e| !e.person && !e.short && !e.name.contains(' '))
    }

    /// The court or judge that `재판부` (the bench) stands for: the latest entity named like a
    /// court or a division of one (`서울행정법원 행정13부`, `형사3단독`), or titled as a judge.
    pub(crate) fn latest_court(&self) -> Option<usize> {
        const COURTS: &[&str] = &["지법", "고법", "재판소", "단독"];
        const JUDGES: &[&str] = &["판사", "재판장", "대법관", "재판관"];
        self.latest(&|e| {
            let last = e.name.rsplit(' ').next().unwrap_or("");
            let division = last.ends_with('부') && last.chars().any(|c| c.is_ascii_digit());
            // A bare `법원` is the courts in general, not the bench of one case.
            let court = !e.person
                && e.name != "법원"
                && (division
                    || e.name.contains("법원")
                    || COURTS.iter().any(|c| last.ends_with(c)));
            let judge = e
                .role
                .as_deref()
                .is_some_and(|r| r.split(' ').any(|w| JUDGES.iter().any(|j| w.ends_with(j))));
            court || judge
        })
    }

    /// The latest entity whose name ends with `head` as a word (`이 관계자` → `기상청 관계자`).
    pub(crate) fn latest_ending_with(&self, head: &str) -> Option<usize> {
        self.latest(&|e| e.name != head && ends_with_words(&e.name, head))
    }

    /// The latest organisation whose name ends in `tail`, even inside a word (`구청` →
    /// `강서구청`).
    pub(crate) fn latest_org_ending_in(&self, tail: &str) -> Option<usize> {
        if tail.chars().count() < 2 {
            return None;
        }
        self.latest(&|e| !e.person && e.name != tail && e.name.ends_with(tail))
    }

    /// `경찰은`, `검찰은`: the police station or prosecutors' office named last (`서울
    /// 마포경찰서`, `서울중앙지검 반부패수사1부`), which news calls by the agency's kind.
    pub(crate) fn latest_agency(&self, kind: &str) -> Option<usize> {
        let ends: &[&str] = match kind {
            "경찰" => &["경찰서", "경찰청", "수사대"],
            "검찰" => &["지검", "검찰청", "수사부", "검찰"],
            _ => return None,
        };
        self.latest(&|e| {
            let unit = |w: &str| {
                ends.iter().any(|t| w.ends_with(t))
                    || (w.ends_with('부') && w.chars().any(|c| c.is_ascii_digit()))
            };
            !e.person && e.name != kind && e.name.split(' ').any(unit)
        })
    }

    /// `시는`, `군은`: the latest local government of that unit (`전남 여수시`).
    pub(crate) fn latest_local_government(&self, unit: &str) -> Option<usize> {
        self.latest(&|e| !e.person && e.name.ends_with(unit) && e.name.chars().count() >= 3)
    }
}
