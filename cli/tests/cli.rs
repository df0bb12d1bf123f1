//! The `pagewash` binary: clean a seed to text and JSON, read stdin, explain.

use std::io::Write;
use std::process::{Command, Stdio};

fn pagewash() -> Command {
    Command::new(env!("CARGO_BIN_EXE_pagewash"))
}

const SEED: &str = "../fixtures/seeds/000_e81063b0ac00ad98.txt";

#[test]
fn clean_prints_the_expected_text() {
    let out = pagewash().args(["clean", SEED]).output().expect("runs");
    assert!(out.status.success());
    let want = std::fs::read_to_string("../fixtures/expected/000_e81063b0ac00ad98.txt").expect("expected file");
    assert_eq!(String::from_utf8_lossy(&out.stdout), want);
}

#[test]
fn json_lists_every_removed_line_with_cleaner_and_rule() {
    let out = pagewash().args(["clean", SEED, "--format", "json"]).output().expect("runs");
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let removals = v["removals"].as_array().expect("removals array");
    let input_lines = std::fs::read_to_string(SEED).expect("seed").lines().filter(|l| !l.trim().is_empty()).count();
    let kept_lines = v["text"].as_str().expect("text").lines().filter(|l| !l.is_empty()).count();
    assert_eq!(removals.len() + kept_lines, input_lines);
    for r in removals {
        assert!(r["cleaner"].is_string() && r["rule"].is_string() && r["text"].is_string(), "{r}");
        assert_eq!(r["location"]["type"], "lines");
    }
    assert_eq!(v["metadata"]["published"], "2025-01-27T18:54");
}

#[test]
fn reads_standard_input_and_detects_html() {
    let mut child =
        pagewash().args(["clean", "-"]).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().expect("spawns");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"<html><body><nav><a href='/'>Home</a></nav><article><p>The story is told here in full sentences, as stories are.</p></article></body></html>")
        .expect("writes");
    let out = child.wait_with_output().expect("finishes");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "The story is told here in full sentences, as stories are.\n");
}

#[test]
fn explain_marks_removed_blocks() {
    let out = pagewash().args(["clean", SEED, "--explain"]).output().expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("- [script-artifacts] phrase:undefined \"undefined\""), "{text}");
    assert!(text.contains("  Source: CNN Greece"));
}

