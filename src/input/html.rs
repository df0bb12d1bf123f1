//! HTML pages: block-level elements into blocks, with DOM hints.
//!
//! The tree is walked iteratively (no recursion, so 100,000 nested elements
//! cannot overflow the stack). What is never content is skipped: `script`,
//! `style`, `noscript` (unless it carries the page, see
//! [`noscript`](super::noscript)), `template`, `svg`, `iframe`, form controls, and
//! elements hidden by `hidden`, `aria-hidden="true"` or inline
//! `display:none` / `visibility:hidden` — except streamed server-rendering
//! segments (`<div hidden id="S:1">`), which a script shows in place of
//! their placeholder (`<template id="B:1">`) and which are walked there, and
//! the boxes a reader opens or pages through: accordion and tab panels, FAQ
//! answers, panels a button's `aria-controls` names, and a carousel's
//! slides. A page whose text all sits in one hidden wrapper (hidden until
//! a script has loaded, `<div style="visibility:hidden">` around the whole
//! page) is walked again with that wrapper shown, and a note says so.
//! Text between block boundaries becomes one block; inline elements
//! never remove spaces, and links, times and skipped elements part words.

use ego_tree::iter::Edge;
use scraper::{Html, Node};

use super::attrs::{skipped, WalkedAttrs, HIDE_MIN_DEPTH};
use crate::document::{Block, BlockId, BlockKind, Document, Hints, InputKind, Landmark, Origin};
use crate::fast_hash::FastMap;
use crate::rules::class_names::NameFlags;

/// Most class/id tokens a block keeps from its element.
const MAX_TOKENS: usize = 48;

/// Whether an element's text is a link's or source code's, not text a
/// hidden box would show as its own (see [`Walker::hiding`]).
fn is_link_or_code(tag: &str) -> bool {
    tag == "a" || super::attrs::never_content(tag)
}

/// Most distinct class/id names whose classification the walker caches.
const MAX_CACHED_NAMES: usize = 1024;

/// Most ids named by `aria-controls` that the walker keeps: the set is
/// filled by the page, so it is capped (see `fast_hash`).
const MAX_CONTROLLED_IDS: usize = 1024;

/// Parses an HTML page into a document with metadata from its head.
pub fn parse(html: &str) -> Document {
    let retitled = super::title_repair::close_runaway_title(html);
    let html = retitled.as_ref().map_or(html, |(fixed, _)| fixed.as_str());
    let unwrapped = super::noscript::unwrap_large(html);
    let html = unwrapped.as_deref().unwrap_or(html);
    let flattened = super::depth_guard::flatten_deep(html, super::depth_guard::DEFAULT_MAX_DEPTH);
    let page = Html::parse_document(flattened.as_deref().unwrap_or(html));
    let streamed = super::streamed::has_streamed_segment_id(html);
    let walked = Walker::default().walk(&page, streamed);
    // A page whose text sits in one hidden wrapper (`visibility:hidden`
    // until a script has loaded, a "loading" state) is that wrapper's. Both
    // sides are measured without link text (menus, shown or folded).
    let shown: usize = walked.blocks.iter().map(|b| b.text().len().saturating_sub(b.hints().link_chars())).sum();
    let loading =
        walked.largest_hidden.filter(|&(_, bytes)| bytes >= LOADING_MIN_BYTES && bytes > LOADING_SHARE * shown);
    let blocks = match loading {
        Some((wrapper, _)) => Walker { unhide: Some(wrapper), ..Walker::default() }.walk(&page, streamed).blocks,
        None => walked.blocks,
    };
    let mut doc = Document::from_blocks(blocks, InputKind::Html);
    if loading.is_some() {
        doc.push_note(
            "the page's text is all in one hidden element (a page hidden until a script has loaded); it was read as shown"
                .to_string(),
        );
    }
    if flattened.is_some() {
        doc.push_note(format!(
            "HTML nested deeper than {} elements was flattened before parsing (as browsers do); no text was dropped",
            super::depth_guard::DEFAULT_MAX_DEPTH
        ));
    }
    if let Some((_, at)) = &retitled {
        doc.push_note(format!(
            "the page's <title> was never closed and ran on into the page's markup; it was closed at byte {at} \
             (the end of its first line or its first tag) so that the body could be read"
        ));
    }
    let (meta, declared_title, meta_notes) = super::html_meta::extract(&page);
    for note in meta_notes {
        doc.push_note(note);
    }
    doc.metadata_mut().fill_from(meta);
    doc.set_declared_title(declared_title);
    doc
}

struct Frame<'a> {
    node: u32,
    el: &'a scraper::node::Element,
    /// The element's `class` attribute ("" without one): read from the
    /// attribute, as scraper's own class list interns every name.
    class: &'a str,
    id: Option<&'a str>,
    /// The nearest enclosing class or id that names chrome (see `rules::class_names`).
    chrome: Option<&'a str>,
    landmark: Option<Landmark>,
    article: bool,
    /// The element is the box of the article's text (`itemprop=articleBody`,
    /// `entry-content`, ...).
    body_box: bool,
    /// The element is or sits in a reader-comment section.
    comments: bool,
    /// The element is or sits in one of several sibling `<article>`s inside
    /// a chrome-named list.
    in_list: bool,
    /// The element is or sits in one of several sibling `<article>`s.
    listed: bool,
    /// The element is or sits in a box laid over the page (a consent
    /// dialog, a pop-up): nothing inside it is content.
    overlay: bool,
    block: bool,
    index: usize,
    children: usize,
    link: bool,
    /// The element is or sits in a link to another page (an `href` that is
    /// not empty, a fragment or a script).
    page_link: bool,
    pre: bool,
}

