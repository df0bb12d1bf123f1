//! `pagewash batch` on WARC input. The files are written with the `warc`
//! crate (an implementation independent of pagewash's reader), gzip per
//! record as Common Crawl writes them.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;
use std::process::Command;

use serde_json::Value;
use warc::{RawRecordHeader, RecordType, WarcHeader, WarcWriter};

const STORY: &str = "<html><head><title>Budget vote</title></head><body><nav><a href='/'>Home</a></nav>\
    <article><h1>Council agrees new school budget</h1>\
    <p>The council met on Monday and agreed on a new budget for the schools in the city.</p>\
    <p>Residents said they were pleased, although some worried about the cost of the plan.</p></article></body></html>";

/// One WARC record, as the `warc` crate writes it, gzipped on its own.
fn record(kind: RecordType, id: &str, uri: Option<&str>, content_type: &str, block: &[u8]) -> Vec<u8> {
    record_at("2026-12-07T00:00:00Z", kind, id, uri, content_type, block)
}

/// [`record`] with the WARC-Date given.
fn record_at(date: &str, kind: RecordType, id: &str, uri: Option<&str>, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut headers: HashMap<WarcHeader, Vec<u8>> = HashMap::new();
    headers.insert(WarcHeader::RecordID, format!("<urn:uuid:{id}>").into_bytes());
    headers.insert(WarcHeader::WarcType, kind.to_string().into_bytes());
    headers.insert(WarcHeader::Date, date.as_bytes().to_vec());
    headers.insert(WarcHeader::ContentType, content_type.as_bytes().to_vec());
    headers.insert(WarcHeader::ContentLength, block.len().to_string().into_bytes());
    if let Some(u) = uri {
        headers.insert(WarcHeader::TargetURI, u.as_bytes().to_vec());
    }
    let mut writer = WarcWriter::new(std::io::BufWriter::new(Vec::new()));
    writer.write_raw(RawRecordHeader { version: "1.0".into(), headers }, &block).expect("writes");
    let plain = writer.into_inner().expect("flushes");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(&plain).expect("gzips");
    gz.finish().expect("gzips")
}

fn http(status: &str, content_type: &str, extra: &str, body: &[u8]) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n{extra}\r\n").into_bytes();
    out.extend_from_slice(body);
    out
}

fn batch(input: &Path, extra: &[&str]) -> (Vec<Value>, String, i32) {
    let out = input.with_extension("out.jsonl");
    let run = Command::new(env!("CARGO_BIN_EXE_pagewash"))
        .args(["batch", "--input", input.to_str().expect("utf-8 path"), "--output", out.to_str().expect("utf-8 path")])
        .args(extra)
        .output()
        .expect("runs");
    let text = std::fs::read_to_string(&out).unwrap_or_default();
    let lines = text.lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect();
    (lines, String::from_utf8_lossy(&run.stderr).into_owned(), run.status.code().unwrap_or(-1))
}

fn crawl() -> Vec<u8> {
    let sjis = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/encodings/shift_jis/input.html"))
        .expect("fixture");
    // The page's own <meta> says Shift_JIS too; the header is what a crawl records.
    let mut file = record(RecordType::WarcInfo, "0", None, "application/warc-fields", b"software: test\r\n");
    file.extend(record(
        RecordType::Request,
        "1",
        Some("https://news.example.org/a"),
        "application/http; msgtype=request",
        b"GET /a HTTP/1.1\r\n\r\n",
    ));
    file.extend(record(
        RecordType::Response,
        "2",
        Some("https://news.example.org/a"),
        "application/http; msgtype=response",
        &http("200 OK", "text/html; charset=utf-8", "", STORY.as_bytes()),
    ));
    file.extend(record(
        RecordType::Response,
        "3",
        Some("https://news.example.jp/b"),
        "application/http; msgtype=response",
        &http("200 OK", "text/html; charset=Shift_JIS", "", &sjis),
    ));
    file.extend(record(
        RecordType::Response,
        "4",
        Some("https://news.example.org/logo.png"),
        "application/http; msgtype=response",
        &http("200 OK", "image/png", "", b"\x89PNG\r\n"),
    ));
    file.extend(record(
        RecordType::Response,
        "5",
        Some("https://news.example.org/gone"),
        "application/http; msgtype=response",
        &http("404 Not Found", "text/html", "", b"<p>not here</p>"),
    ));
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(STORY.as_bytes()).expect("gzips");
    file.extend(record(
        RecordType::Response,
        "6",
        Some("https://news.example.org/c"),
        "application/http; msgtype=response",
        &http("200 OK", "text/html", "Content-Encoding: gzip\r\n", &gz.finish().expect("gzips")),
    ));
    file.extend(record(
        RecordType::Metadata,
        "7",
        Some("https://news.example.org/a"),
        "application/warc-fields",
        b"fetchTimeMs: 12\r\n",
    ));
    file
}

