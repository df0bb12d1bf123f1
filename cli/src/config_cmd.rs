//! `pagewash config`: print the default configuration to start from.

use std::process::ExitCode;

use pagewash::Config;

const HELP: &str = "\
pagewash config - print the default configuration

Usage: pagewash config --default [--format json|toml] [--preset NAME]

The output is the library's Config: the cleaners in the order they run, with
every setting. Edit it and pass it back with --config FILE.

Examples:
  pagewash config --default > pagewash.json
  pagewash config --default --format toml > pagewash.toml
  pagewash config --default --preset recall > recall.json
  pagewash clean page.html --config pagewash.toml";

pub(crate) fn run(args: &[String]) -> ExitCode {
    let mut default = false;
    let mut toml_out = false;
    let mut preset = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--default" => default = true,
            "--format" => match it.next().map(String::as_str) {
                Some("json") => toml_out = false,
                Some("toml") => toml_out = true,
                other => return usage(&format!("--format takes json or toml, got {}", super::shown(other))),
            },
            "--preset" => match super::options::parse_preset(it.next().map(String::as_str)) {
                Ok(p) => preset = Some(p),
                Err(e) => return usage(&e),
            },
            "-h" | "--help" => return super::emit("pagewash config", &format!("{HELP}\n")),
            other => return usage(&format!("unexpected argument `{other}`")),
        }
    }
    if !default {
        return usage("say --default to print the default configuration");
    }
    let config = preset.map_or_else(Config::default, Config::preset);
    let out = if toml_out {
        toml::to_string_pretty(&config).map_err(|e| e.to_string())
    } else {
        serde_json::to_string_pretty(&config).map_err(|e| e.to_string())
    };
    match out {
        Ok(s) => super::emit("pagewash config", &format!("{s}\n")),
        Err(e) => {
            super::report!("pagewash config: cannot serialize the default config: {e}");
            ExitCode::from(1)
        }
    }
}

fn usage(msg: &str) -> ExitCode {
    super::report!("pagewash config: {msg}\n\n{HELP}");
    ExitCode::from(2)
}
