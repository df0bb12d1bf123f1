//! `duplicates`: blocks repeated inside one document.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::cleaner::Cleaner;
use crate::document::Document;
use crate::edit::{Plan, Reason};
use crate::error::BuildError;

const ID: &str = "duplicates";

/// Settings of [`Duplicates`].
///
/// # Defaults
/// Blocks whose key is at least 12 characters long; shorter repeats
/// (interview speaker labels, `* * *` separators) stay.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DuplicatesConfig {
    /// Shortest key (in characters) considered.
    pub min_chars: usize,
}

impl Default for DuplicatesConfig {
    fn default() -> Self {
        DuplicatesConfig { min_chars: 12 }
    }
}

impl DuplicatesConfig {
    /// Builds the cleaner.
    ///
    /// # Errors
    /// Never fails today.
    pub fn build(&self) -> Result<Duplicates, BuildError> {
        Ok(Duplicates { min_chars: self.min_chars })
    }
}

/// Keeps the first occurrence of a block and removes later identical ones
/// (compared case-insensitively, ignoring surrounding punctuation).
///
/// # Example
/// ```
/// use pagewash::{Pipeline, cleaners::DuplicatesConfig};
/// let p = Pipeline::builder().with(DuplicatesConfig::default().build()?).build();
/// let c = p.clean_text("The same paragraph twice.\nThe same paragraph twice.");
/// assert_eq!(c.text(), "The same paragraph twice.\n");
/// assert_eq!(c.removals()[0].rule, "repeat");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Duplicates {
    min_chars: usize,
}

impl Cleaner for Duplicates {
    fn id(&self) -> &'static str {
        ID
    }

    /// Judges each block by the blocks before it, whose removal cannot add
    /// a repeat, so one pass suffices.
    fn depends_on_context(&self) -> bool {
        false
    }

    fn plan(&self, doc: &Document) -> Plan {
        let mut plan = Plan::new();
        let mut seen: HashMap<&str, &crate::Block> = HashMap::new();
        for b in doc.blocks() {
            if b.key().chars().count() < self.min_chars {
                continue;
            }
            match seen.get(b.key()) {
                Some(first) => {
                    plan.remove(b.id(), Reason::new("repeat").with_evidence(format!("first at {}", first.origin())));
                }
                None => {
                    seen.insert(b.key(), b);
                }
            }
        }
        plan
    }
}
