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

mod args;
mod base64;
mod batch;
mod clean;
mod config_cmd;
mod options;
mod warc;

use std::process::ExitCode;

use args::{Cli, Command};
use clap::{CommandFactory, Parser};

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // Help and version go to standard output with status 0; a
            // usage error to standard error with status 2.
            let _ = e.print();
            return if e.use_stderr() { ExitCode::from(2) } else { ExitCode::SUCCESS };
        }
    };
    match cli.command {
        Command::Clean(args) => clean::run(args),
        Command::Batch(args) => batch::run(args),
        Command::Config(args) => config_cmd::run(args),
        Command::Completions { shell } => {
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "pagewash", &mut script);
            emit("pagewash completions", &String::from_utf8_lossy(&script))
        }
    }
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
