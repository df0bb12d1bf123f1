//! Plain-text dumps: one block per non-blank line.
//!
//! Scrapers save a page as one block per line with a blank line between
//! paragraphs. Each line becomes a [`BlockKind::Line`] block; lines not
//! separated by a blank line share a paragraph number. Every Unicode line
//! separator counts (`\n`, `\r\n`, `\r`, VT, FF, NEL, U+2028, U+2029), and
//! leading and trailing white space of a line is dropped.
//!
//! Hard-wrapped paragraphs are joined back first (see [`unwrap`](super::unwrap)).
//! Some dump tools put every text node on its own line, cutting sentences
//! at links ("said councillor", "Ann Becker", ", who proposed it."). A line
//! that opens with closing punctuation continues the line before it; in a
//! dump with many such lines, so does a lower-case line after one that stops
//! mid-sentence. Continued lines make one block spanning their line numbers.

use crate::document::{Block, BlockId, BlockKind, Document, Hints, InputKind, Origin};
use crate::shape::is_column_row;

/// Splits text into line blocks.
pub fn parse(text: &str) -> Document {
    let all: Vec<&str> = lines(text).collect();
    // A dump with a numbered `References` list: its markers and the list are markup.
    let references = super::link_refs::references_start(&all);
    let body = &all[..references.unwrap_or(all.len())];
    let fragmented = is_fragmented(body);
    let mut blocks = Vec::new();
    let mut paragraph = 0;
    let mut pending_break = false;
    let mut open: Option<OpenBlock> = None;
    for logical in super::unwrap::logical_lines(body, |_| true) {
        let (line, link_chars) = match references {
            Some(_) => super::link_refs::strip_markers(logical.text.trim()),
            None => (std::borrow::Cow::Borrowed(logical.text.as_ref()), 0),
        };
        let line = line.trim();
        if line.is_empty() {
            pending_break = true;
            continue;
        }
        if let Some(block) = open.as_mut().filter(|_| !pending_break) {
            if continues(&block.text, line, fragmented) {
                // A space for the line break: joining "schools." and "!"
                // without one would make a word the input does not have.
                block.text.push(' ');
                block.text.push_str(line);
                block.last = logical.last;
                block.link_chars += link_chars;
                continue;
            }
        }
        flush(&mut open, &mut blocks, paragraph);
        if pending_break && !blocks.is_empty() {
            paragraph += 1;
        }
        pending_break = false;
        open = Some(OpenBlock { text: line.to_string(), first: logical.first, last: logical.last, link_chars });
    }
    flush(&mut open, &mut blocks, paragraph);
    mark_aligned_tables(&mut blocks);
    let mut doc = Document::from_blocks(blocks, InputKind::Text);
    if let Some(start) = references {
        doc.push_note(format!(
            "read with numbered link references: the [n] markers and the {} lines of the References list are markup, not text",
            all.len() - start
        ));
    }
    doc
}

/// Fewest lines of a table laid out in columns.
const MIN_TABLE_ROWS: usize = 3;

/// Marks as table rows the lines of a paragraph where at least
/// [`MIN_TABLE_ROWS`] lines in a row are laid out in columns.
fn mark_aligned_tables(blocks: &mut [Block]) {
    let mut i = 0;
    while i < blocks.len() {
        let paragraph = blocks[i].paragraph();
        let run = blocks[i..].iter().take_while(|b| b.paragraph() == paragraph && is_column_row(b.text())).count();
        if run >= MIN_TABLE_ROWS {
            for b in &mut blocks[i..i + run] {
                b.set_kind(BlockKind::TableRow);
            }
        }
        i += run.max(1);
    }
}

/// The block being built: its text, first and last line numbers and link characters.
struct OpenBlock {
    text: String,
    first: usize,
    last: usize,
    link_chars: usize,
}

/// Ends the block being built, if any.
fn flush(open: &mut Option<OpenBlock>, blocks: &mut Vec<Block>, paragraph: usize) {
    if let Some(b) = open.take() {
        let origin = Origin::Lines { first: b.first, last: b.last };
        let hints = Hints { link_chars: b.link_chars, ..Hints::default() };
        blocks.push(Block::new(BlockId(blocks.len()), b.text, BlockKind::Line, origin, paragraph).with_hints(hints));
    }
}

/// Whether `line` opens with the punctuation that ends a clause broken
/// off on the line before (", who …", ". Then …", ") and …", a lone "."):
/// a run of closing punctuation and quotes, then a space or nothing.
/// ("?A" or ",a" is no clause end.)
fn opens_with_closing_punctuation(line: &str) -> bool {
    let closing = |c: char| matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | ')' | ']' | '%');
    let quote = |c: char| matches!(c, '"' | '\'' | '”' | '’' | '»');
    if !line.starts_with(closing) || line.starts_with("...") {
        return false;
    }
    line.chars().find(|&c| !closing(c) && !quote(c)).is_none_or(char::is_whitespace)
}