/// What an element's own names say (see `Walker::own_names`).
#[derive(Default)]
struct OwnNames<'a> {
    body_box: bool,
    content_box: bool,
    comments: bool,
    overlay: bool,
    /// The first chrome name, or `modal` for a dialog.
    chrome: Option<&'a str>,
}

#[derive(Default)]
struct Walker<'a> {
    stack: Vec<Frame<'a>>,
    blocks: Vec<Block>,
    buf: String,
    link_chars: usize,
    /// Characters of the block so far inside links to other pages.
    page_link_chars: usize,
    /// Per block: whether it reads as a teaser's linked headline (for
    /// [`mark_cards`](super::cards::mark_cards)).
    titles: Vec<bool>,
    paragraph: usize,
    skip: Option<ego_tree::NodeId>,
    nodes: u32,
    /// A link or a time opened or closed, or a hidden element skipped,
    /// since the last text: adjacent links are separate words
    /// (`<a>Share</a><a>Tweet</a>` is not "ShareTweet"), and so are a
    /// name and the date after it (`<span>Ann Lee</span><time>Mar 6</time>`).
    link_edge: bool,
    names: FastMap<&'a str, NameFlags>,
    /// Per element (index = node id - 1): its parent's node id and a hash of
    /// its tag and first class, to find runs of same-shaped siblings.
    shapes: Vec<(u32, Option<u64>)>,
    /// Streamed server-rendering segments (`<div hidden id="S:n">`) not yet
    /// walked, by `n`, in page order (std's seeded hasher: the page picks
    /// the keys).
    segments: std::collections::HashMap<&'a str, std::collections::VecDeque<ego_tree::NodeRef<'a, Node>>>,
    /// Segments already walked at their placeholders, skipped where they are.
    walked_segments: std::collections::HashSet<ego_tree::NodeId>,
    /// Segments being walked at their placeholders, one inside the other.
    segment_depth: usize,
    /// Ids named by `aria-controls` so far (at most [`MAX_CONTROLLED_IDS`]):
    /// panels that a button opens.
    controlled: crate::fast_hash::FastSet<&'a str>,
    /// The element being skipped for being hidden (not for its tag), and
    /// the bytes of text in it so far.
    hiding: Option<(ego_tree::NodeId, usize)>,
    /// Links, scripts and styles open inside the hidden element: their
    /// text is not counted.
    hidden_links: usize,
    /// The hidden element with the most text skipped so far, and its bytes.
    largest_hidden: Option<(ego_tree::NodeId, usize)>,
    /// An element walked although hidden: the page's wrapper, hidden while
    /// a script loads (see [`parse`]).
    unhide: Option<ego_tree::NodeId>,
}

/// What a walk gives: the blocks, and the hidden element that held the
/// most text with its bytes.
struct Walked {
    blocks: Vec<Block>,
    largest_hidden: Option<(ego_tree::NodeId, usize)>,
}

/// Bytes of text a hidden element must hold to be read as the page's own
/// wrapper hidden while loading, when [`LOADING_SHARE`] holds too.
const LOADING_MIN_BYTES: usize = 500;

/// How many times more text than the rest of the page the hidden element
/// must hold: the page shows (next to) nothing without it.
const LOADING_SHARE: usize = 4;

/// Most streamed segments walked one inside the other at their
/// placeholders; deeper ones are walked where they are (the walk stays
/// iterative but for this bounded nesting).
const MAX_SEGMENT_DEPTH: usize = 16;

impl<'a> Walker<'a> {
    fn walk(mut self, page: &'a Html, streamed: bool) -> Walked {
        if streamed {
            for (n, node, _) in super::streamed::streamed_segments(page) {
                self.segments.entry(n).or_default().push_back(node);
            }
        }
        self.walk_from(page.tree.root());
        self.flush();
        super::cards::mark_cards(&mut self.blocks, &self.titles, &self.shapes);
        Walked { blocks: self.blocks, largest_hidden: self.largest_hidden }
    }

