//! The deletion guard: a page-level check that no single rule deletes the
//! article.
//!
//! Each cleaner judges blocks from its own evidence; one misread cue (a
//! related-stories heading that the layout puts above the story, a
//! "4 Comments" line before the body, a main-content box found in the wrong
//! column) can make a rule remove every paragraph of the article. The guard
//! looks at the outcome instead of the cues: it measures the page's **prose**
//! — blocks of running text, long enough and with the stopwords of the page's
//! language — in what was kept and in what each rule removed. When one rule's
//! removal holds more prose than everything that stays, and the kept prose
//! is a small share of the page's, the pipeline runs again with that rule
//! forbidden to remove prose blocks (it still removes everything else). The
//! result's notes say which rule was vetoed and the word counts that made
//! the guard act.
//!
//! Trafilatura's fallback to a second extractor when the first one's output
//! is too short is the known precedent; the guard differs in that it names
//! the rule at fault and undoes only that rule's removal of prose.

use std::collections::HashMap;

use crate::document::{BlockId, Document};
use crate::lang;
use crate::report::Removal;
use crate::shape;

/// When the guard acts. The defaults were measured on the dev pages (see
/// BENCHMARKS.md, "Deletion guard").
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct GuardLimits {
    /// A block is prose when it has at least this many words …
    pub min_block_words: usize,
    /// … and at least this share of them are stopwords of the page's
    /// language (for languages with a stoplist).
    pub min_stopword_share: f64,
    /// The guard acts only on a rule whose removal holds this many words of
    /// prose: a short page's few sentences are judged by the cleaners alone.
    pub min_removed_prose: usize,
    /// … and only when the kept prose is at most this share of the page's
    pub max_kept_share: f64,
    /// … and at most this many words: less than the shortest article, so
    /// what stays is a headline and a lede, not a short story with long
    /// comments under it.
    pub max_kept_words: usize,
    /// The guard also acts when at most this many words and this share of
    /// the page's prose stay: a rule that removed five times the prose it
    /// left, unless the rule is the comment wall (a long thread under a
    /// short article is what a comment section looks like).
    pub wide_kept: Option<(usize, f64)>,
    /// Most rules vetoed on one page.
    pub max_vetoes: usize,
}

impl Default for GuardLimits {
    fn default() -> Self {
        GuardLimits {
            min_block_words: 12,
            min_stopword_share: 0.15,
            // 60, not 80: a shop's product description is often a
            // paragraph or two of 60-80 words (BENCHMARKS, tenth session).
            min_removed_prose: 60,
            max_kept_share: 0.34,
            max_kept_words: 60,
            wide_kept: Some((400, 0.2)),
            max_vetoes: 3,
        }
    }
}

/// One vetoed rule: its removals of the listed prose blocks are not applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Veto {
    pub cleaner: &'static str,
    pub rule: String,
}

/// The prose words of every block of a document (0 for blocks that are not
/// prose), by block id.
#[derive(Debug, Clone)]
pub(crate) struct ProseMap {
    words: Vec<usize>,
}

impl ProseMap {
    /// Measures every block of `doc` in the page's language `lang` (detected
    /// from the blocks when `None`).
    pub(crate) fn measure(doc: &Document, lang: Option<&str>, limits: &GuardLimits) -> ProseMap {
        let detected;
        let lang = match lang {
            Some(l) => l,
            None => {
                let sample: String = doc.all_blocks().iter().take(400).map(|b| b.text()).collect::<Vec<_>>().join(" ");
                detected = lang::detect(&sample).unwrap_or("en");
                detected
            }
        };
        let has_list = lang::has_stoplist(lang);
        let words = doc
            .all_blocks()
            .iter()
            .map(|b| {
                let n = b.words();
                if n < limits.min_block_words || b.link_density() >= 0.5 {
                    return 0;
                }
                let prose = if has_list {
                    b.stopword_density(lang).is_some_and(|d| d >= limits.min_stopword_share)
                } else {
                    shape::sentence_count(b.text()) > 0
                };
                if prose {
                    n
                } else {
                    0
                }
            })
            .collect();
        ProseMap { words }
    }

    /// Prose words of one block.
    pub(crate) fn of(&self, id: BlockId) -> usize {
        self.words.get(id.0).copied().unwrap_or(0)
    }

    /// Whether a block is prose.
    pub(crate) fn is_prose(&self, id: BlockId) -> bool {
        self.of(id) > 0
    }

    /// Prose words of the whole page.
    fn total(&self) -> usize {
        self.words.iter().sum()
    }
}

/// Why the guard acts on a result: the rule whose removal of prose is the
/// largest, and the counts, when they pass the limits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Verdict {
    pub veto: Veto,
    pub removed_prose: usize,
    pub kept_prose: usize,
    pub page_prose: usize,
}

