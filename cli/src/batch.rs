//! `pagewash batch`: clean a JSON Lines corpus in parallel, in order,
//! without dropping a record.
//!
//! Input is read in chunks (at most [`CHUNK_LINES`] lines or [`CHUNK_BYTES`]
//! bytes); each chunk is cleaned in parallel and written in input order
//! before the next is read, so memory is bounded by the chunk, not the file.

use std::io::{BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::process::ExitCode;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
use pagewash::Pipeline;
use rayon::prelude::*;
use serde::Serialize;
use serde_json::value::RawValue;
use serde_json::Value;

use crate::args::{BatchArgs, WarcIdArg};

/// Most lines in one parallel chunk.
pub(crate) const CHUNK_LINES: usize = 256;
/// Most bytes in one parallel chunk.
pub(crate) const CHUNK_BYTES: usize = 32 << 20;
/// `--threads` above this many per core is capped (and says so).
const MAX_THREADS_PER_CORE: usize = 4;
/// Exit status after SIGINT or SIGTERM (128 + SIGINT).
const EXIT_INTERRUPTED: u8 = 130;

enum Field {
    Auto,
    Html(String),
    Text(String),
    /// Base64 of the HTML's raw bytes, decoded as a browser would.
    HtmlBytes(String),
}

struct Options {
    input: String,
    output: String,
    field: Field,
    id_field: String,
    threads: Option<usize>,
    max_record_bytes: usize,
    report: bool,
    config: Option<String>,
    preset: Option<pagewash::cleaners::Preset>,
    /// For WARC input: the id is the target URI, not the record id.
    warc_id_uri: bool,
    /// A record field holding the transport's charset (a Content-Type).
    charset_field: Option<String>,
    /// A record field holding the page's address.
    url_field: String,
    /// The day the pages were fetched (`--now`), for every record.
    now: Option<String>,
}

impl From<BatchArgs> for Options {
    fn from(a: BatchArgs) -> Self {
        // The argument group lets at most one of the three through.
        let field = match (a.html_field, a.text_field, a.html_bytes_field) {
            (Some(f), _, _) => Field::Html(f),
            (_, Some(f), _) => Field::Text(f),
            (_, _, Some(f)) => Field::HtmlBytes(f),
            _ => Field::Auto,
        };
        Options {
            input: a.input,
            output: a.output,
            field,
            id_field: a.id_field,
            threads: a.threads.map(|n| n as usize),
            max_record_bytes: usize::try_from(a.max_record_bytes).unwrap_or(usize::MAX),
            report: a.report,
            config: a.pipeline.config,
            preset: a.pipeline.preset.map(Into::into),
            warc_id_uri: a.warc_id == WarcIdArg::Uri,
            charset_field: a.charset_field,
            url_field: a.url_field,
            now: a.pipeline.now,
        }
    }
}

/// Cleans a corpus; the exit status is documented in `--help`.
pub(crate) fn run(args: BatchArgs) -> ExitCode {
    let opts = Options::from(args);
    // A bad config is a usage error (exit 2), as in `clean`.
    let pipeline = match super::options::pipeline(opts.config.as_deref(), opts.preset, None) {
        Ok(p) => p,
        Err(e) => {
            super::report!("pagewash batch: {e}");
            return ExitCode::from(2);
        }
    };
    match execute(&opts, &pipeline) {
        Ok(summary) => {
            super::report!("{summary}");
            if summary.missing_ids > 0 {
                super::report!(
                    "pagewash batch: {} records have no `{}` field; their id is null (--id-field names another)",
                    summary.missing_ids,
                    opts.id_field
                );
            }
            if let Some(e) = &summary.input_error {
                super::report!("pagewash batch: {e}");
            }
            if summary.interrupted {
                super::report!("pagewash batch: interrupted; every record read so far was written");
                ExitCode::from(EXIT_INTERRUPTED)
            } else if summary.errors > 0 || summary.input_error.is_some() {
                ExitCode::from(3)
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(e) => {
            super::report!("pagewash batch: {e}");
            ExitCode::from(1)
        }
    }
}

/// Counts for the closing summary.
#[derive(Default)]
struct Summary {
    pages: usize,
    errors: usize,
    bytes_in: usize,
    bytes_out: usize,
    seconds: f64,
    /// Where and why the input broke off (a truncated compressed stream).
    input_error: Option<String>,
    /// Whether SIGINT or SIGTERM ended the run early.
    interrupted: bool,
    /// Records (JSON objects) without the `--id-field`.
    missing_ids: usize,
    /// WARC records that hold no page, by why.
    skipped: std::collections::BTreeMap<&'static str, usize>,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let removed =
            if self.bytes_in == 0 { 0.0 } else { 100.0 * (1.0 - self.bytes_out as f64 / self.bytes_in as f64) };
        write!(
            f,
            "pagewash batch: {} records, {} errors, {} bytes in, {} bytes out ({removed:.1}% removed), {:.1}s, {:.0} records/s",
            self.pages + self.errors,
            self.errors,
            self.bytes_in,
            self.bytes_out,
            self.seconds,
            (self.pages + self.errors) as f64 / self.seconds.max(1e-9)
        )?;
        if !self.skipped.is_empty() {
            let total: usize = self.skipped.values().sum();
            let why: Vec<String> = self.skipped.iter().map(|(k, n)| format!("{k} {n}")).collect();
            write!(f, "; {total} WARC records hold no page and were skipped ({})", why.join(", "))?;
        }
        Ok(())
    }
}

fn open_input(path: &str) -> Result<(Box<dyn BufRead>, Option<u64>), String> {
    let (raw, len): (Box<dyn Read>, Option<u64>) = if path == "-" {
        (Box::new(std::io::stdin().lock()), None)
    } else {
        let file = std::fs::File::open(path).map_err(|e| format!("cannot open `{path}`: {e}"))?;
        let len = file.metadata().ok().map(|m| m.len());
        (Box::new(file), len)
    };
    // The magic number is read whole even where the first read returns
    // one byte (a pipe), then put back in front of the stream.
    let mut raw = raw;
    let mut magic = Vec::with_capacity(4);
    (&mut raw).take(4).read_to_end(&mut magic).map_err(|e| format!("cannot read `{path}`: {e}"))?;
    let raw: Box<dyn Read> = Box::new(std::io::Cursor::new(magic.clone()).chain(raw));
    let reader = BufReader::with_capacity(1 << 20, raw);
    if magic.starts_with(&[0x1f, 0x8b]) {
        return Ok((Box::new(BufReader::new(flate2::bufread::MultiGzDecoder::new(reader))), None));
    }
    if magic.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        let decoder = zstd::Decoder::with_buffer(reader).map_err(|e| format!("cannot read zstd `{path}`: {e}"))?;
        return Ok((Box::new(BufReader::new(decoder)), None));
    }
    Ok((Box::new(reader), len))
}

/// Whether two paths name the same file (device and inode), so that
/// `--output` cannot truncate the `--input` it is reading.
fn same_file(a: &str, b: &str) -> bool {
    if a == "-" || b == "-" {
        return false;
    }
    let (Ok(ma), Ok(mb)) = (std::fs::metadata(a), std::fs::metadata(b)) else { return false };
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        ma.dev() == mb.dev() && ma.ino() == mb.ino()
    }
    #[cfg(not(unix))]
    {
        let _ = (ma, mb);
        std::fs::canonicalize(a).ok().is_some_and(|p| std::fs::canonicalize(b).ok() == Some(p))
    }
}

