//! The vocabulary of page chrome: phrase lists (data files of phrases
//! compiled into one `RegexSet` each) and the class and id names that mark
//! chrome in HTML (`class_names`, read by the HTML adapter into typed facts
//! on [`Hints`](crate::Hints)).
//!
//! File syntax, one entry per line:
//! - `share this`: the whole block (its [key](normalize_key)) equals the phrase;
//! - `subscribe to *`: the block starts with the phrase, then a word boundary;
//! - `<n> comments`, `reviews (<n>)`, `<n> thoughts on *`: `<n>` stands for a
//!   number (digits, with `.` or `,` between them, and `k` or `m` after:
//!   `3`, `1,204`, `1.2k`), the rest as above;
//! - `{previous|next} {post|article} *`: each `{…|…}` is one of its
//!   alternatives (`{|customer }reviews`: an empty one makes the word
//!   optional); the line stands for every combination, at most
//!   [`MAX_VARIANTS`];
//! - `re:^\d+ comments?$`: a raw regular expression matched against the key
//!   (compiled when the list is built: prefer the forms above);
//! - `#` starts a comment line; blank lines are skipped.
//!
//! Lists hold phrases of several languages side by side: pages mix languages,
//! and one set per topic costs the same to match however many languages it has.

use crate::fast_hash::FastMap;

use regex::{Regex, RegexSet, RegexSetBuilder};

use crate::error::BuildError;

pub(crate) mod class_names;
mod relaxed;
use crate::regexes::{fixed_regex, Gated};
pub(crate) use relaxed::RelaxedRegex;
use relaxed::{relax, LazyRegex, REGEX_SIZE_LIMIT};

/// Built-in list: share, social, ad, print and navigation labels.
pub(crate) const LABELS: &str = include_str!("labels.txt");
/// Built-in list: cookie, copyright, correction and feedback lines.
pub(crate) const FOOTER_NOTICES: &str = include_str!("footer_notices.txt");
/// Built-in list: purposes and features named by consent dialogs (IAB TCF).
pub(crate) const CONSENT_PURPOSES: &str = include_str!("consent_purposes.txt");
/// Built-in list: openings of the fixed descriptions of those purposes (IAB TCF).
pub(crate) const CONSENT_DESCRIPTIONS: &str = include_str!("consent_descriptions.txt");
/// Built-in list: lead-ins of "Also read: …headline…" lines.
pub(crate) const ALSO_READ: &str = include_str!("also_read.txt");
/// Built-in list: newsletter headings, prompts, buttons and privacy notes.
pub(crate) const NEWSLETTER: &str = include_str!("newsletter.txt");
/// Built-in list: input labels and buttons of newsletter forms.
pub(crate) const NEWSLETTER_FORM: &str = include_str!("newsletter_form.txt");
/// Built-in list: headings of related-story teaser blocks.
pub(crate) const RELATED: &str = include_str!("related.txt");
/// Built-in list: JavaScript artefacts and "enable JavaScript" notices.
pub(crate) const SCRIPT_ARTIFACTS: &str = include_str!("script_artifacts.txt");
/// Built-in list: headings and comment headers that open a reader-comment section.
pub(crate) const COMMENTS: &str = include_str!("comments.txt");
/// Built-in list: headings and counts of a shop's customer reviews.
pub(crate) const REVIEW_LABELS: &str = include_str!("review_labels.txt");
/// Built-in list: dateline and byline lead-ins.
pub(crate) const DATELINE: &str = include_str!("dateline.txt");

/// Word list: words of share bars and social rows.
pub(crate) const SOCIAL_WORDS: &str = include_str!("social_words.txt");
/// Word list: words of headings that name a feed of the site's stories.
pub(crate) const FEED_HEADINGS: &str = include_str!("feed_headings.txt");
/// Word list: month names, one month per line.
pub(crate) const MONTHS: &str = include_str!("months.txt");
/// Word list: the reply, quote and report buttons under each reader comment.
pub(crate) const COMMENT_ACTIONS: &str = include_str!("comment_actions.txt");
/// Word list: lead-ins of a byline.
pub(crate) const BYLINE_LEADS: &str = include_str!("byline_leads.txt");
/// Word lists, in sections: the vocabulary of consent and privacy notices.
pub(crate) const CONSENT_VOCABULARY: &str = include_str!("consent_vocabulary.txt");

