//! Legal policies embedded in a page: a shop's privacy policy, refund
//! policy or terms of service, printed in full inside a drawer or a modal
//! of every product page. Such a text is prose, and often the longest on
//! the page, so the article run would take it; it is the site's, not the
//! page's.
//!
//! It is told by its vocabulary. On both dev sets no gold text of 200 words
//! or more uses these phrases more than 14 times per 1,000 words (a
//! documentation page about authentication and cookies); an embedded
//! privacy policy uses them 34 times, the terms of service after it 22. A
//! stretch of at least
//! [`MIN_WORDS`] words at [`MIN_DENSITY`] or more is a policy, unless the
//! page itself is one (its title or address names a policy or terms).

use std::sync::LazyLock;

use regex::Regex;

use crate::document::{Block, Document};
use crate::regexes::fixed_regex;

/// Phrases of privacy policies, terms of service and refund policies
/// (English), matched on a block's key (lower case).
static LEGAL: LazyLock<Regex> = LazyLock::new(|| {
    fixed_regex(
        r"(?-u)\b(personal (information|data)|third[- ]part(y|ies)|you agree|we may|shall|liabilit(y|ies)|pursuant|opt[- ]out|cookies|privacy policy|terms of (use|service|sale)|governing law|indemnif[a-z]*|warrant(y|ies)|herein|thereof|arbitration|data controller|processing of|reserves? the right|applicable laws?|liable|disclaim[a-z]*|in no event|prior written consent|these terms|intellectual property|trademarks?|limitation of|refunds?|at any time)\b",
    )
});

/// Words of a page's title or address that say the page is a legal text,
/// found anywhere in it, without case (in code: as one case-insensitive
/// alternation they took 3M instructions to compile).
const LEGAL_PAGE_WORDS: &[&str] = &[
    "privacy",
    "terms",
    "policy",
    "policies",
    "legal",
    "cookie",
    "conditions",
    "disclaimer",
    "impressum",
    "datenschutz",
    "agb",
    "gdpr",
    "ccpa",
    "eula",
    "license",
    "licence",
];

/// Whether a title or address names a legal page (see [`LEGAL_PAGE_WORDS`]).
fn names_legal_page(text: &str) -> bool {
    let lower = text.to_lowercase();
    LEGAL_PAGE_WORDS.iter().any(|w| lower.contains(w))
}

/// Longest first line of a dump that is read as the page's title.
const TITLE_MAX_WORDS: usize = 15;

/// Fewest words of a policy stretch.
pub(super) const MIN_WORDS: usize = 300;

/// Fewest policy phrases per 1,000 words of a stretch.
pub(super) const MIN_DENSITY: f64 = 20.0;

/// The stretches of `blocks` (inclusive index ranges) that read as an
/// embedded legal policy; none on a page that is a legal text itself.
pub(super) fn policy_stretches(doc: &Document, blocks: &[&Block]) -> Vec<(usize, usize)> {
    let meta = doc.metadata();
    let names_legal = |s: Option<&str>| s.is_some_and(names_legal_page);
    // A dump opens with the page's `<title>` line.
    let first_line = doc.all_blocks().first().filter(|b| b.words() <= TITLE_MAX_WORDS).map(|b| b.text());
    if [meta.title.as_deref(), meta.url.as_deref(), doc.declared_title(), first_line].into_iter().any(names_legal) {
        return Vec::new();
    }
    // Each block weighs its phrases against the words a phrase may take at
    // the threshold density; the stretches are the maximal runs of
    // positive weight (Kadane, restarted after each run).
    let per_phrase = 1000.0 / MIN_DENSITY;
    let mut stretches = Vec::new();
    let (mut sum, mut best, mut start, mut best_end) = (0.0, 0.0, 0, None);
    for (i, b) in blocks.iter().enumerate() {
        if sum <= 0.0 {
            if let Some(end) = best_end.take() {
                stretches.push((start, end));
            }
            sum = 0.0;
            best = 0.0;
            start = i;
        }
        sum += LEGAL.find_iter(b.key()).count() as f64 * per_phrase - b.words() as f64;
        if sum > best {
            best = sum;
            best_end = Some(i);
        }
    }
    if let Some(end) = best_end {
        stretches.push((start, end));
    }
    // A run of positive weight is above the density already; it must also
    // be long enough.
    stretches.retain(|&(a, b)| blocks[a..=b].iter().map(|b| b.words()).sum::<usize>() >= MIN_WORDS);
    stretches
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stretches(text: &str) -> Vec<(usize, usize)> {
        let doc = Document::from_text(text);
        policy_stretches(&doc, &doc.live_blocks())
    }

    const POLICY: &str = "We may collect personal information from you when you use the services, and we may share \
                          it with third parties. You agree that the processing of personal data is governed by this \
                          privacy policy and by the terms of use, and that cookies may be set.";

    #[test]
    fn an_embedded_policy_is_a_stretch_and_the_page_around_it_is_not() {
        let product = "Our wool runner combines soft merino with a cushioned sole for everyday walks around town.";
        let page = format!("{product}\n{product}\nRefund policy\n{}\nFollow us\n", [POLICY; 12].join("\n"));
        let found = stretches(&page);
        assert_eq!(found.len(), 1, "{found:?}");
        let (a, b) = found[0];
        assert!(a >= 2 && b >= 14, "{found:?}");
    }

    #[test]
    fn a_short_mention_or_a_policy_page_is_no_stretch() {
        assert!(stretches(&format!("A story.\n{POLICY}\nThe end of the story.\n")).is_empty());
        let page = format!("Privacy Policy - Example Shop\n\n{}\n", [POLICY; 12].join("\n"));
        assert!(stretches(&page).is_empty());
    }
}
