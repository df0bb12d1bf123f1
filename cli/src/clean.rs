//! `pagewash clean`: one page to standard output.

use std::process::ExitCode;

use std::io::IsTerminal;

use pagewash::cleaners::Preset;
use pagewash::{Cleaned, InputKind, TextFormat};

const HELP: &str = "\
pagewash clean - clean one page and print the article

Usage: pagewash clean [FILE|-] [options]

Arguments:
  FILE              the page to clean; `-` or nothing reads standard input

Options:
  --input KIND      auto (default: HTML if it looks like HTML), html, text
                    (Markdown if it has Markdown links), plain or markdown
  --format FORMAT   text (default), markdown, or json:
                    {\"text\", \"metadata\", \"input\", \"removals\", \"rewrites\"}
  --explain         print every block; removed ones marked `- [cleaner] rule`
                    (in colour when standard output is a terminal)
  --config FILE     pipeline configuration (JSON, or TOML for .toml);
                    start from `pagewash config --default`
  --preset NAME     precision, balanced (default) or recall: the preset's
                    pipeline (with --config, the classifier's thresholds)
  --now DATE        the day the page was fetched (ISO 8601, default today):
                    published and modified dates after it are dropped as wrong
  -h, --help        this help

Examples:
  pagewash clean fixtures/seeds/000_e81063b0ac00ad98.txt
  pagewash clean page.html --format json
  pagewash clean page.txt --explain --preset precision
  cat page.html | pagewash clean - --format markdown";

#[derive(PartialEq)]
enum Format {
    Text,
    Json,
    Markdown,
}

struct Options {
    path: String,
    input: Option<InputKind>,
    text_format: Option<TextFormat>,
    format: Format,
    explain: bool,
    config: Option<String>,
    preset: Option<Preset>,
    now: Option<String>,
}

fn parse(args: &[String]) -> Result<Option<Options>, String> {
    let mut o = Options {
        path: "-".into(),
        input: None,
        text_format: None,
        format: Format::Text,
        explain: false,
        config: None,
        preset: None,
        now: None,
    };
    let mut it = args.iter();
    let mut path_seen = false;
    while let Some(a) = it.next() {
        match a.as_str() {
            "-h" | "--help" => return Ok(None),
            "--explain" => o.explain = true,
            "--format" => {
                o.format = match it.next().map(String::as_str) {
                    Some("text") => Format::Text,
                    Some("json") => Format::Json,
                    Some("markdown" | "md") => Format::Markdown,
                    other => return Err(format!("--format takes text, json or markdown, got {}", super::shown(other))),
                }
            }
            "--config" => o.config = Some(it.next().cloned().ok_or("--config needs a file")?),
            "--preset" => o.preset = Some(super::options::parse_preset(it.next().map(String::as_str))?),
            "--now" => o.now = Some(super::options::parse_now(it.next().ok_or("--now needs a date")?)?),
            "--input" => {
                o.input = match it.next().map(String::as_str) {
                    Some("auto") => None,
                    Some("html") => Some(InputKind::Html),
                    Some("text") => Some(InputKind::Text),
                    Some("plain") => {
                        o.text_format = Some(TextFormat::Plain);
                        Some(InputKind::Text)
                    }
                    Some("markdown" | "md") => {
                        o.text_format = Some(TextFormat::Markdown);
                        Some(InputKind::Text)
                    }
                    other => {
                        return Err(format!(
                            "--input takes auto, html, text, plain or markdown, got {}",
                            super::shown(other)
                        ))
                    }
                }
            }
            flag if flag.starts_with("--") => return Err(format!("unknown option `{flag}`")),
            path if !path_seen => {
                o.path = path.to_string();
                path_seen = true;
            }
            extra => return Err(format!("unexpected argument `{extra}`: clean takes one FILE")),
        }
    }
    if o.explain && o.format != Format::Text {
        return Err("--explain prints its own view; leave out --format (JSON output lists every removal too)".into());
    }
    Ok(Some(o))
}

pub(crate) fn run(args: &[String]) -> ExitCode {
    let opts = match super::settle(parse(args), "clean", HELP) {
        Ok(o) => o,
        Err(code) => return code,
    };
    let bytes = match super::read_input(&opts.path) {
        Ok(b) => b,
        Err(e) => {
            super::report!("pagewash clean: {e}");
            return ExitCode::from(1);
        }
    };
    let bytes = match decompress(bytes).and_then(refuse_binary) {
        Ok(b) => b,
        Err(e) => {
            super::report!("pagewash clean: {e}");
            return ExitCode::from(1);
        }
    };
    let kind = opts.input.unwrap_or_else(|| pagewash::input::sniff(&bytes));
    let pipeline = match super::options::pipeline(opts.config.as_deref(), opts.preset, opts.text_format) {
        Ok(p) => p,
        Err(e) => {
            super::report!("pagewash clean: {e}");
            return ExitCode::from(2);
        }
    };
    let page = pagewash::Page::bytes(&bytes, kind);
    let page = match &opts.now {
        Some(now) => page.now(now),
        None => page,
    };
    let cleaned = match pipeline.try_clean_page(page) {
        Ok(c) => c,
        Err(e) => {
            super::report!("pagewash clean: {e}");
            return ExitCode::from(1);
        }
    };
    for note in cleaned.notes() {
        super::report!("pagewash clean: note: {note}");
    }
    if opts.explain {
        return super::emit("pagewash clean", &explain_view(&cleaned, std::io::stdout().is_terminal()));
    }
    match opts.format {
        Format::Json => match json_in_page_order(&cleaned) {
            Ok(s) => super::emit("pagewash clean", &(s + "\n")),
            Err(e) => {
                super::report!("pagewash clean: cannot write JSON: {e}");
                ExitCode::from(1)
            }
        },
        Format::Markdown => super::emit("pagewash clean", &cleaned.markdown()),
        Format::Text => super::emit("pagewash clean", cleaned.text()),
    }
}

/// Largest page `clean` decompresses (a gzip or zstd bomb stops here).
const MAX_DECOMPRESSED: u64 = 256 << 20;

/// A gzip or zstd file (found by its magic number, whatever its name) is
/// decompressed; anything else passes through.
fn decompress(bytes: Vec<u8>) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let reader: Box<dyn Read + '_> = if bytes.starts_with(&[0x1f, 0x8b]) {
        Box::new(flate2::read::MultiGzDecoder::new(&bytes[..]))
    } else if bytes.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        Box::new(zstd::Decoder::new(&bytes[..]).map_err(|e| format!("cannot read the zstd input: {e}"))?)
    } else {
        return Ok(bytes);
    };
    let mut out = Vec::new();
    reader.take(MAX_DECOMPRESSED + 1).read_to_end(&mut out).map_err(|e| format!("cannot decompress the input: {e}"))?;
    if out.len() as u64 > MAX_DECOMPRESSED {
        return Err(format!("the input decompresses to more than {MAX_DECOMPRESSED} bytes"));
    }
    Ok(out)
}

