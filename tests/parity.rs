//! An HTML page and its text dump give the same article.
//!
//! The dump is made the way scrapers save pages: every visible block on its
//! own line, a blank line between blocks. Text mode has no DOM signals, so
//! this checks that the shared cleaners, not the HTML-only hints, carry the
//! result.

use std::fs;
use std::path::Path;

use pagewash::{Document, Pipeline};

/// The kept text without a leading page title: the title is metadata, and
/// only HTML can tell that a two-word `<h1>` ("Latest Stories") is one.
fn article(text: &str, title: Option<&str>) -> String {
    match (text.split_once("\n\n"), title) {
        (Some((first, rest)), Some(t)) if first == t => rest.to_string(),
        _ => text.to_string(),
    }
}

/// Whether every paragraph of `article` comes in `text`, in order.
fn keeps_in_order(text: &str, article: &str) -> bool {
    let mut rest = text;
    article.split("\n\n").all(|p| match rest.find(p) {
        Some(i) => {
            rest = &rest[i + p.len()..];
            true
        }
        None => false,
    })
}

fn dump(html: &str) -> String {
    let doc = Document::from_html(html);
    doc.blocks().map(|b| format!("{}\n\n", b.text())).collect()
}

#[test]
fn html_fixtures_and_their_dumps_keep_the_same_article() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/pages");
    let p = Pipeline::default();
    let mut checked = 0;
    let mut failures = Vec::new();
    for entry in fs::read_dir(root).expect("fixtures/pages") {
        let dir = entry.expect("entry").path();
        let Ok(html) = fs::read_to_string(dir.join("input.html")) else { continue };
        let from_html = p.clean_html(&html);
        let from_text = p.clean_text(&dump(&html));
        checked += 1;
        let title = from_html.metadata().title.as_deref();
        let (html_article, text_article) = (article(from_html.text(), title), article(from_text.text(), title));
        // Where the page's chrome is told only by its class names (a forum
        // thread's poster boxes, see the fixture's `html-only.md`), the dump
        // must keep the whole article, chrome and all, in the same order.
        let same = if dir.join("html-only.md").exists() {
            keeps_in_order(&text_article, &html_article)
        } else {
            html_article == text_article
        };
        if !same {
            failures.push(format!(
                "{}\n--- html\n{}--- text\n{}--- text explain\n{}",
                dir.display(),
                from_html.text(),
                from_text.text(),
                from_text.explain()
            ));
        }
    }
    assert!(checked >= 10, "only {checked} HTML fixtures");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
