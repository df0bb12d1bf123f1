//! Any bytes, as a text dump: never panics; kept plus removed blocks account
//! for every block. (Idempotence is a property test over realistic pages:
//! on mixed-script byte soup the detected language can flip between runs,
//! which moves the stopword thresholds; see the project notes.)
#![no_main]

use libfuzzer_sys::fuzz_target;
use pagewash::{Document, InputKind};

fuzz_target!(|data: &[u8]| {
    let p = pagewash::default_pipeline();
    let Ok(cleaned) = p.try_clean_bytes(data, InputKind::Text) else { return };
    // Count blocks in the text as the library decodes it (a BOM may say UTF-16).
    let (text, _) = pagewash::input::decode::decode(data);
    let blocks = Document::from_text(&text).blocks().count();
    assert_eq!(cleaned.kept().len() + cleaned.removals().len(), blocks);
    assert!(cleaned.text().is_empty() || cleaned.text().ends_with('\n'));
});
