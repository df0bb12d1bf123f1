//! Serde configuration: data in, a validated [`Pipeline`] out.

use serde::{Deserialize, Serialize};

use crate::cleaner::Cleaner;
use crate::cleaners::*;
use crate::error::BuildError;
use crate::pipeline::{Pipeline, PipelineBuilder};

/// A pipeline as data: the cleaners to run, in order, with their settings.
///
/// `Config::default()` *is* the default pipeline. The library picks no file
/// format; deserialize it from JSON, TOML or anything serde reads.
///
/// # Example
/// ```
/// use pagewash::Config;
/// let json = r#"{"cleaners": [
///     {"kind": "boilerplate-labels", "phrases": {"extra": ["buy the print edition"]}},
///     {"kind": "duplicates", "min_chars": 20}
/// ]}"#;
/// let pipeline = serde_json::from_str::<Config>(json)?.build()?;
/// assert_eq!(pipeline.cleaner_ids(), ["boilerplate-labels", "duplicates"]);
/// let cleaned = pipeline.clean_text("Buy the print edition\n\nA sentence that stays.");
/// assert_eq!(cleaned.text(), "A sentence that stays.\n");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Config {
    /// The cleaners, in the order they run.
    pub cleaners: Vec<CleanerConfig>,
    /// How text input is read: `auto` (default), `plain` or `markdown`.
    #[serde(default)]
    pub text_format: crate::TextFormat,
    /// Whether the deletion guard runs (default `true`; see
    /// [`crate::PipelineBuilder::deletion_guard`]).
    #[serde(default = "yes")]
    pub deletion_guard: bool,
    /// Inputs larger than this many bytes are refused (default: no limit;
    /// see [`crate::PipelineBuilder::max_input_bytes`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_input_bytes: Option<usize>,
    /// HTML with more start tags than this is refused (default: no limit;
    /// see [`crate::PipelineBuilder::max_html_elements`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_html_elements: Option<usize>,
}

fn yes() -> bool {
    true
}

/// One cleaner's configuration, tagged by its id in `kind`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum CleanerConfig {
    /// [`NormalizeUnicode`].
    NormalizeUnicode(NormalizeUnicodeConfig),
    /// [`ScriptArtifacts`].
    ScriptArtifacts(ScriptArtifactsConfig),
    /// [`BoilerplateLabels`].
    BoilerplateLabels(BoilerplateLabelsConfig),
    /// [`AlsoReadLinks`].
    AlsoReadLinks(AlsoReadLinksConfig),
    /// [`NewsletterBlocks`].
    NewsletterBlocks(NewsletterBlocksConfig),
    /// [`HeaderChrome`].
    HeaderChrome(HeaderChromeConfig),
    /// [`BlockClassifier`].
    BlockClassifier(BlockClassifierConfig),
    /// [`TrailingChrome`].
    TrailingChrome(TrailingChromeConfig),
    /// [`RelatedTeasers`].
    RelatedTeasers(RelatedTeasersConfig),
    /// [`Duplicates`].
    Duplicates(DuplicatesConfig),
    /// [`ShortLines`].
    ShortLines(ShortLinesConfig),
}

impl CleanerConfig {
    /// Compiles and validates this cleaner.
    ///
    /// # Errors
    /// A [`BuildError`] naming the cleaner and the bad value.
    pub fn build(&self) -> Result<Box<dyn Cleaner>, BuildError> {
        Ok(match self {
            CleanerConfig::NormalizeUnicode(c) => Box::new(c.build()?),
            CleanerConfig::ScriptArtifacts(c) => Box::new(c.build()?),
            CleanerConfig::BoilerplateLabels(c) => Box::new(c.build()?),
            CleanerConfig::AlsoReadLinks(c) => Box::new(c.build()?),
            CleanerConfig::NewsletterBlocks(c) => Box::new(c.build()?),
            CleanerConfig::HeaderChrome(c) => Box::new(c.build()?),
            CleanerConfig::BlockClassifier(c) => Box::new(c.build()?),
            CleanerConfig::TrailingChrome(c) => Box::new(c.build()?),
            CleanerConfig::RelatedTeasers(c) => Box::new(c.build()?),
            CleanerConfig::Duplicates(c) => Box::new(c.build()?),
            CleanerConfig::ShortLines(c) => Box::new(c.build()?),
        })
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            cleaners: vec![
                CleanerConfig::NormalizeUnicode(NormalizeUnicodeConfig::default()),
                CleanerConfig::ScriptArtifacts(ScriptArtifactsConfig::default()),
                CleanerConfig::BoilerplateLabels(BoilerplateLabelsConfig::default()),
                CleanerConfig::AlsoReadLinks(AlsoReadLinksConfig::default()),
                CleanerConfig::NewsletterBlocks(NewsletterBlocksConfig::default()),
                CleanerConfig::HeaderChrome(HeaderChromeConfig::default()),
                CleanerConfig::TrailingChrome(TrailingChromeConfig::default()),
                CleanerConfig::BlockClassifier(BlockClassifierConfig::default()),
                CleanerConfig::RelatedTeasers(RelatedTeasersConfig::default()),
                CleanerConfig::Duplicates(DuplicatesConfig::default()),
            ],
            text_format: crate::TextFormat::Auto,
            deletion_guard: true,
            max_input_bytes: None,
            max_html_elements: None,
        }
    }
}

