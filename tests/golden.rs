//! Golden fixtures: each input must clean to exactly its expected text.

use std::fs;
use std::path::{Path, PathBuf};

use pagewash::{Cleaned, Pipeline};

fn clean_file(path: &Path) -> Cleaned {
    let input = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let p = Pipeline::default();
    if path.extension().is_some_and(|e| e == "html") {
        p.clean_html(&input)
    } else {
        p.clean_text(&input)
    }
}

fn seeds() -> Vec<(PathBuf, PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut out: Vec<_> = fs::read_dir(root.join("seeds"))
        .expect("fixtures/seeds")
        .map(|e| e.expect("dir entry").path())
        .map(|p| (p.clone(), root.join("expected").join(p.file_name().expect("file name"))))
        .collect();
    out.sort();
    out
}

fn pages() -> Vec<(PathBuf, PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/pages");
    let mut out = Vec::new();
    for case in fs::read_dir(root).expect("fixtures/pages") {
        let dir = case.expect("dir entry").path();
        let input = ["input.txt", "input.html"].iter().map(|f| dir.join(f)).find(|p| p.exists());
        let input = input.unwrap_or_else(|| panic!("{}: no input.txt or input.html", dir.display()));
        out.push((input, dir.join("expected.txt")));
    }
    out.sort();
    out
}

fn check(cases: &[(PathBuf, PathBuf)]) {
    let mut failures = Vec::new();
    for (input, expected) in cases {
        let want = fs::read_to_string(expected).unwrap_or_else(|e| panic!("{}: {e}", expected.display()));
        let cleaned = clean_file(input);
        if cleaned.text() != want {
            failures.push(format!(
                "{}\n--- expected\n{want}--- got\n{}--- explain\n{}",
                input.display(),
                cleaned.text(),
                cleaned.explain()
            ));
        }
    }
    assert!(failures.is_empty(), "{} golden case(s) differ:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn seeds_clean_to_their_expected_text() {
    let cases = seeds();
    assert_eq!(cases.len(), 2);
    check(&cases);
}

#[test]
fn own_fixtures_clean_to_their_expected_text() {
    let cases = pages();
    assert!(cases.len() >= 15, "only {} fixtures", cases.len());
    check(&cases);
}

fn removed_by(cleaned: &Cleaned, text: &str) -> Vec<&'static str> {
    cleaned.removals().iter().filter(|r| r.text == text).map(|r| r.cleaner).collect()
}

#[test]
fn seed_000_chrome_is_removed_by_the_right_cleaners() {
    let c = clean_file(&seeds()[0].0);
    assert_eq!(removed_by(&c, "Defence Redefined"), ["header-chrome"]);
    assert_eq!(removed_by(&c, "Published on 27/01/2025 at 18:54"), ["header-chrome"]);
    let also: Vec<_> = c.removals().iter().filter(|r| r.text.starts_with("Also read:")).collect();
    assert_eq!(also.len(), 2);
    assert!(also.iter().all(|r| r.cleaner == "also-read-links"));
    assert_eq!(removed_by(&c, "NEWSLETTER SUBSCRIPTION"), ["newsletter-blocks"]);
    assert_eq!(removed_by(&c, "READ MORE"), ["boilerplate-labels"]);
    assert_eq!(removed_by(&c, "Pin It on Pinterest"), ["boilerplate-labels"]);
    assert_eq!(removed_by(&c, "Share This"), ["boilerplate-labels"]);
    let undefined = removed_by(&c, "undefined");
    assert_eq!(undefined.len(), 14);
    assert!(undefined.iter().all(|c| *c == "script-artifacts"));
    assert_eq!(removed_by(&c, "Iran | Test Launch of AI-Driven Missiles"), ["trailing-chrome"]);
    assert_eq!(removed_by(&c, "USA | The Army on the Border with Mexico"), ["trailing-chrome"]);
    let m = c.metadata();
    assert_eq!(
        m.title.as_deref(),
        Some("NATO | Military Intelligence to the EU Aimed at Transition to ‘War Mentality’")
    );
    assert_eq!(m.published.as_deref(), Some("2025-01-27T18:54"));
    assert_eq!(m.site_name.as_deref(), Some("Defence Redefined"));
}

#[test]
fn seed_004_chrome_is_removed_by_the_right_cleaners() {
    let c = clean_file(&seeds()[1].0);
    assert_eq!(removed_by(&c, "Advertisement"), ["boilerplate-labels", "boilerplate-labels"]);
    assert_eq!(removed_by(&c, "Other Topics of Interest"), ["related-teasers"]);
    let headline = "New Front? Reports Claim China is Secretly Backing Russia with Troops";
    assert_eq!(removed_by(&c, headline), ["related-teasers", "related-teasers"]);
    let blurb = c.removals().iter().find(|r| r.text.starts_with("With mounting losses")).expect("blurb removed");
    assert_eq!((blurb.cleaner, blurb.rule.as_str()), ("related-teasers", "teaser-blurb"));
    for footer in [
        "To suggest a correction or clarification, write to us here",
        "You can also highlight the text and press Ctrl + Enter",
    ] {
        assert_eq!(removed_by(&c, footer), ["boilerplate-labels"], "{footer}");
    }
}

