//! Errors from building a pipeline or reading input.

use thiserror::Error;

/// Building a pipeline from configuration failed; the message names the
/// cleaner and the offending value.
///
/// # Example
/// ```
/// use pagewash::{Config, CleanerConfig, cleaners::BoilerplateLabelsConfig};
/// let mut labels = BoilerplateLabelsConfig::default();
/// labels.extra_phrases.push("re:unclosed (".into());
/// let mut config = Config::default();
/// config.cleaners = vec![CleanerConfig::BoilerplateLabels(labels)];
/// let err = config.build().unwrap_err();
/// assert_eq!(err.cleaner(), "boilerplate-labels");
/// assert!(err.to_string().contains("unclosed ("));
/// ```
#[derive(Debug, Error)]
#[error(transparent)]
pub struct BuildError(Box<ErrorKind>);

#[derive(Debug, Error)]
enum ErrorKind {
    #[error("cleaner `{cleaner}`: invalid phrase or pattern {pattern:?}: {source}")]
    Pattern {
        cleaner: &'static str,
        pattern: String,
        #[source]
        source: regex::Error,
    },
    #[error("cleaner `{cleaner}`: invalid phrase {phrase:?}: {reason}")]
    Phrase { cleaner: &'static str, phrase: String, reason: &'static str },
    #[error("cleaner `{cleaner}`: `{setting}` = {value} is out of range: {expected}")]
    Setting { cleaner: &'static str, setting: &'static str, value: String, expected: &'static str },
    #[error("cannot place cleaner `{cleaner}` next to `{missing}`: the pipeline has no cleaner with that id")]
    NoSuchCleaner { cleaner: &'static str, missing: String },
}

impl BuildError {
    pub(crate) fn pattern(cleaner: &'static str, pattern: &str, source: regex::Error) -> Self {
        BuildError(Box::new(ErrorKind::Pattern { cleaner, pattern: pattern.to_string(), source }))
    }
    pub(crate) fn phrase(cleaner: &'static str, phrase: &str, reason: &'static str) -> Self {
        BuildError(Box::new(ErrorKind::Phrase { cleaner, phrase: phrase.to_string(), reason }))
    }
    pub(crate) fn setting(
        cleaner: &'static str,
        setting: &'static str,
        value: impl ToString,
        expected: &'static str,
    ) -> Self {
        BuildError(Box::new(ErrorKind::Setting { cleaner, setting, value: value.to_string(), expected }))
    }
    pub(crate) fn no_such_cleaner(cleaner: &'static str, missing: &str) -> Self {
        BuildError(Box::new(ErrorKind::NoSuchCleaner { cleaner, missing: missing.to_string() }))
    }
    /// The id of the cleaner whose configuration (or placement) is wrong.
    pub fn cleaner(&self) -> &'static str {
        match &*self.0 {
            ErrorKind::Pattern { cleaner, .. }
            | ErrorKind::Phrase { cleaner, .. }
            | ErrorKind::Setting { cleaner, .. }
            | ErrorKind::NoSuchCleaner { cleaner, .. } => cleaner,
        }
    }
    /// The offending value (pattern or setting value, or the id that no
    /// cleaner has).
    pub fn value(&self) -> &str {
        match &*self.0 {
            ErrorKind::Pattern { pattern, .. } => pattern,
            ErrorKind::Phrase { phrase, .. } => phrase,
            ErrorKind::Setting { value, .. } => value,
            ErrorKind::NoSuchCleaner { missing, .. } => missing,
        }
    }
}

/// Input that cannot be cleaned under the configured limits.
///
/// # Example
/// ```
/// use pagewash::{InputError, Pipeline};
/// let p = Pipeline::builder().max_input_bytes(10).build();
/// let err = p.try_clean_text("this input is longer than ten bytes").unwrap_err();
/// assert!(matches!(err, InputError::TooLarge { limit: 10, .. }));
/// ```
#[derive(Debug, Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum InputError {
    /// The input is larger than the pipeline's `max_input_bytes`.
    #[error("input is {size} bytes, over the limit of {limit} bytes; raise it with PipelineBuilder::max_input_bytes")]
    TooLarge {
        /// Size of the input.
        size: usize,
        /// The configured limit.
        limit: usize,
    },
    /// The HTML has more elements than the pipeline's `max_html_elements`.
    #[error("HTML has at least {count} elements, over the limit of {limit}; raise it with PipelineBuilder::max_html_elements")]
    TooManyElements {
        /// Elements counted (start tags), up to the first one over the limit.
        count: usize,
        /// The configured limit.
        limit: usize,
    },
    /// The day given as [`Page::now`](crate::Page::now) is not an ISO 8601
    /// date the calendar has.
    #[error(
        "`now` is {value:?}, not a date: give an ISO 8601 date or date-time such as 2026-12-07 or 2026-12-07T04:06:35Z"
    )]
    InvalidNow {
        /// The value given.
        value: String,
    },
}
