//! Reader comments: where a text dump's comment section starts, when an HTML
//! page's comment sections are chrome, and when (on discussion pages) they
//! are the content.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use crate::dates::month_number;
use crate::regexes::{fixed_regex, Gated};
use crate::rules::{word_list, RelaxedRegex, COMMENT_ACTIONS};

use super::features::{Chrome, Class, Features};
use super::BlockClassifier;
use crate::document::{Block, Document, Landmark};

/// "Ann on May 2, 2019 at 4:47 pm said:" and its translations, and
/// "by ann ( 5754788 ) writes: on Friday…" (a bare "Smith wrote:" is how
/// articles introduce quotes, so it needs the date or the "by").
pub(super) static COMMENT_HEADER: Gated<RelaxedRegex> = Gated::new(may_be_comment_header, || {
    RelaxedRegex::fixed(
        r"(?i)^([^.!?]{1,60}\s(on|am|le|el)\s.{4,40}\d.{0,30}\s(said|says|wrote|schrieb|a écrit|escribió)\s*:$|by\s[^.!?]{1,60}?\s(writes|wrote|says|said)\s*:)",
    )
});

/// Whether a block is a comment header (see [`COMMENT_HEADER`]).
pub(super) fn is_comment_header(text: &str) -> bool {
    COMMENT_HEADER.for_text(text).is_some_and(|r| r.is_match(text))
}

/// Whether a text ends with a colon or opens with "by", as every comment
/// header does: only then is the pattern compiled.
fn may_be_comment_header(text: &str) -> bool {
    text.ends_with(':') || text.as_bytes().get(..2).is_some_and(|b| b.eq_ignore_ascii_case(b"by"))
}

/// Comment headers on a page that mark a thread even where its reply
/// buttons are too many to be one section's label.
const MIN_COMMENT_HEADERS: usize = 3;

/// Reader comments are chrome on a page that has an article of its own
/// (prose outside every comment section), and the content of a page that
/// is all thread (a forum, a Q&A page).
pub(super) fn mark_comment_sections(blocks: &[&Block], features: &mut [Features]) {
    if !blocks.iter().any(|b| b.hints().in_comments) {
        return;
    }
    let article_words: usize = blocks
        .iter()
        .zip(features.iter())
        .filter(|(b, f)| !b.hints().in_comments && f.chrome.is_none() && f.links < 0.5 && f.ends && f.words >= 15)
        .map(|(_, f)| f.words)
        .sum();
    let has_article = article_words >= ARTICLE_BESIDE_COMMENTS;
    if !has_article {
        return;
    }
    for (b, f) in blocks.iter().zip(features.iter_mut()) {
        if b.hints().in_comments && f.chrome.is_none() {
            f.chrome = Some(Chrome::CommentSection);
            f.strong_chrome = true;
        }
    }
}

/// On a discussion page, reply and comment class names mark the content,
/// not chrome, and so does a `<form>` around prose (reply text rendered
/// inside its edit form, as older forum and Reddit markup does).
pub(super) fn thread_replies_are_content(features: &mut [Features]) {
    for f in features.iter_mut() {
        let reply = match f.chrome {
            Some(Chrome::Class(c)) => c.is_comment_section(),
            Some(Chrome::Landmark(Landmark::Form)) => f.ends && f.words >= 8,
            _ => false,
        };
        if reply {
            f.chrome = None;
            f.strong_chrome = false;
        }
    }
}

/// Words of prose outside comment sections that make a page an article with comments.
pub(super) const ARTICLE_BESIDE_COMMENTS: usize = 150;

/// Comment labels on a page from which they no longer mark one section.
const MAX_COMMENT_LABELS: usize = 10;

