//! Scores pagewash on a dev set with the metrics of `shared/eval/score.py`.
//!
//! ```sh
//! cargo run --release --example eval -- ../shared/data/scrapinghub.jsonl --mode html
//! cargo run --release --example eval -- ../shared/data/wcxb-dev-sample.jsonl --mode text --out /tmp/pred.jsonl
//! ```
//! DATA may be plain JSON Lines, zstd- or gzip-compressed (`.zst`, `.gz`), or
//! `-` for standard input. `--out FILE` writes `{"id", "text"}` lines for
//! `score.py`; `--scores FILE` writes one `id<TAB>tok F1` line per page (to
//! compare two runs page by page); `--worst N` lists the N pages with the
//! lowest token F1 (10 by default) with the rule whose removals held the most
//! gold words; `--show ID` prints one page's explain view and gold text;
//! `--rule R` prints, per page, the first three blocks removed by rule or
//! cleaner R; `--preset precision|recall` scores that preset's pipeline
//! ([`pagewash::Config::preset`]); `--tune name=value` (repeatable) sets one
//! of the classifier's thresholds ([`pagewash::cleaners::Tuning`]) over the
//! preset's, to sweep it. The summary counts the broken pages (token F1 under 0.3 and
//! under 0.5). Each record's `url`, when it has one, is passed with its page
//! (as WARC input and the Python package pass it); `--no-url` leaves it
//! out. With `EVAL_IDEMPOTENCE` set, each page's cleaned text is
//! cleaned again (as a text dump) and pages whose text changes are listed.
//! With `EVAL_RULES` set, each rule's removed words are counted, with those
//! the cleaned text lacks to match the gold text (which rules cost recall);
//! with `EVAL_RULES_PAGE` set as well, the same counts are printed per page
//! (`page-rule: ID<TAB>rule<TAB>words<TAB>gold words`).

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
    scores: Option<String>,
    preset: pagewash::cleaners::Preset,
    tunes: Vec<(String, Value)>,
    /// Do not pass the records' `url` fields to the pipeline.
    no_url: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        data: String::new(),
        html: true,
        out: None,
        worst: 10,
        show: None,
        rule: None,
        scores: None,
        preset: pagewash::cleaners::Preset::Balanced,
        tunes: Vec::new(),
        no_url: false,
    };
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
            "--scores" => args.scores = it.next(),
            "--no-url" => args.no_url = true,
            "--preset" => {
                args.preset = match it.next().as_deref() {
                    Some("precision") => pagewash::cleaners::Preset::Precision,
                    Some("balanced") => pagewash::cleaners::Preset::Balanced,
                    Some("recall") => pagewash::cleaners::Preset::Recall,
                    other => return Err(format!("--preset takes precision, balanced or recall, got {other:?}")),
                }
            }
            "--tune" => {
                let tune = it.next().unwrap_or_default();
                let (name, value) = tune.split_once('=').ok_or("--tune takes name=value")?;
                let value = serde_json::from_str(value).map_err(|e| format!("--tune {name}: {e}"))?;
                args.tunes.push((name.to_string(), value));
            }
            _ if args.data.is_empty() => args.data = a,
            _ => return Err(format!("unexpected argument {a}")),
        }
    }
    if args.data.is_empty() {
        return Err("usage: eval DATA.jsonl [--mode html|text] [--out PRED.jsonl] [--scores FILE] [--worst N] [--show ID] [--rule R] [--no-url]".into());
    }
    Ok(args)
}

/// Opens DATA: `-` is standard input; `.zst` and `.gz` files are decompressed.
fn open_data(path: &str) -> std::io::Result<Box<dyn BufRead>> {
    use std::io::BufReader;
    if path == "-" {
        return Ok(Box::new(BufReader::new(std::io::stdin())));
    }
    let file = std::fs::File::open(path)?;
    Ok(if path.ends_with(".zst") {
        Box::new(BufReader::new(zstd::Decoder::new(file)?))
    } else if path.ends_with(".gz") {
        Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(file)))
    } else {
        Box::new(BufReader::new(file))
    })
}

/// The rule (`cleaner/rule`) whose removed blocks hold the most gold words,
/// or `-` when no removal holds any.
fn worst_rule(gold: &str, cleaned: &pagewash::Cleaned) -> String {
    let gl = gold.to_lowercase();
    let gold_words: std::collections::HashSet<&str> = metrics::words(&gl).collect();
    let mut lost: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for r in cleaned.removals() {
        let text = r.text.to_lowercase();
        let n = metrics::words(&text).filter(|w| gold_words.contains(w)).count();
        *lost.entry(format!("{}/{}", r.cleaner, r.rule)).or_default() += n;
    }
    lost.into_iter()
        .filter(|(_, n)| *n > 0)
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
        .map_or_else(|| "-".to_string(), |(rule, n)| format!("{rule} ({n} gold words)"))
}

/// Per rule (see [`rule_key`]): words removed, those of them that the
/// cleaned text lacks to match the gold text, and pages.
type RuleStats = std::collections::BTreeMap<String, (usize, usize, usize)>;

/// A removal's rule, with the classifier's evidence tags that say why the
/// block was chrome: `+card` (a teaser card), `+landmark`, `+linked`
/// (over half link text).
fn rule_key(r: &pagewash::Removal) -> String {
    let mut key = format!("{}/{}", r.cleaner, r.rule);
    if let Some(e) = r.evidence.as_deref() {
        if e.contains("teaser-card") {
            key.push_str("+card");
        }
        if e.contains("landmark:") {
            key.push_str("+landmark");
        }
        let links = e.split("links=").nth(1).and_then(|v| v.split_whitespace().next()?.parse::<f64>().ok());
        if links.is_some_and(|l| l > 0.5) {
            key.push_str("+linked");
        }
    }
    key
}

