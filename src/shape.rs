//! Shape features of a block's text: length, punctuation, capitalisation.
//!
//! These are the language-independent signals the cleaners share.

/// Whether a character belongs to a script written without spaces between
/// words (Han, Kana, Thai, Lao, Khmer, Myanmar, Tibetan).
pub fn is_spaceless_script(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF | 0x0F00..=0x0FFF | 0x1000..=0x109F | 0x1780..=0x17FF
        | 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF
        | 0x20000..=0x2FA1F)
}

/// The run of capitalised words a text starts with, as (words, byte
/// length): at most `max_words` words, one space apart, each an upper-case
/// letter followed by at least one character that `rest` accepts. Names in
/// bylines and bios are found with it: as regular expressions, the Unicode
/// letter classes cost milliseconds to compile.
pub(crate) fn capitalised_run(text: &str, max_words: usize, rest: impl Fn(char) -> bool) -> (usize, usize) {
    let (mut words, mut end) = (0, 0);
    while words < max_words {
        let start = if words == 0 {
            0
        } else if text[end..].starts_with(' ') {
            end + 1
        } else {
            break;
        };
        let word = &text[start..];
        let mut chars = word.char_indices();
        if !chars.next().is_some_and(|(_, c)| c.is_uppercase()) {
            break;
        }
        let len = chars.find(|&(_, c)| !rest(c)).map_or(word.len(), |(i, _)| i);
        if word[..len].chars().count() < 2 {
            break;
        }
        words += 1;
        end = start + len;
    }
    (words, end)
}

/// Number of words; in scripts without spaces every two characters count as one word.
pub fn word_count(text: &str) -> usize {
    if text.is_ascii() {
        // The common case, a byte at a time: tokens with a letter or digit.
        return text
            .as_bytes()
            .split(|&b| is_ascii_space(b))
            .filter(|token| token.iter().any(u8::is_ascii_alphanumeric))
            .count();
    }
    let mut words = 0;
    for token in text.split_whitespace() {
        if token.is_ascii() {
            words += usize::from(token.bytes().any(|b| b.is_ascii_alphanumeric()));
            continue;
        }
        let spaceless = token.chars().filter(|c| is_spaceless_script(*c)).count();
        if spaceless > 0 {
            words += spaceless.div_ceil(2);
        } else if token.chars().any(char::is_alphanumeric) {
            words += 1;
        }
    }
    words
}

/// Whether a line is laid out in columns: at least two gaps of two or
/// more spaces between its words (a dump tool's rendering of a table row).
pub(crate) fn is_column_row(text: &str) -> bool {
    has_space_run(text) && text.split("  ").filter(|cell| !cell.trim().is_empty()).count() >= 3
}

/// Whether the text holds two spaces in a row: a byte scan, cheaper than a
/// substring search for the lines (most of them) that have none.
pub(crate) fn has_space_run(text: &str) -> bool {
    text.as_bytes().windows(2).any(|w| w == b"  ")
}

/// Whether an ASCII byte is white space as [`char::is_whitespace`] has it
/// (which, unlike [`u8::is_ascii_whitespace`], counts the vertical tab).
pub(crate) fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

const CLOSERS: &[char] = &['"', '\'', '”', '’', '»', '«', ')', ']', '」', '』', '）', '*', ' '];

/// Whether the text ends with a sentence-ending mark (any script), ignoring
/// closing quotes and brackets.
pub fn ends_sentence(text: &str) -> bool {
    text.trim_end_matches(CLOSERS).chars().next_back().is_some_and(is_sentence_end_mark)
}

/// Unicode sentence-ending marks (a practical subset of the `Sentence_Terminal` property).
pub fn is_sentence_end_mark(c: char) -> bool {
    matches!(
        c,
        '.' | '!'
            | '?'
            | '…'
            | '。'
            | '！'
            | '？'
            | '．'
            | '｡'
            | '।'
            | '॥'
            | '۔'
            | '؟'
            | '።'
            | '፧'
            | '။'
            | '។'
            | '։'
            | '‼'
            | '⁇'
            | '⁈'
            | '⁉'
            | '߹'
            | '᙮'
            | '᠃'
            | '꓿'
            | '꘎'
            | '꛳'
    )
}

/// Whether the text ends with a full stop (not `?`, `!` or an ellipsis): a
/// statement rather than a headline, a question or a "You may like…" lead.
pub fn ends_with_full_stop(text: &str) -> bool {
    let t = text.trim_end_matches(CLOSERS);
    if t.ends_with("...") || t.ends_with('…') {
        return false;
    }
    t.chars()
        .next_back()
        .is_some_and(|c| is_sentence_end_mark(c) && !matches!(c, '!' | '?' | '！' | '？' | '‼' | '⁇' | '⁈' | '⁉' | '؟'))
}

/// Counts sentence-ending marks followed by a space or the end: a rough
/// number of sentences.
pub fn sentence_count(text: &str) -> usize {
    let mut count = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if is_sentence_end_mark(c) {
            while chars.peek().is_some_and(|n| CLOSERS.contains(n) && *n != ' ' || is_sentence_end_mark(*n)) {
                chars.next();
            }
            if chars.peek().is_none_or(|n| n.is_whitespace()) || is_spaceless_sentence_end(c) {
                count += 1;
            }
        }
    }
    count
}

