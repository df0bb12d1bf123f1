//! Where the article ends, once its run is found: an author bio or the
//! site's copyright line cuts it, a short closing sentence and a list its
//! last line announces extend it.

use std::sync::LazyLock;

use regex::Regex;

use super::author_bio::bio_in_tail;
use super::features::{closes_article, Chrome, Class, Features};
use crate::cleaners::announced_list::{announced_list_last, announces_list};
use crate::document::{Block, Document};
use crate::regexes::fixed_regex;

/// A year of the last two centuries, as a whole word.
static YEAR: LazyLock<Regex> = LazyLock::new(|| fixed_regex(r"\b(19|20)\d\d\b"));

/// Longest copyright line, in words.
const FOOTER_LINE_WORDS: usize = 60;

/// Whether a block is the site's copyright line: a copyright line with a
/// year ("© 2026 …", "Copyright 2019 …") or "… All rights reserved", not
/// in a picture's caption or a listing of code.
fn is_footer_copyright(b: &Block) -> bool {
    // A picture's caption credits its rights holder ("All rights reserved,
    // DACS 2024"), a program's output prints its own ("(c) Copyright
    // 1990-1994, Hewlett-Packard"): neither is the page's footer.
    b.words() <= FOOTER_LINE_WORDS
        && !matches!(b.kind(), crate::document::BlockKind::Caption | crate::document::BlockKind::Code)
        && ((crate::rules::is_copyright_line(b.text()) && YEAR.is_match(b.text()))
            || memchr::memmem::find(b.key().as_bytes(), b"all rights reserved").is_some())
}

/// Share of the run's words that must come before a copyright line for it
/// to mark the page's footer (a photo's "© 2019 …" credit near the top
/// does not).
const FOOTER_AFTER_SHARE: f64 = 0.5;

/// The run's last block before the page's footer: a copyright line (live
/// or already removed) after most of the run's words ends the article;
/// what follows it (an accessibility notice, a contact form) is footer.
fn footer_end(doc: &Document, blocks: &[&Block], features: &[Features], start: usize, end: usize) -> usize {
    let total: usize = features[start..=end].iter().map(|f| f.words).sum();
    let all = doc.all_blocks();
    let mut before = 0;
    for i in start..end {
        before += features[i].words;
        if (before as f64) < FOOTER_AFTER_SHARE * total as f64 {
            continue;
        }
        // The blocks between this live block and the next one, removed or not.
        let (from, to) = (blocks[i].id().0 + 1, blocks[i + 1].id().0 + 1);
        if all[from.min(all.len())..to.min(all.len())].iter().any(is_footer_copyright) {
            return i;
        }
    }
    end
}

/// Longest line (in words) that announces a list at the article's end.
const INTRO_MAX_WORDS: usize = 25;

/// The article's last block, fitted from the run `start..=end`, and the
/// author bio that ended it, if one did.
///
/// An author bio after the article's first half (or after a whole story)
/// ends it: what follows is the writer's card, tags and other stories. So
/// does the site's copyright line after most of the run (see
/// [`footer_end`]). Otherwise a short closing sentence ("She smiled.") ends the article even
/// though, alone, it weighs less than nothing, and a last line that
/// announces a list ("The 2020 tour dates:") brings the list, up to its
/// first chrome line.
pub(super) fn fit_end(
    doc: &Document,
    blocks: &[&Block],
    features: &[Features],
    classes: &[Class],
    start: usize,
    end: usize,
) -> (usize, Option<usize>) {
    if let Some(bio) = bio_in_tail(blocks, features, start, end) {
        return (bio - 1, Some(bio));
    }
    let mut end = footer_end(doc, blocks, features, start, end);
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
    (tables_after(blocks, features, end), None)
}

/// Fewest table blocks (rows and cells) of a table the article extends over.
const MIN_TABLE_BLOCKS: usize = 5;

/// Most blocks of text (a section heading, an introduction, the table's
/// caption) between the article's end and a table that continues it;
/// chrome between them (a table of contents) does not count.
const MAX_TABLE_LEAD: usize = 3;

/// Most blocks of any kind between the article's end and such a table.
const MAX_TABLE_GAP: usize = 40;

/// Whether an HTML block is a table's row or cell.
pub(super) fn is_table_part(b: &Block) -> bool {
    matches!(b.hints().tag(), Some("tr" | "td" | "th"))
}

/// In HTML, the article's last block moved over the data tables that
/// follow it inside the element holding it (a list article's tables under
/// its introduction): a table's rows are short and mostly links, so they
/// never make a run of prose, yet they are the page's content there. A
/// table in another box (a sidebar's standings) is not the article's.
fn tables_after(blocks: &[&Block], features: &[Features], mut end: usize) -> usize {
    let Some(&holder) = blocks[end].hints().ancestors().get(1) else { return end };
    let chrome = |i: usize| features[i].strong_chrome || matches!(features[i].chrome, Some(Chrome::Landmark(_)));
    loop {
        let (mut i, mut lead) = (end + 1, 0);
        while i < blocks.len() && i <= end + MAX_TABLE_GAP && !is_table_part(blocks[i]) {
            if !chrome(i) {
                lead += 1;
                if lead > MAX_TABLE_LEAD {
                    return end;
                }
            }
            i += 1;
        }
        let first = i;
        while i < blocks.len()
            && is_table_part(blocks[i])
            && !chrome(i)
            && blocks[i].hints().ancestors().contains(&holder)
        {
            i += 1;
        }
        if i - first < MIN_TABLE_BLOCKS {
            return end;
        }
        end = i - 1;
    }
}
