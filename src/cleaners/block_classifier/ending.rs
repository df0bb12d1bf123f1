//! Where the article ends, once its run is found: an author bio cuts it,
//! a short closing sentence and a list its last line announces extend it.

use super::author_bio::bio_in_tail;
use super::features::{closes_article, Class, Features};
use crate::cleaners::announced_list::{announced_list_last, announces_list};
use crate::document::Block;

/// Longest line (in words) that announces a list at the article's end.
const INTRO_MAX_WORDS: usize = 25;

/// The article's last block, fitted from the run `start..=end`, and the
/// author bio that ended it, if one did.
///
/// An author bio after the article's first half (or after a whole story)
/// ends it: what follows is the writer's card, tags and other stories.
/// Otherwise a short closing sentence ("She smiled.") ends the article even
/// though, alone, it weighs less than nothing, and a last line that
/// announces a list ("The 2020 tour dates:") brings the list, up to its
/// first chrome line.
pub(super) fn fit_end(
    blocks: &[&Block],
    features: &[Features],
    classes: &[Class],
    start: usize,
    end: usize,
) -> (usize, Option<usize>) {
    if let Some(bio) = bio_in_tail(blocks, features, start, end) {
        return (bio - 1, Some(bio));
    }
    let mut end = end;
    while end + 1 < blocks.len() && closes_article(&features[end + 1], classes[end + 1]) {
        end += 1;
    }
    let intro = [end, end + 1].into_iter().find(|&i| {
        i < blocks.len()
            && features[i].chrome.is_none()
            && features[i].words <= INTRO_MAX_WORDS
            && announces_list(blocks[i])
    });
    if let Some(last) = intro.and_then(|i| announced_list_last(blocks, i)) {
        end = (end + 1..=last).take_while(|&i| features[i].chrome.is_none()).last().unwrap_or(end);
    }
    (end, None)
}