    /// Walks the subtree of `root`; a streamed segment's placeholder
    /// (`<template id="B:1">`) walks the segment (`<div hidden id="S:1">`)
    /// in its place, where the browser shows it.
    fn walk_from(&mut self, root: ego_tree::NodeRef<'a, Node>) {
        for edge in root.traverse() {
            match edge {
                Edge::Open(node) => {
                    if self.skip.is_some() {
                        // A hidden element's text as a reader would see it
                        // shown, less its links (a folded menu is links):
                        // not its scripts' and styles' source.
                        if let Some((_, bytes)) = self.hiding.as_mut() {
                            match node.value() {
                                Node::Text(t) if self.hidden_links == 0 => *bytes += t.trim().len(),
                                Node::Element(e) if is_link_or_code(e.name()) => self.hidden_links += 1,
                                _ => {}
                            }
                        }
                        continue;
                    }
                    match node.value() {
                        Node::Element(el) => {
                            let mut attrs = WalkedAttrs::of(el);
                            attrs.listed = el.name() == "article" && has_article_sibling(node);
                            if attrs.streamed && node != root && self.walked_segments.contains(&node.id()) {
                                self.skip = Some(node.id());
                                continue;
                            }
                            if self.segment_depth < MAX_SEGMENT_DEPTH {
                                if let Some(segment) = self.placeholder_segment(el) {
                                    self.segment_depth += 1;
                                    self.walk_from(segment);
                                    self.segment_depth -= 1;
                                }
                            }
                            // A panel that a button before it opens (the ARIA
                            // disclosure pattern) is the page's, folded or not.
                            if let Some(ids) = attrs.controls {
                                let room = MAX_CONTROLLED_IDS.saturating_sub(self.controlled.len());
                                self.controlled.extend(ids.split_ascii_whitespace().take(room));
                            }
                            // A generic hiding class on a page's outer wrapper is
                            // a loading state a script lifts, not a hidden box.
                            let hidden = Some(node.id()) != self.unhide
                                && (skipped(el, &attrs, &self.controlled)
                                    || (attrs.hide_class && self.stack.len() >= HIDE_MIN_DEPTH));
                            if hidden {
                                if !super::attrs::never_content(el.name()) {
                                    self.hiding = Some((node.id(), 0));
                                }
                                self.skip = Some(node.id());
                                // What it held stood between the words around it.
                                self.link_edge = true;
                                continue;
                            }
                            self.open(el, &attrs);
                        }
                        Node::Text(t) => self.text(t),
                        _ => {}
                    }
                }
                Edge::Close(node) => {
                    if let Some(id) = self.skip {
                        if self.hiding.is_some() && node.value().as_element().is_some_and(|e| is_link_or_code(e.name()))
                        {
                            self.hidden_links = self.hidden_links.saturating_sub(1);
                        }
                        if id == node.id() {
                            self.skip = None;
                            self.hidden_links = 0;
                            // A wrapper hidden while the page loads is a box
                            // of the layout; a folded list or table is a
                            // detail of the page.
                            let wrapper = node
                                .value()
                                .as_element()
                                .is_some_and(|e| matches!(e.name(), "div" | "main" | "section" | "article" | "span"));
                            if let Some((hid, bytes)) = self.hiding.take().filter(|_| wrapper) {
                                if self.largest_hidden.is_none_or(|(_, most)| bytes > most) {
                                    self.largest_hidden = Some((hid, bytes));
                                }
                            }
                        }
                        continue;
                    }
                    if node.value().is_element() && node.value().as_element().is_some_and(|e| e.name() != "br") {
                        self.close();
                    }
                }
            }
        }
    }

