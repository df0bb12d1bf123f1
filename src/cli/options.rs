//! Options shared by `clean` and `batch`: config files and presets.

use pagewash::cleaners::Preset;
use pagewash::{CleanerConfig, Config, Pipeline};

/// Reads a config file: TOML for `.toml`, JSON otherwise.
pub(crate) fn load_config(path: &str) -> Result<Config, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read config `{path}`: {e}"))?;
    if path.ends_with(".toml") {
        toml::from_str(&text).map_err(|e| format!("config `{path}` is not a valid pagewash config: {e}"))
    } else {
        serde_json::from_str(&text).map_err(|e| format!("config `{path}` is not a valid pagewash config: {e}"))
    }
}

/// Parses a `--preset` value.
pub(crate) fn parse_preset(value: Option<&str>) -> Result<Preset, String> {
    match value {
        Some("precision") => Ok(Preset::Precision),
        Some("balanced") => Ok(Preset::Balanced),
        Some("recall") => Ok(Preset::Recall),
        other => Err(format!("--preset takes precision, balanced or recall, got {other:?}")),
    }
}

/// The pipeline from an optional config file and an optional preset.
pub(crate) fn pipeline(
    config: Option<&str>,
    preset: Option<Preset>,
    text_format: Option<pagewash::TextFormat>,
) -> Result<Pipeline, String> {
    let mut config = match config {
        Some(path) => load_config(path)?,
        None => Config::default(),
    };
    if let Some(format) = text_format {
        config.text_format = format;
    }
    if let Some(preset) = preset {
        for c in &mut config.cleaners {
            if let CleanerConfig::BlockClassifier(b) = c {
                b.preset = preset;
            }
        }
    }
    config.build().map_err(|e| format!("invalid config: {e}"))
}
