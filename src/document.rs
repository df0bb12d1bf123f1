//! The one block model every input becomes.

use serde::{Deserialize, Serialize};

use crate::metadata::Metadata;
use crate::rules::normalize_key;

/// Index of a block inside its [`Document`], stable for the document's life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct BlockId(pub usize);

/// What kind of unit a block is. Text input only knows [`BlockKind::Line`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum BlockKind {
    /// A line of a plain-text dump.
    Line,
    /// A paragraph-like HTML element (`p`, a `div` with direct text, ...).
    Paragraph,
    /// A heading `h1`..`h6`, with its level.
    Heading(u8),
    /// A list item (`li`, `dt`, `dd`).
    ListItem,
    /// A block quotation.
    Quote,
    /// Preformatted text or code.
    Code,
    /// One row of a table, its cells separated by ` | `.
    TableRow,
    /// A figure caption.
    Caption,
}

/// Where a block came from in the input, so every report can point at it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Origin {
    /// Lines of a text input, 1-based and inclusive.
    Lines {
        /// First line.
        first: usize,
        /// Last line.
        last: usize,
    },
    /// An HTML element, as a CSS-like path such as `body>div.story>p[7]`.
    Node {
        /// The element's path.
        path: String,
    },
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Origin::Lines { first, last } if first == last => write!(f, "line {first}"),
            Origin::Lines { first, last } => write!(f, "lines {first}-{last}"),
            Origin::Node { path } => f.write_str(path),
        }
    }
}

/// A structural landmark that encloses a block in an HTML page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Landmark {
    /// `<nav>` or `role=navigation`.
    Nav,
    /// `<header>` or `role=banner`.
    Header,
    /// `<footer>` or `role=contentinfo`.
    Footer,
    /// `<aside>` or `role=complementary`.
    Aside,
    /// `<form>` or `role=search` / `role=form`.
    Form,
}

/// DOM signals of an HTML block; all empty for text input.
///
/// The HTML adapter reads them from the element that holds the block and
/// from its ancestors; cleaners read them through the accessors below.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Hints {
    pub(crate) tag: Option<String>,
    pub(crate) tokens: Vec<String>,
    pub(crate) link_chars: usize,
    pub(crate) landmark: Option<Landmark>,
    pub(crate) in_article: bool,
    pub(crate) in_comments: bool,
    pub(crate) in_cards: bool,
    pub(crate) in_listed_article: bool,
    pub(crate) chrome: Option<ChromeName>,
    pub(crate) standfirst: bool,
    pub(crate) ancestors: Vec<u32>,
    pub(crate) body_boxes: Vec<u32>,
}

impl Hints {
    /// The element's tag name, lower case.
    pub fn tag(&self) -> Option<&str> {
        self.tag.as_deref()
    }
    /// Lower-cased class and id tokens of the block's element (whole names
    /// and their `-`/`_` parts).
    pub fn tokens(&self) -> &[String] {
        &self.tokens
    }
    /// Characters of the block's text that sit inside links.
    pub fn link_chars(&self) -> usize {
        self.link_chars
    }
    /// The nearest enclosing landmark, if any.
    pub fn landmark(&self) -> Option<Landmark> {
        self.landmark
    }
    /// Whether an `<article>`, `<main>` or `articleBody` element encloses the block.
    pub fn in_article(&self) -> bool {
        self.in_article
    }
    /// Whether an element whose class or id names a reader-comment section
    /// (`comments`, `comment-list`, `disqus_thread`) encloses the block, even
    /// where an inner content box cleared [`chrome`](Self::chrome).
    pub fn in_comments(&self) -> bool {
        self.in_comments
    }
    /// Whether the block sits in a teaser card: a small element with a linked
    /// headline that has two or more siblings of the same tag and class
    /// (a "more stories" rail, a product grid, a listing's items).
    pub fn in_cards(&self) -> bool {
        self.in_cards
    }
    /// Whether one of several sibling `<article>` elements (a list of posts
    /// or teasers) encloses the block.
    pub fn in_listed_article(&self) -> bool {
        self.in_listed_article
    }
    /// The nearest enclosing class or id that names page chrome (`sidebar`,
    /// `related-posts`, `share-buttons`, ...), matched on whole `-`/`_`
    /// separated parts, never on substrings. An enclosing `<article>` or
    /// `<main>` nearer than it clears it.
    pub fn chrome(&self) -> Option<&ChromeName> {
        self.chrome.as_ref()
    }
    /// Whether the element's class or id names an article's standfirst, the
    /// summary under its headline (`dek`, `standfirst`, `subhead`).
    pub fn standfirst(&self) -> bool {
        self.standfirst
    }
    /// Ids of the enclosing elements, nearest first (at most 64), numbered in
    /// document order: lets cleaners score whole subtrees.
    pub fn ancestors(&self) -> &[u32] {
        &self.ancestors
    }
    /// Ids of the enclosing elements that name themselves the article's
    /// text box (`itemprop="articleBody"`, classes such as `entry-content`
    /// or `article-body`), nearest first.
    pub fn body_boxes(&self) -> &[u32] {
        &self.body_boxes
    }
}

