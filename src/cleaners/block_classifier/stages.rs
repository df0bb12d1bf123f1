//! The classifier's plan as named stages over one page's measures
//! ([`PageFacts`]): measure → find the run → fit it to the page's boxes →
//! listing → trim a dump's feed → opening → fit the end → headline → decide.
//! Each stage reads the facts and moves the article's span; the last one
//! turns the span into removals.

use super::excerpts::excerpt_feed_start;
use super::facts::PageFacts;
use super::features::{
    clear_wrapper_chrome, colon_lead_ins_end_sentences, group_sizes, is_subheading, page_language, page_prose_density,
    Chrome, Class, Features,
};
use super::records::{feed_start, Records};
use super::regions::{best_run, best_run_from, best_subtree, body_box_range};
use super::tables::data_table_rows;
use super::threads::{mark_comment_sections, thread_replies_are_content};
use super::topic::{on_topic_end, on_topic_paragraphs};
use super::{anchor, declared_headline, ending, standfirsts, BlockClassifier, TEXT_ITEM_WORDS};
use crate::document::{BlockKind, Document, InputKind};
use crate::edit::{Plan, Reason};

/// Where the article is, and the blocks around it that go by name.
#[derive(Default)]
pub(super) struct Span {
    pub start: usize,
    pub end: usize,
    /// Whether the span is a listing's column, not an article.
    pub listing: bool,
    pub records: Option<Records>,
    pub bio: Option<usize>,
    pub headline: Option<usize>,
    pub title: Option<usize>,
    pub standfirsts: Vec<usize>,
}

