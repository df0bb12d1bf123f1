//! What the classifier sees in each block, and the small shape tests on it.

use crate::document::{Block, BlockKind, ChromeName, Landmark};
use crate::lang::detect;
use crate::shape::ends_sentence;

/// Why a block reads as page chrome.
#[derive(Debug, Clone, Copy)]
pub(super) enum Chrome<'a> {
    /// An enclosing landmark element (`nav`, `footer`, ...).
    Landmark(Landmark),
    /// An enclosing class or id name.
    Class(&'a ChromeName),
    /// A reader-comment section on a page with its own article.
    CommentSection,
}

impl std::fmt::Display for Chrome<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Chrome::Landmark(l) => write!(f, "landmark:{}", format!("{l:?}").to_lowercase()),
            Chrome::Class(c) => write!(f, "class:{}", c.name()),
            Chrome::CommentSection => f.write_str("comment-section"),
        }
    }
}

/// What the classifier saw in one block.
#[derive(Debug, Clone)]
pub(super) struct Features<'a> {
    pub(super) words: usize,
    pub(super) stopwords: Option<f64>,
    pub(super) ends: bool,
    pub(super) links: f64,
    pub(super) chrome: Option<Chrome<'a>>,
    /// The chrome signal is strong (a landmark or a strong class name).
    pub(super) strong_chrome: bool,
    /// The block sits in a teaser card outside the article's body box.
    pub(super) card: bool,
    /// Live blocks in the block's paragraph group (text input: lines not
    /// separated by a blank line). Menus and link lists come as groups of
    /// short lines; subheadings and short article lines stand alone.
    pub(super) group: usize,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Class {
    Good,
    Short,
    Bad,
}

impl<'a> Features<'a> {
    pub(super) fn of(b: &'a Block, lang: Option<&str>, group: usize) -> Self {
        let h = b.hints();
        let landmark = h.landmark.filter(|l| !(h.in_article && matches!(l, Landmark::Header | Landmark::Aside)));
        let (chrome, strong_chrome) = match (landmark, &h.chrome) {
            (Some(l), _) => {
                let strong = matches!(l, Landmark::Nav | Landmark::Footer | Landmark::Aside);
                (Some(Chrome::Landmark(l)), strong)
            }
            (None, Some(c)) => (Some(Chrome::Class(c)), c.is_strong()),
            (None, None) => (None, false),
        };
        Features {
            words: b.words(),
            // Function characters are rarer per character than function
            // words per word: scale Chinese and Japanese to the same range.
            stopwords: lang.and_then(|l| b.stopword_density(l)).map(|d| match lang {
                Some("zh" | "ja") => (d * 2.5).min(1.0),
                _ => d,
            }),
            ends: ends_sentence(b.text()),
            links: b.link_density(),
            chrome,
            strong_chrome,
            card: h.in_cards && h.body_boxes.is_empty(),
            group,
        }
    }

    /// Whether the block is chrome in a listing's column: class names of an
    /// item's pieces (`teaser`, `post-meta`) name a listing's content.
    pub(super) fn listing_chrome(&self) -> bool {
        match self.chrome {
            Some(Chrome::Class(c)) => !c.is_listing_item_part(),
            Some(_) => true,
            None => false,
        }
    }

    pub(super) fn evidence(&self) -> String {
        use std::fmt::Write;
        // Written into one buffer, shares with two decimals by hand: this
        // runs for every removed block, and float formatting showed in the
        // profile.
        let mut e = String::with_capacity(48);
        let _ = write!(e, "{}w", self.words);
        if let Some(s) = self.stopwords {
            e.push_str(" stopwords=");
            push_share(&mut e, s);
        }
        if self.links > 0.0 {
            e.push_str(" links=");
            push_share(&mut e, self.links);
        }
        if !self.ends {
            e.push_str(" no-sentence-end");
        }
        if let Some(c) = &self.chrome {
            let _ = write!(e, " {c}");
        }
        if self.card {
            e.push_str(" teaser-card");
        }
        e
    }
}

/// Appends a share in 0..=1 with two decimals ("0.08"), as `{:.2}` would.
fn push_share(out: &mut String, share: f64) {
    let hundredths = (share.clamp(0.0, 1.0) * 100.0).round() as u32;
    out.push(char::from(b'0' + (hundredths / 100) as u8));
    out.push('.');
    out.push(char::from(b'0' + (hundredths / 10 % 10) as u8));
    out.push(char::from(b'0' + (hundredths % 10) as u8));
}

