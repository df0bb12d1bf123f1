//! `also-read-links`: "Also read: …headline…" cross-links.

use serde::{Deserialize, Serialize};

use crate::cleaner::{BlockRule, PerBlock};
use crate::document::Block;
use crate::edit::Reason;
use crate::error::BuildError;
use crate::fast_hash::FastMap;
use crate::rules::{normalize_key, pack, ALSO_READ};
use crate::shape::{ends_with_full_stop, word_count};

const ID: &str = "also-read-links";

/// Settings of [`AlsoReadLinks`].
///
/// # Defaults
/// The built-in lead-ins in 15 languages; a linked headline is 2 to 30 words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct AlsoReadLinksConfig {
    /// Use the built-in lead-ins.
    pub builtin: bool,
    /// Extra lead-ins (plain phrases).
    pub extra_lead_ins: Vec<String>,
    /// Longest headline (in words) after a lead-in.
    pub max_headline_words: usize,
}

impl Default for AlsoReadLinksConfig {
    fn default() -> Self {
        AlsoReadLinksConfig { builtin: true, extra_lead_ins: Vec::new(), max_headline_words: 30 }
    }
}

impl AlsoReadLinksConfig {
    /// Collects the lead-ins into one lookup table.
    ///
    /// # Errors
    /// A [`BuildError`] if `max_headline_words` is 0.
    pub fn build(&self) -> Result<PerBlock<AlsoReadLinks>, BuildError> {
        let max = super::phrases::check_range(ID, "max_headline_words", self.max_headline_words, 1..=200, "1 to 200")?;
        let mut leads: Vec<String> = Vec::new();
        if self.builtin {
            leads.extend(
                ALSO_READ
                    .lines()
                    .chain(pack("also_read").lines())
                    .map(str::trim)
                    .filter(|l| !l.is_empty() && !l.starts_with('#'))
                    .map(|l| normalize_key(l.trim_end_matches('*'))),
            );
        }
        leads.extend(self.extra_lead_ins.iter().map(|l| normalize_key(l)).filter(|l| !l.is_empty()));
        Ok(PerBlock::new(AlsoReadLinks { leads: LeadIns::new(leads), max_headline_words: max }))
    }
}

/// Marks between a lead-in and its headline ("Also read: …", "More » …").
const SEPARATORS: &[char] = &[':', '：', '|', '>', '»', '›', '–', '—', '-'];

/// The lead-ins, looked up at each place in a key where a lead-in may end:
/// before a space or a separator.
#[derive(Debug, Clone)]
struct LeadIns {
    /// Each lead-in with its rank: longer lead-ins first, then list order.
    rank: FastMap<String, usize>,
    /// Longest lead-in, in bytes.
    max_len: usize,
    /// Longest ASCII lead-in, in bytes: the only ones an ASCII key can open
    /// with (the others are longer in bytes: Thai, Hindi).
    max_len_ascii: usize,
}

/// A lead-in found at the start of a key.
struct LeadIn<'k> {
    lead: &'k str,
    /// Whether a separator follows it (`:`, `|`, `»`, a dash).
    has_separator: bool,
}

impl LeadIns {
    fn new(mut leads: Vec<String>) -> Self {
        leads.retain(|l| !l.is_empty());
        leads.sort_by_key(|l| std::cmp::Reverse(l.len()));
        let max_len = leads.first().map_or(0, String::len);
        let max_len_ascii = leads.iter().filter(|l| l.is_ascii()).map(String::len).max().unwrap_or(0);
        let mut rank = FastMap::default();
        for (i, lead) in leads.into_iter().enumerate() {
            rank.entry(lead).or_insert(i);
        }
        LeadIns { rank, max_len, max_len_ascii }
    }

    /// The best-ranked lead-in that opens `key` and is followed by a
    /// headline: a separator and text, or spaces and text.
    fn find<'k>(&self, key: &'k str) -> Option<LeadIn<'k>> {
        let mut best: Option<(usize, LeadIn<'k>)> = None;
        let head = &key.as_bytes()[..key.len().min(self.max_len)];
        let max_len = if head.is_ascii() { self.max_len_ascii } else { self.max_len };
        for (end, c) in key.char_indices().skip(1) {
            if end > max_len {
                break;
            }
            if !(c.is_whitespace() || SEPARATORS.contains(&c)) {
                continue;
            }
            let Some(&rank) = self.rank.get(&key[..end]) else { continue };
            if best.as_ref().is_some_and(|(b, _)| *b <= rank) {
                continue;
            }
            if let Some(has_separator) = headline_follows(&key[end..]) {
                best = Some((rank, LeadIn { lead: &key[..end], has_separator }));
            }
        }
        best.map(|(_, found)| found)
    }
}

