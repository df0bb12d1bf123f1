//! Class and id names that mark page chrome, matched on whole parts.
//!
//! A class such as `related-posts` is split at `-` and `_` into `related`
//! and `posts`; it is chrome if a part is in [`STRONG_PARTS`] or [`WEAK_PARTS`]. Substring
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
    // Themes call the boxes of a sidebar widgets, and some of their content blocks too.
    "widget",
    "widgets",
    // The poster's box beside each forum post (its name, rank, join date,
    // post count, location) and the signature under it, as the common forum
    // engines name them: XenForo (`message-userDetails`,
    // `message-userExtras`, `userTitle`, `userBanner`), phpBB
    // (`postprofile`, `signature`), Invision (`cAuthorPane`,
    // `ipsEntry__authorStats`), vBulletin (`userinfo`). The posts are the
    // thread's content; these lines are not.
    "userdetails",
    "userextras",
    "usertitle",
    "userbanner",
    "userinfo",
    "postprofile",
    "signature",
    "cauthorpane",
    "authorpane",
    "authorstats",
    "authorfields",
    // The poster's picture (or its initial letter, where none is set).
    "avatar",
    // A post's date and number line (XenForo `message-attribution`), a
    // picture's credit.
    "attribution",
];

/// Chrome parts that only say where a box sits on the page; a name that
/// ends in a content noun ("sidebar-content", "header-body") is the content
/// of that box, while "related-content" stays chrome.
const LAYOUT_PARTS: &[&str] = &[
    "sidebar",
    "header",
    "footer",
    "widget",
    "widgets",
    "banner",
    "topbar",
    "toolbar",
    "drawer",
    "offcanvas",
    "masthead",
];

/// Content nouns that head a class name (the last part of an English compound).
const CONTENT_HEADS: &[&str] = &["content", "body", "text", "main", "article", "story", "entry", "inner", "primary"];

const STATE_PREFIXES: &[&str] = &["has", "with", "no", "is", "js", "wp", "theme", "layout", "template", "page"];

/// Whether a class or id names chrome, strongly or weakly (the tests' question).
#[cfg(test)]
fn is_chrome(name: &str) -> bool {
    NameFlags::of_parts(name).chrome.is_some()
}

/// Whether a class or id names chrome strongly (see [`STRONG_PARTS`]).
#[cfg(test)]
fn is_strong_chrome(name: &str) -> bool {
    NameFlags::of_parts(name).chrome == Some(true)
}

/// [`NameFlags::content_box`] of one name (the tests' question).
#[cfg(test)]
fn is_content_box(name: &str) -> bool {
    NameFlags::of_parts(name).content_box
}

/// Parts that name a disclosure widget, a box of the text that opens on a
/// click: its panel is content however the theme names it
/// (`accordion_drawer`), though the widget names no other chrome than that
/// ("nav-drawer-accordion" is a menu's).
const DISCLOSURE_PARTS: &[&str] = &["accordion"];

/// The one layout part a disclosure widget's panel is named by.
const DISCLOSURE_PANEL: &str = "drawer";

/// Parts that name what a product page says of its product
/// (`product-details-modal`, `product-description-drawer`): shops fold the
/// description into a dialog or a drawer that a button opens, and it is
/// the page's content all the same.
const DETAILS_PARTS: &[&str] = &["details", "description", "overview", "specs", "specifications"];

/// The dialog parts a product's details may be named with.
const DIALOG_PARTS: &[&str] = &["modal", "drawer", "popup", "dialog"];

/// Parts that name customers' testimonials (`testimonials-comment`): a
/// sales page's content, neither chrome nor a comment section even where
/// the theme calls each one a comment, though such a name clears no chrome
/// of the boxes around it (a testimonial slider in a sidebar stays sidebar).
const TESTIMONIAL_PARTS: &[&str] = &["testimonial", "testimonials"];

/// Parts that say a box embeds something.
const EMBED_PARTS: &[&str] = &["embed", "embedded"];

