//! Teaser cards: small same-shaped siblings that each hold a headline
//! linked to another page — "more stories" rails, read-more lists, shop
//! grids and a listing's items.

use crate::document::Block;
use crate::fast_hash::FastMap;

/// A hash of an element's tag and first class: siblings with the same shape
/// are items of one list (cards, posts). A table's rows and cells have no
/// shape: a row of a data table is no teaser card, however many of its
/// cells link.
pub(super) fn shape_of(tag: &str, first_class: Option<&str>) -> Option<u64> {
    use std::hash::{Hash, Hasher};
    if matches!(tag, "tr" | "td" | "th" | "tbody" | "thead" | "tfoot") {
        return None;
    }
    let mut h = crate::fast_hash::FastHasher::default();
    tag.hash(&mut h);
    first_class.unwrap_or("").hash(&mut h);
    Some(h.finish())
}

/// Blocks that sit in a teaser card: an element of at most
/// [`CARD_MAX_BLOCKS`] blocks and [`CARD_MAX_WORDS`] words, one of them a
/// headline linked to another page (`titles`, per block), with at least two
/// siblings of the same tag and class (`shapes`: per element, its parent's
/// node id and [`shape_of`]).
pub(super) fn mark_cards(blocks: &mut [Block], titles: &[bool], shapes: &[(u32, Option<u64>)]) {
    if shapes.is_empty() {
        return;
    }
    let mut siblings: FastMap<(u32, u64), u32> = FastMap::default();
    for &(parent, shape) in shapes {
        if let Some(shape) = shape {
            *siblings.entry((parent, shape)).or_insert(0) += 1;
        }
    }
    // (blocks, words, has a linked headline) per element, from the blocks' nearest ancestors.
    let mut inside = vec![(0u32, 0usize, false); shapes.len()];
    for (b, &linked_title) in blocks.iter().zip(titles) {
        for &a in b.hints().ancestors.iter().take(CARD_DEPTH) {
            if let Some(e) = inside.get_mut((a as usize).wrapping_sub(1)) {
                e.0 += 1;
                e.1 += b.words();
                e.2 |= linked_title;
            }
        }
    }
    // Paragraphs of prose right under each element: cards beside them
    // are the items of the text they interleave (a listicle's entries,
    // each a linked name and its paragraph), not a rail of teasers.
    let mut paragraphs: FastMap<u32, u32> = FastMap::default();
    for b in blocks.iter().filter(|b| b.words() >= PARAGRAPH_WORDS) {
        if let Some(&parent) = b.hints().ancestors.get(1) {
            *paragraphs.entry(parent).or_insert(0) += 1;
        }
    }
    let is_card = |a: u32| {
        let i = (a as usize).wrapping_sub(1);
        match (inside.get(i), shapes.get(i)) {
            (Some(&(n, words, titled)), Some(&(parent, Some(shape)))) => {
                titled
                    && (1..=CARD_MAX_BLOCKS).contains(&n)
                    && words <= CARD_MAX_WORDS
                    && siblings.get(&(parent, shape)).is_some_and(|&k| k >= 3)
                    && paragraphs.get(&parent).is_none_or(|&p| p < SIBLING_PARAGRAPHS)
            }
            _ => false,
        }
    };
    // The outermost card element around each block, if any (node ids grow
    // in document order, so the outermost has the smallest).
    let cards: Vec<Option<u32>> = blocks
        .iter()
        .map(|b| b.hints().ancestors.iter().take(CARD_DEPTH).filter(|&&a| is_card(a)).min().copied())
        .collect();
    // Where the page has an article-body box outside its cards, a box inside
    // a card ("post__text", a teaser's "entry-content") is that teaser's
    // text, not the article's: only the boxes around the card stay. (A
    // listing whose only body boxes are its items' keeps them.)
    let body_outside_cards =
        blocks.iter().zip(&cards).any(|(b, card)| b.hints().body_boxes.iter().any(|&id| card.is_none_or(|c| id < c)));
    for (b, card) in blocks.iter_mut().zip(cards) {
        let hints = b.hints_mut();
        hints.in_cards = card.is_some();
        if let Some(card) = card.filter(|_| body_outside_cards) {
            hints.body_boxes.retain(|&id| id < card);
        }
    }
}

/// Fewest words of a block that reads as a paragraph of the text around
/// cards (see [`SIBLING_PARAGRAPHS`]).
const PARAGRAPH_WORDS: usize = 20;

/// Fewest such paragraphs beside same-shaped elements that make them the
/// text's items rather than cards.
const SIBLING_PARAGRAPHS: u32 = 2;

/// How many ancestors of a block are looked at for a card.
const CARD_DEPTH: usize = 6;
/// Most blocks in one card.
const CARD_MAX_BLOCKS: u32 = 5;
/// Most words in one card.
const CARD_MAX_WORDS: usize = 90;