/// A class or id name that marks page chrome, with what the vocabulary
/// (`rules::class_names`) says of it. The HTML adapter reads it once per
/// block, so no cleaner interprets raw class strings.
///
/// # Example
/// ```
/// use pagewash::Document;
/// let doc = Document::from_html(r#"<div class="comments-area"><p>Great post, thanks!</p></div>"#);
/// let chrome = doc.blocks().next().unwrap().hints().chrome().unwrap();
/// assert_eq!(chrome.name(), "comments-area");
/// assert!(chrome.is_strong() && chrome.is_comment_section() && !chrome.is_overlay());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ChromeName {
    pub(crate) name: String,
    pub(crate) strong: bool,
    pub(crate) overlay: bool,
    pub(crate) comment_section: bool,
    pub(crate) listing_item_part: bool,
}

impl ChromeName {
    /// The class or id name as the page wrote it (`related-posts`), or
    /// `modal` for a dialog element.
    pub fn name(&self) -> &str {
        &self.name
    }
    /// Whether a part of the name always names chrome (`sidebar`, `related`,
    /// `share`), not only beside an article (`meta`, `pagination`).
    pub fn is_strong(&self) -> bool {
        self.strong
    }
    /// Whether the name is a box laid over the page (`cookie-banner`,
    /// `newsletter-modal`): nothing inside one is the article.
    pub fn is_overlay(&self) -> bool {
        self.overlay
    }
    /// Whether the name is a reader-comment section (`comments-area`,
    /// `disqus_thread`).
    pub fn is_comment_section(&self) -> bool {
        self.comment_section
    }
    /// Whether the name is a piece of a listing's item (`teaser`,
    /// `post-meta`): chrome beside an article, the content of a listing page.
    pub fn is_listing_item_part(&self) -> bool {
        self.listing_item_part
    }
}

/// One unit of a page: a line of a text dump or a block element of HTML.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Block {
    id: BlockId,
    text: String,
    #[serde(skip)]
    key: String,
    /// [`word_count`](crate::shape::word_count) of the text, computed once.
    #[serde(skip)]
    words: usize,
    /// Characters of the text, computed once.
    #[serde(skip)]
    chars: usize,
    kind: BlockKind,
    origin: Origin,
    paragraph: usize,
    hints: Hints,
    /// Measures of the text in the page's language, computed on first use.
    #[serde(skip)]
    measures: LangMeasures,
}

