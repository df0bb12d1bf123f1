//! The default pipeline: [`Config::default`] built once per process and
//! shared, and the one-call entry points that use it. Here, not in
//! `pipeline.rs`, so that the pipeline does not depend on the
//! configuration that builds it.

use std::sync::LazyLock;

use crate::config::Config;
use crate::pipeline::Pipeline;

impl Default for Pipeline {
    /// The default pipeline. It is built once per process (its phrase
    /// lists compile in a few milliseconds) and shared: later calls clone
    /// it, which costs a few allocations.
    ///
    /// Its configuration is built-in data that `tests/config.rs` builds on
    /// every run, so building it cannot fail; if it ever did, this panics
    /// rather than clean with an empty pipeline that would silently keep
    /// every page whole.
    fn default() -> Self {
        DEFAULT.clone()
    }
}

/// Builds the default configuration (see [`Pipeline::default`]).
fn build_default() -> Pipeline {
    match Config::default().build() {
        Ok(p) => p,
        Err(e) => panic!("the built-in default configuration does not build: {e}"),
    }
}

static DEFAULT: LazyLock<Pipeline> = LazyLock::new(build_default);

/// Cleans a text dump with the default pipeline and returns the kept text.
///
/// # Example
/// ```
/// let text = pagewash::clean_text("Pin It on Pinterest\n\nThe real sentence stays here.");
/// assert_eq!(text, "The real sentence stays here.\n");
/// ```
pub fn clean_text(text: &str) -> String {
    DEFAULT.clean_text(text).into_text()
}

/// Cleans an HTML page with the default pipeline and returns the kept text.
///
/// # Example
/// ```
/// let html = "<html><body><nav><a href='/'>Home</a></nav><article><p>The story is told here in full sentences.</p></article></body></html>";
/// assert_eq!(pagewash::clean_html(html), "The story is told here in full sentences.\n");
/// ```
pub fn clean_html(html: &str) -> String {
    DEFAULT.clean_html(html).into_text()
}

/// The shared default pipeline, built once.
pub fn default_pipeline() -> &'static Pipeline {
    &DEFAULT
}
