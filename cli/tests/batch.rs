//! `pagewash batch` and `pagewash config`: order, errors in place, stdin,
//! compressed input, config files.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn pagewash() -> Command {
    Command::new(env!("CARGO_BIN_EXE_pagewash"))
}

fn run_with_stdin(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = pagewash()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawns");
    // A command that fails on its arguments exits without reading its input:
    // a broken pipe here is expected, and the exit code tells the rest.
    let _ = child.stdin.take().expect("stdin").write_all(stdin);
    child.wait_with_output().expect("finishes")
}

fn lines(out: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(out).lines().map(|l| serde_json::from_str(l).expect("every output line is JSON")).collect()
}

const ARTICLE: &str = "The council approved the budget on Tuesday after a long debate in the chamber.\n\nAdvertisement";

fn mixed_input() -> Vec<u8> {
    let mut input = Vec::new();
    for line in [
        serde_json::json!({"id": "a", "text": ARTICLE}).to_string(),
        "this is not json".to_string(),
        serde_json::json!({"id": "c"}).to_string(),
        serde_json::json!({"id": "d", "text": 42}).to_string(),
        serde_json::json!({"id": "e", "text": "  "}).to_string(),
        String::new(),
        serde_json::json!({"id": "g", "text": ARTICLE}).to_string(),
    ] {
        input.extend_from_slice(line.as_bytes());
        input.push(b'\n');
    }
    input.extend_from_slice(b"{\"id\": \"h\", \"text\": \"caf\xE9\"}\n");
    input
}

#[test]
fn every_input_line_gets_an_output_line_in_order() {
    let out = run_with_stdin(&["batch", "--text-field", "text", "--threads", "2"], &mixed_input());
    assert_eq!(out.status.code(), Some(3), "some records failed: exit code 3");
    let got = lines(&out.stdout);
    assert_eq!(got.len(), 8);
    let ids: Vec<Value> = got.iter().map(|v| v["id"].clone()).collect();
    assert_eq!(
        ids,
        ["a", "null", "c", "d", "e", "null", "g", "h"].map(|s| if s == "null" { Value::Null } else { Value::from(s) })
    );
    assert_eq!(got[0]["text"], "The council approved the budget on Tuesday after a long debate in the chamber.\n");
    let errors: Vec<&str> = got.iter().filter_map(|v| v["error"].as_str()).collect();
    assert_eq!(
        errors,
        [
            "line 2: not JSON: expected ident at line 1 column 2",
            "line 3: field `text` is missing",
            "line 4: field `text` is a number, not a string",
            "line 5: field `text` is empty",
            "line 6: empty line",
            "line 8: invalid UTF-8 at byte 24",
        ]
    );
    let summary = String::from_utf8_lossy(&out.stderr);
    assert!(summary.contains("8 records, 6 errors"), "{summary}");
}

#[test]
fn all_good_records_exit_zero_and_report_removals() {
    let input = format!("{}\n", serde_json::json!({"url": "u1", "page": ARTICLE}));
    let out = run_with_stdin(&["batch", "--text-field", "page", "--id-field", "url", "--report"], input.as_bytes());
    assert!(out.status.success());
    let got = lines(&out.stdout);
    assert_eq!(got[0]["id"], "u1");
    assert_eq!(got[0]["removals"][0]["cleaner"], "boilerplate-labels");
    assert_eq!(got[0]["removals"][0]["text"], "Advertisement");
    // An id field no record has is named on standard error.
    let out = run_with_stdin(&["batch", "--text-field", "page", "--id-field", "nope"], input.as_bytes());
    assert!(out.status.success());
    assert_eq!(lines(&out.stdout)[0]["id"], Value::Null);
    assert!(String::from_utf8_lossy(&out.stderr).contains("1 records have no `nope` field"));
}

