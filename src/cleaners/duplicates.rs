//! `duplicates`: blocks repeated inside one document, whole or as one
//! block that joins earlier paragraphs again.

use std::collections::HashMap;
use std::hash::Hasher;

use serde::{Deserialize, Serialize};

use crate::cleaner::Cleaner;
use crate::document::Document;
use crate::edit::{Plan, Reason};
use crate::error::BuildError;
use crate::fast_hash::FastHasher;

const ID: &str = "duplicates";

/// Settings of [`Duplicates`].
///
/// # Defaults
/// Blocks whose key is at least 12 characters long; shorter repeats
/// (interview speaker labels, `* * *` separators) stay. A block of 40 or
/// more words is a copy when 90% of its runs of five words already
/// appeared earlier on the page (the article serialised again as one block
/// by a print view, a widget or page data); a quoted sentence or a summary
/// that reuses a few phrases stays well under that.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct DuplicatesConfig {
    /// Shortest key (in characters) considered.
    pub min_chars: usize,
    /// Fewest words for the copy rule; `0` turns it off.
    pub copy_min_words: usize,
    /// Share of a block's five-word runs seen earlier that makes it a copy.
    pub copy_share: f64,
}

impl Default for DuplicatesConfig {
    fn default() -> Self {
        DuplicatesConfig { min_chars: 12, copy_min_words: 40, copy_share: 0.9 }
    }
}

impl DuplicatesConfig {
    /// Builds the cleaner.
    ///
    /// # Errors
    /// [`BuildError`] when `copy_share` is outside 0.0 to 1.0.
    pub fn build(&self) -> Result<Duplicates, BuildError> {
        if !(0.0..=1.0).contains(&self.copy_share) {
            return Err(BuildError::setting(ID, "copy_share", self.copy_share, "0.0 to 1.0"));
        }
        Ok(Duplicates { min_chars: self.min_chars, copy_min_words: self.copy_min_words, copy_share: self.copy_share })
    }
}

/// Keeps the first occurrence of a block and removes later identical ones
/// (compared case-insensitively, ignoring surrounding punctuation, rule
/// `repeat`) — except short lines repeated inside the same article-body
/// box, which the article itself repeats — and long blocks made of text
/// the page already showed (rule `copy`).
///
/// # Example
/// ```
/// use pagewash::{Pipeline, cleaners::DuplicatesConfig};
/// let p = Pipeline::builder().with(DuplicatesConfig::default().build()?).build();
/// let c = p.clean_text("The same paragraph twice.\nThe same paragraph twice.");
/// assert_eq!(c.text(), "The same paragraph twice.\n");
/// assert_eq!(c.removals()[0].rule, "repeat");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Duplicates {
    min_chars: usize,
    copy_min_words: usize,
    copy_share: f64,
}

/// Words per shingle of the copy rule.
const SHINGLE: usize = 5;

/// Hash of one word, ignoring punctuation around it.
fn word_hash(word: &str) -> Option<u64> {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    if w.is_empty() {
        return None;
    }
    let mut h = FastHasher::default();
    h.write(w.as_bytes());
    Some(h.finish())
}

/// Hash of a run of [`SHINGLE`] word hashes, in order.
fn shingle_hash<'w>(run: impl Iterator<Item = &'w u64>) -> u64 {
    let mut h = FastHasher::default();
    for &w in run {
        h.write_u64(w);
    }
    h.finish()
}

/// Five-word runs of the page so far, across block boundaries (a copy
/// joins paragraphs that the page showed apart), kept as a Bloom filter:
/// two bits per run in a bit array of 32 bits per word of the page. A run
/// the filter wrongly reports as seen (about 1% of them) cannot move a
/// block's share from its true value to the 90% of a copy. Unlike a hash
/// set, a page cannot make it slow by filling it with colliding keys.
struct SeenRuns {
    bits: Vec<u64>,
    mask: u64,
    /// The last [`SHINGLE`] word hashes of the stream, as a ring.
    window: [u64; SHINGLE],
    filled: usize,
}

impl SeenRuns {
    /// A filter sized for a page of `words` words.
    fn new(words: usize) -> Self {
        let bits = (words.saturating_mul(32)).next_power_of_two().max(1024);
        SeenRuns { bits: vec![0; bits / 64], mask: bits as u64 - 1, window: [0; SHINGLE], filled: 0 }
    }

    /// The two bit positions of a run (from the well-mixed high bits).
    fn positions(&self, run: u64) -> [u64; 2] {
        let mixed = run.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        [(mixed >> 40) & self.mask, (mixed >> 20) & self.mask]
    }

    fn contains(&self, run: u64) -> bool {
        self.positions(run).iter().all(|&p| self.bits[(p / 64) as usize] & (1 << (p % 64)) != 0)
    }

    fn insert(&mut self, run: u64) {
        for p in self.positions(run) {
            self.bits[(p / 64) as usize] |= 1 << (p % 64);
        }
    }

    /// Share of a block's own runs (`words`: its word hashes) already seen.
    fn seen_share(&self, words: &[u64]) -> f64 {
        let runs = words.windows(SHINGLE).count().max(1);
        let seen = words.windows(SHINGLE).filter(|w| self.contains(shingle_hash(w.iter()))).count();
        seen as f64 / runs as f64
    }

