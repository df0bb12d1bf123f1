//! Metadata from an HTML page's head: Open Graph, article meta tags,
//! JSON-LD, `<time>`, `<html lang>` and the canonical link.

use scraper::{ElementRef, Html};

use crate::dates::find_date;
use crate::metadata::Metadata;

/// The elements metadata comes from, gathered in one walk of the tree.
/// Page-level schema.org types, most specific first where a page declares
/// several (a forum thread page also declares `WebPage`, an article its
/// `Organization`).
const PAGE_TYPES: &[&str] = &[
    "DiscussionForumPosting",
    "QAPage",
    "NewsArticle",
    "BlogPosting",
    "ScholarlyArticle",
    "TechArticle",
    "Article",
    "Recipe",
    "Product",
    "FAQPage",
    "CollectionPage",
];

/// The most specific known page type among `types`.
fn page_type<'t>(types: impl Iterator<Item = &'t str>) -> Option<String> {
    let found: Vec<&str> = types.collect();
    PAGE_TYPES.iter().find(|t| found.contains(t)).map(|t| (*t).to_string())
}

#[derive(Default)]
struct Sources<'a> {
    metas: Vec<ElementRef<'a>>,
    json_ld: Vec<ElementRef<'a>>,
    title: Option<ElementRef<'a>>,
    h1: Vec<ElementRef<'a>>,
    html: Option<ElementRef<'a>>,
    canonical: Option<ElementRef<'a>>,
    time: Option<ElementRef<'a>>,
    /// Last path segments of microdata `itemtype`s (`https://schema.org/QAPage` -> `QAPage`).
    itemtypes: Vec<&'a str>,
}

fn gather(page: &Html) -> Sources<'_> {
    let mut s = Sources::default();
    for node in page.tree.root().descendants() {
        let Some(el) = ElementRef::wrap(node) else { continue };
        let v = el.value();
        match v.name() {
            "meta" => s.metas.push(el),
            "script" if v.attr("type").is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json")) => {
                s.json_ld.push(el)
            }
            "title" if s.title.is_none() => s.title = Some(el),
            "h1" if s.h1.len() < 4 => s.h1.push(el),
            "html" if s.html.is_none() => s.html = Some(el),
            "link" if s.canonical.is_none() && v.attr("rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical")) => {
                s.canonical = Some(el);
            }
            "time" if s.time.is_none() && v.attr("datetime").is_some() => s.time = Some(el),
            _ => {}
        }
        // One pass over the attributes: `attr` interns its argument.
        if let Some(t) = v.attrs().find_map(|(n, t)| (n == "itemtype").then_some(t)) {
            if s.itemtypes.len() < 64 {
                s.itemtypes.extend(t.split_whitespace().filter_map(|u| u.rsplit('/').next()));
            }
        }
    }
    s
}

/// Reads what the page says about itself: its metadata, and the title its
/// head declares (`og:title`, `twitter:title`, JSON-LD `headline`/`name`, or
/// `<title>` without its site suffix), apart from the `<h1>` that
/// [`Metadata::title`] falls back to.
///
/// The third value holds a note for each JSON-LD script that is not valid
/// JSON.
pub(crate) fn extract(page: &Html) -> (Metadata, Option<String>, Vec<String>) {
    let mut m = Metadata::default();
    let src = gather(page);
    // JSON-LD first (the page's structured description of its main item),
    // then OpenGraph, Twitter, Dublin Core and article meta tags, each
    // filling what is still unknown; the publisher's name last, as site name.
    let scripts: Vec<String> = src.json_ld.iter().map(|s| s.text().collect()).collect();
    let (ld, notes) = super::json_ld::read(&scripts);
    m.published = ld.published;
    m.modified = ld.modified;
    m.title = ld.headline;
    m.author = ld.author;
    m.description = ld.description;
    m.image = ld.image;
    for el in &src.metas {
        let key = el.attr("property").or(el.attr("name")).or(el.attr("itemprop")).map(str::to_ascii_lowercase);
        let (Some(key), Some(content)) = (key, el.attr("content")) else { continue };
        let content = content.trim();
        if content.is_empty() {
            continue;
        }
        let slot = match key.as_str() {
            "og:title" | "twitter:title" => &mut m.title,
            "article:published_time"
            | "datepublished"
            | "date"
            | "pubdate"
            | "dc.date"
            | "dc.date.issued"
            | "publish-date"
            | "parsely-pub-date"
            | "sailthru.date" => &mut m.published,
            "article:modified_time" | "datemodified" | "og:updated_time" | "last-modified" => &mut m.modified,
            "author" | "article:author" | "dc.creator" | "parsely-author" | "sailthru.author" => &mut m.author,
            "og:site_name" | "application-name" => &mut m.site_name,
            "og:url" => &mut m.url,
            "og:description" | "twitter:description" | "description" | "dc.description" => &mut m.description,
            "og:image" | "og:image:url" | "og:image:secure_url" | "twitter:image" | "twitter:image:src" => &mut m.image,
            _ => continue,
        };
        if slot.is_none() {
            *slot = Some(content.to_string());
        }
    }
    if m.site_name.is_none() {
        m.site_name = ld.publisher;
    }
    let ld_types = ld.types;
    if m.published.is_none() {
        m.published = src.time.and_then(|t| t.attr("datetime")).map(str::to_string);
    }
    m.published = m.published.and_then(|d| find_date(&d).or(Some(d)));
    m.modified = m.modified.and_then(|d| find_date(&d).or(Some(d)));
    let head_title = src.title.map(|t| crate::shape::title_without_site(&t.text().collect::<String>()));
    let declared = m.title.clone().or_else(|| head_title.clone());
    if m.title.is_none() {
        m.title = src
            .h1
            .iter()
            .map(|h| h.text().collect::<String>().split_whitespace().collect::<Vec<_>>().join(" "))
            .find(|t| !t.is_empty())
            .or(head_title);
    }
    m.language = src.html.and_then(|h| h.attr("lang")).and_then(crate::metadata::language_code);
    m.page_type = page_type(ld_types.iter().map(String::as_str).chain(src.itemtypes.iter().copied()));
    if let Some(href) = src.canonical.and_then(|l| l.attr("href")) {
        m.url = Some(href.to_string());
    }
    tidy(&mut m);
    (m, declared, notes)
}