/// A block's stopword density and content words in one language,
/// computed once: the classifier reads them on every pass and the deletion
/// guard once more. Always equal, so that it does not change how blocks
/// compare.
#[derive(Debug, Clone, Default)]
struct LangMeasures {
    stopwords: std::sync::OnceLock<(&'static str, Option<f64>)>,
    content_words: std::sync::OnceLock<(&'static str, Vec<u64>)>,
}

impl PartialEq for LangMeasures {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// The measure `cell` keeps for `lang`, computed and kept on first use
/// (`Ok`); computed and not kept (`Err`) when the cell keeps another
/// language's or `lang` has no stoplist.
fn kept<'c, T>(
    cell: &'c std::sync::OnceLock<(&'static str, T)>,
    lang: &str,
    compute: impl FnOnce() -> T,
) -> Result<&'c T, T> {
    if let Some((code, value)) = cell.get() {
        return if *code == lang { Ok(value) } else { Err(compute()) };
    }
    let value = compute();
    let Some(code) = crate::lang::stoplist_code(lang) else { return Err(value) };
    match cell.set((code, value)) {
        Ok(()) => Ok(&cell.get().expect("the cell was set above").1),
        // Set meanwhile (another thread): its language decides.
        Err((_, value)) => match cell.get() {
            Some((code, kept)) if *code == lang => Ok(kept),
            _ => Err(value),
        },
    }
}

impl Block {
    /// Makes a block. `paragraph` numbers groups of blocks that were not
    /// separated by a blank line (text) or share a parent (HTML).
    pub fn new(id: BlockId, text: String, kind: BlockKind, origin: Origin, paragraph: usize) -> Self {
        let key = normalize_key(&text);
        let (words, chars) = (crate::shape::word_count(&text), text.chars().count());
        Block {
            id,
            text,
            key,
            words,
            chars,
            kind,
            origin,
            paragraph,
            hints: Hints::default(),
            measures: LangMeasures::default(),
        }
    }

    /// Adds DOM hints to the block.
    #[must_use]
    pub fn with_hints(mut self, hints: Hints) -> Self {
        self.hints = hints;
        self
    }

    /// The block's id.
    pub fn id(&self) -> BlockId {
        self.id
    }
    /// The block's current text.
    pub fn text(&self) -> &str {
        &self.text
    }
    /// The text lower-cased, trimmed of surrounding punctuation, spaces folded:
    /// what phrase rules match against.
    pub fn key(&self) -> &str {
        &self.key
    }
    /// Words in the text: tokens between white space that hold a letter or
    /// digit, and in scripts without spaces (Chinese, Japanese, Thai) one
    /// per two characters.
    pub fn words(&self) -> usize {
        self.words
    }
    /// [`is_headline_like`](crate::shape::is_headline_like) on the block's
    /// text, with its word count computed once.
    pub(crate) fn is_headline_like(&self) -> bool {
        crate::shape::headline_shaped(self.words, &self.text)
    }
    /// [`stopword_density`](crate::lang::stopword_density) of the text in
    /// `lang`, kept for the next call in the same language.
    ///
    /// # Example
    /// ```
    /// use pagewash::{Block, BlockId, BlockKind, Origin};
    /// let b = Block::new(BlockId(0), "The cat sat on the mat.".into(), BlockKind::Line, Origin::Lines { first: 1, last: 1 }, 0);
    /// assert_eq!(b.stopword_density("en"), Some(0.5));
    /// assert_eq!(b.stopword_density("xx"), None);
    /// ```
    pub fn stopword_density(&self, lang: &str) -> Option<f64> {
        match kept(&self.measures.stopwords, lang, || crate::lang::stopword_density(&self.text, lang)) {
            Ok(density) => *density,
            Err(density) => density,
        }
    }
    /// The text's distinct content words in `lang` (see
    /// `lang::content_words`), kept for the next call in the same language.
    pub(crate) fn content_words(&self, lang: &str) -> std::borrow::Cow<'_, [u64]> {
        match kept(&self.measures.content_words, lang, || crate::lang::content_words(&self.text, lang)) {
            Ok(words) => std::borrow::Cow::Borrowed(words),
            Err(words) => std::borrow::Cow::Owned(words),
        }
    }
    /// The block's kind.
    pub fn kind(&self) -> BlockKind {
        self.kind
    }
    /// Where the block came from.
    pub fn origin(&self) -> &Origin {
        &self.origin
    }
    /// The paragraph group the block belongs to.
    pub fn paragraph(&self) -> usize {
        self.paragraph
    }
    /// DOM hints (empty for text input).
    pub fn hints(&self) -> &Hints {
        &self.hints
    }
    /// Share of the text inside links, 0.0 for text input.
    pub fn link_density(&self) -> f64 {
        if self.chars == 0 {
            0.0
        } else {
            (self.hints.link_chars as f64 / self.chars as f64).min(1.0)
        }
    }

    /// Sets the block's kind (a reader that learns it after the block's
    /// line is read: a dump's table rows).
    pub(crate) fn set_kind(&mut self, kind: BlockKind) {
        self.kind = kind;
    }

    pub(crate) fn hints_mut(&mut self) -> &mut Hints {
        &mut self.hints
    }

    pub(crate) fn set_text(&mut self, text: String) {
        self.key = normalize_key(&text);
        self.words = crate::shape::word_count(&text);
        self.chars = text.chars().count();
        self.measures = LangMeasures::default();
        self.text = text;
    }
}