/// Parts that name an embedded post of a social network: with an
/// [`EMBED_PARTS`] part, a quoted post (`social-media-embed`) is the
/// article's, unlike the network's share buttons (`social-share`).
const EMBED_POSTS: &[&str] = &["social", "tweet", "twitter", "instagram", "facebook", "tiktok", "mastodon", "bluesky"];

/// Parts that name a box laid over the page (consent dialogs, pop-ups):
/// nothing inside one is the article, whatever its own class names say.
const OVERLAY_PARTS: &[&str] = &["cookie", "cookies", "consent", "gdpr", "popup", "modal"];

/// Whether a class or id names an overlay (`cookie-banner`,
/// `onetrust-consent-sdk`, `newsletter-modal`), matched on whole parts.
#[cfg(test)]
fn is_overlay(name: &str) -> bool {
    NameFlags::of_parts(name).overlay
}

/// Weak parts that name the pieces of a listing's item (its teaser text,
/// its date and author line, the search results box it sits in): chrome
/// beside an article, the content of a listing page.
const ITEM_PARTS: &[&str] =
    &["teaser", "teasers", "meta", "byline", "timestamp", "dateline", "results", "search", "header"];

/// Whether a class or id names a piece of a listing's item (`teaser`,
/// `post-meta`), matched on whole parts, and no stronger chrome.
#[cfg(test)]
fn names_item_part(name: &str) -> bool {
    !is_strong_chrome(name) && has_item_part(name)
}

/// Whether one of the name's parts is in [`ITEM_PARTS`].
fn has_item_part(name: &str) -> bool {
    parts(name).any(|p| in_list(ITEM_PARTS, p))
}

/// Class and id names (whole or as parts) of an article's standfirst: the
/// summary under its headline (`dek`, `standfirst`, `sub-head`). Not
/// `summary`: sites use it for the lead paragraph too.
const STANDFIRST_NAMES: &[&str] = &[
    "dek",
    "deck",
    "standfirst",
    "strapline",
    "subhead",
    "sub-head",
    "subheadline",
    "sub-headline",
    "subtitle",
    "sub-title",
];

/// Whether an element's class and id tokens name an article's standfirst.
pub(crate) fn names_standfirst(tokens: &[String]) -> bool {
    tokens.iter().any(|t| in_list(STANDFIRST_NAMES, t))
}

/// Parts that name a reader-comment section, or a shop's customer reviews
/// (the review widgets: Yotpo, Okendo, Judge.me), which are its buyers'
/// comments.
const COMMENT_PARTS: &[&str] = &["comment", "comments", "commentlist", "disqus", "respond", "yotpo", "okendo", "jdgm"];

/// Buyers' reviews of a product: `reviews` with `product`, `customer` or
/// `user` in the same name (`product-reviews`, `customer_reviews`), or one
/// `review` with `customer` or `user`. A review site's own review of a
/// product (`product-review-card`, `blog-review-product-item`) is its
/// content, and so is a service's `reviews` section of testimonials.
const REVIEWS_PART: &str = "reviews";
const REVIEW_PART: &str = "review";
const PRODUCT_PART: &str = "product";
const REVIEWER_PARTS: &[&str] = &["customer", "customers", "user", "users"];

/// Whether a class or id names a reader-comment section (`comments-area`,
/// `comment_list`, `disqus_thread`), matched on whole parts; not a
/// testimonial's.
#[cfg(test)]
fn is_comment_section(name: &str) -> bool {
    NameFlags::of_parts(name).comments
}

/// Words that name what a page is about, in body-box names ("entry-content",
/// "articleBody", "post_text", "story-body", "docs-content", "markdown-body",
/// a documentation page's "layout__body"). Not "page" or "main": a site's
/// `page-content` or `main-content` often holds its rails too.
const BODY_OWNERS: &[&str] =
    &["article", "post", "entry", "story", "blog", "news", "single", "doc", "docs", "markdown", "layout", "product"];

/// What such a box holds.
const BODY_NOUNS: &[&str] = &["body", "content", "text"];

/// [`NameFlags::article_body`] of one name (the tests' question).
#[cfg(test)]
fn is_article_body(name: &str) -> bool {
    !is_chrome(name) && names_body_box(name)
}