/// The entries of a word list: its lines, trimmed, without blank lines,
/// `#` comments and `[section]` headers.
pub(crate) fn word_list(list: &'static str) -> impl Iterator<Item = &'static str> {
    list.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#') && !l.starts_with('['))
}

/// The entries of one `[section]` of a word list.
pub(crate) fn section_entries(list: &'static str, name: &str) -> impl Iterator<Item = &'static str> {
    let body = pack_sections(list).into_iter().find(|(topic, _)| *topic == name).map_or("", |(_, body)| body);
    word_list(body)
}

/// Language packs: one file per language under `rules/lang/`, each with
/// sections named after the topic lists above (`[labels]`, `[related]`,
/// `[also_read]`, `[comments]`, `[newsletter]`, `[footer_notices]`), in the
/// same entry syntax. Adding a language is adding a file here; its entries
/// join the topic lists of the cleaners that use them.
pub(crate) const LANGUAGE_PACKS: &[(&str, &str)] = &[
    ("ar", include_str!("lang/ar.txt")),
    ("cs", include_str!("lang/cs.txt")),
    ("da", include_str!("lang/da.txt")),
    ("el", include_str!("lang/el.txt")),
    ("fa", include_str!("lang/fa.txt")),
    ("fi", include_str!("lang/fi.txt")),
    ("he", include_str!("lang/he.txt")),
    ("hi", include_str!("lang/hi.txt")),
    ("hu", include_str!("lang/hu.txt")),
    ("id", include_str!("lang/id.txt")),
    ("it", include_str!("lang/it.txt")),
    ("ja", include_str!("lang/ja.txt")),
    ("ko", include_str!("lang/ko.txt")),
    ("nl", include_str!("lang/nl.txt")),
    ("no", include_str!("lang/no.txt")),
    ("pl", include_str!("lang/pl.txt")),
    ("pt", include_str!("lang/pt.txt")),
    ("ro", include_str!("lang/ro.txt")),
    ("ru", include_str!("lang/ru.txt")),
    ("sv", include_str!("lang/sv.txt")),
    ("th", include_str!("lang/th.txt")),
    ("tr", include_str!("lang/tr.txt")),
    ("uk", include_str!("lang/uk.txt")),
    ("vi", include_str!("lang/vi.txt")),
    ("zh", include_str!("lang/zh.txt")),
];

/// The topics a language pack may have a section for.
pub const PACK_TOPICS: &[&str] = &["labels", "related", "also_read", "comments", "newsletter", "footer_notices"];

static PACK_SECTIONS: std::sync::LazyLock<FastMap<&'static str, String>> = std::sync::LazyLock::new(|| {
    let mut sections: FastMap<&'static str, String> = FastMap::default();
    for (_, text) in LANGUAGE_PACKS {
        for (topic, body) in pack_sections(text) {
            let all = sections.entry(topic).or_default();
            all.push_str(body);
            all.push('\n');
        }
    }
    sections
});

/// The sections of one language pack: `(topic, entries)` in file order.
/// Lines before the first `[topic]` header (the file's comment) are skipped.
fn pack_sections(text: &'static str) -> Vec<(&'static str, &'static str)> {
    let mut out = Vec::new();
    let mut current: Option<(&'static str, usize)> = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if let Some(topic) = trimmed.strip_prefix('[').and_then(|t| t.strip_suffix(']')) {
            if let Some((name, start)) = current.take() {
                out.push((name, &text[start..offset]));
            }
            current = Some((topic, offset + line.len()));
        }
        offset += line.len();
    }
    if let Some((name, start)) = current {
        out.push((name, &text[start..]));
    }
    out
}

/// The entries of one topic (`"labels"`, `"related"`, ...) from every
/// language pack, as list text.
///
/// # Example
/// ```
/// let related = pagewash::rules::PhraseList::parse("demo", pagewash::rules::pack("related"))?;
/// assert!(related.find("관련 기사").is_some());
/// assert!(related.find("相關文章").is_some());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn pack(topic: &str) -> &'static str {
    PACK_SECTIONS.get(topic).map_or("", String::as_str)
}

/// The text rules match against: lower case, surrounding punctuation and
/// symbols trimmed, white space (NBSP included) folded to single spaces.
///
/// # Example
/// ```
/// assert_eq!(pagewash::rules::normalize_key("  » READ\u{a0}MORE … "), "read more");
/// ```
pub fn normalize_key(text: &str) -> String {
    let trimmed = text.trim_matches(|c: char| !c.is_alphanumeric());
    let mut key = String::with_capacity(trimmed.len());
    if trimmed.is_ascii() {
        // The common case: whole words copied, then lower-cased in place.
        for word in trimmed.split(|c: char| crate::shape::is_ascii_space(c as u8)) {
            if word.is_empty() {
                continue;
            }
            if !key.is_empty() {
                key.push(' ');
            }
            key.push_str(word);
        }
        key.make_ascii_lowercase();
        return key;
    }
    let mut space = false;
    for c in trimmed.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !key.is_empty() {
            key.push(' ');
        }
        space = false;
        if c.is_ascii() {
            key.push(c.to_ascii_lowercase());
        } else if c == 'İ' {
            // Turkish dotted capital I: Unicode lower-cases it to `i` plus a
            // combining dot, which no list entry (nor Turkish text) spells.
            key.push('i');
        } else {
            key.extend(c.to_lowercase());
        }
    }
    key
}

/// Words that open a source attribution, each before a colon (ASCII or
/// full-width), compared without case.
const ATTRIBUTION_LEADS: &[&str] = &[
    "sources",
    "source",
    "via",
    "quelles",
    "quelle",
    "quellen",
    "fuentes",
    "fuente",
    "fontes",
    "fonte",
    "fonti",
    "bron",
    "źródło",
    "источник",
    "with agencies",
    "avec agences",
    "mit material von",
    "con información de",
];

/// Whether a block is a source attribution ("Source: …", "Quelle: …") that
/// closes an article: `(?i)^(?:sources?|via|quelles?|quellen|…)\s*[:：]`.
pub(crate) fn is_attribution(text: &str) -> bool {
    ATTRIBUTION_LEADS
        .iter()
        .any(|lead| starts_with_folded(text, lead).is_some_and(|n| text[n..].trim_start().starts_with([':', '：'])))
}

