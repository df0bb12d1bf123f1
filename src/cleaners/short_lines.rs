//! `short-lines`: the precision preset's last cut, short lines that are not
//! sentences.

use serde::{Deserialize, Serialize};

use crate::cleaner::{BlockRule, PerBlock};
use crate::document::{Block, BlockKind};
use crate::edit::Reason;
use crate::error::BuildError;
use crate::shape::ends_sentence;

const ID: &str = "short-lines";

/// Settings of [`ShortLines`].
///
/// # Defaults
/// Lines under 4 words that do not end a sentence; HTML headings stay
/// (`keep_headings`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct ShortLinesConfig {
    /// A line with fewer words than this, not ending a sentence, goes.
    pub min_words: usize,
    /// Whether HTML headings (`h1`-`h6`) stay however short.
    pub keep_headings: bool,
}

impl Default for ShortLinesConfig {
    fn default() -> Self {
        ShortLinesConfig { min_words: 4, keep_headings: true }
    }
}

impl ShortLinesConfig {
    /// Builds the cleaner.
    ///
    /// # Errors
    /// [`BuildError`] when `min_words` is outside 1 to 50.
    pub fn build(&self) -> Result<PerBlock<ShortLines>, BuildError> {
        let min_words = super::phrases::check_range(ID, "min_words", self.min_words, 1..=50, "1 to 50")?;
        Ok(PerBlock::new(ShortLines { min_words, keep_headings: self.keep_headings }))
    }
}

/// Removes what is left of page furniture after the other cleaners: lines
/// of a few words that are not sentences (a price, a button, a tag, a
/// lone date). Not in the default pipeline: headings, list items and table
/// cells of the article are short lines too, so this trades recall for
/// precision (the `precision` preset).
///
/// # Example
/// ```
/// use pagewash::{Pipeline, cleaners::ShortLinesConfig};
/// let p = Pipeline::builder().with(ShortLinesConfig::default().build()?).build();
/// let c = p.clean_text("Add to basket\nThe council approved the budget.\nYes.\n$19.99");
/// assert_eq!(c.text(), "The council approved the budget.\nYes.\n");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct ShortLines {
    min_words: usize,
    keep_headings: bool,
}

impl BlockRule for ShortLines {
    fn id(&self) -> &'static str {
        ID
    }

    fn judge(&self, b: &Block) -> Option<Reason> {
        let heading = matches!(b.kind(), BlockKind::Heading(_));
        (b.words() < self.min_words && !ends_sentence(b.text()) && !(heading && self.keep_headings))
            .then(|| Reason::new("short-line").with_evidence(format!("{} words", b.words())))
    }
}