/// Whether a name has the shape of an article-body box (see
/// [`NameFlags::article_body`]), chrome parts aside.
fn names_body_box(name: &str) -> bool {
    let ends_in_noun =
        |n: &str| name.len() >= n.len() && name.as_bytes()[name.len() - n.len()..].eq_ignore_ascii_case(n.as_bytes());
    if name.len() > 64 || !BODY_NOUNS.iter().any(|n| ends_in_noun(n)) {
        return false;
    }
    let mut flat = String::with_capacity(name.len());
    flat.extend(name.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_lowercase()));
    let Some(noun) = BODY_NOUNS.iter().find(|n| flat.ends_with(*n)) else { return false };
    let head = &flat[..flat.len() - noun.len()];
    BODY_OWNERS
        .iter()
        .any(|o| head.ends_with(o) || head.match_indices(o).any(|(i, _)| head[i + o.len()..].starts_with("body")))
}

/// Everything the walker asks about one class or id name, computed once.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct NameFlags {
    /// `Some(strong)` when the name is chrome ([`is_strong_chrome`]).
    pub(crate) chrome: Option<bool>,
    /// The name is a content box ("entry-content", "article-body",
    /// "sidebar-content"): it ends in a content noun and names no chrome
    /// other than layout, or it embeds a social network's post
    /// (`social-media-embed`, `twitter-embed`, see [`EMBED_POSTS`]). Such an
    /// element clears chrome inherited from its ancestors, as `<article>`
    /// does.
    pub(crate) content_box: bool,
    /// The name is the box of the article's own text: an owner word
    /// ("article", "post", "entry", "story") followed, at the end of the
    /// name, by a body noun ("body", "content", "text"), in any of the usual
    /// spellings (`entry-content`, `articleBody`, `post_text`,
    /// `RichTextArticleBody-body`), and no chrome part
    /// (`related-post-content` is not one). Authors mark these boxes for
    /// their own stylesheets, and they hold the whole article: its short
    /// lines (lists, schedules, tables) as well as its prose.
    pub(crate) article_body: bool,
    /// [`is_comment_section`].
    pub(crate) comments: bool,
    /// [`is_overlay`].
    pub(crate) overlay: bool,
    /// The name's only chrome part is "header": on a heading element
    /// (`<h2 class="header-anchor-post">`) it names the heading itself.
    pub(crate) header_only: bool,
}

impl crate::document::ChromeName {
    /// What the vocabulary says of `name`, as the typed fact the cleaners read.
    pub(crate) fn read(name: &str) -> Self {
        // One pass over the name's parts answers all but the item-part
        // question (this runs for every block under a chrome name).
        let flags = NameFlags::of_parts(name);
        let strong = flags.chrome == Some(true);
        crate::document::ChromeName {
            name: name.to_string(),
            strong,
            overlay: flags.overlay,
            comment_section: flags.comments,
            listing_item_part: !strong && has_item_part(name),
        }
    }
}

impl NameFlags {
    /// Classifies one name in one pass over its parts, one hash lookup per
    /// part (the walker asks of every new class name of a page;
    /// [`is_strong_chrome`], [`is_comment_section`] and [`is_overlay`] read
    /// the same answers).
    pub(crate) fn of(name: &str) -> Self {
        let mut flags = Self::of_parts(name);
        flags.article_body = flags.chrome.is_none() && names_body_box(name);
        flags
    }