/// Lines opening with closing punctuation, in thousandths, above which a
/// dump splits its sentences at inline elements. Dumps that keep a block
/// per line have none (none in nine of ten dev dumps); dumps of every text
/// node have one or two in a hundred.
const FRAGMENTED_PER_MILLE: usize = 8;

/// Whether the dump puts every text node on its own line, so that a
/// sentence is cut at each link ("said councillor", "Ann Becker", ", who …").
fn is_fragmented(lines: &[&str]) -> bool {
    let (mut total, mut cut) = (0usize, 0usize);
    for line in lines.iter().map(|l| l.trim()).filter(|l| !l.is_empty()) {
        total += 1;
        cut += usize::from(opens_with_closing_punctuation(line));
    }
    cut >= 3 && cut * 1000 >= FRAGMENTED_PER_MILLE * total
}

/// Whether `line` continues the sentence the text before it broke off: a
/// line opening with closing punctuation always does; in a fragmented dump,
/// so does a lower-case line after one that stops mid-sentence (after a
/// word or a comma).
fn continues(before: &str, line: &str, fragmented: bool) -> bool {
    if opens_with_closing_punctuation(line) {
        return true;
    }
    let mid_sentence = before.ends_with(|c: char| c.is_alphabetic() || c == ',');
    fragmented && mid_sentence && line.chars().next().is_some_and(char::is_lowercase)
}

pub use super::lines::lines;

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
    fn lines_laid_out_in_columns_are_table_rows() {
        let table =
            "Attribute    Type      Example\nitem_id      String    SKU12345\ngtin         Number    123456789\n";
        let doc = parse(&format!("A paragraph of prose.\n\n{table}\nTwo  gaps  here\nand one line\n"));
        let kinds: Vec<BlockKind> = doc.blocks().map(|b| b.kind()).collect();
        assert_eq!(kinds[1..4], [BlockKind::TableRow; 3]);
        // A paragraph's single line with gaps is no table.
        assert_eq!(kinds[4], BlockKind::Line);
        assert!(!is_column_row("one  gap only") && is_column_row("a  b  c"));
    }

    fn texts(t: &str) -> Vec<String> {
        parse(t).blocks().map(|b| b.text().to_string()).collect()
    }

    #[test]
    fn a_line_opening_with_closing_punctuation_continues_the_one_before() {
        let doc = parse("said councillor Ann Becker\n, who proposed it\n.\n\n, alone after a break");
        let blocks: Vec<_> = doc.blocks().map(|b| (b.text(), b.origin().to_string())).collect();
        assert_eq!(
            blocks,
            [
                ("said councillor Ann Becker , who proposed it .", "lines 1-3".into()),
                (", alone after a break", "line 5".into())
            ]
        );
        assert_eq!(texts("Wait\n...and see"), ["Wait", "...and see"]);
    }

    #[test]
    fn lower_case_lines_join_only_in_fragmented_dumps() {
        let menu = "Home\nabout us\ncontact\n\nThe story starts here, and\nit goes on.";
        assert_eq!(texts(menu), ["Home", "about us", "contact", "The story starts here, and", "it goes on."]);
        let fragments = "The council met on\nTuesday\n, and the mayor\nsaid\n\"yes\"\n. Then the vote came with\nfive members\n; it passed\n.";
        assert_eq!(
            texts(fragments),
            [
                "The council met on",
                "Tuesday , and the mayor said",
                "\"yes\" . Then the vote came with five members ; it passed ."
            ]
        );
    }

    #[test]
    fn a_long_chain_of_continued_lines_is_one_block_in_linear_time() {
        let t = "start".to_string() + &"\n,".repeat(200_000);
        let doc = parse(&t);
        assert_eq!(doc.blocks().count(), 1);
        assert_eq!(doc.blocks().next().map(|b| b.text().len()), Some(5 + 2 * 200_000));
    }

    #[test]
    fn numbered_link_references_are_markup() {
        let dump = "   [1]Home [2]News\n\n   The council met on [3]Monday and agreed.\n\nReferences\n\n   Visible links:\n   1. https://a.org/\n   2. https://a.org/news\n   3. https://a.org/monday\n";
        let doc = parse(dump);
        let blocks: Vec<_> = doc.blocks().map(|b| (b.text(), b.link_density() > 0.5)).collect();
        assert_eq!(blocks, [("Home News", true), ("The council met on Monday and agreed.", false)]);
        assert!(doc.notes()[0].contains("References"));
        // Without the list, brackets are text.
        assert_eq!(texts("[1]Home [2]News"), ["[1]Home [2]News"]);
    }

    #[test]
    fn empty_and_blank_inputs_have_no_blocks() {
        assert_eq!(parse("").blocks().count(), 0);
        assert_eq!(parse(" \n\t\n").blocks().count(), 0);
    }
}

/// The examples that documented these functions when they were public.
#[cfg(test)]
mod examples {
    #[test]
    fn parse_example() {
        let doc = crate::input::text::parse("a\r\nb\n\n  c  ");
        let texts: Vec<_> = doc.blocks().map(|b| (b.text(), b.paragraph())).collect();
        assert_eq!(texts, [("a", 0), ("b", 0), ("c", 1)]);
    }
}
