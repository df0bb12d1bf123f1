//! Any bytes, as a JSON configuration: parsing and building never panic, and
//! a pipeline that builds cleans a page without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(config) = serde_json::from_slice::<pagewash::Config>(data) else { return };
    if let Ok(p) = config.build() {
        let _ = p.clean_text("Home\n\nThe council met on Monday.\n\nShare This\nundefined");
        let _ = p.clean_html("<nav><a>Home</a></nav><p>The council met on Monday, it said.</p>");
    }
});
