//! `pagewash clean`: one page to standard output.

use std::process::ExitCode;

use std::io::IsTerminal;

use pagewash::{Cleaned, InputKind, TextFormat};

use crate::args::{CleanArgs, FormatArg, InputArg};

/// Cleans one page and prints it; the exit status says how it went: 0
/// cleaned, 1 the input cannot be read or is refused, 2 a bad config.
pub(crate) fn run(args: CleanArgs) -> ExitCode {
    let bytes = match super::read_input(&args.path) {
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
    let (kind, text_format) = match args.input {
        InputArg::Auto => (pagewash::input::sniff(&bytes), None),
        InputArg::Html => (InputKind::Html, None),
        InputArg::Text => (InputKind::Text, None),
        InputArg::Plain => (InputKind::Text, Some(TextFormat::Plain)),
        InputArg::Markdown => (InputKind::Text, Some(TextFormat::Markdown)),
    };
    let preset = args.pipeline.preset.map(Into::into);
    let pipeline = match super::options::pipeline(args.pipeline.config.as_deref(), preset, text_format) {
        Ok(p) => p,
        Err(e) => {
            super::report!("pagewash clean: {e}");
            return ExitCode::from(2);
        }
    };
    let page = pagewash::Page::bytes(&bytes, kind);
    let page = match &args.pipeline.now {
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
    if args.explain {
        return super::emit("pagewash clean", &explain_view(&cleaned, std::io::stdout().is_terminal()));
    }
    match args.format {
        FormatArg::Json => match json_in_page_order(&cleaned) {
            Ok(s) => super::emit("pagewash clean", &(s + "\n")),
            Err(e) => {
                super::report!("pagewash clean: cannot write JSON: {e}");
                ExitCode::from(1)
            }
        },
        FormatArg::Markdown => super::emit("pagewash clean", &cleaned.markdown()),
        FormatArg::Text => super::emit("pagewash clean", cleaned.text()),
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