impl BlockClassifier {
    /// Stage 1: the page's language, features, classes and weights, its
    /// headline anchor and its comment wall.
    pub(super) fn measure<'d>(&self, doc: &'d Document) -> PageFacts<'d> {
        let blocks = doc.live_blocks();
        let lang = doc
            .metadata()
            .language
            .as_deref()
            .filter(|l| crate::lang::has_stoplist(l))
            .or_else(|| page_language(&blocks));
        let groups = group_sizes(&blocks);
        let mut features: Vec<Features> = blocks.iter().zip(groups).map(|(b, g)| Features::of(b, lang, g)).collect();
        clear_wrapper_chrome(&mut features);
        let text_input = doc.input_kind() == InputKind::Text;
        if text_input {
            colon_lead_ins_end_sentences(&blocks, &mut features);
        }
        if doc.metadata().is_discussion() {
            thread_replies_are_content(&mut features);
        } else {
            mark_comment_sections(&blocks, &mut features);
        }
        let min_density = self.tuning.min_stopword_density.min(0.5 * page_prose_density(&features).unwrap_or(1.0));
        let classes: Vec<Class> =
            features.iter().zip(&blocks).map(|(f, b)| self.classify(f, b.kind(), min_density)).collect();
        let mut weights: Vec<f64> = features.iter().zip(&classes).map(|(f, c)| self.weight(f, *c)).collect();
        // A repeat of an earlier block is no evidence of the article (the
        // `duplicates` cleaner removes it later); weighing it would let it
        // hold a run open that the second pass would close.
        let mut seen = std::collections::HashSet::new();
        for (b, w) in blocks.iter().zip(weights.iter_mut()) {
            if b.key().chars().count() >= 12 && !seen.insert(b.key()) {
                *w = 0.0;
            }
        }
        // A dumped data table's rows cost the run nothing: the article
        // goes on past the table it cites (in HTML its element holds both).
        if text_input {
            for (w, row) in weights.iter_mut().zip(data_table_rows(&blocks)) {
                if row {
                    *w = w.max(0.0);
                }
            }
        }
        // The article starts at its headline: prose above it is a teaser
        // rail or a feed, not this article.
        let anchor = anchor::title_anchor(doc, &blocks, &classes);
        if let Some(a) = anchor {
            for w in &mut weights[..a] {
                *w = w.min(0.0);
            }
        }
        let wall = self.comment_wall(doc, &blocks, &features, &classes);
        PageFacts { doc, blocks, features, classes, weights, lang, text_input, anchor, wall, tuning: self.tuning }
    }

    /// Stages 2 to 8: the article's span, or `None` for a page without a
    /// run of prose or a listing column.
    pub(super) fn place(&self, page: &mut PageFacts<'_>) -> Option<Span> {
        let (run, subtree) = find_run(page);
        let (mut start, mut end) = run.unwrap_or((0, 0));
        if run.is_some() {
            (start, end) = fit_to_boxes(page, subtree, start, end);
        }
        let wall = page.wall;
        let from = if page.text_input { page.anchor.filter(|&a| a <= wall).unwrap_or(0) } else { 0 };
        let listing_column = self.listing_column(
            &page.blocks[..wall],
            &page.features[..wall],
            &page.classes[..wall],
            &page.weights[..wall],
            run.map(|_| (start, end)),
            page.text_input,
            from,
            || leads_declared_article(page, run),
        );
        let listing = listing_column.is_some();
        let records = listing_column.as_ref().and_then(|l| l.records);
        if let Some(l) = listing_column {
            (start, end) = (l.lo, l.hi);
        }
        if run.is_none() && !listing {
            return None;
        }
        if !listing && page.text_input {
            end = trim_text_feed(page, start, end);
        }
        start = opening(page, listing, start);
        let (end, bio) = if listing {
            (end, None)
        } else {
            let wall = page.wall;
            let fit = |from: usize| {
                ending::fit_end(
                    page.doc,
                    &page.blocks[..wall],
                    &page.features[..wall],
                    &page.classes[..wall],
                    from,
                    end,
                )
            };
            match fit(start) {
                // In a dump the bio's element cannot say whether the story
                // goes on past it (see `author_bio::story_goes_on`); its
                // topic can: a buying guide after the writer's card.
                (_, Some(bio)) if page.text_input && self.story_goes_on_after(page, start, bio, end) => fit(bio + 1),
                fitted => fitted,
            }
        };
        Some(self.mark_headline(page, Span { start, end, listing, records, bio, ..Span::default() }))
    }

    /// Whether a dump's prose after an author bio at `bio` (to the run's
    /// `end`) is the same story's: [`STORY_AFTER_BIO_WORDS`] words or more
    /// of it in paragraphs of [`STORY_PARAGRAPH_WORDS`] words on average,
    /// most of them about what the title and the story above the bio are
    /// about, with no more short lines than paragraphs between them (see
    /// [`on_topic_paragraphs`]).
    fn story_goes_on_after(&self, page: &PageFacts<'_>, start: usize, bio: usize, end: usize) -> bool {
        let Some(lang) = page.lang else { return false };
        let (paragraphs, after) = (bio + 1..=end)
            .filter(|&i| page.classes[i] == Class::Good)
            .fold((0, 0), |(n, words), i| (n + 1, words + page.features[i].words));
        // A feed's blurbs are a line or two; a story's paragraphs are longer.
        after >= STORY_AFTER_BIO_WORDS
            && after >= STORY_PARAGRAPH_WORDS * paragraphs
            && on_topic_paragraphs(
                &page.blocks,
                &page.classes,
                start,
                bio,
                end,
                lang,
                page.doc.metadata().title.as_deref(),
            )
    }

    /// Stage 8: the headline that goes to the metadata, the title that
    /// stays, the standfirsts that go.
    fn mark_headline(&self, page: &PageFacts<'_>, mut span: Span) -> Span {
        let (doc, blocks) = (page.doc, &page.blocks);
        span.headline = if span.listing || self.keep_declared_headline {
            None
        } else if page.text_input {
            page.anchor.filter(|&a| anchor::repeats_first_line(doc, blocks[a]))
        } else {
            declared_headline(doc, blocks, span.start, span.end)
        };
        span.title = if span.headline.is_some() { None } else { self.title_index(doc, blocks, span.start) };
        if !page.text_input && !span.listing {
            span.standfirsts = standfirsts(blocks, &page.classes, span.start, span.end);
        }
        span
    }

    /// Stage 9: every block outside what the span keeps is removed, with
    /// the rule that says why.
    pub(super) fn decide(&self, page: &PageFacts<'_>, span: &Span, plan: &mut Plan) {
        for (i, b) in page.blocks.iter().enumerate() {
            if self.keeps(page, span, i) {
                continue;
            }
            let inside = (span.start..=span.end).contains(&i);
            let rule = match (inside, page.classes[i]) {
                _ if Some(i) == span.headline => "declared-headline",
                _ if span.standfirsts.contains(&i) => "standfirst",
                _ if i >= page.wall => "comment-section",
                _ if Some(i) == span.bio => "author-bio",
                (true, _) if b.kind() == BlockKind::Caption => "caption",
                (true, _) => "chrome-inside-main",
                (false, Class::Good) => "prose-outside-main",
                (false, Class::Short) => "short-outside-main",
                (false, Class::Bad) => "boilerplate-outside-main",
            };
            plan.remove(b.id(), Reason::new(rule).with_evidence(page.features[i].evidence()));
        }
    }

    /// Whether block `i` stays.
    fn keeps(&self, page: &PageFacts<'_>, span: &Span, i: usize) -> bool {
        let (b, f, class) = (page.blocks[i], &page.features[i], page.classes[i]);
        let inside = (span.start..=span.end).contains(&i);
        let caption_ok = self.keep_captions || b.kind() != BlockKind::Caption;
        if i >= page.wall || Some(i) == span.headline || span.standfirsts.contains(&i) {
            false
        } else if inside && span.listing {
            // A record's fields are the listing's content whatever
            // their class names say (cards built from a call-to-action
            // widget), though not inside a menu or a footer.
            let in_records = span.records.is_some_and(|r| (r.first..=r.last).contains(&i));
            let in_landmark = matches!(f.chrome, Some(Chrome::Landmark(_)));
            (!f.listing_chrome() || (in_records && !in_landmark))
                && caption_ok
                && (!page.text_input || f.words >= TEXT_ITEM_WORDS || in_records)
        } else if inside {
            // Inside the article, a linked heading is a listing's item title.
            let linked_heading = matches!(b.kind(), BlockKind::Heading(_));
            // In the page's article-body box, a long line or a sentence
            // that links a few of its words (a roundup's items) is the article's.
            let boxed = !b.hints().body_boxes.is_empty()
                && (f.words >= self.tuning.boxed_min_words
                    || (f.ends && f.words >= self.tuning.boxed_sentence_min_words))
                && f.links <= self.tuning.boxed_max_links;
            // A data table's rows are the article's however many of their
            // cells link (a list of names, each to its own page).
            let table_row = super::ending::is_table_part(b);
            // A list item with words of its own besides its link (a
            // changelog's entry, a glossary's term and its gloss) is the
            // article's; an item that is all link is a related-links list's.
            let glossed_item = b.kind() == BlockKind::ListItem && f.links < GLOSSED_ITEM_MAX_LINKS;
            (class == Class::Good
                || (f.chrome.is_none() && (f.links <= 0.5 || linked_heading || boxed || table_row || glossed_item)))
                && caption_ok
        } else {
            Some(i) == span.title
                || (self.tuning.keep_strong_outside
                    && class == Class::Good
                    && f.words >= 3 * self.tuning.min_prose_words
                    && page.anchor.is_none_or(|a| i >= a))
                || (i == span.end + 1 && crate::rules::is_attribution(b.text()))
        }
    }
}