/// The byte length of `word`'s match at the start of `text`, compared
/// character by character without case; `None` if `text` does not start
/// with it.
pub(crate) fn starts_with_folded(text: &str, word: &str) -> Option<usize> {
    if word.is_ascii() {
        // ASCII bytes that match an ASCII word end on a character boundary.
        let n = word.len();
        return text.as_bytes().get(..n).is_some_and(|t| t.eq_ignore_ascii_case(word.as_bytes())).then_some(n);
    }
    let mut chars = text.char_indices();
    for w in word.chars() {
        let (_, c) = chars.next()?;
        if c != w && !c.to_lowercase().eq(w.to_lowercase()) {
            return None;
        }
    }
    Some(chars.next().map_or(text.len(), |(i, _)| i))
}

/// Whether a text starts with a copyright sign or word:
/// `(?i)^(?:©|\(c\)|copyright\b|℗)`.
fn opens_with_copyright(text: &str) -> bool {
    if !matches!(text.as_bytes().first(), Some(b'(' | b'c' | b'C' | 0xC2 | 0xE2)) {
        return false;
    }
    text.starts_with(['©', '℗'])
        || starts_with_folded(text, "(c)").is_some()
        || starts_with_folded(text, "copyright")
            .is_some_and(|n| !text[n..].chars().next().is_some_and(|c| c.is_alphanumeric() || c == '_'))
}

/// Non-word characters a copyright line may open with ("| © 2026").
const COPYRIGHT_LEAD_CHARS: usize = 3;

/// A copyright notice as a block's last sentence, after a terms-of-use
/// sentence ("Use of this site constitutes acceptance of our Terms. © 2026
/// Example Inc. All rights reserved."): the sign or the word, then a year,
/// then at most [`COPYRIGHT_TAIL_CHARS`] characters of holder.
static COPYRIGHT_TAIL: Gated<Regex> = Gated::new(may_close_with_copyright, || {
    fixed_regex(r"(?i)[.!?]\s+(?:©|\(c\)|copyright\b)\s*©?\s*[0-9]{4}\b([^.!?]*)(?:\.\s*all rights reserved)?\.?\s*$")
});

/// Whether a text holds the sign or the word, as every closing notice
/// does: only then is [`COPYRIGHT_TAIL`] compiled.
fn may_close_with_copyright(text: &str) -> bool {
    let b = text.as_bytes();
    text.contains('©')
        || b.windows(9).any(|w| w.eq_ignore_ascii_case(b"copyright"))
        || b.windows(3).any(|w| w.eq_ignore_ascii_case(b"(c)"))
}

/// Longest holder after a closing notice's year. Checked in code: as a
/// bounded repetition it took most of the pattern's compile time.
const COPYRIGHT_TAIL_CHARS: usize = 80;

/// Whether a block opens with a copyright sign or word ("© 2026 Example
/// Media", "Copyright 2019 …"), after at most three other non-word
/// characters, or ends with such a notice.
pub(crate) fn is_copyright_line(text: &str) -> bool {
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    let mut starts = std::iter::once(0).chain(
        text.char_indices().take_while(|&(_, c)| !is_word(c)).take(COPYRIGHT_LEAD_CHARS).map(|(i, c)| i + c.len_utf8()),
    );
    starts.any(|start| opens_with_copyright(&text[start..]))
        || COPYRIGHT_TAIL
            .for_text(text)
            .and_then(|r| r.captures(text))
            .is_some_and(|c| c.get(1).is_some_and(|holder| holder.as_str().chars().count() <= COPYRIGHT_TAIL_CHARS))
}

/// A compiled phrase list.
///
/// Whole-block and prefix entries are hash lookups: a key is looked up
/// whole, and at each word end (a letter or digit followed by anything
/// else) among its first 12 words; entries with a number are looked up
/// the same way with the key's first number written as `0`, and `{a|b}`
/// alternatives are expanded when the list is built. Only `re:` entries go
/// to a `RegexSet`, which is compiled with the list. Matching costs a few hash lookups per block, whatever
/// the list's length or languages.
///
/// # Example
/// ```
/// use pagewash::rules::PhraseList;
/// let list = PhraseList::parse(
///     "demo",
///     "# labels\nshare this\nsubscribe to *\n<n> {comment|comments}\nre:^page [0-9]+ of [0-9]+$",
/// )?;
/// assert_eq!(list.find("share this"), Some("share this"));
/// assert_eq!(list.find("subscribe to our feed"), Some("subscribe to *"));
/// assert_eq!(list.find("1,204 comments"), Some("<n> {comment|comments}"));
/// assert_eq!(list.find("page 2 of 9"), Some("re:^page [0-9]+ of [0-9]+$"));
/// assert_eq!(list.find("share this with your family"), None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct PhraseList {
    exact: FastMap<String, usize>,
    /// Longest whole-block entry, in bytes: longer keys cannot match one.
    exact_max_len: usize,
    prefix: FastMap<String, usize>,
    /// First words of the prefix entries: a key starting with another word
    /// matches none, and the per-length lookups are skipped.
    prefix_first_words: FastMap<String, ()>,
    /// Most words in a prefix entry: prefixes longer than that cannot match.
    prefix_max_words: usize,
    /// Whole-block and prefix entries with a number (`<n> comments`), by
    /// their key with the number written as `0` (see [`number_as_zero`]).
    counted: FastMap<String, usize>,
    counted_prefix: FastMap<String, usize>,
    /// The furthest their number ends, in bytes: a key whose first digit
    /// starts further in matches none of them.
    counted_digit_end: usize,
    /// The `re:` entries, each with its long bounded repetitions relaxed
    /// (see [`relax`]): one set, cheap to compile.
    regexes: RegexSet,
    regex_index: Vec<usize>,
    /// For each relaxed entry, the exact pattern, compiled on the first key
    /// the relaxed one matches; `None` for an entry that needs no check.
    exact_regexes: Vec<Option<LazyRegex>>,
    phrases: Vec<String>,
}

