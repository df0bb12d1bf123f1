//! Reader comments: where a text dump's comment section starts, when an HTML
//! page's comment sections are chrome, and when (on discussion pages) they
//! are the content.

use std::sync::LazyLock;

use crate::rules::RelaxedRegex;

use super::features::{Chrome, Class, Features};
use super::BlockClassifier;
use crate::document::{Block, Document, Landmark};

/// "Ann on May 2, 2019 at 4:47 pm said:" and its translations, and
/// "by ann ( 5754788 ) writes: on Friday…" (a bare "Smith wrote:" is how
/// articles introduce quotes, so it needs the date or the "by").
pub(super) static COMMENT_HEADER: LazyLock<RelaxedRegex> = LazyLock::new(|| {
    RelaxedRegex::fixed(
        r"(?i)^([^.!?]{1,60}\s(on|am|le|el)\s.{4,40}\d.{0,30}\s(said|says|wrote|schrieb|a écrit|escribió)\s*:$|by\s[^.!?]{1,60}?\s(writes|wrote|says|said)\s*:)",
    )
});

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
        if blocks.iter().any(|b| b.hints().tag.is_some()) {
            return blocks.len();
        }
        let all = doc.all_blocks();
        // Ten comment labels are a listing's per-item counters ("12
        // comments" under every headline) or a thread's reply buttons, not
        // the heading of one comment section; three comment headers ("by
        // ann writes:") still mark the thread.
        let is_label = |b: &Block| b.words() <= 25 && self.comments.find(b.key()).is_some();
        let is_header = |b: &Block| b.words() <= 25 && COMMENT_HEADER.is_match(b.text());
        let headers = all.iter().filter(|b| is_header(b)).count();
        if headers < MIN_COMMENT_HEADERS && all.iter().filter(|b| is_label(b)).count() >= MAX_COMMENT_LABELS {
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
        for (k, b) in all.iter().enumerate() {
            let is_live = live < blocks.len() && blocks[live].id() == b.id();
            if is_live && classes[live] == Class::Good {
                prose_words += features[live].words;
            } else if prose_words >= 40
                && b.words() <= 25
                && (self.comments.find(b.key()).is_some() || COMMENT_HEADER.is_match(b.text()))
                && !(b.words() == 1 && in_toolbar(k))
            {
                return live;
            }
            if is_live {
                live += 1;
            }
        }
        blocks.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{BlockId, BlockKind, Hints, Origin};

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
}
