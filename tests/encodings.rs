//! Pages in legacy encodings (fixtures/encodings/, written by its
//! `make.py`): each decodes to the same article as its UTF-8 original, and
//! the notes say which encoding was used and why.

use std::fs;
use std::path::Path;

use pagewash::{InputKind, Page, Pipeline};

#[test]
fn every_legacy_encoding_decodes_to_its_article() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/encodings");
    let p = Pipeline::default();
    let mut cases = 0;
    let mut failures = Vec::new();
    for entry in fs::read_dir(&root).expect("fixtures/encodings") {
        let dir = entry.expect("dir entry").path();
        if !dir.is_dir() {
            continue;
        }
        cases += 1;
        let bytes = fs::read(dir.join("input.html")).expect("input.html");
        let want = fs::read_to_string(dir.join("expected.txt")).expect("expected.txt");
        let note = fs::read_to_string(dir.join("note.txt")).expect("note.txt");
        let cleaned = p.try_clean_bytes(&bytes, InputKind::Html).expect("within limits");
        let noted = cleaned.notes().iter().any(|n| n.contains(note.trim()));
        if cleaned.text() != want || !noted {
            failures.push(format!("{}: notes {:?}\n{}", dir.display(), cleaned.notes(), cleaned.text()));
        }
    }
    assert!(cases >= 14, "only {cases} encoding cases");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_transport_charset_overrides_the_page() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/encodings");
    // The windows-1251 page read as if the server had said KOI8-R: the
    // header wins over the <meta>, and the note names it.
    let bytes = fs::read(root.join("windows-1251/input.html")).expect("input.html");
    let cleaned = Pipeline::default()
        .try_clean_page(Page::bytes(&bytes, InputKind::Html).charset("text/html; charset=KOI8-R"))
        .expect("within limits");
    assert!(cleaned.notes().iter().any(|n| n.contains("KOI8-R (declared by the transport's Content-Type)")));
    let want = fs::read_to_string(root.join("windows-1251/expected.txt")).expect("expected.txt");
    assert_ne!(cleaned.text(), want);
}

#[test]
fn utf8_pages_get_no_decoding_note() {
    let page = "<html><body><p>Die Bürger hatten längere Öffnungszeiten gefordert, sagte der Sprecher am Montag.</p></body></html>";
    let cleaned = Pipeline::default().try_clean_bytes(page.as_bytes(), InputKind::Html).expect("within limits");
    assert!(cleaned.notes().is_empty(), "{:?}", cleaned.notes());
}
