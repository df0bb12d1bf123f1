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
#[non_exhaustive]
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
    /// The page's own summary (JSON-LD `description`, `og:description`,
    /// `twitter:description`, `<meta name=description>`).
    pub description: Option<String>,
    /// The page's lead image URL (JSON-LD `image`, `og:image`, `twitter:image`).
    pub image: Option<String>,
    /// The schema.org type the page declares for itself (JSON-LD `@type` or
    /// microdata `itemtype`), when it is one of the page types pagewash
    /// knows: `NewsArticle`, `Article`, `BlogPosting`, `DiscussionForumPosting`,
    /// `QAPage`, `Product`, `Recipe`, ... On a discussion page
    /// (`DiscussionForumPosting`, `QAPage`) the replies are the content.
    pub page_type: Option<String>,
    /// Set when the page has no main content, with the reason: an empty or
    /// script-rendered shell, a page of links and labels only, or a page
    /// whose every paragraph was judged boilerplate. The kept text (the few
    /// lines kept, if any) is then no article, and a corpus builder can
    /// drop the page on this field instead of guessing from its length.
    pub no_main_content: Option<String>,
}

/// The primary subtag of a language tag, lower case (`pt-BR` → `pt`,
/// `zh_Hant` → `zh`); `None` for an empty tag.
pub(crate) fn language_code(tag: &str) -> Option<String> {
    tag.trim().split(['-', '_']).next().filter(|l| !l.is_empty()).map(str::to_ascii_lowercase)
}

/// Whether `url` names one thread in the scheme of common forum and Q&A
/// software: Discourse `/t/slug/123`, XenForo `/threads/`, vBulletin
/// `showthread.php`, phpBB and FluxBB `viewtopic.php`, NodeBB and Invision
/// `/topic/123`, Reddit `/comments/`, Stack Exchange `/questions/123`.
pub(crate) fn is_thread_url(url: &str) -> bool {
    let path = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = path.find('/').map_or("", |i| &path[i..]).to_ascii_lowercase();
    let followed_by_digit = |marker: &str| {
        path.match_indices(marker).any(|(i, _)| path[i + marker.len()..].starts_with(|c: char| c.is_ascii_digit()))
    };
    let discourse = path.match_indices("/t/").any(|(i, _)| {
        let rest = &path[i + 3..];
        rest.split_once('/')
            .is_some_and(|(slug, tail)| !slug.is_empty() && tail.starts_with(|c: char| c.is_ascii_digit()))
    });
    // Drupal-style and vBulletin SEO addresses: a section, then the
    // thread's slug (`/forum/trip-reports/2212958-scenic-trip.html`).
    let forum_slug = path.match_indices("/forum/").any(|(i, _)| {
        let rest = path[i + 7..].split(['?', '#']).next().unwrap_or("");
        let mut segments = rest.split('/').filter(|s| !s.is_empty());
        segments.clone().nth(1).is_some() && segments.next_back().is_some_and(|slug| slug.matches('-').count() >= 2)
    });
    ["/comments/", "/threads/", "/thread/", "showthread.php", "viewtopic.php"].iter().any(|m| path.contains(m))
        || forum_slug
        || followed_by_digit("/topic/")
        || followed_by_digit("/questions/")
        || followed_by_digit("/discussion/")
        || followed_by_digit("?topic=")
        || followed_by_digit("/boards/")
        || discourse
}

impl Metadata {
    /// Whether the page is a discussion thread or a question with answers,
    /// whose replies are its content: it declares itself one (schema.org
    /// `DiscussionForumPosting`, `QAPage`), or its URL follows the thread
    /// scheme of common forum and Q&A software: Discourse `/t/slug/123`,
    /// XenForo `/threads/`, vBulletin `showthread.php`, phpBB and FluxBB
    /// `viewtopic.php`, NodeBB and Invision `/topic/123`, Reddit
    /// `/comments/`, Stack Exchange `/questions/123`, Vanilla
    /// `/discussion/123`, Simple Machines `?topic=123`, GameFAQs-style
    /// `/boards/123`, and a forum section's slug (`/forum/section/a-thread-title`).
    ///
    /// ```
    /// let mut m = pagewash::Metadata::default();
    /// m.url = Some("https://forum.example.org/t/my-first-build/4211".into());
    /// assert!(m.is_discussion());
    /// ```
    pub fn is_discussion(&self) -> bool {
        matches!(self.page_type.as_deref(), Some("DiscussionForumPosting" | "QAPage"))
            || (self.page_type.is_none() && self.url.as_deref().is_some_and(is_thread_url))
    }

    /// Whether the page declares itself an article: schema.org
    /// `NewsArticle` (and its reportage, analysis and opinion kinds),
    /// `BlogPosting`, `ScholarlyArticle`, `TechArticle` or `Article`.
    ///
    /// ```
    /// let mut m = pagewash::Metadata::default();
    /// m.page_type = Some("NewsArticle".into());
    /// assert!(m.is_article());
    /// m.page_type = Some("Product".into());
    /// assert!(!m.is_article());
    /// ```
    pub fn is_article(&self) -> bool {
        matches!(
            self.page_type.as_deref(),
            Some(
                "NewsArticle"
                    | "ReportageNewsArticle"
                    | "AnalysisNewsArticle"
                    | "OpinionNewsArticle"
                    | "BlogPosting"
                    | "ScholarlyArticle"
                    | "TechArticle"
                    | "Article"
            )
        )
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
        fill(&mut self.description, other.description);
        fill(&mut self.image, other.image);
        fill(&mut self.page_type, other.page_type);
        fill(&mut self.no_main_content, other.no_main_content);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thread_urls_of_common_forum_software() {
        for url in [
            "https://forums.example.com/t/confusing-resolver-structure/144854",
            "https://www.example.org/threads/best-closed-headphones.973407/",
            "https://www.example.co.uk/showthread.php?t=7481802",
            "https://bbs.example.org/viewtopic.php?id=309936",
            "https://community.example.org/topic/18427/rc1-released",
            "https://old.example.com/r/science/comments/1rku5x9/title/",
            "https://cooking.example.com/questions/12068/catering-event",
            "https://open.example.com/discussion/39620/a-release-question",
            "https://www.example.org/community/index.php?topic=589061.0",
            "https://games.example.com/boards/189706-switch/80702016",
            "https://www.example.com/forum/trip-reports/2212958-a-scenic-trip.html",
            "https://www.example.com/forum/consulting/consulting-is-it-worthy",
        ] {
            assert!(is_thread_url(url), "{url}");
        }
        for url in [
            "https://www.example.com/topic/climate-change",
            "https://news.example.com/2019/11/19/t/",
            "https://www.example.com/questions-to-ask-your-doctor",
            "https://www.example.com/blog/comments-policy",
            "https://www.example.com/discussion/why-we-vote",
            "https://www.example.com/boards/members",
            "https://www.example.com/forum/beginning-woodworking",
            "https://www.example.com/forum/news/latest",
            "not a url",
        ] {
            assert!(!is_thread_url(url), "{url}");
        }
    }

    #[test]
    fn a_declared_type_outweighs_the_url() {
        let m = Metadata {
            url: Some("https://forum.example.org/t/news-digest/12".into()),
            page_type: Some("NewsArticle".into()),
            ..Metadata::default()
        };
        assert!(!m.is_discussion());
    }
}
