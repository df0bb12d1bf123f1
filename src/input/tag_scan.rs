//! Finding tags in raw HTML before it is parsed, for the pre-parse passes
//! (depth guard, `<noscript>` unwrapping): a vectorised scan for `<` and a
//! case-insensitive look at what follows it.

/// Whether a tag found by [`find_tag`] opens or closes an element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TagEdge {
    /// `<name`
    Open,
    /// `</name`
    Close,
}

/// Offset of the first `<name` or `</name` (by `edge`) at or after `from`,
/// with `name` compared ignoring ASCII case as a prefix (`p` also finds
/// `<pre`). Offsets are at a `<`, so always on a char boundary.
pub(crate) fn find_tag(bytes: &[u8], from: usize, edge: TagEdge, name: &[u8]) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let skip = match edge {
        TagEdge::Open => 1,
        TagEdge::Close => 2,
    };
    memchr::memchr_iter(b'<', rest).map(|i| from + i).find(|&at| {
        (edge == TagEdge::Open || bytes.get(at + 1) == Some(&b'/'))
            && bytes.get(at + skip..at + skip + name.len()).is_some_and(|n| n.eq_ignore_ascii_case(name))
    })
}

#[cfg(test)]
mod tests {
    use super::{find_tag, TagEdge};

    #[test]
    fn finds_opening_and_closing_tags_in_any_case() {
        let html = b"<div><NoScript>x</NOSCRIPT></div>";
        assert_eq!(find_tag(html, 0, TagEdge::Open, b"noscript"), Some(5));
        assert_eq!(find_tag(html, 0, TagEdge::Close, b"noscript"), Some(16));
        assert_eq!(find_tag(html, 17, TagEdge::Close, b"noscript"), None);
        assert_eq!(find_tag(html, 0, TagEdge::Close, b"div"), Some(27));
        assert_eq!(find_tag(html, 99, TagEdge::Open, b"div"), None);
    }
}