impl BlockClassifier {
    /// Index (among live blocks) of the first block that opens a
    /// reader-comment section after at least 40 words of prose;
    /// `blocks.len()` when there is none. Blocks already removed count too:
    /// "3 Comments" is a label that `boilerplate-labels` takes first. Text
    /// input only: in HTML the thread's class names say more, and Q&A pages
    /// put their answers after "comment" links.
    pub(super) fn comment_wall(
        &self,
        doc: &Document,
        blocks: &[&Block],
        features: &[Features],
        classes: &[Class],
    ) -> usize {
        // In HTML the comment sections are marked by their elements; on a
        // discussion thread the replies are the page's content.
        if blocks.iter().any(|b| b.hints().tag.is_some()) || doc.metadata().is_discussion() {
            return blocks.len();
        }
        let all = doc.all_blocks();
        // Ten comment labels are a listing's per-item counters ("12
        // comments" under every headline) or a thread's reply buttons, not
        // the heading of one comment section; three comment headers ("by
        // ann writes:", "Amy September 11, 2008 at 2:06 PM") still mark
        // the thread.
        //
        // Each line's label and header are looked up once, for the counts
        // and for the search below.
        let (labels, headers): (Vec<bool>, Vec<bool>) = all
            .iter()
            .map(|b| {
                let short = b.words() <= 25;
                (short && self.comments.find(b.key()).is_some(), short && is_comment_header(b.text()))
            })
            .unzip();
        let thread_headers =
            all.iter().zip(&headers).filter(|(b, &header)| header || is_poster_line(b.text(), b.words())).count();
        if thread_headers < MIN_COMMENT_HEADERS && labels.iter().filter(|&&label| label).count() >= MAX_COMMENT_LABELS {
            return blocks.len();
        }
        // A one-word "Comment" button in a toolbar of short labels ("Tweet",
        // "Share", "Comment") is not the start of a thread ("1 Comment" and
        // "View all comments" in a thread's toolbar are).
        let in_toolbar = |k: usize| {
            let p = all[k].paragraph();
            let lo = all[..k].iter().rposition(|b| b.paragraph() != p).map_or(0, |i| i + 1);
            let hi = all[k..].iter().position(|b| b.paragraph() != p).map_or(all.len(), |i| k + i);
            hi - lo >= 3 && all[lo..hi].iter().all(|b| b.words() <= 3)
        };
        let mut prose_words = 0;
        let mut live = 0;
        let mut after: Option<WhatFollows> = None;
        for (k, b) in all.iter().enumerate() {
            let is_live = live < blocks.len() && blocks[live].id() == b.id();
            if is_live && classes[live] == Class::Good {
                prose_words += features[live].words;
            } else if prose_words >= 40 && b.words() <= 25 {
                let opens = self
                    .section_label(b, labels[k] || headers[k])
                    .filter(|_| !(b.words() == 1 && in_toolbar(k)))
                    .is_some_and(|label| match label {
                        SectionLabel::Comments => {
                            after.get_or_insert_with(|| WhatFollows::measure(all)).comments_follow(all, k, prose_words)
                        }
                        SectionLabel::ReviewHeading => furniture_follows(all, k),
                    });
                if opens {
                    return live;
                }
            }
            if is_live {
                live += 1;
            }
        }
        blocks.len()
    }
}

/// What a short line of a dump says of the section under it.
enum SectionLabel {
    /// A comment label or header ("2 Comments", "Leave a Reply"), or a
    /// shop's review count ("18 Reviews"), which is its buyers' comment count.
    Comments,
    /// A shop's bare review heading ("Customer reviews"): a review article
    /// has such sections of its own prose, so only a buyer's badge, vote or
    /// star rating under it opens the section (see `review_labels.txt`).
    ReviewHeading,
}

impl BlockClassifier {
    /// The section a short line opens, given whether it is a comment label
    /// or header (looked up by the caller).
    fn section_label(&self, b: &Block, comment_label: bool) -> Option<SectionLabel> {
        if comment_label {
            return Some(SectionLabel::Comments);
        }
        match self.reviews.find_match(b.key())?.kind {
            crate::rules::MatchKind::Pattern | crate::rules::MatchKind::Count => Some(SectionLabel::Comments),
            _ => Some(SectionLabel::ReviewHeading),
        }
    }
}

/// Words of prose a comment section may hold before the furniture of its
/// first comment shows.
const MAX_PROSE_BEFORE_FURNITURE: usize = 120;

/// The prose that follows each block of a dump, summed once in one
/// backward pass; the comment furniture after a label is looked for only
/// where a label is.
struct WhatFollows {
    /// Words in blocks of 15 words or more from block `k` on.
    prose_from: Vec<usize>,
}

/// Most blocks after a comment label searched for the first comment's
/// furniture: the search is bounded, so many labels cost linear time.
const MAX_FURNITURE_SCAN: usize = 100;

