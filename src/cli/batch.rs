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
use serde_json::{json, Value};

/// Most lines in one parallel chunk.
pub(crate) const CHUNK_LINES: usize = 256;
/// Most bytes in one parallel chunk.
pub(crate) const CHUNK_BYTES: usize = 32 << 20;

const HELP: &str = "\
pagewash batch - clean every page of a JSON Lines file

Usage: pagewash batch --input IN.jsonl --output OUT.jsonl [options]

Reads one JSON object per line (plain, gzip or zstd; `-` is standard input)
and writes one line per input line, in input order:
  {\"id\": ..., \"text\": ..., \"metadata\": {...}}            a cleaned page
  {\"id\": ..., \"error\": \"line 7: field `html` is missing\"}  a record that failed
A line that is not JSON, lacks the field, has a non-string or empty field or
invalid UTF-8 becomes an error line; the run goes on. Exit code 0 when every
record was cleaned, 3 when some failed, 1 when the input cannot be read.

Options:
  --input FILE         input JSONL (.gz and .zst are detected), `-` for stdin (default)
  --output FILE        output JSONL, `-` for stdout (default)
  --html-field NAME    clean the HTML in field NAME
  --text-field NAME    clean the text dump in field NAME
                       (default: field `html` if it is a string, else `text`)
  --id-field NAME      field copied to the output as `id` (default: id)
  --threads N          worker threads (default: all cores)
  --report             add each page's removal records under `removals`
  --config FILE        pipeline configuration (JSON, or TOML for .toml)
  --preset NAME        classifier preset: precision, balanced or recall
  -h, --help           this help

Examples:
  pagewash batch --input crawl.jsonl.gz --output clean.jsonl --html-field html --id-field url
  zcat dumps.jsonl.gz | pagewash batch --text-field text --threads 2 > clean.jsonl";

enum Field {
    Auto,
    Html(String),
    Text(String),
}

struct Options {
    input: String,
    output: String,
    field: Field,
    id_field: String,
    threads: Option<usize>,
    report: bool,
    config: Option<String>,
    preset: Option<pagewash::cleaners::Preset>,
}

fn parse(args: &[String]) -> Result<Option<Options>, String> {
    let mut o = Options {
        input: "-".into(),
        output: "-".into(),
        field: Field::Auto,
        id_field: "id".into(),
        threads: None,
        report: false,
        config: None,
        preset: None,
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or(format!("{name} needs a value"));
        match a.as_str() {
            "-h" | "--help" => return Ok(None),
            "--input" => o.input = value("--input")?,
            "--output" => o.output = value("--output")?,
            "--html-field" => o.field = Field::Html(value("--html-field")?),
            "--text-field" => o.field = Field::Text(value("--text-field")?),
            "--id-field" => o.id_field = value("--id-field")?,
            "--threads" => {
                let v = value("--threads")?;
                o.threads = Some(
                    v.parse().ok().filter(|n| *n > 0).ok_or(format!("--threads takes a number above 0, got {v}"))?,
                );
            }
            "--report" => o.report = true,
            "--config" => o.config = Some(value("--config")?),
            "--preset" => o.preset = Some(super::options::parse_preset(Some(&value("--preset")?))?),
            other => return Err(format!("unexpected argument `{other}`")),
        }
    }
    Ok(Some(o))
}

pub(crate) fn run(args: &[String]) -> ExitCode {
    let opts = match super::settle(parse(args), "batch", HELP) {
        Ok(o) => o,
        Err(code) => return code,
    };
    match execute(&opts) {
        Ok(summary) => {
            eprintln!("{summary}");
            if summary.errors > 0 {
                ExitCode::from(3)
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(e) => {
            eprintln!("pagewash batch: {e}");
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
        )
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
    let mut reader = BufReader::with_capacity(1 << 20, raw);
    let magic = reader.fill_buf().map_err(|e| format!("cannot read `{path}`: {e}"))?.to_vec();
    if magic.starts_with(&[0x1f, 0x8b]) {
        return Ok((Box::new(BufReader::new(flate2::bufread::MultiGzDecoder::new(reader))), None));
    }
    if magic.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        let decoder = zstd::Decoder::with_buffer(reader).map_err(|e| format!("cannot read zstd `{path}`: {e}"))?;
        return Ok((Box::new(BufReader::new(decoder)), None));
    }
    Ok((Box::new(reader), len))
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

fn execute(opts: &Options) -> Result<Summary, String> {
    let pipeline = super::options::pipeline(opts.config.as_deref(), opts.preset, None)?;
    let mut pool = rayon::ThreadPoolBuilder::new();
    if let Some(n) = opts.threads {
        pool = pool.num_threads(n);
    }
    let pool = pool.build().map_err(|e| format!("cannot start worker threads: {e}"))?;
    let (mut input, len) = open_input(&opts.input)?;
    let mut output = open_output(&opts.output)?;
    let bar = progress(len);
    let start = Instant::now();
    let mut summary = Summary::default();
    let mut line_no = 0usize;
    let mut chunk: Vec<(usize, Vec<u8>)> = Vec::with_capacity(CHUNK_LINES);
    loop {
        let mut chunk_bytes = 0;
        chunk.clear();
        while chunk.len() < CHUNK_LINES && chunk_bytes < CHUNK_BYTES {
            let mut line = Vec::new();
            let n = input.read_until(b'\n', &mut line).map_err(|e| format!("cannot read input: {e}"))?;
            if n == 0 {
                break;
            }
            line_no += 1;
            chunk_bytes += n;
            bar.inc(n as u64);
            chunk.push((line_no, line));
        }
        if chunk.is_empty() {
            break;
        }
        let outcomes: Vec<Outcome> =
            pool.install(|| chunk.par_iter().map(|(n, l)| process(*n, l, opts, &pipeline)).collect());
        for o in outcomes {
            output
                .write_all(o.line.as_bytes())
                .and_then(|()| output.write_all(b"\n"))
                .map_err(|e| format!("cannot write output: {e}"))?;
            if o.error {
                summary.errors += 1;
            } else {
                summary.pages += 1;
            }
            summary.bytes_in += o.bytes_in;
            summary.bytes_out += o.bytes_out;
        }
        let secs = start.elapsed().as_secs_f64().max(1e-9);
        bar.set_message(format!(
            "{} records, {:.0}/s",
            summary.pages + summary.errors,
            (summary.pages + summary.errors) as f64 / secs
        ));
    }
    output.flush().map_err(|e| format!("cannot write output: {e}"))?;
    bar.finish_and_clear();
    summary.seconds = start.elapsed().as_secs_f64();
    Ok(summary)
}

struct Outcome {
    line: String,
    error: bool,
    bytes_in: usize,
    bytes_out: usize,
}

fn failure(id: Value, line_no: usize, reason: &str) -> Outcome {
    let line = json!({"id": id, "error": format!("line {line_no}: {reason}")}).to_string();
    Outcome { line, error: true, bytes_in: 0, bytes_out: 0 }
}

fn process(line_no: usize, raw: &[u8], opts: &Options, pipeline: &Pipeline) -> Outcome {
    let raw = raw.strip_suffix(b"\n").unwrap_or(raw);
    let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
    let text = match std::str::from_utf8(raw) {
        Ok(t) => t,
        Err(e) => return failure(Value::Null, line_no, &format!("invalid UTF-8 at byte {}", e.valid_up_to())),
    };
    if text.trim().is_empty() {
        return failure(Value::Null, line_no, "empty line");
    }
    let record: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return failure(Value::Null, line_no, &format!("not JSON: {e}")),
    };
    let Some(obj) = record.as_object() else {
        return failure(Value::Null, line_no, "not a JSON object");
    };
    let id = obj.get(&opts.id_field).cloned().unwrap_or(Value::Null);
    let (name, html) = match &opts.field {
        Field::Html(f) => (f.as_str(), true),
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
    let cleaned = if html { pipeline.clean_html(page) } else { pipeline.clean_text(page) };
    let mut out = json!({"id": id, "text": cleaned.text(), "metadata": cleaned.metadata()});
    if opts.report {
        out["removals"] = serde_json::to_value(cleaned.removals()).unwrap_or(Value::Null);
    }
    if !cleaned.notes().is_empty() {
        out["notes"] = json!(cleaned.notes());
    }
    Outcome { line: out.to_string(), error: false, bytes_in: page.len(), bytes_out: cleaned.text().len() }
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
