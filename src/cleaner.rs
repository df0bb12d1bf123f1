//! The `Cleaner` trait and adapters.

use std::fmt;
use std::sync::Arc;

use crate::document::{Block, Document};
use crate::edit::{Plan, Reason};

/// A pass that reads a [`Document`] and proposes edits.
///
/// Cleaners are pure: they never mutate the document. The [`crate::Pipeline`]
/// applies each plan before the next cleaner runs, so later cleaners only see
/// blocks that are still live.
///
/// # Example
/// ```
/// use pagewash::{Cleaner, Document, Plan, Reason, Pipeline};
///
/// #[derive(Debug)]
/// struct DropShouting;
/// impl Cleaner for DropShouting {
///     fn id(&self) -> &'static str { "drop-shouting" }
///     fn plan(&self, doc: &Document) -> Plan {
///         let mut plan = Plan::new();
///         for b in doc.blocks() {
///             if b.text().chars().any(char::is_alphabetic)
///                 && !b.text().chars().any(char::is_lowercase) {
///                 plan.remove(b.id(), Reason::new("all-caps"));
///             }
///         }
///         plan
///     }
/// }
/// let p = Pipeline::builder().with(DropShouting).build();
/// assert_eq!(p.clean_text("BUY NOW\n\nA calm sentence.").text(), "A calm sentence.\n");
/// ```
pub trait Cleaner: fmt::Debug + Send + Sync {
    /// A stable kebab-case id, used in configuration and reports.
    fn id(&self) -> &'static str;
    /// Reads the document and proposes edits.
    fn plan(&self, doc: &Document) -> Plan;

    /// Whether a block's fate can depend on other blocks (neighbours,
    /// position, what was removed). The pipeline repeats only such cleaners
    /// until nothing changes; a cleaner that judges each block by its own
    /// text alone can return `false` and runs once. Defaults to `true`,
    /// which is always correct.
    fn depends_on_context(&self) -> bool {
        true
    }
}

impl<C: Cleaner + ?Sized> Cleaner for &C {
    fn id(&self) -> &'static str {
        (**self).id()
    }
    fn plan(&self, doc: &Document) -> Plan {
        (**self).plan(doc)
    }
    fn depends_on_context(&self) -> bool {
        (**self).depends_on_context()
    }
}

impl<C: Cleaner + ?Sized> Cleaner for Box<C> {
    fn id(&self) -> &'static str {
        (**self).id()
    }
    fn plan(&self, doc: &Document) -> Plan {
        (**self).plan(doc)
    }
    fn depends_on_context(&self) -> bool {
        (**self).depends_on_context()
    }
}

impl<C: Cleaner + ?Sized> Cleaner for Arc<C> {
    fn id(&self) -> &'static str {
        (**self).id()
    }
    fn plan(&self, doc: &Document) -> Plan {
        (**self).plan(doc)
    }
    fn depends_on_context(&self) -> bool {
        (**self).depends_on_context()
    }
}

/// A cleaner made from a closure; see [`cleaner_fn`].
pub struct FnCleaner<F> {
    id: &'static str,
    f: F,
    context_free: bool,
}

impl<F> FnCleaner<F> {
    /// Declares that the closure judges each block by its own text alone,
    /// so the pipeline runs it once instead of repeating it until nothing
    /// changes (see [`Cleaner::depends_on_context`]). For a rule that
    /// really is per block, [`block_rule_fn`] makes this true by
    /// construction.
    pub fn context_free(mut self) -> Self {
        self.context_free = true;
        self
    }
}

impl<F> fmt::Debug for FnCleaner<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FnCleaner").field("id", &self.id).finish_non_exhaustive()
    }
}

impl<F, P> Cleaner for FnCleaner<F>
where
    F: Fn(&Document) -> P + Send + Sync,
    P: Into<Plan>,
{
    fn id(&self) -> &'static str {
        self.id
    }
    fn plan(&self, doc: &Document) -> Plan {
        (self.f)(doc).into()
    }
    fn depends_on_context(&self) -> bool {
        !self.context_free
    }
}