impl Verdict {
    /// The note the result carries.
    pub(crate) fn note(&self) -> String {
        format!(
            "deletion guard: rule {} of {} removed {} words of prose while {} of the page's {} stayed; \
             the page was cleaned again without that rule removing prose",
            self.veto.rule, self.veto.cleaner, self.removed_prose, self.kept_prose, self.page_prose
        )
    }
}

/// Judges one cleaning: the rule to veto, if the guard acts. `vetoed` are
/// the rules already vetoed (never chosen again).
pub(crate) fn judge(prose: &ProseMap, removals: &[Removal], vetoed: &[Veto], limits: &GuardLimits) -> Option<Verdict> {
    let page = prose.total();
    let removed_total: usize = removals.iter().map(|r| prose.of(r.block)).sum();
    let kept = page.saturating_sub(removed_total);
    // The article a rule deletes lies below what was kept (under a wall, a
    // heading, a lede); prose removed above the first kept prose (a rail of
    // teasers above the headline) is not counted against the rule.
    let mut removed = vec![false; prose.words.len()];
    for r in removals {
        if let Some(slot) = removed.get_mut(r.block.0) {
            *slot = true;
        }
    }
    let first_kept = (0..prose.words.len()).find(|&i| prose.words[i] > 0 && !removed[i]).unwrap_or(0);
    let mut by_rule: HashMap<(&'static str, &str), usize> = HashMap::new();
    for r in removals {
        let n = prose.of(r.block);
        if n > 0 && r.block.0 > first_kept && !exempt(r.cleaner, &r.rule) {
            *by_rule.entry((r.cleaner, r.rule.as_str())).or_default() += n;
        }
    }
    let ((cleaner, rule), removed) = by_rule
        .into_iter()
        .filter(|((c, r), _)| !vetoed.iter().any(|v| v.cleaner == *c && v.rule == *r))
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))?;
    let few_kept = |(words, share): (usize, f64)| kept <= words && (kept as f64) <= share * page as f64;
    // A long comment thread under a short article is what a comment
    // section is: only the narrow limits judge the comment wall.
    let wide = limits.wide_kept.filter(|_| rule != "comment-section");
    let acts = removed >= limits.min_removed_prose
        && removed > kept
        && (few_kept((limits.max_kept_words, limits.max_kept_share)) || wide.is_some_and(few_kept));
    acts.then(|| Verdict {
        veto: Veto { cleaner, rule: rule.to_string() },
        removed_prose: removed,
        kept_prose: kept,
        page_prose: page,
    })
}

/// Why a cleaned page has no main content, if it has none: no prose was
/// kept and fewer than [`MAX_LISTING_WORDS`] words were (more short lines
/// than that are a structured column, a listing's items or a table).
/// `page_words` counts the words of the whole input, `kept_words` those
/// of the kept text (called only for a page that kept no prose). (A long column of links is a listing of headlines, which is
/// content on a front page.)
pub(crate) fn no_main_content(
    prose: &ProseMap,
    removals: &[Removal],
    page_words: impl FnOnce() -> usize,
    kept_words: impl FnOnce() -> usize,
) -> Option<&'static str> {
    let page = prose.total();
    let removed: usize = removals.iter().map(|r| prose.of(r.block)).sum();
    if page > removed || kept_words() >= MAX_LISTING_WORDS {
        return None;
    }
    Some(if page_words() < MIN_PAGE_WORDS {
        "the page has almost no text: an empty page or a shell that a script fills"
    } else if page == 0 {
        "the page has no prose: its text is links, labels and short lines"
    } else {
        "no paragraph of the page was kept: all of its prose was judged boilerplate"
    })
}

/// See [`no_main_content`].
const MAX_LISTING_WORDS: usize = 50;

/// A page with fewer words than this has no text to speak of.
const MIN_PAGE_WORDS: usize = 20;

/// Cleaners whose rules judge what a block *is* (a label, a consent or
/// legal text, a copy of another block), not where it stands: a long privacy
/// policy is prose and still not the article, so the guard leaves them be.
const EXEMPT_CLEANERS: &[&str] = &["boilerplate-labels", "duplicates", "normalize-unicode", "script-artifacts"];

/// The block classifier's rules of the same kind: blocks outside the main
/// content that its own evidence (link density, class names) calls
/// boilerplate, chrome inside it, and captions.
const EXEMPT_RULES: &[&str] = &["boilerplate-outside-main", "chrome-inside-main", "caption"];

