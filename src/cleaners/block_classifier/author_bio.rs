//! The author's biography at the end of an article ("Jane Roe is a
//! reporter for The Daily who covers courts."): a card about the writer,
//! not part of the story, and the start of the page's tail (follow
//! buttons, tags, the author's other stories).

use std::sync::LazyLock;

use regex::Regex;

use super::features::Features;
use crate::document::Block;

/// A name of two to four capitalised words, a copula and, within a few
/// words, a writing trade: "Meg Doe is a corporate media reporter for …",
/// "Ann Lee is the editor at …". English, German, French and Spanish.
static BIO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\p{Lu}[\p{L}.'’-]+ ){1,3}\p{Lu}[\p{L}.'’-]+,? (?:is|was|has been|ist|war|est|es|fue) (?:\w+ ){0,5}?(?:reporter|writer|editor|journalist|correspondent|contributor|columnist|author|freelancer|blogger|Redakteur(?:in)?|Journalist(?:in)?|Autor(?:in)?|Korrespondent(?:in)?|journaliste|rédact(?:eur|rice)|correspondant(?:e)?|periodista|redactor(?:a)?|corresponsal)s?\b",
    )
    .unwrap_or_else(|_| unreachable!())
});

/// Share of the article's words that must come before an author bio: a
/// bio in the first half of the article (a profile of a reporter) is story.
const STORY_SHARE: f64 = 0.5;

/// Whether a block reads as an author biography.
pub(super) fn is_author_bio(text: &str) -> bool {
    BIO.is_match(text)
}

/// The index of the first author bio in the article `start..=end` with at
/// least [`STORY_SHARE`] of the article's words above it.
pub(super) fn bio_in_tail(blocks: &[&Block], features: &[Features], start: usize, end: usize) -> Option<usize> {
    let total: usize = features[start..=end].iter().map(|f| f.words).sum();
    let mut before = 0;
    for i in start..=end {
        if before as f64 >= STORY_SHARE * total as f64 && is_author_bio(blocks[i].text()) {
            return Some(i);
        }
        before += features[i].words;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::is_author_bio;

    #[test]
    fn bios_name_a_person_and_a_writing_trade() {
        assert!(is_author_bio("Meg Doe is a corporate media reporter for the Daily Times, covering television."));
        assert!(is_author_bio("Lee Ann Park is the editor at Weekly Work. With years of experience, she writes."));
        assert!(is_author_bio("Anna Schmidt ist Redakteurin im Ressort Politik."));
        assert!(!is_author_bio("The reporter is a liar, the mayor said."));
        assert!(!is_author_bio("Meg Doe is a teacher in Ohio who met the writer in 2019."));
        assert!(!is_author_bio("Meg is a reporter."));
    }
}
