//! `related-teasers`: "Related Stories" / "Other Topics of Interest" blocks
//! with their headlines and blurbs.

use serde::{Deserialize, Serialize};

use super::phrases::PhraseConfig;
use crate::cleaner::Cleaner;
use crate::document::{Block, BlockKind, Document};
use crate::edit::{Plan, Reason};
use crate::error::BuildError;
use crate::rules::{pack, MatchKind, PhraseList, RELATED};
use crate::shape::ends_sentence;

const ID: &str = "related-teasers";

/// Settings of [`RelatedTeasers`].
///
/// # Defaults
/// Built-in headings; up to 12 teasers after a heading, blurbs of at most
/// 45 words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct RelatedTeasersConfig {
    /// Teaser-block headings.
    pub phrases: PhraseConfig,
    /// Most teasers (headline plus optional blurb) taken after one heading.
    pub max_teasers: usize,
    /// Longest blurb, in words.
    pub max_blurb_words: usize,
}

impl Default for RelatedTeasersConfig {
    fn default() -> Self {
        RelatedTeasersConfig { phrases: PhraseConfig::default(), max_teasers: 12, max_blurb_words: 45 }
    }
}

impl RelatedTeasersConfig {
    /// Compiles the heading list.
    ///
    /// # Errors
    /// A [`BuildError`] for an invalid `re:` entry or a zero limit.
    pub fn build(&self) -> Result<RelatedTeasers, BuildError> {
        Ok(RelatedTeasers {
            headings: self.phrases.compile(ID, &[RELATED, pack("related")])?,
            max_teasers: super::phrases::check_range(ID, "max_teasers", self.max_teasers, 1..=500, "1 to 500")?,
            max_blurb_words: super::phrases::check_range(
                ID,
                "max_blurb_words",
                self.max_blurb_words,
                1..=500,
                "1 to 500",
            )?,
        })
    }
}

/// Removes a teaser heading, the headline repeated just before it, and the
/// headline + blurb pairs that follow it.
///
/// A headline is a short line without a closing full stop; a blurb is one
/// sentence-ending block right after a headline. The first block that is
/// neither ends the teaser block. In HTML, headlines must be mostly link text.
///
/// # Example
/// ```
/// use pagewash::{Pipeline, cleaners::RelatedTeasersConfig};
/// let p = Pipeline::builder().with(RelatedTeasersConfig::default().build()?).build();
/// let c = p.clean_text("The vote passed after a long debate in the chamber.\n\nRelated Stories\n\nCity Hall Braces for Cuts\n\nThe mayor warned of layoffs on Friday.\n\nThe new rules start in May, officials said.");
/// assert_eq!(c.text(), "The vote passed after a long debate in the chamber.\n\nThe new rules start in May, officials said.\n");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct RelatedTeasers {
    headings: PhraseList,
    max_teasers: usize,
    max_blurb_words: usize,
}

impl RelatedTeasers {
    fn heading<'a>(&'a self, b: &Block) -> Option<&'a str> {
        // A page's <h1> names the page ("Latest Stories" on a listing), not a teaser block.
        if !b.is_headline_like() || b.kind() == BlockKind::Heading(1) {
            return None;
        }
        // A longer block is a teaser heading only when it is one of the
        // list's headings whole (in a script without spaces, where every
        // two characters count as a word, "ข่าวที่เกี่ยวข้อง" is nine).
        let found = self.headings.find_match(b.key())?;
        (b.words() <= 8 || found.kind == MatchKind::Whole).then_some(found.phrase)
    }

    /// In HTML, a teaser heading another cleaner already removed (a label
    /// with a chrome class name) still opens its section: the live blocks
    /// of the element it opens go.
    fn sections_of_removed_headings(&self, doc: &Document, plan: &mut Plan) {
        if doc.input_kind() != crate::InputKind::Html {
            return;
        }
        let all: Vec<&Block> = doc.all_blocks().iter().collect();
        let mut page = None;
        for (i, b) in all.iter().enumerate() {
            if doc.is_live(b.id()) {
                continue;
            }
            let Some(heading) = self.heading(b) else { continue };
            let page = *page.get_or_insert_with(|| prose_words(&all));
            let Some(end) = section_after(&all, i, recommends(heading), page) else { continue };
            for t in all[i + 1..end].iter().filter(|t| doc.is_live(t.id())) {
                plan.remove(
                    t.id(),
                    Reason::new("teaser-section").with_evidence(format!("under the removed heading \"{}\"", b.text())),
                );
            }
        }
    }

    fn is_teaser_headline(b: &Block) -> bool {
        b.is_headline_like() && b.words() <= 20 && (b.hints().tag.is_none() || b.link_density() > 0.5)
    }

    fn is_blurb(&self, b: &Block) -> bool {
        ends_sentence(b.text()) && b.words() <= self.max_blurb_words && b.link_density() < 0.9
    }
}

