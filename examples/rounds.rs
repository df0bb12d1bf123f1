//! Runs N rounds over the bench pages (`benches/data/`), for counting
//! instructions with callgrind: the cost of one round is the difference
//! between N rounds and zero, divided by N (the start-up, including the
//! default pipeline's build, cancels out).
//!
//! ```sh
//! cargo build --release --example rounds
//! for what in parse html text; do for n in 0 5; do
//!   valgrind --tool=callgrind --callgrind-out-file=/dev/null target/release/examples/rounds $what $n 2>&1 | grep Collected
//! done; done
//! ```
//! `parse` is scraper's `Html::parse_document` alone (the floor of any DOM
//! cleaner), `html` the whole HTML pipeline, `text` the pipeline over the
//! pages' text dumps, `decode` the decoding of the pages' bytes alone (BOM,
//! `<meta>` prescan, UTF-8 validation, as `try_clean_bytes` does first),
//! `build` N more builds of `Pipeline::default()` (its start-up cost: the
//! phrase lists; regexes compiled on first use are not in it).

use std::hint::black_box;
use std::path::Path;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let what = args.next().ok_or("usage: rounds parse|html|text|decode|build N")?;
    let rounds: usize = args.next().ok_or("usage: rounds parse|html|text|decode|build N")?.parse()?;
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/data");
    let ext = if what == "text" { "txt" } else { "html" };
    let mut pages = Vec::new();
    for i in 0..6 {
        pages.push(std::fs::read_to_string(dir.join(format!("page{i}.{ext}")))?);
    }
    let pipeline = pagewash::Pipeline::default();
    for _ in 0..rounds {
        for page in &pages {
            match what.as_str() {
                "parse" => {
                    black_box(scraper::Html::parse_document(page));
                }
                "html" => {
                    black_box(pipeline.clean_html(page));
                }
                "decode" => {
                    black_box(pagewash::input::decode::decode_html(page.as_bytes()));
                }
                "text" => {
                    black_box(pipeline.clean_text(page));
                }
                "build" => {
                    black_box(pagewash::Pipeline::default());
                    break;
                }
                other => return Err(format!("unknown measure {other}: parse, html, text, decode or build").into()),
            }
        }
    }
    Ok(())
}
