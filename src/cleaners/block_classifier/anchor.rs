//! Where the article starts: at its headline.
//!
//! A dump of a whole page opens with the page's `<title>` ("Headline –
//! Site"); an HTML page names its title in `og:title` or `<title>`. The
//! same headline, alone on a line further down, is the article's heading;
//! menus, teaser rails and "latest headlines" feeds above it are not the
//! article, however much prose they hold.

use super::features::{Chrome, Class, Features};
use crate::document::{Block, BlockKind, Document, InputKind};
use crate::rules::normalize_key;
use crate::shape::{title_without_site, TITLE_SEPARATORS};

/// Most blocks (a dateline, a byline, a "filed under" line) between the
/// headline and the article's first paragraph.
pub(super) const MAX_GAP: usize = 6;

/// Most blocks between a cleaned text's first line (its headline) and
/// its first paragraph: a dateline and a byline. (Further down, prose
/// under the page's `<title>` is a menu's blurbs, not the article.)
const OPENING_GAP: usize = 2;

/// Words of a first line of prose that open a cleaned text on their own,
/// whatever follows them (a page title is shorter).
const CLEANED_OPENING_WORDS: usize = 15;

/// Fewest words of prose between an HTML page's h1 and the article's run
/// that open the article there.
const OPENING_MIN_WORDS: usize = 30;

/// The first prose block under the page's main heading (the last `<h1>`
/// above `start`, the run's first block, outside a menu, header or footer
/// landmark) when at least [`OPENING_MIN_WORDS`] words of prose lie
/// between them; `None` otherwise.
pub(super) fn opening_under_h1(
    blocks: &[&Block],
    features: &[Features],
    classes: &[Class],
    start: usize,
) -> Option<usize> {
    let h1 = (0..start).rev().find(|&i| blocks[i].kind() == BlockKind::Heading(1))?;
    if matches!(features[h1].chrome, Some(Chrome::Landmark(_))) {
        return None;
    }
    let prose = || (h1 + 1..start).filter(|&i| classes[i] == Class::Good);
    let words: usize = prose().map(|i| features[i].words).sum();
    (words >= OPENING_MIN_WORDS).then(|| prose().next()).flatten()
}

/// The index in `blocks` (the live blocks) where the article starts: at
/// the first block that repeats the page title (a text dump's first line,
/// without its site suffix, repeated further down; in HTML the metadata
/// title) and is followed by prose within [`MAX_GAP`] live blocks.
///
/// The headline is looked for among all blocks, removed ones too: once an
/// earlier pass has removed it, a later repeat (a gallery caption, a
/// "most read" entry) must not take its place.
pub(super) fn title_anchor(doc: &Document, blocks: &[&Block], classes: &[Class]) -> Option<usize> {
    let (titles, candidates) = match doc.input_kind() {
        InputKind::Text => {
            let (first, rest) = doc.all_blocks().split_first()?;
            // A dateline is no page title, however often it repeats.
            if first.words() <= 16 && crate::dates::find_date(first.text()).is_some() {
                return None;
            }
            // A dump whose first line is followed by prose starts with its
            // article (a cleaned text does): that line is no page title,
            // and a later repeat of it no headline.
            // A notice that the page needs JavaScript, with no prose right
            // under it (a menu follows), is no article's opening, in any
            // language ("JavaScriptが無効…"); an article that names
            // JavaScript in its first line goes on in prose.
            let prose_follows = (1..blocks.len().min(1 + OPENING_GAP)).any(|i| classes[i] == Class::Good);
            let notice = !prose_follows && is_script_notice(first.text());
            let first_live = !notice && blocks.first().is_some_and(|b| b.id() == first.id());
            // So is one that opens with a paragraph of prose (a question
            // above its code, a lede above a list).
            if first_live && classes.first() == Some(&Class::Good) && first.words() >= CLEANED_OPENING_WORDS {
                return Some(0);
            }
            let opens_article = first_live && (1..blocks.len().min(1 + OPENING_GAP)).any(|i| classes[i] == Class::Good);
            if opens_article {
                // A dump that opens with prose and more prose right under
                // it is a cleaned text: its article starts at the top (and
                // cleaning it again keeps what the first cleaning kept).
                let prose_first = classes.first() == Some(&Class::Good);
                return prose_first.then_some(0);
            }
            (title_forms(first.text()), rest)
        }
        InputKind::Html => {
            (vec![normalize_key(&title_without_site(doc.metadata().title.as_deref()?))], doc.all_blocks())
        }
    };
    let titles: Vec<String> = titles.into_iter().filter(|t| crate::shape::title_words(t) >= 3).collect();
    // The longest form of the title that the page repeats, at its first
    // repeat with prose after it: a breadcrumb or a page-header repeat of
    // the title may come before the article's own headline, and a short
    // form ("Reviews") is more likely to be a menu entry.
    let repeat = titles.iter().find_map(|title| {
        candidates.iter().filter(|b| b.key() == title).find_map(|headline| anchor_at(blocks, classes, headline))
    });
    repeat.or_else(|| markdown_headline(doc, blocks, classes))
}

