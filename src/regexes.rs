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

/// A value built on first need, where a cheap check on the text (the gate)
/// says whether the value could be needed at all: a pattern is compiled
/// only for the first text that holds what every match needs (a literal, a
/// final colon). Once built, the gate is no longer asked. The gate must
/// hold for every text the value would match, or a match is missed while
/// the value is unbuilt.
pub(crate) struct Gated<T> {
    gate: fn(&str) -> bool,
    build: fn() -> T,
    value: std::sync::OnceLock<T>,
}

impl<T> Gated<T> {
    pub(crate) const fn new(gate: fn(&str) -> bool, build: fn() -> T) -> Self {
        Gated { gate, build, value: std::sync::OnceLock::new() }
    }

    /// The value, if it is built or `text` passes the gate (then it is
    /// built now); `None` for a text the value cannot match.
    pub(crate) fn for_text(&self, text: &str) -> Option<&T> {
        if let Some(value) = self.value.get() {
            return Some(value);
        }
        (self.gate)(text).then(|| self.value.get_or_init(self.build))
    }

    /// The value, built now if it is not.
    #[cfg(test)]
    pub(crate) fn get(&self) -> &T {
        self.value.get_or_init(self.build)
    }

    /// Checks the gate on 5,000 texts glued from `pieces` at random: every
    /// text that `matches` (the built value) accepts passes the gate.
    #[cfg(test)]
    pub(crate) fn assert_gate_holds(&self, pieces: &[&'static str], matches: impl Fn(&T, &str) -> bool) {
        use proptest::prelude::*;
        let config = proptest::test_runner::Config::with_cases(5_000);
        let texts = prop::collection::vec(prop::sample::select(pieces.to_vec()), 0..10);
        let result = proptest::test_runner::TestRunner::new(config).run(&texts, |pieces| {
            let text = pieces.concat();
            prop_assert!(!matches(self.get(), &text) || (self.gate)(&text), "{:?} matches but fails the gate", text);
            Ok(())
        });
        if let Err(e) = result {
            panic!("{e}");
        }
    }
}