/// An entry of a [`PhraseList`] that matched a key, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct PhraseMatch<'a> {
    /// The entry as written in the list.
    pub phrase: &'a str,
    /// How it matched.
    pub kind: MatchKind,
}

/// How a [`PhraseList`] entry matched a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum MatchKind {
    /// The whole key is the phrase (`share this`).
    Whole,
    /// The key starts with the phrase (`subscribe to *`): the phrase may
    /// open a longer text, which cleaners only remove when it is short.
    Prefix,
    /// A `re:` pattern matched.
    Pattern,
    /// An entry with a number (`<n> comments`, `<n> thoughts on *`)
    /// matched: a count, which like a pattern may match a longer text.
    Count,
}

impl PhraseMatch<'_> {
    /// Whether the entry matched only the start of the key.
    pub fn is_prefix(&self) -> bool {
        self.kind == MatchKind::Prefix
    }
}

/// A key's first word, up to its first word end (see `word_ends`).
fn first_word(key: &str) -> &str {
    // Most keys open with an ASCII word: a byte scan finds its end.
    let mut seen_alnum = false;
    for (i, &c) in key.as_bytes().iter().enumerate() {
        if !c.is_ascii() {
            return word_ends(key).next().map_or(key, |end| &key[..end]);
        }
        let alnum = c.is_ascii_alphanumeric();
        if seen_alnum && !alnum {
            return &key[..i];
        }
        seen_alnum |= alnum;
    }
    key
}

/// Longest prefix entry, in words, that [`PhraseList::find`] looks for.
pub(crate) const MAX_PREFIX_WORDS: usize = 12;

impl PhraseList {
    /// Compiles list text; `cleaner` names the owner in errors.
    ///
    /// # Errors
    /// A [`BuildError`] naming the first `re:` line that is not a valid regex.
    pub fn parse(cleaner: &'static str, text: &str) -> Result<Self, BuildError> {
        Self::from_entries(cleaner, entries(text))
    }

    /// Compiles several list texts plus extra entries (same syntax, one each).
    ///
    /// # Errors
    /// A [`BuildError`] naming the first invalid `re:` entry.
    pub fn combine(cleaner: &'static str, lists: &[&str], extra: &[String]) -> Result<Self, BuildError> {
        let mut all: Vec<String> = lists.iter().flat_map(|l| entries(l)).collect();
        all.extend(extra.iter().map(|e| e.trim().to_string()).filter(|e| !e.is_empty()));
        Self::from_entries(cleaner, all)
    }

    fn from_entries(cleaner: &'static str, phrases: Vec<String>) -> Result<Self, BuildError> {
        let (mut exact, mut prefix) = (FastMap::default(), FastMap::default());
        let (mut counted, mut counted_prefix) = (FastMap::default(), FastMap::default());
        let (mut patterns, mut regex_index, mut exact_regexes) = (Vec::new(), Vec::new(), Vec::new());
        for (i, p) in phrases.iter().enumerate() {
            if let Some(raw) = p.strip_prefix("re:") {
                let pattern = entry_pattern(raw);
                match relax(&pattern) {
                    Some(relaxed) => {
                        patterns.push(relaxed);
                        exact_regexes.push(Some(LazyRegex::new(pattern)));
                    }
                    None => {
                        patterns.push(pattern);
                        exact_regexes.push(None);
                    }
                }
                regex_index.push(i);
            } else {
                let variants = expand_alternatives(p).ok_or_else(|| {
                    BuildError::phrase(cleaner, p, "a `{` without its `}`, or more combinations than a list allows")
                })?;
                for variant in variants {
                    let (head, is_prefix) = match variant.strip_suffix('*') {
                        Some(head) => (head, true),
                        None => (variant.as_str(), false),
                    };
                    if head.contains(NUMBER) {
                        let key = normalize_key(&head.replace(NUMBER, "0"));
                        let map = if is_prefix { &mut counted_prefix } else { &mut counted };
                        map.entry(number_as_zero(&key, key.len()).unwrap_or(key)).or_insert(i);
                    } else if is_prefix {
                        prefix.entry(normalize_key(head)).or_insert(i);
                    } else {
                        exact.entry(normalize_key(head)).or_insert(i);
                    }
                }
            }
        }
        // One compile for the whole set; only when it fails are the entries
        // compiled one by one, so that the error names the bad one.
        let regexes = RegexSetBuilder::new(&patterns).size_limit(REGEX_SIZE_LIMIT).build().map_err(|set_error| {
            patterns
                .iter()
                .zip(&regex_index)
                .find_map(|(pattern, &i)| {
                    Regex::new(pattern).err().map(|e| BuildError::pattern(cleaner, &phrases[i], e))
                })
                .unwrap_or_else(|| BuildError::pattern(cleaner, "(the list's regular expressions)", set_error))
        })?;
        let exact_max_len = exact.keys().map(String::len).max().unwrap_or(0);
        let prefix_max_words = prefix
            .keys()
            .chain(counted_prefix.keys())
            .map(|k: &String| word_ends(k).count())
            .max()
            .unwrap_or(0)
            .min(MAX_PREFIX_WORDS);
        let prefix_first_words = prefix.keys().map(|k| (first_word(k).to_string(), ())).collect();
        Ok(PhraseList {
            exact,
            exact_max_len,
            prefix,
            prefix_first_words,
            prefix_max_words,
            counted_digit_end: counted
                .keys()
                .chain(counted_prefix.keys())
                .filter_map(|k| k.find('0').map(|i| i + 1))
                .max()
                .unwrap_or(0),
            counted,
            counted_prefix,
            regexes,
            regex_index,
            exact_regexes,
            phrases,
        })
    }