    /// All but [`NameFlags::article_body`]: what the name's parts say.
    fn of_parts(name: &str) -> Self {
        let (mut any, mut last) = (0u16, 0u16);
        let (mut strength, mut only_layout, mut only_header, mut only_panel) = (None::<bool>, true, true, true);
        let mut only_dialog = true;
        for (part, flags) in parts(name).map(|p| (p, part_flags(p))) {
            any |= flags;
            last = flags;
            if flags & (WEAK | STRONG) != 0 {
                strength = Some(strength.unwrap_or(false) || flags & STRONG != 0);
                only_layout &= flags & LAYOUT != 0;
                only_header &= part.eq_ignore_ascii_case("header");
                only_panel &= part.eq_ignore_ascii_case(DISCLOSURE_PANEL);
                only_dialog &= in_list(DIALOG_PARTS, part);
            }
        }
        let has = |bit: u16| any & bit != 0;
        let content_box = (last & CONTENT_HEAD != 0 && only_layout)
            || (has(EMBED) && has(EMBED_POST))
            || (has(PRODUCT) && has(DETAILS) && strength.is_none());
        let testimonial = has(TESTIMONIAL);
        let disclosure_panel = has(DISCLOSURE) && only_panel;
        let product_details = has(PRODUCT) && has(DETAILS) && only_dialog;
        let chrome = if content_box || testimonial || disclosure_panel || product_details { None } else { strength };
        NameFlags {
            chrome,
            content_box,
            article_body: false,
            comments: (has(COMMENT) || buyers_reviews(any)) && !testimonial,
            overlay: has(OVERLAY) && !product_details,
            header_only: chrome.is_some() && only_header,
        }
    }
}

/// Whether a name's parts (as bits) name buyers' reviews (see [`REVIEWS_PART`]).
fn buyers_reviews(any: u16) -> bool {
    let has = |bit: u16| any & bit != 0;
    (has(REVIEWS) && (has(PRODUCT) || has(REVIEWER))) || (has(REVIEW) && has(REVIEWER))
}

// What a name part is, as bits (see `part_flags`).
const WEAK: u16 = 1;
const STRONG: u16 = 1 << 1;
const LAYOUT: u16 = 1 << 2;
const CONTENT_HEAD: u16 = 1 << 3;
const TESTIMONIAL: u16 = 1 << 4;
const OVERLAY: u16 = 1 << 5;
const COMMENT: u16 = 1 << 6;
const EMBED: u16 = 1 << 7;
const EMBED_POST: u16 = 1 << 8;
const DISCLOSURE: u16 = 1 << 9;
const REVIEWS: u16 = 1 << 10;
const REVIEW: u16 = 1 << 11;
const REVIEWER: u16 = 1 << 12;
const PRODUCT: u16 = 1 << 13;
const DETAILS: u16 = 1 << 14;

/// Every part any list names, with its bits: one hash lookup per part.
static PART_FLAGS: std::sync::LazyLock<crate::fast_hash::FastMap<&'static str, u16>> = std::sync::LazyLock::new(|| {
    let mut map = crate::fast_hash::FastMap::default();
    let lists: [(&[&'static str], u16); 15] = [
        (WEAK_PARTS, WEAK),
        (STRONG_PARTS, STRONG),
        (LAYOUT_PARTS, LAYOUT),
        (CONTENT_HEADS, CONTENT_HEAD),
        (TESTIMONIAL_PARTS, TESTIMONIAL),
        (OVERLAY_PARTS, OVERLAY),
        (COMMENT_PARTS, COMMENT),
        (EMBED_PARTS, EMBED),
        (EMBED_POSTS, EMBED_POST),
        (DISCLOSURE_PARTS, DISCLOSURE),
        (&[REVIEWS_PART], REVIEWS),
        (&[REVIEW_PART], REVIEW),
        (REVIEWER_PARTS, REVIEWER),
        (&[PRODUCT_PART], PRODUCT),
        (DETAILS_PARTS, DETAILS),
    ];
    for (list, bit) in lists {
        for part in list {
            *map.entry(*part).or_insert(0) |= bit;
        }
    }
    map
});

/// The bits of one part, ignoring ASCII case.
fn part_flags(part: &str) -> u16 {
    let flags = |p: &str| PART_FLAGS.get(p).copied().unwrap_or(0);
    if part.bytes().any(|b| b.is_ascii_uppercase()) {
        flags(&part.to_ascii_lowercase())
    } else {
        flags(part)
    }
}

fn in_list(list: &[&str], part: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(part))
}

