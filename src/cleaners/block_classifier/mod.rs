//! `block-classifier`: finds the main content by the shape of its blocks and
//! removes everything around it.
//!
//! Each block is classified from what every input has — length in words
//! (per character in scripts without spaces), stopword density in the page's
//! language, sentence ends — plus, for HTML, link density, landmarks and
//! chrome class names. The classes follow jusText (Pomikálek 2011: good,
//! near-good, short, bad, with stopword thresholds of 0.30/0.32 for English
//! prose; here scaled per language by the page's own prose), but instead of
//! its local context rules the article is taken as the contiguous run of
//! blocks with the highest total score (a maximum-sum segment, as in
//! boilerpipe's densest-region idea). Short blocks inside it — subheadings,
//! one-line quotes, short closing sentences — stay; everything outside goes.
//!
//! The run is then fitted to the page ([`regions`]): in HTML it grows to the
//! best-scoring element and to the page's own article-body box
//! (`itemprop=articleBody`, `entry-content`), which also ends it; a page
//! whose run is a sliver of its main column is a listing and keeps the
//! column. Reader comments ([`threads`]) are chrome beside an article and
//! content on a page that declares a discussion; teaser cards outside the
//! body box are not article prose. In a text dump a trailing feed of other
//! stories is cut by topic ([`topic`]) or by its repeated records
//! ([`records`]: a date, a byline and a headline, again and again), and a
//! page without an article whose lines repeat in records (a shop grid, a
//! list of trails) is a listing of them. Where the page repeats its title as
//! a heading ([`anchor`]), the article starts there: teaser rails and
//! "latest headlines" prose above it are not part of it; on an HTML page,
//! prose right under its `<h1>` opens the article. Where it ends is
//! fitted last ([`ending`]): an author bio ([`author_bio`]) or the site's
//! copyright line cuts it, a short closing sentence and an announced list
//! extend it.

mod anchor;
mod author_bio;
mod ending;
mod excerpts;
mod facts;
mod features;
pub(super) mod records;
mod regions;
mod stages;
pub(crate) mod tables;
mod threads;
mod topic;
mod tuning;

pub use tuning::Tuning;

use serde::{Deserialize, Serialize};

use crate::cleaner::Cleaner;
use crate::document::{Block, BlockKind, Document};
use crate::edit::Plan;
use crate::error::BuildError;
use crate::rules::{pack, PhraseList, COMMENTS, REVIEW_LABELS};
use crate::shape::is_headline_like;
use features::is_headline_like_words;
use features::{Chrome, Class, Features};
use records::record_span;
use regions::{best_run, main_column, text_column, TEXT_ITEM_WORDS};

const ID: &str = "block-classifier";

/// Fewest prose words in a page's best run that make it an article, not a
/// listing of records (see [`records`]).
const RECORDS_MAX_RUN: usize = 50;

/// Most words a dump's line counts for in its column's words.
const TEXT_ITEM_MAX_WORDS: usize = 60;

/// A listing's main column (inclusive block range), and in a dump the
/// lines of its records (inclusive), which stay however short.
struct Listing {
    lo: usize,
    hi: usize,
    records: Option<records::Records>,
}

/// A text run of at least this many prose paragraphs and
/// [`TEXT_ARTICLE_WORDS`] words is an article, never a listing; in HTML
/// so is such a run whose column is mostly teaser cards
/// ([`FEED_CARD_SHARE`]).
const TEXT_ARTICLE_PARAGRAPHS: usize = 4;

/// In HTML, an article run (as in a dump) whose column is at least this
/// share teaser cards is an article above a feed of other stories, not a
/// listing.
const FEED_CARD_SHARE: f64 = 0.6;

/// See [`TEXT_ARTICLE_PARAGRAPHS`].
const TEXT_ARTICLE_WORDS: usize = 300;

/// How eagerly the classifier removes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Preset {
    /// Remove more: prose thresholds higher, short blocks cost more.
    Precision,
    /// The default trade-off.
    #[default]
    Balanced,
    /// Keep more: lower thresholds, and strong prose outside the main run stays.
    Recall,
}

