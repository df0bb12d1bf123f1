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
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Hints {
    /// The element's tag name, lower case.
    pub tag: Option<String>,
    /// Lower-cased class and id tokens of the block's element (whole names and
    /// their `-`/`_` parts).
    pub tokens: Vec<String>,
    /// Characters of the block's text that sit inside links.
    pub link_chars: usize,
    /// The nearest enclosing landmark, if any.
    pub landmark: Option<Landmark>,
    /// Whether an `<article>`, `<main>` or `articleBody` element encloses the block.
    pub in_article: bool,
    /// Whether an element whose class or id names a reader-comment section
    /// (`comments`, `comment-list`, `disqus_thread`) encloses the block, even
    /// where an inner content box cleared [`chrome_class`](Self::chrome_class).
    pub in_comments: bool,
    /// Whether the block sits in a teaser card: a small element with a linked
    /// headline that has two or more siblings of the same tag and class
    /// (a "more stories" rail, a product grid, a listing's items).
    pub in_cards: bool,
    /// Whether one of several sibling `<article>` elements (a list of posts
    /// or teasers) encloses the block.
    pub in_listed_article: bool,
    /// The nearest enclosing class or id that names page chrome (`sidebar`,
    /// `related-posts`, `share-buttons`, ...), matched on whole `-`/`_`
    /// separated parts, never on substrings. An enclosing `<article>` or
    /// `<main>` nearer than it clears it.
    pub chrome_class: Option<String>,
    /// Ids of the enclosing elements, nearest first (at most 64), numbered in
    /// document order: lets cleaners score whole subtrees.
    pub ancestors: Vec<u32>,
    /// Ids of the enclosing elements that name themselves the article's
    /// text box (`itemprop="articleBody"`, classes such as `entry-content`
    /// or `article-body`), nearest first.
    pub body_boxes: Vec<u32>,
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
}

impl Block {
    /// Makes a block. `paragraph` numbers groups of blocks that were not
    /// separated by a blank line (text) or share a parent (HTML).
    pub fn new(id: BlockId, text: String, kind: BlockKind, origin: Origin, paragraph: usize) -> Self {
        let key = normalize_key(&text);
        let (words, chars) = (crate::shape::word_count(&text), text.chars().count());
        Block { id, text, key, words, chars, kind, origin, paragraph, hints: Hints::default() }
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
    /// Words in the text, as [`word_count`](crate::shape::word_count)
    /// counts them (scripts without spaces: one per two characters).
    pub fn words(&self) -> usize {
        self.words
    }
    /// [`is_headline_like`](crate::shape::is_headline_like) on the block's
    /// text, with its word count computed once.
    pub(crate) fn is_headline_like(&self) -> bool {
        crate::shape::headline_shaped(self.words, &self.text)
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

    pub(crate) fn hints_mut(&mut self) -> &mut Hints {
        &mut self.hints
    }

    pub(crate) fn set_text(&mut self, text: String) {
        self.key = normalize_key(&text);
        self.words = crate::shape::word_count(&text);
        self.chars = text.chars().count();
        self.text = text;
    }
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
    /// Markdown when the text has Markdown links
    /// ([`looks_like_markdown`](crate::input::markdown::looks_like_markdown)), plain otherwise.
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