/// A chrome class name over most of the page's prose names a wrapper, not
/// chrome (`post-and-ads-container`, a theme's `sidebar-layout` around the
/// whole page): its blocks are judged without it; so is a `<form>` around
/// most of the prose. Overlay names (consent
/// dialogs, pop-ups) and comment sections keep theirs.
pub(super) fn clear_wrapper_chrome(features: &mut [Features]) {
    let is_prose = |f: &Features| f.ends && f.words >= 15 && f.links < 0.5;
    let total: usize = features.iter().filter(|f| is_prose(f)).map(|f| f.words).sum();
    if total < WRAPPER_MIN_WORDS {
        return;
    }
    // Prose words per chrome name, in a hash map: a page can bring tens of
    // thousands of distinct names (std's hasher, seeded per map, since the
    // page chooses the keys).
    // Overlay names (consent dialogs, pop-ups) and comment sections are
    // never wrappers.
    let mut by_name: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for f in features.iter().filter(|f| is_prose(f)) {
        if let Some(Chrome::Class(c)) = f.chrome {
            if !c.is_overlay() && !c.is_comment_section() {
                *by_name.entry(c.name()).or_default() += f.words;
            }
        }
    }
    // A form around most of the prose wraps the page (ASP.NET pages sit
    // in one `<form>`), it is not a form on it.
    let is_form = |f: &Features| matches!(f.chrome, Some(Chrome::Landmark(Landmark::Form)));
    let in_form: usize = features.iter().filter(|f| is_prose(f) && is_form(f)).map(|f| f.words).sum();
    if 2 * in_form >= total {
        clear_chrome(features, is_form);
    }
    // At most two names can each hold half the prose.
    let mut wrappers: Vec<&str> = by_name.into_iter().filter(|(_, words)| 2 * words >= total).map(|(n, _)| n).collect();
    wrappers.sort_unstable();
    for name in wrappers {
        clear_chrome(features, |f| matches!(f.chrome, Some(Chrome::Class(c)) if c.name() == name));
    }
}

/// Judges the blocks that `names_wrapper` picks without their chrome.
fn clear_chrome(features: &mut [Features], names_wrapper: impl Fn(&Features) -> bool) {
    for f in features.iter_mut().filter(|f| names_wrapper(f)) {
        f.chrome = None;
        f.strong_chrome = false;
    }
}

/// Fewest words of prose on a page for [`clear_wrapper_chrome`] to judge.
const WRAPPER_MIN_WORDS: usize = 150;

/// Fewest words of a line that ends in a colon to read as a sentence
/// leading into a list ("For more information, see:").
const LEAD_IN_WORDS: usize = 8;

/// In a text dump, a line of [`LEAD_IN_WORDS`] or more that ends in a
/// colon is a sentence leading into the list below it, as much the
/// article's as one ending in a full stop. (A page's list elements keep
/// such a list with its article in HTML; a dump has only the sentence.)
pub(super) fn colon_lead_ins_end_sentences(blocks: &[&Block], features: &mut [Features]) {
    for (b, f) in blocks.iter().zip(features.iter_mut()) {
        if !f.ends && f.words >= LEAD_IN_WORDS && b.text().trim_end().ends_with(':') {
            f.ends = true;
        }
    }
}

pub(super) fn is_headline_like_words(f: &Features) -> bool {
    !f.ends && f.words <= 20
}

pub(super) fn is_subheading(b: &Block, f: &Features) -> bool {
    matches!(b.kind(), BlockKind::Heading(2..=6)) && f.chrome.is_none() && f.words <= 20
}

/// A short closing sentence ("She smiled.", "It takes effect next year,
/// officials said."): ends a sentence, at most 15 words, not chrome.
pub(super) fn closes_article(f: &Features, class: Class) -> bool {
    class != Class::Good
        && f.ends
        && f.chrome.is_none()
        && f.links <= 0.5
        && f.group <= 2
        && (1..=15).contains(&f.words)
}

/// The median stopword density of the page's clear prose (sentences of 12
/// words or more): what prose looks like in this language with this
/// stoplist. Languages that attach function words to other words (Arabic,
/// Turkish, Finnish) score lower on whole-token stoplists; half of this
/// median caps the prose threshold, so they are not held to English levels.
pub(super) fn page_prose_density(features: &[Features]) -> Option<f64> {
    let mut d: Vec<f64> = features.iter().filter(|f| f.ends && f.words >= 12).filter_map(|f| f.stopwords).collect();
    if d.len() < 2 {
        return None;
    }
    d.sort_by(f64::total_cmp);
    Some(d[d.len() / 2])
}

/// For each block, how many live blocks share its paragraph number.
pub(super) fn group_sizes(blocks: &[&Block]) -> Vec<usize> {
    let mut sizes = vec![0; blocks.len()];
    let mut i = 0;
    while i < blocks.len() {
        let p = blocks[i].paragraph();
        let j = blocks[i..].iter().position(|b| b.paragraph() != p).map_or(blocks.len(), |n| i + n);
        sizes[i..j].fill(j - i);
        i = j;
    }
    sizes
}

pub(super) fn page_language(blocks: &[&Block]) -> Option<&'static str> {
    let mut sample = String::new();
    for b in blocks.iter().filter(|b| b.words() >= 8) {
        if sample.len() > 8_000 {
            break;
        }
        sample.push_str(b.text());
        sample.push(' ');
    }
    if sample.is_empty() {
        for b in blocks.iter().take(200) {
            sample.push_str(b.text());
            sample.push(' ');
        }
    }
    detect(&sample)
}

#[cfg(test)]
mod tests {
    use super::push_share;

    #[test]
    fn shares_print_with_two_decimals() {
        for (share, text) in [(0.0, "0.00"), (0.083, "0.08"), (0.5, "0.50"), (0.996, "1.00"), (1.0, "1.00")] {
            let mut s = String::new();
            push_share(&mut s, share);
            assert_eq!(s, text);
        }
    }
}
