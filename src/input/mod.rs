//! Input adapters: text dumps and HTML pages into one [`Document`](crate::Document).
//!
//! Only this module knows the input format; every cleaner sees blocks.
//!
//! - **Text dumps** ([`Document::from_text`](crate::Document::from_text)):
//!   one [`Line`](crate::BlockKind::Line) block per non-blank line; lines not
//!   separated by a blank line share a paragraph number. Every Unicode line
//!   separator counts. Hard-wrapped paragraphs are joined back first, and a
//!   line cut at a link (", who proposed it.") continues the line before it.
//! - **Markdown dumps** (sniffed, or forced with
//!   [`TextFormat`](crate::TextFormat)): each line is rendered to what a
//!   reader sees, as CommonMark reads its inline layer. A link keeps its
//!   text, and the share of link text becomes the block's
//!   [link density](crate::Block::link_density); images, heading and list
//!   markers, emphasis, fences and reference definitions are markup and go.
//! - **HTML** ([`Document::from_html`](crate::Document::from_html)): block
//!   elements become blocks, with DOM [`Hints`](crate::Hints). The tree is
//!   walked without recursion; `script`, `style`, `template`, `svg`, form
//!   controls and hidden elements are skipped, except the boxes a reader
//!   opens (tabs, accordions, carousels) and streamed server-rendered
//!   segments. A `<noscript>` that carries the page is read, an unclosed
//!   `<title>` is repaired, and nesting is capped at 512 levels before
//!   parsing, as browsers do (html5ever's scope checks are quadratic in
//!   depth).
//! - **Bytes**: [`sniff`] tells HTML from text, and [`decode`] finds the
//!   encoding (byte-order mark, `<meta charset>`, or UTF-8 with replacement).

mod attrs;
mod cards;
pub mod decode;
mod depth_guard;
mod html;
mod html_meta;
mod json_ld;
mod lines;
mod link_refs;
mod markdown;
mod markdown_inline;
mod noscript;
mod streamed;
mod tag_scan;
mod text;
mod title_repair;
mod unwrap;

/// Guesses whether raw bytes are an HTML page or a text dump, from their
/// first 4 KiB: a doctype, `<html>`, or common body tags near the start
/// mean HTML. A UTF-16 byte-order mark is honoured (the bytes are read as
/// UTF-16, not as UTF-8 soup).
///
/// # Example
/// ```
/// use pagewash::{input::sniff, InputKind};
/// assert_eq!(sniff(b"<!DOCTYPE html><p>Hi</p>"), InputKind::Html);
/// assert_eq!(sniff(b"Council Approves New Budget\n\nThe council met."), InputKind::Text);
/// let utf16: Vec<u8> = [0xFF, 0xFE].into_iter().chain("<html><body>x".encode_utf16().flat_map(u16::to_le_bytes)).collect();
/// assert_eq!(sniff(&utf16), InputKind::Html);
/// // Markdown with inline HTML is still Markdown.
/// assert_eq!(sniff(b"# News\n\n<div>[Home](/) [World](/w) [Sport](/s)</div>\n\nText."), InputKind::Text);
/// ```
pub fn sniff(bytes: &[u8]) -> crate::InputKind {
    let head = &bytes[..bytes.len().min(4096)];
    let text = match head {
        [0xFF, 0xFE, rest @ ..] => utf16_head(rest, u16::from_le_bytes),
        [0xFE, 0xFF, rest @ ..] => utf16_head(rest, u16::from_be_bytes),
        _ => String::from_utf8_lossy(head).into_owned(),
    };
    if looks_like_html(&text) {
        crate::InputKind::Html
    } else {
        crate::InputKind::Text
    }
}

fn utf16_head(bytes: &[u8], read: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|c| read([c[0], c[1]]));
    char::decode_utf16(units).map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER)).collect()
}

/// Whether a page's text starts like HTML. Body tags alone are not enough
/// in a text that does not open with a tag and has Markdown links:
/// Markdown allows inline HTML.
fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
        .chars()
        .take(1024)
        .collect::<String>()
        .to_ascii_lowercase();
    if head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || ["<body", "<head"].iter().any(|t| head.contains(t))
    {
        return true;
    }
    ["<div", "<p>", "<p ", "<article", "<meta "].iter().any(|t| head.contains(t))
        && (head.starts_with('<') || !markdown::looks_like_markdown(text))
}

/// The document constructors, here with the adapters they call: the
/// document model does not depend on the input formats.
impl crate::Document {
    /// Splits a text dump into line blocks; a dump written in Markdown is
    /// rendered first (see the [`input`](crate::input) module).
    pub fn from_text(text: &str) -> Self {
        Self::from_text_as(text, crate::TextFormat::Auto)
    }

    /// Splits a text dump into line blocks, reading it as `format` says.
    ///
    /// # Example
    /// ```
    /// use pagewash::{Document, TextFormat};
    /// let md = "[Home](/) [News](/news) [About](/about)";
    /// assert_eq!(Document::from_text_as(md, TextFormat::Auto).blocks().next().unwrap().text(), "Home News About");
    /// assert_eq!(Document::from_text_as(md, TextFormat::Plain).blocks().next().unwrap().text(), md);
    /// ```
    pub fn from_text_as(text: &str, format: crate::TextFormat) -> Self {
        let markdown = match format {
            crate::TextFormat::Auto => markdown::looks_like_markdown(text),
            crate::TextFormat::Plain => false,
            crate::TextFormat::Markdown => true,
        };
        if markdown {
            markdown::parse(text)
        } else {
            text::parse(text)
        }
    }

    /// Parses an HTML page into blocks (see the [`input`](crate::input) module).
    pub fn from_html(html: &str) -> Self {
        html::parse(html)
    }
}
