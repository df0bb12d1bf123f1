//! Input adapters: text dumps and HTML pages into one [`Document`](crate::Document).
//!
//! Only this module knows the input format; every cleaner sees blocks.

mod attrs;
mod cards;
pub(crate) mod chrome_classes;
pub mod decode;
pub mod depth_guard;
pub mod html;
mod html_meta;
mod json_ld;
mod lines;
mod link_refs;
pub mod markdown;
mod markdown_inline;
pub mod noscript;
mod streamed;
mod tag_scan;
pub mod text;
mod title_repair;
pub mod unwrap;

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
    /// Splits a text dump into line blocks (see [`crate::input::text`]); a
    /// dump written in Markdown is rendered first (see [`crate::input::markdown`]).
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

    /// Parses an HTML page into blocks (see [`crate::input::html`]).
    pub fn from_html(html: &str) -> Self {
        html::parse(html)
    }
}