    /// Adds a block's word hashes to the stream.
    fn push(&mut self, words: &[u64]) {
        for &h in words {
            self.window[self.filled % SHINGLE] = h;
            self.filled += 1;
            if self.filled >= SHINGLE {
                let oldest = self.filled % SHINGLE;
                self.insert(shingle_hash(self.window[oldest..].iter().chain(&self.window[..oldest])));
            }
        }
    }
}

impl Cleaner for Duplicates {
    fn id(&self) -> &'static str {
        ID
    }

    /// Judges each block by the blocks before it, whose removal cannot add
    /// a repeat, so one pass suffices.
    fn depends_on_context(&self) -> bool {
        false
    }

    fn plan(&self, doc: &Document) -> Plan {
        let mut plan = Plan::new();
        let mut seen: HashMap<&str, &crate::Block> = HashMap::new();
        let copy_rule = self.copy_min_words > 0;
        let mut runs = SeenRuns::new(if copy_rule { doc.blocks().map(|b| b.words()).sum() } else { 0 });
        let mut words: Vec<u64> = Vec::new();
        for b in doc.blocks() {
            if b.key().chars().count() >= self.min_chars {
                if let Some(first) = seen.get(b.key()) {
                    if b.words() > BODY_REPEAT_WORDS || !same_body_box(first, b) {
                        plan.remove(
                            b.id(),
                            Reason::new("repeat").with_evidence(format!("first at {}", first.origin())),
                        );
                        continue;
                    }
                } else {
                    seen.insert(b.key(), b);
                }
            }
            if !copy_rule {
                continue;
            }
            // Each block's words are hashed once, into a buffer reused
            // across blocks.
            words.clear();
            words.extend(b.key().split_whitespace().filter_map(word_hash));
            if b.words() >= self.copy_min_words.max(SHINGLE) && runs.filled >= SHINGLE {
                let share = runs.seen_share(&words);
                if share >= self.copy_share {
                    let evidence = format!("{:.0}% of its five-word runs appeared earlier", share * 100.0);
                    plan.remove(b.id(), Reason::new("copy").with_evidence(evidence));
                    continue;
                }
            }
            runs.push(&words);
        }
        plan
    }
}

/// Longest repeat (in words) that stays when both copies sit in the same
/// article-body box: short lines recur in an article (a meal plan's "Eat
/// every 2–3 hours", a package's "Who is this for?"), while a repeated
/// long block is a caption or a widget shown twice.
const BODY_REPEAT_WORDS: usize = 12;

/// Whether two blocks sit in the same article-body box: the page says
/// both are the article's text (a meal plan repeating "Eat every 2–3
/// hours" each day, a recipe repeating a step).
fn same_body_box(a: &crate::Block, b: &crate::Block) -> bool {
    a.hints().body_boxes.iter().any(|id| b.hints().body_boxes.contains(id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cleaners::removed_by;

    const FIRST: &str = "The council voted on Tuesday to close the old bridge to lorries after engineers found cracks in two of its piers during a routine inspection last month.";
    const SECOND: &str = "Repairs are expected to take most of next year, and the detour through the town centre will add about twenty minutes to a typical journey for drivers.";

    fn cleaner() -> Duplicates {
        DuplicatesConfig::default().build().expect("default settings are valid")
    }

    #[test]
    fn short_lines_repeated_inside_the_article_body_stay() {
        let p = crate::Pipeline::builder().with(cleaner()).build();
        let day = |d: u32| format!("<h3>Day {d} breakfast</h3><p>Eat every two to three hours</p><p>{FIRST}</p>");
        let html = format!(
            "<body><div class='entry-content'>{}{}</div><p>Eat every two to three hours</p></body>",
            day(1),
            day(2)
        );
        let c = p.clean_html(&html);
        // Both short lines in the body box are the article's; the long
        // paragraph repeated there and the copy outside the box go.
        assert_eq!(c.text().matches("Eat every two to three hours").count(), 2, "{}", c.text());
        assert_eq!(c.text().matches("The council voted").count(), 1, "{}", c.text());
        assert_eq!(c.removals().len(), 2);
    }

    #[test]
    fn a_block_joining_earlier_paragraphs_is_a_copy() {
        let page = format!("{FIRST}\n\n{SECOND}\n\nRead more\n\n{FIRST} {SECOND}");
        assert_eq!(removed_by(cleaner(), &page), vec![format!("{FIRST} {SECOND}")]);
    }

    #[test]
    fn a_paragraph_quoting_one_earlier_sentence_stays() {
        let reply = format!(
            "You wrote that {FIRST} That is not what the minutes of the meeting say, and the council has not published the engineers' report that it keeps citing either."
        );
        let page = format!("{FIRST}\n\n{SECOND}\n\n{reply}");
        assert!(removed_by(cleaner(), &page).is_empty());
    }

    #[test]
    fn the_copy_rule_can_be_turned_off() {
        let page = format!("{FIRST}\n\n{SECOND}\n\n{FIRST} {SECOND}");
        let off = DuplicatesConfig { copy_min_words: 0, ..DuplicatesConfig::default() }.build().expect("valid");
        assert!(removed_by(off, &page).is_empty());
    }

    #[test]
    fn a_share_above_one_is_refused() {
        let err = DuplicatesConfig { copy_share: 1.5, ..DuplicatesConfig::default() }.build().unwrap_err();
        assert_eq!(err.cleaner(), ID);
    }
}
