//! Configuration from Python: a dict, TOML text, or a path to a TOML or
//! JSON file, with an optional preset.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};

use crate::errors::ConfigError;
use pagewash::cleaners::Preset;
use pagewash::Config;

/// The configuration `config` and `preset` describe: a preset alone is
/// that preset's pipeline; with a configuration it sets the classifier's
/// thresholds in it.
pub(crate) fn resolve(py: Python<'_>, config: Option<&Bound<'_, PyAny>>, preset: Option<&str>) -> PyResult<Config> {
    let preset = preset.map(parse_preset).transpose()?;
    let Some(config) = config.filter(|c| !c.is_none()) else {
        return Ok(preset.map_or_else(Config::default, Config::preset));
    };
    let config = read(py, config)?;
    Ok(match preset {
        Some(p) => config.with_classifier_preset(p),
        None => config,
    })
}

fn parse_preset(name: &str) -> PyResult<Preset> {
    match name {
        "precision" => Ok(Preset::Precision),
        "balanced" => Ok(Preset::Balanced),
        "recall" => Ok(Preset::Recall),
        other => Err(ConfigError::new_err(format!(
            "preset must be \"precision\", \"balanced\" or \"recall\", got {other:?}"
        ))),
    }
}

/// Reads a dict, TOML text, or a path (`os.PathLike`, or a `str` naming an
/// existing `.toml`/`.json` file).
fn read(py: Python<'_>, config: &Bound<'_, PyAny>) -> PyResult<Config> {
    if config.is_instance_of::<PyDict>() {
        let json: String = py.import("json")?.call_method1("dumps", (config,))?.extract()?;
        return serde_json::from_str(&json).map_err(|e| ConfigError::new_err(format!("invalid config: {e}")));
    }
    let path: std::path::PathBuf = if config.is_instance_of::<PyString>() {
        let text: String = config.extract()?;
        let looks_like_path = !text.contains('\n') && (text.ends_with(".toml") || text.ends_with(".json"));
        if !looks_like_path {
            return from_toml(&text, "config");
        }
        text.into()
    } else if config.hasattr("__fspath__")? {
        py.import("os")?.call_method1("fspath", (config,))?.extract::<String>()?.into()
    } else {
        let kind = config.get_type().name()?.to_string();
        return Err(pyo3::exceptions::PyTypeError::new_err(format!(
            "config must be a dict, TOML text or a path, got {kind}"
        )));
    };
    let text = std::fs::read_to_string(&path)
        .map_err(|e| ConfigError::new_err(format!("cannot read config {}: {e}", path.display())))?;
    if path.extension().is_some_and(|e| e == "json") {
        serde_json::from_str(&text).map_err(|e| ConfigError::new_err(format!("invalid config {}: {e}", path.display())))
    } else {
        from_toml(&text, &path.display().to_string())
    }
}

fn from_toml(text: &str, name: &str) -> PyResult<Config> {
    toml::from_str(text).map_err(|e| ConfigError::new_err(format!("invalid config {name}: {e}")))
}
