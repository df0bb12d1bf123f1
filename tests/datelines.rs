//! Datelines in other languages, through the public API: the examples
//! live here, the lead-in words in `src/rules/dateline.txt`.

use pagewash::cleaners::HeaderChromeConfig;

/// The texts the header cleaner alone removes from a dump.
fn removed(text: &str) -> Vec<String> {
    let cleaner = HeaderChromeConfig::default().build().expect("default builds");
    let p = pagewash::Pipeline::builder().with(cleaner).build();
    p.clean_text(text).removals().iter().map(|r| r.text.clone()).collect()
}

#[test]
fn update_lines_are_matched_by_their_lead_word_alone() {
    // A one-word lead-in matches whatever follows it: "il", "alle", a colon.
    for line in ["Aggiornato il 3 marzo 2024 alle 10:30", "Aggiornata: 12/03/2024", "Actualizado el 4 de marzo de 2024"]
    {
        let page = format!(
            "Storm Closes Schools\n\n{line}\n\nA storm closed schools in six districts on Thursday, officials said."
        );
        assert_eq!(removed(&page), [line]);
    }
}