/// Reads one line (through its `\n`) into `buf`, keeping at most `max`
/// bytes of it: a longer line is consumed to its end without being held,
/// and `buf` is left empty. Returns the bytes consumed and whether the
/// line was over the limit.
fn read_line_bounded(input: &mut dyn BufRead, buf: &mut Vec<u8>, max: usize) -> std::io::Result<(usize, bool)> {
    let (mut consumed, mut over) = (0usize, false);
    loop {
        let available = match input.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok((consumed, over));
        }
        let (take, done) = match memchr::memchr(b'\n', available) {
            Some(i) => (i + 1, true),
            None => (available.len(), false),
        };
        if !over {
            if buf.len() + take <= max {
                buf.extend_from_slice(&available[..take]);
            } else {
                over = true;
                buf.clear();
                buf.shrink_to(0);
            }
        }
        input.consume(take);
        consumed += take;
        if done {
            return Ok((consumed, over));
        }
    }
}

fn open_output(path: &str) -> Result<Box<dyn Write>, String> {
    if path == "-" {
        Ok(Box::new(BufWriter::new(std::io::stdout().lock())))
    } else {
        let file = std::fs::File::create(path).map_err(|e| format!("cannot create `{path}`: {e}"))?;
        Ok(Box::new(BufWriter::with_capacity(1 << 20, file)))
    }
}

