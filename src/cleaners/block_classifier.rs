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

use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::cleaner::Cleaner;
use crate::document::{Block, BlockKind, Document, Landmark};
use crate::edit::{Plan, Reason};
use crate::error::BuildError;
use crate::lang::{detect, stopword_density};
use crate::rules::{PhraseList, COMMENTS};
use crate::shape::{ends_sentence, is_headline_like};

const ID: &str = "block-classifier";

/// Factor on the weight of prose outside the best-scoring HTML element.
const OUTSIDE_SUBTREE: f64 = 0.8;

/// Share of the main run's prose up to the end of an article-body box that
/// the box must hold for the run to grow to the whole box (and end with it).
const BODY_BOX_SHARE: f64 = 0.7;

/// Share of the whole main run that the box must hold.
const BODY_BOX_MIN_SHARE: f64 = 0.25;

/// Below this share of its main column's words in the best run's prose, a
/// page is a listing (its content is the column). Set on the WCXB dev
/// sample's listing and collection pages against both sets' articles.
const LISTING_RUN_SHARE: f64 = 0.3;

/// In a text dump's listing, the fewest words of a kept line: item titles
/// and blurbs have them, menu entries and labels ("Shop", "Log in") do not.
const TEXT_ITEM_WORDS: usize = 4;

/// A text run of at least this many prose paragraphs and
/// [`TEXT_ARTICLE_WORDS`] words is an article, never a listing.
const TEXT_ARTICLE_PARAGRAPHS: usize = 4;

/// See [`TEXT_ARTICLE_PARAGRAPHS`].
const TEXT_ARTICLE_WORDS: usize = 300;

/// What a shorter line costs the main column of a text dump.
const TEXT_LABEL_COST: f64 = 3.0;

/// Share of a paragraph's content words that must occur in the title or
/// the first half of the article for it to be on topic.
const ON_TOPIC_SHARE: f64 = 0.25;

/// Fewest trailing off-topic paragraphs that are cut (one digression is not a feed).
const OFF_TOPIC_MIN_BLOCKS: usize = 4;

/// "Ann on May 2, 2019 at 4:47 pm said:" and its translations.
static COMMENT_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[^.!?]{1,60}\s(on|am|le|el)\s.{4,40}\d.{0,30}\s(said|says|wrote|schrieb|a écrit|escribió)\s*:$")
        .unwrap_or_else(|_| unreachable!())
});

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
}

impl Default for BlockClassifierConfig {
    fn default() -> Self {
        BlockClassifierConfig {
            preset: Preset::Balanced,
            keep_title: true,
            min_prose_words: None,
            min_stopword_density: None,
            keep_captions: false,
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
        let (words, density, short_cost, outside) = match self.preset {
            // (prose words, stopword density, cost of a short block, keep
            // strong prose outside the run). Balanced was set on the dev
            // sets' article pages; the others move every knob one way.
            Preset::Precision => (10, 0.22, 2.5, false),
            Preset::Balanced => (7, 0.16, 1.5, false),
            Preset::Recall => (5, 0.10, 0.75, true),
        };
        let min_words = match self.min_prose_words {
            Some(w) => super::phrases::check_range(ID, "min_prose_words", w, 1..=500, "1 to 500")?,
            None => words,
        };
        let min_density = match self.min_stopword_density {
            Some(d) if !(0.0..=1.0).contains(&d) => {
                return Err(BuildError::setting(ID, "min_stopword_density", d, "0.0 to 1.0"))
            }
            Some(d) => d,
            None => density,
        };
        let comments = PhraseList::parse(ID, COMMENTS)?;
        Ok(BlockClassifier {
            keep_captions: self.keep_captions,
            comments,
            min_words,
            min_density,
            short_cost,
            keep_strong_outside: outside,
            keep_title: self.keep_title,
        })
    }
}

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
    min_words: usize,
    min_density: f64,
    short_cost: f64,
    keep_strong_outside: bool,
    keep_title: bool,
}

/// Why a block reads as page chrome.
#[derive(Debug, Clone, Copy)]
enum Chrome<'a> {
    /// An enclosing landmark element (`nav`, `footer`, ...).
    Landmark(Landmark),
    /// An enclosing class or id name.
    Class(&'a str),
    /// A reader-comment section on a page with its own article.
    CommentSection,
}

impl std::fmt::Display for Chrome<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Chrome::Landmark(l) => write!(f, "landmark:{}", format!("{l:?}").to_lowercase()),
            Chrome::Class(c) => write!(f, "class:{c}"),
            Chrome::CommentSection => f.write_str("comment-section"),
        }
    }
}

