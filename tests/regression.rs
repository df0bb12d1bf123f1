//! Replays minimized fuzzer findings (`fixtures/fuzz/`) through the checks
//! of the fuzz target that found them. See `fixtures/fuzz/README.md` for
//! the root cause of each.

use std::fs;
use std::path::Path;

use pagewash::{Document, InputKind};

fn check_text(data: &[u8]) {
    let p = pagewash::default_pipeline();
    let Ok(cleaned) = p.try_clean_bytes(data, InputKind::Text) else { return };
    // Count blocks in the text as the library decodes it (a BOM may say UTF-16).
    let blocks = Document::from_text(&pagewash::input::decode::decode(data).0).blocks().count();
    assert_eq!(cleaned.kept().len() + cleaned.removals().len(), blocks);
    if !name_says_no_idempotence(data) {
        assert_eq!(p.clean_text(cleaned.text()).text(), cleaned.text(), "not idempotent");
    }
}

/// Inputs that are not text at all (a UTF-16 BOM before binary) carry no
/// idempotence promise: the cleaned text is UTF-8 and decodes differently.
fn name_says_no_idempotence(data: &[u8]) -> bool {
    data.starts_with(b"\xFF\xFE") || data.starts_with(b"\xFE\xFF")
}

fn check_html(data: &[u8]) {
    if let Ok(cleaned) = pagewash::default_pipeline().try_clean_bytes(data, InputKind::Html) {
        let text = cleaned.text();
        assert!(text.is_empty() || (text.ends_with('\n') && !text.ends_with("\n\n")));
    }
}

fn check_config(data: &[u8]) {
    if let Ok(config) = serde_json::from_slice::<pagewash::Config>(data) {
        if let Ok(p) = config.build() {
            let _ = p.clean_text("Home\n\nThe council met on Monday.\n\nShare This\nundefined");
        }
    }
}

#[test]
fn fuzzer_findings_stay_fixed() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/fuzz");
    let mut replayed = 0;
    for entry in fs::read_dir(dir).expect("fixtures/fuzz") {
        let path = entry.expect("entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        if !name.ends_with(".bin") {
            continue;
        }
        let data = fs::read(&path).expect("readable");
        match name.split('-').next() {
            Some("text") => check_text(&data),
            Some("html") => check_html(&data),
            Some("config") => check_config(&data),
            _ => panic!("{name}: name must start with text-, html- or config-"),
        }
        replayed += 1;
    }
    assert!(replayed >= 1);
}

/// Found by the idempotence property: the first cleaning took the page for
/// a listing (its prose run, cut short by a group of short lines, was under
/// 30% of the column) and kept every long line; in the cleaned text each
/// line stands alone, the run grew, and the second cleaning removed more.
/// The listing decision now ignores paragraph grouping and short lines.
#[test]
fn the_listing_decision_survives_recleaning() {
    let page = "The council met on Monday and agreed on a new budget for the schools.\na A a A\n\
                Published on 27/01/2025 at 18:54\na A A a a\nA a A A\n\
                Residents said they were pleased, although some worried about the cost.\nA A A a\n";
    let once = pagewash::clean_text(page);
    assert_eq!(pagewash::clean_text(&once), once);
}
