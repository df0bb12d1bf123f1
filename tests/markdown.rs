//! Markdown dumps (as reader services and html2text save pages) clean to
//! the article's text: link targets and formatting marks are markup.

use std::fs;
use std::path::Path;

use pagewash::{Pipeline, TextFormat};

fn fixtures() -> Vec<(String, String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/markdown");
    let mut out = Vec::new();
    for entry in fs::read_dir(root).expect("fixtures/markdown") {
        let dir = entry.expect("entry").path();
        let input = fs::read_to_string(dir.join("input.md")).expect("input.md");
        let expected = fs::read_to_string(dir.join("expected.txt")).expect("expected.txt");
        out.push((dir.display().to_string(), input, expected));
    }
    out
}

#[test]
fn markdown_fixtures_clean_to_their_expected_text() {
    let p = Pipeline::default();
    let all = fixtures();
    assert!(all.len() >= 2);
    for (name, input, expected) in all {
        let cleaned = p.clean_text(&input);
        assert_eq!(cleaned.text(), expected, "{name}\n{}", cleaned.explain());
        assert!(cleaned.notes().iter().any(|n| n.starts_with("read as Markdown")), "{name}");
    }
}

#[test]
fn no_link_target_or_mark_reaches_the_output() {
    let p = Pipeline::default();
    for (name, input, _) in fixtures() {
        let text = p.clean_text(&input).into_text();
        // Autolinks keep their address as text, as a reader sees it; a
        // link's target never shows.
        for markup in ["](", "(http", "<http", "**", "![", "# ", "&amp;", "<b>", "]["] {
            assert!(!text.contains(markup), "{name}: {markup:?} in\n{text}");
        }
    }
}

#[test]
fn kept_and_removed_blocks_cover_every_line_with_text() {
    let p = Pipeline::default();
    for (name, input, _) in fixtures() {
        let cleaned = p.clean_text(&input);
        let lines = cleaned.kept().len() + cleaned.removals().len();
        let doc = pagewash::Document::from_text(&input);
        assert_eq!(lines, doc.all_blocks().len(), "{name}");
    }
}

#[test]
fn read_as_plain_text_the_targets_stay() {
    let p = Pipeline::builder().text_format(TextFormat::Plain).build();
    for (name, input, _) in fixtures() {
        let cleaned = p.clean_text(&input);
        assert!(cleaned.text().contains("](") || cleaned.text().contains("]["), "{name}");
        assert!(cleaned.notes().is_empty(), "{name}");
    }
}
