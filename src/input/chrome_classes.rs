//! Class and id names that mark page chrome, matched on whole parts.
//!
//! A class such as `related-posts` is split at `-` and `_` into `related`
//! and `posts`; it is chrome if a part is in [`CHROME_PARTS`]. Substring
//! matching (`"ad"` in `"header"`, `"nav"` in `"canvas"`) is how extractors
//! delete real articles, so it is never done. State modifiers (`has-sidebar`,
//! `is-sticky`) describe layout, not content, and are ignored.

/// Parts of class/id names that name page chrome (after the lists that
/// Readability, boilerpipe and trafilatura use, reduced to whole words).
pub(crate) const CHROME_PARTS: &[&str] = &[
    "nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs", "crumbs", "footer", "sidebar",
    "widget", "widgets", "related", "recommended", "recommendations", "share", "sharing", "sharer", "social",
    "newsletter", "subscribe", "subscription", "signup", "comment", "comments", "disqus", "respond", "advert",
    "advertisement", "ads", "ad", "adsense", "dfp", "sponsor", "sponsored", "promo", "promotion", "cookie",
    "cookies", "consent", "gdpr", "popup", "modal", "masthead", "skip", "toolbar", "pagination", "pager",
    "tagcloud", "outbrain", "taboola", "trending", "popular", "recirc", "recirculation", "byline", "author",
    "tags", "categories", "login", "search", "header", "banner", "topbar", "copyright", "disclaimer", "rating",
    "print", "caption", "credit", "credits", "dateline", "timestamp", "meta", "subnav", "offcanvas", "drawer",
    "masthead", "teaser", "teasers", "more", "next", "prev", "previous", "pagenav", "jump", "toc", "hidden",
    "sr", "screenreader", "visually", "newsletters", "cta", "tools", "utility", "follow",
];

const STATE_PREFIXES: &[&str] = &["has", "with", "no", "is", "js", "wp", "theme", "layout", "template", "page"];

/// Whether a class or id names chrome.
pub(crate) fn is_chrome(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    let mut parts = lower.split(['-', '_', ' ']).filter(|p| !p.is_empty());
    let Some(first) = parts.next() else { return false };
    if STATE_PREFIXES.contains(&first) {
        return false;
    }
    std::iter::once(first).chain(parts).any(|p| CHROME_PARTS.contains(&p))
}

#[cfg(test)]
mod tests {
    use super::is_chrome;

    #[test]
    fn whole_parts_only() {
        assert!(is_chrome("related-posts"));
        assert!(is_chrome("share_buttons"));
        assert!(is_chrome("sidebar"));
        assert!(!is_chrome("canvas-wrapper"));
        assert!(!is_chrome("shadow"));
        assert!(!is_chrome("entry-content"));
        assert!(!is_chrome("navigator"));
        assert!(!is_chrome("has-sidebar"));
        assert!(!is_chrome("loaded"));
    }
}