/// Most words a teaser section may hold: a bigger element is an article.
const MAX_SECTION_WORDS: usize = 400;

/// Words of teaser headings that name a feed of the site's stories
/// ("Latest articles", "Most read", "Top stories", "Les plus lus") rather
/// than stories recommended with this one: on a listing page such a
/// heading heads its content (`rules/feed_headings.txt`).
static FEED_HEADING_WORDS: std::sync::LazyLock<Vec<&'static str>> =
    std::sync::LazyLock::new(|| crate::rules::word_list(crate::rules::FEED_HEADINGS).collect());

/// Whether a matched teaser heading recommends stories to read with this
/// one (names no feed, see [`FEED_HEADING_WORDS`]).
fn recommends(heading: &str) -> bool {
    !heading.split_whitespace().any(|w| FEED_HEADING_WORDS.contains(&w))
}

/// In HTML, when the heading is the first block of its enclosing element
/// (`<section><h2>Related</h2>…</section>`), the rest of that element is the
/// teaser section: returns the end (exclusive) of its blocks. A heading
/// alone in its wrapper (`<div><h2>Similar items</h2></div>` above the
/// carousel) opens the nearest enclosing element, up to
/// [`MAX_HEADING_WRAPPERS`] levels up, that holds more than the heading.
fn section_after(blocks: &[&Block], i: usize, recommends: bool, page: usize) -> Option<usize> {
    let ancestors = &blocks[i].hints().ancestors;
    for (level, &parent) in ancestors.iter().skip(1).take(MAX_HEADING_WRAPPERS).enumerate() {
        let inside = |b: &Block| b.hints().ancestors.contains(&parent);
        if i > 0 && inside(blocks[i - 1]) {
            return None;
        }
        let end = blocks[i + 1..].iter().position(|b| !inside(b)).map_or(blocks.len(), |n| i + 1 + n);
        if end == i + 1 {
            continue;
        }
        let section = prose_words(&blocks[i + 1..end]);
        // A "Trending" kicker opening a short article must not take the article:
        // a teaser section never holds most of the page's prose, unless all of
        // its prose sits in a list of sibling `<article>`s (posts, not a story)
        // that the heading recommends ("You may also like"); a feed's heading
        // ("Latest articles") may head a listing's own posts.
        let posts =
            recommends && blocks[i + 1..end].iter().filter(|b| is_prose(b)).all(|b| b.hints().in_listed_article);
        // Above the heading's own wrapper, an element with prose in it may be
        // the article's own box: only a carousel of cards (names, prices,
        // headlines) is taken from there.
        let fits = if level == 0 { section <= MAX_SECTION_WORDS } else { section < MAX_WRAPPED_SECTION_PROSE };
        return (posts || (fits && section * 2 < page)).then_some(end);
    }
    None
}

