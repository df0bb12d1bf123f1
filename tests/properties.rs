//! Invariants over generated pages: nothing is lost, nothing is invented,
//! cleaning is deterministic, idempotent, and never panics.

use std::sync::OnceLock;

use pagewash::{Config, Pipeline};
use proptest::prelude::*;

/// Lines a page dump is made of: prose, labels, menus, artefacts, odd characters.
fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("The council met on Monday and agreed on a new budget for the schools.".to_string()),
        Just("Residents said they were pleased, although some worried about the cost.".to_string()),
        Just("Share This".to_string()),
        Just("Advertisement".to_string()),
        Just("undefined".to_string()),
        Just("Also read: Markets Rally as Rates Fall".to_string()),
        Just("NEWSLETTER SUBSCRIPTION".to_string()),
        Just("Related Stories".to_string()),
        Just("Published on 27/01/2025 at 18:54".to_string()),
        Just("Home".to_string()),
        Just("© 2025 Example Media".to_string()),
        "[a-zA-Z ,.!?]{0,80}",
        "\\PC{0,40}",
        Just("soft\u{AD}ware\u{200B} and caf\u{E9}".to_string()),
    ]
}

fn page() -> impl Strategy<Value = String> {
    prop::collection::vec((line(), prop::bool::ANY), 0..30).prop_map(|lines| {
        let mut out = String::new();
        for (l, blank) in lines {
            out.push_str(&l);
            out.push('\n');
            if blank {
                out.push('\n');
            }
        }
        out
    })
}

fn words(text: &str) -> Vec<String> {
    text.split_whitespace().map(str::to_string).collect()
}

/// The default pipeline without its only rewriting cleaner, built once.
fn removal_only() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Config::default().without("normalize-unicode").build().expect("default config builds"))
}

fn default() -> &'static Pipeline {
    pagewash::default_pipeline()
}

/// 128 cases per property in `cargo test`; `PROPTEST_CASES=3000` for a long run.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(128)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn kept_plus_removed_rebuild_every_block(text in page()) {
        let doc = pagewash::Document::from_text(&text);
        let cleaned = removal_only().clean(doc.clone());
        let mut pieces: Vec<(usize, String)> = cleaned.kept().iter().map(|k| (k.block.0, k.text.clone())).collect();
        pieces.extend(cleaned.removals().iter().map(|r| (r.block.0, r.text.clone())));
        pieces.sort();
        let rebuilt: Vec<String> = pieces.into_iter().map(|(_, t)| t).collect();
        let original: Vec<String> = doc.blocks().map(|b| b.text().to_string()).collect();
        prop_assert_eq!(rebuilt, original);
        // ... and the blocks are the input's words, after white-space normalisation.
        prop_assert_eq!(words(&doc.blocks().map(|b| b.text()).collect::<Vec<_>>().join(" ")), words(&text));
    }

    #[test]
    fn no_output_word_is_invented(text in page()) {
        let cleaned = removal_only().clean_text(&text);
        let input: std::collections::HashSet<String> = words(&text).into_iter().collect();
        for w in words(cleaned.text()) {
            prop_assert!(input.contains(&w), "invented word {:?}", w);
        }
    }

    #[test]
    fn cleaning_is_idempotent(text in page()) {
        let p = default();
        let once = p.clean_text(&text);
        let twice = p.clean_text(once.text());
        prop_assert_eq!(once.text(), twice.text());
    }

    #[test]
    fn cleaning_is_deterministic(text in page()) {
        let p = default();
        prop_assert_eq!(p.clean_text(&text), p.clean_text(&text));
    }

    #[test]
    fn html_never_panics(body in "\\PC{0,300}", tags in prop::collection::vec("(p|div|nav|li|a|h2|script|br|table|tr|td)", 0..12)) {
        let mut html = String::from("<html><body>");
        for (i, t) in tags.iter().enumerate() {
            html.push_str(&format!("<{t} class='c{i} share-bar'>{}", &body.chars().take(20 * (i + 1)).collect::<String>()));
        }
        html.push_str(&body);
        let cleaned = default().clean_html(&html);
        prop_assert!(cleaned.text().is_empty() || cleaned.text().ends_with('\n'));
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let p = default();
        let _ = p.try_clean_bytes(&bytes, pagewash::InputKind::Text);
        let _ = p.try_clean_bytes(&bytes, pagewash::InputKind::Html);
    }
}
