//! Throughput of the default pipeline, and its cost against parsing alone.
//!
//! Groups: `html/parse-only` (scraper's parse, the floor any DOM-based
//! cleaner pays) against `html/pipeline` (pagewash's whole HTML path), per
//! page; `text/pipeline` over the text dumps and the golden fixtures.
//! Run: `cargo bench --bench clean`.

// criterion_group! generates undocumented items.
#![allow(missing_docs)]

use std::fs;
use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use pagewash::Pipeline;

fn read_dir(dir: &Path, ext: &str) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == ext))
                .filter_map(|p| {
                    let name = p.file_stem()?.to_string_lossy().into_owned();
                    Some((name, fs::read_to_string(&p).ok()?))
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

fn fixtures() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts = read_dir(&root.join("fixtures/seeds"), "txt");
    if let Ok(cases) = fs::read_dir(root.join("fixtures/pages")) {
        for case in cases.filter_map(Result::ok) {
            if let Ok(t) = fs::read_to_string(case.path().join("input.txt")) {
                texts.push((case.file_name().to_string_lossy().into_owned(), t));
            }
        }
    }
    texts
}

fn html_pages(c: &mut Criterion) {
    let pipeline = Pipeline::default();
    let pages = read_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/data"), "html");
    let mut group = c.benchmark_group("html");
    for (name, html) in &pages {
        // Checked once, outside the timed loop: the pipeline keeps an article.
        assert!(!pipeline.clean_html(html).text().is_empty(), "{name} cleaned to nothing");
        group.throughput(Throughput::Bytes(html.len() as u64));
        group.bench_function(format!("parse-only/{name}"), |b| {
            b.iter(|| scraper::Html::parse_document(black_box(html)).tree.values().count())
        });
        group.bench_function(format!("pipeline/{name}"), |b| b.iter(|| pipeline.clean_html(black_box(html))));
    }
    group.finish();
}

fn text_pages(c: &mut Criterion) {
    let pipeline = Pipeline::default();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dumps = read_dir(&root.join("benches/data"), "txt");
    let fixtures = fixtures();
    let mut group = c.benchmark_group("text");
    for (label, set) in [("dumps", &dumps), ("fixtures", &fixtures)] {
        let bytes: usize = set.iter().map(|(_, t)| t.len()).sum();
        assert!(set.iter().any(|(_, t)| !pipeline.clean_text(t).text().is_empty()));
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function(format!("pipeline/{label}"), |b| {
            b.iter(|| set.iter().map(|(_, t)| pipeline.clean_text(black_box(t)).text().len()).sum::<usize>())
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default();
    targets = html_pages, text_pages
}
criterion_main!(benches);
