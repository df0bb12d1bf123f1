//! Patterns with long bounded repetitions, matched in two steps.
//!
//! A bounded repetition (`.{0,200}`, `[^.]{1,80}`) compiles to one copy of
//! its atom per count, and over Unicode an atom such as `.` or `[^.]` is a
//! whole UTF-8 automaton: a few such patterns were most of the time it took
//! to build the default pipeline. Relaxed to `*` or `+`, the pattern
//! matches every text the exact one does, and more; a text the relaxed one
//! matches (rare: these are patterns for chrome lines) is then checked by
//! the exact pattern, compiled on first use.

use std::sync::OnceLock;

use regex::{Regex, RegexBuilder};

/// Size limit of the compiled patterns.
pub(crate) const REGEX_SIZE_LIMIT: usize = 64 << 20;

/// Smallest upper bound worth relaxing: shorter repetitions cost little.
const MIN_RELAXED_BOUND: usize = 10;

/// Largest sum of the repetition bounds [`relax`] relaxes in a pattern:
/// the exact pattern then fits [`REGEX_SIZE_LIMIT`] with room to spare, so
/// compiling it later cannot fail where the relaxed one compiled.
const MAX_RELAXED_BOUND: usize = 1000;

/// The pattern with each long bounded repetition (`{m,n}` or `{n}` with
/// `n` at least [`MIN_RELAXED_BOUND`]) widened to `*` (when `m` is 0) or
/// `+`, or `None` when it has none. Repetitions inside a class or after an
/// escaped brace are left alone.
pub(crate) fn relax(pattern: &str) -> Option<String> {
    let bytes = pattern.as_bytes();
    let mut out = String::with_capacity(pattern.len());
    let (mut last, mut total) = (0, 0usize);
    let (mut i, mut in_class) = (0, false);
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'[' if !in_class => {
                in_class = true;
                // A `]` right after `[` or `[^` is a literal.
                i += 1;
                if bytes.get(i) == Some(&b'^') {
                    i += 1;
                }
                if bytes.get(i) == Some(&b']') {
                    i += 1;
                }
            }
            b']' if in_class => {
                in_class = false;
                i += 1;
            }
            b'{' if !in_class && i > 0 => {
                let close = pattern[i..].find('}').map(|c| i + c);
                match close.and_then(|c| bounds(&pattern[i + 1..c]).map(|b| (c, b))) {
                    Some((c, (low, high))) if high >= MIN_RELAXED_BOUND && total + high <= MAX_RELAXED_BOUND => {
                        total += high;
                        out.push_str(&pattern[last..i]);
                        out.push(if low == 0 { '*' } else { '+' });
                        last = c + 1;
                        i = c + 1;
                    }
                    _ => i += 1,
                }
            }
            _ => i += 1,
        }
    }
    if last == 0 {
        return None;
    }
    out.push_str(&pattern[last..]);
    Some(out)
}

/// The bounds of a repetition's `m,n` or `n`; `None` for `m,` and for
/// anything that is not numbers.
fn bounds(inside: &str) -> Option<(usize, usize)> {
    let number = |n: &str| (!n.is_empty() && n.bytes().all(|c| c.is_ascii_digit())).then(|| n.parse().ok())?;
    match inside.split_once(',') {
        Some((low, high)) => Some((number(low)?, number(high)?)),
        None => number(inside).map(|n| (n, n)),
    }
}

/// A pattern compiled on first use.
#[derive(Debug, Clone)]
pub(crate) struct LazyRegex {
    pattern: String,
    compiled: OnceLock<Option<Regex>>,
}

impl LazyRegex {
    pub(crate) fn new(pattern: String) -> Self {
        LazyRegex { pattern, compiled: OnceLock::new() }
    }

    /// The compiled pattern. It compiles: its relaxed form did, so it
    /// parses, and its bounds are small enough for the size limit (see
    /// [`relax`]).
    fn regex(&self) -> Option<&Regex> {
        self.compiled
            .get_or_init(|| RegexBuilder::new(&self.pattern).size_limit(REGEX_SIZE_LIMIT).build().ok())
            .as_ref()
    }

    pub(crate) fn is_match(&self, text: &str) -> bool {
        self.regex().is_some_and(|r| r.is_match(text))
    }
}

/// A fixed pattern matched relaxed first, then exactly (see the module
/// documentation).
#[derive(Debug)]
pub(crate) struct RelaxedRegex {
    quick: Regex,
    exact: Option<LazyRegex>,
}

impl RelaxedRegex {
    /// Compiles the relaxed pattern; the exact one waits for its first use.
    pub(crate) fn new(pattern: &str) -> Result<Self, regex::Error> {
        match relax(pattern) {
            Some(relaxed) => Ok(RelaxedRegex {
                quick: RegexBuilder::new(&relaxed).size_limit(REGEX_SIZE_LIMIT).build()?,
                exact: Some(LazyRegex::new(pattern.to_string())),
            }),
            None => Ok(RelaxedRegex { quick: Regex::new(pattern)?, exact: None }),
        }
    }

    /// [`RelaxedRegex::new`] for a pattern written in pagewash's source,
    /// as [`fixed_regex`](crate::regexes::fixed_regex) is.
    pub(crate) fn fixed(pattern: &str) -> Self {
        match RelaxedRegex::new(pattern) {
            Ok(regex) => regex,
            Err(e) => panic!("pagewash's built-in pattern {pattern:?} does not compile: {e}"),
        }
    }

    /// Whether the exact pattern matches `text`.
    pub(crate) fn is_match(&self, text: &str) -> bool {
        self.quick.is_match(text) && self.exact.as_ref().is_none_or(|e| e.is_match(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relaxing_widens_only_long_bounded_repetitions() {
        assert_eq!(relax(r"^a.{0,200}$").as_deref(), Some("^a.*$"));
        assert_eq!(relax(r"^c: .{10,300} r .{4,40} f$").as_deref(), Some("^c: .+ r .+ f$"));
        assert_eq!(relax(r"^x[^.!?]{1,80}y(?:ab){12}$").as_deref(), Some("^x[^.!?]+y(?:ab)+$"));
        for unchanged in [
            r"^a\.{0,3}$",
            r"^a.{0,9}$",
            r"^[{0,80}]$",
            r"^[]{0,80}]$",
            r"^a.{,50}$",
            r"^a.{}$",
            r"^a.{x}$",
            r"^a.{10,}$",
        ] {
            assert_eq!(relax(unchanged), None, "{unchanged}");
        }
        assert_eq!(relax(r"^a\{0,50}.{0,50}$").as_deref(), Some(r"^a\{0,50}.*$"));
        // Over the budget, the rest stays exact.
        assert_eq!(relax(r"^.{0,600}a.{0,600}$").as_deref(), Some("^.*a.{0,600}$"));
    }

    #[test]
    fn a_relaxed_regex_matches_what_its_pattern_matches() {
        let r = RelaxedRegex::new(r"(?i)^photo: \S.{0,10}$").expect("compiles");
        assert!(r.is_match("Photo: Jane Doe"));
        assert!(!r.is_match("Photo: Jane Doe and friends"));
        assert!(!r.is_match("Video: Jane"));
        assert!(RelaxedRegex::new(r"^(unclosed.{0,50}$").is_err());
    }
}
