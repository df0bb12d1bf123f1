//! Markdown dumps: many scrapers and reader services save a page as
//! Markdown (`[Home](/) [News](/news)`, `## Heading`, `* item`).
//!
//! Read as plain text, the link targets become words of the article and
//! menus look like prose. This reader renders each line to what a reader
//! sees, as HTML mode does with tags: a link keeps its text, and the share
//! of link text becomes the block's [link density](crate::Block::link_density);
//! images, heading and list markers, emphasis, code fences, table rules and
//! reference definitions are markup and go. Blocks stay one per line (or per
//! hard-wrapped paragraph, see [`unwrap`](super::unwrap)), with their input
//! line numbers, and the document's notes say the input was read as Markdown.

use std::sync::LazyLock;

use regex::Regex;

use super::markdown_inline::{definition_label, render, Definitions};
use super::unwrap::LogicalLine;
use crate::document::{Block, BlockId, BlockKind, Document, Hints, InputKind, Origin};
use crate::regexes::fixed_regex;

/// Inline links or images a text needs before it is read as Markdown.
const MIN_LINKS: usize = 3;

/// Whether a text dump is written in Markdown: it has at least three inline
/// or reference links or images (`](` or `][` followed by a target or
/// label). Headings alone do not count: `# comment` lines of code samples
/// look the same.
pub fn looks_like_markdown(text: &str) -> bool {
    let bytes = text.as_bytes();
    let opens_target = |i: usize| bytes.get(i + 2).is_some_and(|b| !b.is_ascii_whitespace());
    let inline = memchr::memmem::find_iter(bytes, b"](").filter(|&i| opens_target(i));
    let reference = memchr::memmem::find_iter(bytes, b"][").filter(|&i| opens_target(i));
    inline.take(MIN_LINKS).count() + reference.take(MIN_LINKS).count() >= MIN_LINKS
}

/// Splits a Markdown dump into rendered line blocks.
pub fn parse(text: &str) -> Document {
    let mut blocks = Vec::new();
    let mut paragraph = 0;
    let mut pending_break = false;
    let mut in_fence = false;
    let (mut targets, mut markup_lines) = (0usize, 0usize);
    let lines: Vec<&str> = super::lines::lines(text).collect();
    let mut definitions = Definitions::default();
    for line in &lines {
        definitions.add_line(line);
    }
    let logical_lines = join_split_links(super::unwrap::logical_lines(&lines, |l| {
        let l = l.trim();
        !(l.starts_with("```") || l.starts_with("~~~") || is_markup_line(l))
    }));
    for (i, logical) in logical_lines.iter().enumerate() {
        let line = logical.text.trim();
        if line.is_empty() {
            pending_break = true;
            continue;
        }
        let fence = line.starts_with("```") || line.starts_with("~~~");
        if fence || (!in_fence && is_markup_line(line)) {
            in_fence ^= fence;
            markup_lines += 1;
            pending_break = true;
            continue;
        }
        let (text, kind, link_chars) = if in_fence {
            (line.to_string(), BlockKind::Code, 0)
        } else {
            let (body, mut kind) = strip_block_marker(line);
            if kind == BlockKind::Line && body.split_whitespace().count() <= MAX_SETEXT_WORDS {
                if let Some(level) = logical_lines.get(i + 1).and_then(|next| setext_level(next.text.trim())) {
                    kind = BlockKind::Heading(level);
                }
            }
            let rendered = render(body, &definitions);
            targets += rendered.targets;
            (rendered.text, kind, rendered.link_chars)
        };
        if text.is_empty() {
            markup_lines += 1;
            continue;
        }
        if pending_break && !blocks.is_empty() {
            paragraph += 1;
        }
        pending_break = false;
        let origin = Origin::Lines { first: logical.first, last: logical.last };
        let hints = Hints { link_chars, ..Hints::default() };
        blocks.push(Block::new(BlockId(blocks.len()), text, kind, origin, paragraph).with_hints(hints));
    }
    let mut doc = Document::from_blocks(blocks, InputKind::Text);
    doc.push_note(format!(
        "read as Markdown: {targets} link and image targets and {markup_lines} markup-only lines are markup, not text"
    ));
    doc
}

/// Most lines a link's text may run over (a card written as one link:
/// a heading, an image, a blurb and a price inside `[…](target)`).
const MAX_LINK_LINES: usize = 8;

