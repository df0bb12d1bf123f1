//! Streamed server-rendering segments: React sends a Suspense boundary's
//! content late, in `<div hidden id="S:1">`, and a script moves it into
//! the `<template id="B:1">` placeholder. The walker shows such a segment
//! (and walks it where its placeholder is) instead of dropping it as hidden.

use ego_tree::NodeRef;
use scraper::{Html, Node};

/// Whether the raw page has an `id` attribute that starts with `S:` (one
/// scan for `S:`, then a look at the bytes before it).
pub(super) fn has_streamed_segment_id(html: &str) -> bool {
    let bytes = html.as_bytes();
    memchr::memmem::find_iter(bytes, b"S:").any(|i| {
        let before = &bytes[..i];
        let before = before.strip_suffix(b"\"").or_else(|| before.strip_suffix(b"'")).unwrap_or(before);
        before.len() >= 3 && before[before.len() - 3..].eq_ignore_ascii_case(b"id=")
    })
}

/// The page's streamed segments (`<div hidden id="S:n">`), by `n`.
pub(super) fn streamed_segments(page: &Html) -> Vec<(&str, NodeRef<'_, Node>, bool)> {
    page.tree
        .root()
        .descendants()
        .filter_map(|n| {
            let id = n.value().as_element()?.id()?;
            is_streamed_segment(id).then(|| (&id[2..], n, false))
        })
        .collect()
}

/// Whether an id names a streamed server-rendering segment: `S:` and a
/// hexadecimal number.
pub(super) fn is_streamed_segment(id: &str) -> bool {
    id.strip_prefix("S:").is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::{has_streamed_segment_id, is_streamed_segment};

    #[test]
    fn segment_ids_are_found_in_any_quoting() {
        assert!(has_streamed_segment_id("<div hidden id=\"S:0\">") && has_streamed_segment_id("<div hidden ID='S:a'>"));
        assert!(!has_streamed_segment_id("<p>MORE NEWS: today</p>") && !has_streamed_segment_id("<p>S:</p>"));
        assert!(is_streamed_segment("S:1f") && !is_streamed_segment("S:") && !is_streamed_segment("S:9x"));
    }
}