impl Config {
    /// The configuration of a preset: `balanced` is [`Config::default`];
    /// `precision` raises the classifier's prose thresholds and ends with
    /// [`ShortLines`] (lines under 6 words that are not sentences go);
    /// `recall` lowers them, keeps captions and strong prose outside the
    /// main run, and leaves out the cleaners that cut by position after the
    /// article (`trailing-chrome`, `related-teasers`) and `duplicates`.
    /// The README's table gives what each one gains and costs on the dev pages.
    ///
    /// # Example
    /// ```
    /// use pagewash::{cleaners::Preset, Config};
    /// let ids = Config::preset(Preset::Precision).build()?.cleaner_ids();
    /// assert_eq!(ids.last(), Some(&"short-lines"));
    /// let ids = Config::preset(Preset::Recall).build()?.cleaner_ids();
    /// assert!(!ids.contains(&"related-teasers"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn preset(preset: Preset) -> Config {
        let mut config = Config::default().with_classifier_preset(preset);
        match preset {
            Preset::Balanced => {}
            Preset::Precision => {
                config.cleaners.push(CleanerConfig::ShortLines(ShortLinesConfig { min_words: 6, keep_headings: true }));
            }
            Preset::Recall => {
                config = config.without("trailing-chrome").without("related-teasers").without("duplicates");
                for c in &mut config.cleaners {
                    if let CleanerConfig::BlockClassifier(b) = c {
                        b.keep_captions = true;
                    }
                }
            }
        }
        config
    }

    /// Sets the block classifier's preset (its thresholds only; see
    /// [`Config::preset`] for the whole pipeline's).
    #[must_use]
    pub fn with_classifier_preset(mut self, preset: Preset) -> Self {
        for c in &mut self.cleaners {
            if let CleanerConfig::BlockClassifier(b) = c {
                b.preset = preset;
            }
        }
        self
    }

    /// Compiles every cleaner, in order, into a pipeline.
    ///
    /// # Errors
    /// The first [`BuildError`], naming the cleaner and the bad value.
    pub fn build(&self) -> Result<Pipeline, BuildError> {
        self.builder().map(PipelineBuilder::build)
    }

    /// A builder holding every compiled cleaner, in order, to set the
    /// pipeline's input limits before building it.
    ///
    /// # Errors
    /// The first [`BuildError`], naming the cleaner and the bad value.
    ///
    /// # Example
    /// ```
    /// let p = pagewash::Config::default().builder()?.max_input_bytes(1 << 20).build();
    /// assert!(p.try_clean_text(&"x".repeat(2 << 20)).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn builder(&self) -> Result<PipelineBuilder, BuildError> {
        let mut builder = Pipeline::builder().text_format(self.text_format).deletion_guard(self.deletion_guard);
        if let Some(bytes) = self.max_input_bytes {
            builder = builder.max_input_bytes(bytes);
        }
        if let Some(elements) = self.max_html_elements {
            builder = builder.max_html_elements(elements);
        }
        for c in &self.cleaners {
            builder = builder.with_boxed(c.build()?);
        }
        Ok(builder)
    }

    /// [`Config::builder`], taking the configuration: to add cleaners of
    /// your own to a configured pipeline.
    ///
    /// # Errors
    /// A [`BuildError`] as [`Config::build`] gives.
    ///
    /// # Example
    /// ```
    /// use pagewash::{cleaner_fn, Config, Plan, Reason};
    /// let config: Config = serde_json::from_str(r#"{"cleaners": [{"kind": "script-artifacts"}], "max_input_bytes": 100000}"#)?;
    /// let drop_todo = cleaner_fn("drop-todo", |doc| {
    ///     let mut plan = Plan::new();
    ///     for b in doc.blocks().filter(|b| b.text().starts_with("TODO")) {
    ///         plan.remove(b.id(), Reason::new("todo"));
    ///     }
    ///     plan
    /// });
    /// let pipeline = config.into_builder()?.insert_before("script-artifacts", drop_todo)?.build();
    /// assert_eq!(pipeline.cleaner_ids(), ["drop-todo", "script-artifacts"]);
    /// assert!(pipeline.try_clean_text(&"x".repeat(100_001)).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn into_builder(self) -> Result<PipelineBuilder, BuildError> {
        self.builder()
    }

    /// Drops the cleaner with this id, if present.
    ///
    /// # Example
    /// ```
    /// let p = pagewash::Config::default().without("duplicates").build()?;
    /// assert!(!p.cleaner_ids().contains(&"duplicates"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn without(mut self, id: &str) -> Self {
        self.cleaners.retain(|c| c.id() != id);
        self
    }
}

impl CleanerConfig {
    /// The id of the cleaner this configures.
    pub fn id(&self) -> &'static str {
        match self {
            CleanerConfig::NormalizeUnicode(_) => "normalize-unicode",
            CleanerConfig::ScriptArtifacts(_) => "script-artifacts",
            CleanerConfig::BoilerplateLabels(_) => "boilerplate-labels",
            CleanerConfig::AlsoReadLinks(_) => "also-read-links",
            CleanerConfig::NewsletterBlocks(_) => "newsletter-blocks",
            CleanerConfig::HeaderChrome(_) => "header-chrome",
            CleanerConfig::BlockClassifier(_) => "block-classifier",
            CleanerConfig::TrailingChrome(_) => "trailing-chrome",
            CleanerConfig::RelatedTeasers(_) => "related-teasers",
            CleanerConfig::Duplicates(_) => "duplicates",
            CleanerConfig::ShortLines(_) => "short-lines",
        }
    }
}
