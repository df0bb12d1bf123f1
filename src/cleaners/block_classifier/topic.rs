//! Where a text dump's article ends: the trailing feed of other stories
//! that reads as prose is cut by topic.

use super::features::{Class, Features};
use crate::document::Block;

/// Share of a paragraph's content words that must occur in the title or
/// the first half of the article for it to be on topic.
pub(super) const ON_TOPIC_SHARE: f64 = 0.25;

/// Fewest trailing off-topic paragraphs that are cut (one digression is not a feed).
pub(super) const OFF_TOPIC_MIN_BLOCKS: usize = 4;

/// Fewest content words of a paragraph that is judged by its topic.
const MIN_JUDGED_WORDS: usize = 5;

/// What a story is about: the content words of its title and of the
/// paragraphs read so far (as hashes, see `lang::content_words`).
struct Topic<'t> {
    words: crate::fast_hash::FastSet<u64>,
    lang: &'t str,
}

impl<'t> Topic<'t> {
    fn of_title(title: Option<&str>, lang: &'t str) -> Self {
        let mut topic = Topic { words: crate::fast_hash::FastSet::default(), lang };
        if let Some(t) = title {
            topic.words.extend(crate::lang::content_words(t, lang));
        }
        topic
    }

    fn add(&mut self, b: &Block) {
        self.words.extend(b.content_words(self.lang).iter().copied());
    }

    /// Whether a paragraph shares [`ON_TOPIC_SHARE`] of its content words
    /// with the topic; `None` for one of fewer than [`MIN_JUDGED_WORDS`].
    fn covers(&self, b: &Block) -> Option<bool> {
        let words = b.content_words(self.lang);
        if words.len() < MIN_JUDGED_WORDS {
            return None;
        }
        let shared = words.iter().filter(|w| self.words.contains(*w)).count();
        Some(shared as f64 / words.len() as f64 >= ON_TOPIC_SHARE)
    }
}

/// The last block of the run `start..=end` that is about what the run's
/// first half is about: trailing prose whose content words mostly do not
/// occur in the title or the first half of the run (a feed of other
/// stories' teasers) is cut off, with the short lines between it, when it
/// is at least [`OFF_TOPIC_MIN_BLOCKS`] paragraphs long and has a line that
/// is not prose (a headline, a date, a label) for every two of its
/// paragraphs: a feed's teasers come with their headlines, a story's last
/// turn does not. Text input only:
/// set on both dev sets' text dumps (in HTML the page's elements end the
/// article better, and the same cut cost recall there).
pub(super) fn on_topic_end(
    blocks: &[&Block],
    features: &[Features],
    classes: &[Class],
    start: usize,
    end: usize,
    lang: &str,
    title: Option<&str>,
) -> usize {
    let good: Vec<usize> = (start..=end).filter(|&i| classes[i] == Class::Good).collect();
    let total: usize = good.iter().map(|&i| features[i].words).sum();
    let mut topic = Topic::of_title(title, lang);
    let mut acc = 0;
    let mut core_end = start;
    for &i in &good {
        if acc * 2 >= total {
            break;
        }
        acc += features[i].words;
        topic.add(blocks[i]);
        core_end = i;
    }
    if topic.words.len() < 20 {
        return end;
    }
    let (mut new_end, mut cut) = (end, 0);
    for i in (core_end + 1..=end).rev() {
        if classes[i] != Class::Good {
            continue;
        }
        match topic.covers(blocks[i]) {
            None => continue,
            Some(true) => break,
            Some(false) => {
                new_end = i - 1;
                cut += 1;
            }
        }
    }
    // A feed's teasers come with their headlines, dates and labels between
    // them; a story's last paragraphs follow each other bare.
    let between = (new_end + 1..=end).filter(|&i| classes[i] != Class::Good).count();
    if cut >= OFF_TOPIC_MIN_BLOCKS && 2 * between >= cut {
        new_end
    } else {
        end
    }
}

/// Whether most paragraphs of `from + 1..=to` (at least half of them) are
/// about what the title and the paragraphs of `start..from` are about: each
/// shares [`ON_TOPIC_SHARE`] of its content words with them.
pub(super) fn on_topic_paragraphs(
    blocks: &[&Block],
    classes: &[Class],
    start: usize,
    from: usize,
    to: usize,
    lang: &str,
    title: Option<&str>,
) -> bool {
    let mut topic = Topic::of_title(title, lang);
    for i in (start..from).filter(|&i| classes[i] == Class::Good) {
        topic.add(blocks[i]);
    }
    let (mut on, mut all) = (0, 0);
    for i in (from + 1..=to).filter(|&i| classes[i] == Class::Good) {
        if let Some(covered) = topic.covers(blocks[i]) {
            all += 1;
            on += usize::from(covered);
        }
    }
    // Comments on the story are about it too, but come with a name, a
    // date and a reply link between them; a story's sections have a
    // heading now and then.
    let between = (from + 1..=to).filter(|&i| classes[i] != Class::Good).count();
    all > 0 && 2 * on >= all && between <= all
}
