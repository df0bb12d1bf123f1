//! Runs cleaners in order and records what each removed.

use std::sync::Arc;

use crate::cleaner::Cleaner;
use crate::dates::Day;
use crate::document::{BlockId, Document, InputKind, Origin, TextFormat};
use crate::edit::Action;
use crate::error::{BuildError, InputError};
use crate::guard::{self, GuardLimits, ProseMap, Veto};
use crate::page::{Content, Page};
use crate::report::{Cleaned, KeptBlock, Removal, Rewrite};

/// Most passes [`Pipeline::clean`] makes over one document.
pub const MAX_PASSES: usize = 4;

/// An ordered list of cleaners.
///
/// `Pipeline::default()` is the recommended set ([`Config::default`](crate::Config::default)).
/// Cleaning never fails and never panics; the `try_` methods only fail when a
/// configured input limit is exceeded.
///
/// # Example
/// ```
/// use pagewash::Pipeline;
/// let cleaned = Pipeline::default().clean_text(
///     "The council approved the budget on Tuesday after a long debate.\n\nAdvertisement\n\nIt takes effect next year, officials said.");
/// assert_eq!(cleaned.text(),
///     "The council approved the budget on Tuesday after a long debate.\n\nIt takes effect next year, officials said.\n");
/// assert_eq!(cleaned.removals()[0].cleaner, "boilerplate-labels");
/// ```
#[derive(Debug, Clone)]
pub struct Pipeline {
    /// Shared, so that cloning a pipeline (and `Pipeline::default()` after
    /// the first) costs no compiling.
    cleaners: Vec<Arc<dyn Cleaner>>,
    max_input_bytes: Option<usize>,
    max_html_elements: Option<usize>,
    text_format: TextFormat,
    /// Whether the deletion guard runs (its limits depend on the input kind).
    guard: bool,
}

impl Pipeline {
    /// Starts an empty pipeline.
    pub fn builder() -> PipelineBuilder {
        PipelineBuilder {
            cleaners: Vec::new(),
            max_input_bytes: None,
            max_html_elements: None,
            text_format: TextFormat::Auto,
            deletion_guard: true,
        }
    }

