//! `pagewash config`: print the default configuration to start from.

use std::process::ExitCode;

use pagewash::Config;

use crate::args::{ConfigArgs, ConfigFormatArg};

/// Prints the default configuration (or a preset's) as JSON or TOML.
pub(crate) fn run(args: ConfigArgs) -> ExitCode {
    let config = args.preset.map_or_else(Config::default, |p| Config::preset(p.into()));
    let out = match args.format {
        ConfigFormatArg::Toml => toml::to_string_pretty(&config).map_err(|e| e.to_string()),
        ConfigFormatArg::Json => serde_json::to_string_pretty(&config).map_err(|e| e.to_string()),
    };
    match out {
        Ok(s) => super::emit("pagewash config", &format!("{s}\n")),
        Err(e) => {
            super::report!("pagewash config: cannot serialize the default config: {e}");
            ExitCode::from(1)
        }
    }
}
