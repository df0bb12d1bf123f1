//! WARC input for `batch`: the records of a WARC file (plain, or gzip per
//! record as Common Crawl writes them; the caller decompresses), read with
//! bounded memory.
//!
//! The reader is ours rather than the `warc` crate's: that one buffers a
//! header line and a whole body however long they are, and `batch`
//! promises memory bounded by `--max-record-bytes`. The tests write their
//! WARC files with the `warc` crate, so the two implementations check each
//! other.

use std::io::{BufRead, Read};

/// Longest WARC or HTTP header block read, in bytes.
const MAX_HEADER_BYTES: usize = 256 << 10;

/// One WARC record: its named headers and its block (the body), unless the
/// block was longer than the record limit (then skipped unread).
#[derive(Debug)]
pub(crate) struct Record {
    pub headers: Vec<(String, String)>,
    pub block: Option<Vec<u8>>,
    pub length: u64,
}

impl Record {
    /// A WARC header's value (names compare case-insensitively).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// Reads the records of a WARC stream one by one.
pub(crate) struct Reader<R> {
    input: R,
    max_block: usize,
    /// Records read so far.
    pub count: usize,
}

impl<R: BufRead> Reader<R> {
    pub fn new(input: R, max_block: usize) -> Self {
        Reader { input, max_block, count: 0 }
    }

    /// The next record; `Ok(None)` at the end of the stream.
    pub fn next_record(&mut self) -> Result<Option<Record>, String> {
        let n = self.count + 1;
        // Records are separated by CRLF CRLF; blank lines before a record
        // are skipped.
        let mut version = Vec::new();
        loop {
            version.clear();
            if read_line(&mut self.input, &mut version, MAX_HEADER_BYTES)? == 0 {
                return Ok(None);
            }
            if !version.iter().all(u8::is_ascii_whitespace) {
                break;
            }
        }
        if !version.starts_with(b"WARC/") {
            return Err(format!("record {n}: expected a WARC version line, got {:?}", shown(&version)));
        }
        let headers = read_headers(&mut self.input).map_err(|e| format!("record {n}: {e}"))?;
        let length: u64 = headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("Content-Length"))
            .and_then(|(_, v)| v.trim().parse().ok())
            .ok_or(format!("record {n}: no valid Content-Length"))?;
        let block = if length <= self.max_block as u64 {
            let mut block = Vec::with_capacity(length as usize);
            (&mut self.input).take(length).read_to_end(&mut block).map_err(|e| format!("record {n}: {e}"))?;
            if (block.len() as u64) < length {
                return Err(format!("record {n}: the file ends inside its block"));
            }
            Some(block)
        } else {
            let skipped = std::io::copy(&mut (&mut self.input).take(length), &mut std::io::sink())
                .map_err(|e| format!("record {n}: {e}"))?;
            if skipped < length {
                return Err(format!("record {n}: the file ends inside its block"));
            }
            None
        };
        self.count = n;
        Ok(Some(Record { headers, block, length }))
    }
}