/// Settings of [`BlockClassifier`].
///
/// # Defaults
/// `Balanced`; the title found by `header-chrome` stays; figure captions go
/// (image captions describe a picture, not the story, and benchmark gold
/// texts leave them out).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct BlockClassifierConfig {
    /// Threshold preset.
    pub preset: Preset,
    /// Keep the block that is the page title when it sits right above the main content.
    pub keep_title: bool,
    /// Override: fewest words of a block that counts as prose.
    pub min_prose_words: Option<usize>,
    /// Override: lowest stopword density of prose (0.0-1.0).
    pub min_stopword_density: Option<f64>,
    /// Keep figure captions (`<figcaption>`, `<caption>`) inside the article.
    pub keep_captions: bool,
    /// Keep the article's headline in the text even when the page declares
    /// the same title apart from it: an HTML page in its head (`og:title`,
    /// JSON-LD, `<title>`), a dump by opening with the page's `<title>` line
    /// that the headline repeats further down. By default such a headline
    /// goes (rule `declared-headline`): it is
    /// [`Metadata::title`](crate::Metadata::title), and the text starts with
    /// the article, as human-annotated extraction benchmarks expect. A
    /// headline that is the page's only statement of its title stays.
    pub keep_declared_headline: bool,
    /// Replaces the preset's thresholds whole ([`Tuning::of`] the preset
    /// when unset); `min_prose_words` and `min_stopword_density` above
    /// still override it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tuning: Option<Tuning>,
}

impl Default for BlockClassifierConfig {
    fn default() -> Self {
        BlockClassifierConfig {
            preset: Preset::Balanced,
            keep_title: true,
            min_prose_words: None,
            min_stopword_density: None,
            keep_captions: false,
            keep_declared_headline: false,
            tuning: None,
        }
    }
}

impl BlockClassifierConfig {
    /// Resolves the preset and overrides.
    ///
    /// # Errors
    /// A [`BuildError`] when `min_stopword_density` is outside 0.0-1.0 or
    /// `min_prose_words` is 0.
    pub fn build(&self) -> Result<BlockClassifier, BuildError> {
        let mut tuning = self.tuning.unwrap_or(Tuning::of(self.preset));
        tuning.min_prose_words = self.min_prose_words.unwrap_or(tuning.min_prose_words);
        tuning.min_stopword_density = self.min_stopword_density.unwrap_or(tuning.min_stopword_density);
        tuning.check()?;
        let comments = PhraseList::combine(ID, &[COMMENTS, pack("comments")], &[])?;
        let reviews = PhraseList::parse(ID, REVIEW_LABELS)?;
        Ok(BlockClassifier {
            keep_captions: self.keep_captions,
            comments,
            reviews,
            tuning,
            keep_title: self.keep_title,
            keep_declared_headline: self.keep_declared_headline,
        })
    }
}

/// The article's standfirst: blocks whose element names one (`dek`,
/// `standfirst`, `article-summary`) from a few blocks above the main run
/// down to its first paragraph of prose. The summary under a headline
/// repeats the story; annotated article text leaves it out.
fn standfirsts(blocks: &[&Block], classes: &[Class], start: usize, end: usize) -> Vec<usize> {
    let mut found = Vec::new();
    for i in start.saturating_sub(HEADLINE_ABOVE)..=end {
        if blocks[i].hints().standfirst() {
            found.push(i);
        } else if i >= start && classes[i] == Class::Good {
            break;
        }
    }
    found
}

/// Blocks above the main run the declared headline may sit (a dateline,
/// a byline, a standfirst between it and the first paragraph).
const HEADLINE_ABOVE: usize = 4;

/// Keeps the highest-scoring contiguous run of blocks and removes the rest,
/// with the evidence for each removal.
///
/// # Example
/// ```
/// use pagewash::{Pipeline, cleaners::BlockClassifierConfig};
/// let p = Pipeline::builder().with(BlockClassifierConfig::default().build()?).build();
/// let page = "Home\nNews\nSports\nWeather\n\n\
///     The storm moved east overnight and reached the coast early on Thursday morning.\n\n\
///     Forecasters said the worst of the rain was over, but warned that rivers would keep rising.\n\n\
///     Contact\nPrivacy\nTerms";
/// let c = p.clean_text(page);
/// assert!(c.text().starts_with("The storm moved east"));
/// assert!(c.text().ends_with("keep rising.\n"));
/// assert_eq!(c.removals().len(), 7);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct BlockClassifier {
    keep_captions: bool,
    comments: PhraseList,
    /// Labels of a shop's customer reviews: a dump's comment wall that
    /// only buyers' furniture confirms.
    reviews: PhraseList,
    tuning: Tuning,
    keep_title: bool,
    keep_declared_headline: bool,
}

impl BlockClassifier {
    fn classify(&self, f: &Features, kind: BlockKind, min_density: f64) -> Class {
        if f.strong_chrome || f.links > 0.5 || f.card {
            return Class::Bad;
        }
        let density_ok = f.stopwords.is_none_or(|d| d >= min_density);
        let long = f.words >= 3 * self.tuning.min_prose_words.max(10);
        if density_ok && ((f.ends && f.words >= self.tuning.min_prose_words) || long) {
            return Class::Good;
        }
        if f.chrome.is_some() {
            return Class::Bad;
        }
        if matches!(kind, BlockKind::Code | BlockKind::TableRow) && f.words >= self.tuning.min_prose_words {
            return Class::Good;
        }
        if f.words < self.tuning.min_prose_words || is_headline_like_words(f) {
            Class::Short
        } else {
            Class::Bad
        }
    }

