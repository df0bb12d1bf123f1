//! The author's biography at the end of an article ("Jane Roe is a
//! reporter for The Daily who covers courts.", or an "About the author"
//! heading): a card about the writer,
//! not part of the story, and the start of the page's tail (follow
//! buttons, tags, the author's other stories).

use std::sync::LazyLock;

use regex::Regex;

use super::features::Features;
use crate::document::Block;
use crate::regexes::fixed_regex;

/// After a name of two to four capitalised words ([`is_bio_sentence`]): a
/// copula and, within a few words, a writing trade: "Meg Doe is a corporate
/// media reporter for …", "Ann Lee is the editor at …". English, German,
/// French and Spanish.
static BIO_AFTER_NAME: LazyLock<Regex> = LazyLock::new(|| {
    fixed_regex(
        r"^,? (?:is|was|has been|ist|war|est|es|fue) ((?:[^\s]+ ){0,5}?)(?:reporter|writer|editor|journalist|correspondent|contributor|columnist|author|freelancer|blogger|Redakteur(?:in)?|Journalist(?:in)?|Autor(?:in)?|Korrespondent(?:in)?|journaliste|rédact(?:eur|rice)|correspondant(?:e)?|periodista|redactor(?:a)?|corresponsal)s?\b",
    )
});

/// Whether a text opens a bio: a name of two to four capitalised words,
/// then [`BIO_AFTER_NAME`], whose words before the trade describe the
/// person ("an award-winning"), not what the subject is for ("Grove
/// Atlantic is ideal for authors", a publisher in a roundup).
fn is_bio_sentence(text: &str) -> bool {
    let (words, end) = crate::shape::capitalised_run(text, 4, |c| !c.is_whitespace() && c != ',');
    (2..=4).contains(&words)
        && BIO_AFTER_NAME.captures(&text[end..]).is_some_and(|c| {
            c.get(1).is_none_or(|filler| !filler.as_str().split_whitespace().any(|w| PREPOSITIONS.contains(&w)))
        })
}

/// Words that put the writing trade after a bio's copula in another role
/// than the person's own ("popular with writers", "a home for authors").
const PREPOSITIONS: &[&str] =
    &["for", "to", "with", "by", "among", "like", "from", "für", "mit", "pour", "avec", "para", "con", "entre"];

/// The heading of an author box: "About the author", "About our writers"
/// and their translations, matched on the block's key.
static ABOUT_AUTHOR: LazyLock<Regex> = LazyLock::new(|| {
    fixed_regex(
        r"^(?:about (?:the|our) (?:author|writer|editor|reviewer|contributor)s?|author bio(?:graphy)?|written by|über den autor|über die autorin|à propos de l'auteure?|sobre (?:el|o) autor|o autorze|об авторе)$",
    )
});

/// Whether a heading names a person: "About" and a name of two or three
/// capitalised words, each an upper-case letter and lower-case ones
/// ("About Jane Roe", "Sobre Carlos Nadalim"), not opened by a determiner
/// ("About Our Products", "About The Company": a menu's entries).
fn is_about_person(text: &str) -> bool {
    let text = text.trim();
    ["About ", "Sobre ", "Über ", "À propos de ", "Acerca de ", "Over "].iter().any(|lead| {
        text.strip_prefix(lead).is_some_and(|name| {
            let (words, end) = crate::shape::capitalised_run(name, 3, char::is_lowercase);
            let first = name.split_whitespace().next().unwrap_or("");
            words >= 2 && end == name.len() && !DETERMINERS.contains(&first)
        })
    })
}

/// Capitalised words that open a heading's object but no one's name:
/// articles, possessives and demonstratives in the languages of the
/// "About" lead-ins.
const DETERMINERS: &[&str] = &[
    "The", "Our", "Your", "My", "This", "These", "Their", "Its", "Unser", "Unsere", "Der", "Die", "Das", "Nuestro",
    "Nuestra", "Nuestros", "Nuestras", "Nosso", "Nossa", "Los", "Las", "El", "Onze", "Ons", "De", "Het",
];

/// Share of the article's words that must come before an author bio: a
/// bio in the first half of the article (a profile of a reporter) is story,
/// unless [`STORY_WORDS`] words (a whole story) come before it.
const STORY_SHARE: f64 = 0.5;

