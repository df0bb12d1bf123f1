//! The exceptions the package raises, and how library errors map to them.

use pyo3::exceptions::PyValueError;
use pyo3::PyErr;

pyo3::create_exception!(_pagewash, PagewashError, PyValueError, "Base class of pagewash's errors (a ValueError).");
pyo3::create_exception!(
    _pagewash,
    ConfigError,
    PagewashError,
    "An invalid configuration or preset; the message names the cleaner, the setting and the value."
);
pyo3::create_exception!(
    _pagewash,
    InputTooLarge,
    PagewashError,
    "An input over the pipeline's limits (bytes, or HTML elements); the message says which and how to raise it."
);

/// The exception for an input the pipeline refused: over a limit, or
/// with a `now` that is no date.
pub(crate) fn input_error(error: &pagewash::InputError) -> PyErr {
    match error {
        pagewash::InputError::TooLarge { .. } | pagewash::InputError::TooManyElements { .. } => {
            InputTooLarge::new_err(error.to_string())
        }
        _ => PagewashError::new_err(error.to_string()),
    }
}