/// Header lines up to the blank line that ends them, as name/value pairs
/// (continuation lines join the value before them).
fn read_headers(input: &mut impl BufRead) -> Result<Vec<(String, String)>, String> {
    let mut headers: Vec<(String, String)> = Vec::new();
    let mut total = 0;
    let mut line = Vec::new();
    loop {
        line.clear();
        let n = read_line(input, &mut line, MAX_HEADER_BYTES - total.min(MAX_HEADER_BYTES))?;
        total += n;
        if n == 0 {
            return Err("the file ends inside the record's headers".into());
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end_matches(['\r', '\n']);
        if text.is_empty() {
            return Ok(headers);
        }
        if text.starts_with([' ', '\t']) {
            if let Some((_, v)) = headers.last_mut() {
                v.push(' ');
                v.push_str(text.trim());
            }
        } else if let Some((name, value)) = text.split_once(':') {
            headers.push((name.trim().to_string(), value.trim().to_string()));
        }
    }
}

/// Reads one line into `buf`, refusing one longer than `max` bytes.
fn read_line(input: &mut impl BufRead, buf: &mut Vec<u8>, max: usize) -> Result<usize, String> {
    let n = input.take(max as u64 + 1).read_until(b'\n', buf).map_err(|e| e.to_string())?;
    if n > max {
        return Err(format!("a header line longer than {max} bytes"));
    }
    Ok(n)
}

fn shown(line: &[u8]) -> String {
    String::from_utf8_lossy(&line[..line.len().min(40)]).trim_end().to_string()
}

/// What a record holds for cleaning.
pub(crate) enum Payload {
    /// An HTML page: its bytes, the charset its HTTP header declared.
    Html { body: Vec<u8>, charset: Option<String> },
    /// Plain text (a WET conversion record).
    Text(Vec<u8>),
    /// Not a page: why (counted in the summary, no output line).
    Skip(&'static str),
    /// A page that cannot be read: why (an error line).
    Broken(String),
}

/// The page in a record: an HTTP response's HTML body (de-chunked and
/// gunzipped where its headers say so), a `resource` record of HTML, or a
/// WET `conversion` record's text.
pub(crate) fn payload(record: Record, max_body: u64) -> Payload {
    let kind = record.header("WARC-Type").unwrap_or("").to_ascii_lowercase();
    let block_type = record.header("Content-Type").unwrap_or("").to_ascii_lowercase();
    let Some(block) = record.block else {
        return Payload::Broken(format!("the block is {} bytes, over --max-record-bytes", record.length));
    };
    match kind.as_str() {
        "response" if block_type.starts_with("application/http") => http_page(&block, max_body),
        "resource" if is_html(&block_type) => Payload::Html { body: block, charset: charset_of(&block_type) },
        "conversion" | "resource" if block_type.starts_with("text/plain") => Payload::Text(block),
        "response" | "resource" | "conversion" => Payload::Skip("not HTML"),
        "warcinfo" => Payload::Skip("warcinfo"),
        "request" => Payload::Skip("request"),
        "metadata" => Payload::Skip("metadata"),
        "revisit" => Payload::Skip("revisit"),
        _ => Payload::Skip("other record type"),
    }
}

fn is_html(content_type: &str) -> bool {
    let media = content_type.split(';').next().unwrap_or("").trim();
    matches!(media, "text/html" | "application/xhtml+xml")
}

fn charset_of(content_type: &str) -> Option<String> {
    content_type.contains("charset").then(|| content_type.to_string())
}

/// An HTTP response: its status, headers and body.
fn http_page(block: &[u8], max_body: u64) -> Payload {
    let Some(end) = memchr::memmem::find(block, b"\r\n\r\n")
        .map(|i| i + 4)
        .or_else(|| memchr::memmem::find(block, b"\n\n").map(|i| i + 2))
    else {
        return Payload::Broken("the HTTP response has no end of headers".into());
    };
    let head = String::from_utf8_lossy(&block[..end]);
    let mut lines = head.lines();
    let status = lines.next().unwrap_or("");
    let code: u16 = status.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    if !(200..300).contains(&code) {
        return Payload::Skip("HTTP status not 2xx");
    }
    let header = |name: &str| {
        head.lines()
            .skip(1)
            .filter_map(|l| l.split_once(':'))
            .find(|(k, _)| k.trim().eq_ignore_ascii_case(name))
            .map(|(_, v)| v.trim().to_ascii_lowercase())
    };
    let content_type = header("Content-Type").unwrap_or_default();
    if !is_html(&content_type) {
        return Payload::Skip("not HTML");
    }
    let mut body = block[end..].to_vec();
    if header("Transfer-Encoding").is_some_and(|t| t.contains("chunked")) {
        match dechunk(&body) {
            Some(b) => body = b,
            None => return Payload::Broken("the HTTP body's chunked encoding is broken".into()),
        }
    }
    match header("Content-Encoding").as_deref() {
        None | Some("identity" | "") => {}
        Some("gzip" | "x-gzip") => {
            let mut out = Vec::new();
            if flate2::read::MultiGzDecoder::new(&body[..]).take(max_body).read_to_end(&mut out).is_err() {
                return Payload::Broken("the HTTP body's gzip encoding is broken".into());
            }
            body = out;
        }
        Some(other) => return Payload::Broken(format!("the HTTP body's content encoding {other} is not read")),
    }
    Payload::Html { body, charset: charset_of(&content_type) }
}

/// A chunked HTTP body joined back; `None` when the chunk sizes are wrong.
fn dechunk(body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    let mut rest = body;
    loop {
        let line_end = memchr::memchr(b'\n', rest)?;
        let size_text = String::from_utf8_lossy(&rest[..line_end]);
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        rest = &rest[line_end + 1..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(rest.get(..size)?);
        rest = rest.get(size..)?;
        rest = rest.strip_prefix(b"\r\n").or_else(|| rest.strip_prefix(b"\n")).unwrap_or(rest);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
        let mut out = format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:1>\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        out.extend_from_slice(block);
        out.extend_from_slice(b"\r\n\r\n");
        out
    }

    #[test]
    fn records_are_read_and_over_long_blocks_skipped_unread() {
        let mut file = record("warcinfo", "application/warc-fields", b"software: test\r\n");
        file.extend(record("resource", "text/html; charset=utf-8", &[b'x'; 100]));
        file.extend(record("resource", "text/html", b"<p>small</p>"));
        let mut r = Reader::new(&file[..], 50);
        assert_eq!(r.next_record().unwrap().unwrap().header("warc-type"), Some("warcinfo"));
        let long = r.next_record().unwrap().unwrap();
        assert!(long.block.is_none() && long.length == 100);
        assert_eq!(r.next_record().unwrap().unwrap().block.as_deref(), Some(&b"<p>small</p>"[..]));
        assert!(r.next_record().unwrap().is_none());
        assert_eq!(r.count, 3);
    }

    #[test]
    fn truncated_and_foreign_input_are_errors() {
        let file = record("resource", "text/html", b"<p>cut</p>");
        let mut r = Reader::new(&file[..file.len() - 8], 1000);
        assert!(r.next_record().unwrap_err().contains("ends inside its block"));
        let mut r = Reader::new(&b"{\"id\": 1}\n"[..], 1000);
        assert!(r.next_record().unwrap_err().contains("expected a WARC version line"));
        let long_line = format!("WARC/1.0\r\nX: {}\r\n", "a".repeat(MAX_HEADER_BYTES + 10));
        assert!(Reader::new(long_line.as_bytes(), 1000).next_record().unwrap_err().contains("longer than"));
    }

    #[test]
    fn http_responses_give_their_html_body() {
        let chunked = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=koi8-r\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<p>ab\r\n6\r\ncd</p>\r\n0\r\n\r\n";
        match http_page(chunked, 1000) {
            Payload::Html { body, charset } => {
                assert_eq!(body, b"<p>abcd</p>");
                assert_eq!(charset.as_deref(), Some("text/html; charset=koi8-r"));
            }
            _ => panic!("an HTML page"),
        }
        assert!(matches!(
            http_page(b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n", 1000),
            Payload::Skip(_)
        ));
        assert!(matches!(
            http_page(b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG", 1000),
            Payload::Skip("not HTML")
        ));
    }
}