/// Most elements a teaser heading may sit alone in (see [`section_after`]):
/// component frameworks wrap a heading in six or seven styled boxes before
/// the box it shares with its carousel (8 rather than 3 gained 1.25 F1
/// points summed on the WCXB dev pages' HTML and three broken pages
/// fewer; 6 gained nothing, 10 and 16 the same as 8).
const MAX_HEADING_WRAPPERS: usize = 8;

/// Fewest prose words that keep a section opened by a heading alone in its
/// wrapper from being a carousel (see [`section_after`]).
const MAX_WRAPPED_SECTION_PROSE: usize = 30;

fn is_prose(b: &Block) -> bool {
    ends_sentence(b.text()) && b.words() >= 10
}

/// Words of the blocks that read as prose (a sentence of ten words or more).
fn prose_words(blocks: &[&Block]) -> usize {
    blocks.iter().filter(|b| is_prose(b)).map(|b| b.words()).sum()
}

impl Cleaner for RelatedTeasers {
    fn id(&self) -> &'static str {
        ID
    }

    fn plan(&self, doc: &Document) -> Plan {
        let mut plan = Plan::new();
        self.sections_of_removed_headings(doc, &mut plan);
        let blocks = doc.live_blocks();
        // The page's prose, counted once: each heading's section is weighed
        // against it.
        let page = prose_words(&blocks);
        let mut i = 0;
        while i < blocks.len() {
            let Some(heading) = self.heading(blocks[i]) else {
                i += 1;
                continue;
            };
            plan.remove(blocks[i].id(), Reason::new(format!("heading:{heading}")));
            if let Some(end) = section_after(&blocks, i, recommends(heading), page) {
                for b in &blocks[i + 1..end] {
                    plan.remove(
                        b.id(),
                        Reason::new("teaser-section").with_evidence("in the element the heading opens"),
                    );
                }
                i = end;
                continue;
            }
            let mut j = i + 1;
            let mut teasers = 0;
            while j < blocks.len() && teasers < self.max_teasers && Self::is_teaser_headline(blocks[j]) {
                plan.remove(blocks[j].id(), Reason::new("teaser-headline"));
                j += 1;
                if j < blocks.len() && self.is_blurb(blocks[j]) && blocks[j].hints().tag.is_none() {
                    plan.remove(blocks[j].id(), Reason::new("teaser-blurb"));
                    j += 1;
                }
                teasers += 1;
            }
            if i > 0 {
                let before = blocks[i - 1];
                let repeated = blocks.get(i + 1).is_some_and(|n| n.key() == before.key());
                let same_paragraph = before.paragraph() == blocks[i].paragraph() && before.hints().tag.is_none();
                if before.is_headline_like() && (repeated || same_paragraph) {
                    plan.remove(before.id(), Reason::new("teaser-headline-before-heading"));
                }
            }
            i = j.max(i + 1);
        }
        plan
    }
}

#[cfg(test)]
mod tests {
    fn clean(html: &str) -> String {
        crate::Pipeline::default().clean_html(html).into_text()
    }

    #[test]
    fn a_teaser_section_goes_with_its_heading() {
        let html = "<article><h1>Town Votes on the New Bridge</h1>\
            <p>The town council voted on Monday to build a new bridge over the river, after a debate that lasted most of the day.</p>\
            <p>Work will start next spring and should be finished within two years, the mayor told reporters afterwards.</p></article>\
            <section><h3>You may also like...</h3><p>Ferry prices rise again this summer as fuel costs climb.</p>\
            <p>Old mill reopens as a museum with a new cafe by the water.</p></section>";
        let text = clean(html);
        assert!(!text.contains("Ferry prices"), "{text}");
        assert!(text.contains("Work will start next spring"));
    }