/// The `-`/`_`/space separated parts of a name; none when the first part
/// is a state modifier (`has-sidebar`). Called for every element, so it
/// allocates nothing.
fn parts(name: &str) -> impl Iterator<Item = &str> {
    let mut it = name.split(['-', '_', ' ']).filter(|p| !p.is_empty()).peekable();
    let skip = it.peek().is_some_and(|f| in_list(STATE_PREFIXES, f));
    // Elementor calls every block on its pages a widget
    // (`elementor-widget-container`, `elementor-widget-text-editor`): in its
    // names the word says nothing (`elementor-widget-sidebar` still names a sidebar).
    let builder = it.peek().is_some_and(|f| f.eq_ignore_ascii_case(PAGE_BUILDER));
    let says_nothing = move |p: &&str| builder && in_list(&["widget", "widgets"], p);
    it.filter(move |p| !skip && !says_nothing(p))
}

/// The page builder whose class names call every block a widget.
const PAGE_BUILDER: &str = "elementor";

#[cfg(test)]
mod tests {
    use super::{is_chrome, is_content_box, is_strong_chrome, names_item_part};

    #[test]
    fn buyers_reviews_are_a_comment_section_and_editorial_reviews_are_not() {
        use super::is_comment_section;
        for name in ["product-reviews", "customer_reviews", "user-review-content", "yotpo-widget-instance", "jdgm-rev"]
        {
            assert!(is_comment_section(name), "{name}");
        }
        for name in
            ["product-review-card", "blog-review-product-item", "reviews", "testimonials-reviews", "review-body"]
        {
            assert!(!is_comment_section(name), "{name}");
        }
    }

    #[test]
    fn a_chrome_name_read_in_one_pass_agrees_with_each_question() {
        use super::{is_comment_section, is_overlay};
        for name in ["sidebar", "comments-area", "newsletter-modal", "post-teaser", "related-posts", "entry-content"] {
            let c = crate::document::ChromeName::read(name);
            assert_eq!(c.is_strong(), is_strong_chrome(name), "{name}");
            assert_eq!(c.is_overlay(), is_overlay(name), "{name}");
            assert_eq!(c.is_comment_section(), is_comment_section(name), "{name}");
            assert_eq!(c.is_listing_item_part(), names_item_part(name), "{name}");
        }
    }

    #[test]
    fn a_product_s_details_are_content() {
        use super::is_overlay;
        for name in ["pipf-product-details-modal__paragraph", "product-description-drawer", "product_specs_popup"] {
            assert!(!is_chrome(name) && !is_overlay(name), "{name}");
        }
        // Outside a dialog such a name is a content box, whatever the
        // names around it say (a theme's sticky-navbar wrapper).
        assert!(is_content_box("product-description") && is_content_box("product__details"));
        assert!(!is_content_box("product-details-related") && !is_content_box("product-grid"));
        // Other dialogs, and a product's related items, stay chrome.
        for name in ["newsletter-modal", "product-details-related", "details-modal"] {
            assert!(is_chrome(name), "{name}");
        }
    }

    #[test]
    fn an_accordion_s_drawer_is_content() {
        assert!(!is_chrome("mntl-sc-block-accordion_drawer") && !is_chrome("accordion-drawer__heading"));
        assert!(is_chrome("drawer") && is_chrome("menu-drawer") && is_chrome("site-nav-drawer__accordion"));
    }

    #[test]
    fn embedded_social_posts_are_content() {
        assert!(is_content_box("social-media-embed") && is_content_box("twitter-embed"));
        assert!(is_chrome("social-share") && is_chrome("audio-embed-overlay") == is_chrome("overlay"));
    }