/// Most link share of a list item inside the article that stays: one
/// with any words of its own besides its link.
const GLOSSED_ITEM_MAX_LINKS: f64 = 0.95;

/// Fewest words of prose after a dump's author bio that may carry its
/// story on (see [`BlockClassifier::story_goes_on_after`]).
const STORY_AFTER_BIO_WORDS: usize = 200;

/// Fewest words per paragraph, on average, of a story going on after a
/// dump's author bio (a feed's blurbs are shorter).
const STORY_PARAGRAPH_WORDS: usize = 35;

/// Letters and digits of a summary's opening that a paragraph must share
/// with it to be the paragraph the summary was taken from.
const SUMMARY_KEY_CHARS: usize = 40;

/// Fewest of them: a one-line summary ("Latest news") matches anything.
const SUMMARY_KEY_MIN_CHARS: usize = 20;

/// Whether the page declares itself an article (see
/// [`Metadata::is_article`](crate::Metadata::is_article)) and a paragraph
/// of the run opens as the page's own summary does.
fn leads_declared_article(page: &PageFacts<'_>, run: Option<Stretch>) -> bool {
    let meta = page.doc.metadata();
    let (Some((start, end)), Some(summary)) = (run, meta.description.as_deref()) else { return false };
    if !meta.is_article() {
        return false;
    }
    let key = |t: &str| t.chars().filter(|c| c.is_alphanumeric()).take(SUMMARY_KEY_CHARS).collect::<String>();
    let want = key(summary);
    want.chars().count() >= SUMMARY_KEY_MIN_CHARS && page.blocks[start..=end].iter().any(|b| key(b.text()) == want)
}

/// A stretch of blocks: the first's index and the last's (for a run) or
/// the one after it (for an element).
type Stretch = (usize, usize);

/// Share of a plain short line's cost (see [`BlockClassifier::weight`])
/// that counts against the element it sits in when the best-scoring
/// element is chosen: a list article's items and subheadings sit in its
/// text's element (0.5 and 0 also gained on the WCXB dev pages' HTML;
/// 0 cost ScrapingHub 0.001 SH-F1).
const SUBTREE_PLAIN_LINE_SHARE: f64 = 0.25;

