//! JSON-LD (`<script type="application/ld+json">`): the page's schema.org
//! description of itself, parsed as JSON (escapes, arrays, `@graph`,
//! `@id` references), not matched with patterns.

use serde_json::Value;

/// What a page's JSON-LD says about its main item.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct LinkedData {
    pub headline: Option<String>,
    pub published: Option<String>,
    pub modified: Option<String>,
    /// The people who wrote it, joined with ", " (an organisation only
    /// when it is not the publisher).
    pub author: Option<String>,
    /// The publisher's name.
    pub publisher: Option<String>,
    /// The main item's description.
    pub description: Option<String>,
    /// The main item's image URL (a string, an `ImageObject`'s `url`, the
    /// first of a list).
    pub image: Option<String>,
    /// Every `@type` of every node, in page order (at most [`MAX_TYPES`]).
    pub types: Vec<String>,
}

/// Most `@type` values kept from one page.
const MAX_TYPES: usize = 64;

/// Most nodes read from one page (a product feed in JSON-LD can hold
/// thousands).
const MAX_NODES: usize = 2048;

/// Schema.org types of a page's main item, most specific first: the node
/// whose type comes first here gives the headline, dates and authors.
const MAIN_TYPES: &[&str] = &[
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "ScholarlyArticle",
    "TechArticle",
    "Article",
    "DiscussionForumPosting",
    "QAPage",
    "Recipe",
    "Review",
    "Product",
    "HowTo",
    "FAQPage",
    "CollectionPage",
    "ItemPage",
    "AboutPage",
    "WebPage",
];

/// Reads every JSON-LD script of a page (`scripts`: their texts). Returns
/// what it found and a note for each script that is not valid JSON (the
/// tests below show escapes, `@graph`s and `@id` references).
pub(crate) fn read(scripts: &[String]) -> (LinkedData, Vec<String>) {
    let mut nodes: Vec<(&serde_json::Map<String, Value>, bool)> = Vec::new();
    let mut notes = Vec::new();
    let parsed: Vec<Value> = scripts
        .iter()
        .enumerate()
        .filter_map(|(i, s)| match serde_json::from_str::<Value>(unwrap_script(s)) {
            Ok(v) => Some(v),
            Err(e) => {
                notes.push(format!("JSON-LD script {} is not valid JSON ({e}); it was skipped", i + 1));
                None
            }
        })
        .collect();
    for v in &parsed {
        collect(v, &mut nodes);
    }
    let by_id = |id: &str| nodes.iter().map(|(n, _)| *n).find(|n| n.get("@id").and_then(Value::as_str) == Some(id));
    let mut ld = LinkedData::default();
    for (n, _) in &nodes {
        for t in types(n) {
            if ld.types.len() < MAX_TYPES {
                ld.types.push(t.to_string());
            }
        }
    }
    // The main item: the most specific known type, among the top-level
    // items first (a question inside an FAQ page is no headline).
    let rank = |(n, top): &(&serde_json::Map<String, Value>, bool)| {
        types(n).filter_map(|t| MAIN_TYPES.iter().position(|m| *m == t)).min().map(|r| (!top, r))
    };
    let Some(&(main, _)) = nodes.iter().filter(|n| rank(n).is_some()).min_by_key(|n| rank(n)) else {
        return (ld, notes);
    };
    // A web page's `name` is its <title>, site and all; only an item's
    // own name is a headline.
    let page = types(main).all(|t| t.ends_with("Page"));
    ld.headline = text(main.get("headline")).or_else(|| if page { None } else { text(main.get("name")) });
    ld.published = text(main.get("datePublished")).or_else(|| text(main.get("dateCreated")));
    ld.modified = text(main.get("dateModified"));
    ld.description = text(main.get("description"));
    ld.image = as_list(main.get("image")).iter().find_map(|i| match i {
        Value::Object(o) => text(o.get("url")).or_else(|| text(o.get("contentUrl"))),
        other => text(Some(other)),
    });
    ld.publisher = main.get("publisher").and_then(|p| name_of(p, &by_id)).map(|(name, _)| name);
    let mut people = Vec::new();
    let mut organisations = Vec::new();
    for a in as_list(main.get("author")).iter().chain(as_list(main.get("creator"))) {
        if let Some((name, person)) = name_of(a, &by_id) {
            let list = if person { &mut people } else { &mut organisations };
            if !list.contains(&name) {
                list.push(name);
            }
        }
    }
    organisations.retain(|o| Some(o) != ld.publisher.as_ref());
    let authors = if people.is_empty() { organisations } else { people };
    ld.author = (!authors.is_empty()).then(|| authors.join(", "));
    (ld, notes)
}

/// The script's JSON, without the comment or CDATA wrapper some pages put
/// around it, or a trailing semicolon.
fn unwrap_script(s: &str) -> &str {
    let s = s.trim();
    let s = s.strip_prefix("<!--").and_then(|s| s.strip_suffix("-->")).unwrap_or(s).trim();
    let s = s.strip_prefix("//<![CDATA[").or_else(|| s.strip_prefix("<![CDATA[")).unwrap_or(s);
    let s = s.strip_suffix("//]]>").or_else(|| s.strip_suffix("]]>")).unwrap_or(s).trim();
    s.strip_suffix(';').unwrap_or(s)
}

/// Every object node of a JSON-LD value in page order, with whether it is
/// a top-level item (the script's object, or an item of its array or
/// `@graph`) rather than nested in another node (an author, a question of
/// an FAQ).
fn collect<'v>(v: &'v Value, nodes: &mut Vec<(&'v serde_json::Map<String, Value>, bool)>) {
    let mut stack = vec![(v, true)];
    while let Some((v, top)) = stack.pop() {
        if nodes.len() >= MAX_NODES {
            return;
        }
        match v {
            Value::Object(map) => {
                nodes.push((map, top));
                // A graph's items are top-level; other values nest. In
                // reverse, so they come out in page order.
                for (k, value) in map.iter().rev() {
                    stack.push((value, top && k == "@graph"));
                }
            }
            Value::Array(items) => stack.extend(items.iter().rev().map(|i| (i, top))),
            _ => {}
        }
    }
}

