//! Options shared by `clean` and `batch`: config files and presets.

use pagewash::cleaners::Preset;
use pagewash::{Config, Pipeline};

/// Reads a config file: TOML for `.toml`, JSON otherwise.
pub(crate) fn load_config(path: &str) -> Result<Config, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read config `{path}`: {e}"))?;
    if path.ends_with(".toml") {
        toml::from_str(&text).map_err(|e| format!("config `{path}` is not a valid pagewash config: {e}"))
    } else {
        serde_json::from_str(&text).map_err(|e| format!("config `{path}` is not a valid pagewash config: {e}"))
    }
}

/// The pipeline from an optional config file and an optional preset.
pub(crate) fn pipeline(
    config: Option<&str>,
    preset: Option<Preset>,
    text_format: Option<pagewash::TextFormat>,
) -> Result<Pipeline, String> {
    // A preset alone is the preset's whole pipeline; with a config file it
    // sets the classifier's thresholds in that file's pipeline.
    let mut config = match (config, preset) {
        (Some(path), Some(preset)) => load_config(path)?.with_classifier_preset(preset),
        (Some(path), None) => load_config(path)?,
        (None, Some(preset)) => Config::preset(preset),
        (None, None) => Config::default(),
    };
    if let Some(format) = text_format {
        config.text_format = format;
    }
    config.build().map_err(|e| format!("invalid config: {e}"))
}