fn exempt(cleaner: &str, rule: &str) -> bool {
    EXEMPT_CLEANERS.contains(&cleaner) || EXEMPT_RULES.contains(&rule)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Block, BlockKind, InputKind, Origin};

    fn doc(texts: &[&str]) -> Document {
        let blocks = texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                Block::new(
                    BlockId(i),
                    (*t).to_string(),
                    BlockKind::Paragraph,
                    Origin::Lines { first: i + 1, last: i + 1 },
                    i,
                )
            })
            .collect();
        Document::from_blocks(blocks, InputKind::Text)
    }

    fn removal(block: usize, rule: &str) -> Removal {
        Removal {
            cleaner: "test",
            rule: rule.into(),
            evidence: None,
            text: String::new(),
            block: BlockId(block),
            location: Origin::Lines { first: 1, last: 1 },
        }
    }

    const PROSE: &str =
        "The council said on Tuesday that it would not change the plan for the city, and that the budget \
                         was final after a long debate in which many members spoke.";

    #[test]
    fn menus_and_short_lines_are_not_prose() {
        let d = doc(&["Home News Sport Weather Contact About", PROSE, "Photo: Ann Lee"]);
        let p = ProseMap::measure(&d, Some("en"), &GuardLimits::default());
        assert!(!p.is_prose(BlockId(0)));
        assert!(p.is_prose(BlockId(1)));
        assert!(!p.is_prose(BlockId(2)));
    }

    #[test]
    fn acts_when_one_rule_removes_the_article() {
        let d = doc(&[PROSE, PROSE, PROSE, PROSE, PROSE]);
        let p = ProseMap::measure(&d, Some("en"), &GuardLimits::default());
        let removals: Vec<_> = (1..5).map(|i| removal(i, "wall")).collect();
        let v = judge(&p, &removals, &[], &GuardLimits::default()).expect("the guard acts");
        assert_eq!(v.veto.rule, "wall");
        assert!(v.removed_prose > v.kept_prose);
        assert!(v.note().contains("rule wall of test"));
        // Once vetoed, the same rule is not chosen again.
        assert_eq!(judge(&p, &removals, &[v.veto], &GuardLimits::default()), None);
    }

    #[test]
    fn acts_also_when_a_longer_lede_stays_but_not_for_a_comment_wall() {
        // Three of 18 paragraphs (about 90 words) stay; a rule removed 15.
        let texts = vec![PROSE; 18];
        let d = doc(&texts);
        let p = ProseMap::measure(&d, Some("en"), &GuardLimits::default());
        let limits = GuardLimits::default();
        let cut: Vec<_> = (3..18).map(|i| removal(i, "cut")).collect();
        assert_eq!(judge(&p, &cut, &[], &limits).map(|v| v.veto.rule), Some("cut".to_string()));
        // A comment thread five times the article's length is a comment section.
        let wall: Vec<_> = (3..18).map(|i| removal(i, "comment-section")).collect();
        assert_eq!(judge(&p, &wall, &[], &limits), None);
        // Not when a fifth of the prose or more stays.
        let cut: Vec<_> = (4..18).map(|i| removal(i, "cut")).collect();
        assert_eq!(judge(&p, &cut, &[], &limits), None);
    }

    #[test]
    fn keeps_out_when_most_prose_stays() {
        let d = doc(&[PROSE, PROSE, PROSE, PROSE, PROSE]);
        let p = ProseMap::measure(&d, Some("en"), &GuardLimits::default());
        let removals = vec![removal(4, "comments")];
        assert_eq!(judge(&p, &removals, &[], &GuardLimits::default()), None);
    }

    #[test]
    fn no_main_content_names_its_reason() {
        let d = doc(&[PROSE, "Home", "News"]);
        let p = ProseMap::measure(&d, Some("en"), &GuardLimits::default());
        assert_eq!(no_main_content(&p, &[], || 40, || 40), None, "the prose was kept");
        let removed = vec![removal(0, "x")];
        assert!(no_main_content(&p, &removed, || 40, || 2).is_some_and(|r| r.contains("judged boilerplate")));
        assert_eq!(no_main_content(&p, &removed, || 400, || 80), None, "a column of 80 words is a listing");
        let menu = doc(&["Home", "News", "Contact"]);
        let p = ProseMap::measure(&menu, Some("en"), &GuardLimits::default());
        assert!(no_main_content(&p, &[], || 3, || 3).is_some_and(|r| r.contains("almost no text")));
        assert!(no_main_content(&p, &[], || 30, || 30).is_some_and(|r| r.contains("no prose")));
    }

    #[test]
    fn acts_for_a_short_description_of_two_paragraphs() {
        // A product page: its name, then two paragraphs (60 words) that a
        // rule removed.
        let d = doc(&["Arrival T-Shirt", PROSE, PROSE]);
        let p = ProseMap::measure(&d, Some("en"), &GuardLimits::default());
        let removals = vec![removal(1, "wall"), removal(2, "wall")];
        let v = judge(&p, &removals, &[], &GuardLimits::default()).expect("the guard acts");
        assert_eq!((v.removed_prose, v.kept_prose), (60, 0));
    }

    #[test]
    fn keeps_out_of_short_pages() {
        let d = doc(&[PROSE, PROSE]);
        let p = ProseMap::measure(&d, Some("en"), &GuardLimits::default());
        let removals = vec![removal(0, "wall"), removal(1, "wall")];
        assert_eq!(judge(&p, &removals, &[], &GuardLimits::default()), None);
    }
}
