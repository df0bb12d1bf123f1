//! Large `<noscript>` fallbacks become ordinary markup before parsing.
//!
//! html5ever parses with scripting enabled, so a `<noscript>` element's
//! content is one raw text node, not markup. Most are tracking pixels or
//! "enable JavaScript" notices and are dropped with the element. But some
//! sites serve their whole content there to clients without JavaScript
//! (Discourse forums put every post of a thread in it). A `<noscript>`
//! whose content holds at least [`MIN_CONTENT_BYTES`] and paragraph or list
//! markup is renamed to a `<div>`, so its content is parsed and judged like
//! any other; the duplicates cleaner drops it where the page also renders
//! the same text.

use super::tag_scan::{find_tag, TagEdge};

/// Smallest `<noscript>` content, in bytes, that is treated as page content.
pub const MIN_CONTENT_BYTES: usize = 1000;

/// Returns the page with large `<noscript>` blocks turned into `<div>`s, or
/// `None` when there is none (the common case).
pub fn unwrap_large(html: &str) -> Option<String> {
    let bytes = html.as_bytes();
    // Most pages have none: one vectorised scan for `<` tells.
    find_tag(bytes, 0, TagEdge::Open, b"noscript")?;
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut from = 0;
    while let Some(open) = find_tag(bytes, from, TagEdge::Open, b"noscript") {
        let Some(gt) = memchr::memchr(b'>', &bytes[open..]).map(|g| open + g + 1) else { break };
        let Some(close) = find_tag(bytes, gt, TagEdge::Close, b"noscript") else { break };
        let close_end = memchr::memchr(b'>', &bytes[close..]).map_or(bytes.len(), |c| close + c + 1);
        let inner = &bytes[gt..close];
        let has_markup = || [&b"p"[..], b"li", b"div"].iter().any(|t| find_tag(inner, 0, TagEdge::Open, t).is_some());
        if inner.len() >= MIN_CONTENT_BYTES && has_markup() {
            let o = out.get_or_insert_with(|| String::with_capacity(html.len()));
            o.push_str(&html[copied..open]);
            o.push_str("<div data-noscript>");
            o.push_str(&html[gt..close]);
            o.push_str("</div>");
            copied = close_end;
        }
        from = close_end;
    }
    out.map(|mut o| {
        o.push_str(&html[copied..]);
        o
    })
}

#[cfg(test)]
mod tests {
    use super::unwrap_large;

    #[test]
    fn small_notices_and_unclosed_tags_are_left_alone() {
        assert_eq!(unwrap_large("<noscript>Please enable JavaScript.</noscript>"), None);
        assert_eq!(unwrap_large("<noscript><p>never closed"), None);
        assert_eq!(unwrap_large("<NOSCRIPT"), None);
    }

    #[test]
    fn a_forum_thread_in_noscript_is_cleaned_as_content() {
        let posts: String = (0..12)
            .map(|i| format!("<div class='post'><p>Reply number {i}: I tried restarting the service and it worked after that, thanks for the help everyone.</p></div>"))
            .collect();
        let page = format!("<html><body><div id='app'></div><noscript>{posts}</noscript></body></html>");
        let cleaned = crate::Pipeline::default().clean_html(&page);
        assert!(cleaned.text().contains("Reply number 11"), "{}", cleaned.explain());
    }
}

/// The examples that documented these functions when they were public.
#[cfg(test)]
mod examples {
    #[test]
    fn unwrap_large_example() {
        use crate::input::noscript::unwrap_large;
        let page = format!("<noscript><p>{}</p></noscript>", "post text ".repeat(200));
        assert!(unwrap_large(&page).unwrap().starts_with("<div data-noscript><p>post"));
        assert_eq!(unwrap_large("<noscript><img src=pixel.gif></noscript>"), None);
    }
}
