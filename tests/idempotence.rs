//! Idempotence on real dumps: cleaning a page's cleaned text again changes
//! nothing (fixtures/idempotence/, real pages of the dev sample), and the
//! same holds for every text fixture of the project.

use std::fs;
use std::path::Path;

use pagewash::Pipeline;

fn text_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).expect("fixture dir").flatten() {
        let p = entry.path();
        if p.is_dir() {
            out.extend(["input.txt", "input.md"].iter().map(|f| p.join(f)).filter(|f| f.exists()));
        } else if p.extension().is_some_and(|e| e == "txt") {
            out.push(p);
        }
    }
    out.sort();
    out
}

#[test]
fn cleaning_cleaned_real_dumps_changes_nothing() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let p = Pipeline::default();
    let mut files = text_files(&root.join("idempotence"));
    assert!(files.len() >= 33, "only {} real dumps", files.len());
    for dir in ["seeds", "pages", "dumps", "markdown"] {
        files.extend(text_files(&root.join(dir)));
    }
    let mut failures = Vec::new();
    for f in &files {
        let text = fs::read_to_string(f).expect("fixture");
        let once = p.clean_text(&text);
        let twice = p.clean_text(once.text());
        if once.text() != twice.text() {
            failures.push(format!("{}\n{}", f.display(), twice.explain()));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} change when cleaned again:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}
