//! Python bindings of pagewash: the `pagewash._pagewash` extension module,
//! which the `pagewash` package re-exports (see `pagewash/__init__.py`).
//!
//! Every cleaning call releases the GIL; `Pipeline.clean_many` cleans in
//! parallel on Rust threads. Errors become Python exceptions carrying the
//! library's message; nothing here can panic on user input.

mod cleaned;
mod config;
mod errors;

use std::sync::{Arc, Mutex, OnceLock};

use pyo3::prelude::*;
use pyo3::pybacked::{PyBackedBytes, PyBackedStr};
use pyo3::types::PyAny;

use cleaned::{Cleaned, Removal};
use errors::{input_error, ConfigError, InputTooLarge, PagewashError};

/// A page as Python hands it over: text, or bytes still to decode.
#[derive(FromPyObject)]
enum Content {
    Str(PyBackedStr),
    Bytes(PyBackedBytes),
}

impl Content {
    /// The [`pagewash::Page`] of this content, read as `kind`.
    fn page(&self, kind: pagewash::InputKind) -> pagewash::Page<'_> {
        match (self, kind) {
            (Content::Str(s), pagewash::InputKind::Text) => pagewash::Page::text(s),
            (Content::Str(s), _) => pagewash::Page::html(s),
            (Content::Bytes(b), kind) => pagewash::Page::bytes(b, kind),
        }
    }
}

/// A reusable, thread-safe cleaning pipeline.
#[pyclass(frozen, module = "pagewash._pagewash")]
struct Pipeline {
    inner: Arc<pagewash::Pipeline>,
    /// The last thread pool `clean_many` built for an explicit thread count.
    pool: Mutex<Option<(usize, Arc<rayon::ThreadPool>)>>,
}

impl Pipeline {
    fn wrap(inner: Arc<pagewash::Pipeline>) -> Self {
        Pipeline { inner, pool: Mutex::new(None) }
    }

    fn clean_one(
        &self,
        py: Python<'_>,
        content: &Content,
        kind: pagewash::InputKind,
        known: Known<'_>,
    ) -> PyResult<Cleaned> {
        let pipeline = &self.inner;
        let result = py.detach(|| {
            let mut page = content.page(kind);
            if let Some(url) = known.url {
                page = page.url(url);
            }
            if let Some(charset) = known.charset {
                page = page.charset(charset);
            }
            if let Some(now) = known.now {
                page = page.now(now);
            }
            pipeline.try_clean_page(page)
        });
        result.map(Cleaned::from).map_err(|e| input_error(&e))
    }

    /// A pool of `threads` threads, reused while the count stays the same.
    fn pool(&self, threads: usize) -> PyResult<Arc<rayon::ThreadPool>> {
        let mut slot = self.pool.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some((n, pool)) = slot.as_ref() {
            if *n == threads {
                return Ok(Arc::clone(pool));
            }
        }
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .thread_name(|i| format!("pagewash-{i}"))
            .build()
            .map_err(|e| PagewashError::new_err(format!("could not start {threads} threads: {e}")))?;
        let pool = Arc::new(pool);
        *slot = Some((threads, Arc::clone(&pool)));
        Ok(pool)
    }
}

/// What the caller knows about a page: its address, the transport's
/// charset, the day it was fetched.
#[derive(Clone, Copy)]
struct Known<'a> {
    url: Option<&'a str>,
    charset: Option<&'a str>,
    now: Option<&'a str>,
}

#[pymethods]
impl Pipeline {
    /// Builds a pipeline from a configuration (a dict, TOML text, or a path
    /// to a TOML or JSON file) and/or a preset (`"precision"`, `"balanced"`,
    /// `"recall"`). A preset alone is that preset's whole pipeline; with a
    /// configuration it sets the classifier's thresholds in it.
    #[new]
    #[pyo3(signature = (config=None, *, preset=None, max_input_bytes=None))]
    fn new(
        py: Python<'_>,
        config: Option<&Bound<'_, PyAny>>,
        preset: Option<&str>,
        max_input_bytes: Option<usize>,
    ) -> PyResult<Self> {
        let config = config::resolve(py, config, preset)?;
        let mut builder = config.builder().map_err(|e| ConfigError::new_err(format!("invalid config: {e}")))?;
        if let Some(limit) = max_input_bytes {
            builder = builder.max_input_bytes(limit);
        }
        Ok(Pipeline::wrap(Arc::new(builder.build())))
    }