/// See [`Document::snapshot`].
pub(crate) struct Snapshot {
    metadata: Metadata,
    live: Vec<bool>,
}

/// Which input format a document was made from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum InputKind {
    /// A plain-text dump.
    Text,
    /// An HTML page.
    Html,
}

/// How a text dump is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TextFormat {
    /// Markdown when the text has Markdown links (inline `[text](url)` or
    /// reference links with their definitions), plain otherwise.
    #[default]
    Auto,
    /// Plain text: every character is the page's.
    Plain,
    /// Markdown: link targets, images and formatting marks are markup.
    Markdown,
}

/// A page as a sequence of blocks, plus what the input adapter already knew.
///
/// # Example
/// ```
/// use pagewash::Document;
/// let doc = Document::from_text("Title\n\nFirst paragraph.\nSecond line.");
/// assert_eq!(doc.blocks().count(), 3);
/// assert_eq!(doc.blocks().nth(2).unwrap().paragraph(), 1);
/// ```
#[derive(Debug, Clone)]
pub struct Document {
    blocks: Vec<Block>,
    live: Vec<bool>,
    metadata: Metadata,
    input: InputKind,
    /// The title an HTML page's head declares apart from its text.
    declared_title: Option<String>,
    notes: Vec<String>,
}

impl Document {
    /// Builds a document from blocks made by an input adapter. Block ids are
    /// renumbered to their positions.
    pub fn from_blocks(mut blocks: Vec<Block>, input: InputKind) -> Self {
        for (i, b) in blocks.iter_mut().enumerate() {
            b.id = BlockId(i);
        }
        let live = vec![true; blocks.len()];
        Document { blocks, live, metadata: Metadata::default(), input, declared_title: None, notes: Vec::new() }
    }