fn is_spaceless_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '｡')
}

/// A short line without a closing full stop: the shape of headlines, menu
/// items and labels.
pub fn is_headline_like(text: &str) -> bool {
    headline_shaped(word_count(text), text)
}

/// [`is_headline_like`] for a text whose [`word_count`] is known.
pub(crate) fn headline_shaped(words: usize, text: &str) -> bool {
    (1..=24).contains(&words) && !ends_with_full_stop(text)
}

/// What separates a page title's segments ("Story | Site", "Story - Section - Site").
pub(crate) const TITLE_SEPARATORS: [&str; 6] = [" | ", " – ", " — ", " - ", " :: ", " · "];

/// A page title without its site suffix: `Story title | Site` and
/// `Story title - Site` become `Story title` (when three or more words are
/// left), spaces folded.
pub fn title_without_site(title: &str) -> String {
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    for sep in TITLE_SEPARATORS {
        if let Some((head, _)) = title.rsplit_once(sep) {
            if title_words(head) >= 3 {
                return head.to_string();
            }
        }
    }
    title
}

/// Share of alphabetic words (longer than three letters) that start with a
/// capital letter; 0.0 when there are none.
pub fn title_case_share(text: &str) -> f64 {
    let (mut caps, mut total) = (0usize, 0usize);
    for w in text.split_whitespace() {
        let letters = w.trim_matches(|c: char| !c.is_alphabetic());
        if letters.chars().count() > 3 {
            total += 1;
            if letters.chars().next().is_some_and(char::is_uppercase) {
                caps += 1;
            }
        }
    }
    if total == 0 {
        0.0
    } else {
        caps as f64 / total as f64
    }
}

/// Words of a title for the "three words or more" tests: its white-space
/// separated tokens, or its [`word_count`] where that is higher (Chinese
/// and Japanese titles have few spaces).
pub(crate) fn title_words(title: &str) -> usize {
    title.split_whitespace().count().max(word_count(title))
}

#[cfg(test)]
mod tests {
    #[test]
    fn column_rows_need_three_cells_between_space_runs() {
        use super::{has_space_run, is_column_row};
        assert!(is_column_row("item_id    String    SKU12345"));
        assert!(!is_column_row("item_id    String") && !is_column_row("one two three four"));
        assert!(has_space_run("a  b") && !has_space_run("a b c") && !has_space_run(" "));
    }

    #[test]
    fn ascii_words_are_counted_as_in_any_script() {
        for text in ["a\x0Bb  c", " -- x\t\ny\r\x0C", "", "!!! ?", "one two, three"] {
            let general = text.split_whitespace().filter(|t| t.chars().any(char::is_alphanumeric)).count();
            assert_eq!(super::word_count(text), general, "{text:?}");
        }
    }

    use super::*;

    #[test]
    fn counts_sentences_across_scripts() {
        assert_eq!(sentence_count("One. Two! Three?"), 3);
        assert_eq!(sentence_count("Version 2.0 is out"), 0);
        assert_eq!(sentence_count("他来了。她走了。"), 2);
    }

    #[test]
    fn full_stop_is_not_a_question() {
        assert!(ends_with_full_stop("It ended."));
        assert!(!ends_with_full_stop("Is it over?"));
        assert!(ends_sentence("Is it over?"));
        assert!(!ends_with_full_stop("You may also like..."));
    }

    #[test]
    fn title_case_share_ignores_short_words() {
        // "Army", "Border", "with", "Mexico": three of four long words capitalised.
        assert!((title_case_share("The Army on the Border with Mexico") - 0.75).abs() < 1e-9);
        assert!(title_case_share("the army went to the border") < 0.01);
    }
}

/// The examples that documented these functions when they were public.
#[cfg(test)]
mod examples {
    #[test]
    fn word_count_example() {
        use crate::shape::word_count;
        assert_eq!(word_count("Three small words"), 3);
        assert_eq!(word_count("北京是中国的首都"), 4);
    }

    #[test]
    fn ends_sentence_example() {
        use crate::shape::ends_sentence;
        assert!(ends_sentence("He left.”"));
        assert!(ends_sentence("这是一个句子。"));
        assert!(!ends_sentence("Top Stories"));
    }

    #[test]
    fn is_headline_like_example() {
        use crate::shape::is_headline_like;
        assert!(is_headline_like("Markets Rally as Rates Fall"));
        assert!(!is_headline_like("Markets rallied on Monday as rates fell."));
    }

    #[test]
    fn title_without_site_example() {
        use crate::shape::title_without_site;
        assert_eq!(title_without_site("Storm closes schools – The Daily Courier"), "Storm closes schools");
        assert_eq!(title_without_site("About us | Acme"), "About us | Acme");
        assert_eq!(title_without_site("老街書店重新開張 居民排隊入場 - 山城日報"), "老街書店重新開張 居民排隊入場");
    }
}