impl WhatFollows {
    fn measure(all: &[Block]) -> Self {
        let mut prose_from = vec![0; all.len() + 1];
        for k in (0..all.len()).rev() {
            let words = all[k].words();
            prose_from[k] = prose_from[k + 1] + if words >= 15 { words } else { 0 };
        }
        WhatFollows { prose_from }
    }

    /// Whether reader comments follow the comment label or header at
    /// `all[k]`, which `prose_before` words of the article's prose precede.
    /// They do unless more prose than that follows it and no comment
    /// furniture (a reply or report button, the poster's timestamp, a
    /// comment header) shows within its first [`MAX_PROSE_BEFORE_FURNITURE`]
    /// words (and [`MAX_FURNITURE_SCAN`] blocks): then the label is a
    /// counter in the article's toolbar ("2 Comments" above the story) and
    /// what follows is the article itself.
    fn comments_follow(&self, all: &[Block], k: usize, prose_before: usize) -> bool {
        is_comment_header(all[k].text()) || self.prose_from[k + 1] <= prose_before || furniture_follows(all, k)
    }
}

/// Whether a comment's furniture (see [`is_comment_furniture`]) shows after
/// the label at `all[k]` within [`MAX_PROSE_BEFORE_FURNITURE`] words of
/// prose and [`MAX_FURNITURE_SCAN`] blocks.
fn furniture_follows(all: &[Block], k: usize) -> bool {
    let mut prose = 0;
    for b in all[k + 1..].iter().take(MAX_FURNITURE_SCAN) {
        if is_comment_furniture(b.text(), b.words()) {
            return true;
        }
        if b.words() >= 15 {
            prose += b.words();
            if prose >= MAX_PROSE_BEFORE_FURNITURE {
                return false;
            }
        }
    }
    false
}

/// A comment's header line: the poster's name, the day and the clock time
/// ("Amy September 11, 2008 at 2:06 PM"), as blogs head each comment.
fn is_poster_line(text: &str, words: usize) -> bool {
    (4..=12).contains(&words) && has_clock_time(text) && names_a_month(&text.to_lowercase())
}

/// Whether a text holds a clock time: one or two digits, a colon and two
/// digits, as a word of its own ("2:06", "14:30"). By hand: a regular
/// expression for it took a millisecond to compile.
fn has_clock_time(text: &str) -> bool {
    let b = text.as_bytes();
    let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    b.iter().enumerate().filter(|&(_, &c)| c == b':').any(|(i, _)| {
        let before = b[..i].iter().rev().take_while(|c| c.is_ascii_digit()).count();
        let after = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        let start = i - before;
        (1..=2).contains(&before)
            && after == 2
            && (start == 0 || !word(b[start - 1]))
            && b.get(i + 3).is_none_or(|&c| !word(c))
    })
}

/// Whether a lower-case line has a month's name among its words.
fn names_a_month(lower: &str) -> bool {
    lower.split(|c: char| !c.is_alphanumeric()).any(|t| !t.is_empty() && month_number(t).is_some())
}

/// A comment's reply, quote or report button ([`COMMENT_ACTIONS`]), the
/// poster's timestamp ("July 31, 2018 at 2:41 pm", "19h", "3 days ago"), a
/// comment header, or a required field of the comment form ("Name *").
fn is_comment_furniture(text: &str, words: usize) -> bool {
    static ACTIONS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_list(COMMENT_ACTIONS).collect());
    static TIME: LazyLock<Regex> = LazyLock::new(|| {
        fixed_regex(
            r"(?i)\b\d{1,2}:\d{2}(?:[ap]m)?\b|\b\d+\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b|^\d{1,2}\s?(s|m|h|d|w|y|mo|min|hr|yr)$",
        )
    });
    if words == 0 || words > 12 {
        return false;
    }
    let lower = text.trim().trim_end_matches([':', '.']).to_lowercase();
    let required_field = words <= 4 && text.trim_end().ends_with('*') && text.matches('*').count() == 1;
    if ACTIONS.contains(lower.as_str()) || required_field || TIME.is_match(text) || is_comment_header(text) {
        return true;
    }
    // A review's star rating: "5 Stars", "4.5 out of 5 stars".
    if words <= 5 && is_star_rating(&lower) {
        return true;
    }
    // A month name beside a number, alone on its line: "March 2025", "Feb 24, 2006".
    if words > 6 {
        return false;
    }
    let has_number =
        lower.split(|c: char| !c.is_alphanumeric()).any(|t| !t.is_empty() && t.bytes().all(|c| c.is_ascii_digit()));
    has_number && names_a_month(&lower)
}