    /// The streamed segment a `<template id="B:n">` placeholder stands for,
    /// marked as walked; `None` for any other element or a segment already walked.
    fn placeholder_segment(&mut self, el: &scraper::node::Element) -> Option<ego_tree::NodeRef<'a, Node>> {
        if self.segments.is_empty() || el.name() != "template" {
            return None;
        }
        let n = el.id()?.strip_prefix("B:")?;
        let segment = self.segments.get_mut(n)?.pop_front()?;
        self.walked_segments.insert(segment.id());
        Some(segment)
    }

    fn open(&mut self, el: &'a scraper::node::Element, attrs: &WalkedAttrs<'a>) {
        let tag = el.name();
        if tag == "br" {
            self.flush();
            return;
        }
        let block = is_block(tag);
        if block {
            self.flush();
        } else if matches!(tag, "td" | "th") && !self.buf.trim().is_empty() {
            self.buf.push_str(" | ");
        }
        if word_edge(tag) {
            self.link_edge = true;
        }
        let OwnNames { body_box, content_box, comments: own_comments, overlay: own_overlay, chrome: own_chrome } =
            self.own_names(tag, attrs);
        let role = attrs.role;
        let parent = self.stack.last();
        let inherited = parent.and_then(|p| p.chrome);
        // A content box inside a consent dialog or pop-up is the dialog's text.
        let in_overlay = parent.is_some_and(|p| p.overlay);
        // Class names on `<body>` and `<html>` describe the page's state
        // (`consent-management-enabled`), not a box on it.
        let overlay = in_overlay || (own_overlay && !matches!(tag, "body" | "html"));
        let landmark = landmark_of(tag, role).or(parent.and_then(|p| p.landmark));
        let item_body = attrs.article_body;
        let starts_article = matches!(tag, "article" | "main") || matches!(role, Some("main" | "article")) || item_body;
        let body_box = body_box || item_body;
        let comments = own_comments || parent.is_some_and(|p| p.comments);
        let article = parent.is_some_and(|p| p.article) || starts_article;
        // One of several sibling `<article>`s is a teaser in a list: neither
        // it nor a content box inside it (`post-list-article__text`) clears
        // the chrome name of the list around it.
        let listed = parent.is_some_and(|p| p.listed) || attrs.listed;
        let in_list = parent.is_some_and(|p| p.in_list) || (attrs.listed && inherited.is_some());
        let clears = (starts_article || content_box) && !in_list;
        let chrome = if clears && !in_overlay {
            None
        } else if matches!(tag, "body" | "html") {
            inherited
        } else {
            own_chrome.or(inherited)
        };
        let index = parent.map_or(0, |p| p.children);
        let link = tag == "a" || parent.is_some_and(|p| p.link);
        let page_link = (tag == "a" && attrs.href.is_some_and(links_a_page)) || parent.is_some_and(|p| p.page_link);
        let pre = tag == "pre" || parent.is_some_and(|p| p.pre);
        if let Some(p) = self.stack.last_mut() {
            p.children += 1;
        }
        self.nodes = self.nodes.saturating_add(1);
        let node = self.nodes;
        let parent_node = self.stack.last().map_or(0, |p| p.node);
        self.shapes.push((parent_node, super::cards::shape_of(tag, attrs.class.split_ascii_whitespace().next())));
        self.stack.push(Frame {
            node,
            el,
            class: attrs.class,
            id: attrs.id,
            chrome,
            landmark,
            article,
            body_box,
            comments,
            in_list,
            listed,
            overlay,
            block,
            index,
            children: 0,
            link,
            page_link,
            pre,
        });
    }

    /// What an element's own class and id names (and its dialog role) say
    /// about it.
    fn own_names(&mut self, tag: &str, attrs: &WalkedAttrs<'a>) -> OwnNames<'a> {
        let mut own = OwnNames::default();
        for name in attrs.class.split_ascii_whitespace().chain(attrs.id) {
            let f = self.name_flags(name);
            own.body_box |= f.article_body;
            own.content_box |= f.content_box;
            own.comments |= f.comments;
            own.overlay |= f.overlay;
            // A heading that calls itself a header is a heading, and a table
            // that does (`wikitable sticky-header`) names its header row.
            let names_heading = f.header_only
                && matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "table" | "thead" | "tr" | "th" | "caption");
            if own.chrome.is_none() && f.chrome.is_some() && !names_heading {
                own.chrome = Some(name);
            }
        }
        // A dialog (`role=dialog`, `aria-modal=true`) is an overlay whatever
        // its class names; it counts as a `modal` class name. (A class part
        // "dialog" is no such sign: Drupal wraps whole pages in
        // `dialog-off-canvas-main-canvas`.)
        if own.chrome.is_none() && (matches!(attrs.role, Some("dialog" | "alertdialog")) || attrs.modal) {
            own.chrome = Some("modal");
            own.overlay = true;
        }
        own
    }

    /// What a class or id name says, from a per-page cache (pages repeat
    /// their class names on every card and paragraph). The cache is capped:
    /// a page cannot make it grow without bound.
    fn name_flags(&mut self, name: &'a str) -> NameFlags {
        if let Some(f) = self.names.get(name) {
            return *f;
        }
        let f = NameFlags::of(name);
        if self.names.len() < MAX_CACHED_NAMES {
            self.names.insert(name, f);
        }
        f
    }

    fn close(&mut self) {
        if self.stack.last().is_some_and(|f| f.block) {
            self.flush();
        }
        if self.stack.last().is_some_and(|f| word_edge(f.el.name())) {
            self.link_edge = true;
        }
        self.stack.pop();
    }

    fn text(&mut self, t: &scraper::node::Text) {
        let pre = self.stack.last().is_some_and(|f| f.pre);
        if std::mem::take(&mut self.link_edge)
            && self.buf.chars().next_back().is_some_and(char::is_alphanumeric)
            && t.chars().next().is_some_and(char::is_alphanumeric)
        {
            self.buf.push(' ');
        }
        let before = self.buf.len();
        if pre {
            self.buf.push_str(t);
        } else {
            let ends_space = self.buf.ends_with(' ');
            let mut space = t.starts_with(char::is_whitespace) && !ends_space && !self.buf.is_empty();
            for word in t.split_whitespace() {
                if space {
                    self.buf.push(' ');
                }
                self.buf.push_str(word);
                space = true;
            }
            if t.ends_with(char::is_whitespace) && !self.buf.is_empty() && !self.buf.ends_with(' ') {
                self.buf.push(' ');
            }
        }
        if let Some(top) = self.stack.last().filter(|f| f.link) {
            let n = self.buf[before..].chars().count();
            self.link_chars += n;
            if top.page_link {
                self.page_link_chars += n;
            }
        }
    }

    fn flush(&mut self) {
        let text = self.buf.trim();
        if text.is_empty() {
            self.buf.clear();
            self.link_chars = 0;
            self.page_link_chars = 0;
            return;
        }
        let text = text.to_string();
        let chars = text.chars().count();
        let link_chars = self.link_chars.min(chars);
        let page_link_chars = std::mem::take(&mut self.page_link_chars);
        self.buf.clear();
        self.link_chars = 0;
        let owner = self.stack.iter().rposition(|f| f.block).map(|i| &self.stack[i]);
        let owner_tag = owner.map(|f| f.el.name());
        let tokens: Vec<String> = owner
            .map(|f| f.class.split_ascii_whitespace().chain(f.id).flat_map(split_token).take(MAX_TOKENS).collect())
            .unwrap_or_default();
        let kind = match owner_tag.map_or(BlockKind::Paragraph, kind_of) {
            // `<p class="wp-caption-text">`, `<div class="image-caption">`.
            BlockKind::Paragraph if tokens.iter().any(|t| t == "caption") => BlockKind::Caption,
            kind => kind,
        };
        let top = self.stack.last();
        let standfirst = crate::rules::class_names::names_standfirst(&tokens);
        let hints = Hints {
            tag: owner_tag.map(str::to_string),
            tokens,
            link_chars,
            landmark: top.and_then(|f| f.landmark),
            in_article: top.is_some_and(|f| f.article),
            in_comments: top.is_some_and(|f| f.comments),
            in_cards: false,
            in_listed_article: top.is_some_and(|f| f.listed),
            chrome: top.and_then(|f| f.chrome).map(crate::document::ChromeName::read),
            standfirst,
            ancestors: self.stack.iter().rev().take(64).map(|f| f.node).collect(),
            body_boxes: self.stack.iter().rev().filter(|f| f.body_box).map(|f| f.node).collect(),
        };
        let path = self.path();
        self.paragraph += 1;
        let id = BlockId(self.blocks.len());
        let block = Block::new(id, text, kind, Origin::Node { path }, self.paragraph).with_hints(hints);
        // A teaser's headline links to the story's page; a "read more"
        // toggle or an in-page anchor does not.
        self.titles.push(2 * page_link_chars > chars && (3..=20).contains(&block.words()));
        self.blocks.push(block);
    }

    fn path(&self) -> String {
        let start = self.stack.len().saturating_sub(6);
        let mut path = String::with_capacity(160);
        if start > 0 {
            path.push_str("…>");
        }
        for (i, f) in self.stack[start..].iter().enumerate() {
            if i > 0 {
                path.push('>');
            }
            path.push_str(f.el.name());
            if let Some(c) = f.class.split_ascii_whitespace().next() {
                path.push('.');
                path.push_str(c);
            }
            path.push('[');
            push_decimal(&mut path, f.index);
            path.push(']');
        }
        path
    }
}

