//! The `pagewash` command: clean one page or a JSONL corpus.

mod cli;

fn main() -> std::process::ExitCode {
    cli::run(std::env::args().skip(1).collect())
}