/// Adds one page's removals to `stats`: a removed word counts as gold when
/// the gold text has it more often than the cleaned text (the words whose
/// removal cost recall, each counted once).
fn tally_rules(stats: &mut RuleStats, gold: &str, cleaned: &pagewash::Cleaned) {
    let (gl, pl) = (gold.to_lowercase(), cleaned.text().to_lowercase());
    let mut missing: std::collections::HashMap<&str, i64> = std::collections::HashMap::new();
    for w in metrics::words(&gl) {
        *missing.entry(w).or_default() += 1;
    }
    for w in metrics::words(&pl) {
        *missing.entry(w).or_default() -= 1;
    }
    let mut seen = std::collections::HashSet::new();
    for r in cleaned.removals() {
        let text = r.text.to_lowercase();
        let key = rule_key(r);
        let e = stats.entry(key.clone()).or_default();
        for w in metrics::words(&text) {
            e.0 += 1;
            if let Some(n) = missing.get_mut(w).filter(|n| **n > 0) {
                *n -= 1;
                e.1 += 1;
            }
        }
        if seen.insert(key) {
            e.2 += 1;
        }
    }
}

/// Prints the rules whose removals cost gold words, most first.
fn print_rule_stats(stats: &RuleStats) {
    let mut rows: Vec<_> = stats.iter().filter(|(_, v)| v.1 > 0).collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.1 .1));
    for (rule, (words, gold, pages)) in rows {
        let share = 100.0 * *gold as f64 / *words as f64;
        println!("rule-stats: {rule}\twords {words}\tgold lost {gold} ({share:.0}%)\tpages {pages}");
    }
}

/// The preset's configuration with the `--tune` thresholds set on its classifier.
fn tuned_config(args: &Args) -> Result<pagewash::Config, Box<dyn std::error::Error>> {
    let mut config = pagewash::Config::preset(args.preset);
    if args.tunes.is_empty() {
        return Ok(config);
    }
    let mut tuning = serde_json::to_value(pagewash::cleaners::Tuning::of(args.preset))?;
    for (name, value) in &args.tunes {
        if tuning.get(name).is_none() {
            return Err(format!("--tune: no threshold named {name}; the names: {tuning}").into());
        }
        tuning[name] = value.clone();
    }
    for cleaner in &mut config.cleaners {
        if let pagewash::CleanerConfig::BlockClassifier(c) = cleaner {
            c.tuning = Some(serde_json::from_value(tuning.clone())?);
        }
    }
    Ok(config)
}

fn strings(v: &Value, key: &str) -> Vec<String> {
    v.get(key)
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_string)).collect())
        .unwrap_or_default()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = parse_args()?;
    let pipeline: Pipeline = tuned_config(&args)?.build()?;
    let file = open_data(&args.data)?;
    let mut out = match &args.out {
        Some(p) => Some(std::io::BufWriter::new(std::fs::File::create(p)?)),
        None => None,
    };
    let (mut toks, mut shc, mut ws, mut ms, mut empty, mut rows) = (vec![], vec![], vec![], vec![], 0, vec![]);
    let mut has_snippets = false;
    let mut rule_stats = std::env::var_os("EVAL_RULES").map(|_| RuleStats::new());
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
        // The page's address, when the record has one, goes with it, as a
        // crawler's pipeline passes it (WARC input, the Python package).
        let page = if args.html { pagewash::Page::html(input) } else { pagewash::Page::text(input) };
        let page = match rec["url"].as_str().filter(|u| !u.is_empty() && !args.no_url) {
            Some(url) => page.url(url),
            None => page,
        };
        let cleaned = pipeline.clean_page(page);
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
            rows.push((t.2, t.0, t.1, id.clone(), worst_rule(gold, &cleaned)));
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
        if std::env::var_os("EVAL_IDEMPOTENCE").is_some() {
            let again = pipeline.clean_text(pred);
            if again.text() != pred {
                println!("not idempotent: {id} ({} -> {} bytes)", pred.len(), again.text().len());
            }
        }
        if let (Some(stats), Some(gold)) = (rule_stats.as_mut(), rec["gold"].as_str()) {
            let mut page = RuleStats::default();
            tally_rules(&mut page, gold, &cleaned);
            for (rule, (words, gold, pages)) in page {
                if std::env::var_os("EVAL_RULES_PAGE").is_some() {
                    println!("page-rule: {id}\t{rule}\t{words}\t{gold}");
                }
                let total = stats.entry(rule).or_default();
                *total = (total.0 + words, total.1 + gold, total.2 + pages);
            }
        }
        if std::env::var_os("EVAL_NOTES").is_some() {
            for n in cleaned.notes() {
                println!("note: {id}\t{n}");
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
    let f1s = col(2);
    println!(
        "broken pages: {} under 0.3, {} under 0.5 (of {})",
        f1s.iter().filter(|f| **f < 0.3).count(),
        f1s.iter().filter(|f| **f < 0.5).count(),
        f1s.len()
    );
    if let Some(path) = &args.scores {
        let mut w = std::io::BufWriter::new(std::fs::File::create(path)?);
        for (f1, _, _, id, _) in &rows {
            writeln!(w, "{id}\t{f1:.4}")?;
        }
    }
    if let Some(stats) = &rule_stats {
        print_rule_stats(stats);
    }
    if args.worst > 0 {
        rows.sort_by(|a, b| a.0.total_cmp(&b.0));
        for (f1, p, r, id, rule) in rows.iter().take(args.worst) {
            println!("worst: {id} f1={f1:.3} p={p:.3} r={r:.3} worst rule: {rule}");
        }
    }
    Ok(())
}