    /// The first entry (in list order) matching a key (see
    /// [`normalize_key`]), as written in the list.
    pub fn find(&self, key: &str) -> Option<&str> {
        self.find_match(key).map(|m| m.phrase)
    }

    /// [`PhraseList::find`], saying how the entry matched: whole, as a
    /// prefix (`subscribe to *`), as a count (`<n> comments`), or as a
    /// pattern (`re:`).
    ///
    /// # Example
    /// ```
    /// use pagewash::rules::{MatchKind, PhraseList};
    /// let list = PhraseList::parse("demo", "share this\nsubscribe to *\n<n> comments\nre:^page [0-9]+$")?;
    /// assert_eq!(list.find_match("subscribe to our feed").map(|m| m.kind), Some(MatchKind::Prefix));
    /// assert_eq!(list.find_match("share this").map(|m| m.kind), Some(MatchKind::Whole));
    /// assert_eq!(list.find_match("3 comments").map(|m| m.kind), Some(MatchKind::Count));
    /// assert_eq!(list.find_match("page 3").map(|m| m.kind), Some(MatchKind::Pattern));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn find_match(&self, key: &str) -> Option<PhraseMatch<'_>> {
        let phrase = self.find_entry(key)?;
        let kind = if phrase.starts_with("re:") {
            MatchKind::Pattern
        } else if phrase.contains(NUMBER) {
            MatchKind::Count
        } else if phrase.ends_with('*') {
            MatchKind::Prefix
        } else {
            MatchKind::Whole
        };
        Some(PhraseMatch { phrase, kind })
    }

    fn find_entry(&self, key: &str) -> Option<&str> {
        if key.is_empty() {
            return None;
        }
        let mut best = if key.len() <= self.exact_max_len { self.exact.get(key).copied() } else { None };
        if !(self.counted.is_empty() && self.counted_prefix.is_empty()) {
            if let Some(counted) = number_as_zero(key, self.counted_digit_end) {
                let whole = self.counted.get(&counted).copied();
                let prefix = word_ends(&counted)
                    .take(self.prefix_max_words.max(1))
                    .filter_map(|end| self.counted_prefix.get(&counted[..end]).copied())
                    .min();
                if let Some(i) = whole.into_iter().chain(prefix).min() {
                    best = Some(best.map_or(i, |b| b.min(i)));
                }
            }
        }
        if !self.prefix.is_empty() && self.prefix_first_words.contains_key(first_word(key)) {
            for end in word_ends(key).take(self.prefix_max_words) {
                if let Some(&i) = self.prefix.get(&key[..end]) {
                    best = Some(best.map_or(i, |b| b.min(i)));
                }
            }
        }
        if !self.regex_index.is_empty() && self.regexes.is_match(key) {
            let confirmed = self.regexes.matches(key).iter().find(|&r| match &self.exact_regexes[r] {
                Some(exact) => exact.is_match(key),
                None => true,
            });
            if let Some(r) = confirmed {
                let i = self.regex_index[r];
                best = Some(best.map_or(i, |b| b.min(i)));
            }
        }
        best.map(|i| self.phrases[i].as_str())
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.phrases.len()
    }

    /// Whether the list has no entries.
    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }
}

/// What a list entry writes for a number (see the module's file syntax).
pub const NUMBER: &str = "<n>";

/// Most combinations one entry's `{…|…}` alternatives may stand for.
pub const MAX_VARIANTS: usize = 512;

/// Every combination of an entry's `{a|b}` alternatives, in order; `None`
/// for a `{` without its `}` or more than [`MAX_VARIANTS`] combinations.
fn expand_alternatives(entry: &str) -> Option<Vec<String>> {
    let mut variants = vec![String::new()];
    let mut rest = entry;
    while let Some(open) = rest.find('{') {
        let close = open + rest[open..].find('}')?;
        let (head, options) = (&rest[..open], &rest[open + 1..close]);
        if variants.len() * (options.matches('|').count() + 1) > MAX_VARIANTS {
            return None;
        }
        variants = variants.iter().flat_map(|v| options.split('|').map(move |o| format!("{v}{head}{o}"))).collect();
        rest = &rest[close + 1..];
    }
    for v in &mut variants {
        v.push_str(rest);
    }
    Some(variants)
}