/// What follows a lead-in, when a headline does: `Some(true)` for a
/// separator between spaces and then text, `Some(false)` for spaces and
/// then text, `None` otherwise.
fn headline_follows(rest: &str) -> Option<bool> {
    let after_spaces = rest.trim_start();
    if let Some(after) = after_spaces.strip_prefix(SEPARATORS) {
        if after.trim_start().chars().next().is_some_and(|c| !c.is_whitespace()) {
            return Some(true);
        }
    }
    (after_spaces.len() < rest.len() && !after_spaces.is_empty()).then_some(false)
}

/// Removes a lead-in followed by a headline on one line. (A lead-in on a
/// line of its own is a teaser heading: [`RelatedTeasers`](super::RelatedTeasers)
/// takes it with the headlines and blurbs below it.)
///
/// One-word lead-ins ("Related", "More") need a separator (`:`, `|`, `»`,
/// a dash); the headline must not end with a full stop, so "Related: the
/// ministry said on Tuesday it would review the decision." stays.
///
/// # Example
/// ```
/// use pagewash::{Pipeline, cleaners::AlsoReadLinksConfig};
/// let p = Pipeline::builder().with(AlsoReadLinksConfig::default().build()?).build();
/// let c = p.clean_text("Also read: Markets Rally as Rates Fall\n\nRead more about it in the report, she said.");
/// assert_eq!(c.text(), "Read more about it in the report, she said.\n");
/// assert_eq!(c.removals()[0].rule, "lead-in:also read");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct AlsoReadLinks {
    leads: LeadIns,
    max_headline_words: usize,
}

impl AlsoReadLinks {
    fn inline_lead(&self, b: &Block) -> Option<String> {
        let LeadIn { lead, has_separator: has_sep } = self.leads.find(b.key())?;
        if !has_sep && !lead.contains(' ') && lead.is_ascii() {
            return None;
        }
        let words = b.words().saturating_sub(word_count(lead));
        let headline = !ends_with_full_stop(b.text()) && (1..=self.max_headline_words).contains(&words);
        // Without a separator the rest must look like a title, not prose.
        let titled = has_sep || crate::shape::title_case_share(b.text()) >= 0.5 || b.link_density() > 0.5;
        (headline && titled).then(|| lead.to_string())
    }
}

impl BlockRule for AlsoReadLinks {
    fn id(&self) -> &'static str {
        ID
    }

    fn judge(&self, b: &Block) -> Option<Reason> {
        self.inline_lead(b).map(|lead| Reason::new(format!("lead-in:{lead}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn removed(text: &str) -> Vec<String> {
        crate::cleaners::removed_by(AlsoReadLinksConfig::default().build().unwrap(), text)
    }

    #[test]
    fn lead_ins_in_several_languages() {
        for line in [
            "Also read: Greece | Withdrawal From the Helicopter Program",
            "READ MORE: How the Budget Deal Came Together",
            "Lesen Sie auch: Die Bahn streicht weitere Verbindungen",
            "À lire aussi : Le gouvernement annonce un nouveau plan",
            "Lea también: El Gobierno aprueba la reforma",
            "Читайте также: Новый закон вступил в силу",
        ] {
            assert_eq!(removed(line), [line], "{line}");
        }
    }

    #[test]
    fn the_longest_lead_in_followed_by_a_headline_wins() {
        let leads = LeadIns::new(vec!["read".into(), "read more".into(), "more".into()]);
        let found = |key| leads.find(key).map(|l| (l.lead, l.has_separator));
        assert_eq!(found("read more: the plan"), Some(("read more", true)));
        assert_eq!(found("read more the plan"), Some(("read more", false)));
        // "read more" has nothing after it, so the shorter lead-in is taken.
        assert_eq!(found("read more"), Some(("read", false)));
        assert_eq!(found("read - more"), Some(("read", true)));
        assert_eq!(found("more» x"), Some(("more", true)));
        // A lead-in ends at a space or a separator, not inside a word.
        assert_eq!(found("moreover the plan"), None);
        assert_eq!(found("readers: the plan"), None);
        assert_eq!(found("read:"), None);
    }

    #[test]
    fn full_sentences_stay() {
        for line in [
            "Related: the ministry said on Tuesday that it would review the decision.",
            "Read more about it in the report, she said.",
            "More than 300 people attended the meeting.",
            "See also the appendix, which lists every source.",
        ] {
            assert!(removed(line).is_empty(), "{line}");
        }
    }

    #[test]
    fn a_lead_in_alone_is_left_to_the_teaser_cleaner() {
        assert!(removed(
            "Related
Council Approves New Budget"
        )
        .is_empty());
        let c = crate::Pipeline::default().clean_text(
            "The vote was close, with six members in favour and five against it.

Related

Council Approves New Budget

The mayor said the plan would start soon, and it did.

The city will review the plan next spring, officials said today.",
        );
        let by: Vec<_> = c.removals().iter().map(|r| (r.cleaner, r.text.as_str())).collect();
        assert!(by.contains(&("related-teasers", "Council Approves New Budget")), "{by:?}");
    }
}