#[test]
fn compressed_files_are_read() {
    let dir = std::env::temp_dir().join(format!("pagewash-batch-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let plain = mixed_input();
    let gz = dir.join("in.jsonl.gz");
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(&plain).expect("compresses");
    std::fs::write(&gz, enc.finish().expect("finishes")).expect("writes");
    let zst = dir.join("in.jsonl.zst");
    std::fs::write(&zst, zstd::encode_all(&plain[..], 3).expect("compresses")).expect("writes");
    for input in [&gz, &zst] {
        let output = dir.join("out.jsonl");
        let status = pagewash()
            .args(["batch", "--input", input.to_str().expect("path"), "--output", output.to_str().expect("path")])
            .stderr(Stdio::null())
            .status()
            .expect("runs");
        assert_eq!(status.code(), Some(3));
        let got = lines(&std::fs::read(&output).expect("output"));
        assert_eq!(got.len(), 8, "{}", input.display());
        assert_eq!(got[6]["id"], "g");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_record_s_url_goes_with_its_page() {
    let story: Vec<String> = (0..4)
        .map(|i| {
            format!("Paragraph {i} of the first post asks how to wire the garage lights to the new switch box safely.")
        })
        .collect();
    let replies: Vec<String> = (0..3)
        .map(|i| {
            format!(
                "Reply {i} suggests checking the breaker first and using a tester before touching the wires.\n\nReply"
            )
        })
        .collect();
    let text = format!("{}\n\n3 Comments\n\n{}", story.join("\n\n"), replies.join("\n\n"));
    let record =
        serde_json::json!({"id": "t", "url": "https://forum.example.org/threads/garage-lights.4211/", "text": text});
    let input = format!("{record}\n");
    // A thread's address says its replies are its content.
    let out = run_with_stdin(&["batch"], input.as_bytes());
    assert!(lines(&out.stdout)[0]["text"].as_str().is_some_and(|t| t.contains("Reply 2 suggests")), "{out:?}");
    // Without it, the replies under the comment count go.
    let out = run_with_stdin(&["batch", "--url-field", "address"], input.as_bytes());
    let text = lines(&out.stdout)[0]["text"].as_str().map(str::to_string).unwrap_or_default();
    assert!(text.contains("Paragraph 3") && !text.contains("Reply 2 suggests"), "{text}");
}

#[test]
fn html_field_is_cleaned_as_html() {
    let rec = serde_json::json!({"id": 1, "html": "<nav><a href='/'>Home</a></nav><article><p>The story is told here in full sentences, as stories are.</p></article>"});
    let out = run_with_stdin(&["batch", "--html-field", "html"], format!("{rec}\n").as_bytes());
    assert!(out.status.success());
    assert_eq!(lines(&out.stdout)[0]["text"], "The story is told here in full sentences, as stories are.\n");
}

#[test]
fn default_config_round_trips_through_config_files() {
    let dir = std::env::temp_dir().join(format!("pagewash-config-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    for format in ["json", "toml"] {
        let out = pagewash().args(["config", "--default", "--format", format]).output().expect("runs");
        assert!(out.status.success());
        let path = dir.join(format!("config.{format}"));
        std::fs::write(&path, &out.stdout).expect("writes");
        let seed = "../fixtures/seeds/000_e81063b0ac00ad98.txt";
        let cleaned =
            pagewash().args(["clean", seed, "--config", path.to_str().expect("path")]).output().expect("runs");
        assert!(cleaned.status.success(), "{}", String::from_utf8_lossy(&cleaned.stderr));
        let want = std::fs::read_to_string("../fixtures/expected/000_e81063b0ac00ad98.txt").expect("expected");
        assert_eq!(String::from_utf8_lossy(&cleaned.stdout), want, "{format}");
    }
    let bad = dir.join("bad.toml");
    std::fs::write(&bad, "[[cleaners]]\nkind = \"block-classifier\"\nmin_stopword_density = 3.0\n").expect("writes");
    let out = pagewash()
        .args(["clean", "../fixtures/seeds/000_e81063b0ac00ad98.txt", "--config", bad.to_str().expect("path")])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("min_stopword_density"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn markdown_and_presets_from_the_command_line() {
    let html = b"<article><h1>A Title Here Today</h1><p>One sentence of the article, long enough to count here.</p><ul><li>first item</li></ul><p>Another sentence of the article, long enough to count.</p></article>";
    let out = run_with_stdin(&["clean", "-", "--format", "markdown", "--preset", "recall"], html);
    assert!(out.status.success());
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(md.starts_with("# A Title Here Today\n\n"), "{md}");
    assert!(md.contains("\n- first item\n"), "{md}");
    let out = run_with_stdin(&["clean", "-", "--preset", "greedy"], html);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn every_subcommand_has_help_with_examples() {
    for cmd in ["clean", "batch", "config"] {
        let out = pagewash().args([cmd, "--help"]).output().expect("runs");
        assert!(out.status.success());
        let help = String::from_utf8_lossy(&out.stdout);
        assert!(help.contains("Usage:") && help.contains("Examples:"), "{cmd}: {help}");
    }
}

#[test]
fn output_does_not_depend_on_threads_or_record_order() {
    let pages: Vec<String> = std::fs::read_dir("../fixtures/pages")
        .expect("fixtures")
        .filter_map(Result::ok)
        .filter_map(|e| std::fs::read_to_string(e.path().join("input.txt")).ok())
        .collect();
    assert!(pages.len() >= 10);
    let records: Vec<String> =
        pages.iter().enumerate().map(|(i, p)| serde_json::json!({"id": i, "text": p}).to_string()).collect();
    let run = |order: &[usize], threads: &str| -> std::collections::BTreeMap<i64, String> {
        let input: String = order.iter().map(|&i| format!("{}\n", records[i])).collect();
        let out = run_with_stdin(&["batch", "--threads", threads, "--report"], input.as_bytes());
        lines(&out.stdout).into_iter().map(|v| (v["id"].as_i64().expect("id"), v.to_string())).collect()
    };
    let forward: Vec<usize> = (0..records.len()).collect();
    let backward: Vec<usize> = forward.iter().rev().copied().collect();
    let one = run(&forward, "1");
    assert_eq!(one.len(), records.len());
    assert_eq!(one, run(&forward, "2"));
    assert_eq!(one, run(&backward, "2"));
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("pagewash-batch-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn article_lines(n: usize) -> Vec<u8> {
    (0..n).flat_map(|i| format!("{}\n", serde_json::json!({"id": i, "text": ARTICLE})).into_bytes()).collect()
}

#[test]
fn output_that_is_the_input_file_is_refused() {
    let dir = temp_dir("same");
    let path = dir.join("pages.jsonl");
    std::fs::write(&path, article_lines(3)).expect("write");
    let p = path.to_str().expect("utf-8 path");
    let out = pagewash().args(["batch", "--input", p, "--output", p]).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is the --input file"));
    assert_eq!(std::fs::read(&path).expect("read"), article_lines(3), "the input was not touched");
}

#[test]
fn an_over_long_record_is_an_error_line_and_the_run_goes_on() {
    let mut input = format!("{}\n", serde_json::json!({"id": "big", "text": "word ".repeat(50_000)})).into_bytes();
    input.extend(article_lines(2));
    let out = run_with_stdin(&["batch", "--max-record-bytes", "10000"], &input);
    assert_eq!(out.status.code(), Some(3));
    let lines = lines(&out.stdout);
    assert_eq!(lines.len(), 3);
    assert!(lines[0]["error"].as_str().expect("error").contains("--max-record-bytes"));
    assert_eq!(lines[2]["id"], 1);
}

#[test]
fn a_truncated_gzip_stream_keeps_every_record_before_the_break() {
    use flate2::write::GzEncoder;
    let mut gz = GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&article_lines(500)).expect("gzip");
    let full = gz.finish().expect("gzip");
    let cut = &full[..full.len() - 100];
    let out = run_with_stdin(&["batch"], cut);
    assert_eq!(out.status.code(), Some(3));
    let written = lines(&out.stdout);
    assert!(written.len() >= 400, "only {} records written", written.len());
    assert!(written.iter().enumerate().all(|(i, l)| l["id"] == i));
    assert!(String::from_utf8_lossy(&out.stderr).contains("broke off after line"));
}

#[test]
fn ids_are_kept_verbatim_a_bom_is_skipped_and_odd_lines_say_why() {
    let mut input = "\u{feff}".as_bytes().to_vec();
    input.extend(
        format!("{{\"id\": 123456789012345678901234567890, \"text\": {}}}\n", serde_json::json!(ARTICLE)).bytes(),
    );
    input.extend(b"{\"id\": 2, \"text\": \"lone \\ud800 half\"}\n");
    input.extend(b"{\"id\": 3, \"text\": \"caf\xE9\"}\n");
    let out = run_with_stdin(&["batch"], &input);
    let text = String::from_utf8_lossy(&out.stdout);
    let first = text.lines().next().expect("a line");
    assert!(first.starts_with("{\"id\":123456789012345678901234567890,\"text\":"), "{first}");
    let lines = lines(&out.stdout);
    assert!(lines[1]["error"].as_str().expect("error").contains("lone surrogate"));
    assert_eq!(lines[2]["id"], 3, "the id of an invalid UTF-8 line is still read");
}

#[test]
fn compressed_standard_input_read_a_byte_at_a_time_is_detected() {
    use flate2::write::GzEncoder;
    let mut gz = GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&article_lines(2)).expect("gzip");
    let data = gz.finish().expect("gzip");
    let mut child = pagewash()
        .arg("batch")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawns");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(&data[..1]).expect("first byte");
    stdin.flush().expect("flush");
    std::thread::sleep(std::time::Duration::from_millis(100));
    stdin.write_all(&data[1..]).expect("rest");
    drop(stdin);
    let out = child.wait_with_output().expect("finishes");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(lines(&out.stdout).len(), 2);
}

#[test]
fn too_many_threads_are_capped() {
    let out = run_with_stdin(&["batch", "--threads", "100000"], &article_lines(2));
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("capped at"));
}

#[test]
fn output_that_cannot_be_written_is_an_error_not_a_panic() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else { return };
    let out = pagewash().args(["config", "--default"]).stdout(full).output().expect("runs");
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot write"));
}

#[cfg(unix)]
#[test]
fn sigint_finishes_the_chunk_in_hand_and_exits_130() {
    let dir = temp_dir("sigint");
    let input = dir.join("many.jsonl");
    std::fs::write(&input, article_lines(200_000)).expect("write");
    let output = dir.join("out.jsonl");
    let child = pagewash()
        .args(["batch", "--threads", "1", "--input"])
        .arg(&input)
        .arg("--output")
        .arg(&output)
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawns");
    // Once output appears the handler is set (it is set before the first
    // chunk is cleaned); only then is the signal sent.
    let started = std::time::Instant::now();
    while std::fs::metadata(&output).map_or(0, |m| m.len()) == 0 && started.elapsed().as_secs() < 60 {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let killed = Command::new("kill").args(["-INT", &child.id().to_string()]).status().expect("kill");
    assert!(killed.success());
    let out = child.wait_with_output().expect("finishes");
    assert_eq!(out.status.code(), Some(130), "{}", String::from_utf8_lossy(&out.stderr));
    let written = std::fs::read_to_string(&output).expect("output");
    assert!(written.ends_with('\n'), "whole lines only");
    let n = written.lines().inspect(|l| assert!(serde_json::from_str::<Value>(l).is_ok())).count();
    assert!(n > 0 && n < 200_000, "{n} lines");
    assert!(String::from_utf8_lossy(&out.stderr).contains("interrupted"));
}

/// Base64 (standard alphabet, padded), for the bytes-field records.
fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |acc, (i, &b)| acc | (u32::from(b) << (16 - 8 * i)));
        for i in 0..4 {
            out.push(if i <= chunk.len() { ABC[((n >> (18 - 6 * i)) & 63) as usize] as char } else { '=' });
        }
    }
    out
}

#[test]
fn html_bytes_in_base64_are_decoded_with_the_records_charset() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/encodings");
    let sjis = std::fs::read(root.join("shift_jis/input.html")).expect("fixture");
    let want = std::fs::read_to_string(root.join("shift_jis/expected.txt")).expect("fixture");
    let koi = std::fs::read(root.join("koi8-r/input.html")).expect("fixture");
    let input = format!(
        "{}\n{}\n{}\n",
        serde_json::json!({"id": 1, "raw": base64(&sjis)}),
        // The record's header says windows-1251; it wins over the page's KOI8-R <meta>.
        serde_json::json!({"id": 2, "raw": base64(&koi), "ct": "text/html; charset=windows-1251"}),
        serde_json::json!({"id": 3, "raw": "not base64!"}),
    );
    let out = run_with_stdin(&["batch", "--html-bytes-field", "raw", "--charset-field", "ct"], input.as_bytes());
    let lines = lines(&out.stdout);
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["text"], want.as_str());
    assert!(lines[1]["notes"].to_string().contains("windows-1251 (declared by the transport's Content-Type)"));
    assert_eq!(lines[2]["error"], "line 3: field `raw` is not base64");
    assert_eq!(out.status.code(), Some(3));
}