/// Appends `n` in decimal without going through `fmt` (called for every
/// element on every block's path).
fn push_decimal(out: &mut String, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend(digits[i..].iter().map(|&d| char::from(d)));
}

fn split_token(t: &str) -> impl Iterator<Item = String> + '_ {
    t.split(|c: char| c == '-' || c == '_' || c.is_whitespace())
        .filter(|s| !s.is_empty())
        .map(str::to_ascii_lowercase)
        .chain(std::iter::once(t.to_ascii_lowercase()))
}

/// Whether an element has a sibling `<article>` element.
fn has_article_sibling(node: ego_tree::NodeRef<'_, Node>) -> bool {
    let is_article = |n: ego_tree::NodeRef<'_, Node>| n.value().as_element().is_some_and(|e| e.name() == "article");
    node.prev_siblings().any(is_article) || node.next_siblings().any(is_article)
}

/// Whether an `href` leads to another page: not empty, not a fragment of
/// this page, not a script.
fn links_a_page(href: &str) -> bool {
    let href = href.trim();
    !href.is_empty() && !href.starts_with('#') && !href.get(..11).is_some_and(|s| s.eq_ignore_ascii_case("javascript:"))
}

/// Whether an inline element's edges part words: a link's (menus put links
/// side by side) and a time's (after a byline's name).
fn word_edge(tag: &str) -> bool {
    matches!(tag, "a" | "time")
}

fn is_block(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "div"
            | "section"
            | "article"
            | "main"
            | "header"
            | "footer"
            | "nav"
            | "aside"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "blockquote"
            | "pre"
            | "table"
            | "thead"
            | "tbody"
            | "tfoot"
            | "tr"
            | "figure"
            | "figcaption"
            | "form"
            | "fieldset"
            | "address"
            | "details"
            | "summary"
            | "hr"
            | "body"
            | "html"
            | "center"
            | "caption"
            | "legend"
            | "menu"
            | "hgroup"
            | "label"
    )
}

fn kind_of(tag: &str) -> BlockKind {
    match tag {
        "h1" => BlockKind::Heading(1),
        "h2" => BlockKind::Heading(2),
        "h3" => BlockKind::Heading(3),
        "h4" => BlockKind::Heading(4),
        "h5" => BlockKind::Heading(5),
        "h6" => BlockKind::Heading(6),
        "li" | "dt" | "dd" => BlockKind::ListItem,
        "blockquote" => BlockKind::Quote,
        "pre" => BlockKind::Code,
        "tr" => BlockKind::TableRow,
        "figcaption" | "caption" => BlockKind::Caption,
        _ => BlockKind::Paragraph,
    }
}