    /// The ids of the cleaners, in the order they run.
    pub fn cleaner_ids(&self) -> Vec<&'static str> {
        self.cleaners.iter().map(|c| c.id()).collect()
    }

    /// Cleans a plain-text dump. Over the input limit, the whole input is
    /// reported as one removal by `limits` (see [`Pipeline::try_clean_text`]):
    /// nothing is lost silently.
    pub fn clean_text(&self, text: &str) -> Cleaned {
        self.try_clean_text(text).unwrap_or_else(|e| rejected(text, InputKind::Text, &e))
    }

    /// Cleans an HTML page. Over a limit, the whole input is reported as one
    /// removal by `limits` whose rule names the limit.
    pub fn clean_html(&self, html: &str) -> Cleaned {
        self.try_clean_html(html).unwrap_or_else(|e| rejected(html, InputKind::Html, &e))
    }

    /// Cleans a plain-text dump.
    ///
    /// # Errors
    /// [`InputError::TooLarge`] when the input exceeds `max_input_bytes`.
    pub fn try_clean_text(&self, text: &str) -> Result<Cleaned, InputError> {
        self.try_clean_page(Page::text(text))
    }

    /// Cleans an HTML page.
    ///
    /// # Errors
    /// [`InputError::TooLarge`] when the input exceeds `max_input_bytes`,
    /// [`InputError::TooManyElements`] when it has more start tags than
    /// `max_html_elements`.
    pub fn try_clean_html(&self, html: &str) -> Result<Cleaned, InputError> {
        self.try_clean_page(Page::html(html))
    }

    /// Cleans a [`Page`]. Over a limit, the whole input is reported as one
    /// removal by `limits` whose rule names the limit (see
    /// [`Pipeline::try_clean_page`]).
    pub fn clean_page(&self, page: Page<'_>) -> Cleaned {
        self.try_clean_page(page).unwrap_or_else(|e| match page.content {
            Content::Html(s) | Content::Text(s) => rejected(s, page.kind(), &e),
            Content::Bytes(b, kind) => rejected(&String::from_utf8_lossy(b), kind, &e),
        })
    }

    /// Cleans a [`Page`]: HTML, a dump or raw bytes, with what the caller
    /// knows about it (its address).
    ///
    /// # Errors
    /// [`InputError::TooLarge`] when the input exceeds `max_input_bytes`,
    /// [`InputError::TooManyElements`] when HTML has more start tags than
    /// `max_html_elements`.
    pub fn try_clean_page(&self, page: Page<'_>) -> Result<Cleaned, InputError> {
        let now = match page.now {
            Some(value) => {
                Some(Day::parse(value.trim()).ok_or_else(|| InputError::InvalidNow { value: value.to_string() })?)
            }
            None => None,
        };
        let mut doc = match page.content {
            Content::Html(html) => {
                self.check_size(html.len())?;
                self.check_elements(html)?;
                Document::from_html(html)
            }
            Content::Text(text) => {
                self.check_size(text.len())?;
                Document::from_text_as(text, self.text_format)
            }
            Content::Bytes(bytes, kind) => self.decode(bytes, kind, page.charset)?,
        };
        let metadata = doc.metadata_mut();
        if let Some(url) = page.url {
            metadata.url = Some(url.to_string());
        }
        if let Some(title) = page.title.map(str::trim).filter(|t| !t.is_empty()) {
            metadata.title = Some(title.to_string());
        }
        if let Some(language) = page.language.and_then(crate::metadata::language_code) {
            metadata.language = Some(language);
        }
        Ok(self.clean_as_of(doc, now))
    }

    /// Counts start tags (`<` then a letter) without parsing, stopping at the limit.
    fn check_elements(&self, html: &str) -> Result<(), InputError> {
        let Some(limit) = self.max_html_elements else { return Ok(()) };
        let count = html
            .as_bytes()
            .windows(2)
            .filter(|w| w[0] == b'<' && w[1].is_ascii_alphabetic())
            .take(limit.saturating_add(1))
            .count();
        if count > limit {
            Err(InputError::TooManyElements { count, limit })
        } else {
            Ok(())
        }
    }

    /// Cleans raw bytes, decoded as a browser decodes them: a byte-order
    /// mark, then (for HTML) a `<meta charset>`, then UTF-8, then a detected
    /// legacy encoding, from every encoding of the WHATWG standard (see
    /// [`input::decode`](crate::input::decode)). The result's
    /// [`Cleaned::notes`] say which encoding was used and why, unless the
    /// bytes were plain UTF-8. [`Page::charset`] passes a transport charset.
    ///
    /// # Errors
    /// [`InputError::TooLarge`] when the input exceeds `max_input_bytes`.
    pub fn try_clean_bytes(&self, bytes: &[u8], kind: InputKind) -> Result<Cleaned, InputError> {
        self.try_clean_page(Page::bytes(bytes, kind))
    }

    /// [`Pipeline::try_clean_bytes`] that never fails: over a limit, the
    /// whole input (decoded lossily) is one removal by `limits`.
    ///
    /// # Example
    /// ```
    /// use pagewash::{InputKind, Pipeline};
    /// let latin1 = b"<meta charset=iso-8859-1><p>Caf\xe9 owners in the old town say the new rules came too late for the summer.</p>";
    /// let cleaned = Pipeline::default().clean_bytes(latin1, InputKind::Html);
    /// assert!(cleaned.text().starts_with("Café owners"));
    /// ```
    pub fn clean_bytes(&self, bytes: &[u8], kind: InputKind) -> Cleaned {
        self.clean_page(Page::bytes(bytes, kind))
    }

    /// Decodes raw bytes into a document, with a note when decoding was lossy.
    fn decode(&self, bytes: &[u8], kind: InputKind, charset: Option<&str>) -> Result<Document, InputError> {
        self.check_size(bytes.len())?;
        let (text, note) = crate::input::decode::decode_with(bytes, charset, kind == InputKind::Html);
        let mut doc = match kind {
            InputKind::Text => Document::from_text_as(&text, self.text_format),
            InputKind::Html => {
                self.check_elements(&text)?;
                Document::from_html(&text)
            }
        };
        if let Some(note) = note {
            doc.push_note(note);
        }
        Ok(doc)
    }

    fn check_size(&self, size: usize) -> Result<(), InputError> {
        match self.max_input_bytes {
            Some(limit) if size > limit => Err(InputError::TooLarge { size, limit }),
            _ => Ok(()),
        }
    }

    /// Runs every cleaner over a document, then again over what is left
    /// until a pass changes nothing (at most [`MAX_PASSES`] passes).
    ///
    /// Cleaners judge blocks by their neighbours and position ("the tail
    /// after the last sentence"); removing a teaser can make a new tail. The
    /// repeat makes the result a fixed point, so cleaning cleaned text
    /// changes nothing. Later passes run only the cleaners whose
    /// [`Cleaner::depends_on_context`] is true; most pages settle in the
    /// second pass, which removes nothing.
    ///
    /// Then the deletion guard (see [`PipelineBuilder::deletion_guard`])
    /// checks that no single rule removed the page's prose; when one did,
    /// the document is cleaned again without that rule removing prose, and
    /// [`Cleaned::notes`] says so.
    ///
    /// Last, a published or modified date after today is dropped with a
    /// note (see [`Page::now`]).
    pub fn clean(&self, doc: Document) -> Cleaned {
        self.clean_as_of(doc, None)
    }

    /// [`Pipeline::clean`], with dates checked against `now` (today when `None`).
    fn clean_as_of(&self, doc: Document, now: Option<Day>) -> Cleaned {
        let mut cleaned = self.clean_guarded(doc);
        drop_future_dates(&mut cleaned, now);
        cleaned
    }

    fn clean_guarded(&self, doc: Document) -> Cleaned {
        if !self.guard {
            return self.run(doc, &[], None).0;
        }
        let limits = GuardLimits::default();
        let snapshot = doc.snapshot();
        let (cleaned, mut original) = self.run(doc, &[], None);
        original.restore(snapshot, cleaned.rewrites.iter().map(|r| (r.block, r.before.as_str())));
        let prose = ProseMap::measure(&original, cleaned.metadata.language.as_deref(), &limits);
        let mut cleaned = self.guard(&original, &prose, &limits, cleaned);
        // Words are counted only for a page that kept no prose (rare).
        let page_words = || original.all_blocks().iter().map(crate::Block::words).sum();
        let kept_words = || cleaned.kept.iter().map(|k| crate::shape::word_count(&k.text)).sum();
        if let Some(reason) = guard::no_main_content(&prose, &cleaned.removals, page_words, kept_words) {
            cleaned.metadata.no_main_content = Some(reason.to_string());
        }
        cleaned
    }

    /// The deletion guard's passes over a first cleaning (see [`Pipeline::clean`]).
    fn guard(&self, original: &Document, prose: &ProseMap, limits: &GuardLimits, first: Cleaned) -> Cleaned {
        let mut cleaned = first;
        let mut vetoes: Vec<Veto> = Vec::new();
        let mut notes = Vec::new();
        while vetoes.len() < limits.max_vetoes {
            let Some(verdict) = guard::judge(prose, &cleaned.removals, &vetoes, limits) else { break };
            notes.push(verdict.note());
            vetoes.push(verdict.veto);
            cleaned = self.run(original.clone(), &vetoes, Some(prose)).0;
        }
        cleaned.notes.extend(notes);
        cleaned
    }

    /// One cleaning: the cleaners' passes to a fixed point. Removals of
    /// prose blocks by a vetoed rule are not applied. The cleaned document
    /// comes back too (the guard restores it rather than keep a copy).
    fn run(&self, mut doc: Document, vetoes: &[Veto], prose: Option<&ProseMap>) -> (Cleaned, Document) {
        let mut removals = Vec::new();
        let mut rewrites = Vec::new();
        for pass in 0..MAX_PASSES {
            let before = removals.len() + rewrites.len();
            for cleaner in self.cleaners.iter().filter(|c| pass == 0 || c.depends_on_context()) {
                let (edits, metadata) = cleaner.plan(&doc).into_parts();
                doc.metadata_mut().fill_from(metadata);
                for edit in edits {
                    if let Some(prose) = prose.filter(|_| is_vetoed(vetoes, cleaner.id(), &edit)) {
                        if prose.is_prose(edit.block) {
                            continue;
                        }
                    }
                    apply(&mut doc, cleaner.id(), edit, &mut removals, &mut rewrites);
                }
            }
            if removals.len() + rewrites.len() == before {
                break;
            }
        }
        let cleaned = finish(&doc, removals, rewrites);
        (cleaned, doc)
    }
}