    #[test]
    fn a_heading_alone_in_its_wrapper_takes_the_carousel_beside_it_but_no_prose() {
        let page = |items: &str| {
            format!(
                "<main><h1>Trail Pack 25</h1>\
                 <p>A light day pack with a padded back panel, two side pockets and a rain cover that folds into its lid.</p>\
                 <p>It holds 25 litres and weighs under a kilogram, so it suits long walks and short hut trips alike.</p></main>\
                 <div class='carousel'><div class='head'><h2>Similar items</h2></div><ul>{items}</ul></div>"
            )
        };
        let cards = "<li><a href='/a'>Summit Pack 30</a><span>$89.00</span></li>\
                     <li><a href='/b'>Ridge Pack 20</a><span>$59.00</span></li>";
        let text = clean(&page(cards));
        assert!(!text.contains("Summit Pack") && !text.contains("$59.00"), "{text}");
        assert!(text.contains("It holds 25 litres"), "{text}");
        // Styled components wrap a heading many times over; the carousel
        // is the sibling of the outermost wrapper (its cards' titles need
        // not be link text: an empty link may cover the card).
        let cards = "<li><h3>Summit Pack 30</h3><span>$89.00</span><a href='/a' aria-label='Summit Pack 30'></a></li>\
                     <li><h3>Ridge Pack 20</h3><span>$59.00</span><a href='/b' aria-label='Ridge Pack 20'></a></li>";
        let deep = page(cards).replace(
            "<div class='head'><h2>Similar items</h2></div>",
            "<div><div><div><div><div><div><div class='head'><h2>Similar items</h2></div></div></div></div></div></div></div>",
        );
        let alone =
            crate::Pipeline::builder().with(super::RelatedTeasersConfig::default().build().expect("builds")).build();
        let c = alone.clean_html(&deep);
        let teaser = |r: &&crate::Removal| r.cleaner == "related-teasers" && r.text.contains("Summit Pack");
        assert!(c.removals().iter().any(|r| teaser(&r)), "{}", c.explain());
        // An element with prose under the heading's wrapper may be the
        // article's own box: this cleaner leaves it.
        let prose = "<li><p>Our guide to packing for a hut trip explains what to carry, what to leave at home and how to balance the load over a long day. It also lists the huts that rent out blankets, so that you can leave the heavy sleeping bag at home.</p></li>";
        let c = crate::Pipeline::default().clean_html(&page(prose));
        let by_teasers = |r: &&crate::Removal| r.cleaner == "related-teasers" && r.text.contains("Our guide");
        assert!(!c.removals().iter().any(|r| by_teasers(&r)), "{}", c.explain());
    }

    #[test]
    fn a_trending_news_box_inside_a_dumped_story_goes() {
        let p =
            crate::Pipeline::builder().with(super::RelatedTeasersConfig::default().build().expect("builds")).build();
        let c = p.clean_text(
            "The officers left the room without finding the child, police said on Tuesday.\n\n\
             Trending News\n\n\
             Man arrested after seven victims found in car\n\
             Safety officials urge a redesign of one engine part\n\n\
             Meanwhile, friends, volunteers and officers canvassed the city looking for the missing girl, and it was a family friend who spotted the car and called the police, who confirmed within minutes that the man inside matched the description that the mother had given them that afternoon.\n",
        );
        assert_eq!(
            c.text(),
            "The officers left the room without finding the child, police said on Tuesday.\n\n\
             Meanwhile, friends, volunteers and officers canvassed the city looking for the missing girl, and it was a family friend who spotted the car and called the police, who confirmed within minutes that the man inside matched the description that the mother had given them that afternoon.\n"
        );
    }

    #[test]
    fn related_topics_and_also_interested_in_head_teaser_sections() {
        for heading in ["Related Topics", "You might also be interested in…", "You may also enjoy"] {
            let html = format!(
                "<article><h1>Town Votes on the New Bridge</h1>\
                 <p>The town council voted on Monday to build a new bridge over the river, after a debate that lasted most of the day.</p>\
                 <p>Work will start next spring and should be finished within two years, the mayor told reporters afterwards.</p>\
                 <h3>{heading}</h3><p><a href='/f'>Ferry prices rise again this summer as fuel costs climb</a></p>\
                 <p><a href='/m'>Old mill reopens as a museum with a new cafe by the water</a></p></article>"
            );
            let only_teasers = crate::Pipeline::builder()
                .with(super::RelatedTeasersConfig::default().build().expect("builds"))
                .build();
            let c = only_teasers.clean_html(&html);
            assert!(
                !c.text().contains("Ferry prices") && c.text().contains("Work will start"),
                "{heading}: {}",
                c.text()
            );
        }
    }