/// What the classifier saw in one block.
#[derive(Debug, Clone)]
struct Features<'a> {
    words: usize,
    stopwords: Option<f64>,
    ends: bool,
    links: f64,
    chrome: Option<Chrome<'a>>,
    /// The chrome signal is strong (a landmark or a strong class name).
    strong_chrome: bool,
    /// The block sits in a teaser card outside the article's body box.
    card: bool,
    /// Live blocks in the block's paragraph group (text input: lines not
    /// separated by a blank line). Menus and link lists come as groups of
    /// short lines; subheadings and short article lines stand alone.
    group: usize,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Class {
    Good,
    Short,
    Bad,
}

impl<'a> Features<'a> {
    fn of(b: &'a Block, lang: Option<&str>, group: usize) -> Self {
        let h = b.hints();
        let landmark = h.landmark.filter(|l| !(h.in_article && matches!(l, Landmark::Header | Landmark::Aside)));
        let (chrome, strong_chrome) = match (landmark, &h.chrome_class) {
            (Some(l), _) => {
                let strong = matches!(l, Landmark::Nav | Landmark::Footer | Landmark::Aside);
                (Some(Chrome::Landmark(l)), strong)
            }
            (None, Some(c)) => (Some(Chrome::Class(c)), crate::input::chrome_classes::is_strong_chrome(c)),
            (None, None) => (None, false),
        };
        Features {
            words: b.words(),
            // Function characters are rarer per character than function
            // words per word: scale Chinese and Japanese to the same range.
            stopwords: lang.and_then(|l| stopword_density(b.text(), l)).map(|d| match lang {
                Some("zh" | "ja") => (d * 2.5).min(1.0),
                _ => d,
            }),
            ends: ends_sentence(b.text()),
            links: b.link_density(),
            chrome,
            strong_chrome,
            card: h.in_cards && h.body_boxes.is_empty(),
            group,
        }
    }

    fn evidence(&self) -> String {
        let mut e = format!("{}w", self.words);
        if let Some(s) = self.stopwords {
            e.push_str(&format!(" stopwords={s:.2}"));
        }
        if self.links > 0.0 {
            e.push_str(&format!(" links={:.2}", self.links));
        }
        if !self.ends {
            e.push_str(" no-sentence-end");
        }
        if let Some(c) = &self.chrome {
            e.push_str(&format!(" {c}"));
        }
        if self.card {
            e.push_str(" teaser-card");
        }
        e
    }
}

impl BlockClassifier {
    fn classify(&self, f: &Features, kind: BlockKind, min_density: f64) -> Class {
        if f.strong_chrome || f.links > 0.5 || f.card {
            return Class::Bad;
        }
        let density_ok = f.stopwords.is_none_or(|d| d >= min_density);
        let long = f.words >= 3 * self.min_words.max(10);
        if density_ok && ((f.ends && f.words >= self.min_words) || long) {
            return Class::Good;
        }
        if f.chrome.is_some() {
            return Class::Bad;
        }
        if matches!(kind, BlockKind::Code | BlockKind::TableRow) && f.words >= self.min_words {
            return Class::Good;
        }
        if f.words < self.min_words || is_headline_like_words(f) {
            Class::Short
        } else {
            Class::Bad
        }
    }

    fn weight(&self, f: &Features, class: Class) -> f64 {
        let w = f.words as f64;
        match class {
            Class::Good => w.min(200.0) * (1.0 - f.links) * f.stopwords.map_or(1.0, |d| (0.6 + d).min(1.0)),
            Class::Short if f.group <= 2 => -(0.5 * self.short_cost + 0.1 * w),
            Class::Short => -(self.short_cost + 0.3 * w),
            Class::Bad if f.chrome.is_some() => -(w + 5.0),
            Class::Bad => -(self.short_cost + 0.7 * w),
        }
    }
}

fn is_headline_like_words(f: &Features) -> bool {
    !f.ends && f.words <= 20
}

fn is_subheading(b: &Block, f: &Features) -> bool {
    matches!(b.kind(), BlockKind::Heading(2..=6)) && f.chrome.is_none() && f.words <= 20
}

/// A short closing sentence ("She smiled.", "It takes effect next year,
/// officials said."): ends a sentence, at most 15 words, not chrome.
fn closes_article(f: &Features, class: Class) -> bool {
    class != Class::Good
        && f.ends
        && f.chrome.is_none()
        && f.links <= 0.5
        && f.group <= 2
        && (1..=15).contains(&f.words)
}

/// Reader comments are chrome on a page that has an article of its own
/// (prose outside every comment section), and the content of a page that
/// is all thread (a forum, a Q&A page).
fn mark_comment_sections(blocks: &[&Block], features: &mut [Features]) {
    if !blocks.iter().any(|b| b.hints().in_comments) {
        return;
    }
    let article_words: usize = blocks
        .iter()
        .zip(features.iter())
        .filter(|(b, f)| !b.hints().in_comments && f.chrome.is_none() && f.links < 0.5 && f.ends && f.words >= 15)
        .map(|(_, f)| f.words)
        .sum();
    let has_article = article_words >= ARTICLE_BESIDE_COMMENTS;
    if !has_article {
        return;
    }
    for (b, f) in blocks.iter().zip(features.iter_mut()) {
        if b.hints().in_comments && f.chrome.is_none() {
            f.chrome = Some(Chrome::CommentSection);
            f.strong_chrome = true;
        }
    }
}