/// A decimal digit of the scripts the lists cover: ASCII, Arabic-Indic,
/// Persian and Devanagari.
fn is_decimal_digit(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '\u{660}'..='\u{669}' | '\u{6F0}'..='\u{6F9}' | '\u{966}'..='\u{96F}')
}

/// `key` with its first number written as `0` (a run of decimal digits
/// with `.` or `,` between them, and a `k` or `m` right after it that ends
/// the word: `1,204`, `1.2k`); `None` when the key has no digit in its
/// first `within` bytes.
fn number_as_zero(key: &str, within: usize) -> Option<String> {
    // A decimal digit is an ASCII one or starts with one of three bytes:
    // most keys are ruled out by a byte scan.
    let b = key.as_bytes();
    let window = &b[..b.len().min(within)];
    let candidate = window.iter().position(|&c| c.is_ascii_digit() || matches!(c, 0xD9 | 0xDB | 0xE0))?;
    let start = if b[candidate].is_ascii_digit() {
        candidate
    } else {
        key[candidate..]
            .char_indices()
            .map(|(i, c)| (candidate + i, c))
            .take_while(|&(i, _)| i < within)
            .find(|&(_, c)| is_decimal_digit(c))?
            .0
    };
    let digit_at = |i: usize| key.get(i..).and_then(|rest| rest.chars().next()).filter(|&c| is_decimal_digit(c));
    let mut end = start;
    loop {
        match b.get(end) {
            Some(c) if c.is_ascii_digit() => end += 1,
            Some(b'.' | b',') if end > start && digit_at(end + 1).is_some() => end += 1,
            Some(&c) if c >= 0x80 => match digit_at(end) {
                Some(d) => end += d.len_utf8(),
                None => break,
            },
            _ => break,
        }
    }
    if matches!(b.get(end), Some(b'k' | b'm')) && !key[end + 1..].chars().next().is_some_and(char::is_alphanumeric) {
        end += 1;
    }
    let mut counted = String::with_capacity(key.len());
    counted.push_str(&key[..start]);
    counted.push('0');
    counted.push_str(&key[end..]);
    Some(counted)
}

/// The pattern a `re:` entry compiles to. Keys are lower case: a pattern
/// without upper-case letters matches them as it is, and Unicode case
/// folding would multiply the work of compiling it.
fn entry_pattern(raw: &str) -> String {
    if has_upper_case_literal(raw) {
        format!("(?i){raw}")
    } else {
        raw.to_string()
    }
}

/// Whether a pattern spells an upper-case letter itself, not in an escape
/// (`\D`, `\S`, `\p{Lu}`): such a pattern is matched case-insensitively.
fn has_upper_case_literal(pattern: &str) -> bool {
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some('p' | 'P') = chars.next() {
                    // `\pL` or `\p{Name}`: the class name is no literal.
                    if chars.next() == Some('{') {
                        chars.by_ref().find(|&c| c == '}');
                    }
                }
            }
            c if c.is_uppercase() => return true,
            _ => {}
        }
    }
    false
}

/// Byte offsets where a word ends: after a letter or digit that is followed
/// by something else, and the end of the key.
fn word_ends(key: &str) -> impl Iterator<Item = usize> + '_ {
    let mut prev_alnum = false;
    key.char_indices()
        .filter_map(move |(i, c)| {
            let alnum = c.is_alphanumeric();
            let end = prev_alnum && !alnum;
            prev_alnum = alnum;
            end.then_some(i)
        })
        .chain(std::iter::once(key.len()))
}

fn entries(text: &str) -> Vec<String> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(str::to_string).collect()
}

#[cfg(test)]
mod oracle {
    use proptest::prelude::*;
    use regex::Regex;
    use std::sync::LazyLock;