/// Joins the lines of a link whose text runs over several lines of one
/// paragraph: html2text writes a card that is one `<a>` (its heading, its
/// blurb, its price) as `[KR800 … Crew-ready.` on one line and `Up to 7
/// acre per charge. $ 59.99 ](/kr800)` on the next. Read line by line,
/// neither is a link: the brackets stay in the text and the card's link
/// text counts as prose. The lines join only when a later line of the same
/// paragraph (no blank line between, no code fence, no line that opens a
/// list item, quote or heading of its own) closes the bracket with a
/// target, within [`MAX_LINK_LINES`].
fn join_split_links(mut lines: Vec<LogicalLine<'_>>) -> Vec<LogicalLine<'_>> {
    let mut out: Vec<LogicalLine<'_>> = Vec::with_capacity(lines.len());
    let mut in_fence = false;
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        let trimmed = line.text.trim();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_fence ^= true;
        }
        let mut depth = bracket_depth(0, &line.text);
        let mut end = i;
        if !in_fence && depth > 0 {
            let mut j = i + 1;
            while j < lines.len() && j - i < MAX_LINK_LINES && !lines[j].text.trim().is_empty() {
                if super::unwrap::opens_block(lines[j].text.trim()) {
                    break;
                }
                let closes_with_target = lines[j].text.contains("](");
                depth = bracket_depth(depth, &lines[j].text);
                if depth == 0 && closes_with_target {
                    end = j;
                    break;
                }
                j += 1;
            }
        }
        if end == i {
            let text = std::mem::take(&mut lines[i].text);
            out.push(LogicalLine { text, ..lines[i] });
        } else {
            let text = lines[i..=end].iter().map(|l| l.text.trim()).collect::<Vec<_>>().join(" ");
            out.push(LogicalLine { text: text.into(), first: lines[i].first, last: lines[end].last });
        }
        i = end + 1;
    }
    out
}

