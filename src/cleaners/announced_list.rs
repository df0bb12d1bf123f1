//! A list announced by the line above it ("The 2020 tour dates:", "Steps:"):
//! its short lines belong to the article the line ends, however much they
//! look like a tail of links. Shared by `block-classifier` and
//! `trailing-chrome`.

use crate::document::Block;

/// Longest list an announcing line brings into the article.
const MAX_ITEMS: usize = 100;

/// Most words of a list line.
const ITEM_MAX_WORDS: usize = 30;

/// Fewest words of a line that announces a list: "The tour dates:" and
/// "Product details:" do, a one-word label such as "Tags:" does not.
const INTRO_MIN_WORDS: usize = 2;

/// Whether a block announces a list: a line of at least
/// [`INTRO_MIN_WORDS`] words that ends with a colon and is not mostly links.
pub(crate) fn announces_list(b: &Block) -> bool {
    b.text().trim_end().ends_with([':', '：']) && b.words() >= INTRO_MIN_WORDS && b.link_density() <= 0.5
}

/// The last block of the list that `blocks[intro]` announces: the rest of
/// the intro's paragraph group, or the next group when the intro stands
/// alone; lines of at most [`ITEM_MAX_WORDS`] words that are not mostly
/// links, at most [`MAX_ITEMS`] of them. `None` if no line follows.
pub(crate) fn announced_list_last(blocks: &[&Block], intro: usize) -> Option<usize> {
    let first = blocks.get(intro + 1)?;
    let paragraph = first.paragraph();
    let is_item = |b: &&&Block| b.paragraph() == paragraph && b.words() <= ITEM_MAX_WORDS && b.link_density() <= 0.5;
    let n = blocks[intro + 1..].iter().take(MAX_ITEMS).take_while(is_item).count();
    (n > 0).then(|| intro + n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::InputKind;

    #[test]
    fn the_list_is_the_group_after_the_colon() {
        let text = "The band plays fifty dates next summer.\n\nThe 2020 tour dates:\nJune 9 -- Arena, Tampa\nJune 10 -- Hall, Miami\n\nTags:\nMusic";
        let doc = crate::document::Document::from_text(text);
        assert_eq!(doc.input_kind(), InputKind::Text);
        let blocks = doc.live_blocks();
        assert!(announces_list(blocks[1]) && !announces_list(blocks[0]));
        assert_eq!(announced_list_last(&blocks, 1), Some(3));
        // A label is no announcement.
        assert!(!announces_list(blocks[4]));
        assert_eq!(announced_list_last(&blocks, 5), None);
    }
}
