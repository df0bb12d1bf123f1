//! Cookie, consent and privacy notices of any length, by what they talk
//! about and to whom.
//!
//! Phrase lists catch the short lines ("Accept all cookies"); the consent
//! dialog's own paragraph ("We and our 644 partners store and/or access
//! information on a device…") and the privacy policy a shop page carries in
//! a pop-up are long, reworded on every site, and read as prose. What they
//! always have: a subject (cookie, consent, personal data or information),
//! two or more other words of the data-processing vocabulary around it, and
//! they address the reader (we, our, you, your). A news sentence about
//! cookie rules or data protection rarely does all three. Measured on both
//! dev sets' text dumps: none of the 125 such lines with a cookie or consent
//! word, nor of the 105 with a privacy or personal-data subject, was gold
//! (but "privacy" alone also opens VPN reviews, so it is no subject here).
//!
//! The word lists are data: `rules/consent_vocabulary.txt`.

use std::sync::LazyLock;

use crate::regexes::fixed_regex;
use regex::Regex;

/// Words that name the notice's subject (matched as word prefixes).
static ANCHORS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::rules::section_entries(crate::rules::CONSENT_VOCABULARY, "subjects").collect());

/// Subjects of more than one word (matched anywhere in the key). "Privacy"
/// alone is no subject: reviews of VPNs and browsers talk about the
/// reader's privacy in the same words a policy uses.
static PHRASE_ANCHORS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::rules::section_entries(crate::rules::CONSENT_VOCABULARY, "subject_phrases").collect());

/// Any of [`ANCHORS`] or [`PHRASE_ANCHORS`] anywhere in a key.
static SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    let all: Vec<&str> = ANCHORS.iter().chain(PHRASE_ANCHORS.iter()).copied().collect();
    fixed_regex(&all.join("|"))
});

/// The vocabulary around it (matched as word prefixes).
static VOCABULARY: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::rules::section_entries(crate::rules::CONSENT_VOCABULARY, "vocabulary").collect());

/// Words that address the reader or speak for the site.
static ADDRESS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::rules::section_entries(crate::rules::CONSENT_VOCABULARY, "address").collect());

/// Whether `key` names the notice's subject (a cookie or consent word):
/// next to a notice, such a block is one of its sections ("Targeting
/// Cookies", "These cookies allow us to count visits…").
pub(super) fn mentions_consent(key: &str) -> bool {
    key.split(|c: char| !c.is_alphanumeric()).any(|w| ANCHORS.iter().any(|a| w.starts_with(a)))
}

/// Whether `key` reads like a data-processing notice without naming its
/// subject: two words of the vocabulary and an address to the reader
/// ("Information about your activity … can be used to build a profile
/// about you for personalised advertising"). Next to a notice, such a
/// block is one of its purposes.
pub(super) fn reads_like_notice(key: &str) -> bool {
    let words = notice_words(key);
    words.len() >= MIN_NOTICE_WORDS && addresses_reader(&words) && vocabulary(&words, "").count() >= 2
}

/// Fewest words of a notice.
const MIN_NOTICE_WORDS: usize = 8;

/// The words of a key as the notice tests read them (hyphenated words whole).
fn notice_words(key: &str) -> Vec<&str> {
    key.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).collect()
}

/// Whether the words address the reader ("you", "your", "vous", ...).
fn addresses_reader(words: &[&str]) -> bool {
    words.iter().any(|w| ADDRESS.contains(w))
}

/// The vocabulary stems the words use, leaving out those `subject` starts
/// with (a notice's subject word is not its own vocabulary).
fn vocabulary<'w>(words: &'w [&str], subject: &'w str) -> impl Iterator<Item = &'static str> + 'w {
    VOCABULARY.iter().copied().filter(move |v| !subject.starts_with(v) && words.iter().any(|w| w.starts_with(v)))
}

/// Whether `key` (a block's [key](crate::rules::normalize_key)) is a
/// cookie or consent notice; returns the subject word and the vocabulary
/// words found, for the removal's evidence.
pub(super) fn consent_notice(key: &str) -> Option<(&'static str, Vec<&'static str>)> {
    // Most blocks name no subject word: one scan rules them out.
    if !SUBJECT.is_match(key) {
        return None;
    }
    let words = notice_words(key);
    if words.len() < MIN_NOTICE_WORDS {
        return None;
    }
    let anchor = ANCHORS
        .iter()
        .find(|a| words.iter().any(|w| w.starts_with(*a)))
        .or_else(|| PHRASE_ANCHORS.iter().find(|p| key.contains(*p)))?;
    let found: Vec<&'static str> = vocabulary(&words, anchor).collect();
    (found.len() >= 2 && addresses_reader(&words)).then_some((anchor, found))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::normalize_key;

    #[test]
    fn data_processing_sentences_read_like_a_notice() {
        let key = normalize_key("Advertising presented to you on this service can be based on your device type.");
        assert!(reads_like_notice(&key));
        assert!(!reads_like_notice(&normalize_key("You can read about the new device in our review of the year.")));
    }

    fn is_notice(text: &str) -> bool {
        consent_notice(&normalize_key(text)).is_some()
    }

    #[test]
    fn consent_dialog_paragraphs_are_notices() {
        assert!(is_notice(
            "We and our 644 partners store and access personal data, like browsing data or unique identifiers, \
             on your device. You can withdraw your consent at any time."
        ));
        assert!(is_notice(
            "Wir und unsere Partner verwenden Cookies, um Werbung zu personalisieren. Ihre Einwilligung können Sie \
             in den Einstellungen jederzeit widerrufen."
        ));
        assert!(is_notice(
            "Nous et nos partenaires utilisons des cookies pour la publicité et la mesure d'audience sur votre appareil."
        ));
    }

    #[test]
    fn section_titles_mention_the_subject() {
        assert!(mentions_consent("targeting cookies"));
        assert!(mentions_consent("manage consent preferences"));
        assert!(!mentions_consent("always active"));
    }

    #[test]
    fn privacy_policy_paragraphs_are_notices() {
        assert!(is_notice(
            "The right to request deletion of the personal information that we have collected about you, \
             subject to certain exemptions."
        ));
        assert!(is_notice(
            "We may disclose your personal data to service providers, who collect only what our retention terms allow."
        ));
    }

    #[test]
    fn a_review_about_privacy_is_not_a_notice() {
        assert!(!is_notice(
            "We check each VPN's privacy policy to make sure the service doesn't log browsing traffic, and whether \
             it has had third-party audits of your device's data."
        ));
    }

    #[test]
    fn news_about_data_protection_is_not_a_notice() {
        assert!(!is_notice(
            "The regulator fined the company for failing to delete personal data that customers had asked it \
             to erase under privacy law."
        ));
    }

    #[test]
    fn news_about_cookies_is_not_a_notice() {
        // No reader addressed.
        assert!(!is_notice(
            "The regulator said websites must obtain consent before placing tracking cookies on visitors' devices \
             for advertising."
        ));
        // A recipe: cookies without the vocabulary.
        assert!(!is_notice("You can freeze the cookie dough for up to three months and bake it when you need it."));
    }
}