    /// The blocks not removed so far, in order.
    pub fn blocks(&self) -> impl Iterator<Item = &Block> + '_ {
        self.blocks.iter().zip(&self.live).filter(|(_, l)| **l).map(|(b, _)| b)
    }

    /// The live blocks collected into a vector, for cleaners that look at neighbours.
    pub fn live_blocks(&self) -> Vec<&Block> {
        self.blocks().collect()
    }

    /// Every block, removed or not, in order.
    pub fn all_blocks(&self) -> &[Block] {
        &self.blocks
    }

    /// Whether a block is still live.
    pub fn is_live(&self, id: BlockId) -> bool {
        self.live.get(id.0).copied().unwrap_or(false)
    }

    /// Metadata known so far (from the input adapter or earlier cleaners).
    pub fn metadata(&self) -> &Metadata {
        &self.metadata
    }

    /// The input format.
    pub fn input_kind(&self) -> InputKind {
        self.input
    }

    /// Notes the input adapter left (for example lossy decoding).
    pub fn notes(&self) -> &[String] {
        &self.notes
    }

    pub(crate) fn metadata_mut(&mut self) -> &mut Metadata {
        &mut self.metadata
    }
    /// The title the page's head declares (`og:title`, JSON-LD, `<title>`
    /// without its site suffix), as opposed to one taken from the text.
    pub(crate) fn declared_title(&self) -> Option<&str> {
        self.declared_title.as_deref()
    }
    pub(crate) fn set_declared_title(&mut self, title: Option<String>) {
        self.declared_title = title;
    }
    pub(crate) fn push_note(&mut self, note: String) {
        self.notes.push(note);
    }
    pub(crate) fn block_mut(&mut self, id: BlockId) -> Option<&mut Block> {
        self.blocks.get_mut(id.0)
    }
    /// What a cleaning run changes besides block texts: the metadata and
    /// which blocks are live (see [`Document::restore`]).
    pub(crate) fn snapshot(&self) -> Snapshot {
        Snapshot { metadata: self.metadata.clone(), live: self.live.clone() }
    }
    /// The document as it was at `snapshot`, before a run that rewrote
    /// blocks, given in order as each block and its text before the
    /// rewrite (set back last first): cheaper than keeping a copy of a
    /// page that is rarely needed again.
    pub(crate) fn restore<'t>(
        &mut self,
        snapshot: Snapshot,
        rewrites: impl DoubleEndedIterator<Item = (BlockId, &'t str)>,
    ) {
        for (id, before) in rewrites.rev() {
            if let Some(b) = self.blocks.get_mut(id.0) {
                b.set_text(before.to_string());
            }
        }
        self.metadata = snapshot.metadata;
        self.live = snapshot.live;
    }
    pub(crate) fn kill(&mut self, id: BlockId) -> bool {
        match self.live.get_mut(id.0) {
            Some(l) if *l => {
                *l = false;
                true
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cleaned_document_restores_to_the_one_it_was() {
        let line = |i: usize, t: &str| {
            Block::new(BlockId(i), t.into(), BlockKind::Line, Origin::Lines { first: i + 1, last: i + 1 }, i)
        };
        let mut d = Document::from_blocks(
            vec![line(0, "Home"), line(1, "The council met on Monday."), line(2, "Share this")],
            InputKind::Text,
        );
        let original = d.clone();
        let snapshot = d.snapshot();
        // Two rewrites of one block and a removal, as a run makes them.
        let rewrites = [(BlockId(1), "The council met on Monday."), (BlockId(1), "The council met.")];
        d.block_mut(BlockId(1)).expect("block").set_text("Met.".into());
        d.kill(BlockId(0));
        d.metadata_mut().title = Some("Changed".into());
        d.restore(snapshot, rewrites.into_iter());
        let texts = |d: &Document| {
            d.blocks().map(|b| (b.id(), b.text().to_string(), b.key().to_string(), b.words())).collect::<Vec<_>>()
        };
        assert_eq!(texts(&d), texts(&original));
        assert_eq!(d.metadata(), original.metadata());
    }

    #[test]
    fn measures_follow_the_text_and_the_language() {
        let mut b = Block::new(
            BlockId(0),
            "The cat sat on the mat.".into(),
            BlockKind::Line,
            Origin::Lines { first: 1, last: 1 },
            0,
        );
        assert_eq!(b.stopword_density("en"), Some(0.5));
        // Another language is measured, not read from the first one's.
        assert_eq!(b.stopword_density("de"), crate::lang::stopword_density("The cat sat on the mat.", "de"));
        assert_eq!(b.stopword_density("en"), Some(0.5));
        let words = b.content_words("en").into_owned();
        assert_eq!(words.len(), 3, "cat, sat, mat");
        assert_eq!(*b.content_words("en"), crate::lang::content_words("The cat sat on the mat.", "en")[..]);
        // A rewritten text is measured again.
        b.set_text("Cat mat hat".into());
        assert_eq!(b.stopword_density("en"), Some(0.0));
        assert_ne!(b.content_words("en").into_owned(), words);
        // The kept measure does not make blocks differ.
        let fresh =
            Block::new(BlockId(0), "Cat mat hat".into(), BlockKind::Line, Origin::Lines { first: 1, last: 1 }, 0);
        assert_eq!(b, fresh);
    }
}
