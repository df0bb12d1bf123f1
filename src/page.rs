//! [`Page`]: one page to clean, with what the caller knows about it.

use crate::document::InputKind;

/// One page to clean: its content (HTML, a text dump, or raw bytes) and
/// what the caller knows about it, for [`Pipeline::try_clean_page`](crate::Pipeline::try_clean_page).
///
/// # Example
/// ```
/// use pagewash::{Page, Pipeline};
/// let html = "<html><body><article><p>The council met on Monday and agreed on a new budget for the schools in the city.</p></article></body></html>";
/// let page = Page::html(html).url("https://news.example.org/2026/council-budget");
/// let cleaned = Pipeline::default().try_clean_page(page)?;
/// assert_eq!(cleaned.metadata().url.as_deref(), Some("https://news.example.org/2026/council-budget"));
/// assert!(cleaned.text().contains("new budget"));
/// # Ok::<(), pagewash::InputError>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Page<'a> {
    pub(crate) content: Content<'a>,
    pub(crate) url: Option<&'a str>,
    pub(crate) charset: Option<&'a str>,
    pub(crate) now: Option<&'a str>,
    pub(crate) title: Option<&'a str>,
    pub(crate) language: Option<&'a str>,
}

/// What a [`Page`] holds.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Content<'a> {
    Html(&'a str),
    Text(&'a str),
    Bytes(&'a [u8], InputKind),
}

impl<'a> Page<'a> {
    /// An HTML page.
    pub fn html(html: &'a str) -> Self {
        Page { content: Content::Html(html), url: None, charset: None, now: None, title: None, language: None }
    }

    /// A plain-text dump (or Markdown, as the pipeline's text format says).
    pub fn text(text: &'a str) -> Self {
        Page { content: Content::Text(text), url: None, charset: None, now: None, title: None, language: None }
    }

    /// Raw bytes of an HTML page or a dump, decoded as
    /// [`Pipeline::try_clean_bytes`](crate::Pipeline::try_clean_bytes) does.
    pub fn bytes(bytes: &'a [u8], kind: InputKind) -> Self {
        Page { content: Content::Bytes(bytes, kind), url: None, charset: None, now: None, title: None, language: None }
    }

    /// The address the page was fetched from. It becomes
    /// [`Metadata::url`](crate::Metadata::url), over any the page declares,
    /// and a thread's address (`/t/…`, `/threads/…`) marks a discussion
    /// whose replies are content.
    #[must_use]
    pub fn url(mut self, url: &'a str) -> Self {
        self.url = Some(url);
        self
    }

    /// The charset the transport declared for raw bytes: an HTTP
    /// `Content-Type` header's value (`text/html; charset=Shift_JIS`) or a
    /// bare label (`koi8-r`). It wins over the page's own `<meta>`
    /// declaration (see [`input::decode`](crate::input::decode)); text
    /// pages ignore it.
    ///
    /// # Example
    /// ```
    /// use pagewash::{InputKind, Page, Pipeline};
    /// let bytes = b"<html><body><p>\xf0\xd2\xc9\xd7\xc5\xd4, \xcd\xc9\xd2! \xfc\xd4\xcf \xd4\xc5\xd3\xd4.</p></body></html>";
    /// let page = Page::bytes(bytes, InputKind::Html).charset("text/html; charset=koi8-r");
    /// let cleaned = Pipeline::default().try_clean_page(page)?;
    /// assert_eq!(cleaned.text(), "Привет, мир! Это тест.\n");
    /// assert!(cleaned.notes().iter().any(|n| n.contains("KOI8-R")));
    /// # Ok::<(), pagewash::InputError>(())
    /// ```
    #[must_use]
    pub fn charset(mut self, charset: &'a str) -> Self {
        self.charset = Some(charset);
        self
    }

    /// The page's title, as the caller knows it (from a crawl's record, a
    /// feed): it becomes [`Metadata::title`](crate::Metadata::title), over
    /// what the page itself declares.
    #[must_use]
    pub fn title(mut self, title: &'a str) -> Self {
        self.title = Some(title);
        self
    }

    /// The page's language as a code (`de`, `pt-BR`), as the caller knows
    /// it: it becomes [`Metadata::language`](crate::Metadata::language), over
    /// the page's `lang` attribute, and picks the stopword list the
    /// cleaners measure prose with instead of detecting the language.
    ///
    /// # Example
    /// ```
    /// use pagewash::{Page, Pipeline};
    /// let text = "Der Stadtrat hat am Montag einen neuen Haushalt für die Schulen der Stadt beschlossen.";
    /// let page = Page::text(text).language("de-AT").title("Neuer Haushalt");
    /// let cleaned = Pipeline::default().try_clean_page(page)?;
    /// assert_eq!(cleaned.metadata().language.as_deref(), Some("de"));
    /// assert_eq!(cleaned.metadata().title.as_deref(), Some("Neuer Haushalt"));
    /// # Ok::<(), pagewash::InputError>(())
    /// ```
    #[must_use]
    pub fn language(mut self, language: &'a str) -> Self {
        self.language = Some(language);
        self
    }

    /// When the page was fetched, as an ISO 8601 date or date-time
    /// (`2026-12-07`, or a WARC record's `2026-12-07T04:06:35Z`). A
    /// published or modified date in the metadata that falls after this day
    /// (by more than a day, for time zones) is a wrong date, not news from
    /// the future: it is dropped with a note. Without it, the check uses
    /// today's date by the system clock.
    ///
    /// # Errors
    /// Cleaning the page returns [`InputError::InvalidNow`](crate::InputError::InvalidNow)
    /// when `now` is not a date the calendar has.
    ///
    /// # Example
    /// ```
    /// use pagewash::{Page, Pipeline};
    /// let html = r#"<html><head><meta property="article:published_time" content="2031-05-04"></head>
    ///   <body><article><p>The council met on Monday and agreed on a new budget for the schools.</p></article></body></html>"#;
    /// let cleaned = Pipeline::default().try_clean_page(Page::html(html).now("2026-12-07"))?;
    /// assert_eq!(cleaned.metadata().published, None);
    /// assert!(cleaned.notes().iter().any(|n| n.contains("2031-05-04")));
    /// # Ok::<(), pagewash::InputError>(())
    /// ```
    #[must_use]
    pub fn now(mut self, now: &'a str) -> Self {
        self.now = Some(now);
        self
    }

    /// The kind of input the page is.
    pub fn kind(&self) -> InputKind {
        match self.content {
            Content::Html(_) => InputKind::Html,
            Content::Text(_) => InputKind::Text,
            Content::Bytes(_, kind) => kind,
        }
    }
}