/// On a page that declares itself a discussion, reply and comment class
/// names mark the content, not chrome.
fn thread_replies_are_content(features: &mut [Features]) {
    for f in features.iter_mut() {
        if let Some(Chrome::Class(c)) = f.chrome {
            if crate::input::chrome_classes::is_comment_section(c) {
                f.chrome = None;
                f.strong_chrome = false;
            }
        }
    }
}

/// Words of prose outside comment sections that make a page an article with comments.
const ARTICLE_BESIDE_COMMENTS: usize = 150;

/// The maximum-sum contiguous segment of `weights` (Kadane); `None` if every weight is negative.
fn best_run(weights: &[f64]) -> Option<(usize, usize)> {
    let (mut best, mut best_range) = (0.0, None);
    let (mut sum, mut start) = (0.0, 0);
    for (i, w) in weights.iter().enumerate() {
        if sum <= 0.0 {
            sum = 0.0;
            start = i;
        }
        sum += w;
        if sum > best {
            best = sum;
            best_range = Some((start, i));
        }
    }
    best_range
}

/// The median stopword density of the page's clear prose (sentences of 15
/// words or more): what prose looks like in this language with this
/// stoplist. Languages that attach function words to other words (Arabic,
/// Turkish, Finnish) score lower on whole-token stoplists; half of this
/// median caps the prose threshold, so they are not held to English levels.
fn page_prose_density(features: &[Features]) -> Option<f64> {
    let mut d: Vec<f64> = features.iter().filter(|f| f.ends && f.words >= 15).filter_map(|f| f.stopwords).collect();
    if d.len() < 2 {
        return None;
    }
    d.sort_by(f64::total_cmp);
    Some(d[d.len() / 2])
}

/// For each block, how many live blocks share its paragraph number.
fn group_sizes(blocks: &[&Block]) -> Vec<usize> {
    let mut sizes = vec![0; blocks.len()];
    let mut i = 0;
    while i < blocks.len() {
        let p = blocks[i].paragraph();
        let j = blocks[i..].iter().position(|b| b.paragraph() != p).map_or(blocks.len(), |n| i + n);
        sizes[i..j].fill(j - i);
        i = j;
    }
    sizes
}

/// The block range of the element whose blocks' weights sum highest (HTML
/// only; text blocks have no ancestors). Subtrees are contiguous in
/// document order, so the range is `lo..hi`.
fn best_subtree(blocks: &[&Block], weights: &[f64]) -> Option<(usize, usize)> {
    // Node ids are small and dense (numbered in document order): a vector
    // indexed by id is much cheaper than a map.
    let max_id = blocks.iter().flat_map(|b| b.hints().ancestors.iter()).max().copied()? as usize;
    let mut score: Vec<Option<(f64, usize, usize)>> = vec![None; max_id + 1];
    for (i, (b, w)) in blocks.iter().zip(weights).enumerate() {
        for &a in &b.hints().ancestors {
            let e = score[a as usize].get_or_insert((0.0, i, i));
            e.0 += w;
            e.2 = i;
        }
    }
    // The highest score wins; among equal scores the innermost element (the
    // larger id, opened later) does.
    let (best, lo, hi) = score.into_iter().flatten().rev().max_by(|a, b| a.0.total_cmp(&b.0))?;
    (best > 0.0).then_some((lo, hi + 1))
}

/// The block range (inclusive) of the innermost article-body box (see
/// [`Hints::body_boxes`](crate::document::Hints)) that holds at least
/// [`BODY_BOX_SHARE`] of the positive weight of the run `start..=end` up
/// to the box's end, and [`BODY_BOX_MIN_SHARE`] of all of it.
fn body_box_range(blocks: &[&Block], weights: &[f64], start: usize, end: usize) -> Option<(usize, usize)> {
    // Positive weight of the run up to and including each block.
    let mut prefix = Vec::with_capacity(end + 1 - start);
    let mut total = 0.0;
    for w in &weights[start..=end] {
        total += w.max(0.0);
        prefix.push(total);
    }
    if total <= 0.0 {
        return None;
    }
    // (box id, positive weight inside the run, last run index inside the box)
    let mut per_box: Vec<(u32, f64, usize)> = Vec::new();
    for (i, (b, w)) in blocks[start..=end].iter().zip(&weights[start..=end]).enumerate() {
        for &id in &b.hints().body_boxes {
            match per_box.iter_mut().find(|(b, ..)| *b == id) {
                Some((_, sum, last)) => {
                    *sum += w.max(0.0);
                    *last = i;
                }
                None => per_box.push((id, w.max(0.0), i)),
            }
        }
    }
    let heaviest = per_box.iter().map(|(_, w, _)| *w).fold(0.0, f64::max);
    // The innermost (latest opened, largest id) of the boxes that hold
    // nearly as much as the heaviest one and most of the run up to their end.
    let best = per_box
        .iter()
        .filter(|(_, w, last)| {
            *w >= 0.9 * heaviest && *w >= BODY_BOX_MIN_SHARE * total && *w >= BODY_BOX_SHARE * prefix[*last]
        })
        .map(|(id, ..)| *id)
        .max()?;
    let inside = |b: &&Block| b.hints().body_boxes.contains(&best);
    Some((blocks.iter().position(inside)?, blocks.iter().rposition(inside)?))
}

