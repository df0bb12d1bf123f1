//! Facts about a page that cleaners extract instead of keeping in the text.

use serde::Serialize;

/// Title, dates, author and so on, found in the page's chrome or head.
///
/// Every field is optional; the first cleaner (or the input adapter) to set a
/// field wins, later ones only fill gaps.
///
/// # Example
/// ```
/// let cleaned = pagewash::Pipeline::default()
///     .clean_text("A Headline About Things\nPublished on 27/01/2025 at 18:54\n\nThe story begins here and goes on for a while, as stories do.");
/// assert_eq!(cleaned.metadata().published.as_deref(), Some("2025-01-27T18:54"));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Metadata {
    /// The article's title.
    pub title: Option<String>,
    /// Publication date, ISO 8601 (`2025-01-27` or `2025-01-27T18:54`).
    pub published: Option<String>,
    /// Last modification date, ISO 8601.
    pub modified: Option<String>,
    /// Author or byline.
    pub author: Option<String>,
    /// Name of the site or publication.
    pub site_name: Option<String>,
    /// Language code (`en`, `de`, ...), declared by the page or detected.
    pub language: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
    /// The schema.org type the page declares for itself (JSON-LD `@type` or
    /// microdata `itemtype`), when it is one of the page types pagewash
    /// knows: `NewsArticle`, `Article`, `BlogPosting`, `DiscussionForumPosting`,
    /// `QAPage`, `Product`, `Recipe`, ... On a discussion page
    /// (`DiscussionForumPosting`, `QAPage`) the replies are the content.
    pub page_type: Option<String>,
}

impl Metadata {
    /// Whether the page declares itself a discussion thread or a question
    /// with answers, whose replies are its content.
    pub fn is_discussion(&self) -> bool {
        matches!(self.page_type.as_deref(), Some("DiscussionForumPosting" | "QAPage"))
    }

    /// Fills every field still unset from `other`.
    pub fn fill_from(&mut self, other: Metadata) {
        fn fill(slot: &mut Option<String>, value: Option<String>) {
            if slot.is_none() {
                *slot = value.filter(|v| !v.trim().is_empty());
            }
        }
        fill(&mut self.title, other.title);
        fill(&mut self.published, other.published);
        fill(&mut self.modified, other.modified);
        fill(&mut self.author, other.author);
        fill(&mut self.site_name, other.site_name);
        fill(&mut self.language, other.language);
        fill(&mut self.url, other.url);
        fill(&mut self.page_type, other.page_type);
    }
}
