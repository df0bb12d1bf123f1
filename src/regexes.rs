//! Regular expressions written in pagewash's source.

use regex::Regex;

/// Compiles a pattern written in pagewash's source (the statics of the
/// cleaners, dates and input adapters). The test suite runs every one of
/// them, so a pattern that does not compile is a bug in pagewash, never a
/// property of the input: it panics, naming the pattern.
pub(crate) fn fixed_regex(pattern: &str) -> Regex {
    match Regex::new(pattern) {
        Ok(regex) => regex,
        Err(e) => panic!("pagewash's built-in pattern {pattern:?} does not compile: {e}"),
    }
}