fn landmark_of(tag: &str, role: Option<&str>) -> Option<Landmark> {
    match (tag, role.map(str::to_ascii_lowercase).as_deref()) {
        (_, Some("navigation")) | ("nav", _) => Some(Landmark::Nav),
        (_, Some("banner")) | ("header", _) => Some(Landmark::Header),
        (_, Some("contentinfo")) | ("footer", _) => Some(Landmark::Footer),
        (_, Some("complementary")) | ("aside", _) => Some(Landmark::Aside),
        (_, Some("search" | "form")) | ("form", _) => Some(Landmark::Form),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::parse;
    use crate::document::{BlockKind, Landmark};

    fn texts(html: &str) -> Vec<String> {
        parse(html).blocks().map(|b| b.text().to_string()).collect()
    }

    #[test]
    fn inline_elements_neither_glue_nor_split_words() {
        assert_eq!(texts("<p>one <a href=x>two</a> three<em>four</em></p>"), ["one two threefour"]);
        assert_eq!(texts("<div><a href=x>Share</a><a href=y>Tweet</a></div>"), ["Share Tweet"]);
        assert_eq!(texts("<p>un<b>believ</b>able</p>"), ["unbelievable"]);
    }

    #[test]
    fn captions_are_told_by_their_element_or_its_class() {
        let html =
            "<figure><figcaption>A figure caption.</figcaption></figure><p class='wp-caption-text'>A caption.</p>\
                    <div class='image-caption'>Another one.</div><p class='captioned'>A paragraph.</p>";
        let kinds: Vec<BlockKind> = parse(html).blocks().map(|b| b.kind()).collect();
        assert_eq!(kinds, [BlockKind::Caption, BlockKind::Caption, BlockKind::Caption, BlockKind::Paragraph]);
    }

    #[test]
    fn a_page_hidden_while_loading_is_read_as_shown() {
        let story =
            "<p>The council met on Monday and agreed on a new budget for the schools in the city. </p>".repeat(8);
        let page = format!(
            "<body><div id='app'><div style='visibility:hidden;min-height:100vh'><nav style='display:none'>Menu</nav>\
             {story}</div></div></body>"
        );
        let doc = parse(&page);
        assert_eq!(doc.blocks().count(), 8, "the wrapper's paragraphs, not its hidden menu");
        assert!(doc.notes().iter().any(|n| n.contains("hidden until a script has loaded")));
        // A hidden box beside a page that shows its text stays hidden.
        let modal = format!("<body>{story}<div style='display:none'>{story}<p>Sign up now.</p></div></body>");
        let doc = parse(&modal);
        assert_eq!(doc.blocks().count(), 8);
        assert!(doc.notes().is_empty());
    }

    #[test]
    fn a_hidden_page_is_measured_by_the_text_it_would_show() {
        let story =
            "<p>The council met on Monday and agreed on a new budget for the schools in the city. </p>".repeat(8);
        let menu = "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>";
        // A hidden box of scripts holds more source than the story holds
        // text; a hidden menu more link text. Neither is the page.
        let script = format!("<div style='display:none'><script>{}</script></div>", "var settings = {};".repeat(80));
        let links =
            format!("<div style='display:none'>{}</div>", "<a href='/x'>A link to another section</a>".repeat(40));
        let page = format!("<body>{menu}{script}{links}<div style='display:none'>{story}</div></body>");
        let doc = parse(&page);
        assert_eq!(doc.blocks().filter(|b| b.text().starts_with("The council")).count(), 8);
        // A folded table or list beside the page is a detail, not the page.
        let table = format!(
            "<body>{menu}<p>Short lead.</p><dl style='display:none'>{}</dl></body>",
            "<dt>Size</dt><dd>A long measure of the thing</dd>".repeat(40)
        );
        assert!(parse(&table).notes().is_empty());
    }

    #[test]
    fn hidden_and_script_content_is_dropped() {
        let html = "<div><script>var x=1;</script><p hidden>h</p><p style='display: none'>n</p>\
                    <p aria-hidden='true'>a</p><p>shown</p></div>";
        assert_eq!(texts(html), ["shown"]);
    }

    #[test]
    fn toolkit_classes_that_hide_at_every_width_drop_their_element() {
        let html = "<main><p class='d-none'>b</p><p class='email-confirmation dn'>t</p><p class='hidden'>w</p>\
                    <p class='d-none d-md-block'>wide</p><p class='hidden md:block'>tail</p><p class='dn db-ns'>ns</p></main>";
        assert_eq!(texts(html), ["wide", "tail", "ns"]);
        // The generic `hide` and `hidden` hide boxes, not the page's wrapper
        // while it loads.
        for generic in ["hide", "hidden"] {
            let html =
                format!("<div class='root {generic}'><div><p>Shown</p><p class='{generic}'>Hidden</p></div></div>");
            assert_eq!(texts(&html), ["Shown"]);
        }
    }

    #[test]
    fn streamed_segments_are_shown_where_their_placeholder_is() {
        let html = "<main><h1>Title</h1><template id='B:0'></template><p>Loading</p><p>After</p></main>\
                    <div hidden id='S:0'><p>Streamed review text.</p></div><div hidden id='S:9x'><p>Other</p></div>";
        assert_eq!(texts(html), ["Title", "Streamed review text.", "Loading", "After"]);
        // Without a placeholder the segment is shown where it is.
        assert_eq!(texts("<p>First</p><div hidden id='S:1'><p>Second</p></div>"), ["First", "Second"]);
        // A long chain of segments, each holding the next one's placeholder,
        // is walked without deep recursion and loses no text.
        let chain: String = (0..5000)
            .map(|i| format!("<div hidden id='S:{i:x}'><p>s{i}</p><template id='B:{:x}'></template></div>", i + 1))
            .collect();
        let t = texts(&format!("<template id='B:0'></template>{chain}"));
        assert_eq!(t.len(), 5000);
    }

    #[test]
    fn teaser_articles_in_a_chrome_list_keep_its_name() {
        let item = |t: &str| {
            format!("<article class='hentry'><div class='post-text'><h4><a href='/x'>{t}</a></h4></div></article>")
        };
        let html = format!(
            "<div class='most-popular'>{}{}</div><div class='sidebar'><article><p>Own text</p></article></div>",
            item("First teaser"),
            item("Second teaser")
        );
        let doc = parse(&html);
        let chrome: Vec<Option<&str>> = doc.blocks().map(|b| b.hints().chrome().map(|c| c.name())).collect();
        // A lone <article> still clears the chrome name around it.
        assert_eq!(chrome, [Some("most-popular"), Some("most-popular"), None]);
        let listed: Vec<bool> = doc.blocks().map(|b| b.hints().in_listed_article).collect();
        assert_eq!(listed, [true, true, false]);
    }

    #[test]
    fn collapsed_accordion_and_tab_panels_are_kept() {
        let html = "<div><h3 aria-controls='a1'>Week 1</h3>\
                    <div id='a1' role='region' style='display:none'><p>Get three quotes.</p></div>\
                    <div role='tabpanel' hidden><p>Tab two text.</p></div>\
                    <div role='dialog' aria-labelledby='t' aria-hidden='true'><p>Your bag is empty.</p></div></div>";
        assert_eq!(texts(html), ["Week 1", "Get three quotes.", "Tab two text."]);
    }

    #[test]
    fn times_and_hidden_elements_part_words() {
        let html = "<p><span>Ann Lee</span><time datetime='2026-03-06'>Mar 6</time></p>\
                    <p>55.4k<span aria-hidden='true'> • </span>24 badges</p><p><b>W</b>ord</p>";
        assert_eq!(texts(html), ["Ann Lee Mar 6", "55.4k 24 badges", "Word"]);
    }

    #[test]
    fn carousel_slides_turned_away_are_kept_but_not_their_loop_copies() {
        let html = "<div class='slick-slide' aria-hidden='true'><p>Story one.</p></div>\
                    <div class='slick-slide slick-cloned' aria-hidden='true'><p>Story one copy.</p></div>\
                    <div class='slide-icon' aria-hidden='true' style='display:none'><p>Icon.</p></div>\
                    <span aria-hidden='true'>Decoration.</span>";
        assert_eq!(texts(html), ["Story one."]);
    }

    #[test]
    fn folded_accordion_boxes_are_kept() {
        let html = "<div class='chakra-collapse' style='display:none;height:0px'><p>Height: 39 cm</p></div>\
                    <div class='accordion-body' hidden><p>Yes, it ships free.</p></div>\
                    <p class='faq-answer' style='display: none;'>A: Yes, with a rain cover.</p>\
                    <div class='recollapsed' style='display:none'><p>Hidden promo.</p></div>\
                    <div style='display:none'><p>Hidden menu.</p></div>";
        assert_eq!(texts(html), ["Height: 39 cm", "Yes, it ships free.", "A: Yes, with a rain cover."]);
    }

    #[test]
    fn panels_that_a_button_opens_are_kept() {
        let html = "<h3><button aria-controls='item-0 item-1' aria-expanded='false'>Do I need to draw?</button></h3>\
                    <div id='item-0' aria-hidden='true' hidden><p>No, it is about ideas.</p></div>\
                    <div id='item-1' style='display:none'><p>Classes are live.</p></div>\
                    <div id='item-2' hidden><p>A hidden cart.</p></div>";
        assert_eq!(texts(html), ["No, it is about ideas.", "Classes are live."]);
    }

    #[test]
    fn content_boxes_inside_a_consent_dialog_stay_chrome() {
        let doc = parse(
            "<body><div id='onetrust-consent-sdk'><div class='ot-pc-content'><p>We use cookies to improve \
             your experience and to show you personalised ads on this site.</p></div></div>\
             <div class='sidebar'><div class='widget-content'><p>About us.</p></div></div></body>",
        );
        let chrome: Vec<Option<&str>> = doc.blocks().map(|b| b.hints().chrome().map(|c| c.name())).collect();
        assert_eq!(chrome, [Some("onetrust-consent-sdk"), None]);
    }

    #[test]
    fn a_dialog_stays_chrome_under_other_chrome_names_and_content_boxes() {
        // The overlay is remembered as such below a nearer chrome name
        // (`ot-banner`), so the content box inside it does not clear it.
        let doc = parse(
            "<body class='consent-management-enabled'>\
             <div id='consent-sdk'><div id='ot-banner'><div class='policy-text'><p>We and our partners \
             store data on your device.</p></div></div></div>\
             <div role='dialog' aria-modal='true'><div class='entry-content'><p>Sign in to continue.</p></div></div>\
             <div class='post-content'><p>The first post of the thread.</p></div></body>",
        );
        let chrome: Vec<Option<&str>> = doc.blocks().map(|b| b.hints().chrome().map(|c| c.name())).collect();
        assert!(chrome[0].is_some() && chrome[1] == Some("modal"), "{chrome:?}");
        // A consent class on <body> describes the page, not a box on it.
        assert_eq!(chrome[2], None);
    }

    #[test]
    fn the_declared_page_type_is_metadata() {
        let doc = parse(
            "<html><head><script type='application/ld+json'>{\"@context\":\"https://schema.org\",\
             \"@type\":\"DiscussionForumPosting\",\"headline\":\"Help\"}</script></head><body><p>Hi</p></body></html>",
        );
        assert_eq!(doc.metadata().page_type.as_deref(), Some("DiscussionForumPosting"));
        assert!(doc.metadata().is_discussion());
        let doc = parse("<body itemscope itemtype='https://schema.org/NewsArticle'><p>Hi</p></body>");
        assert_eq!(doc.metadata().page_type.as_deref(), Some("NewsArticle"));
        assert!(!doc.metadata().is_discussion());
    }

    #[test]
    fn cards_are_small_same_shaped_siblings_with_linked_titles() {
        let card = "<div class='c'><h3><a href='/x'>A linked headline here</a></h3><p>Short blurb.</p></div>";
        let doc = parse(&format!("<body><div>{card}{card}{card}</div><p>Alone.</p></body>"));
        let flags: Vec<bool> = doc.blocks().map(|b| b.hints().in_cards).collect();
        assert_eq!(flags, [true, true, true, true, true, true, false]);
        // Beside paragraphs of the text they sit in, they are its entries
        // (a listicle's linked names and their notes), not teasers.
        let para = "<p>The trail runs for seventeen miles beside the bayou and offers the best views of the downtown skyline that you can find anywhere.</p>";
        let doc = parse(&format!("<body><div>{para}{card}{para}{card}{card}</div></body>"));
        assert!(doc.blocks().all(|b| !b.hints().in_cards));
        let doc = parse(&format!("<body><div>{para}{card}{card}{card}</div></body>"));
        assert!(doc.blocks().filter(|b| b.text().starts_with("Short")).all(|b| b.hints().in_cards));
        // Two siblings are not a list; unlinked headings are an article's sections.
        let doc = parse(&format!("<body><div>{card}{card}</div></body>"));
        assert!(doc.blocks().all(|b| !b.hints().in_cards));
        let section = "<section><h3>A plain section heading</h3><p>Text.</p></section>";
        let doc = parse(&format!("<body>{section}{section}{section}</body>"));
        assert!(doc.blocks().all(|b| !b.hints().in_cards));
        // A "read more" toggle or an in-page anchor is no teaser headline.
        for href in ["", "#who", "javascript:void(0)"] {
            let toggle = format!(
                "<section><p>Who it is for and what you learn.</p><a href='{href}'>read less read more</a></section>"
            );
            let doc = parse(&format!("<body>{toggle}{toggle}{toggle}</body>"));
            assert!(doc.blocks().all(|b| !b.hints().in_cards), "{href}");
        }
    }

    #[test]
    fn a_heading_that_calls_itself_a_header_is_no_chrome() {
        let doc = parse(
            "<article><h2 class='header-anchor-post'>Section</h2><h3 class='sidebar-header'>Popular</h3>\
             <p class='header'>Site name</p></article>",
        );
        let chrome: Vec<_> = doc.blocks().map(|b| b.hints().chrome().map(|c| c.name().to_string())).collect();
        assert_eq!(chrome, [None, Some("sidebar-header".to_string()), Some("header".to_string())]);
    }

    #[test]
    fn blocks_carry_kind_landmark_and_tokens() {
        let doc = parse("<footer class='site-footer'><h2>About</h2><ul><li class='menu-item'>One</li></ul></footer>");
        let blocks: Vec<_> = doc.blocks().collect();
        assert_eq!(blocks[0].kind(), BlockKind::Heading(2));
        assert_eq!(blocks[1].kind(), BlockKind::ListItem);
        assert_eq!(blocks[1].hints().landmark, Some(Landmark::Footer));
        assert_eq!(blocks[1].hints().tokens, ["menu", "item", "menu-item"]);
        assert_eq!(blocks[1].hints().chrome().map(|c| c.name()), Some("menu-item"));
    }

    #[test]
    fn line_breaks_split_blocks_without_losing_the_parent() {
        let doc = parse("<div class='sidebar'><p>one<br>two<br><br>three</p></div><p>after</p>");
        let blocks: Vec<_> = doc.blocks().collect();
        assert_eq!(blocks.iter().map(|b| b.text()).collect::<Vec<_>>(), ["one", "two", "three", "after"]);
        assert!(blocks[2].hints().chrome().is_some());
        assert!(blocks[3].hints().chrome().is_none());
    }

    #[test]
    fn table_cells_are_separated() {
        assert_eq!(texts("<table><tr><td>a</td><td>b</td></tr></table>"), ["a | b"]);
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = "<div>".repeat(100_000) + "deep" + &"</div>".repeat(100_000);
        let doc = parse(&html);
        assert_eq!(doc.blocks().map(|b| b.text()).collect::<Vec<_>>(), ["deep"]);
        assert!(doc.notes()[0].contains("flattened"));
    }
}

/// The examples that documented these functions when they were public.
#[cfg(test)]
mod examples {
    #[test]
    fn parse_example() {
        let doc =
            crate::input::html::parse("<body><nav><a href='/'>Home</a></nav><p>Some <b>bold</b> text.</p></body>");
        let texts: Vec<_> = doc.blocks().map(|b| b.text()).collect();
        assert_eq!(texts, ["Home", "Some bold text."]);
        assert_eq!(doc.blocks().next().unwrap().link_density(), 1.0);
    }
}