/// The live block where the article under `headline` (any block, live or
/// removed) starts, when prose follows it within [`MAX_GAP`] blocks and
/// more than its last paragraph lies under it.
fn anchor_at(blocks: &[&Block], classes: &[Class], headline: &Block) -> Option<usize> {
    let anchor = blocks.iter().position(|b| b.id() >= headline.id())?;
    let after = if blocks[anchor].id() == headline.id() { anchor + 1 } else { anchor };
    let prose_follows = (after..blocks.len().min(after + 1 + MAX_GAP)).any(|i| classes[i] == Class::Good);
    (prose_follows && !leaves_the_prose_above(blocks, classes, anchor)).then_some(anchor)
}

/// A Markdown dump that does not open with the page's `<title>` (a
/// converter's output starts at the skip link or the menu) still marks its
/// headline: the one level-one heading of the page, above most of its
/// prose. Two or more are a feed's or a menu's headings, not one
/// article's; one under most of the prose heads a footer's call to action.
fn markdown_headline(doc: &Document, blocks: &[&Block], classes: &[Class]) -> Option<usize> {
    if doc.input_kind() != InputKind::Text {
        return None;
    }
    let mut h1s = doc.all_blocks().iter().filter(|b| b.kind() == BlockKind::Heading(1));
    let headline = h1s.next()?;
    if h1s.next().is_some() || crate::shape::title_words(headline.text()) < 3 {
        return None;
    }
    let anchor = anchor_at(blocks, classes, headline)?;
    let words = |range| prose(blocks, classes, range).sum::<usize>();
    (words(anchor..blocks.len()) >= words(0..anchor)).then_some(anchor)
}

/// Whether a line mentions JavaScript, as a noscript notice at the top of
/// a dump does: the word is written in Latin letters in most languages.
fn is_script_notice(text: &str) -> bool {
    text.as_bytes().windows(10).any(|w| w.eq_ignore_ascii_case(b"javascript"))
}

/// Whether a repeat of the title at `anchor` sits under the page's prose
/// rather than above it: one paragraph of prose at most follows it and
/// three times as much comes before (a site name in the footer, where a
/// dump that does not open with the `<title>` has the logo's text first).
/// A short article under its headline has paragraphs.
fn leaves_the_prose_above(blocks: &[&Block], classes: &[Class], anchor: usize) -> bool {
    let (paragraphs, after) =
        prose(blocks, classes, anchor..blocks.len()).fold((0, 0), |(n, w), words| (n + 1, w + words));
    paragraphs <= 1 && prose(blocks, classes, 0..anchor).sum::<usize>() > 3 * after
}

/// The word counts of the prose blocks in `range`.
fn prose<'a>(
    blocks: &'a [&Block],
    classes: &'a [Class],
    range: std::ops::Range<usize>,
) -> impl Iterator<Item = usize> + 'a {
    range.filter(|&i| classes[i] == Class::Good).map(|i| blocks[i].words())
}

/// Whether the live block at `i` repeats the dump's first line (the
/// page's `<title>`, in one of its [`title_forms`]): the article's headline
/// under a title the dump declared first.
pub(super) fn repeats_first_line(doc: &Document, block: &Block) -> bool {
    let Some(first) = doc.all_blocks().first() else { return false };
    first.id() != block.id()
        && title_forms(first.text()).iter().any(|t| crate::shape::title_words(t) >= 3 && t == block.key())
}

/// The forms a dump's first line (the page's `<title>`) may take as the
/// article's heading, longest first: whole, then without one, two or more
/// trailing segments ("Story - Breaking News - The Daily Courier" ->
/// "Story - Breaking News" -> "Story").
fn title_forms(line: &str) -> Vec<String> {
    let mut head = line.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut forms = vec![normalize_key(&head)];
    while let Some(cut) = TITLE_SEPARATORS.iter().filter_map(|s| head.rfind(s)).max() {
        head.truncate(cut);
        forms.push(normalize_key(&head));
    }
    // A gloss in brackets at the end ("Guide to SEO (Search Engine
    // Optimization)") is the title tag's, not the headline's.
    if let Some(open) = head.rfind(" (").filter(|_| head.ends_with(')')) {
        forms.push(normalize_key(&head[..open]));
    }
    forms
}

#[cfg(test)]
mod tests {
    use super::title_forms;

    #[test]
    fn title_forms_drop_trailing_segments_one_by_one() {
        assert_eq!(
            title_forms("Cat found after years - Breaking News - The Daily Courier"),
            [
                "cat found after years - breaking news - the daily courier",
                "cat found after years - breaking news",
                "cat found after years"
            ]
        );
        assert_eq!(title_forms("A title without a site name"), ["a title without a site name"]);
        assert_eq!(
            title_forms("Guide to SEO (Search Engine Optimization) - Moz"),
            [
                "guide to seo (search engine optimization) - moz",
                "guide to seo (search engine optimization",
                "guide to seo"
            ]
        );
    }
}