/// The block range of the page's main column (HTML only): the element
/// whose blocks' words sum highest when every word counts, links included,
/// and words under chrome landmarks or class names count against it.
fn main_column(blocks: &[&Block], features: &[Features]) -> Option<(usize, usize)> {
    let weights: Vec<f64> = features
        .iter()
        .map(|f| {
            let w = f.words as f64;
            match (&f.chrome, f.strong_chrome) {
                (Some(_), true) => -(w + 2.0),
                (Some(_), false) => -0.5 * w,
                (None, _) => w,
            }
        })
        .collect();
    best_subtree(blocks, &weights)
}

/// The main column of a text dump: the maximum-sum run of lines where
/// lines of [`TEXT_ITEM_WORDS`] or more count their words and shorter ones
/// (menu entries, labels) cost [`TEXT_LABEL_COST`] each.
fn text_column(features: &[Features]) -> Option<(usize, usize)> {
    let weights: Vec<f64> =
        features.iter().map(|f| if f.words >= TEXT_ITEM_WORDS { f.words as f64 } else { -TEXT_LABEL_COST }).collect();
    best_run(&weights).map(|(lo, hi)| (lo, hi + 1))
}

/// The last block of the run `start..=end` that is about what the run's
/// first half is about: trailing prose whose content words mostly do not
/// occur in the title or the first half of the run (a feed of other
/// stories' teasers) is cut off, with the short lines between it, when it
/// is at least [`OFF_TOPIC_MIN_BLOCKS`] paragraphs long. Text input only:
/// set on both dev sets' text dumps (in HTML the page's elements end the
/// article better, and the same cut cost recall there).
fn on_topic_end(
    blocks: &[&Block],
    features: &[Features],
    classes: &[Class],
    start: usize,
    end: usize,
    lang: &str,
    title: Option<&str>,
) -> usize {
    let good: Vec<usize> = (start..=end).filter(|&i| classes[i] == Class::Good).collect();
    let total: usize = good.iter().map(|&i| features[i].words).sum();
    let mut core = std::collections::HashSet::new();
    if let Some(t) = title {
        core.extend(crate::lang::content_words(t, lang));
    }
    let mut acc = 0;
    let mut core_end = start;
    for &i in &good {
        if acc * 2 >= total {
            break;
        }
        acc += features[i].words;
        core.extend(crate::lang::content_words(blocks[i].text(), lang));
        core_end = i;
    }
    if core.len() < 20 {
        return end;
    }
    let (mut new_end, mut cut) = (end, 0);
    for i in (core_end + 1..=end).rev() {
        if classes[i] != Class::Good {
            continue;
        }
        let words = crate::lang::content_words(blocks[i].text(), lang);
        if words.len() < 5 {
            continue;
        }
        let shared = words.iter().filter(|w| core.contains(*w)).count() as f64 / words.len() as f64;
        if shared >= ON_TOPIC_SHARE {
            break;
        }
        new_end = i - 1;
        cut += 1;
    }
    if cut >= OFF_TOPIC_MIN_BLOCKS {
        new_end
    } else {
        end
    }
}

fn page_language(blocks: &[&Block]) -> Option<&'static str> {
    let mut sample = String::new();
    for b in blocks.iter().filter(|b| b.words() >= 8) {
        if sample.len() > 20_000 {
            break;
        }
        sample.push_str(b.text());
        sample.push(' ');
    }
    if sample.is_empty() {
        for b in blocks.iter().take(200) {
            sample.push_str(b.text());
            sample.push(' ');
        }
    }
    detect(&sample)
}

