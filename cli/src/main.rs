//! The `pagewash` command: clean one page or a corpus (JSON Lines or WARC).
//!
//! A separate package from the library, so that crates depending on
//! `pagewash` compile none of the command's dependencies.

/// Writes a line to standard error, ignoring a closed or full stderr (a
/// message that cannot be shown is no reason to panic).
macro_rules! report {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}
pub(crate) use report;

mod base64;
mod batch;
mod clean;
mod config_cmd;
mod options;
mod warc;

use std::process::ExitCode;

const USAGE: &str = "\
pagewash - clean scraped web pages (HTML or text dumps)

Usage:
  pagewash clean [FILE|-] [--input auto|html|text|plain|markdown] [--format text|json|markdown] [--explain]
                 [--config FILE] [--preset precision|balanced|recall]
  pagewash batch --input IN.jsonl --output OUT.jsonl [--html-field html | --text-field text]
                 [--id-field id] [--threads N] [--report] [--config FILE] [--preset NAME]
  pagewash config --default [--format json|toml] [--preset NAME]
  pagewash help [COMMAND]

Run `pagewash COMMAND --help` for details and examples.";

fn main() -> ExitCode {
    run(std::env::args().skip(1).collect())
}

fn run(args: Vec<String>) -> ExitCode {
    let args = split_equals(args);
    let Some((cmd, rest)) = args.split_first() else {
        report!("{USAGE}");
        return ExitCode::from(2);
    };
    match cmd.as_str() {
        "clean" => clean::run(rest),
        "batch" => batch::run(rest),
        "config" => config_cmd::run(rest),
        // `pagewash help clean` is `pagewash clean --help`.
        "help" if !rest.is_empty() => run(vec![rest[0].clone(), "--help".into()]),
        "help" | "--help" | "-h" => emit("pagewash", &format!("{USAGE}\n")),
        "--version" | "-V" => emit("pagewash", &format!("pagewash {}\n", env!("CARGO_PKG_VERSION"))),
        other => {
            report!("pagewash: unknown command `{other}`\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// Settles a subcommand's parsed arguments: `Ok(None)` (help asked) prints
/// the help and exits 0; an error prints it with the help and exits 2.
pub(crate) fn settle<T>(parsed: Result<Option<T>, String>, command: &str, help: &str) -> Result<T, ExitCode> {
    match parsed {
        Ok(Some(options)) => Ok(options),
        Ok(None) => Err(emit(&format!("pagewash {command}"), &format!("{help}\n"))),
        Err(e) => {
            report!("pagewash {command}: {e}\n\n{help}");
            Err(ExitCode::from(2))
        }
    }
}

/// `--name=value` as two arguments, `--name` and `value` (a lone `-` and
/// values after `--` stay as they are).
fn split_equals(args: Vec<String>) -> Vec<String> {
    let mut out = Vec::with_capacity(args.len());
    for a in args {
        match a.strip_prefix("--").and_then(|rest| rest.split_once('=')) {
            Some((name, value)) if !name.is_empty() => {
                out.push(format!("--{name}"));
                out.push(value.to_string());
            }
            _ => out.push(a),
        }
    }
    out
}

/// How an option's value reads in an error: `` `yaml` ``, or "nothing".
pub(crate) fn shown(value: Option<&str>) -> String {
    value.map_or_else(|| "nothing".to_string(), |v| format!("`{v}`"))
}

/// Writes a command's output to standard output. A reader that stopped
/// reading (`| head`) is not an error; any other write failure (a full
/// disk, `> /dev/full`) is reported with exit status 1, never a panic.
pub(crate) fn emit(command: &str, out: &str) -> ExitCode {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(out.as_bytes()).and_then(|()| stdout.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            report!("{command}: cannot write the output: {e}");
            ExitCode::from(1)
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