/// Words above an author bio that make a whole story before it, however
/// long the run goes on after it (a dump's feed of other stories).
const STORY_WORDS: usize = 400;

/// Whether a block reads as an author biography or heads one.
pub(super) fn is_author_bio(b: &Block) -> bool {
    is_bio_sentence(b.text()) || ABOUT_AUTHOR.is_match(b.key()) || is_about_person(b.text())
}

/// The index of the first author bio in the article `start..=end` with at
/// least [`STORY_SHARE`] of the article's words above it, and not followed
/// by more of the article in the article's own box (see [`story_goes_on`]).
///
/// "About" and a name heads a bio only once: where several such headings
/// come in the article ("About Grave Empire", "About The Will of the
/// Many"), they head its sections (books, places, products).
pub(super) fn bio_in_tail(blocks: &[&Block], features: &[Features], start: usize, end: usize) -> Option<usize> {
    let total: usize = features[start..=end].iter().map(|f| f.words).sum();
    let about = |b: &Block| is_about_person(b.text());
    let sections = blocks[start..=end].iter().filter(|b| about(b)).take(2).count() > 1;
    let bio = |b: &Block| if sections { !about(b) && is_author_bio(b) } else { is_author_bio(b) };
    let mut before = 0;
    for i in start..=end {
        let story_above = before as f64 >= STORY_SHARE * total as f64 || before >= STORY_WORDS;
        if story_above && bio(blocks[i]) && !story_goes_on(blocks, features, start, i, end) {
            return Some(i);
        }
        before += features[i].words;
    }
    None
}

/// Words of the article's own box after a bio that make the story go on
/// past it: the bio is a box inside the article (a guide's curator between
/// its reviews and its buying advice), not where it ends.
const STORY_AFTER_WORDS: usize = 200;

/// Whether the article's box (the element holding its longest block above
/// the bio) holds [`STORY_AFTER_WORDS`] more words of the run after the bio
/// at `bio`. In a dump, where blocks have no elements, it never does.
fn story_goes_on(blocks: &[&Block], features: &[Features], start: usize, bio: usize, end: usize) -> bool {
    let Some(longest) = (start..bio).max_by_key(|&j| features[j].words) else { return false };
    let Some(&holder) = blocks[longest].hints().ancestors().get(1) else { return false };
    let after: usize = (bio + 1..=end)
        .filter(|&j| blocks[j].hints().ancestors().get(1) == Some(&holder))
        .map(|j| features[j].words)
        .sum();
    after >= STORY_AFTER_WORDS
}

#[cfg(test)]
mod tests {
    use super::is_author_bio;
    use crate::document::Document;

    fn bio(text: &str) -> bool {
        let doc = Document::from_text(text);
        let blocks = doc.live_blocks();
        is_author_bio(blocks[0])
    }

    #[test]
    fn bios_name_a_person_and_a_writing_trade() {
        assert!(bio("Meg Doe is a corporate media reporter for the Daily Times, covering television."));
        assert!(bio("Lee Ann Park is the editor at Weekly Work. With years of experience, she writes."));
        assert!(bio("Anna Schmidt ist Redakteurin im Ressort Politik."));
        assert!(bio("Roy Gee is an award-winning writer based in Ohio."));
        assert!(bio("About the Author") && bio("Über den Autor") && bio("Written by"));
        assert!(bio("About Jane Roe") && bio("Sobre Carlos Nadalim") && !bio("About Us") && !bio("About our company"));
        // A menu's "About Our Products" names no one; "About Our Writers" heads their cards.
        assert!(!bio("About Our Products") && !bio("About The Company") && bio("About Our Writers"));
        assert!(!bio("The reporter is a liar, the mayor said."));
        assert!(!bio("Meg Doe is a teacher in Ohio who met the writer in 2019."));
        assert!(!bio("Meg is a reporter."));
        assert!(!bio("Grove Atlantic is ideal for authors seeking a boutique publishing experience."));
        assert!(!bio("Tor Books is a favourite with writers of science fiction."));
        assert!(!bio("About the author's new book, critics were divided."));
        assert!(bio("Ann Lee Park Smith, was a columnist."));
        assert!(!bio("Ann Lee Park Smith Jones is a writer."));
        assert!(bio("À propos de Zoë Ørsted") && !bio("About Jane Roe Doe Smith") && !bio("About JANE ROE"));
    }
}