impl Cleaner for BlockClassifier {
    fn id(&self) -> &'static str {
        ID
    }

    fn plan(&self, doc: &Document) -> Plan {
        let mut plan = Plan::new();
        let blocks = doc.live_blocks();
        let lang = doc
            .metadata()
            .language
            .as_deref()
            .filter(|l| crate::lang::has_stoplist(l))
            .or_else(|| page_language(&blocks));
        if let Some(l) = lang {
            plan.metadata_mut().language = Some(l.to_string());
        }
        let groups = group_sizes(&blocks);
        let mut features: Vec<Features> = blocks.iter().zip(groups).map(|(b, g)| Features::of(b, lang, g)).collect();
        if doc.metadata().is_discussion() {
            thread_replies_are_content(&mut features);
        } else {
            mark_comment_sections(&blocks, &mut features);
        }
        let min_density = self.min_density.min(0.5 * page_prose_density(&features).unwrap_or(1.0));
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
        let wall = self.comment_wall(doc, &blocks, &features, &classes);
        let subtree = best_subtree(&blocks[..wall], &weights[..wall]);
        if let Some((lo, hi)) = subtree {
            // Prose outside the best-scoring element counts for less: sidebars
            // and comment threads are prose too, but live in other subtrees.
            for (i, w) in weights.iter_mut().enumerate() {
                if (i < lo || i >= hi) && *w > 0.0 {
                    *w *= OUTSIDE_SUBTREE;
                }
            }
        }
        let run = best_run(&weights[..wall]);
        // Without a run (no prose at all) only a listing column can say what to keep.
        let (mut start, mut end) = run.unwrap_or((0, 0));
        if run.is_some() {
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
            if let Some((lo, hi)) = body_box_range(&blocks[..wall], &weights, start, end) {
                start = start.min(lo);
                end = (hi..=end.max(hi)).rev().find(|&i| !blocks[i].hints().body_boxes.is_empty()).unwrap_or(hi);
            }
        }
        // A page whose best run is a sliver of its main column (a listing, a
        // category page, a shop grid) has no article: its content is the
        // main column itself, link-headed items and all. In HTML the column
        // is an element; in a text dump, the run of lines that are not
        // menu entries or labels.
        let mut listing = false;
        let text_input = doc.input_kind() == crate::document::InputKind::Text;
        let column =
            if text_input { text_column(&features[..wall]) } else { main_column(&blocks[..wall], &features[..wall]) };
        if let Some((lo, hi)) = column {
            let column_words: usize =
                (lo..hi).filter(|&i| features[i].chrome.is_none()).map(|i| features[i].words).sum();
            // The prose run the decision is made on. In a text dump it is
            // found without the lines a listing drops (under
            // TEXT_ITEM_WORDS words) and without paragraph grouping, which
            // the cleaned text does not keep: cleaning the output again
            // must make the same decision.
            let decision_run = if text_input {
                let w: Vec<f64> = (0..wall)
                    .map(|i| match classes[i] {
                        _ if features[i].words < TEXT_ITEM_WORDS => 0.0,
                        Class::Short => -(0.5 * self.short_cost + 0.1 * features[i].words as f64),
                        _ => weights[i],
                    })
                    .collect();
                best_run(&w)
            } else {
                run.map(|_| (start, end))
            };
            let good = |(a, b): (usize, usize)| (a..=b).filter(|&i| classes[i] == Class::Good);
            let run_words: usize = decision_run.map_or(0, |r| good(r).map(|i| features[i].words).sum());
            let good_blocks = decision_run.map_or(0, |r| good(r).count());
            // A dump has no elements to show where its main column ends: a
            // real article run there is an article, however long the
            // headline lists around it.
            let article_like = text_input && good_blocks >= TEXT_ARTICLE_PARAGRAPHS && run_words >= TEXT_ARTICLE_WORDS;
            if (run_words as f64) < LISTING_RUN_SHARE * column_words as f64 && !article_like {
                listing = true;
                start = lo;
                end = hi - 1;
            }
        }
        if run.is_none() && !listing {
            return plan;
        }
        // A text dump has no element boundaries to end the article at; a
        // feed of other stories after it reads as prose. Cut it by topic.
        if !listing && doc.input_kind() == crate::document::InputKind::Text {
            if let Some(l) = lang {
                end = on_topic_end(&blocks, &features, &classes, start, end, l, doc.metadata().title.as_deref());
            }
        }
        // The subheading right above the first paragraph belongs to it (a
        // listing's first item title, an article's first section heading).
        if start > 0 && is_subheading(blocks[start - 1], &features[start - 1]) {
            start -= 1;
        }
        // A short closing sentence ("She smiled.") ends the article even
        // though, alone, it weighs less than nothing.
        while end + 1 < wall && closes_article(&features[end + 1], classes[end + 1]) {
            end += 1;
        }
        let title = self.title_index(doc, &blocks, start);
        for (i, b) in blocks.iter().enumerate() {
            let f = &features[i];
            let inside = (start..=end).contains(&i);
            let keep = if i >= wall {
                false
            } else if inside && listing {
                f.chrome.is_none()
                    && (self.keep_captions || b.kind() != BlockKind::Caption)
                    && (b.hints().tag.is_some() || f.words >= TEXT_ITEM_WORDS)
            } else if inside {
                // Inside the article, a linked heading is a listing's item title.
                let linked_heading = matches!(b.kind(), BlockKind::Heading(_));
                (classes[i] == Class::Good || (f.chrome.is_none() && (f.links <= 0.5 || linked_heading)))
                    && (self.keep_captions || b.kind() != BlockKind::Caption)
            } else {
                Some(i) == title
                    || (self.keep_strong_outside && classes[i] == Class::Good && f.words >= 3 * self.min_words)
                    || (i == end + 1 && crate::rules::is_attribution(b.text()))
            };
            if !keep {
                let rule = match (inside, classes[i]) {
                    _ if i >= wall => "comment-section",
                    (true, _) if b.kind() == BlockKind::Caption => "caption",
                    (true, _) => "chrome-inside-main",
                    (false, Class::Good) => "prose-outside-main",
                    (false, Class::Short) => "short-outside-main",
                    (false, Class::Bad) => "boilerplate-outside-main",
                };
                plan.remove(b.id(), Reason::new(rule).with_evidence(f.evidence()));
            }
        }
        plan
    }
}