    /// Cleans an HTML page (`str`, or `bytes` decoded as a browser would;
    /// `charset` is the transport's, e.g. an HTTP Content-Type header;
    /// `now` the ISO 8601 day it was fetched, after which no date in its
    /// metadata can fall: today when `None`).
    #[pyo3(signature = (html, *, url=None, charset=None, now=None))]
    fn clean_html(
        &self,
        py: Python<'_>,
        html: Content,
        url: Option<&str>,
        charset: Option<&str>,
        now: Option<&str>,
    ) -> PyResult<Cleaned> {
        self.clean_one(py, &html, pagewash::InputKind::Html, Known { url, charset, now })
    }

    /// Cleans a plain-text (or Markdown) dump of a page.
    #[pyo3(signature = (text, *, url=None, charset=None, now=None))]
    fn clean_text(
        &self,
        py: Python<'_>,
        text: Content,
        url: Option<&str>,
        charset: Option<&str>,
        now: Option<&str>,
    ) -> PyResult<Cleaned> {
        self.clean_one(py, &text, pagewash::InputKind::Text, Known { url, charset, now })
    }

    /// Cleans many pages in parallel on `threads` Rust threads (all cores
    /// when `None`) and returns the results in input order. `urls`, when
    /// given, holds each page's address (or `None`) in the same order, as
    /// `url=` does for one page. A page over the pipeline's limits does not
    /// raise: its whole input comes back as one removal whose rule names
    /// the limit.
    #[pyo3(signature = (pages, *, kind="html", threads=None, urls=None))]
    fn clean_many(
        &self,
        py: Python<'_>,
        pages: &Bound<'_, PyAny>,
        kind: &str,
        threads: Option<usize>,
        urls: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Vec<Cleaned>> {
        let kind = match kind {
            "html" => pagewash::InputKind::Html,
            "text" => pagewash::InputKind::Text,
            other => {
                return Err(pyo3::exceptions::PyValueError::new_err(format!(
                    "kind must be \"html\" or \"text\", got {other:?}"
                )))
            }
        };
        let contents: Vec<Content> = pages.try_iter()?.map(|p| p?.extract()).collect::<PyResult<_>>()?;
        let urls: Vec<Option<String>> = match urls {
            Some(u) => u.try_iter()?.map(|u| u?.extract()).collect::<PyResult<_>>()?,
            None => vec![None; contents.len()],
        };
        if urls.len() != contents.len() {
            return Err(pyo3::exceptions::PyValueError::new_err(format!(
                "urls must hold one address (or None) per page: {} pages, {} urls",
                contents.len(),
                urls.len()
            )));
        }
        let pool = match threads {
            Some(0) => return Err(pyo3::exceptions::PyValueError::new_err("threads must be at least 1, got 0")),
            Some(n) => Some(self.pool(n)?),
            None => None,
        };
        let pipeline = &self.inner;
        let results = py.detach(|| {
            use rayon::prelude::*;
            let work = || {
                contents
                    .par_iter()
                    .zip(&urls)
                    .map(|(c, url)| {
                        let page = c.page(kind);
                        pipeline.clean_page(match url {
                            Some(u) => page.url(u),
                            None => page,
                        })
                    })
                    .collect::<Vec<_>>()
            };
            match &pool {
                Some(pool) => pool.install(work),
                None => work(),
            }
        });
        Ok(results.into_iter().map(Cleaned::from).collect())
    }

    /// The ids of the cleaners, in the order they run.
    #[getter]
    fn cleaner_ids(&self) -> Vec<&'static str> {
        self.inner.cleaner_ids()
    }

    fn __repr__(&self) -> String {
        format!("Pipeline(cleaners={:?})", self.inner.cleaner_ids())
    }
}

