//! Doubles the input size and prints time and peak heap memory of the
//! default pipeline, for text and HTML, to show both grow linearly.
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
}
