//! The built-in cleaners, one per file, each with its `…Config`.
//!
//! Cleaners are named for what they remove. Their ids (kebab-case) appear in
//! configuration and in every removal record.
//!
//! | id | removes |
//! |---|---|
//! | `normalize-unicode` | nothing; rewrites text to NFC, drops invisible characters |
//! | `script-artifacts` | `undefined`, `[object Object]`, "enable JavaScript" |
//! | `boilerplate-labels` | share/ad/read-more labels, counters, cookie, copyright, affiliate and correction notices, gallery captions |
//! | `also-read-links` | "Also read: …headline…" |
//! | `newsletter-blocks` | sign-up headings, prompts, buttons, privacy notes |
//! | `header-chrome` | site name, dateline, byline (into metadata) |
//! | `trailing-chrome` | headline-shaped tail after the article |
//! | `block-classifier` | everything outside the main content (an article, or a listing's main column), by block shape and DOM signals |
//! | `related-teasers` | "Related Stories" heading + headlines + blurbs |
//! | `duplicates` | repeated blocks |
//! | `short-lines` | lines of a few words that are not sentences (the `precision` preset only) |

mod also_read;
// Shared by `block-classifier` and `trailing-chrome`.
mod announced_list;
pub(crate) mod block_classifier;
mod boilerplate_labels;
mod duplicates;
mod header_chrome;
mod newsletter;
mod normalize;
// The phrase-list settings and range checks of the cleaners' configs.
mod phrases;
mod related_teasers;
mod script_artifacts;
mod short_lines;
mod trailing_chrome;

pub use also_read::{AlsoReadLinks, AlsoReadLinksConfig};
pub use block_classifier::{BlockClassifier, BlockClassifierConfig, Preset, Tuning};
pub use boilerplate_labels::{BoilerplateLabels, BoilerplateLabelsConfig};
pub use duplicates::{Duplicates, DuplicatesConfig};
pub use header_chrome::{HeaderChrome, HeaderChromeConfig};
pub use newsletter::{NewsletterBlocks, NewsletterBlocksConfig};
pub use normalize::{NormalForm, NormalizeUnicode, NormalizeUnicodeConfig};
pub use phrases::PhraseConfig;
pub use related_teasers::{RelatedTeasers, RelatedTeasersConfig};
pub use script_artifacts::{ScriptArtifacts, ScriptArtifactsConfig};
pub use short_lines::{ShortLines, ShortLinesConfig};
pub use trailing_chrome::{TrailingChrome, TrailingChromeConfig};

/// The texts `cleaner`, alone in a pipeline, removes from `text` (unit tests).
#[cfg(test)]
fn removed_by(cleaner: impl crate::Cleaner + 'static, text: &str) -> Vec<String> {
    let p = crate::Pipeline::builder().with(cleaner).build();
    p.clean_text(text).removals().iter().map(|r| r.text.clone()).collect()
}
