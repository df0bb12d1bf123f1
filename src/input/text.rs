//! Plain-text dumps: one block per non-blank line.
//!
//! Scrapers save a page as one block per line with a blank line between
//! paragraphs. Each line becomes a [`BlockKind::Line`] block; lines not
//! separated by a blank line share a paragraph number. Every Unicode line
//! separator counts (`\n`, `\r\n`, `\r`, VT, FF, NEL, U+2028, U+2029), and
//! leading and trailing white space of a line is dropped.

use crate::document::{Block, BlockId, BlockKind, Document, InputKind, Origin};

/// Splits text into line blocks.
///
/// # Example
/// ```
/// let doc = pagewash::input::text::parse("a\r\nb\n\n  c  ");
/// let texts: Vec<_> = doc.blocks().map(|b| (b.text(), b.paragraph())).collect();
/// assert_eq!(texts, [("a", 0), ("b", 0), ("c", 1)]);
/// ```
pub fn parse(text: &str) -> Document {
    let mut blocks = Vec::new();
    let mut paragraph = 0;
    let mut pending_break = false;
    for (n, line) in lines(text).enumerate() {
        let line = line.trim();
        if line.is_empty() {
            pending_break = true;
            continue;
        }
        if pending_break && !blocks.is_empty() {
            paragraph += 1;
        }
        pending_break = false;
        let origin = Origin::Lines { first: n + 1, last: n + 1 };
        blocks.push(Block::new(BlockId(blocks.len()), line.to_string(), BlockKind::Line, origin, paragraph));
    }
    Document::from_blocks(blocks, InputKind::Text)
}

/// Iterates over lines split at every Unicode line separator; `\r\n` is one break.
pub fn lines(text: &str) -> impl Iterator<Item = &str> + '_ {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let s = rest?;
        match s.char_indices().find(|(_, c)| is_line_break(*c)) {
            Some((i, c)) => {
                let mut next = i + c.len_utf8();
                if c == '\r' && s[next..].starts_with('\n') {
                    next += 1;
                }
                rest = Some(&s[next..]);
                Some(&s[..i])
            }
            None => {
                rest = None;
                Some(s)
            }
        }
    })
}

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_separator_splits() {
        let t = "a\u{2028}b\u{85}c\rd\u{0C}e";
        assert_eq!(lines(t).collect::<Vec<_>>(), ["a", "b", "c", "d", "e"]);
    }

    #[test]
    fn origins_are_input_line_numbers() {
        let doc = parse("x\n\n\ny");
        let lines: Vec<String> = doc.blocks().map(|b| b.origin().to_string()).collect();
        assert_eq!(lines, ["line 1", "line 4"]);
    }

    #[test]
    fn empty_and_blank_inputs_have_no_blocks() {
        assert_eq!(parse("").blocks().count(), 0);
        assert_eq!(parse(" \n\t\n").blocks().count(), 0);
    }
}
