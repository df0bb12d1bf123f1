//! Where the article is: the best-scoring run of blocks, the best HTML
//! element, the page's own article-body box, and the main column of a
//! listing.

use super::features::Features;
use crate::document::Block;

/// Share of the main run's prose up to the end of an article-body box that
/// the box must hold for the run to grow to the whole box (and end with it).
pub(super) const BODY_BOX_SHARE: f64 = 0.7;

/// Share of the whole main run that the box must hold.
pub(super) const BODY_BOX_MIN_SHARE: f64 = 0.25;

/// In a text dump's listing, the fewest words of a kept line: item titles
/// and blurbs have them, menu entries and labels ("Shop", "Log in") do not.
pub(super) const TEXT_ITEM_WORDS: usize = 4;

/// What a shorter line costs the main column of a text dump.
pub(super) const TEXT_LABEL_COST: f64 = 3.0;

/// The maximum-sum contiguous segment of `weights` (Kadane); `None` if every weight is negative.
pub(super) fn best_run(weights: &[f64]) -> Option<(usize, usize)> {
    let (mut best, mut best_range) = (0.0, None);
    let (mut sum, mut start) = (0.0, 0);
    for (i, w) in weights.iter().enumerate() {
        if sum <= 0.0 {
            sum = 0.0;
            start = i;
        }
        sum += w;
        if sum > best {
            best = sum;
            best_range = Some((start, i));
        }
    }
    best_range
}

/// The best run that starts in `starts` (a window after the article's
/// headline): the start and the end that maximise the sum; `None` when no
/// such run has a positive sum.
pub(super) fn best_run_from(weights: &[f64], starts: std::ops::Range<usize>) -> Option<(usize, usize)> {
    let mut best: Option<(f64, usize, usize)> = None;
    for s in starts.start..starts.end.min(weights.len()) {
        let mut sum = 0.0;
        for (i, w) in weights.iter().enumerate().skip(s) {
            sum += w;
            if sum > best.map_or(0.0, |b| b.0) {
                best = Some((sum, s, i));
            }
        }
    }
    best.map(|(_, s, e)| (s, e))
}

/// The block range of the element whose blocks' weights sum highest (HTML
/// only; text blocks have no ancestors). Subtrees are contiguous in
/// document order, so the range is `lo..hi`.
pub(super) fn best_subtree(blocks: &[&Block], weights: &[f64]) -> Option<(usize, usize)> {
    // Node ids are small and dense (numbered in document order): a vector
    // indexed by id is much cheaper than a map.
    let max_id = blocks.iter().flat_map(|b| b.hints().ancestors.iter()).max().copied()? as usize;
    let mut score: Vec<Option<(f64, usize, usize)>> = vec![None; max_id + 1];
    for (i, (b, w)) in blocks.iter().zip(weights).enumerate() {
        for &a in &b.hints().ancestors {
            let e = score[a as usize].get_or_insert((0.0, i, i));
            e.0 += w;
            e.2 = i;
        }
    }
    // The highest score wins; among equal scores the innermost element (the
    // larger id, opened later) does.
    let (best, lo, hi) = score.into_iter().flatten().rev().max_by(|a, b| a.0.total_cmp(&b.0))?;
    (best > 0.0).then_some((lo, hi + 1))
}

/// The block range (inclusive) of the innermost article-body box (see
/// [`Hints::body_boxes`](crate::document::Hints)) that holds at least
/// [`BODY_BOX_SHARE`] of the positive weight of the run `start..=end` up
/// to the box's end, and [`BODY_BOX_MIN_SHARE`] of all of it.
pub(super) fn body_box_range(blocks: &[&Block], weights: &[f64], start: usize, end: usize) -> Option<(usize, usize)> {
    // Positive weight of the run up to and including each block.
    let mut prefix = Vec::with_capacity(end + 1 - start);
    let mut total = 0.0;
    for w in &weights[start..=end] {
        total += w.max(0.0);
        prefix.push(total);
    }
    if total <= 0.0 {
        return None;
    }
    // (box id, positive weight inside the run, last run index inside the box)
    let mut per_box: Vec<(u32, f64, usize)> = Vec::new();
    for (i, (b, w)) in blocks[start..=end].iter().zip(&weights[start..=end]).enumerate() {
        for &id in &b.hints().body_boxes {
            match per_box.iter_mut().find(|(b, ..)| *b == id) {
                Some((_, sum, last)) => {
                    *sum += w.max(0.0);
                    *last = i;
                }
                None => per_box.push((id, w.max(0.0), i)),
            }
        }
    }
    let heaviest = per_box.iter().map(|(_, w, _)| *w).fold(0.0, f64::max);
    // The innermost (latest opened, largest id) of the boxes that hold
    // nearly as much as the heaviest one and most of the run up to their end.
    let best = per_box
        .iter()
        .filter(|(_, w, last)| {
            *w >= 0.9 * heaviest && *w >= BODY_BOX_MIN_SHARE * total && *w >= BODY_BOX_SHARE * prefix[*last]
        })
        .map(|(id, ..)| *id)
        .max()?;
    let inside = |b: &&Block| b.hints().body_boxes.contains(&best);
    Some((blocks.iter().position(inside)?, blocks.iter().rposition(inside)?))
}

/// The block range of the page's main column (HTML only): the element
/// whose blocks' words sum highest when every word counts, links included,
/// and words under chrome landmarks or class names count against it.
pub(super) fn main_column(blocks: &[&Block], features: &[Features]) -> Option<(usize, usize)> {
    let weights: Vec<f64> = features
        .iter()
        .map(|f| {
            let w = f.words as f64;
            match (f.listing_chrome(), f.strong_chrome) {
                (true, true) => -(w + 2.0),
                (true, false) => -0.5 * w,
                (false, _) => w,
            }
        })
        .collect();
    best_subtree(blocks, &weights)
}

/// The main column of a text dump: the maximum-sum run of lines where
/// lines of [`TEXT_ITEM_WORDS`] or more count their words and shorter ones
/// (menu entries, labels) cost [`TEXT_LABEL_COST`] each.
pub(super) fn text_column(features: &[Features]) -> Option<(usize, usize)> {
    let weights: Vec<f64> =
        features.iter().map(|f| if f.words >= TEXT_ITEM_WORDS { f.words as f64 } else { -TEXT_LABEL_COST }).collect();
    best_run(&weights).map(|(lo, hi)| (lo, hi + 1))
}