    fn weight(&self, f: &Features, class: Class) -> f64 {
        let w = f.words as f64;
        match class {
            Class::Good => w.min(200.0) * (1.0 - f.links) * f.stopwords.map_or(1.0, |d| (0.6 + d).min(1.0)),
            Class::Short => self.short_weight(f.words, f.group <= 2),
            Class::Bad if f.chrome.is_some() => -(w + 5.0),
            Class::Bad => -(self.tuning.short_block_cost + 0.7 * w),
        }
    }

    /// What a short block costs: less when it stands alone (a subheading, a
    /// one-line quote) than inside a group of short lines (a menu).
    fn short_weight(&self, words: usize, alone: bool) -> f64 {
        let w = words as f64;
        if alone {
            -(0.5 * self.tuning.short_block_cost + 0.1 * w)
        } else {
            -(self.tuning.short_block_cost + 0.3 * w)
        }
    }

    /// The main column (inclusive range) when the page is a listing: its
    /// best prose run (`run`) holds under [`Tuning::listing_run_share`] (in a dump
    /// [`Tuning::text_listing_run_share`]) of the column's words. A page whose best
    /// run is a sliver of its main column
    /// (a listing, a category page, a shop grid) has no article: its content
    /// is the column itself, link-headed items and all. In HTML the column
    /// is an element; in a text dump, the run of lines that are not menu
    /// entries or labels; below the headline when the dump repeats it
    /// (`from`), as the article's column cannot start above its headline.
    /// A page without an article run whose column lies among repeated
    /// records of short lines is a listing of those records (see
    /// [`records`]); so is an HTML page without any run whose records
    /// outweigh its column.
    /// The prose run a dump's listing decision is made on: found without
    /// the lines a listing drops (under [`TEXT_ITEM_WORDS`] words) and
    /// without paragraph grouping, which the cleaned text does not keep, so
    /// that cleaning the output again makes the same decision.
    fn text_decision_run(&self, features: &[Features], classes: &[Class], weights: &[f64]) -> Option<(usize, usize)> {
        let w: Vec<f64> = (0..features.len())
            .map(|i| match classes[i] {
                _ if features[i].words < TEXT_ITEM_WORDS => 0.0,
                Class::Short => self.short_weight(features[i].words, true),
                _ => weights[i],
            })
            .collect();
        best_run(&w)
    }