/// The count of open `[` brackets after `text`, starting from `depth`
/// (escaped brackets do not count; a `]` with none open is text).
fn bracket_depth(mut depth: usize, text: &str) -> usize {
    let mut escaped = false;
    for b in text.bytes() {
        match b {
            _ if escaped => escaped = false,
            b'\\' => escaped = true,
            b'[' => depth += 1,
            b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    depth
}

/// Most words a line underlined with `===` or `---` has to be read as a
/// setext heading. CommonMark sets no limit, but in dumps a long paragraph
/// above a `---` rule is a paragraph before a separator.
const MAX_SETEXT_WORDS: usize = 20;

/// The heading level a setext underline gives the line above it: `===`
/// makes a level-1 heading, `---` a level-2 one.
fn setext_level(line: &str) -> Option<u8> {
    let first = line.bytes().next()?;
    (matches!(first, b'=' | b'-') && line.bytes().all(|b| b == first)).then_some(if first == b'=' { 1 } else { 2 })
}

/// Lines that are only markup: thematic breaks (`* * *`, `---`), setext
/// underlines (`===`), table rules (`|---|:--:|`) and link reference
/// definitions (`[1]: https://…`).
fn is_markup_line(line: &str) -> bool {
    static MARKUP: LazyLock<Regex> =
        LazyLock::new(|| fixed_regex(r"^(?:(?:[-*_]\s*){3,}|=+|\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?)$"));
    MARKUP.is_match(line) || definition_label(line).is_some()
}

/// The level of an ATX heading line (`## Title`), if it is one.
fn heading_level(line: &str) -> Option<u8> {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    let rest = &line[hashes..];
    ((1..=6).contains(&hashes) && (rest.is_empty() || rest.starts_with([' ', '\t']))).then_some(hashes as u8)
}

/// Strips a line's block markers (quote `>`, heading `#`, list bullet or
/// number, task box) and says what kind of block the line is.
fn strip_block_marker(line: &str) -> (&str, BlockKind) {
    let mut body = line;
    let mut kind = BlockKind::Line;
    while let Some(rest) = body.strip_prefix('>') {
        body = rest.trim_start();
        kind = BlockKind::Quote;
    }
    if let Some(level) = heading_level(body) {
        let text = body[level as usize..].trim();
        return (text.trim_end_matches('#').trim_end(), BlockKind::Heading(level));
    }
    if let Some(rest) = list_item_body(body) {
        body = rest;
        kind = BlockKind::ListItem;
        for task in ["[ ] ", "[x] ", "[X] "] {
            body = body.strip_prefix(task).unwrap_or(body);
        }
    }
    if body.starts_with('|') && body.len() > 1 {
        return (body.trim_matches('|').trim(), BlockKind::TableRow);
    }
    (body, kind)
}

/// The text after a list marker (`* `, `- `, `+ `, `12. `, `3) `).
fn list_item_body(line: &str) -> Option<&str> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let marker = match line.as_bytes().get(digits) {
        Some(b'.' | b')') if (1..=9).contains(&digits) => digits + 1,
        Some(b'*' | b'-' | b'+') if digits == 0 => 1,
        _ => return None,
    };
    let rest = &line[marker..];
    rest.starts_with([' ', '\t']).then(|| rest.trim_start())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(md: &str) -> Vec<String> {
        parse(md).blocks().map(|b| b.text().to_string()).collect()
    }

    #[test]
    fn plain_dumps_are_not_markdown() {
        assert!(!looks_like_markdown("Home\nNews\n\n- a dash line\n* a star line\n\nSee [1] and (2)."));
        assert!(looks_like_markdown("[a](/a) [b](/b) [c](/c)"));
        assert!(!looks_like_markdown("# install\npip install x\n# run\nx --help\n# done"));
    }

    #[test]
    fn markers_and_markup_lines_go() {
        let md = "# Title #\n\n> quoted *words*\n\n* * *\n\n1. first\n- [ ] task\n\n| a | b |\n|---|:-:|\n\n[1]: https://x.org\n\nSetext\n======";
        assert_eq!(texts(md), ["Title", "quoted words", "first", "task", "a | b", "Setext"]);
    }

    #[test]
    fn setext_headings_are_headings_and_rules_under_long_lines_are_rules() {
        let doc = parse("Tides\n=====\n\nPorts and harbours\n---\n\ntext\n\n---\n\nafter");
        let kinds: Vec<_> = doc.blocks().map(|b| (b.text(), b.kind())).collect();
        assert_eq!(
            kinds,
            [
                ("Tides", BlockKind::Heading(1)),
                ("Ports and harbours", BlockKind::Heading(2)),
                ("text", BlockKind::Line),
                ("after", BlockKind::Line)
            ]
        );
        let long = "word ".repeat(MAX_SETEXT_WORDS + 1) + "\n---";
        assert_eq!(parse(&long).blocks().next().map(|b| b.kind()), Some(BlockKind::Line));
    }

    #[test]
    fn a_link_whose_text_runs_over_lines_of_a_paragraph_is_one_link() {
        let md =
            "#### [KR800 Quiet and autonomous.  \nUp to 7 acre per charge. $ 59.99 ](https://x.org/kr800)\n\nAfter";
        let doc = parse(md);
        let blocks: Vec<_> = doc.blocks().map(|b| (b.text().to_string(), b.hints().link_chars > 0)).collect();
        assert_eq!(
            blocks,
            [
                ("KR800 Quiet and autonomous. Up to 7 acre per charge. $ 59.99".to_string(), true),
                ("After".to_string(), false)
            ]
        );
        assert_eq!(doc.blocks().next().map(|b| b.origin().clone()), Some(Origin::Lines { first: 1, last: 2 }));
        // A bracket that no later line of the paragraph closes, or a list
        // item inside the brackets, joins nothing.
        assert_eq!(texts("[sic and\nmore text\n\nlater](x)"), ["[sic and", "more text", "later](x)"]);
        assert_eq!(texts("* [\n* ![a](a.jpg)\n* ![b](b.jpg)](/p)\n\nName"), ["[", "](/p)", "Name"]);
    }

    #[test]
    fn shortcut_links_resolve_against_definitions_anywhere_in_the_document() {
        let doc = parse("See [the docs] and [sic].\n\n[The Docs]: https://example.org/docs");
        let blocks: Vec<_> = doc.blocks().map(|b| (b.text().to_string(), b.hints().link_chars)).collect();
        assert_eq!(blocks, [("See the docs and [sic].".to_string(), "the docs".len())]);
    }

    #[test]
    fn code_fences_keep_rules_and_definitions_as_code() {
        assert_eq!(texts("```\n---\n[a]: b\n```"), ["---", "[a]: b"]);
    }

    #[test]
    fn fenced_code_stays_verbatim() {
        assert_eq!(texts("```rust\nlet a = [b](c);\n```\nafter"), ["let a = [b](c);", "after"]);
    }

    #[test]
    fn image_only_lines_are_not_blocks_and_break_paragraphs_only_by_blank_lines() {
        let doc = parse("one\n![](x.png)\ntwo\n\nthree");
        let blocks: Vec<_> = doc.blocks().map(|b| (b.text(), b.paragraph())).collect();
        assert_eq!(blocks, [("one", 0), ("two", 0), ("three", 1)]);
        assert!(doc.notes()[0].contains("read as Markdown"));
    }

    #[test]
    fn origins_point_at_input_lines() {
        let doc = parse("---\n[a](b)");
        assert_eq!(doc.blocks().next().map(|b| b.origin().to_string()), Some("line 2".to_string()));
    }
}

/// The examples that documented these functions when they were public.
#[cfg(test)]
mod examples {
    #[test]
    fn looks_like_markdown_example() {
        use crate::input::markdown::looks_like_markdown;
        assert!(looks_like_markdown("# News\n\n[Home](/) [World](/world) [Sport](/sport)\n\nText."));
        assert!(!looks_like_markdown("Home\nWorld\n\nA story [with a note] (see below)."));
        assert!(looks_like_markdown("[Home][1] [World][2] [Sport][3]\n\n[1]: /\n[2]: /w\n[3]: /s"));
    }

    #[test]
    fn parse_example() {
        let doc = crate::input::markdown::parse("## Menu\n\n* [Home](/)\n* [About us](/about)\n\nA **bold** claim.");
        let blocks: Vec<_> = doc.blocks().map(|b| (b.text(), b.link_density())).collect();
        assert_eq!(blocks, [("Menu", 0.0), ("Home", 1.0), ("About us", 1.0), ("A bold claim.", 0.0)]);
    }
}
