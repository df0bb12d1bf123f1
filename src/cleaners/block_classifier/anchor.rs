//! Where the article starts: at its headline.
//!
//! A dump of a whole page opens with the page's `<title>` ("Headline –
//! Site"); an HTML page names its title in `og:title` or `<title>`. The
//! same headline, alone on a line further down, is the article's heading;
//! menus, teaser rails and "latest headlines" feeds above it are not the
//! article, however much prose they hold.

use super::features::Class;
use crate::document::{Block, Document, InputKind};
use crate::rules::normalize_key;
use crate::shape::title_without_site;

/// Most blocks (a dateline, a byline, a "filed under" line) between the
/// headline and the article's first paragraph.
const MAX_GAP: usize = 6;

/// The index in `blocks` (the live blocks) where the article starts: at
/// the first block that repeats the page title (a text dump's first line,
/// without its site suffix, repeated further down; in HTML the metadata
/// title) and is followed by prose within [`MAX_GAP`] live blocks.
///
/// The headline is looked for among all blocks, removed ones too: once an
/// earlier pass has removed it, a later repeat (a gallery caption, a
/// "most read" entry) must not take its place.
pub(super) fn title_anchor(doc: &Document, blocks: &[&Block], classes: &[Class]) -> Option<usize> {
    let (title, candidates) = match doc.input_kind() {
        InputKind::Text => {
            let (first, rest) = doc.all_blocks().split_first()?;
            (normalize_key(&title_without_site(first.text())), rest)
        }
        InputKind::Html => (normalize_key(doc.metadata().title.as_deref()?), doc.all_blocks()),
    };
    if title.split(' ').count() < 3 {
        return None;
    }
    // The first repeat with prose after it: a breadcrumb or a page-header
    // repeat of the title may come before the article's own headline.
    candidates.iter().filter(|b| b.key() == title).find_map(|headline| {
        let anchor = blocks.iter().position(|b| b.id() >= headline.id())?;
        let after = if blocks[anchor].id() == headline.id() { anchor + 1 } else { anchor };
        (after..blocks.len().min(after + 1 + MAX_GAP)).any(|i| classes[i] == Class::Good).then_some(anchor)
    })
}
