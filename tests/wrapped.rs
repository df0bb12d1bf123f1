//! Hard-wrapped dumps (`lynx -dump`, `w3m -dump`, html2text's default):
//! the same page wrapped at a fixed width cleans to the same article.

use std::fs;
use std::path::Path;

use pagewash::Pipeline;

/// Wraps every line longer than `width` at word boundaries, as dump tools do.
fn hard_wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let mut current = String::new();
        for word in line.split(' ').filter(|w| !w.is_empty()) {
            if !current.is_empty() && current.chars().count() + 1 + word.chars().count() > width {
                out.push_str(&current);
                out.push('\n');
                current.clear();
            }
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
        out.push_str(&current);
        out.push('\n');
    }
    out
}

/// Wrapped at some widths, a short line right after one that nearly fills
/// the width (a site name after the title, a section heading after a
/// teaser's headline) reads as the wrapped tail of that line and is joined
/// to it: the joined block is kept or removed whole. What must hold at every
/// width: no paragraph of the article is lost, and little is kept besides.
#[test]
fn seeds_wrapped_at_common_widths_keep_every_paragraph_of_the_article() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let p = Pipeline::default();
    let mut checked = 0;
    let mut exact = 0;
    for entry in fs::read_dir(root.join("seeds")).expect("seeds") {
        let path = entry.expect("entry").path();
        let seed = fs::read_to_string(&path).expect("seed");
        let expected =
            fs::read_to_string(root.join("expected").join(path.file_name().expect("name"))).expect("expected");
        for width in [72, 76, 80] {
            let wrapped = hard_wrap(&seed, width);
            assert!(wrapped.lines().count() > seed.lines().count(), "{} was not wrapped", path.display());
            let cleaned = p.clean_text(&wrapped);
            let kept: Vec<&str> = cleaned.text().split("\n\n").map(str::trim).collect();
            let want: Vec<&str> = expected.split("\n\n").map(str::trim).collect();
            let lost: Vec<&&str> = want.iter().filter(|w| !kept.iter().any(|k| k.contains(**w))).collect();
            assert!(lost.is_empty(), "{} at {width} lost {lost:?}:\n{}", path.display(), cleaned.explain());
            let extra = kept.iter().filter(|k| !want.contains(k)).count();
            assert!(extra <= 3, "{} at {width} kept {extra} extra blocks:\n{}", path.display(), cleaned.explain());
            exact += usize::from(cleaned.text() == expected);
            checked += 1;
        }
    }
    assert!(checked >= 6);
    assert!(exact * 2 >= checked, "only {exact} of {checked} wrapped seeds cleaned exactly");
}