/// Wraps a closure as a cleaner.
///
/// # Example
/// ```
/// use pagewash::{cleaner_fn, Plan, Reason, Pipeline};
/// let no_prices = cleaner_fn("no-prices", |doc| {
///     let mut plan = Plan::new();
///     for b in doc.blocks().filter(|b| b.text().starts_with('$')) {
///         plan.remove(b.id(), Reason::new("price-line"));
///     }
///     plan
/// });
/// let p = Pipeline::builder().with(no_prices).build();
/// let cleaned = p.clean_text("$9.99\n\nThe text stays.");
/// assert_eq!(cleaned.text(), "The text stays.\n");
/// assert_eq!(cleaned.removals()[0].cleaner, "no-prices");
/// ```
pub fn cleaner_fn<F, P>(id: &'static str, f: F) -> FnCleaner<F>
where
    F: Fn(&Document) -> P + Send + Sync,
    P: Into<Plan>,
{
    FnCleaner { id, f, context_free: false }
}

/// A rule that judges one block at a time, by the block alone: its text,
/// kind and [`Hints`](crate::Hints). Wrapped in [`PerBlock`], it is a
/// [`Cleaner`] that runs once, since no block's fate can depend on another.
///
/// # Example
/// ```
/// use pagewash::{Block, BlockRule, PerBlock, Pipeline, Reason};
///
/// #[derive(Debug)]
/// struct Prices;
/// impl BlockRule for Prices {
///     fn id(&self) -> &'static str { "prices" }
///     fn judge(&self, block: &Block) -> Option<Reason> {
///         block.text().starts_with('$').then(|| Reason::new("price-line"))
///     }
/// }
/// let p = Pipeline::builder().with(PerBlock::new(Prices)).build();
/// assert_eq!(p.clean_text("$9.99\n\nThe text stays.").text(), "The text stays.\n");
/// ```
pub trait BlockRule: fmt::Debug + Send + Sync {
    /// A stable kebab-case id, used in configuration and reports.
    fn id(&self) -> &'static str;
    /// Why the block should go, or `None` to keep it.
    fn judge(&self, block: &Block) -> Option<Reason>;
}

/// The [`Cleaner`] of a [`BlockRule`]: the rule's verdict on every live
/// block, in one pass.
#[derive(Debug, Clone)]
pub struct PerBlock<R>(R);

impl<R: BlockRule> PerBlock<R> {
    /// Wraps a rule as a cleaner.
    pub fn new(rule: R) -> Self {
        PerBlock(rule)
    }
    /// The wrapped rule.
    pub fn rule(&self) -> &R {
        &self.0
    }
}

impl<R: BlockRule> Cleaner for PerBlock<R> {
    fn id(&self) -> &'static str {
        self.0.id()
    }
    fn plan(&self, doc: &Document) -> Plan {
        let mut plan = Plan::new();
        for b in doc.blocks() {
            if let Some(reason) = self.0.judge(b) {
                plan.remove(b.id(), reason);
            }
        }
        plan
    }
    /// A rule sees one block, so nothing another cleaner removes can change
    /// its verdicts.
    fn depends_on_context(&self) -> bool {
        false
    }
}

/// A [`BlockRule`] made from a closure; see [`block_rule_fn`].
pub struct FnBlockRule<F> {
    id: &'static str,
    f: F,
}

impl<F> fmt::Debug for FnBlockRule<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FnBlockRule").field("id", &self.id).finish_non_exhaustive()
    }
}

impl<F> BlockRule for FnBlockRule<F>
where
    F: Fn(&Block) -> Option<Reason> + Send + Sync,
{
    fn id(&self) -> &'static str {
        self.id
    }
    fn judge(&self, block: &Block) -> Option<Reason> {
        (self.f)(block)
    }
}

/// Wraps a closure that judges one block as a cleaner that runs once.
///
/// # Example
/// ```
/// use pagewash::{block_rule_fn, Pipeline, Reason};
/// let no_prices = block_rule_fn("no-prices", |b| b.text().starts_with('$').then(|| Reason::new("price-line")));
/// let cleaned = Pipeline::builder().with(no_prices).build().clean_text("$9.99\n\nThe text stays.");
/// assert_eq!(cleaned.text(), "The text stays.\n");
/// assert_eq!(cleaned.removals()[0].rule, "price-line");
/// ```
pub fn block_rule_fn<F>(id: &'static str, f: F) -> PerBlock<FnBlockRule<F>>
where
    F: Fn(&Block) -> Option<Reason> + Send + Sync,
{
    PerBlock(FnBlockRule { id, f })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Pipeline;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// How often a counting cleaner runs behind one that removes a block per pass.
    fn runs_behind_a_remover(context_free: bool) -> usize {
        let calls = Arc::new(AtomicUsize::new(0));
        let seen = Arc::clone(&calls);
        let first_goes = cleaner_fn("first-goes", |doc: &Document| {
            let mut plan = Plan::new();
            if let Some(b) = doc.blocks().next().filter(|b| b.text().starts_with("menu")) {
                plan.remove(b.id(), Reason::new("menu"));
            }
            plan
        });
        let counter = cleaner_fn("counter", move |_: &Document| {
            seen.fetch_add(1, Ordering::Relaxed);
            Plan::new()
        });
        let counter = if context_free { counter.context_free() } else { counter };
        let p = Pipeline::builder().with(first_goes).with(counter).build();
        assert_eq!(p.clean_text("menu a\nmenu b\nThe story.").text(), "The story.\n");
        calls.load(Ordering::Relaxed)
    }

    #[test]
    fn a_context_free_closure_runs_once() {
        assert_eq!(runs_behind_a_remover(true), 1);
        assert!(runs_behind_a_remover(false) > 1);
    }

    #[test]
    fn a_block_rule_judges_every_live_block_once() {
        let rule = block_rule_fn("shouting", |b| b.text().ends_with('!').then(|| Reason::new("shouting")));
        assert!(!rule.depends_on_context());
        let cleaned = Pipeline::builder().with(rule).build().clean_text("Buy now!\nThe story.\nAct fast!");
        let rules: Vec<&str> = cleaned.removals().iter().map(|r| r.rule.as_str()).collect();
        assert_eq!((cleaned.text(), rules), ("The story.\n", vec!["shouting", "shouting"]));
    }
}
