//! `Cleaned` and `Removal`: what cleaning a page gives back to Python.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

use crate::errors::PagewashError;

/// One cleaned page: its text, metadata, and every removal with the
/// cleaner and rule that made it.
#[pyclass(frozen, module = "pagewash._pagewash")]
pub(crate) struct Cleaned {
    inner: pagewash::Cleaned,
}

impl From<pagewash::Cleaned> for Cleaned {
    fn from(inner: pagewash::Cleaned) -> Self {
        Cleaned { inner }
    }
}

#[pymethods]
impl Cleaned {
    /// The kept text, blocks separated by blank lines.
    #[getter]
    fn text(&self) -> &str {
        self.inner.text()
    }

    /// The kept text as CommonMark.
    #[getter]
    fn markdown(&self) -> String {
        self.inner.markdown()
    }

    /// Title, author, dates, site name, language, URL, page type, as a dict
    /// (missing fields are `None`).
    #[getter]
    fn metadata(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let value = serde_json::to_value(self.inner.metadata()).map_err(|e| PagewashError::new_err(e.to_string()))?;
        to_py(py, &value)
    }

    /// Every removed piece, in page order.
    #[getter]
    fn removals(&self) -> Vec<Removal> {
        self.inner.removals().iter().map(Removal::from).collect()
    }

    /// What the pipeline noted (lossy decoding, the deletion guard, limits).
    #[getter]
    fn notes(&self) -> Vec<String> {
        self.inner.notes().to_vec()
    }

    /// `"html"` or `"text"`.
    #[getter]
    fn input_kind(&self) -> &'static str {
        match self.inner.input_kind() {
            pagewash::InputKind::Html => "html",
            _ => "text",
        }
    }

    /// The whole result (text, metadata, removals, rewrites, notes) as JSON.
    fn to_json(&self) -> PyResult<String> {
        serde_json::to_string(&self.inner).map_err(|e| PagewashError::new_err(e.to_string()))
    }

    /// The result as `to_json` gives it, as a dict.
    fn to_dict(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let value = serde_json::to_value(&self.inner).map_err(|e| PagewashError::new_err(e.to_string()))?;
        to_py(py, &value)
    }

    /// The page annotated: kept blocks indented, removals marked with
    /// their cleaner, rule and location.
    fn explain(&self) -> String {
        self.inner.explain().to_string()
    }

    fn __str__(&self) -> &str {
        self.inner.text()
    }

    fn __repr__(&self) -> String {
        format!(
            "Cleaned(kept {} bytes, {} removals, title={:?})",
            self.inner.text().len(),
            self.inner.removals().len(),
            self.inner.metadata().title
        )
    }
}

/// One removed piece of a page.
#[pyclass(frozen, get_all, module = "pagewash._pagewash")]
pub(crate) struct Removal {
    /// The id of the cleaner that removed it.
    cleaner: &'static str,
    /// The rule of that cleaner.
    rule: String,
    /// Why the rule applied, when the cleaner says.
    evidence: Option<String>,
    /// The removed text.
    text: String,
    /// Where it was: `line N`, `lines N-M`, or an element path.
    location: String,
}

impl From<&pagewash::Removal> for Removal {
    fn from(r: &pagewash::Removal) -> Self {
        Removal {
            cleaner: r.cleaner,
            rule: r.rule.clone(),
            evidence: r.evidence.clone(),
            text: r.text.clone(),
            location: r.location.to_string(),
        }
    }
}

#[pymethods]
impl Removal {
    fn __repr__(&self) -> String {
        format!(
            "Removal(cleaner={:?}, rule={:?}, location={:?}, text={:?})",
            self.cleaner, self.rule, self.location, self.text
        )
    }
}

/// A JSON value as the Python object `json.loads` would make.
pub(crate) fn to_py(py: Python<'_>, value: &serde_json::Value) -> PyResult<Py<PyAny>> {
    use serde_json::Value;
    Ok(match value {
        Value::Null => py.None(),
        Value::Bool(b) => b.into_pyobject(py)?.to_owned().into_any().unbind(),
        Value::Number(n) => match (n.as_i64(), n.as_f64()) {
            (Some(i), _) => i.into_pyobject(py)?.into_any().unbind(),
            (None, Some(f)) => f.into_pyobject(py)?.into_any().unbind(),
            _ => py.None(),
        },
        Value::String(s) => s.into_pyobject(py)?.into_any().unbind(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(to_py(py, item)?)?;
            }
            list.into_any().unbind()
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, v) in map {
                dict.set_item(k, to_py(py, v)?)?;
            }
            dict.into_any().unbind()
        }
    })
}
