//! Doubles the input size and prints time and peak heap memory of the
//! default pipeline, for text and HTML, to show both grow linearly; then
//! times the hostile inputs of `tests/hostile.rs` once each (the tests
//! assert outcomes, this reports how long they take).
//!
//! ```sh
//! cargo run --release --example scaling
//! ```
//! Each size is made of distinct copies of a real page (`benches/data`), so
//! the duplicate detector cannot shortcut the work.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards to the system allocator and only counts bytes.
#[allow(unsafe_code)]
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = CURRENT.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(now, Ordering::Relaxed);
        // SAFETY: same layout contract as the caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: ptr was allocated by `alloc` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

fn measure(input: &str, run: impl Fn(&str) -> usize) -> (f64, usize) {
    let mut best = f64::MAX;
    let mut peak = 0;
    for _ in 0..3 {
        let base = CURRENT.load(Ordering::Relaxed);
        PEAK.store(base, Ordering::Relaxed);
        let start = Instant::now();
        std::hint::black_box(run(input));
        best = best.min(start.elapsed().as_secs_f64());
        peak = peak.max(PEAK.load(Ordering::Relaxed) - base);
    }
    (best, peak)
}

fn numbered(page: &str, copies: usize, html: bool) -> String {
    let mut out = String::new();
    if html {
        out.push_str("<html><body>");
    }
    for i in 0..copies {
        // Distinct copies: every line carries its copy number.
        for line in page.lines() {
            out.push_str(line);
            if html {
                out.push_str(&format!("<span>{i}</span>\n"));
            } else if !line.trim().is_empty() {
                out.push_str(&format!(" {i}\n"));
            } else {
                out.push('\n');
            }
        }
    }
    if html {
        out.push_str("</body></html>");
    }
    out
}

/// The hostile inputs, built as in `tests/hostile.rs`.
fn hostile() -> Vec<(&'static str, String, bool)> {
    let mut para = String::new();
    let mut i = 0;
    while para.len() < 20 << 20 {
        para.push_str(&format!("<p>The council met on day {i} and agreed on a new budget for the schools.</p>\n"));
        i += 1;
    }
    vec![
        ("50 MB single line (text)", "word ".repeat(10 << 20), false),
        ("1,000,000 short lines (text)", "short line\n".repeat(1_000_000), false),
        ("20 MB page (html)", format!("<html><body><article>{para}</article></body></html>"), true),
        ("100,000 nested divs (html)", "<div>".repeat(100_000) + "deep" + &"</div>".repeat(100_000), true),
        ("1 MB attribute (html)", format!("<div title=\"{}\">text</div>", "x".repeat(1 << 20)), true),
        ("200,000 x 'share this' (text)", "share this ".repeat(200_000), false),
        ("50,000 repeated also-read lines (text)", "Also read: The Same Headline Again\n".repeat(50_000), false),
        (
            "5,000 attributes (html)",
            format!("<p {}>x</p>", (0..5000).map(|i| format!("a{i}=\"{i}\"")).collect::<Vec<_>>().join(" ")),
            true,
        ),
        ("8,000 unclosed inline tags (html)", "<div><p><span><a href='x'>".repeat(2000), true),
        (
            "50,000 controlled hidden panels (html)",
            format!(
                "<button aria-controls='{}'>Open</button>{}",
                (0..50_000).map(|i| format!("p{i} ")).collect::<String>(),
                (0..50_000).map(|i| format!("<div id='p{i}' hidden><p>Panel {i}.</p></div>")).collect::<String>()
            ),
            true,
        ),
        // The quadratic traps of the second hostile-input round, at full size.
        ("200,000 x <div/> (html)", "<div/>".repeat(200_000) + "end", true),
        ("<svg><title> + 100,000 <g> (html)", "<svg><title>".to_string() + &"<g>".repeat(100_000), true),
        ("100,000 <p>x + 100,000 </span> (html)", "<p>x".repeat(100_000) + &"</span>".repeat(100_000), true),
        (
            "80,000 consent lines (text)",
            (0..80_000)
                .map(|i| format!("We and our {i} partners use cookies to store and access personal data on your device.\n\n"))
                .collect(),
            false,
        ),
        (
            "80,000 distinct chrome class names (html)",
            format!(
                "<html><body>{}</body></html>",
                (0..80_000)
                    .map(|i| format!(
                        "<div class='sidebar-{i}'><p>The council met on day {i} and agreed on a budget for the schools.</p></div>"
                    ))
                    .collect::<String>()
            ),
            true,
        ),
        (
            "100,000 streamed segments (html)",
            format!(
                "<html><body>{}{}</body></html>",
                (0..100_000).map(|i| format!("<template id='B:{i:x}'></template>")).collect::<String>(),
                (0..100_000).map(|i| format!("<div hidden id='S:{i:x}'><p>Segment {i}.</p></div>")).collect::<String>()
            ),
            true,
        ),
    ]
}

fn main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/data");
    let pipeline = pagewash::Pipeline::default();
    for (kind, file) in [("text", "page2.txt"), ("html", "page2.html")] {
        let page = std::fs::read_to_string(dir.join(file)).expect("bench page");
        let body = if kind == "html" {
            let start = page.find("<body").unwrap_or(0);
            let end = page.rfind("</body>").unwrap_or(page.len());
            page[start..end].to_string()
        } else {
            page
        };
        println!("{kind}: | input MB | ms | MB/s | peak heap MB | peak / input |");
        for k in 0..6 {
            let input = numbered(&body, 1 << k, kind == "html");
            let (secs, peak) = measure(&input, |s| {
                if kind == "html" {
                    pipeline.clean_html(s).text().len()
                } else {
                    pipeline.clean_text(s).text().len()
                }
            });
            let mb = input.len() as f64 / 1e6;
            println!(
                "{kind}: | {mb:.2} | {:.1} | {:.1} | {:.1} | {:.1} |",
                secs * 1e3,
                mb / secs,
                peak as f64 / 1e6,
                peak as f64 / input.len() as f64
            );
        }
    }
    println!("hostile: | input | MB | ms | peak heap MB |");
    for (name, input, html) in hostile() {
        let (secs, peak) = measure(&input, |s| {
            if html {
                pipeline.clean_html(s).text().len()
            } else {
                pipeline.clean_text(s).text().len()
            }
        });
        println!(
            "hostile: | {name} | {:.1} | {:.0} | {:.0} |",
            input.len() as f64 / 1e6,
            secs * 1e3,
            peak as f64 / 1e6
        );
    }
}
