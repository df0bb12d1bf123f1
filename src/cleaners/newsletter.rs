//! `newsletter-blocks`: sign-up headings, email prompts, buttons and
//! privacy notes.

use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

use super::phrases::PhraseConfig;
use crate::cleaner::Cleaner;
use crate::document::Document;
use crate::edit::{Plan, Reason};
use crate::error::BuildError;
use crate::regexes::fixed_regex;
use crate::rules::{pack, PhraseList, NEWSLETTER, NEWSLETTER_FORM};

const ID: &str = "newsletter-blocks";

/// Words that tie a short line to the sign-up box right above it, even
/// across a blank line ("Get our best stories delivered to your inbox.").
/// Matched against the block's lower-case key, so that the pattern needs
/// no case folding (which, over Unicode, made it slow to compile).
static STRONG_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    fixed_regex(
        r"\b(inbox|unsubscribe|subscribe|sign(ing)? up|spam|mailing list|posteingang|abonnieren|boîte de réception|abonnez|suscr[ií]b[a-zß-ÿ]*|iscriviti|inscreva)\b",
    )
});

/// Words that tie a line to the box only with no blank line between:
/// "The newsletter was sent to 3,000 officials." after a box is article.
static WEAK_WORDS: LazyLock<Regex> =
    LazyLock::new(|| fixed_regex(r"\b(e-?mail|newsletters?|subscription|abonn[a-zß-ÿ]*|bolet[ií]n|correo)\b"));

/// Settings of [`NewsletterBlocks`].
///
/// # Defaults
/// Built-in lists; prefix entries apply to blocks of at most 30 words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct NewsletterBlocksConfig {
    /// Headings, prompts and notes that mark a newsletter block on their own.
    pub phrases: PhraseConfig,
    /// Form lines (input labels, buttons) removed only inside such a block.
    pub form_phrases: PhraseConfig,
    /// Longest block (in words) a prefix entry may remove.
    pub max_words: usize,
}

impl Default for NewsletterBlocksConfig {
    fn default() -> Self {
        NewsletterBlocksConfig {
            phrases: PhraseConfig::default(),
            form_phrases: PhraseConfig::default(),
            max_words: 30,
        }
    }
}

impl NewsletterBlocksConfig {
    /// Compiles the lists.
    ///
    /// # Errors
    /// A [`BuildError`] for an invalid `re:` entry or a zero `max_words`.
    pub fn build(&self) -> Result<NewsletterBlocks, BuildError> {
        Ok(NewsletterBlocks {
            marks: self.phrases.compile(ID, &[NEWSLETTER, pack("newsletter")])?,
            form: self.form_phrases.compile(ID, &[NEWSLETTER_FORM])?,
            max_words: super::phrases::check_range(ID, "max_words", self.max_words, 1..=1000, "1 to 1000")?,
        })
    }
}

/// Removes newsletter sign-up blocks: a heading or prompt, and the form
/// lines, notes and short lines about email or inboxes right after it (in
/// text, with no blank line between).
///
/// # Example
/// ```
/// use pagewash::{Pipeline, cleaners::NewsletterBlocksConfig};
/// let p = Pipeline::builder().with(NewsletterBlocksConfig::default().build()?).build();
/// let c = p.clean_text("NEWSLETTER SUBSCRIPTION\nEnter your email\nSubmit\nNo spam, unsubscribe at any time.\n\nThe newsletter was sent to 3,000 officials.");
/// assert_eq!(c.text(), "The newsletter was sent to 3,000 officials.\n");
/// assert_eq!(c.removals().len(), 4);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct NewsletterBlocks {
    marks: PhraseList,
    form: PhraseList,
    max_words: usize,
}

impl NewsletterBlocks {
    fn mark(&self, key: &str, words: usize) -> Option<&str> {
        self.marks.find_match(key).filter(|m| !m.is_prefix() || words <= self.max_words).map(|m| m.phrase)
    }
}

/// Whether a block belongs to the sign-up box: in text, no blank line since
/// the box's heading; in HTML, inside an element named as chrome.
fn same_box(b: &crate::Block, mark_paragraph: usize) -> bool {
    match b.hints().tag {
        None => b.paragraph() == mark_paragraph,
        Some(_) => b.hints().chrome().is_some(),
    }
}

impl Cleaner for NewsletterBlocks {
    fn id(&self) -> &'static str {
        ID
    }

    fn plan(&self, doc: &Document) -> Plan {
        let mut plan = Plan::new();
        let mut inside = false;
        let mut mark_paragraph = usize::MAX;
        for b in doc.blocks() {
            let words = b.words();
            if let Some(p) = self.mark(b.key(), words) {
                plan.remove(b.id(), Reason::new(format!("phrase:{p}")));
                inside = true;
                mark_paragraph = b.paragraph();
            } else if let Some(p) = inside.then(|| self.form.find(b.key())).flatten() {
                plan.remove(b.id(), Reason::new(format!("form:{p}")));
            } else if inside
                && words <= 25
                && (STRONG_WORDS.is_match(b.key()) || WEAK_WORDS.is_match(b.key()) && same_box(b, mark_paragraph))
            {
                plan.remove(b.id(), Reason::new("inside-newsletter-block"));
            } else {
                inside = false;
            }
        }
        plan
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn removed(text: &str) -> Vec<String> {
        crate::cleaners::removed_by(NewsletterBlocksConfig::default().build().unwrap(), text)
    }

    #[test]
    fn form_lines_only_go_inside_a_block() {
        assert!(removed("Submit\n\nName").is_empty());
        assert_eq!(removed("Sign up for our newsletter\nName\nSubmit").len(), 3);
    }

    #[test]
    fn breaking_news_alert_boxes_go() {
        assert_eq!(
            removed("Breaking News Emails\n\nGet breaking news alerts and special reports. The news that matters.")
                .len(),
            2
        );
        assert_eq!(
            removed("Let our news meet your inbox. The news and stories that matter, delivered weekday mornings.")
                .len(),
            1
        );
    }

    #[test]
    fn other_languages() {
        assert_eq!(removed("Newsletter abonnieren und nichts verpassen").len(), 1);
        assert_eq!(removed("Inscrivez-vous à notre newsletter").len(), 1);
    }

    #[test]
    fn long_prose_that_starts_like_a_prompt_stays() {
        let long = "Subscribe to the view that markets are efficient and you will, as the professor argued at length \
                    in his lecture to a crowded hall of students and visiting economists from three countries, miss the point.";
        assert!(removed(long).is_empty());
    }
}