    #[test]
    fn item_parts_are_weak_names_of_a_listing_item() {
        assert!(names_item_part("teaser") && names_item_part("post-meta") && names_item_part("search-results"));
        assert!(names_item_part("search-outer-container"));
        assert!(names_item_part("card__header"));
        // Stronger chrome wins; substrings do not count.
        assert!(!names_item_part("related-teasers") && !names_item_part("metadata") && !names_item_part("sidebar"));
    }

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
        assert!(!is_chrome("sidebar-content"));
        assert!(is_content_box("sidebar-content") && is_content_box("entry-content"));
        assert!(!is_content_box("related-content") && !is_content_box("content-wrapper"));
    }

    #[test]
    fn forum_poster_boxes_are_weak_chrome() {
        for name in ["message-userDetails", "message-userExtras", "postprofile", "cAuthorPane_info", "message-avatar"] {
            assert!(is_chrome(name) && !is_strong_chrome(name), "{name}");
        }
        // The post itself is no poster's box.
        assert!(!is_chrome("message-content") && !is_chrome("message-userContent"));
    }

    #[test]
    fn testimonials_are_neither_chrome_nor_comments() {
        use super::is_comment_section;
        for name in ["testimonials-comments-comment", "testimonial-card"] {
            assert!(!is_chrome(name) && !is_comment_section(name) && !is_content_box(name), "{name}");
        }
        assert!(is_comment_section("comments-area") && is_strong_chrome("comment-list"));
    }

    #[test]
    fn name_flags_agree_with_the_single_checks() {
        use super::{is_article_body, is_comment_section, NameFlags};
        for name in [
            "sidebar",
            "share-bar",
            "byline",
            "entry-content",
            "comments-area",
            "post_text",
            "testimonials-comment",
            "x",
        ] {
            let f = NameFlags::of(name);
            assert_eq!(f.chrome.is_some(), is_chrome(name), "{name}");
            assert_eq!(f.chrome == Some(true), is_strong_chrome(name), "{name}");
            assert_eq!(f.content_box, is_content_box(name), "{name}");
            assert_eq!(f.article_body, is_article_body(name), "{name}");
            assert_eq!(f.comments, is_comment_section(name), "{name}");
        }
    }

    #[test]
    fn article_body_boxes_are_owner_then_noun() {
        use super::is_article_body;
        for name in [
            "entry-content",
            "articleBody",
            "post_text",
            "story-body",
            "RichTextArticleBody-body",
            "td-post-content",
            "layout__body",
            "docs-content",
            "markdown-body",
            "product-body",
        ] {
            assert!(is_article_body(name), "{name}");
        }
        for name in ["related-post-content", "content", "sidebar-content", "post-meta", "article", "entry-content-wrap"]
        {
            assert!(!is_article_body(name), "{name}");
        }
        assert!(is_strong_chrome("related-content"));
        assert!(is_chrome("widget") && !is_strong_chrome("widget"));
    }

    #[test]
    fn name_flags_agree_with_the_single_questions() {
        let names = [
            "related-posts",
            "Share_Buttons",
            "sidebar-content",
            "entry-content",
            "has-sidebar",
            "comments-area",
            "testimonials-comment",
            "social-media-embed",
            "twitter-embed",
            "cookie-banner",
            "post-meta",
            "Menu",
            "elementor-widget-sidebar",
            "elementor-widget-container",
            "articleBody",
            "related-post-content",
            "header-body",
            "widget",
            "modal-dialog",
            "navigator",
            "ad",
            "Ad-Slot",
            "main",
            "footer-inner",
        ];
        for name in names {
            let f = super::NameFlags::of(name);
            let chrome = is_chrome(name).then(|| is_strong_chrome(name));
            assert_eq!(f.chrome, chrome, "{name}");
            assert_eq!(f.content_box, is_content_box(name), "{name}");
            assert_eq!(f.article_body, f.chrome.is_none() && super::is_article_body(name), "{name}");
            assert_eq!(f.comments, super::is_comment_section(name), "{name}");
            assert_eq!(f.overlay, super::is_overlay(name), "{name}");
        }
    }

    #[test]
    fn elementor_calls_every_block_a_widget() {
        for name in ["elementor-widget", "elementor-widget-container", "elementor-widget-text-editor"] {
            assert!(!is_chrome(name), "{name}");
        }
        assert!(is_chrome("elementor-widget-sidebar") && is_chrome("elementor-widget-nav-menu"));
        assert!(is_chrome("widget-container") && is_chrome("sidebar-widget"));
    }
}
