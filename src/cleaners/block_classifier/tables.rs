//! Data tables in text dumps: a paragraph whose lines are rows of figures
//! (a ranking, a price list, a recipe's quantities). A dump keeps a table's
//! rows as short lines, which read like a menu and would split the article
//! around them in two.

use crate::dates::month_number;
use crate::document::Block;

/// Fewest rows of a dumped table.
const MIN_ROWS: usize = 4;

/// Share of a paragraph's lines that must read as rows of figures.
const MIN_ROW_SHARE: f64 = 0.8;

/// Share of a row's words that are figures (digits in them).
const MIN_FIGURE_SHARE: f64 = 0.3;

/// Most words of an archive's entry ("March 2021 (5)").
const MONTH_ROW_WORDS: usize = 3;

/// Most words of a row: longer lines are sentences that cite numbers.
const MAX_ROW_WORDS: usize = 30;

/// For each block, whether it is a row of a dumped data table: one of at
/// least [`MIN_ROWS`] lines of one paragraph (no blank line between them),
/// most of which hold figures in a good share of their words.
pub(crate) fn data_table_rows(blocks: &[&Block]) -> Vec<bool> {
    let mut rows = vec![false; blocks.len()];
    let mut start = 0;
    while start < blocks.len() {
        let paragraph = blocks[start].paragraph();
        let end = start + blocks[start..].iter().take_while(|b| b.paragraph() == paragraph).count();
        let lines = end - start;
        if lines >= MIN_ROWS {
            let figured = blocks[start..end].iter().filter(|b| is_figure_row(b.text())).count();
            if figured as f64 >= MIN_ROW_SHARE * lines as f64 {
                rows[start..end].fill(true);
            }
        }
        start = end;
    }
    rows
}

/// Whether a line reads as a table row: a few words, two or more of them
/// and a good share figures ("3 Progressive Ins Group 74,411,830 21.0",
/// "Celery 80g 160g"). A menu of numbered entries ("Chapter 3") has one
/// figure a line; an archive's months ("March 2021 (5)") name a month; a
/// star histogram's rows ("5 4") are single digits only.
fn is_figure_row(line: &str) -> bool {
    let tokens =
        || line.split(|c: char| c.is_whitespace() || c == '|').filter(|t| t.chars().any(char::is_alphanumeric));
    let (mut words, mut figures, mut digit_only) = (0usize, 0usize, true);
    for token in tokens() {
        words += 1;
        if words > MAX_ROW_WORDS {
            return false;
        }
        if token.bytes().any(|c| c.is_ascii_digit()) {
            figures += 1;
            digit_only &= token.len() == 1;
        } else {
            digit_only = false;
        }
    }
    if figures < 2 || (figures as f64) < MIN_FIGURE_SHARE * words as f64 || digit_only {
        return false;
    }
    // Only a row that passed the counts is looked up for month names.
    let month = words <= MONTH_ROW_WORDS
        && tokens().any(|t| !t.bytes().any(|c| c.is_ascii_digit()) && month_number(&t.to_lowercase()).is_some());
    !month
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_of_figures_are_table_rows_and_sentences_are_not() {
        assert!(is_figure_row("3 Progressive Ins Group 74,411,830 21.0"));
        assert!(is_figure_row("Celery\t80g (around 3 sticks)\t160g\t320g"));
        assert!(!is_figure_row(
            "Farmers Insurance Group took its place, jumping 6.6% and rising from No. 10 to No. 9."
        ));
        assert!(!is_figure_row("Shipping & Returns"));
        assert!(!is_figure_row("2024"));
        assert!(!is_figure_row("Section 12"));
        assert!(!is_figure_row("March 2021 (5)"));
        assert!(!is_figure_row("5 4") && is_figure_row("12 3"));
    }

    #[test]
    fn only_a_paragraph_of_rows_is_a_table() {
        let doc = crate::Document::from_text(
            "Intro line.\n\n1 Alpha 10.5\n2 Beta 9.1\n3 Gamma 8.0\n4 Delta 7.7\n\nHome\nNews\n2024 Archive\nContact\n",
        );
        let blocks: Vec<&Block> = doc.blocks().collect();
        let rows = data_table_rows(&blocks);
        assert_eq!(rows, [false, true, true, true, true, false, false, false, false]);
    }
}