/// Drops a published or modified date more than a day after `now` (today
/// when `None`; the day of slack covers time zones ahead of UTC).
fn drop_future_dates(cleaned: &mut Cleaned, now: Option<Day>) {
    let mut now = now;
    let metadata = &mut cleaned.metadata;
    for (field, slot) in [("published", &mut metadata.published), ("modified", &mut metadata.modified)] {
        let Some(day) = slot.as_deref().and_then(Day::parse) else { continue };
        let today = *now.get_or_insert_with(Day::today);
        if day > today.next() {
            let date = slot.take().unwrap_or_default();
            cleaned.notes.push(format!("{field} date {date} is after the page's date {today}: dropped as wrong"));
        }
    }
}

/// Whether an edit removes a block by a vetoed rule.
fn is_vetoed(vetoes: &[Veto], cleaner: &'static str, edit: &crate::edit::Edit) -> bool {
    let removes = match &edit.action {
        Action::Remove => true,
        Action::Replace(text) => text.trim().is_empty(),
    };
    removes && vetoes.iter().any(|v| v.cleaner == cleaner && v.rule == edit.reason.rule)
}

fn apply(
    doc: &mut Document,
    cleaner: &'static str,
    edit: crate::edit::Edit,
    removals: &mut Vec<Removal>,
    rewrites: &mut Vec<Rewrite>,
) {
    if !doc.is_live(edit.block) {
        return;
    }
    let Some(block) = doc.block_mut(edit.block) else { return };
    let location = block.origin().clone();
    match edit.action {
        Action::Replace(text) if !text.trim().is_empty() => {
            if text != block.text() {
                let before = block.text().to_string();
                block.set_text(text.clone());
                rewrites.push(Rewrite {
                    cleaner,
                    rule: edit.reason.rule.into_owned(),
                    before,
                    after: text,
                    block: edit.block,
                    location,
                });
            }
        }
        Action::Remove | Action::Replace(_) => {
            let text = block.text().to_string();
            doc.kill(edit.block);
            removals.push(Removal {
                cleaner,
                rule: edit.reason.rule.into_owned(),
                evidence: edit.reason.evidence,
                text,
                block: edit.block,
                location,
            });
        }
    }
}