/// Refuses input that is no page: NUL bytes or mostly control bytes in its
/// first 8 KiB (UTF-16 with a byte-order mark is text).
fn refuse_binary(bytes: Vec<u8>) -> Result<Vec<u8>, String> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Ok(bytes);
    }
    let head = &bytes[..bytes.len().min(8192)];
    let control = head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C)).count();
    if head.contains(&0) || control * 10 > head.len() {
        return Err("the input looks binary (NUL or control bytes), not an HTML page or a text dump".into());
    }
    Ok(bytes)
}

/// The result as JSON, its removals in page order (the library lists them
/// in the order the cleaners made them).
fn json_in_page_order(cleaned: &Cleaned) -> Result<String, serde_json::Error> {
    let mut value = serde_json::to_value(cleaned)?;
    if let Some(removals) = value.get_mut("removals").and_then(serde_json::Value::as_array_mut) {
        removals.sort_by_key(|r| r.get("block").and_then(serde_json::Value::as_u64).unwrap_or(u64::MAX));
    }
    serde_json::to_string_pretty(&value)
}

/// The explain view; removed lines dimmed red and kept lines plain on a terminal.
fn explain_view(cleaned: &Cleaned, colour: bool) -> String {
    let view = cleaned.explain().to_string();
    if !colour {
        return view;
    }
    let mut out = String::with_capacity(view.len() + view.len() / 8);
    for line in view.lines() {
        if line.starts_with("- [") {
            out.push_str("\x1b[2;31m");
            out.push_str(line);
            out.push_str("\x1b[0m\n");
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}
