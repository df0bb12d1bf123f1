//! Metadata from an HTML page's head: Open Graph, article meta tags,
//! JSON-LD, `<time>`, `<html lang>` and the canonical link.

use std::sync::LazyLock;

use regex::Regex;
use scraper::{Html, Selector};

use crate::dates::find_date;
use crate::metadata::Metadata;

fn sel(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|_| unreachable!("static selector {css}"))
}

static META: LazyLock<Selector> = LazyLock::new(|| sel("meta"));
static TITLE: LazyLock<Selector> = LazyLock::new(|| sel("title"));
static H1: LazyLock<Selector> = LazyLock::new(|| sel("h1"));
static HTML: LazyLock<Selector> = LazyLock::new(|| sel("html"));
static CANONICAL: LazyLock<Selector> = LazyLock::new(|| sel("link[rel=canonical]"));
static TIME: LazyLock<Selector> = LazyLock::new(|| sel("time[datetime]"));
static JSON_LD: LazyLock<Selector> = LazyLock::new(|| sel("script[type='application/ld+json']"));
static LD_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#""(datePublished|dateModified|headline)"\s*:\s*"([^"]{1,400})""#).unwrap_or_else(|_| unreachable!())
});
static LD_AUTHOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#""author"\s*:\s*(?:\[\s*)?\{[^{}]*?"name"\s*:\s*"([^"]{1,200})""#).unwrap_or_else(|_| unreachable!())
});

/// Reads what the page says about itself.
pub(crate) fn extract(page: &Html) -> Metadata {
    let mut m = Metadata::default();
    for el in page.select(&META) {
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
            _ => continue,
        };
        if slot.is_none() {
            *slot = Some(content.to_string());
        }
    }
    for script in page.select(&JSON_LD) {
        let json: String = script.text().collect();
        for c in LD_FIELD.captures_iter(&json) {
            let slot = match &c[1] {
                "datePublished" => &mut m.published,
                "dateModified" => &mut m.modified,
                _ => &mut m.title,
            };
            if slot.is_none() {
                *slot = Some(c[2].to_string());
            }
        }
        if m.author.is_none() {
            m.author = LD_AUTHOR.captures(&json).map(|c| c[1].to_string());
        }
    }
    if m.published.is_none() {
        m.published = page.select(&TIME).find_map(|t| t.attr("datetime")).map(str::to_string);
    }
    m.published = m.published.and_then(|d| find_date(&d).or(Some(d)));
    m.modified = m.modified.and_then(|d| find_date(&d).or(Some(d)));
    if m.title.is_none() {
        m.title = page
            .select(&H1)
            .map(|h| h.text().collect::<String>().split_whitespace().collect::<Vec<_>>().join(" "))
            .find(|t| !t.is_empty())
            .or_else(|| page.select(&TITLE).next().map(|t| strip_site_suffix(&t.text().collect::<String>())));
    }
    m.language = page
        .select(&HTML)
        .next()
        .and_then(|h| h.attr("lang"))
        .map(|l| l.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase())
        .filter(|l| !l.is_empty());
    if let Some(href) = page.select(&CANONICAL).next().and_then(|l| l.attr("href")) {
        m.url = Some(href.to_string());
    }
    m
}

/// `Story title | Site` and `Story title - Site` become `Story title`.
fn strip_site_suffix(title: &str) -> String {
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    for sep in [" | ", " – ", " — ", " - ", " :: ", " · "] {
        if let Some((head, _)) = title.rsplit_once(sep) {
            if head.split_whitespace().count() >= 3 {
                return head.to_string();
            }
        }
    }
    title
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
        let m = extract(&page);
        assert_eq!(m.title.as_deref(), Some("Ein Titel hier"));
        assert_eq!(m.site_name.as_deref(), Some("Seite"));
        assert_eq!(m.published.as_deref(), Some("2024-03-18T09:15"));
        assert_eq!(m.author.as_deref(), Some("Anna Muster"));
        assert_eq!(m.language.as_deref(), Some("de"));
        assert_eq!(m.url.as_deref(), Some("https://example.org/a"));
    }
}