#[test]
fn every_seed_line_is_kept_or_reported() {
    for (input, _) in seeds() {
        let text = fs::read_to_string(&input).expect("seed");
        let c = clean_file(&input);
        let lines = text.lines().filter(|l| !l.trim().is_empty()).count();
        assert_eq!(c.kept().len() + c.removals().len(), lines, "{}", input.display());
    }
}

#[test]
fn language_pack_fixtures_remove_their_chrome_by_phrase() {
    // The `<lang>-<kind>-chrome` fixtures put a share label, a newsletter
    // prompt and previous/next lines of their language among the article's
    // blocks: the language packs' phrases, not their position, remove them.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/pages");
    let mut checked = 0;
    for (input, _) in pages().into_iter().filter(|(i, _)| i.to_string_lossy().contains("-chrome/")) {
        let c = clean_file(&input);
        let by_phrase = c
            .removals()
            .iter()
            .filter(|r| ["phrase:", "notice:", "heading:"].iter().any(|p| r.rule.starts_with(p)))
            .count();
        assert!(by_phrase >= 5, "{}: only {by_phrase} removals by phrase\n{}", input.display(), c.explain());
        checked += 1;
    }
    assert!(checked >= 12, "only {checked} language-pack fixtures under {}", root.display());
}

#[test]
fn cjk_pages_get_their_dates_and_no_menu_entry_as_site_name() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/pages");
    let zh = clean_file(&root.join("zh-html-chrome/input.html"));
    assert_eq!(zh.metadata().published.as_deref(), Some("2025-03-14"));
    assert_ne!(zh.metadata().site_name.as_deref(), Some("聯絡我們"), "the last menu entry is no site name");
    let ko = clean_file(&root.join("ko-html-chrome/input.html"));
    assert_eq!(ko.metadata().published.as_deref(), Some("2025-03-14T09:30"));
}

/// What an HTML fixture's `expected.json` records: the metadata and every
/// removal (cleaner, rule, text, location) in page order.
fn metadata_and_removals(c: &Cleaned) -> serde_json::Value {
    let removals: Vec<serde_json::Value> = c
        .removals()
        .iter()
        .map(|r| {
            serde_json::json!({
                "cleaner": r.cleaner,
                "rule": r.rule,
                "text": r.text,
                "location": r.location.to_string(),
            })
        })
        .collect();
    serde_json::json!({ "metadata": c.metadata(), "removals": removals })
}

/// Every HTML fixture's metadata and removal records match its
/// `expected.json`. To change them on purpose, run
/// `PAGEWASH_BLESS=1 cargo test --test golden` and review the diff.
#[test]
fn html_fixtures_give_their_expected_metadata_and_removals() {
    let bless = std::env::var_os("PAGEWASH_BLESS").is_some();
    let mut cases = pages();
    let encodings = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/encodings");
    cases.retain(|(input, _)| input.extension().is_some_and(|e| e == "html"));
    assert!(cases.len() >= 15, "only {} HTML fixtures", cases.len());
    let mut failures = Vec::new();
    for (input, _) in &cases {
        let got = metadata_and_removals(&clean_file(input));
        check_json(&input.with_file_name("expected.json"), &got, bless, &mut failures);
    }
    // The encoding fixtures, read from their bytes.
    for entry in fs::read_dir(&encodings).expect("fixtures/encodings") {
        let dir = entry.expect("dir entry").path();
        if dir.is_dir() {
            let bytes = fs::read(dir.join("input.html")).expect("input.html");
            let c = Pipeline::default().try_clean_bytes(&bytes, pagewash::InputKind::Html).expect("within limits");
            check_json(&dir.join("expected.json"), &metadata_and_removals(&c), bless, &mut failures);
        }
    }
    assert!(
        failures.is_empty(),
        "{} fixture(s) differ from their expected.json (PAGEWASH_BLESS=1 rewrites them):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn check_json(path: &Path, got: &serde_json::Value, bless: bool, failures: &mut Vec<String>) {
    let pretty = serde_json::to_string_pretty(got).expect("serialises") + "\n";
    if bless {
        fs::write(path, &pretty).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        return;
    }
    match fs::read_to_string(path) {
        Ok(want) if want == pretty => {}
        Ok(want) => failures.push(format!("{}\n--- expected\n{want}--- got\n{pretty}", path.display())),
        Err(e) => failures.push(format!("{}: {e}", path.display())),
    }
}
