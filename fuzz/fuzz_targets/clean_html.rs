//! Any bytes, as an HTML page: never panics, output is well formed.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pagewash::InputKind;

fuzz_target!(|data: &[u8]| {
    let p = pagewash::default_pipeline();
    if let Ok(cleaned) = p.try_clean_bytes(data, InputKind::Html) {
        let text = cleaned.text();
        assert!(text.is_empty() || (text.ends_with('\n') && !text.ends_with("\n\n")));
    }
});
