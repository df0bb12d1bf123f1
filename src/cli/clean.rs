//! `pagewash clean`: one page to standard output.

use std::process::ExitCode;

use pagewash::{InputKind, Pipeline};

const HELP: &str = "\
pagewash clean - clean one page and print the article

Usage: pagewash clean [FILE|-] [options]

Arguments:
  FILE              the page to clean; `-` or nothing reads standard input

Options:
  --input KIND      auto (default: HTML if it looks like HTML), html or text
  --format FORMAT   text (default) or json: {\"text\", \"metadata\", \"removals\", \"rewrites\"}
  --explain         print every block, removed ones marked [cleaner] rule
  -h, --help        this help

Examples:
  pagewash clean fixtures/seeds/000_e81063b0ac00ad98.txt
  curl -s https://example.org | pagewash clean --format json";

struct Options {
    path: String,
    input: Option<InputKind>,
    json: bool,
    explain: bool,
}

fn parse(args: &[String]) -> Result<Option<Options>, String> {
    let mut o = Options { path: "-".into(), input: None, json: false, explain: false };
    let mut it = args.iter();
    let mut path_seen = false;
    while let Some(a) = it.next() {
        match a.as_str() {
            "-h" | "--help" => return Ok(None),
            "--explain" => o.explain = true,
            "--format" => match it.next().map(String::as_str) {
                Some("text") => o.json = false,
                Some("json") => o.json = true,
                other => return Err(format!("--format takes text or json, got {other:?}")),
            },
            "--input" => {
                o.input = match it.next().map(String::as_str) {
                    Some("auto") => None,
                    Some("html") => Some(InputKind::Html),
                    Some("text") => Some(InputKind::Text),
                    other => return Err(format!("--input takes auto, html or text, got {other:?}")),
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
    Ok(Some(o))
}

pub(crate) fn run(args: &[String]) -> ExitCode {
    let opts = match parse(args) {
        Ok(Some(o)) => o,
        Ok(None) => {
            println!("{HELP}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("pagewash clean: {e}\n\n{HELP}");
            return ExitCode::from(2);
        }
    };
    let bytes = match super::read_input(&opts.path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("pagewash clean: {e}");
            return ExitCode::from(1);
        }
    };
    let kind = opts.input.unwrap_or_else(|| {
        if super::looks_like_html(&String::from_utf8_lossy(&bytes[..bytes.len().min(4096)])) {
            InputKind::Html
        } else {
            InputKind::Text
        }
    });
    let cleaned = match Pipeline::default().try_clean_bytes(&bytes, kind) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("pagewash clean: {e}");
            return ExitCode::from(1);
        }
    };
    for note in cleaned.notes() {
        eprintln!("pagewash clean: note: {note}");
    }
    if opts.json {
        match serde_json::to_string_pretty(&cleaned) {
            Ok(s) => println!("{s}"),
            Err(e) => {
                eprintln!("pagewash clean: cannot write JSON: {e}");
                return ExitCode::from(1);
            }
        }
    } else if opts.explain {
        print!("{}", cleaned.explain());
    } else {
        print!("{}", cleaned.text());
    }
    ExitCode::SUCCESS
}
