//! `script-artifacts`: what broken scripts leave in a page.

use serde::{Deserialize, Serialize};

use super::phrases::PhraseConfig;
use crate::cleaner::{BlockRule, PerBlock};
use crate::document::Block;
use crate::edit::Reason;
use crate::error::BuildError;
use crate::rules::{PhraseList, SCRIPT_ARTIFACTS};

/// Settings of [`ScriptArtifacts`].
///
/// # Defaults
/// The built-in list (`undefined`, `null`, `NaN`, `[object Object]`,
/// `true`/`false`, loading placeholders, "enable JavaScript" notices);
/// prefix entries apply to blocks of at most 40 words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct ScriptArtifactsConfig {
    /// Phrases to match.
    pub phrases: PhraseConfig,
    /// Longest block (in words) a prefix entry may remove.
    pub max_words: usize,
}

impl Default for ScriptArtifactsConfig {
    fn default() -> Self {
        ScriptArtifactsConfig { phrases: PhraseConfig::default(), max_words: 40 }
    }
}

impl ScriptArtifactsConfig {
    /// Compiles the phrase list.
    ///
    /// # Errors
    /// A [`BuildError`] for an invalid `re:` entry.
    pub fn build(&self) -> Result<PerBlock<ScriptArtifacts>, BuildError> {
        let list = self.phrases.compile(ID, &[SCRIPT_ARTIFACTS])?;
        Ok(PerBlock::new(ScriptArtifacts { list, max_words: self.max_words }))
    }
}

const ID: &str = "script-artifacts";

/// Removes blocks that are only a JavaScript value, placeholder or notice.
///
/// # Example
/// ```
/// use pagewash::{Pipeline, cleaners::ScriptArtifactsConfig};
/// let p = Pipeline::builder().with(ScriptArtifactsConfig::default().build()?).build();
/// let c = p.clean_text("undefined\n[object Object]\nPlease enable JavaScript to view the comments.\nThe undefined variable was the bug.");
/// assert_eq!(c.text(), "The undefined variable was the bug.\n");
/// assert_eq!(c.removals()[0].rule, "phrase:undefined");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct ScriptArtifacts {
    list: PhraseList,
    max_words: usize,
}

impl BlockRule for ScriptArtifacts {
    fn id(&self) -> &'static str {
        ID
    }

    fn judge(&self, b: &Block) -> Option<Reason> {
        let m = self.list.find_match(b.key())?;
        (!m.is_prefix() || b.words() <= self.max_words).then(|| Reason::new(format!("phrase:{}", m.phrase)))
    }
}

#[cfg(test)]
mod tests {
    use super::ScriptArtifactsConfig;

    #[test]
    fn notices_that_a_widget_needs_javascript_go() {
        let cleaner = ScriptArtifactsConfig::default().build().expect("default builds");
        let text = "This slideshow requires JavaScript.\nThis gallery requires JavaScript to show its photos.\n\
                    The old site required JavaScript, the designers said.";
        let removed = super::super::removed_by(cleaner, text);
        assert_eq!(removed.len(), 2, "{removed:?}");
    }
}
