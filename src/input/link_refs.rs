//! Numbered link references, as `lynx -dump` (and tools like it) write
//! them: every link's text is preceded by its number (`[12]Home`), and a
//! `References` list at the end gives each number's target
//! (`  12. https://example.org/`).
//!
//! The numbers and the list are markup, as a Markdown link's target is:
//! the markers go from the text, the words after a marker count as link
//! text for the block's [link density](crate::Block::link_density), and the
//! list is not a block at all.

use std::borrow::Cow;
use std::sync::LazyLock;

use crate::regexes::fixed_regex;
use regex::Regex;

/// Fewest numbered targets a `References` list has.
const MIN_REFERENCES: usize = 3;

/// Words after a marker counted as link text: the dump does not say where
/// a link's text ends, and link texts are short.
const LINK_WORDS: usize = 4;

/// A numbered target line: `  12. https://example.org/`.
static TARGET: LazyLock<Regex> = LazyLock::new(|| fixed_regex(r"^\s*\d{1,6}\.\s+[a-zA-Z][a-zA-Z0-9+.-]*:\S*\s*$"));

/// A marker in the text: `[12]` (lynx also numbers form fields, `[12]____`).
static MARKER: LazyLock<Regex> = LazyLock::new(|| fixed_regex(r"\[\d{1,6}\]"));

/// The line (0-based, in [`super::lines::lines`] order) where a dump's
/// `References` list starts, when the dump ends with one of at least
/// [`MIN_REFERENCES`] numbered targets.
pub(crate) fn references_start(lines: &[&str]) -> Option<usize> {
    let start = lines.iter().rposition(|l| l.trim() == "References")?;
    let targets = lines[start + 1..].iter().filter(|l| TARGET.is_match(l)).count();
    let other = lines[start + 1..]
        .iter()
        .filter(|l| !l.trim().is_empty() && !TARGET.is_match(l) && !is_list_heading(l))
        .count();
    (targets >= MIN_REFERENCES && other == 0).then_some(start)
}

/// lynx's headings inside the list: `Visible links:`, `Hidden links:`.
fn is_list_heading(line: &str) -> bool {
    matches!(line.trim(), "Visible links:" | "Hidden links:" | "Visible links" | "Hidden links")
}

/// A line without its markers, and how many of its characters (as the
/// block will count them, spaces folded) are link text.
pub(crate) fn strip_markers(line: &str) -> (Cow<'_, str>, usize) {
    if !line.contains('[') {
        return (Cow::Borrowed(line), 0);
    }
    let mut text = String::with_capacity(line.len());
    let mut link_chars = 0;
    let mut rest = line;
    while let Some(m) = MARKER.find(rest) {
        text.push_str(&rest[..m.start()]);
        let after = &rest[m.end()..];
        let until_next = MARKER.find(after).map_or(after.len(), |n| n.start());
        let linked = &after[..until_next];
        // The link text: up to LINK_WORDS words after the marker.
        let words: Vec<&str> = linked.split_whitespace().take(LINK_WORDS).collect();
        link_chars += words.iter().map(|w| w.chars().count()).sum::<usize>() + words.len().saturating_sub(1);
        text.push_str(linked);
        rest = &after[until_next..];
    }
    text.push_str(rest);
    (Cow::Owned(text), link_chars)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_go_and_the_words_after_them_are_link_text() {
        assert_eq!(strip_markers("[2]Movies"), ("Movies".into(), 6));
        let (text, links) = strip_markers("Stadia is launching with [29]22 games (the addition of ten more titles");
        assert_eq!(text, "Stadia is launching with 22 games (the addition of ten more titles");
        assert_eq!(links, "22 games (the addition".len());
        assert_eq!(strip_markers("[19]Subscribe [20]Newsletters"), ("Subscribe Newsletters".into(), 20));
        assert_eq!(strip_markers("See note [a] and [12 here"), ("See note [a] and [12 here".into(), 0));
    }

    #[test]
    fn a_trailing_list_of_numbered_targets_is_found() {
        let dump = [
            "Text [1]here.",
            "",
            "References",
            "",
            "   Visible links:",
            "   1. https://a.org/",
            "   2. https://a.org/b",
            "   3. file:///",
        ];
        assert_eq!(references_start(&dump), Some(2));
        let prose = [
            "References",
            "",
            "1. Smith, J. (2020). A study.",
            "2. https://a.org/",
            "3. https://b.org/",
            "4. https://c.org/",
        ];
        assert_eq!(references_start(&prose), None);
    }
}
