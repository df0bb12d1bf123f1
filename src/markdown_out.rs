//! The kept blocks written as CommonMark with GFM tables: what
//! [`Cleaned::markdown`](crate::Cleaned::markdown) returns.

use crate::document::BlockKind;

/// One kept block as the writer needs it: its kind and text.
pub(crate) struct Piece<'a> {
    pub kind: BlockKind,
    pub text: &'a str,
}

/// Writes kept blocks as Markdown. `title` is the page title: a first
/// block equal to it becomes the `#` heading.
pub(crate) fn write(kept: &[Piece<'_>], title: Option<&str>) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < kept.len() {
        let k = &kept[i];
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        match k.kind {
            _ if i == 0 && title == Some(k.text) => {
                out.push_str("# ");
                out.push_str(&inline(k.text));
            }
            BlockKind::Heading(level) => {
                out.push_str(&"#".repeat(usize::from(level.clamp(1, 6))));
                out.push(' ');
                out.push_str(&inline(k.text));
            }
            BlockKind::ListItem => {
                // A run of items is one tight list.
                let run = kept[i..].iter().take_while(|b| b.kind == BlockKind::ListItem).count();
                let items: Vec<String> = kept[i..i + run].iter().map(|b| format!("- {}", inline(b.text))).collect();
                out.push_str(&items.join("\n"));
                i += run;
                continue;
            }
            BlockKind::TableRow => {
                let run = kept[i..].iter().take_while(|b| b.kind == BlockKind::TableRow).count();
                out.push_str(&table(&kept[i..i + run]));
                i += run;
                continue;
            }
            BlockKind::Quote => {
                out.push_str("> ");
                out.push_str(&inline(k.text));
            }
            BlockKind::Code => {
                let fence = "`".repeat(longest_run(k.text, '`').max(2) + 1);
                out.push_str(&format!("{fence}\n{}\n{fence}", k.text));
            }
            _ => out.push_str(&inline(k.text)),
        }
        i += 1;
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

/// Rows (cells joined by ` | `, as the HTML reader writes them) as a GFM
/// table: the first row is the header, every row as wide as the widest.
fn table(rows: &[Piece<'_>]) -> String {
    let cells: Vec<Vec<String>> =
        rows.iter().map(|r| r.text.split(" | ").map(|c| inline(c.trim()).replace('|', "\\|")).collect()).collect();
    let width = cells.iter().map(Vec::len).max().unwrap_or(1);
    let line = |row: &Vec<String>| {
        let mut padded: Vec<&str> = row.iter().map(String::as_str).collect();
        padded.resize(width, "");
        format!("| {} |", padded.join(" | "))
    };
    let mut out = vec![line(&cells[0]), format!("|{}", " --- |".repeat(width))];
    out.extend(cells[1..].iter().map(line));
    out.join("\n")
}

/// Text escaped so that CommonMark reads it as the same text: characters
/// that open emphasis, links, inline HTML or code, and a line start that
/// would open a block (a heading, quote, list item or rule).
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut prev: Option<char> = None;
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        let escape = match c {
            '\\' | '*' | '[' | ']' | '<' | '`' => true,
            // `_` inside a word (snake_case) opens no emphasis.
            '_' => !(prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric)),
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
        prev = Some(c);
    }
    escape_block_start(out)
}

/// A leading `#`, `>`, `-`, `+`, `=` or `1.` that would make the line a
/// heading, quote, list item or rule gets a backslash.
fn escape_block_start(mut s: String) -> String {
    let first = s.chars().next();
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let ordered = digits > 0 && digits <= 9 && matches!(s.as_bytes().get(digits), Some(b'.' | b')'));
    if ordered {
        s.insert(digits, '\\');
    } else if matches!(first, Some('#' | '>' | '-' | '+' | '=')) {
        s.insert(0, '\\');
    }
    s
}

/// The longest run of `c` in `text`.
fn longest_run(text: &str, c: char) -> usize {
    let (mut best, mut run) = (0, 0);
    for ch in text.chars() {
        run = if ch == c { run + 1 } else { 0 };
        best = best.max(run);
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(kind: BlockKind, text: &str) -> Piece<'_> {
        Piece { kind, text }
    }

    #[test]
    fn tables_are_gfm_with_a_header_row_and_escaped_pipes() {
        let rows = [
            block(BlockKind::TableRow, "Team | Wins | Losses"),
            block(BlockKind::TableRow, "Rovers | 12 | 3"),
            block(BlockKind::TableRow, "City a|b | 9"),
        ];
        assert_eq!(
            write(&rows, None),
            "| Team | Wins | Losses |\n| --- | --- | --- |\n| Rovers | 12 | 3 |\n| City a\\|b | 9 |  |\n"
        );
    }

    #[test]
    fn lists_are_tight_and_literal_markup_is_escaped() {
        let kept = [
            block(BlockKind::Paragraph, "# not a heading, *not* emphasis, a snake_case name and <b>"),
            block(BlockKind::ListItem, "first [item]"),
            block(BlockKind::ListItem, "1. second"),
            block(BlockKind::Paragraph, "2024. A year to remember"),
            block(BlockKind::Code, "let s = \"```\";"),
        ];
        assert_eq!(
            write(&kept, None),
            "\\# not a heading, \\*not\\* emphasis, a snake_case name and \\<b>\n\n\
             - first \\[item\\]\n- 1\\. second\n\n2024\\. A year to remember\n\n\
             ````\nlet s = \"```\";\n````\n"
        );
    }
}