/// The shared pipeline of each preset (the default one for `None`).
fn preset_pipeline(py: Python<'_>, preset: Option<&str>) -> PyResult<Arc<pagewash::Pipeline>> {
    static SHARED: [OnceLock<Arc<pagewash::Pipeline>>; 4] = [const { OnceLock::new() }; 4];
    let slot = match preset {
        None => 0,
        Some("precision") => 1,
        Some("balanced") => 2,
        Some("recall") => 3,
        // An unknown name: `resolve` raises the error that names it.
        Some(_) => return build(py, None, preset),
    };
    if let Some(p) = SHARED[slot].get() {
        return Ok(Arc::clone(p));
    }
    let pipeline = build(py, None, preset)?;
    Ok(Arc::clone(SHARED[slot].get_or_init(|| pipeline)))
}

/// A pipeline from `config` and `preset`, as `Pipeline(...)` builds it.
fn build(py: Python<'_>, config: Option<&Bound<'_, PyAny>>, preset: Option<&str>) -> PyResult<Arc<pagewash::Pipeline>> {
    let config = config::resolve(py, config, preset)?;
    let pipeline = config.build().map_err(|e| ConfigError::new_err(format!("invalid config: {e}")))?;
    Ok(Arc::new(pipeline))
}

/// The pipeline for a one-off call: the shared one of the preset, or one
/// built from `config`.
fn one_off(py: Python<'_>, config: Option<&Bound<'_, PyAny>>, preset: Option<&str>) -> PyResult<Pipeline> {
    let inner = match config {
        None => preset_pipeline(py, preset)?,
        Some(_) => build(py, config, preset)?,
    };
    Ok(Pipeline::wrap(inner))
}

/// Cleans an HTML page with the default pipeline (or `config`/`preset`).
#[pyfunction]
#[pyo3(signature = (html, *, url=None, charset=None, now=None, config=None, preset=None))]
fn clean_html(
    py: Python<'_>,
    html: Content,
    url: Option<&str>,
    charset: Option<&str>,
    now: Option<&str>,
    config: Option<&Bound<'_, PyAny>>,
    preset: Option<&str>,
) -> PyResult<Cleaned> {
    one_off(py, config, preset)?.clean_one(py, &html, pagewash::InputKind::Html, Known { url, charset, now })
}

/// Cleans a text dump with the default pipeline (or `config`/`preset`).
#[pyfunction]
#[pyo3(signature = (text, *, url=None, charset=None, now=None, config=None, preset=None))]
fn clean_text(
    py: Python<'_>,
    text: Content,
    url: Option<&str>,
    charset: Option<&str>,
    now: Option<&str>,
    config: Option<&Bound<'_, PyAny>>,
    preset: Option<&str>,
) -> PyResult<Cleaned> {
    one_off(py, config, preset)?.clean_one(py, &text, pagewash::InputKind::Text, Known { url, charset, now })
}

/// The default configuration as a dict (the shape `Pipeline(config=...)` takes).
#[pyfunction]
#[pyo3(signature = (*, preset=None))]
fn default_config(py: Python<'_>, preset: Option<&str>) -> PyResult<Py<PyAny>> {
    let config = config::resolve(py, None, preset)?;
    let json = serde_json::to_value(&config).map_err(|e| PagewashError::new_err(e.to_string()))?;
    cleaned::to_py(py, &json)
}

#[pymodule]
fn _pagewash(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<Pipeline>()?;
    m.add_class::<Cleaned>()?;
    m.add_class::<Removal>()?;
    m.add_function(wrap_pyfunction!(clean_html, m)?)?;
    m.add_function(wrap_pyfunction!(clean_text, m)?)?;
    m.add_function(wrap_pyfunction!(default_config, m)?)?;
    m.add("PagewashError", m.py().get_type::<PagewashError>())?;
    m.add("ConfigError", m.py().get_type::<ConfigError>())?;
    m.add("InputTooLarge", m.py().get_type::<InputTooLarge>())?;
    Ok(())
}
