//! A feed of other stories' excerpts under a dump's article: each teaser is
//! a headline (and often a date) over the first lines of its story, cut
//! off with an ellipsis ("… and keep it s...", "[…]"). A story's own
//! paragraphs are not cut off, and when one trails off, the next does not
//! come after a headline of its own.

use super::facts::PageFacts;
use super::features::{Class, Features};
use crate::document::Block;

/// Fewest words of a cut-off excerpt (a trailing-off remark is shorter).
const EXCERPT_WORDS: usize = 12;

/// Most lines between two excerpts of one feed (a headline, a date, a
/// byline, a "Read more" link, an image's caption).
const MAX_GAP_LINES: usize = 8;

/// Most lines above an excerpt that belong to its teaser (its headline,
/// date and byline).
const HEAD_LINES: usize = 3;

/// Whether a block is an excerpt cut off with an ellipsis.
fn is_excerpt(b: &Block, f: &Features) -> bool {
    if f.words < EXCERPT_WORDS {
        return false;
    }
    let t = b.text().trim_end();
    ["...", "…", "[…]", "[...]"].iter().any(|e| t.ends_with(e))
}

/// Where a feed of excerpts starts inside the run `start..=end`: two
/// excerpts or more, each after lines that are not paragraphs (a headline,
/// a date) and at most [`MAX_GAP_LINES`] below the one before, the first
/// inside the run (the others may lie past its end, up to the comment
/// wall). The article above must hold at least as many words
/// of prose as the feed's excerpts (a listing of excerpts under a short
/// introduction is the page's content), and the run's prose after the
/// feed fewer (posts that quote a link's preview go on past it). The feed
/// starts at the first teaser's headline.
pub(super) fn excerpt_feed_start(page: &PageFacts<'_>, start: usize, end: usize) -> Option<usize> {
    let (blocks, features, classes) = (&page.blocks[..page.wall], &page.features, &page.classes);
    let excerpts: Vec<usize> = (start..blocks.len()).filter(|&i| is_excerpt(blocks[i], &features[i])).collect();
    // A teaser's lines above its excerpt: the short lines right above it.
    let head = |e: usize| {
        let mut h = e;
        while h > start && e - h < HEAD_LINES && classes[h - 1] != Class::Good {
            h -= 1;
        }
        h
    };
    for (k, &first) in excerpts.iter().enumerate() {
        let Some(&next) = excerpts.get(k + 1) else { break };
        if first > end {
            break;
        }
        let headed = |e: usize| head(e) < e;
        if next - first > MAX_GAP_LINES + 1 || !headed(first) || !headed(next) {
            continue;
        }
        // Every excerpt below `first` that stays in step with it.
        let mut feed_words = 0;
        let mut last = first;
        for &e in &excerpts[k..] {
            if e - last > MAX_GAP_LINES + 1 {
                break;
            }
            feed_words += features[e].words;
            last = e;
        }
        let from = head(first);
        let (above, after) = (page.prose_words(start..from), page.prose_words(last + 1..end.max(last) + 1));
        return (above >= feed_words && after < feed_words).then_some(from);
    }
    None
}
