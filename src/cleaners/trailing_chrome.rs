//! `trailing-chrome`: the tail of headline-like lines after the article.

use serde::{Deserialize, Serialize};

use super::announced_list::{announced_list_last, announces_list};
use crate::cleaner::Cleaner;
use crate::cleaners::block_classifier::records::record_span;
use crate::dates::find_date;
use crate::document::{Block, BlockKind, Document};
use crate::edit::{Plan, Reason};
use crate::error::BuildError;
use crate::shape::{ends_sentence, title_case_share};

const ID: &str = "trailing-chrome";

/// Fewest prose words (sentences of 8 words or more) above a tail of
/// [`LONG_TAIL_BLOCKS`] or more for it to be an article's tail.
const MIN_ARTICLE_WORDS: usize = 40;

/// See [`MIN_ARTICLE_WORDS`].
const LONG_TAIL_BLOCKS: usize = 10;

/// Settings of [`TrailingChrome`].
///
/// # Defaults
/// A block of 25 words or more always ends the article even without a full
/// stop; a tail of a single block is removed only if it looks like a title
/// (title case, no date) or a label (at most 3 words).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct TrailingChromeConfig {
    /// Blocks at least this long count as article even without a sentence end.
    pub long_block_words: usize,
}

impl Default for TrailingChromeConfig {
    fn default() -> Self {
        TrailingChromeConfig { long_block_words: 25 }
    }
}

impl TrailingChromeConfig {
    /// Builds the cleaner.
    ///
    /// # Errors
    /// A [`BuildError`] if `long_block_words` is 0.
    pub fn build(&self) -> Result<TrailingChrome, BuildError> {
        let long = super::phrases::check_range(ID, "long_block_words", self.long_block_words, 1..=1000, "1 to 1000")?;
        Ok(TrailingChrome { long_block_words: long })
    }
}

/// Removes everything after the last article block when all of it is
/// headline-shaped: sidebars, "recent posts" lists, tag clouds.
///
/// The article ends at the last block that ends a sentence, is long, is a
/// source attribution ("Source: …") or, in HTML, is a list, table, quote or
/// code block that is not mostly links. In HTML, short lines that follow
/// it inside the same `<article>` element (a tour-date list, a recipe's
/// steps) stay: the page says they are the article's; so does, in any
/// input, a list that a line ending in a colon announces ("The dates:").
/// A long tail under almost no prose is the page's content (a shop grid)
/// and is left to the block classifier.
///
/// # Example
/// ```
/// use pagewash::{Pipeline, cleaners::TrailingChromeConfig};
/// let p = Pipeline::builder().with(TrailingChromeConfig::default().build()?).build();
/// let c = p.clean_text("The report was published on Monday.\n\nSource: Wire Services\n\nUSA | The Army on the Border\nEstonia | Launch of a New Fund");
/// assert_eq!(c.text(), "The report was published on Monday.\n\nSource: Wire Services\n");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct TrailingChrome {
    long_block_words: usize,
}

impl TrailingChrome {
    fn ends_article(&self, b: &Block) -> bool {
        let structural =
            matches!(b.kind(), BlockKind::ListItem | BlockKind::TableRow | BlockKind::Code | BlockKind::Quote)
                && b.link_density() < 0.5;
        ends_sentence(b.text())
            || b.words() >= self.long_block_words
            || crate::rules::is_attribution(b.text())
            || structural
    }
}