/// Whether a lower-case line is a star rating: a number from 0 to 5, then
/// "stars" or "out of 5 stars".
fn is_star_rating(lower: &str) -> bool {
    let Some((number, rest)) = lower.split_once(' ') else { return false };
    let rated = number.parse::<f32>().is_ok_and(|n| (0.0..=5.0).contains(&n));
    rated && matches!(rest.trim(), "star" | "stars" | "out of 5 stars" | "out of 5")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{BlockId, BlockKind, Hints, Origin};

    #[test]
    fn clock_times_are_words_of_their_own() {
        for yes in ["Amy at 2:06 PM", "14:30", "(9:15)"] {
            assert!(has_clock_time(yes), "{yes}");
        }
        for no in ["123:45", "2:061", "2:06PM", "a2:06", "2:6", ":06", "no time"] {
            assert!(!has_clock_time(no), "{no}");
        }
    }

    #[test]
    fn prose_in_a_form_is_a_reply_on_a_thread_page() {
        let in_form = |text: &str| {
            Block::new(BlockId(0), text.to_string(), BlockKind::Paragraph, Origin::Lines { first: 1, last: 1 }, 0)
                .with_hints(Hints { landmark: Some(Landmark::Form), ..Hints::default() })
        };
        let reply = in_form("I had the same problem and fixed it by clearing the cache.");
        let label = in_form("Email address");
        let mut features = vec![Features::of(&reply, Some("en"), 1), Features::of(&label, Some("en"), 1)];
        assert!(features.iter().all(|f| f.chrome.is_some()));
        thread_replies_are_content(&mut features);
        assert!(features[0].chrome.is_none());
        assert!(features[1].chrome.is_some());
    }

    #[test]
    fn comment_furniture_is_buttons_timestamps_headers_and_form_fields() {
        for text in [
            "Reply",
            "Antworten",
            "返信",
            "July 31, 2018 at 2:41 pm",
            "Feb 24, 2006",
            "BMilton | Feb 24, 2006 02:35am | #1",
            "19h",
            "3 days ago",
            "Name *",
            "by ann ( 5754788 ) writes:",
        ] {
            assert!(is_comment_furniture(text, crate::shape::word_count(text)), "{text}");
        }
        for text in
            ["Replies", "2 Comments", "The council met in March.", "Reply to the council's letter of March 3, 2025"]
        {
            assert!(!is_comment_furniture(text, crate::shape::word_count(text)), "{text}");
        }
    }

    #[test]
    fn a_counter_above_the_story_is_no_wall_but_a_thread_under_it_is() {
        let line = |i: usize, text: &str| {
            Block::new(BlockId(i), text.to_string(), BlockKind::Paragraph, Origin::Lines { first: i, last: i }, 0)
        };
        let prose = "The ferry left the pier at a quarter to eleven with forty passengers and a van of bread on board.";
        let mut texts = vec!["3 Comments"];
        texts.extend([prose; 8]);
        texts.extend(["Ann says", "March 4, 2025 at 7:15 am", "Great news for the nurses.", "Reply"]);
        let all: Vec<Block> = texts.iter().enumerate().map(|(i, t)| line(i, t)).collect();
        let follows = WhatFollows::measure(&all);
        // 160 words of story follow the counter before the first comment's timestamp.
        assert!(!follows.comments_follow(&all, 0, 40));
        // ... unless as much story came before it.
        assert!(follows.comments_follow(&all, 0, 200));
        // After the story, the thread's own furniture follows at once.
        assert!(follows.comments_follow(&all, 8, 160));
    }
}

#[cfg(test)]
mod comment_header_gate {
    /// Every text the comment-header pattern matches passes the check that
    /// decides whether to compile it.
    #[test]
    fn every_comment_header_passes_the_gate() {
        super::COMMENT_HEADER.assert_gate_holds(
            &[
                "Ann",
                "by ",
                "By ",
                " on ",
                " am ",
                "May 2, 2019",
                " at 4:47 pm",
                " said",
                " wrote",
                " writes",
                ":",
                " :",
                " ",
                ".",
                "(5754788)",
                "schrieb",
                "x",
            ],
            |r, text| r.is_match(text),
        );
    }
}