/// Stage 2: the best run of weighted blocks above the comment wall, with
/// the best-scoring element (HTML) whose outside prose counts for less.
fn find_run(page: &mut PageFacts<'_>) -> (Option<Stretch>, Option<Stretch>) {
    let wall = page.wall;
    // Plain short lines (no link text, no chrome name: a listicle's list
    // items and subheadings) count a share of their cost against the
    // element around them; links and chrome count in full.
    let plain_line = |i: usize| {
        page.classes[i] == Class::Short && page.features[i].links == 0.0 && page.features[i].chrome.is_none()
    };
    let element_weights: Vec<f64> = (0..wall)
        .map(|i| if plain_line(i) { SUBTREE_PLAIN_LINE_SHARE * page.weights[i] } else { page.weights[i] })
        .collect();
    let subtree = best_subtree(&page.blocks[..wall], &element_weights);
    if let Some((lo, hi)) = subtree {
        // Prose outside the best-scoring element counts for less: sidebars
        // and comment threads are prose too, but live in other subtrees.
        for (i, w) in page.weights.iter_mut().enumerate() {
            if (i < lo || i >= hi) && *w > 0.0 {
                *w *= page.tuning.outside_subtree_weight;
            }
        }
    }
    // Under a repeated headline a dump's article is the run that starts
    // right after it, even where a longer stretch of prose (a contact
    // notice, a teaser rail) outweighs it further down. (In HTML the
    // page's elements say more; anchoring the run there cost as much as
    // it gained on the dev pages.)
    let run = page
        .anchor
        .filter(|&a| page.text_input && a < wall)
        .and_then(|a| best_run_from(&page.weights[..wall], a..a + 2 + anchor::MAX_GAP))
        .or_else(|| best_run(&page.weights[..wall]));
    (run, subtree)
}

/// Stage 3: the run grown to the element and the article-body box it
/// overlaps, never above the headline.
fn fit_to_boxes(page: &PageFacts<'_>, subtree: Option<Stretch>, mut start: usize, mut end: usize) -> (usize, usize) {
    // In HTML the main run grows to the whole best-scoring element it
    // overlaps: a listicle's product list or a spec table sits in the
    // article's container even where its blocks score below zero.
    if let Some((lo, hi)) = subtree {
        if lo <= end && hi > start {
            start = start.min(lo);
            end = end.max(hi - 1);
        }
    }
    // The box the page itself names as the article's text holds all of
    // it: its lists, schedules and short lines as well as its prose. What
    // follows the last such box (teaser rails, author cards) is not
    // article, however much prose it has.
    let blocks = &page.blocks;
    if let Some((lo, hi)) = body_box_range(&blocks[..page.wall], &page.weights, start, end) {
        start = start.min(lo);
        end = (hi..=end.max(hi)).rev().find(|&i| !blocks[i].hints().body_boxes.is_empty()).unwrap_or(hi);
    }
    // Grown or not, the article does not start above its headline.
    if let Some(a) = page.anchor.filter(|&a| a <= end) {
        start = start.max(a);
    }
    (start, end)
}

/// Stage 5: a text dump has no element boundaries to end the article at;
/// a feed of other stories after it reads as prose. Cut it by topic, and
/// above the first record of a feed.
fn trim_text_feed(page: &PageFacts<'_>, start: usize, mut end: usize) -> usize {
    let doc = page.doc;
    // A cleaned text (its article anchored at the top, no title of its own
    // to measure the topic against) had its feed cut when it was cleaned.
    let cleaned_text = page.anchor == Some(0) && doc.metadata().title.is_none();
    if let Some(l) = page.lang.filter(|_| !cleaned_text) {
        let title = doc.metadata().title.as_deref();
        end = on_topic_end(&page.blocks, &page.features, &page.classes, start, end, l, title);
    }
    // A feed of other stories under the article comes as records of short
    // lines (a headline, a date, a byline) that run to the end of the
    // article's run: the article ends above the first.
    if let Some(feed) = feed_start(page, start, end) {
        end = feed - 1;
    }
    // A feed of teasers whose excerpts are cut off with an ellipsis.
    if let Some(feed) = excerpt_feed_start(page, start, end) {
        end = end.min(feed.saturating_sub(1)).max(start);
    }
    end
}

/// Stage 6: where the article opens: at its main heading in HTML (prose
/// between the h1 and the run is the article's opening), and with the
/// subheading right above its first paragraph.
fn opening(page: &PageFacts<'_>, listing: bool, mut start: usize) -> usize {
    if !listing && !page.text_input {
        if let Some(first) = anchor::opening_under_h1(&page.blocks, &page.features, &page.classes, start) {
            start = first;
        }
    }
    // The subheading right above the first paragraph belongs to it (a
    // listing's first item title, an article's first section heading).
    if start > 0 && is_subheading(page.blocks[start - 1], &page.features[start - 1]) {
        start -= 1;
    }
    start
}
