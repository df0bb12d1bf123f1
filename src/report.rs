//! What happened: the kept text, metadata and one record per removed piece.

use std::fmt;

use serde::Serialize;

use crate::document::{BlockId, BlockKind, InputKind, Origin};
use crate::metadata::Metadata;

/// One removed block: which cleaner, which rule, what text, where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Removal {
    /// Id of the cleaner that removed it.
    pub cleaner: &'static str,
    /// The rule that fired.
    pub rule: String,
    /// What the rule saw, if it said.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
    /// The removed text.
    pub text: String,
    /// The block's id.
    pub block: BlockId,
    /// Where the block was in the input.
    pub location: Origin,
}

/// One block whose text a cleaner changed (normalisation), before and after.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Rewrite {
    /// Id of the cleaner that changed it.
    pub cleaner: &'static str,
    /// The rule that fired.
    pub rule: String,
    /// The text before.
    pub before: String,
    /// The text after.
    pub after: String,
    /// The block's id.
    pub block: BlockId,
    /// Where the block was in the input.
    pub location: Origin,
}

/// A block that survived cleaning.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct KeptBlock {
    /// The block's id.
    pub block: BlockId,
    /// What kind of block it is (heading, list item, ...).
    pub kind: BlockKind,
    /// Its final text.
    pub text: String,
    /// Where it was in the input.
    pub location: Origin,
}

/// The result of cleaning one page.
///
/// Kept blocks plus removed blocks account for every block of the input.
///
/// # Example
/// ```
/// let cleaned = pagewash::Pipeline::default().clean_text(
///     "A sentence that is the article, and it goes on.\n\nShare This");
/// assert_eq!(cleaned.text(), "A sentence that is the article, and it goes on.\n");
/// assert_eq!(cleaned.removals()[0].text, "Share This");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cleaned {
    pub(crate) text: String,
    pub(crate) metadata: Metadata,
    pub(crate) input: InputKind,
    pub(crate) removals: Vec<Removal>,
    pub(crate) rewrites: Vec<Rewrite>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) notes: Vec<String>,
    #[serde(skip)]
    pub(crate) kept: Vec<KeptBlock>,
}

impl Cleaned {
    /// The kept text: paragraphs separated by one blank line, the kept lines
    /// of one paragraph of a text dump by a newline (as the dump had them),
    /// one trailing newline (empty when nothing was kept). Cleaning it again
    /// sees the same paragraphs.
    pub fn text(&self) -> &str {
        &self.text
    }
    /// Metadata extracted from the page.
    pub fn metadata(&self) -> &Metadata {
        &self.metadata
    }
    /// The input format.
    pub fn input_kind(&self) -> InputKind {
        self.input
    }
    /// One record per removed block, in the order cleaners removed them.
    pub fn removals(&self) -> &[Removal] {
        &self.removals
    }
    /// Blocks whose text was changed but kept.
    pub fn rewrites(&self) -> &[Rewrite] {
        &self.rewrites
    }
    /// The kept blocks, in input order.
    pub fn kept(&self) -> &[KeptBlock] {
        &self.kept
    }
    /// Notes about the input (for example that invalid UTF-8 was replaced).
    pub fn notes(&self) -> &[String] {
        &self.notes
    }
    /// The kept text as CommonMark: headings as `#`, runs of list items as
    /// one `-` list, quotes as `>`, code fenced (with a fence longer than
    /// any backtick run in it), table rows as a GFM table (the first row
    /// the header, `|` in cells escaped); the title (if kept first) as `#`.
    /// Characters that Markdown would read as markup (`*`, `[`, `<`, a
    /// leading `#` or `1.`) are escaped, so the text reads back unchanged.
    ///
    /// # Example
    /// ```
    /// let c = pagewash::Pipeline::default().clean_html(
    ///     "<article><h1>A Title Here Today</h1><p>One sentence of the article, long enough to count.</p>\
    ///      <ul><li>first item</li></ul><p>Another sentence of the article, long enough to count.</p></article>");
    /// assert_eq!(c.markdown(), "# A Title Here Today\n\nOne sentence of the article, long enough to count.\n\n- first item\n\nAnother sentence of the article, long enough to count.\n");
    /// ```
    pub fn markdown(&self) -> String {
        let pieces: Vec<crate::markdown_out::Piece<'_>> =
            self.kept.iter().map(|k| crate::markdown_out::Piece { kind: k.kind, text: &k.text }).collect();
        crate::markdown_out::write(&pieces, self.metadata.title.as_deref())
    }

    /// Consumes the result, returning the text.
    pub fn into_text(self) -> String {
        self.text
    }
    /// A human-readable view: every block in input order, kept ones plain and
    /// removed ones marked with their cleaner and rule.
    pub fn explain(&self) -> Explain<'_> {
        Explain(self)
    }
}

/// A removed block's text as the explain view quotes it: as it reads, with
/// quotes, backslashes and control characters escaped (no Rust escapes
/// for letters or spaces of other scripts).
struct Quoted<'a>(&'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use fmt::Write;
        for c in self.0.chars() {
            match c {
                '"' => f.write_str("\\\"")?,
                '\\' => f.write_str("\\\\")?,
                '\n' => f.write_str("\\n")?,
                '\t' => f.write_str("\\t")?,
                c if c.is_control() => write!(f, "\\u{{{:x}}}", c as u32)?,
                c => f.write_char(c)?,
            }
        }
        Ok(())
    }
}

/// Display adapter returned by [`Cleaned::explain`].
#[derive(Debug)]
pub struct Explain<'a>(&'a Cleaned);

enum Line<'a> {
    Kept(&'a KeptBlock),
    Removed(&'a Removal),
}

impl fmt::Display for Explain<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let c = self.0;
        let mut lines: Vec<(BlockId, Line<'_>)> = c.kept.iter().map(|k| (k.block, Line::Kept(k))).collect();
        lines.extend(c.removals.iter().map(|r| (r.block, Line::Removed(r))));
        lines.sort_by_key(|(id, _)| *id);
        for (_, line) in lines {
            match line {
                Line::Kept(k) => writeln!(f, "  {}", k.text)?,
                Line::Removed(r) => {
                    write!(f, "- [{}] {} \"{}\" at {}", r.cleaner, r.rule, Quoted(&r.text), r.location)?;
                    if let Some(e) = &r.evidence {
                        write!(f, " ({e})")?;
                    }
                    writeln!(f)?;
                }
            }
        }
        Ok(())
    }
}