    #[test]
    fn featured_insights_head_a_teaser_section() {
        let html = "<article><h1>Town Votes on the New Bridge</h1>\
            <p>The town council voted on Monday to build a new bridge over the river, after a debate that lasted most of the day.</p>\
            <p>Work will start next spring and should be finished within two years, the mayor told reporters afterwards.</p></article>\
            <section><h2>Featured insights</h2><p>BLOG</p><p>Ferry prices rise again this summer as fuel costs climb.</p></section>";
        let text = clean(html);
        assert!(!text.contains("Ferry prices") && text.contains("Work will start"), "{text}");
    }

    #[test]
    fn a_heading_removed_as_chrome_still_takes_its_section() {
        let html = "<article><h1>Town Votes on the New Bridge</h1>\
            <p>The town council voted on Monday to build a new bridge over the river, after a debate that lasted most of the day.</p>\
            <p>Work will start next spring and should be finished within two years, the mayor told reporters afterwards.</p>\
            <div><h3 class='share-bar'>More stories like this</h3><p>Ferry prices rise again this summer as fuel costs climb.</p>\
            <p>Old mill reopens as a museum with a new cafe by the water.</p></div></article>";
        let c = crate::Pipeline::default().clean_html(html);
        assert!(!c.text().contains("Ferry prices") && c.text().contains("Work will start"), "{}", c.explain());
        let rules: Vec<(&str, &str)> = c.removals().iter().map(|r| (r.cleaner, r.rule.as_str())).collect();
        assert!(rules.contains(&("related-teasers", "teaser-section")), "{rules:?}");
        assert!(!rules.contains(&("related-teasers", "heading:more stories like this")), "{rules:?}");
    }

    #[test]
    fn recommended_posts_go_however_long_but_a_feed_of_posts_heads_a_listing() {
        // The article is three paragraphs: under 60 words of prose above
        // 160 removed would read to the deletion guard as a lede whose
        // article was deleted.
        let post = |n: u32| {
            format!(
                "<article class='post'><p>Recommended post number {n} says that hope and courage carry us through hard \
                 days, that every morning is a new chance, and that family and friends hold us up when we fall, \
                 again and again, for as long as it takes to stand.</p></article>"
            )
        };
        let posts: String = (0..4).map(post).collect();
        let page = |heading: &str| {
            format!(
                "<body><article><h1>Only Those Who Love Themselves</h1><p>To love yourself is the start of every other \
                 love, and it asks for patience with your own mistakes.</p><p>It means keeping the promises you \
                 make to yourself, resting when you are tired and saying no when a request would cost you too much.</p>\
                 <p>None of it is selfish: the people around you are better served by someone who is whole.</p></article>\
                 <article class='more'><h3>{heading}</h3>{posts}</article></body>"
            )
        };
        let c = clean(&page("You may also like..."));
        assert!(c.contains("To love yourself") && !c.contains("Recommended post number 2"), "{c}");
        let c = clean(&page("Latest articles"));
        assert!(c.contains("Recommended post number 2"), "{c}");
    }

    #[test]
    fn a_kicker_does_not_take_the_article() {
        let html = "<div><div class='kicker'>Trending</div><h1>Town Votes on the New Bridge</h1>\
            <p>The town council voted on Monday to build a new bridge over the river, after a debate that lasted most of the day.</p>\
            <p>Work will start next spring and should be finished within two years, the mayor told reporters afterwards.</p></div>";
        assert!(clean(html).contains("The town council voted on Monday"));
    }
}
