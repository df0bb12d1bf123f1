//! Argument parsing and dispatch; std-only so the library stays lean.

mod batch;
mod clean;
mod config_cmd;
mod options;

use std::process::ExitCode;

const USAGE: &str = "\
pagewash - clean scraped web pages (HTML or text dumps)

Usage:
  pagewash clean [FILE|-] [--input auto|html|text] [--format text|json|markdown] [--explain]
                 [--config FILE] [--preset precision|balanced|recall]
  pagewash batch --input IN.jsonl --output OUT.jsonl [--html-field html | --text-field text]
                 [--id-field id] [--threads N] [--report] [--config FILE] [--preset NAME]
  pagewash config --default [--format json|toml]
  pagewash help

Run `pagewash COMMAND --help` for details and examples.";

pub(crate) fn run(args: Vec<String>) -> ExitCode {
    let Some((cmd, rest)) = args.split_first() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    match cmd.as_str() {
        "clean" => clean::run(rest),
        "batch" => batch::run(rest),
        "config" => config_cmd::run(rest),
        "help" | "--help" | "-h" => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        "--version" | "-V" => {
            println!("pagewash {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        other => {
            eprintln!("pagewash: unknown command `{other}`\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// Settles a subcommand's parsed arguments: `Ok(None)` (help asked) prints
/// the help and exits 0; an error prints it with the help and exits 2.
pub(crate) fn settle<T>(parsed: Result<Option<T>, String>, command: &str, help: &str) -> Result<T, ExitCode> {
    match parsed {
        Ok(Some(options)) => Ok(options),
        Ok(None) => {
            println!("{help}");
            Err(ExitCode::SUCCESS)
        }
        Err(e) => {
            eprintln!("pagewash {command}: {e}\n\n{help}");
            Err(ExitCode::from(2))
        }
    }
}

/// Reads a file, or standard input for `-`.
pub(crate) fn read_input(path: &str) -> Result<Vec<u8>, String> {
    use std::io::Read;
    if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf).map_err(|e| format!("cannot read standard input: {e}"))?;
        Ok(buf)
    } else {
        std::fs::read(path).map_err(|e| format!("cannot read `{path}`: {e}"))
    }
}

/// Whether a page looks like HTML (for `--input auto`).
pub(crate) fn looks_like_html(text: &str) -> bool {
    let head: String = text.trim_start().chars().take(1024).collect::<String>().to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || ["<body", "<head", "<div", "<p>", "<p ", "<article", "<meta "].iter().any(|t| head.contains(t))
}