/// What the sources often get wrong: a site name that is an address, a
/// title that still carries the site's name ("Story - News Nation"), an
/// author that is the site itself.
fn tidy(m: &mut Metadata) {
    if m.site_name.as_deref().is_some_and(|s| s.contains("://") || s.starts_with("www.")) {
        m.site_name = None;
    }
    let Some(site) = m.site_name.clone() else { return };
    if let Some(title) = m.title.as_deref() {
        let stripped = crate::shape::TITLE_SEPARATORS.iter().find_map(|sep| {
            let (head, tail) = title.rsplit_once(sep)?;
            (tail.trim().eq_ignore_ascii_case(&site) && !head.trim().is_empty()).then(|| head.trim().to_string())
        });
        if let Some(head) = stripped {
            m.title = Some(head);
        }
    }
    if m.author.as_deref().is_some_and(|a| a.trim().eq_ignore_ascii_case(&site)) {
        m.author = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_open_graph_json_ld_and_lang() {
        let page = Html::parse_document(
            r#"<html lang="de-DE"><head><title>Ein Titel hier | Seite</title>
            <meta property="og:site_name" content="Seite">
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-18T09:15:00+01:00","author":{"@type":"Person","name":"Anna Muster"}}</script>
            <link rel="canonical" href="https://example.org/a"></head><body></body></html>"#,
        );
        let (m, _, _) = extract(&page);
        assert_eq!(m.title.as_deref(), Some("Ein Titel hier"));
        assert_eq!(m.site_name.as_deref(), Some("Seite"));
        assert_eq!(m.published.as_deref(), Some("2024-03-18T09:15+01:00"));
        assert_eq!(m.author.as_deref(), Some("Anna Muster"));
        assert_eq!(m.language.as_deref(), Some("de"));
        assert_eq!(m.url.as_deref(), Some("https://example.org/a"));
    }

    #[test]
    fn description_and_image_come_from_the_head() {
        let page = Html::parse_document(
            r#"<html><head><meta name="description" content="A short summary.">
            <meta property="og:image" content="https://example.org/a.jpg"></head></html>"#,
        );
        let (m, _, _) = extract(&page);
        assert_eq!(m.description.as_deref(), Some("A short summary."));
        assert_eq!(m.image.as_deref(), Some("https://example.org/a.jpg"));
    }

    #[test]
    fn the_site_name_is_split_off_the_title_and_is_no_author_or_address() {
        let page = Html::parse_document(
            r#"<html><head><meta property="og:title" content="Council agrees budget - News Nation">
            <meta property="og:site_name" content="News Nation"><meta name="author" content="News Nation"></head></html>"#,
        );
        let (m, _, _) = extract(&page);
        assert_eq!(m.title.as_deref(), Some("Council agrees budget"));
        assert_eq!(m.author, None);
        let page = Html::parse_document(
            r#"<html><head><meta property="og:site_name" content="https://www.example.org"></head></html>"#,
        );
        assert_eq!(extract(&page).0.site_name, None);
    }
}
