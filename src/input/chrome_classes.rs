//! Class and id names that mark page chrome, matched on whole parts.
//!
//! A class such as `related-posts` is split at `-` and `_` into `related`
//! and `posts`; it is chrome if a part is in [`CHROME_PARTS`]. Substring
//! matching (`"ad"` in `"header"`, `"nav"` in `"canvas"`) is how extractors
//! delete real articles, so it is never done. State modifiers (`has-sidebar`,
//! `is-sticky`) describe layout, not content, and are ignored.

/// Parts of class/id names that always name page chrome (after the lists
/// that Readability, boilerpipe and trafilatura use, reduced to whole words).
pub(crate) const STRONG_PARTS: &[&str] = &[
    "nav",
    "navbar",
    "navigation",
    "menu",
    "menubar",
    "breadcrumb",
    "breadcrumbs",
    "crumbs",
    "footer",
    "sidebar",
    "widget",
    "widgets",
    "related",
    "recommended",
    "recommendations",
    "share",
    "sharing",
    "sharer",
    "social",
    "newsletter",
    "newsletters",
    "subscribe",
    "subscription",
    "signup",
    "comment",
    "comments",
    "disqus",
    "respond",
    "advert",
    "advertisement",
    "ads",
    "ad",
    "adsense",
    "dfp",
    "sponsor",
    "sponsored",
    "promo",
    "promotion",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "popup",
    "modal",
    "outbrain",
    "taboola",
    "trending",
    "popular",
    "recirc",
    "recirculation",
    "tagcloud",
    "subnav",
    "offcanvas",
    "drawer",
    "screenreader",
    "follow",
];

/// Parts that usually name chrome but also appear on article wrappers
/// (`pagination-first`, `entry-header`): they only count against blocks
/// that do not read as prose.
pub(crate) const WEAK_PARTS: &[&str] = &[
    "masthead",
    "skip",
    "toolbar",
    "pagination",
    "pager",
    "byline",
    "tags",
    "categories",
    "login",
    "search",
    "header",
    "banner",
    "topbar",
    "copyright",
    "disclaimer",
    "caption",
    "credit",
    "credits",
    "dateline",
    "timestamp",
    "meta",
    "teaser",
    "teasers",
    "pagenav",
    "jump",
    "cta",
];

const STATE_PREFIXES: &[&str] = &["has", "with", "no", "is", "js", "wp", "theme", "layout", "template", "page"];

/// Whether a class or id names chrome (strongly or weakly).
pub(crate) fn is_chrome(name: &str) -> bool {
    parts(name).any(|p| STRONG_PARTS.contains(&p.as_str()) || WEAK_PARTS.contains(&p.as_str()))
}

/// Whether a class or id names chrome strongly (see [`STRONG_PARTS`]).
pub(crate) fn is_strong_chrome(name: &str) -> bool {
    parts(name).any(|p| STRONG_PARTS.contains(&p.as_str()))
}

fn parts(name: &str) -> impl Iterator<Item = String> {
    let lower = name.to_ascii_lowercase();
    let parts: Vec<String> = lower.split(['-', '_', ' ']).filter(|p| !p.is_empty()).map(str::to_string).collect();
    let skip = parts.first().is_some_and(|f| STATE_PREFIXES.contains(&f.as_str()));
    let parts = if skip { Vec::new() } else { parts };
    parts.into_iter()
}

#[cfg(test)]
mod tests {
    use super::{is_chrome, is_strong_chrome};

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
        assert!(is_strong_chrome("comments-area"));
        assert!(is_chrome("pagination-first") && !is_strong_chrome("pagination-first"));
    }
}