#[test]
fn html_responses_are_cleaned_and_other_records_counted() {
    let dir = std::env::temp_dir().join(format!("pagewash-warc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let input = dir.join("crawl.warc.gz");
    std::fs::write(&input, crawl()).expect("writes");

    let (lines, stderr, code) = batch(&input, &[]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(lines.len(), 3, "one line per page record: {lines:?}");
    assert_eq!(lines[0]["id"], "<urn:uuid:2>");
    assert!(lines[0]["text"].as_str().is_some_and(|t| t.contains("agreed on a new budget")));
    assert_eq!(lines[0]["metadata"]["url"], "https://news.example.org/a");
    let japanese = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/encodings/shift_jis/expected.txt"),
    )
    .expect("fixture");
    assert_eq!(lines[1]["text"], japanese.as_str());
    assert!(lines[1]["notes"].to_string().contains("Shift_JIS (declared by the transport's Content-Type)"));
    assert!(lines[2]["text"].as_str().is_some_and(|t| t.contains("agreed on a new budget")), "gzip body: {}", lines[2]);
    assert!(stderr.contains("3 records, 0 errors"), "{stderr}");
    assert!(stderr.contains("5 WARC records hold no page and were skipped"), "{stderr}");
    assert!(stderr.contains("HTTP status not 2xx 1") && stderr.contains("not HTML 1"), "{stderr}");

    // The target URI as the id.
    let (lines, _, _) = batch(&input, &["--warc-id", "uri"]);
    assert_eq!(lines[1]["id"], "https://news.example.jp/b");

    // A crawl cut short: the records before the break are written, exit 3.
    let whole = crawl();
    let cut = dir.join("cut.warc.gz");
    std::fs::write(&cut, &whole[..whole.len() * 2 / 3]).expect("writes");
    let (lines, stderr, code) = batch(&cut, &[]);
    assert_eq!(code, 3, "{stderr}");
    assert!(!lines.is_empty() && lines.len() < 3, "{lines:?}");
    assert!(stderr.contains("broke off"), "{stderr}");

    // A block over --max-record-bytes is an error line, never held whole.
    let (lines, _, code) = batch(&input, &["--max-record-bytes", "300"]);
    assert_eq!(code, 3);
    assert!(lines.iter().any(|l| l["error"].as_str().is_some_and(|e| e.contains("over --max-record-bytes"))));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_published_date_after_the_crawl_date_is_dropped() {
    let dir = std::env::temp_dir().join(format!("pagewash-warc-date-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let input = dir.join("dated.warc.gz");
    let page = STORY.replace("<title>", "<meta property='article:published_time' content='2024-06-01'><title>");
    let body = http("200 OK", "text/html", "", page.as_bytes());
    std::fs::write(
        &input,
        record_at("2024-01-01T08:00:00Z", RecordType::Response, "1", None, "application/http; msgtype=response", &body),
    )
    .expect("writes");

    // Fetched on 2024-01-01, a page cannot have been published in June.
    let (lines, stderr, code) = batch(&input, &[]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(lines[0]["metadata"]["published"], Value::Null, "{}", lines[0]);
    assert!(lines[0]["notes"].to_string().contains("2024-06-01 is after the page's date 2024-01-01"), "{}", lines[0]);

    // `--now` wins over the record's date.
    let (lines, _, _) = batch(&input, &["--now", "2025-01-01"]);
    assert_eq!(lines[0]["metadata"]["published"], "2024-06-01");
    let (_, stderr, code) = batch(&input, &["--now", "June"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("not an ISO 8601 date"), "{stderr}");
    std::fs::remove_dir_all(&dir).ok();
}