fn finish(doc: &Document, removals: Vec<Removal>, rewrites: Vec<Rewrite>) -> Cleaned {
    let mut kept = Vec::new();
    let mut text = String::with_capacity(doc.blocks().map(|b| b.text().len() + 2).sum());
    let mut last_paragraph = None;
    for b in doc.blocks() {
        if !text.is_empty() {
            text.push_str(if last_paragraph == Some(b.paragraph()) { "\n" } else { "\n\n" });
        }
        last_paragraph = Some(b.paragraph());
        text.push_str(b.text());
        kept.push(KeptBlock {
            block: b.id(),
            kind: b.kind(),
            text: b.text().to_string(),
            location: b.origin().clone(),
        });
    }
    if !text.is_empty() {
        text.push('\n');
    }
    Cleaned {
        text,
        metadata: doc.metadata().clone(),
        input: doc.input_kind(),
        removals,
        rewrites,
        notes: doc.notes().to_vec(),
        kept,
    }
}

fn rejected(input: &str, kind: InputKind, error: &InputError) -> Cleaned {
    Cleaned {
        text: String::new(),
        metadata: crate::Metadata::default(),
        input: kind,
        removals: vec![Removal {
            cleaner: "limits",
            rule: match error {
                InputError::TooManyElements { .. } => "max-html-elements",
                _ => "max-input-bytes",
            }
            .into(),
            evidence: Some(error.to_string()),
            text: input.to_string(),
            block: BlockId(0),
            location: Origin::Lines { first: 1, last: input.lines().count().max(1) },
        }],
        rewrites: Vec::new(),
        notes: vec![error.to_string()],
        kept: Vec::new(),
    }
}

/// Builds a [`Pipeline`] cleaner by cleaner.
///
/// # Example
/// ```
/// use pagewash::{Pipeline, cleaners::ScriptArtifactsConfig};
/// let p = Pipeline::builder().with(ScriptArtifactsConfig::default().build()?).build();
/// assert_eq!(p.clean_text("undefined\nKept line.").text(), "Kept line.\n");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug)]
pub struct PipelineBuilder {
    cleaners: Vec<Box<dyn Cleaner>>,
    max_input_bytes: Option<usize>,
    max_html_elements: Option<usize>,
    text_format: TextFormat,
    deletion_guard: bool,
}

