//! What a cleaner proposes: edits with reasons, and metadata.

use std::borrow::Cow;

use serde::Serialize;

use crate::document::BlockId;
use crate::metadata::Metadata;

/// Why a block was touched: the rule that fired and, optionally, the evidence.
///
/// # Example
/// ```
/// use pagewash::Reason;
/// let r = Reason::new("phrase:share this").with_evidence("whole block");
/// assert_eq!(r.to_string(), "phrase:share this (whole block)");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reason {
    /// A short, stable rule name such as `phrase:also read` or `dateline`.
    pub rule: Cow<'static, str>,
    /// What the rule saw, for humans (`short=3w stopwords=0.05`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
}

impl Reason {
    /// A reason naming a rule.
    pub fn new(rule: impl Into<Cow<'static, str>>) -> Self {
        Reason { rule: rule.into(), evidence: None }
    }
    /// Adds the evidence the rule saw.
    #[must_use]
    pub fn with_evidence(mut self, evidence: impl Into<String>) -> Self {
        self.evidence = Some(evidence.into());
        self
    }
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.rule)?;
        if let Some(e) = &self.evidence {
            write!(f, " ({e})")?;
        }
        Ok(())
    }
}

/// What to do with a block.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Action {
    /// Drop the whole block.
    Remove,
    /// Replace the block's text (normalisation). An empty text removes it.
    Replace(String),
}

/// One proposed change to one block, with its reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    /// The block to change.
    pub block: BlockId,
    /// What to do.
    pub action: Action,
    /// Why.
    pub reason: Reason,
}

/// Everything one cleaner proposes for one document.
///
/// # Example
/// ```
/// use pagewash::{BlockId, Plan, Reason};
/// let mut plan = Plan::new();
/// plan.remove(BlockId(0), Reason::new("label"));
/// plan.metadata_mut().title = Some("Title".into());
/// assert_eq!(plan.edits().len(), 1);
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Plan {
    edits: Vec<Edit>,
    metadata: Metadata,
    /// One bit per block id planned for removal, so that [`Plan::removes`]
    /// is a lookup, not a scan of the edits (cleaners ask it in loops).
    removed: Vec<u64>,
}

impl Plan {
    /// An empty plan.
    pub fn new() -> Self {
        Plan::default()
    }
    /// Proposes removing a block.
    pub fn remove(&mut self, block: BlockId, reason: Reason) {
        self.mark_removed(block);
        self.edits.push(Edit { block, action: Action::Remove, reason });
    }
    fn mark_removed(&mut self, block: BlockId) {
        let (word, bit) = (block.0 / 64, block.0 % 64);
        if self.removed.len() <= word {
            self.removed.resize(word + 1, 0);
        }
        self.removed[word] |= 1 << bit;
    }
    /// Proposes replacing a block's text.
    pub fn replace(&mut self, block: BlockId, text: String, reason: Reason) {
        self.edits.push(Edit { block, action: Action::Replace(text), reason });
    }
    /// The proposed edits.
    pub fn edits(&self) -> &[Edit] {
        &self.edits
    }
    /// Metadata the cleaner found.
    pub fn metadata(&self) -> &Metadata {
        &self.metadata
    }
    /// Metadata the cleaner found, to fill in.
    pub fn metadata_mut(&mut self) -> &mut Metadata {
        &mut self.metadata
    }
    /// Whether a block is already planned for removal.
    pub fn removes(&self, block: BlockId) -> bool {
        self.removed.get(block.0 / 64).is_some_and(|w| w & (1 << (block.0 % 64)) != 0)
    }
    pub(crate) fn into_parts(self) -> (Vec<Edit>, Metadata) {
        (self.edits, self.metadata)
    }
}

impl From<Vec<Edit>> for Plan {
    fn from(edits: Vec<Edit>) -> Self {
        let mut plan = Plan { edits: Vec::new(), metadata: Metadata::default(), removed: Vec::new() };
        for e in &edits {
            if e.action == Action::Remove {
                plan.mark_removed(e.block);
            }
        }
        plan.edits = edits;
        plan
    }
}
