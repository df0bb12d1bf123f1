//! Dumps made by other tools: `lynx -dump` (hard-wrapped, numbered link
//! references) and a dump of every text node on its own line (sentences cut
//! at each link). Both must give the article of the same page.

use std::fs;
use std::path::Path;

use pagewash::Pipeline;

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/dumps").join(name);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The article's words, in order, as the scorers count them.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

#[test]
fn a_lynx_dump_cleans_to_its_expected_text() {
    let cleaned = Pipeline::default().clean_text(&fixture("en-lynx/input.txt"));
    assert_eq!(cleaned.text(), fixture("en-lynx/expected.txt"), "{}", cleaned.explain());
    assert!(!cleaned.text().contains("https://") && !cleaned.text().contains("[9]"));
    assert!(cleaned.notes().iter().any(|n| n.contains("References")));
}

#[test]
fn a_dump_of_text_nodes_keeps_the_same_article_words() {
    let lynx = Pipeline::default().clean_text(&fixture("en-lynx/input.txt"));
    let nodes = Pipeline::default().clean_text(&fixture("en-text-nodes/input.txt"));
    // The text-node dump's article is shorter (two sentences end earlier);
    // every word it keeps is the lynx article's, in the same order.
    let (want, got) = (words(lynx.text()), words(nodes.text()));
    let mut rest = want.iter();
    for w in &got {
        assert!(rest.any(|x| x == w), "{w:?} is not in order in the lynx article:\n{}", nodes.explain());
    }
    for chrome in ["Related stories", "Bridge repairs", "Privacy policy", "Subscribe"] {
        assert!(!nodes.text().contains(chrome), "{chrome}:\n{}", nodes.explain());
    }
    assert!(got.len() >= 100, "{}", nodes.explain());
}