impl Cleaner for TrailingChrome {
    fn id(&self) -> &'static str {
        ID
    }

    fn plan(&self, doc: &Document) -> Plan {
        let mut plan = Plan::new();
        let blocks = doc.live_blocks();
        let Some(last) = blocks.iter().rposition(|b| self.ends_article(b)) else { return plan };
        // In HTML, lines still inside the `<article>` that holds the last
        // paragraph (a tour-date list, a recipe's steps) are the article's.
        let mut tail_start = last + 1;
        if blocks[last].hints().in_article {
            tail_start += blocks[tail_start..].iter().take_while(|b| b.hints().in_article).count();
        }
        // A list the article announces ("The tour dates:") is the article's.
        let intro = [last, tail_start].into_iter().find(|&i| blocks.get(i).is_some_and(|b| announces_list(b)));
        if let Some(list_last) = intro.and_then(|i| announced_list_last(&blocks, i)) {
            tail_start = tail_start.max(list_last + 1);
        }
        let tail = &blocks[tail_start.min(blocks.len())..];
        // A long tail under almost no prose is the page's content (a shop
        // grid, a listing), not a tail: the block classifier judges it.
        let prose: usize =
            blocks[..=last].iter().filter(|b| b.words() >= 8 && ends_sentence(b.text())).map(|b| b.words()).sum();
        // So is, in a dump, a tail that opens with records outweighing the
        // short prose above them (a shop's grid under its category blurb).
        let outweighs = doc.input_kind() == crate::InputKind::Text
            && prose < MAX_INTRO_WORDS
            && record_span(tail).is_some_and(|r| r.follow_column(0) && r.outweigh(tail, prose));
        if (prose < MIN_ARTICLE_WORDS || outweighs) && tail.len() >= LONG_TAIL_BLOCKS {
            return plan;
        }
        let single_ok = |b: &Block| {
            let words = b.words();
            words <= 3 || (words >= 4 && title_case_share(b.text()) >= 0.5 && find_date(b.text()).is_none())
        };
        if tail.is_empty() || (tail.len() == 1 && !single_ok(tail[0])) {
            return plan;
        }
        for b in tail {
            plan.remove(
                b.id(),
                Reason::new("tail-after-article").with_evidence(format!("{} trailing short blocks", tail.len())),
            );
        }
        plan
    }
}

/// Most prose words above such a tail: more is an article with a feed of
/// headlines under it.
const MAX_INTRO_WORDS: usize = 150;

#[cfg(test)]
mod tests {
    use super::*;

    fn cleaner() -> TrailingChrome {
        TrailingChromeConfig::default().build().expect("default settings are valid")
    }

    #[test]
    fn short_lines_inside_the_html_article_stay() {
        let p = crate::Pipeline::builder().with(cleaner()).build();
        let html = "<body><article><p>The band announced a fifty-date tour for next summer.</p>\
                    <p>June 9 -- Coral Sky Amphitheatre, West Palm Beach<br>June 10 -- Credit Union Arena, Tampa</p>\
                    </article><div><p>Most Popular</p><p>Other Story Headline Here</p></div></body>";
        let c = p.clean_html(html);
        assert!(c.text().contains("June 10 -- Credit Union Arena"), "{}", c.text());
        assert!(!c.text().contains("Most Popular"), "{}", c.text());
    }

    #[test]
    fn a_list_announced_by_a_colon_stays_in_text() {
        let p = crate::Pipeline::builder().with(cleaner()).build();
        let text = "The band announced a fifty-date tour for next summer.\n\nThe 2020 tour dates:\n\
                    June 9 -- Coral Sky Amphitheatre, West Palm Beach\nJune 10 -- Credit Union Arena, Tampa\n\n\
                    Most Popular\nOther Story Headline Here";
        let c = p.clean_text(text);
        assert!(c.text().contains("June 10 -- Credit Union Arena"), "{}", c.text());
        assert!(!c.text().contains("Most Popular"), "{}", c.text());
    }

    #[test]
    fn a_long_tail_under_almost_no_prose_is_left_to_the_classifier() {
        let p = crate::Pipeline::builder().with(cleaner()).build();
        let grid: String = (0..12).map(|i| format!("Rowing Machine Model {i}\nMembers-only price\n")).collect();
        let c = p.clean_text(&format!("How do you want your items?\n\n{grid}"));
        assert!(c.removals().is_empty(), "{:?}", c.removals());
        // Under a real article the same lines are its tail.
        let article = "The council voted on Tuesday to build a new bridge across the river, ending years of debate. \
                       Construction starts next spring and will take about three years to finish, engineers said, \
                       and the city will publish a plan for the work before any of it begins.";
        let c = p.clean_text(&format!("{article}\n\n{grid}"));
        assert!(!c.text().contains("Model 11"), "{}", c.text());
    }
}