fn progress(len: Option<u64>) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = match len {
        Some(n) => ProgressBar::new(n).with_style(
            ProgressStyle::with_template("{bar:30} {bytes}/{total_bytes} {msg} ETA {eta}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        ),
        None => ProgressBar::new_spinner().with_style(
            ProgressStyle::with_template("{spinner} {msg}").unwrap_or_else(|_| ProgressStyle::default_spinner()),
        ),
    };
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    bar
}

fn execute(opts: &Options, pipeline: &Pipeline) -> Result<Summary, String> {
    if same_file(&opts.input, &opts.output) {
        return Err(format!("--output `{}` is the --input file; write the output elsewhere", opts.output));
    }
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let mut pool = rayon::ThreadPoolBuilder::new();
    if let Some(n) = opts.threads {
        let cap = cores * MAX_THREADS_PER_CORE;
        if n > cap {
            super::report!("pagewash batch: --threads {n} capped at {cap} ({MAX_THREADS_PER_CORE} per core)");
        }
        pool = pool.num_threads(n.min(cap));
    }
    let pool = pool.build().map_err(|e| format!("cannot start worker threads: {e}"))?;
    let (mut input, len) = open_input(&opts.input)?;
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    {
        let stop = stop.clone();
        // A second handler cannot be set (a library embedding this); the
        // run then ends on the signal as any program does.
        let _ = ctrlc::set_handler(move || stop.store(true, std::sync::atomic::Ordering::SeqCst));
    }
    let warc = input.fill_buf().is_ok_and(|b| b.starts_with(b"WARC/"));
    let mut sink = Sink {
        output: open_output(&opts.output)?,
        bar: progress(len),
        start: Instant::now(),
        summary: Summary::default(),
        stop,
    };
    if warc {
        warc_loop(&mut *input, opts, pipeline, &pool, &mut sink)?;
    } else {
        jsonl_loop(&mut *input, opts, pipeline, &pool, &mut sink)?;
    }
    sink.output.flush().map_err(|e| format!("cannot write output: {e}"))?;
    sink.bar.finish_and_clear();
    sink.summary.seconds = sink.start.elapsed().as_secs_f64();
    Ok(sink.summary)
}

/// Where a run's results go: the output, the progress bar and the counts.
struct Sink {
    output: Box<dyn Write>,
    bar: ProgressBar,
    start: Instant,
    summary: Summary,
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl Sink {
    /// Writes one chunk's outcomes, in order, and flushes them: whole
    /// chunks reach the file, so what was cleaned survives whatever happens
    /// to the records after it. Returns whether the run must stop (a
    /// signal, or the input broke off).
    fn write_chunk(&mut self, outcomes: Vec<Outcome>) -> Result<bool, String> {
        for o in outcomes {
            self.output
                .write_all(o.line.as_bytes())
                .and_then(|()| self.output.write_all(b"\n"))
                .map_err(|e| format!("cannot write output: {e}"))?;
            if o.error {
                self.summary.errors += 1;
            } else {
                self.summary.pages += 1;
            }
            self.summary.missing_ids += usize::from(o.no_id);
            self.summary.bytes_in += o.bytes_in;
            self.summary.bytes_out += o.bytes_out;
        }
        self.output.flush().map_err(|e| format!("cannot write output: {e}"))?;
        let done = self.summary.pages + self.summary.errors;
        let secs = self.start.elapsed().as_secs_f64().max(1e-9);
        self.bar.set_message(format!("{done} records, {:.0}/s", done as f64 / secs));
        if self.summary.input_error.is_some() {
            return Ok(true);
        }
        if self.stop.load(std::sync::atomic::Ordering::SeqCst) {
            self.summary.interrupted = true;
            return Ok(true);
        }
        Ok(false)
    }
}

/// JSON Lines input: chunks of lines, each line one record.
fn jsonl_loop(
    input: &mut dyn BufRead,
    opts: &Options,
    pipeline: &Pipeline,
    pool: &rayon::ThreadPool,
    sink: &mut Sink,
) -> Result<(), String> {
    let mut line_no = 0usize;
    let mut bytes_read = 0usize;
    let mut chunk: Vec<(usize, Vec<u8>, bool)> = Vec::with_capacity(CHUNK_LINES);
    loop {
        let mut chunk_bytes = 0;
        chunk.clear();
        while chunk.len() < CHUNK_LINES && chunk_bytes < CHUNK_BYTES {
            let mut line = Vec::new();
            match read_line_bounded(input, &mut line, opts.max_record_bytes) {
                Ok((0, _)) => break,
                Ok((n, over)) => {
                    line_no += 1;
                    bytes_read += n;
                    chunk_bytes += line.len();
                    sink.bar.inc(n as u64);
                    chunk.push((line_no, line, over));
                }
                Err(e) => {
                    sink.summary.input_error = Some(format!(
                        "the input broke off after line {line_no} ({bytes_read} bytes decoded): {e}; \
                         every record before it was written"
                    ));
                    break;
                }
            }
        }
        if chunk.is_empty() {
            return Ok(());
        }
        let outcomes: Vec<Outcome> = pool.install(|| {
            chunk
                .par_iter()
                .map(|(n, l, over)| {
                    if *over {
                        failure(
                            null_id(),
                            *n,
                            &format!("the record is longer than --max-record-bytes ({} bytes)", opts.max_record_bytes),
                        )
                    } else {
                        process(*n, l, opts, pipeline)
                    }
                })
                .collect()
        });
        if sink.write_chunk(outcomes)? {
            return Ok(());
        }
    }
}

/// One WARC record's work: its number, its id and URI, and its payload.
struct WarcItem {
    number: usize,
    id: Id,
    uri: Option<String>,
    /// The record's WARC-Date, when it is a date.
    date: Option<String>,
    payload: super::warc::Payload,
}

/// WARC input: chunks of records; the records that hold a page are cleaned,
/// the others counted.
fn warc_loop(
    input: &mut dyn BufRead,
    opts: &Options,
    pipeline: &Pipeline,
    pool: &rayon::ThreadPool,
    sink: &mut Sink,
) -> Result<(), String> {
    let mut reader = super::warc::Reader::new(input, opts.max_record_bytes);
    loop {
        let mut chunk: Vec<WarcItem> = Vec::with_capacity(CHUNK_LINES);
        let mut chunk_bytes = 0;
        while chunk.len() < CHUNK_LINES && chunk_bytes < CHUNK_BYTES {
            let record = match reader.next_record() {
                Ok(Some(r)) => r,
                Ok(None) => break,
                Err(e) => {
                    sink.summary.input_error =
                        Some(format!("the WARC input broke off: {e}; every record before it was written"));
                    break;
                }
            };
            chunk_bytes += record.block.as_ref().map_or(0, Vec::len);
            let uri = record.header("WARC-Target-URI").map(|u| u.trim_matches(['<', '>']).to_string());
            let id_text =
                if opts.warc_id_uri { uri.clone() } else { record.header("WARC-Record-ID").map(str::to_string) };
            let id = id_text.and_then(|t| serde_json::value::to_raw_value(&t).ok()).unwrap_or_else(null_id);
            let date = record.header("WARC-Date").and_then(|d| crate::args::parse_now(d).ok());
            let payload = super::warc::payload(record, opts.max_record_bytes as u64);
            if let super::warc::Payload::Skip(why) = payload {
                *sink.summary.skipped.entry(why).or_default() += 1;
                continue;
            }
            chunk.push(WarcItem { number: reader.count, id, uri, date, payload });
        }
        if chunk.is_empty() {
            return Ok(());
        }
        let outcomes: Vec<Outcome> =
            pool.install(|| chunk.par_iter().map(|item| clean_warc_item(item, opts, pipeline)).collect());
        if sink.write_chunk(outcomes)? {
            return Ok(());
        }
    }
}

/// Cleans the page of one WARC record.
fn clean_warc_item(item: &WarcItem, opts: &Options, pipeline: &Pipeline) -> Outcome {
    use super::warc::Payload;
    let (bytes, page) = match &item.payload {
        Payload::Html { body, charset } => {
            let mut page = pagewash::Page::bytes(body, pagewash::InputKind::Html);
            if let Some(c) = charset {
                page = page.charset(c);
            }
            (body.len(), page)
        }
        Payload::Text(body) => (body.len(), pagewash::Page::bytes(body, pagewash::InputKind::Text)),
        Payload::Broken(why) => return failure_at(item.id.clone(), &format!("record {}", item.number), why),
        Payload::Skip(_) => return failure_at(item.id.clone(), &format!("record {}", item.number), "not a page"),
    };
    let page = match &item.uri {
        Some(uri) => page.url(uri),
        None => page,
    };
    let page = match opts.now.as_ref().or(item.date.as_ref()) {
        Some(now) => page.now(now),
        None => page,
    };
    let cleaned = pipeline.clean_page(page);
    outcome(item.id.clone(), &format!("record {}", item.number), &cleaned, opts.report, bytes, false)
}

/// The output line of a cleaned page (or an error line, at `at`, if it
/// cannot be written as JSON).
fn outcome(id: Id, at: &str, cleaned: &pagewash::Cleaned, report: bool, bytes_in: usize, no_id: bool) -> Outcome {
    let out = CleanLine {
        id: &id,
        text: cleaned.text(),
        metadata: cleaned.metadata(),
        removals: report.then(|| cleaned.removals()),
        notes: cleaned.notes(),
    };
    match serde_json::to_string(&out) {
        Ok(line) => Outcome { line, error: false, no_id, bytes_in, bytes_out: cleaned.text().len() },
        Err(e) => failure_at(id, at, &format!("cannot write the result as JSON: {e}")),
    }
}

struct Outcome {
    line: String,
    error: bool,
    /// The record was a JSON object without the id field.
    no_id: bool,
    bytes_in: usize,
    bytes_out: usize,
}

/// A record's id as the input wrote it: `null` when absent.
type Id = Box<RawValue>;

fn null_id() -> Id {
    RawValue::from_string("null".into()).unwrap_or_else(|_| unreachable!("null is JSON"))
}

/// The id field of a record, verbatim: a number stays as written however
/// large (a `Value` would round it to a float); other values are written
/// back as JSON.
fn id_of(line: &str, record: &serde_json::Map<String, Value>, field: &str) -> Id {
    match record.get(field) {
        None => null_id(),
        Some(Value::Number(_)) => serde_json::from_str::<std::collections::HashMap<String, &RawValue>>(line)
            .ok()
            .and_then(|m| m.get(field).map(|r| (*r).to_owned()))
            .unwrap_or_else(null_id),
        Some(v) => serde_json::value::to_raw_value(v).unwrap_or_else(|_| null_id()),
    }
}

#[derive(Serialize)]
struct ErrorLine<'a> {
    id: &'a RawValue,
    error: String,
}

#[derive(Serialize)]
struct CleanLine<'a> {
    id: &'a RawValue,
    text: &'a str,
    metadata: &'a pagewash::Metadata,
    #[serde(skip_serializing_if = "Option::is_none")]
    removals: Option<&'a [pagewash::Removal]>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    notes: &'a [String],
}

