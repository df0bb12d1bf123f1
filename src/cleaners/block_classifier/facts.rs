//! What the classifier measures of a page before it places the article
//! (stage 1, `BlockClassifier::measure`), read by the later stages.

use super::features::{Class, Features};
use super::Tuning;
use crate::document::{Block, Document};

/// What the classifier knows of a page before it places the article: its
/// live blocks and their measures, all of the same length and order.
pub(super) struct PageFacts<'d> {
    pub doc: &'d Document,
    pub blocks: Vec<&'d Block>,
    pub features: Vec<Features<'d>>,
    pub classes: Vec<Class>,
    /// Each block's weight as evidence of the article (see [`BlockClassifier::weight`]).
    pub weights: Vec<f64>,
    /// The language whose stopwords measure the prose.
    pub lang: Option<&'d str>,
    /// Whether the page is a text dump (no elements to go by).
    pub text_input: bool,
    /// The block of the article's headline, when the page repeats its title.
    pub anchor: Option<usize>,
    /// Where the comment section starts (the number of blocks when none).
    pub wall: usize,
    /// The classifier's thresholds.
    pub tuning: Tuning,
}

impl PageFacts<'_> {
    /// Words of the prose blocks (class [`Class::Good`]) in `range`.
    pub fn prose_words(&self, range: std::ops::Range<usize>) -> usize {
        range.filter(|&i| self.classes[i] == Class::Good).map(|i| self.features[i].words).sum()
    }
}
