//! Scores pagewash on a dev set with the metrics of `shared/eval/score.py`.
//!
//! ```sh
//! cargo run --release --example eval -- ../shared/data/scrapinghub.jsonl --mode html
//! cargo run --release --example eval -- ../shared/data/wcxb-dev-sample.jsonl --mode text --out /tmp/pred.jsonl
//! ```
//! `--out FILE` writes `{"id", "text"}` lines for `score.py`; `--worst N`
//! lists the N pages with the lowest token F1; `--show ID` prints one page's
//! explain view and gold text; `--rule R` prints, per page, the first three
//! blocks removed by rule or cleaner R.

mod metrics;

use std::io::{BufRead, Write};
use std::time::Instant;

use pagewash::Pipeline;
use serde_json::Value;

struct Args {
    data: String,
    html: bool,
    out: Option<String>,
    worst: usize,
    show: Option<String>,
    rule: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args { data: String::new(), html: true, out: None, worst: 0, show: None, rule: None };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--mode" => {
                args.html = match it.next().as_deref() {
                    Some("html") => true,
                    Some("text") => false,
                    other => return Err(format!("--mode takes html or text, got {other:?}")),
                }
            }
            "--out" => args.out = it.next(),
            "--worst" => args.worst = it.next().and_then(|n| n.parse().ok()).ok_or("--worst takes a number")?,
            "--show" => args.show = it.next(),
            "--rule" => args.rule = it.next(),
            _ if args.data.is_empty() => args.data = a,
            _ => return Err(format!("unexpected argument {a}")),
        }
    }
    if args.data.is_empty() {
        return Err("usage: eval DATA.jsonl [--mode html|text] [--out PRED.jsonl] [--worst N] [--show ID]".into());
    }
    Ok(args)
}

fn strings(v: &Value, key: &str) -> Vec<String> {
    v.get(key)
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_string)).collect())
        .unwrap_or_default()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = parse_args()?;
    let pipeline = Pipeline::default();
    let file = std::io::BufReader::new(std::fs::File::open(&args.data)?);
    let mut out = match &args.out {
        Some(p) => Some(std::io::BufWriter::new(std::fs::File::create(p)?)),
        None => None,
    };
    let (mut toks, mut shc, mut ws, mut ms, mut empty, mut rows) = (vec![], vec![], vec![], vec![], 0, vec![]);
    let mut has_snippets = false;
    let mut by_type: std::collections::BTreeMap<String, Vec<f64>> = std::collections::BTreeMap::new();
    for line in file.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let rec: Value = serde_json::from_str(&line)?;
        let id = match &rec["id"] {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        let input = rec[if args.html { "html" } else { "text" }].as_str().unwrap_or("");
        let start = Instant::now();
        let cleaned = if args.html { pipeline.clean_html(input) } else { pipeline.clean_text(input) };
        ms.push(start.elapsed().as_secs_f64() * 1000.0);
        let pred = cleaned.text();
        if pred.trim().is_empty() {
            empty += 1;
        }
        if let Some(w) = out.as_mut() {
            writeln!(w, "{}", serde_json::json!({"id": id, "text": pred}))?;
        }
        if let Some(gold) = rec["gold"].as_str() {
            let t = metrics::tok(gold, pred);
            if let Some(kind) = rec["page_type"].as_str() {
                by_type.entry(kind.to_string()).or_default().push(t.2);
            }
            toks.push(t);
            shc.push(metrics::sh_counts(gold, pred));
            rows.push((t.2, t.0, t.1, id.clone()));
        }
        if !rec["with"].is_null() || !rec["without"].is_null() {
            has_snippets = true;
            ws.push(metrics::wsnip(&strings(&rec, "with"), &strings(&rec, "without"), pred));
        }
        if let Some(rule) = &args.rule {
            for r in cleaned.removals().iter().filter(|r| &r.rule == rule || r.cleaner == rule).take(3) {
                println!("rule: {id} [{}] {} {:?}", r.cleaner, r.rule, r.text.chars().take(120).collect::<String>());
            }
        }
        if args.show.as_deref() == Some(id.as_str()) {
            println!("{}\n=== GOLD\n{}\n===", cleaned.explain(), rec["gold"].as_str().unwrap_or(""));
        }
    }
    let col = |i: usize| toks.iter().map(|t: &(f64, f64, f64)| [t.0, t.1, t.2][i]).collect::<Vec<_>>();
    let (sp, sr, sf) = metrics::sh_aggregate(&shc);
    println!("data: {}  mode: {}", args.data, if args.html { "html" } else { "text" });
    println!("| pages | empty | tok P | tok R | tok F1 | tok F1 median | sh P | sh R | sh F1 | ms/page median |");
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    println!(
        "| {} | {} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} | {:.2} |",
        ms.len(),
        empty,
        metrics::mean(&col(0)),
        metrics::mean(&col(1)),
        metrics::mean(&col(2)),
        metrics::median(&col(2)),
        sp,
        sr,
        sf,
        metrics::median(&ms)
    );
    if has_snippets {
        let with: Vec<f64> = ws.iter().map(|w| w.0).collect();
        let without: Vec<f64> = ws.iter().map(|w| w.1).collect();
        println!("wsnip: with found {:.3}, without leaked {:.3}", metrics::mean(&with), metrics::mean(&without));
    }
    if !by_type.is_empty() {
        let parts: Vec<String> =
            by_type.iter().map(|(k, v)| format!("{k} {:.3} ({})", metrics::mean(v), v.len())).collect();
        println!("tok F1 by page type: {}", parts.join(", "));
    }
    if args.worst > 0 {
        rows.sort_by(|a, b| a.0.total_cmp(&b.0));
        for (f1, p, r, id) in rows.iter().take(args.worst) {
            println!("worst: {id} f1={f1:.3} p={p:.3} r={r:.3}");
        }
    }
    Ok(())
}