#[test]
fn bad_arguments_fail_with_usage() {
    let out = pagewash().args(["clean", "--format", "yaml"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("invalid value 'yaml' for '--format <FORMAT>'"), "{stderr}");
    assert!(stderr.contains("[possible values: text, json, markdown]"), "{stderr}");
    let out = pagewash().args(["clean", "no/such/file.txt"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read `no/such/file.txt`"));
}

#[test]
fn a_reader_that_stops_early_is_no_crash() {
    // A big page, its stdout closed before it is written (as `| head -1` does).
    let page: String = (0..5000).map(|i| format!("Paragraph {i} of a long page about the new bridge.\n\n")).collect();
    let path = std::env::temp_dir().join(format!("pagewash-pipe-{}.txt", std::process::id()));
    std::fs::write(&path, page).expect("writes the page");
    let mut child = pagewash()
        .args(["clean", path.to_str().expect("utf-8 path"), "--explain"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawns");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("runs");
    let _ = std::fs::remove_file(&path);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && !stderr.contains("panicked"), "{:?} {stderr}", out.status);
}

#[test]
fn markdown_is_detected_and_can_be_forced_off() {
    let md = "../fixtures/markdown/en-news/input.md";
    let want = std::fs::read_to_string("../fixtures/markdown/en-news/expected.txt").expect("expected file");
    let out = pagewash().args(["clean", md]).output().expect("runs");
    assert_eq!(String::from_utf8_lossy(&out.stdout), want);
    assert!(String::from_utf8_lossy(&out.stderr).contains("read as Markdown"));
    let out = pagewash().args(["clean", md, "--input", "plain"]).output().expect("runs");
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("]("));
}

fn run(args: &[&str]) -> std::process::Output {
    pagewash().args(args).output().expect("runs")
}

#[test]
fn shell_completions_are_printed() {
    let out = run(&["completions", "bash"]);
    assert!(out.status.success());
    let script = String::from_utf8_lossy(&out.stdout);
    assert!(script.contains("pagewash") && script.contains("--html-bytes-field"), "{script}");
    assert_eq!(run(&["completions", "tcsh"]).status.code(), Some(2));
}

#[test]
fn options_read_as_users_write_them() {
    // `--name=value` works, and bad or missing values are named plainly.
    let out = run(&["clean", SEED, "--format=json"]);
    assert!(out.status.success());
    assert!(serde_json::from_slice::<serde_json::Value>(&out.stdout).is_ok());
    let out = run(&["clean", SEED, "--format"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("a value is required for '--format <FORMAT>'"));
    // JSON and the explain view do not combine silently.
    let out = run(&["clean", SEED, "--format", "json", "--explain"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot be used with"));
    // `help clean` is clean's help, and lists every input kind.
    let out = run(&["help", "clean"]);
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.starts_with("Clean one page"), "{help}");
    for kind in ["auto", "html", "text", "plain", "markdown"] {
        assert!(help.contains(&format!("- {kind}:")), "{kind} in {help}");
    }
    // Two batch field options conflict; a bad --now is refused up front.
    let out = run(&["batch", "--html-field", "html", "--text-field", "text"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot be used with"));
    let out = run(&["clean", SEED, "--now", "yesterday"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not an ISO 8601 date"));
    // A preset's configuration can be printed.
    let out = run(&["config", "--default", "--preset", "precision"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("short-lines"));
    // It shows one way to add phrases.
    let out = run(&["config", "--default"]);
    let config = String::from_utf8_lossy(&out.stdout);
    assert!(config.contains("\"extra\"") && !config.contains("extra_phrases"), "{config}");
}

#[test]
fn json_removals_come_in_page_order_and_explain_quotes_plainly() {
    let out = run(&["clean", SEED, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let blocks: Vec<u64> =
        v["removals"].as_array().expect("removals").iter().map(|r| r["block"].as_u64().expect("block")).collect();
    assert!(blocks.windows(2).all(|w| w[0] <= w[1]), "{blocks:?}");
    let mut child = pagewash()
        .args(["clean", "-", "--explain"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawns");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all("Share\u{a0}This\n\nThe council approved the budget on Tuesday after a long debate.".as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("runs");
    let view = String::from_utf8_lossy(&out.stdout);
    assert!(!view.contains("\\u{a0}"), "{view}");
}

#[test]
fn batch_refuses_two_fields_and_a_bad_config_like_clean() {
    let out = run(&["batch", "--html-field", "html", "--text-field", "text"]);
    assert_eq!(out.status.code(), Some(2));
    let dir = std::env::temp_dir().join(format!("pagewash-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let cfg = dir.join("bad.json");
    std::fs::write(&cfg, "{}").expect("write");
    let cfg = cfg.to_str().expect("utf-8");
    assert_eq!(run(&["batch", "--config", cfg]).status.code(), Some(2));
    assert_eq!(run(&["clean", SEED, "--config", cfg]).status.code(), Some(2));
}

#[test]
fn binary_input_is_refused_and_compressed_pages_are_read() {
    let out = run(&["clean", env!("CARGO_BIN_EXE_pagewash")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("binary"));
    let dir = std::env::temp_dir().join(format!("pagewash-cli-gz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let gz = dir.join("page.html.gz");
    let html = std::fs::read("../fixtures/pages/html-nav-sidebar/input.html").expect("fixture");
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(&html).expect("gzip");
    std::fs::write(&gz, enc.finish().expect("gzip")).expect("write");
    let out = run(&["clean", gz.to_str().expect("utf-8")]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("Repairs to the old stone bridge"));
}