impl BlockClassifier {
    /// Index (among live blocks) of the first block that opens a
    /// reader-comment section after at least 40 words of prose;
    /// `blocks.len()` when there is none. Blocks already removed count too:
    /// "3 Comments" is a label that `boilerplate-labels` takes first. Text
    /// input only: in HTML the thread's class names say more, and Q&A pages
    /// put their answers after "comment" links.
    fn comment_wall(&self, doc: &Document, blocks: &[&Block], features: &[Features], classes: &[Class]) -> usize {
        if blocks.iter().any(|b| b.hints().tag.is_some()) {
            return blocks.len();
        }
        let all = doc.all_blocks();
        // A one-word "Comment" button in a toolbar of short labels ("Tweet",
        // "Share", "Comment") is not the start of a thread ("1 Comment" and
        // "View all comments" in a thread's toolbar are).
        let in_toolbar = |k: usize| {
            let p = all[k].paragraph();
            let lo = all[..k].iter().rposition(|b| b.paragraph() != p).map_or(0, |i| i + 1);
            let hi = all[k..].iter().position(|b| b.paragraph() != p).map_or(all.len(), |i| k + i);
            hi - lo >= 3 && all[lo..hi].iter().all(|b| b.words() <= 3)
        };
        let mut prose_words = 0;
        let mut live = 0;
        for (k, b) in all.iter().enumerate() {
            let is_live = live < blocks.len() && blocks[live].id() == b.id();
            if is_live && classes[live] == Class::Good {
                prose_words += features[live].words;
            } else if prose_words >= 40
                && b.words() <= 25
                && (self.comments.find(b.key()).is_some() || COMMENT_HEADER.is_match(b.text()))
                && !(b.words() == 1 && in_toolbar(k))
            {
                return live;
            }
            if is_live {
                live += 1;
            }
        }
        blocks.len()
    }

