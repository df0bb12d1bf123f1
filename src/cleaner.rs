//! The `Cleaner` trait and adapters.

use std::fmt;
use std::sync::Arc;

use crate::document::Document;
use crate::edit::Plan;

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
    FnCleaner { id, f }
}