    #[allow(clippy::too_many_arguments)]
    fn listing_column(
        &self,
        blocks: &[&Block],
        features: &[Features],
        classes: &[Class],
        weights: &[f64],
        run: Option<(usize, usize)>,
        text_input: bool,
        from: usize,
        // Whether the run opens with the summary of a page that declares
        // itself an article: a short story (a paywalled one's free
        // paragraph), not the introduction of the column of headlines
        // around it. Asked only where the column would otherwise win.
        declared_article: impl FnOnce() -> bool,
    ) -> Option<Listing> {
        let (lo, hi) = if text_input {
            text_column(&features[from..]).map(|(lo, hi)| (lo + from, hi + from))
        } else {
            main_column(blocks, features)
        }?;
        // In a dump, only the lines a listing keeps count (cleaning the kept
        // column again must find the same share), each up to an item's
        // length: one huge line (a country selector's hundred names) is no
        // column of items.
        let column_words: usize = (lo..hi)
            .filter(|&i| !features[i].listing_chrome() && (!text_input || features[i].words >= TEXT_ITEM_WORDS))
            .map(|i| if text_input { features[i].words.min(TEXT_ITEM_MAX_WORDS) } else { features[i].words })
            .sum();
        let decision_run = if text_input { self.text_decision_run(features, classes, weights) } else { run };
        // In HTML, prose inside a landmark (a sign-up form's consent line in
        // the footer) is no article that the column would be a feed around.
        let good = |(a, b): (usize, usize)| {
            (a..=b).filter(move |&i| {
                classes[i] == Class::Good && (text_input || !matches!(features[i].chrome, Some(Chrome::Landmark(_))))
            })
        };
        let run_words: usize = decision_run.map_or(0, |r| good(r).map(|i| features[i].words).sum());
        let good_blocks = decision_run.map_or(0, |r| good(r).count());
        // A dump has no elements to show where its main column ends: a real
        // article run there is an article, however long the headline lists
        // around it. In HTML, a real article run above a column of teaser
        // cards is an article with a feed of other stories under it.
        let article_like = good_blocks >= TEXT_ARTICLE_PARAGRAPHS
            && run_words >= TEXT_ARTICLE_WORDS
            && (text_input || {
                let cards: usize = (lo..hi).filter(|&i| features[i].card).map(|i| features[i].words).sum();
                cards as f64 >= FEED_CARD_SHARE * column_words as f64
            });
        // A page without an article run whose main column lies mostly among
        // records of short lines (or just above them) is a listing of those
        // records, however few words they hold. (Records elsewhere are a
        // sidebar's or a footer's.)
        //
        // Without any article run, records that hold as many words as the
        // column are the page's items even where the column lies apart from
        // them (a results line above a filter bar and a grid of product
        // cards), unless they are a menu's (under a chrome landmark). A
        // dump has no landmarks to tell a menu's records by, but a menu has
        // no prices: there, records with a field whose numbers change from
        // one to the next are the page's items under a run too short for
        // an article, whatever the column holds (a dialog's long lines).
        let carry_page = |r: &records::Records| {
            let items = if text_input {
                r.priced && run_words < RECORDS_MAX_RUN
            } else {
                run_words == 0 && r.words(blocks) >= column_words
            };
            items && (r.first..=r.last).all(|i| !matches!(features[i].chrome, Some(Chrome::Landmark(_))))
        };
        // In a dump, records that outweigh a short run of prose are the
        // page's items under their introduction (a shop's grid under a
        // category blurb, a winners' list under its announcement). In HTML
        // such a grid under an article is a feed.
        let outweigh = |r: &records::Records| text_input && r.outweigh(blocks, run_words);
        let records = (run_words < RECORDS_MAX_RUN || text_input)
            .then(|| record_span(blocks))
            .flatten()
            .filter(|r| run_words < RECORDS_MAX_RUN || outweigh(r))
            .filter(|r| r.hold_column(lo, hi) || carry_page(r) || (outweigh(r) && r.follow_column(hi)));
        if let Some(r) = records {
            return Some(Listing { lo: lo.min(r.first), hi: (hi - 1).max(r.last), records: Some(r) });
        }
        let share = if text_input { self.tuning.text_listing_run_share } else { self.tuning.listing_run_share };
        ((run_words as f64) < share * column_words as f64 && !article_like && !declared_article()).then_some(Listing {
            lo,
            hi: hi - 1,
            records: None,
        })
    }
}

impl Cleaner for BlockClassifier {
    fn id(&self) -> &'static str {
        ID
    }

    /// The classifier's stages (`stages.rs`), in order: measure the page, place the
    /// article, remove what lies outside it.
    fn plan(&self, doc: &Document) -> Plan {
        let mut plan = Plan::new();
        let mut page = self.measure(doc);
        if let Some(l) = page.lang {
            plan.metadata_mut().language = Some(l.to_string());
        }
        if let Some(span) = self.place(&mut page) {
            self.decide(&page, &span, &mut plan);
        }
        plan
    }
}

/// The article's headline when the page declares the same title in its
/// metadata: the block at most [`HEADLINE_ABOVE`] blocks above the main
/// run or among its first two whose text is that title (without its site
/// suffix).
fn declared_headline(doc: &Document, blocks: &[&Block], start: usize, end: usize) -> Option<usize> {
    let declared = crate::rules::normalize_key(&crate::shape::title_without_site(doc.declared_title()?));
    (start.saturating_sub(HEADLINE_ABOVE)..=(start + 1).min(end)).find(|&i| blocks[i].key() == declared)
}

impl BlockClassifier {
    /// The title stays when header-chrome found it and only removed blocks
    /// (or nothing) separate it from the main run.
    fn title_index(&self, doc: &Document, blocks: &[&Block], start: usize) -> Option<usize> {
        if !self.keep_title {
            return None;
        }
        let named = doc.metadata().title.as_deref().and_then(|t| blocks[..start].iter().rposition(|b| b.text() == t));
        // A dump whose named title is not above its content (a cleaned
        // text) opens with its heading when the content starts right under
        // its first line.
        let opening = || {
            (doc.input_kind() == crate::document::InputKind::Text
                && start > 0
                && blocks[0].id() == doc.all_blocks().first()?.id()
                && crate::shape::title_words(blocks[0].text()) >= 3)
                .then_some((0, 1))
        };
        let (i, max_gap) = named.map(|i| (i, 3)).or_else(opening)?;
        let gap = start - i - 1;
        (gap <= max_gap && is_headline_like(blocks[i].text())).then_some(i)
    }
}

#[cfg(test)]
mod tests;