    /// The title stays when header-chrome found it and only removed blocks
    /// (or nothing) separate it from the main run.
    fn title_index(&self, doc: &Document, blocks: &[&Block], start: usize) -> Option<usize> {
        if !self.keep_title {
            return None;
        }
        let title = doc.metadata().title.as_deref()?;
        let i = blocks[..start].iter().rposition(|b| b.text() == title)?;
        let gap = start - i - 1;
        (gap <= 3 && is_headline_like(blocks[i].text())).then_some(i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn best_run_finds_the_heaviest_segment() {
        assert_eq!(best_run(&[-1.0, 5.0, -2.0, 4.0, -10.0, 3.0]), Some((1, 3)));
        assert_eq!(best_run(&[-1.0, -2.0]), None);
    }

    #[test]
    fn short_blocks_inside_the_article_stay() {
        let p = crate::Pipeline::builder().with(BlockClassifierConfig::default().build().unwrap()).build();
        let page = "Menu\nLogin\n\nThe minister announced the plan on Monday and said it would take effect soon.\n\n\
                    “No.”\n\nOpposition parties said they would fight the measure in parliament next week.\n\nThat was all.";
        let c = p.clean_text(page);
        assert!(c.text().contains("“No.”"));
        assert!(c.text().ends_with("That was all.\n"));
        assert!(!c.text().contains("Login"));
    }

    #[test]
    fn the_article_body_box_is_kept_whole_and_ends_the_article() {
        let p = crate::Pipeline::builder().with(BlockClassifierConfig::default().build().unwrap()).build();
        let prose =
            "<p>The band announced on Tuesday that it would tour the country next summer with its founders.</p>\
                     <p>Tickets go on sale next week, and the first dates are expected to sell out within a day.</p>\
                     <p>The singer said the group had rehearsed for months and would play its old albums in full.</p>\
                     <p>Promoters added more shows in the largest cities after the first announcement drew crowds.</p>";
        let dates: String = (1..=12).map(|d| format!("<p>June {d} – Arena {d}, Springfield</p>")).collect();
        let rail = "<div class='rail'><h5>Another story</h5><p>Readers of this site were also reading a long \
                    story about something else entirely, which ran on the same day.</p></div>";
        let page = format!("<body><div class='entry-content'>{prose}{dates}</div>{rail}</body>");
        let c = p.clean_html(&page);
        assert!(c.text().contains("June 12 – Arena 12"), "{}", c.text());
        assert!(!c.text().contains("also reading"), "{}", c.text());
    }

    #[test]
    fn comments_go_after_an_article_and_stay_on_a_thread_page() {
        let p = crate::Pipeline::builder().with(BlockClassifierConfig::default().build().unwrap()).build();
        let para = |i: usize| {
            format!("<p>Paragraph {i} of the story explains what the company said on Monday about the plan and why it matters to readers.</p>")
        };
        let article: String = (0..8).map(para).collect();
        let comment = |i: usize| {
            format!("<div class='comment'><div class='content'>Reader {i} thinks that the plan is a good idea and that it should have come much sooner than this.</div></div>")
        };
        let thread: String = (0..6).map(comment).collect();
        let c = p.clean_html(&format!("<body><div>{article}</div><div id='comments'>{thread}</div></body>"));
        assert!(c.text().contains("Paragraph 7") && !c.text().contains("Reader 0"), "{}", c.text());
        assert!(c.removals().iter().any(|r| r.evidence.as_deref().is_some_and(|e| e.contains("comment-section"))));
        let c = p.clean_html(&format!("<body><div id='comments'>{thread}</div></body>"));
        assert!(c.text().contains("Reader 0") && c.text().contains("Reader 5"), "{}", c.text());
    }

    #[test]
    fn a_listing_keeps_its_main_column() {
        let p = crate::Pipeline::builder().with(BlockClassifierConfig::default().build().unwrap()).build();
        let item = |i: usize| {
            format!("<li><h3><a href='/p/{i}'>Wool hiking sock model {i}</a></h3><p>Cushioned heel, merino blend, sizes S to XL.</p></li>")
        };
        let items: String = (0..12).map(item).collect();
        let page = format!(
            "<body><nav><a href='/'>Home</a> <a href='/men'>Men</a> <a href='/women'>Women</a></nav>\
             <main><ul class='grid'>{items}</ul></main><footer><a href='/terms'>Terms of service</a></footer></body>"
        );
        let c = p.clean_html(&page);
        for i in [0, 6, 11] {
            assert!(c.text().contains(&format!("Wool hiking sock model {i}")), "{}", c.text());
        }
        assert!(c.text().contains("merino blend") && !c.text().contains("Terms of service"), "{}", c.text());
        assert!(!c.text().contains("Women"), "{}", c.text());
    }

    #[test]
    fn a_comment_button_in_a_share_toolbar_is_not_a_comment_section() {
        let p = crate::Pipeline::builder().with(BlockClassifierConfig::default().build().unwrap()).build();
        let standfirst = "I wanted to learn why a beloved writer fell into obscurity after his death, and what it would \
                          take to bring his books back. I did not expect that the search would take me eighteen months, \
                          or that it would end with his novels back in print.";
        let body: String = (0..6)
            .map(|i| format!("Paragraph {i} of the story follows the writer's friends and family through the years after he died.\n\n"))
            .collect();
        let page = format!("{standfirst}\n\nTweet\nShare\nComment\n\n{body}");
        let c = p.clean_text(&page);
        assert!(c.text().contains("Paragraph 5 of the story"), "{}", c.text());
        // A thread that opens with a count is a comment section.
        let page = format!("{standfirst}\n\n{body}3 Comments\n\nGreat story, thank you for writing it, I had never heard of him before today.");
        let c = p.clean_text(&page);
        assert!(c.text().contains("Paragraph 5") && !c.text().contains("Great story"), "{}", c.text());
    }

    #[test]
    fn a_text_listing_keeps_its_items_and_drops_its_menu() {
        let p = crate::Pipeline::builder().with(BlockClassifierConfig::default().build().unwrap()).build();
        let items: String = (0..12)
            .map(|i| {
                format!("Wool hiking sock model {i} for cold days\nCushioned heel, merino blend, sizes S to XL\n\n")
            })
            .collect();
        let page = format!("Home\nMen\nWomen\nSale\n\n{items}Terms\nPrivacy\nContact us");
        let c = p.clean_text(&page);
        assert!(c.text().contains("model 0 for cold") && c.text().contains("model 11 for cold"), "{}", c.text());
        assert!(!c.text().contains("Women") && !c.text().contains("Privacy"), "{}", c.text());
    }

    #[test]
    fn a_feed_of_other_stories_after_a_text_article_is_cut_by_topic() {
        let p = crate::Pipeline::builder().with(BlockClassifierConfig::default().build().unwrap()).build();
        let article = [
            "The city council voted on Tuesday to build a new bridge across the river, ending years of debate over traffic.",
            "Council members said the bridge would carry buses and bicycles as well as cars, and cut travel times downtown.",
            "Engineers expect construction of the bridge to begin next spring and to take about three years to finish.",
            "Residents near the river told the council they worried about noise from the bridge during construction.",
            "The mayor said the city would publish a plan for the bridge work and hold meetings with residents first.",
            "Funding for the bridge comes from a state transport grant and a bond that voters approved last year.",
        ];
        let feed = [
            ("Local bakery wins national award", "A family bakery on Elm Street took first prize for its sourdough loaves at a baking contest held in Chicago."),
            ("High school team reaches final", "The basketball squad beat its rivals by twelve points and will play for the state championship on Saturday."),
            ("Museum opens dinosaur exhibit", "Children lined up early to see fossil skeletons and a life-size model of a tyrannosaurus at the science museum."),
            ("Farmers market moves indoors", "Vendors selling apples, cheese and honey will gather inside the old train station until the weather warms."),
            ("Library extends weekend hours", "Patrons can borrow novels, films and music on Sundays now that volunteers have agreed to staff the desk."),
        ];
        let mut page = String::from("City votes to build new bridge\n\n");
        for a in article {
            page.push_str(a);
            page.push_str("\n\n");
        }
        page.push_str("More from the city\n\n");
        for (h, b) in feed {
            page.push_str(&format!("{h}\n\n{b}\n\n"));
        }
        let c = p.clean_text(&page);
        assert!(c.text().contains("state transport grant"), "{}", c.text());
        assert!(!c.text().contains("sourdough") && !c.text().contains("volunteers"), "{}", c.text());
    }

    #[test]
    fn teaser_cards_after_an_html_article_go() {
        let p = crate::Pipeline::builder().with(BlockClassifierConfig::default().build().unwrap()).build();
        let para = |i: usize| {
            format!(
                "<p>Paragraph {i} explains what the council decided about the new bridge and why residents care.</p>"
            )
        };
        let article: String = (0..6).map(para).collect();
        let card = |i: usize| {
            format!(
                "<div class='card'><h4><a href='/s/{i}'>Other story number {i} about something else</a></h4>\
                 <p>A short summary of another story that readers might also want to read today, number {i}.</p></div>"
            )
        };
        let cards: String = (0..5).map(card).collect();
        let c = p.clean_html(&format!("<body><div>{article}</div><div class='more'>{cards}</div></body>"));
        assert!(c.text().contains("Paragraph 5"), "{}", c.text());
        assert!(!c.text().contains("A short summary"), "{}", c.text());
        assert!(c.removals().iter().any(|r| r.evidence.as_deref().is_some_and(|e| e.contains("teaser-card"))));
    }

    #[test]
    fn replies_are_content_on_a_page_that_declares_a_discussion() {
        let p = crate::Pipeline::builder().with(BlockClassifierConfig::default().build().unwrap()).build();
        let reply = |i: usize| {
            format!("<div class='comment-body'><p>Reply {i}: I had the same problem with the deploy and fixed it by clearing the build cache first.</p></div>")
        };
        let replies: String = (0..4).map(reply).collect();
        let body = format!(
            "<body><div class='post'><p>My deploy failed this morning without any error message, and I changed nothing in the \
             repository since yesterday. The log stops after the install step. Has anyone seen this?</p></div>{replies}</body>"
        );
        let thread = format!(
            "<html><head><script type='application/ld+json'>{{\"@type\":\"DiscussionForumPosting\"}}</script></head>{body}</html>"
        );
        let c = p.clean_html(&thread);
        assert!(c.text().contains("Reply 0") && c.text().contains("Reply 3"), "{}", c.text());
        // Without the declaration the same class names are chrome.
        let c = p.clean_html(&format!("<html>{body}</html>"));
        assert!(!c.text().contains("Reply 3"), "{}", c.text());
    }

    #[test]
    fn a_text_article_among_long_headline_lists_is_not_a_listing() {
        let p = crate::Pipeline::builder().with(BlockClassifierConfig::default().build().unwrap()).build();
        let headlines: String = (0..60).map(|i| format!("Local news headline number {i} about the town\n")).collect();
        let body: String = (0..10)
            .map(|i| {
                format!(
                    "Paragraph {i} of the report says the shelter found the cat after five years, scanned its \
                     microchip and called the family, who had moved to another state in the meantime.\n\n"
                )
            })
            .collect();
        let c = p.clean_text(&format!("{headlines}\n{body}{headlines}"));
        assert!(c.text().contains("Paragraph 9 of the report"), "{}", c.text());
        assert!(!c.text().contains("headline number 7"), "{}", c.text());
    }

    #[test]
    fn presets_order_their_thresholds() {
        let p = BlockClassifierConfig { preset: Preset::Precision, ..Default::default() }.build().unwrap();
        let r = BlockClassifierConfig { preset: Preset::Recall, ..Default::default() }.build().unwrap();
        assert!(p.min_words > r.min_words && p.min_density > r.min_density);
    }

    #[test]
    fn bad_density_is_a_build_error() {
        let err = BlockClassifierConfig { min_stopword_density: Some(2.0), ..Default::default() }.build().unwrap_err();
        assert_eq!(err.cleaner(), ID);
    }
}
