//! Any bytes, as a text dump: never panics; kept plus removed blocks account
//! for every block; cleaning the output again changes nothing.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pagewash::{Document, InputKind};

fuzz_target!(|data: &[u8]| {
    let p = pagewash::default_pipeline();
    let Ok(cleaned) = p.try_clean_bytes(data, InputKind::Text) else { return };
    let text = String::from_utf8_lossy(data);
    let blocks = Document::from_text(&text).blocks().count();
    assert_eq!(cleaned.kept().len() + cleaned.removals().len(), blocks);
    let again = p.clean_text(cleaned.text());
    assert_eq!(again.text(), cleaned.text(), "not idempotent");
});