/// The page with the record's address, when it has one.
fn with_url<'a>(page: pagewash::Page<'a>, url: Option<&'a str>) -> pagewash::Page<'a> {
    match url {
        Some(u) => page.url(u),
        None => page,
    }
}

fn failure(id: Id, line_no: usize, reason: &str) -> Outcome {
    failure_at(id, &format!("line {line_no}"), reason)
}

/// An error line: where in the input (`line 7`, `record 3`) and why.
fn failure_at(id: Id, at: &str, reason: &str) -> Outcome {
    let line = serde_json::to_string(&ErrorLine { id: &id, error: format!("{at}: {reason}") })
        .unwrap_or_else(|e| format!("{{\"id\":null,\"error\":\"{at}: {e}\"}}"));
    Outcome { line, error: true, no_id: false, bytes_in: 0, bytes_out: 0 }
}

fn process(line_no: usize, raw: &[u8], opts: &Options, pipeline: &Pipeline) -> Outcome {
    let raw = raw.strip_suffix(b"\n").unwrap_or(raw);
    let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
    // A byte-order mark opens some files' first line.
    let raw = if line_no == 1 { raw.strip_prefix("\u{feff}".as_bytes()).unwrap_or(raw) } else { raw };
    let text = match std::str::from_utf8(raw) {
        Ok(t) => t,
        Err(e) => {
            // The id is still worth reporting when the rest of the line reads.
            let lossy = String::from_utf8_lossy(raw);
            let id = match serde_json::from_str::<Value>(&lossy) {
                Ok(Value::Object(record)) => id_of(&lossy, &record, &opts.id_field),
                _ => null_id(),
            };
            return failure(id, line_no, &format!("invalid UTF-8 at byte {}", e.valid_up_to()));
        }
    };
    if text.trim().is_empty() {
        return failure(null_id(), line_no, "empty line");
    }
    let record: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) if has_surrogate_escape(text) => {
            return failure(
                null_id(),
                line_no,
                &format!(
                    "a string holds a lone surrogate escape (\\ud800-\\udfff without its pair), which is no \
                     Unicode text: {e}"
                ),
            )
        }
        Err(e) => return failure(null_id(), line_no, &format!("not JSON: {e}")),
    };
    let Some(obj) = record.as_object() else {
        return failure(null_id(), line_no, "not a JSON object");
    };
    let id = id_of(text, obj, &opts.id_field);
    let no_id = !obj.contains_key(&opts.id_field);
    let (name, html) = match &opts.field {
        Field::Html(f) | Field::HtmlBytes(f) => (f.as_str(), true),
        Field::Text(f) => (f.as_str(), false),
        Field::Auto if obj.get("html").is_some_and(Value::is_string) => ("html", true),
        Field::Auto => ("text", false),
    };
    let page = match obj.get(name) {
        None => return failure(id, line_no, &format!("field `{name}` is missing")),
        Some(Value::String(s)) if s.trim().is_empty() => {
            return failure(id, line_no, &format!("field `{name}` is empty"))
        }
        Some(Value::String(s)) => s,
        Some(other) => return failure(id, line_no, &format!("field `{name}` is {}, not a string", kind_of(other))),
    };
    let charset = opts.charset_field.as_deref().and_then(|f| obj.get(f)).and_then(Value::as_str);
    let url = obj.get(&opts.url_field).and_then(Value::as_str).filter(|u| !u.trim().is_empty());
    let cleaned = if matches!(opts.field, Field::HtmlBytes(_)) {
        let Some(bytes) = super::base64::decode(page) else {
            return failure(id, line_no, &format!("field `{name}` is not base64"));
        };
        let mut p = pagewash::Page::bytes(&bytes, pagewash::InputKind::Html);
        if let Some(c) = charset {
            p = p.charset(c);
        }
        pipeline.clean_page(with_now(with_url(p, url), opts))
    } else if html {
        pipeline.clean_page(with_now(with_url(pagewash::Page::html(page), url), opts))
    } else {
        pipeline.clean_page(with_now(with_url(pagewash::Page::text(page), url), opts))
    };
    outcome(id, &format!("line {line_no}"), &cleaned, opts.report, page.len(), no_id)
}

fn with_now<'a>(page: pagewash::Page<'a>, opts: &'a Options) -> pagewash::Page<'a> {
    match &opts.now {
        Some(now) => page.now(now),
        None => page,
    }
}

/// Whether JSON text holds a `\uD800`-`\uDFFF` escape (half of a UTF-16
/// pair; alone it is no Unicode text).
fn has_surrogate_escape(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memmem::find_iter(b, b"\\u").any(|i| {
        b.get(i + 2).is_some_and(|c| c.eq_ignore_ascii_case(&b'd'))
            && b.get(i + 3).is_some_and(|c| {
                matches!(c.to_ascii_lowercase(), b'8' | b'9' | b'a' | b'b' | b'c' | b'd' | b'e' | b'f')
            })
    })
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