impl PipelineBuilder {
    /// Appends a cleaner.
    #[must_use]
    pub fn with(mut self, cleaner: impl Cleaner + 'static) -> Self {
        self.cleaners.push(Box::new(cleaner));
        self
    }
    /// Appends an already boxed cleaner.
    #[must_use]
    pub fn with_boxed(mut self, cleaner: Box<dyn Cleaner>) -> Self {
        self.cleaners.push(cleaner);
        self
    }

    /// Inserts a cleaner right before the one with id `before`.
    ///
    /// # Errors
    /// A [`BuildError`] when no cleaner has that id; its
    /// [`value`](BuildError::value) is the id.
    pub fn insert_before(self, before: &str, cleaner: impl Cleaner + 'static) -> Result<Self, BuildError> {
        self.insert_at(before, 0, Box::new(cleaner))
    }

    /// Inserts a cleaner right after the one with id `after`.
    ///
    /// # Errors
    /// A [`BuildError`] when no cleaner has that id; its
    /// [`value`](BuildError::value) is the id.
    ///
    /// # Example
    /// ```
    /// use pagewash::{cleaner_fn, Pipeline, Plan};
    /// let noop = cleaner_fn("noop", |_| Plan::new());
    /// let p = pagewash::Config::default().into_builder()?.insert_after("header-chrome", noop)?.build();
    /// let ids = p.cleaner_ids();
    /// let at = ids.iter().position(|id| *id == "header-chrome").expect("present");
    /// assert_eq!(ids[at + 1], "noop");
    /// let noop = cleaner_fn("noop", |_| Plan::new());
    /// assert!(Pipeline::builder().insert_after("header-chrome", noop).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn insert_after(self, after: &str, cleaner: impl Cleaner + 'static) -> Result<Self, BuildError> {
        self.insert_at(after, 1, Box::new(cleaner))
    }

    fn insert_at(mut self, id: &str, offset: usize, cleaner: Box<dyn Cleaner>) -> Result<Self, BuildError> {
        let Some(at) = self.cleaners.iter().position(|c| c.id() == id) else {
            return Err(BuildError::no_such_cleaner(cleaner.id(), id));
        };
        self.cleaners.insert(at + offset, cleaner);
        Ok(self)
    }
    /// Refuses inputs larger than `bytes` (default: no limit).
    #[must_use]
    pub fn max_input_bytes(mut self, bytes: usize) -> Self {
        self.max_input_bytes = Some(bytes);
        self
    }
    /// Refuses HTML with more than `elements` start tags (default: no
    /// limit), checked by a linear count before parsing, so a hostile page
    /// cannot make the parser build a huge tree.
    ///
    /// # Example
    /// ```
    /// use pagewash::{InputError, Pipeline};
    /// let p = Pipeline::builder().max_html_elements(3).build();
    /// let err = p.try_clean_html("<div><p>a</p><p>b</p><p>c</p></div>").unwrap_err();
    /// assert_eq!(err, InputError::TooManyElements { count: 4, limit: 3 });
    /// ```
    #[must_use]
    pub fn max_html_elements(mut self, elements: usize) -> Self {
        self.max_html_elements = Some(elements);
        self
    }
    /// How text input is read (default [`TextFormat::Auto`]: Markdown when
    /// it has Markdown links, plain otherwise).
    ///
    /// # Example
    /// ```
    /// use pagewash::{Pipeline, TextFormat};
    /// let p = Pipeline::builder().text_format(TextFormat::Markdown).build();
    /// let cleaned = p.clean_text("Read **the [report](https://example.org/r)** today.");
    /// assert_eq!(cleaned.text(), "Read the report today.\n");
    /// assert!(cleaned.notes()[0].starts_with("read as Markdown"));
    /// ```
    #[must_use]
    pub fn text_format(mut self, format: TextFormat) -> Self {
        self.text_format = format;
        self
    }
    /// Whether the deletion guard runs (default: yes). After cleaning, it
    /// measures the page's prose (blocks of 12+ words with the stopwords of
    /// the page's language) kept and removed per rule. When one rule removed,
    /// below the first kept prose, more prose than stayed, and at most a
    /// third (and at most 60 words) of the page's prose stayed (or, for any
    /// rule but the comment wall, at most a fifth and 400 words), the page is
    /// cleaned again with that rule forbidden to remove
    /// prose blocks (up to three rules per page), and the result's notes say
    /// which rule and why.
    ///
    /// # Example
    /// ```
    /// use pagewash::{cleaner_fn, Plan, Pipeline, Reason};
    /// // A rule that removes everything after the first line.
    /// let greedy = || cleaner_fn("greedy", |doc| {
    ///     let mut plan = Plan::new();
    ///     for b in doc.blocks().skip(1) {
    ///         plan.remove(b.id(), Reason::new("after-first-line"));
    ///     }
    ///     plan
    /// });
    /// let para = "The council said on Tuesday that it would not change the plan for the city after a long debate.";
    /// let page = format!("Council keeps its plan\n\n{}Home", format!("{para}\n\n").repeat(5));
    /// let guarded = Pipeline::builder().with(greedy()).build().clean_text(&page);
    /// assert!(guarded.text().contains(para));
    /// assert!(guarded.notes()[0].starts_with("deletion guard: rule after-first-line of greedy"));
    /// // The menu line is not prose: the vetoed rule still removes it.
    /// assert!(!guarded.text().contains("Home"));
    /// let unguarded = Pipeline::builder().with(greedy()).deletion_guard(false).build().clean_text(&page);
    /// assert_eq!(unguarded.text(), "Council keeps its plan\n");
    /// ```
    #[must_use]
    pub fn deletion_guard(mut self, on: bool) -> Self {
        self.deletion_guard = on;
        self
    }
    /// Finishes the pipeline.
    pub fn build(self) -> Pipeline {
        Pipeline {
            cleaners: self.cleaners.into_iter().map(Arc::from).collect(),
            max_input_bytes: self.max_input_bytes,
            max_html_elements: self.max_html_elements,
            text_format: self.text_format,
            guard: self.deletion_guard,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str =
        "The council met on Monday and agreed on a new budget for the schools in the city, after a long debate.";

    fn dated(published: &str) -> String {
        format!(
            "<html><head><meta property='article:published_time' content='{published}'></head><body><article><p>{STORY}</p></article></body></html>"
        )
    }

    #[test]
    fn dates_after_now_are_dropped_with_a_day_of_slack() {
        let p = Pipeline::default();
        let at = |published: &str, now: &str| {
            let html = dated(published);
            p.try_clean_page(Page::html(&html).now(now)).expect("cleans").metadata().published.clone()
        };
        assert_eq!(at("2026-12-08T09:00:00+13:00", "2026-12-07").as_deref(), Some("2026-12-08T09:00+13:00"));
        assert_eq!(at("2026-12-09", "2026-12-07"), None);
        assert_eq!(at("2026-12-09", "2026-12-07T23:59:59Z"), None);
        assert_eq!(at("2026-12-09", "2027-01-01").as_deref(), Some("2026-12-09"));
        // Without `now`, today is the bound.
        assert_eq!(p.clean_html(&dated("3025-01-01")).metadata().published, None);
        assert_eq!(p.clean_html(&dated("2025-01-01")).metadata().published.as_deref(), Some("2025-01-01"));
    }

    #[test]
    fn text_datelines_are_checked_too() {
        let text = format!("A Headline About The Budget\nPublished on 27/01/2025 at 18:54\n\n{STORY}");
        let cleaned = Pipeline::default().try_clean_page(Page::text(&text).now("2024-12-31")).expect("cleans");
        assert_eq!(cleaned.metadata().published, None);
        assert!(
            cleaned.notes().iter().any(|n| n.contains("published date 2025-01-27T18:54 is after")),
            "{:?}",
            cleaned.notes()
        );
    }

    #[test]
    fn a_now_that_is_no_date_is_an_error() {
        for bad in ["yesterday", "2026-02-30", "07/12/2026", ""] {
            let err = Pipeline::default().try_clean_page(Page::text(STORY).now(bad)).unwrap_err();
            assert_eq!(err, InputError::InvalidNow { value: bad.to_string() });
            assert!(err.to_string().contains("2026-12-07"));
        }
    }
}