    static ATTRIBUTION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^(?:sources?|via|quelles?|quellen|fuentes?|fontes?|fonti|bron|źródło|источник|with agencies|avec agences|mit material von|con información de)\s*[:：]",
        )
        .unwrap()
    });

    static COPYRIGHT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^(?:©|\(c\)|copyright\b|℗)").unwrap());

    fn piece() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "Source",
            "SOURCES",
            "source",
            "Quelle",
            "quellen",
            "Via",
            "Fuente",
            "Источник",
            "ИСТОЧНИК",
            "with agencies",
            "With Agencies",
            ":",
            "：",
            " ",
            "  ",
            "©",
            "℗",
            "(c)",
            "(C)",
            "Copyright",
            "copyrighted",
            "2026",
            "x",
            ".",
            "_",
        ])
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5_000))]
        /// The attribution and copyright checks read what their regular
        /// expressions read.
        #[test]
        fn attribution_and_copyright_checks_agree_with_their_patterns(
            pieces in prop::collection::vec(piece(), 0..6)
        ) {
            let text: String = pieces.concat();
            prop_assert_eq!(super::is_attribution(&text), ATTRIBUTION.is_match(&text), "{:?}", text);
            prop_assert_eq!(super::opens_with_copyright(&text), COPYRIGHT.is_match(&text), "{:?}", text);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_word_ends_where_the_first_run_of_letters_and_digits_does() {
        for (key, word) in [
            ("read more", "read"),
            ("  -- share this", "  -- share"),
            ("covid-19 update", "covid"),
            ("über uns", "über"),
            ("a über", "a"),
            ("— weiterlesen —", "— weiterlesen"),
            ("menu", "menu"),
            ("", ""),
            ("...", "..."),
        ] {
            assert_eq!(first_word(key), word, "{key:?}");
            assert_eq!(first_word(key), word_ends(key).next().map_or(key, |end| &key[..end]), "{key:?}");
        }
    }

    #[test]
    fn only_patterns_spelling_capitals_are_case_folded() {
        assert!(!has_upper_case_literal(r"^\d+ comments?\b\S\p{Lu}\PL$"));
        assert!(has_upper_case_literal(r"^Comments \d+$"));
        assert!(has_upper_case_literal(r"^\p{L}É$"));
        let list = PhraseList::parse("demo", "re:^Comments \\d+$\nre:^replies \\d+$").expect("compiles");
        // Keys are lower case, and a capital in the list still matches them.
        assert!(list.find("comments 3").is_some());
        assert!(list.find("replies 3").is_some());
    }

    #[test]
    fn the_word_lists_read_as_their_users_expect() {
        assert_eq!(word_list(MONTHS).count(), 12, "one line per month");
        assert!(word_list(MONTHS).all(|line| line.split_whitespace().all(|w| w == w.to_lowercase())));
        for section in ["subjects", "subject_phrases", "vocabulary", "address"] {
            assert!(section_entries(CONSENT_VOCABULARY, section).count() >= 5, "{section}");
        }
        assert!(section_entries(CONSENT_VOCABULARY, "subjects").all(|w| !w.contains(' ')));
        for list in [SOCIAL_WORDS, FEED_HEADINGS] {
            assert!(word_list(list).all(|w| !w.contains(' ') && w == w.to_lowercase()));
        }
        assert!(word_list(BYLINE_LEADS).any(|l| l == "posted by"));
    }

    #[test]
    fn attributions_are_source_lines_not_sentences() {
        assert!(is_attribution("Source: CNN"));
        assert!(!is_attribution("Sources say the deal is close."));
    }

    #[test]
    fn relaxed_entries_match_exactly_what_their_patterns_match() {
        let list = PhraseList::parse("demo", "re:^photo: \\S.{0,10}$\nre:^photo: .*$").expect("builds");
        assert_eq!(list.find("photo: jane doe"), Some("re:^photo: \\S.{0,10}$"));
        // Over ten characters the first entry fails its exact check; the next one matches.
        assert_eq!(list.find("photo: jane doe and friends"), Some("re:^photo: .*$"));
    }

    #[test]
    fn every_built_in_entry_compiles_exactly() {
        let lists = [
            LABELS,
            FOOTER_NOTICES,
            CONSENT_PURPOSES,
            CONSENT_DESCRIPTIONS,
            ALSO_READ,
            NEWSLETTER,
            NEWSLETTER_FORM,
            RELATED,
            SCRIPT_ARTIFACTS,
            COMMENTS,
            REVIEW_LABELS,
            DATELINE,
        ];
        for list in lists {
            for entry in entries(list) {
                if let Some(raw) = entry.strip_prefix("re:") {
                    let pattern = entry_pattern(raw);
                    assert!(regex::RegexBuilder::new(&pattern).size_limit(REGEX_SIZE_LIMIT).build().is_ok(), "{entry}");
                }
            }
        }
    }

    #[test]
    fn copyright_lines_may_open_with_a_few_marks_and_end_with_a_short_holder() {
        assert!(is_copyright_line("| © 2026 Example Media"));
        assert!(is_copyright_line("-- (c) 2026 Example"));
        assert!(!is_copyright_line("a © 2026 Example"));
        assert!(!is_copyright_line("----- © 2026 Example"));
        let long_holder = format!("Terms apply. © 2026 {}", "Example ".repeat(12));
        assert!(!is_copyright_line(&long_holder));
        assert!(is_copyright_line("Terms apply. © 2026 Example Inc. All rights reserved."));
    }

    #[test]
    fn copyright_notices_open_or_close_a_block() {
        assert!(super::is_copyright_line("© 2026 Example Media"));
        assert!(super::is_copyright_line(
            "Use of this site constitutes acceptance of our Terms. © 2026 Example Inc. All rights reserved."
        ));
        assert!(super::is_copyright_line("Read our terms of use. Copyright 2019 Example News."));
        // A caption crediting an artist names no year after the sign.
        assert!(!super::is_copyright_line("Untitled, 2009, Yale University Art Gallery. © Kerry Marshall"));
        assert!(!super::is_copyright_line("The court ruled on the copyright 2019 case last week."));
    }

    #[test]
    fn ascii_keys_fold_as_any_other() {
        assert_eq!(super::normalize_key(" Read\x0B\tMORE  now! "), "read more now");
        assert_eq!(super::normalize_key("Ça  VA"), "ça va");
        assert_eq!(super::normalize_key("İlgili Haberler"), "ilgili haberler");
    }

    const BUILTIN: [(&str, &str); 11] = [
        ("consent_purposes", CONSENT_PURPOSES),
        ("consent_descriptions", CONSENT_DESCRIPTIONS),
        ("comments", COMMENTS),
        ("newsletter_form", NEWSLETTER_FORM),
        ("labels", LABELS),
        ("footer_notices", FOOTER_NOTICES),
        ("also_read", ALSO_READ),
        ("newsletter", NEWSLETTER),
        ("related", RELATED),
        ("script_artifacts", SCRIPT_ARTIFACTS),
        ("dateline", DATELINE),
    ];

    #[test]
    fn builtin_lists_compile_without_duplicates_in_lower_case() {
        for (name, text) in BUILTIN {
            let list = PhraseList::parse("test", text).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(list.len() > 3, "{name} is suspiciously short");
            let mut seen = std::collections::HashSet::new();
            for e in entries(text) {
                assert!(seen.insert(e.clone()), "{name}: duplicate entry {e:?}");
                if !e.starts_with("re:") {
                    assert_eq!(e, e.to_lowercase(), "{name}: entry {e:?} is not lower case");
                }
            }
        }
    }

    #[test]
    fn language_packs_have_known_sections_that_compile_in_lower_case() {
        assert!(LANGUAGE_PACKS.len() >= 25);
        for (lang, text) in LANGUAGE_PACKS {
            let sections = pack_sections(text);
            assert!(sections.len() >= 5, "{lang}: only {} sections", sections.len());
            for (topic, body) in sections {
                assert!(PACK_TOPICS.contains(&topic), "{lang}: unknown section [{topic}]");
                PhraseList::parse("test", body).unwrap_or_else(|e| panic!("{lang} [{topic}]: {e}"));
                let mut seen = std::collections::HashSet::new();
                for e in entries(body) {
                    assert!(seen.insert(e.clone()), "{lang} [{topic}]: duplicate entry {e:?}");
                    if !e.starts_with("re:") {
                        assert_eq!(e, e.to_lowercase(), "{lang} [{topic}]: entry {e:?} is not lower case");
                    }
                }
            }
        }
    }

    #[test]
    fn pack_entries_match_labels_of_their_language() {
        let labels = PhraseList::parse("t", pack("labels")).unwrap();
        for label in [
            "上一篇",
            "分享到",
            "次の記事",
            "이전글",
            "Поделиться с друзьями",
            "Поділитися",
            "المقال السابق",
            "مطلب قبلی",
            "अगला लेख",
            "Önceki haber",
            "Następny artykuł",
            "Volgend artikel",
            "Articolo successivo",
            "Próximo artigo",
            "Nästa artikel",
            "Další článek",
            "Επόμενο άρθρο",
            "Bài viết liên quan",
            "Artikel sebelumnya",
            "บทความถัดไป",
            "Næste artikel",
            "Neste artikkel",
            "Seuraava artikkeli",
            "Következő cikk",
            "Articolul următor",
            "הכתבה הבאה",
        ] {
            let key = normalize_key(label);
            let found =
                labels.find(&key).is_some() || PhraseList::parse("t", pack("related")).unwrap().find(&key).is_some();
            assert!(found, "{label} is in no pack");
        }
        // A prefix entry takes the neighbouring post's title after it.
        assert!(labels.find(&normalize_key("上一篇：春天的第一场雨")).is_some());
        assert!(labels.find(&normalize_key("上一篇文章的评论很多")).is_none());
    }

    #[test]
    fn prefix_entries_need_a_word_boundary() {
        let list = PhraseList::parse("t", "share *").unwrap();
        assert!(list.find("share on x").is_some());
        assert!(list.find("shareholders met").is_none());
    }

    #[test]
    fn prefix_entries_match_at_punctuation_too() {
        let list = PhraseList::parse("t", "also read *\nto suggest a correction *").unwrap();
        assert!(list.find("also read: the next headline").is_some());
        assert!(list.find("to suggest a correction or clarification, write to us").is_some());
        assert!(list.find("also reading").is_none());
    }

    #[test]
    fn the_first_entry_in_list_order_wins() {
        let list = PhraseList::parse("t", "read more *\nread more").unwrap();
        assert_eq!(list.find("read more"), Some("read more *"));
    }

    #[test]
    fn number_entries_match_counts_in_any_notation() {
        let list = PhraseList::parse("t", "<n> {comment|comments}\n{|customer }reviews {<n>|(<n>)}\n<n> thoughts on *")
            .unwrap();
        for key in ["3 comments", "1 comment", "1,204 comments", "1.2k comments", "٣ comments"] {
            assert_eq!(list.find_match(key).map(|m| m.kind), Some(MatchKind::Count), "{key}");
        }
        assert!(list.find("customer reviews (12").is_some() && list.find("reviews 7").is_some());
        assert!(list.find("2 thoughts on “a long title of a post”").is_some());
        for key in ["comments", "many comments", "3 comments here", "reviews", "2 thoughtson x", "12kcomments"] {
            assert_eq!(list.find(key), None, "{key}");
        }
    }

    #[test]
    fn alternatives_expand_to_every_combination() {
        assert_eq!(
            super::expand_alternatives("{a|b} x{|y}").unwrap(),
            ["a x", "a xy", "b x", "b xy"].map(String::from).to_vec()
        );
        assert!(super::expand_alternatives("{a|b").is_none());
        let too_many = "{a|b|c|d|e|f|g|h}".repeat(4);
        assert!(super::expand_alternatives(&too_many).is_none());
        let err = PhraseList::parse("t", "share {this|that").unwrap_err();
        assert_eq!(err.value(), "share {this|that");
    }

    #[test]
    fn bad_regex_names_the_entry() {
        let err = PhraseList::parse("t", "re:(").unwrap_err();
        assert_eq!(err.value(), "re:(");
    }
}
