//! The phrase settings every phrase-based cleaner shares.

use serde::{Deserialize, Serialize};

use crate::error::BuildError;
use crate::rules::PhraseList;

/// Which phrases a cleaner matches: its built-in lists and/or your own.
///
/// Entries use the [phrase-list syntax](crate::rules): `phrase`, `prefix *`
/// or `re:regex`.
///
/// # Example
/// ```
/// use pagewash::cleaners::PhraseConfig;
/// let p: PhraseConfig = serde_json::from_str(r#"{"extra": ["buy the print edition"]}"#)?;
/// assert!(p.builtin);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct PhraseConfig {
    /// Use the built-in lists (default `true`).
    pub builtin: bool,
    /// Extra entries.
    pub extra: Vec<String>,
}

impl Default for PhraseConfig {
    fn default() -> Self {
        PhraseConfig { builtin: true, extra: Vec::new() }
    }
}

impl PhraseConfig {
    pub(crate) fn compile(&self, cleaner: &'static str, builtin: &[&str]) -> Result<PhraseList, BuildError> {
        let lists = if self.builtin { builtin } else { &[] };
        PhraseList::combine(cleaner, lists, &self.extra)
    }
}

/// Checks that a setting lies in a range, naming it in the error.
pub(crate) fn check_range<T: PartialOrd + ToString>(
    cleaner: &'static str,
    setting: &'static str,
    value: T,
    range: std::ops::RangeInclusive<T>,
    expected: &'static str,
) -> Result<T, BuildError> {
    if range.contains(&value) {
        Ok(value)
    } else {
        Err(BuildError::setting(cleaner, setting, value, expected))
    }
}