/// A node's `@type`s (a string or an array of strings), without a
/// `schema:` or URL prefix.
fn types(n: &serde_json::Map<String, Value>) -> impl Iterator<Item = &str> {
    as_list(n.get("@type")).iter().filter_map(Value::as_str).map(|t| t.rsplit(['/', ':']).next().unwrap_or(t))
}

/// A value as a list: an array's items, or the value alone.
fn as_list(v: Option<&Value>) -> &[Value] {
    match v {
        Some(Value::Array(items)) => items,
        Some(v) => std::slice::from_ref(v),
        None => &[],
    }
}

/// A text value, whitespace collapsed; the first of an array.
fn text(v: Option<&Value>) -> Option<String> {
    let s = match v? {
        Value::String(s) => s.as_str(),
        Value::Array(items) => return text(items.first()),
        _ => return None,
    };
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!s.is_empty()).then_some(s)
}

/// The name of a person or organisation (a string, an object with a
/// `name`, or a reference to a node by `@id`) and whether it is a person
/// (an object typed `Organization` or a subtype of it is not).
fn name_of<'n>(
    v: &'n Value,
    by_id: &impl Fn(&str) -> Option<&'n serde_json::Map<String, Value>>,
) -> Option<(String, bool)> {
    match v {
        Value::String(s) => text(Some(v)).filter(|_| !s.starts_with("http")).map(|n| (n, true)),
        Value::Object(map) => {
            let resolved = match (map.get("name"), map.get("@id").and_then(Value::as_str)) {
                (None, Some(id)) => by_id(id).unwrap_or(map),
                _ => map,
            };
            let name = text(resolved.get("name"))?;
            let organisation = types(resolved).any(|t| t.contains("Organization") || t == "NewsMediaOrganization");
            Some((name, !organisation))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::read;

    fn one(json: &str) -> super::LinkedData {
        let (ld, notes) = read(&[json.to_string()]);
        assert!(notes.is_empty(), "{notes:?}");
        ld
    }

    #[test]
    fn escapes_are_read_and_values_are_whole() {
        let ld =
            one(r#"{"@type":"NewsArticle","headline":"Caf\u00e9 owners say \"no\"","datePublished":"2024-03-18"}"#);
        assert_eq!(ld.headline.as_deref(), Some("Café owners say \"no\""));
        assert_eq!(ld.published.as_deref(), Some("2024-03-18"));
    }

    #[test]
    fn graphs_references_and_the_main_item() {
        let ld = one(r##"{"@context":"https://schema.org","@graph":[
                {"@type":"WebSite","@id":"#site","name":"The Daily Courier"},
                {"@type":"Organization","@id":"#org","name":"Courier Media"},
                {"@type":"Person","@id":"#ann","name":"Ann Lee"},
                {"@type":"WebPage","name":"Council budget - The Daily Courier"},
                {"@type":["NewsArticle"],"headline":"Council agrees budget","author":[{"@id":"#ann"},{"@type":"Person","name":"Bo Chan"}],
                 "publisher":{"@id":"#org"},"dateModified":"2024-03-19T10:00:00Z",
                 "description":"The vote was close.","image":[{"@type":"ImageObject","url":"https://example.org/bridge.jpg"}]}]}"##);
        assert_eq!(ld.headline.as_deref(), Some("Council agrees budget"));
        assert_eq!(ld.author.as_deref(), Some("Ann Lee, Bo Chan"));
        assert_eq!(ld.publisher.as_deref(), Some("Courier Media"));
        assert_eq!(ld.modified.as_deref(), Some("2024-03-19T10:00:00Z"));
        assert_eq!(ld.image.as_deref(), Some("https://example.org/bridge.jpg"));
        assert_eq!(ld.description.as_deref(), Some("The vote was close."));
        assert!(ld.types.iter().any(|t| t == "NewsArticle") && ld.types.iter().any(|t| t == "WebSite"));
    }

    #[test]
    fn a_question_of_an_faq_or_a_page_title_is_no_headline() {
        let ld = one(
            r#"{"@type":"FAQPage","name":"Travel insurance | Example","mainEntity":[{"@type":"Question","name":"What plans are there?"}]}"#,
        );
        assert_eq!(ld.headline, None);
        assert_eq!(ld.types, ["FAQPage", "Question"]);
    }

    #[test]
    fn the_publisher_is_no_author() {
        let ld = one(
            r#"{"@type":"Article","headline":"H","author":{"@type":"Organization","name":"Courier Media"},"publisher":{"@type":"Organization","name":"Courier Media"}}"#,
        );
        assert_eq!(ld.author, None);
        assert_eq!(ld.publisher.as_deref(), Some("Courier Media"));
    }

    #[test]
    fn invalid_scripts_are_skipped_with_a_note() {
        let (ld, notes) =
            read(&["{\"@type\": \"Article\", ".to_string(), r#"[{"@type":"BlogPosting","name":"Kept"}]"#.to_string()]);
        assert_eq!(ld.headline.as_deref(), Some("Kept"));
        assert_eq!(notes.len(), 1);
        assert!(notes[0].contains("JSON-LD script 1 is not valid JSON"));
        // Deep nesting is an error, not a stack overflow.
        let deep = "[".repeat(100_000);
        assert_eq!(read(&[deep]).1.len(), 1);
    }
}
