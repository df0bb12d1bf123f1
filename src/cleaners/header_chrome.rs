//! `header-chrome`: site name, datelines and bylines above the article,
//! moved into [`Metadata`](crate::Metadata); the title stays.

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::cleaner::Cleaner;
use crate::dates::find_date;
use crate::document::{Block, BlockKind, Document};
use crate::edit::{Plan, Reason};
use crate::error::BuildError;
use crate::fast_hash::FastMap;
use crate::rules::starts_with_folded;
use crate::rules::{PhraseList, DATELINE};
use crate::shape::ends_sentence;

const ID: &str = "header-chrome";

/// The lead-ins of a byline ("By", "Posted by", "Von", "Publié par"), in
/// list order: `rules/byline_leads.txt`. A byline is one and a capitalised
/// name (checked by [`leading_names`]).
static LEADS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::rules::word_list(crate::rules::BYLINE_LEADS).collect());

/// The lead-ins by their first word (see [`byline_lead`]).
static LEADS_BY_FIRST_WORD: LazyLock<FastMap<&'static str, Vec<&'static str>>> = LazyLock::new(|| {
    let mut map: FastMap<&'static str, Vec<&'static str>> = FastMap::default();
    for lead in LEADS.iter() {
        map.entry(lead.split(' ').next().unwrap_or(lead)).or_default().push(lead);
    }
    map
});

/// Longest first word of a lead-in, in bytes: a longer first word opens
/// no byline.
const MAX_LEAD_WORD_BYTES: usize = 32;

/// Where a byline's lead-in ends, with the space (and colon) after it: the
/// first lead-in in list order that `text` opens with, without case, its
/// spaces standing for any white space, then `\s*:?\s+`. (As one
/// regular expression the lead-ins took 2M instructions to compile.)
fn byline_lead(text: &str) -> Option<usize> {
    // A lead-in's first word is the line's first word: it picks the few
    // lead-ins to try, in list order.
    let first_end = text.find(|c: char| c.is_whitespace() || c == ':').unwrap_or(text.len());
    if first_end == 0 || first_end > MAX_LEAD_WORD_BYTES {
        return None;
    }
    let first = &text[..first_end];
    let mut ascii = [0u8; MAX_LEAD_WORD_BYTES];
    let leads = if first.is_ascii() {
        // Lower-cased on the stack: this runs for every line of a page.
        let lower = &mut ascii[..first.len()];
        lower.copy_from_slice(first.as_bytes());
        lower.make_ascii_lowercase();
        LEADS_BY_FIRST_WORD.get(std::str::from_utf8(lower).ok()?)
    } else {
        LEADS_BY_FIRST_WORD.get(first.to_lowercase().as_str())
    }?;
    leads.iter().find_map(|lead| {
        let mut at = 0;
        for (k, word) in lead.split(' ').enumerate() {
            if k > 0 {
                at = spaces_after(text, at).filter(|&end| end > at)?;
            }
            at += starts_with_folded(&text[at..], word)?;
        }
        let after = spaces_after(text, at).unwrap_or(at);
        let colon =
            text[after..].strip_prefix(':').and_then(|_| spaces_after(text, after + 1)).filter(|&e| e > after + 1);
        colon.or((after > at).then_some(after))
    })
}

/// The end of the white space at `i`.
fn spaces_after(text: &str, i: usize) -> Option<usize> {
    Some(i + text[i..].find(|c: char| !c.is_whitespace()).unwrap_or(text.len() - i))
}

/// Adjectives before a newsroom role.
const ROLE_ADJECTIVES: &[&str] =
    &["senior", "staff", "chief", "special", "contributing", "political", "sports", "business", "science"];

/// Newsroom roles.
const ROLES: &[&str] = &["writer", "reporter", "correspondent", "editor", "contributor", "columnist", "journalist"];

/// Whether what follows a name is a newsroom role after a separator (",
/// Staff Writer", " - Senior Reporter"): `^\s*[,|–—-]\s*((ADJECTIVE)\s+)?(ROLE)$`,
/// without case.
fn is_role(rest: &str) -> bool {
    let Some(rest) = rest.trim_start().strip_prefix([',', '|', '–', '—', '-']) else { return false };
    let rest = rest.trim_start();
    let is = |text: &str, words: &[&str]| words.iter().any(|w| text.eq_ignore_ascii_case(w));
    let role = match rest.split_once(char::is_whitespace) {
        Some((adjective, role)) if is(adjective, ROLE_ADJECTIVES) => role.trim_start(),
        _ => rest,
    };
    is(role, ROLES)
}

/// Where each "by" of `text` is followed by its name: after the word "by"
/// (without case) and its white space, `(?i:\bby)\s+`.
fn after_by(text: &str) -> impl Iterator<Item = usize> + '_ {
    let b = text.as_bytes();
    (0..b.len().saturating_sub(1)).filter_map(move |i| {
        // Both bytes ASCII, so `i` is a character boundary.
        let is_by = b[i].eq_ignore_ascii_case(&b'b') && b[i + 1].eq_ignore_ascii_case(&b'y');
        if !is_by || text[..i].chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '_') {
            return None;
        }
        spaces_after(text, i + 2).filter(|&end| end > i + 2)
    })
}

/// Most words of one name.
const MAX_NAME_WORDS: usize = 4;

/// The byte length of the name (or two names joined by "&", "and", "und",
/// "et", "y", "e") that `text` starts with: one to four words, each a
/// capital letter and then letters, dots, apostrophes or hyphens. Done by
/// hand: as a regular expression, the Unicode classes cost milliseconds to
/// compile at start-up.
fn leading_names(text: &str) -> Option<usize> {
    let first = leading_name(text)?;
    let rest = &text[first..];
    let joined = [" & ", " and ", " und ", " et ", " y ", " e "]
        .iter()
        .find_map(|j| rest.strip_prefix(j).map(|after| (j.len(), after)))
        .and_then(|(gap, after)| leading_name(after).map(|second| first + gap + second));
    Some(joined.unwrap_or(first))
}

fn leading_name(text: &str) -> Option<usize> {
    let is_name_char = |c: char| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-');
    let (words, end) = crate::shape::capitalised_run(text, MAX_NAME_WORDS, is_name_char);
    (words > 0).then_some(end)
}

/// Longest byline after its lead word.
const MAX_BYLINE_CHARS: usize = 80;

/// The name a byline line gives: a lead word and a name (with whatever
/// follows it: "By Jane Doe, Staff Writer"), or a name and a newsroom role.
fn byline_name(text: &str) -> Option<&str> {
    if let Some(lead_end) = byline_lead(text) {
        let rest = &text[lead_end..];
        let name = leading_names(rest)?;
        return (rest.chars().count() <= MAX_BYLINE_CHARS).then(|| &rest[..name]);
    }
    let name = leading_names(text)?;
    is_role(&text[name..]).then(|| &text[..name])
}

/// Most byline pairs (see [`split_byline`]) a page may hold for them to be
/// its header's: a listing has one under every item ("by Jane Austen").
const MAX_SPLIT_BYLINES: usize = 2;

/// The name of a byline split over two lines, as dumps keep an inline
/// "By" apart from the linked name after it: the lead-in alone ("By",
/// "Written by") and a line that is a name, alone or before a separator
/// ("Sergio Ruiz | The Texas Newsroom").
fn split_byline<'b>(lead: &Block, next: &'b Block) -> Option<&'b str> {
    if lead.words() > 3 || next.words() > 2 * MAX_NAME_WORDS {
        return None;
    }
    let key = lead.key();
    if !LEADS_BY_FIRST_WORD.get(key.split(' ').next().unwrap_or(key)).is_some_and(|leads| leads.contains(&key)) {
        return None;
    }
    let text = next.text();
    let name = leading_names(text)?;
    let rest = text[name..].trim_start();
    (rest.is_empty() || rest.starts_with(['|', ',', '(', '-', '–', '—'])).then(|| &text[..name])
}

/// The name after "by" in a dateline ("Posted by Jane Doe on March 3,
/// 2024", "March 3, 2024 by Ann Lee and Sam Fox").
fn dateline_byline(text: &str) -> Option<&str> {
    after_by(text).find_map(|at| leading_names(&text[at..]).map(|n| &text[at..at + n]))
}

/// Settings of [`HeaderChrome`].
///
/// # Defaults
/// The header is what comes before the first prose block (a sentence of at
/// least 8 words, or any block of 24 words or more); at most its last 12
/// blocks are examined.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct HeaderChromeConfig {
    /// How many blocks before the first prose block are examined.
    pub max_header_blocks: usize,
    /// Words a block needs (with a sentence end) to count as prose.
    pub prose_min_words: usize,
}

impl Default for HeaderChromeConfig {
    fn default() -> Self {
        HeaderChromeConfig { max_header_blocks: 12, prose_min_words: 8 }
    }
}

impl HeaderChromeConfig {
    /// Builds the cleaner.
    ///
    /// # Errors
    /// A [`BuildError`] if `prose_min_words` is 0.
    pub fn build(&self) -> Result<HeaderChrome, BuildError> {
        Ok(HeaderChrome {
            max_header_blocks: self.max_header_blocks,
            prose_min_words: super::phrases::check_range(
                ID,
                "prose_min_words",
                self.prose_min_words,
                1..=200,
                "1 to 200",
            )?,
            leads: PhraseList::parse(ID, DATELINE)?,
        })
    }
}

/// Blocks after the first prose block where a publication line still
/// belongs to the header.
const LATE_DATELINE_BLOCKS: usize = 3;

/// Finds the title, site name, dateline and byline in the header zone.
///
/// Datelines and bylines are removed and their values go to metadata; the
/// title stays as the first paragraph and is recorded; a short line right
/// next to the title is taken as the site name.
///
/// # Example
/// ```
/// use pagewash::{Pipeline, cleaners::HeaderChromeConfig};
/// let p = Pipeline::builder().with(HeaderChromeConfig::default().build()?).build();
/// let c = p.clean_text("Storm Closes Schools Across the Region\nThe Daily Courier\nBy Jane Smith\nUpdated Jan. 23, 2025\n\nSchools in six districts closed on Thursday as the storm arrived.");
/// assert_eq!(c.text(), "Storm Closes Schools Across the Region\n\nSchools in six districts closed on Thursday as the storm arrived.\n");
/// let m = c.metadata();
/// assert_eq!(m.title.as_deref(), Some("Storm Closes Schools Across the Region"));
/// assert_eq!(m.site_name.as_deref(), Some("The Daily Courier"));
/// assert_eq!(m.author.as_deref(), Some("Jane Smith"));
/// assert_eq!(m.modified.as_deref(), Some("2025-01-23"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct HeaderChrome {
    max_header_blocks: usize,
    prose_min_words: usize,
    leads: PhraseList,
}

enum Line {
    Dateline { date: String, modified: bool },
    Byline(String),
    Other,
}

impl HeaderChrome {
    fn classify(&self, b: &Block) -> Line {
        let words = b.words();
        if words <= 16 {
            if let Some(date) = find_date(b.text()) {
                let lead = self.lead(b);
                let bare = words <= 9;
                // "By Ann Lee, Sam Fox on Monday, November 18th, 2019 at 11:08 a.m."
                let bylined = byline_lead(b.text()).is_some();
                if lead.is_some() || bare || bylined {
                    let modified = lead.is_some_and(is_update_lead);
                    return Line::Dateline { date, modified };
                }
            }
        }
        if words <= 8 {
            if let Some(name) = byline_name(b.text()) {
                return Line::Byline(name.to_string());
            }
        }
        Line::Other
    }

    /// A publication or update line ("Published: 10:48, Tue, Nov 19, 2019",
    /// "Updated at 1:23 p.m. Nov 19, 2019"): a date under one of the
    /// publishing lead-ins, not a bare date or a "posted"/"date" line (a
    /// forum post's or an event's, which are content).
    fn publication_line(&self, b: &Block) -> Option<(String, bool)> {
        if b.words() > 16 {
            return None;
        }
        let date = find_date(b.text())?;
        let lead = self.lead(b)?;
        let content_lead = lead.starts_with("posted") || lead == "date" || lead == "stand";
        (!content_lead).then(|| (date, is_update_lead(lead)))
    }

    /// The dateline lead-in a block opens with ("published on", "updated").
    fn lead(&self, b: &Block) -> Option<&str> {
        (1..=3).rev().find_map(|n| self.leads.find(&first_words(b.key(), n)))
    }

    fn is_prose(&self, b: &Block) -> bool {
        let words = b.words();
        // A byline with a date ends like a sentence ("… at 11:08 a.m.").
        if words <= 16 && byline_lead(b.text()).is_some() && find_date(b.text()).is_some() {
            return false;
        }
        // A long block is prose even without a sentence end (a truncated or
        // unpunctuated paragraph), as the block classifier also counts it.
        (ends_sentence(b.text()) && words >= self.prose_min_words) || words >= 3 * self.prose_min_words.max(8)
    }
}

/// Removes a dateline, keeping its date as the published or modified date
/// when none was found before.
fn remove_dateline(plan: &mut Plan, b: &Block, date: String, modified: bool) {
    let m = plan.metadata_mut();
    let slot = if modified { &mut m.modified } else { &mut m.published };
    slot.get_or_insert(date);
    plan.remove(b.id(), Reason::new(if modified { "update-line" } else { "dateline" }));
}

/// Removes a byline split over two lines (see [`split_byline`]), keeping
/// its name as the author.
fn remove_split_byline(plan: &mut Plan, lead: &Block, name_line: &Block, name: &str) {
    plan.metadata_mut().author.get_or_insert(name.to_string());
    plan.remove(lead.id(), Reason::new("byline"));
    plan.remove(name_line.id(), Reason::new("byline"));
}

fn first_words(key: &str, n: usize) -> String {
    // Lead-ins are matched on the key's first words: "published on 27/01/2025" -> "published on".
    let words: Vec<&str> = key.split(' ').take_while(|w| !w.chars().any(|c| c.is_ascii_digit())).take(n).collect();
    words.join(" ").trim_end_matches(':').to_string()
}

fn is_update_lead(lead: &str) -> bool {
    ["updat", "modif", "aktualis", "mis à jour", "actualiz", "atualiz", "bijgew", "обновл", "更新"]
        .iter()
        .any(|u| lead.contains(u))
}

/// Whether a text holds four digits in a row, in any script (a year: a
/// dateline in a language whose month names are not read is no site name).
fn has_year(text: &str) -> bool {
    let mut run = 0;
    text.chars().any(|c| {
        run = if c.is_numeric() { run + 1 } else { 0 };
        run >= 4
    })
}

impl Cleaner for HeaderChrome {
    fn id(&self) -> &'static str {
        ID
    }

    fn plan(&self, doc: &Document) -> Plan {
        let mut plan = Plan::new();
        let blocks = doc.live_blocks();
        // Without prose the header zone is the page's first blocks: a
        // dateline there goes all the same (cleaning the output again must
        // not find it first on its own and judge it anew), but no title is
        // looked for.
        let first_prose = blocks.iter().position(|b| self.is_prose(b));
        let end = first_prose.unwrap_or(blocks.len().min(self.max_header_blocks));
        let zone = &blocks[end.saturating_sub(self.max_header_blocks)..end];
        // The title is the last headline-shaped block before the article;
        // one of four words or more wins over a shorter one (site names are
        // short: "The Daily Courier").
        let mut title: Option<(usize, bool)> = None;
        // In HTML an inline "By" and its linked name share a block; in a
        // dump a listing has such a pair under every item.
        let split_ok = doc.input_kind() == crate::InputKind::Text
            && blocks.windows(2).filter(|w| split_byline(w[0], w[1]).is_some()).nth(MAX_SPLIT_BYLINES).is_none();
        let split_at = |k: usize| blocks.get(k + 1).filter(|_| split_ok).and_then(|n| split_byline(blocks[k], n));
        let zone_start = end.saturating_sub(self.max_header_blocks);
        let mut name_line = None;
        for (i, b) in zone.iter().enumerate() {
            if name_line == Some(i) {
                continue;
            }
            if let Some(name) = split_at(zone_start + i).filter(|_| i + 1 < zone.len()) {
                remove_split_byline(&mut plan, b, zone[i + 1], name);
                name_line = Some(i + 1);
                continue;
            }
            match self.classify(b) {
                Line::Dateline { date, modified } => {
                    // "Posted by Jane Doe on March 3, 2024": the byline rides on the dateline.
                    if let Some(name) = dateline_byline(b.text()) {
                        plan.metadata_mut().author.get_or_insert(name.to_string());
                    }
                    remove_dateline(&mut plan, b, date, modified);
                }
                Line::Byline(name) => {
                    plan.metadata_mut().author.get_or_insert(name);
                    plan.remove(b.id(), Reason::new("byline"));
                }
                Line::Other if first_prose.is_none() => {}
                Line::Other => {
                    let heading = matches!(b.kind(), BlockKind::Heading(1 | 2) | BlockKind::Line);
                    let words = b.words();
                    if heading && b.is_headline_like() && words >= 3 && b.link_density() < 0.5 {
                        let long = words >= 4;
                        if long || !title.is_some_and(|(_, l)| l) {
                            title = Some((i, long));
                        }
                    }
                }
            }
        }
        let Some(prose) = first_prose else { return plan };
        // A publication line may sit under the standfirst, the first prose;
        // so may a split byline, with the bare date right under its name.
        let mut after_byline = None;
        for k in prose + 1..(prose + 1 + LATE_DATELINE_BLOCKS).min(blocks.len()) {
            let b = blocks[k];
            if let Some((date, modified)) = self.publication_line(b) {
                remove_dateline(&mut plan, b, date, modified);
            } else if let Some(name) = split_at(k).filter(|_| after_byline.is_none()) {
                remove_split_byline(&mut plan, b, blocks[k + 1], name);
                after_byline = Some(k + 2);
            }
        }
        if let Some(date_line) = after_byline.and_then(|k| blocks.get(k)) {
            if let Line::Dateline { date, modified } = self.classify(date_line) {
                remove_dateline(&mut plan, date_line, date, modified);
            }
        }
        let Some((t, _)) = title else { return plan };
        plan.metadata_mut().title = Some(zone[t].text().to_string());
        let neighbours = [t.checked_sub(1), Some(t + 1)];
        for n in neighbours.into_iter().flatten() {
            let Some(b) = zone.get(n) else { continue };
            let words = b.words();
            let same_group = b.hints().tag.is_some() || b.paragraph() == zone[t].paragraph();
            // A menu entry next to the headline ("Contact", the last link of
            // a <nav>) is no site name.
            let in_menu = b.hints().landmark == Some(crate::document::Landmark::Nav);
            if same_group
                && !in_menu
                && (1..=4).contains(&words)
                && b.is_headline_like()
                && !plan.removes(b.id())
                && find_date(b.text()).is_none()
                && !has_year(b.text())
            {
                plan.metadata_mut().site_name = Some(b.text().to_string());
                plan.remove(b.id(), Reason::new("site-name").with_evidence("short line next to the title"));
                break;
            }
        }
        plan
    }
}

#[cfg(test)]
mod tests {
    use super::HeaderChromeConfig;
    use crate::cleaner::Cleaner;

    fn removed(text: &str) -> Vec<String> {
        let cleaner = HeaderChromeConfig::default().build().expect("default builds");
        super::super::removed_by(cleaner, text)
    }

    #[test]
    fn a_dateline_at_the_top_goes_even_without_prose_after_it() {
        let page = "Menu\nPublished on 27/01/2025 at 18:54\nTen photos of the storm\n";
        assert_eq!(removed(page), ["Published on 27/01/2025 at 18:54"]);
    }

    #[test]
    fn names_are_capitalised_words() {
        use super::{byline_name, dateline_byline, leading_names};
        assert_eq!(leading_names("Ann Lee-Smith said"), Some("Ann Lee-Smith".len()));
        assert_eq!(leading_names("Łukasz Dónaill & Zoë Kravitz, Paris"), Some("Łukasz Dónaill & Zoë Kravitz".len()));
        assert_eq!(leading_names("jane doe"), None);
        assert_eq!(leading_names("A B C D E F"), None);
        assert_eq!(byline_name("By Jane Doe, Staff Writer"), Some("Jane Doe"));
        assert_eq!(byline_name("BY JANE DOE"), Some("JANE DOE"));
        assert_eq!(byline_name("by the river"), None);
        assert_eq!(byline_name("Jane Doe is a writer"), None);
        assert_eq!(dateline_byline("March 3, 2024 by Ann Lee and Sam Fox"), Some("Ann Lee and Sam Fox"));
        assert_eq!(dateline_byline("Standby 3 March 2024"), None);
    }

    #[test]
    fn a_byline_is_never_the_title() {
        let story = "The council met on Monday and agreed on a new budget for the schools in the city.";
        for (byline, author) in [
            ("Posted by Jane Doe", "Jane Doe"),
            ("Jane Doe, Staff Writer", "Jane Doe"),
            ("Ann Lee - Senior Reporter", "Ann Lee"),
            ("Publié par Marie Curie", "Marie Curie"),
            ("Written by: Sam O'Neil", "Sam O'Neil"),
        ] {
            let doc = crate::Document::from_text(&format!("{byline}\n\n{story}"));
            let plan = HeaderChromeConfig::default().build().expect("default builds").plan(&doc);
            assert_eq!(plan.metadata().author.as_deref(), Some(author), "{byline}");
            assert_eq!(plan.metadata().title, None, "{byline}");
            assert_eq!(removed(&format!("{byline}\n\n{story}")), [byline], "{byline}");
        }
        // A headline that names a writer's job is a headline.
        let doc = crate::Document::from_text(&format!("Council Hires New Staff Writer\n\n{story}"));
        let cleaner = HeaderChromeConfig::default().build().expect("default builds");
        assert_eq!(cleaner.plan(&doc).metadata().author, None);
    }

    #[test]
    fn a_byline_split_over_two_lines_goes_with_the_date_under_it() {
        let page = "Home Depot Stock Falls After Its Earnings Release\n\n\
            Shares of the retailer dropped in early trading after it cut its forecast for the year.\n\n\
            By\nAl Root\n\nNov. 19, 2019 8:02 am ET\n\n\
            Home Depot reported earnings of $2.53 a share for the quarter, a cent above estimates.\n";
        assert_eq!(removed(page), ["By", "Al Root", "Nov. 19, 2019 8:02 am ET"]);
        let c = crate::Pipeline::builder()
            .with(HeaderChromeConfig::default().build().expect("builds"))
            .build()
            .clean_text(page);
        assert_eq!(c.metadata().author.as_deref(), Some("Al Root"));
        // A listing's "by" under every title is its content.
        let books: String = ["Jane Austen", "Harper Lee", "George Orwell"]
            .iter()
            .map(|a| format!("A Novel Title\nby\n{a}\n\n"))
            .collect();
        let listing =
            removed(&format!("The best novels of the century, chosen by our readers over the last year.\n\n{books}"));
        assert!(listing.is_empty(), "{listing:?}");
    }

    #[test]
    fn a_byline_inside_a_dateline_gives_the_author() {
        let p = crate::Pipeline::builder().with(HeaderChromeConfig::default().build().expect("builds")).build();
        let c = p.clean_text(
            "Storm Closes Schools\nPosted by Jane Doe on March 3, 2024\n\n\
             A storm closed schools in six districts on Thursday, officials said.",
        );
        assert_eq!(c.metadata().author.as_deref(), Some("Jane Doe"));
        assert_eq!(c.metadata().published.as_deref(), Some("2024-03-03"));
        let c = p.clean_text(
            "Storm Closes Schools\nBy Erik Dahl & Sofie Lund, 4 March 2025\n\n\
             A storm closed schools in six districts on Thursday, officials said.",
        );
        assert_eq!(c.metadata().author.as_deref(), Some("Erik Dahl & Sofie Lund"));
        // A byline with a long date and time is a dateline all the same.
        let c = p.clean_text(
            "Storm Closes Schools\nBy Matthew Digby on Monday, November 18th, 2019 at 11:08 a.m.\n\n\
             A storm closed schools in six districts on Thursday, officials said.",
        );
        assert_eq!(c.metadata().published.as_deref(), Some("2019-11-18T11:08"));
        assert!(!c.text().contains("Digby"), "{}", c.text());
    }

    #[test]
    fn a_publication_line_under_the_standfirst_is_the_headers() {
        let page = "Storm Closes Schools\n\nA storm closed schools in six districts on Thursday, officials said.\n\n\
                    PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019\n\n\
                    The storm arrived overnight and left deep snow across the region's roads.";
        assert_eq!(removed(page), ["PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019"]);
    }

    #[test]
    fn posted_and_event_dates_below_the_first_prose_stay() {
        let page = "Forum Thread Title Here\n\nI have a question about my bike's brakes, which squeal.\n\n\
                    Posted March 19, 2024\n\nDate: June 8-11, 2026\n\nHave you tried cleaning the pads with alcohol?";
        assert!(removed(page).is_empty(), "{:?}", removed(page));
    }
}

/// The regular expressions the byline checks were written with, as the
/// oracle of the hand-written ones.
#[cfg(test)]
mod oracle {
    use proptest::prelude::*;
    use regex::Regex;
    use std::sync::LazyLock;

    static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
        let leads: Vec<String> = crate::rules::word_list(crate::rules::BYLINE_LEADS)
            .map(|l| regex::escape(l).replace(' ', r"\s+"))
            .collect();
        Regex::new(&format!(r"^(?i:{})\s*:?\s+", leads.join("|"))).unwrap()
    });

    static ROLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"^\s*[,|–—-]\s*(?i:(?:senior|staff|chief|special|contributing|political|sports|business|science)\s+)?",
            r"(?i:writer|reporter|correspondent|editor|contributor|columnist|journalist)$"
        ))
        .unwrap()
    });

    static BY: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i:\bby)\s+").unwrap());

    fn piece() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "By", "by", "BY", "Posted", "posted", "Written", "von", "Publié", "par", "photo", "Jane", "Doe", " ", "  ",
            "\n", ":", ",", " - ", "|", "—", "Staff", "staff", "Writer", "writer", "senior", "Reporter", "editor",
            "baby", "x", "é", "_",
        ])
    }

    #[test]
    fn every_lead_in_is_looked_up_by_its_first_word() {
        for lead in super::LEADS.iter() {
            let first = lead.split(' ').next().unwrap_or(lead);
            assert!(first.len() <= super::MAX_LEAD_WORD_BYTES, "{lead}");
            assert_eq!(
                super::byline_lead(&format!("{lead} Jane Doe")),
                BYLINE.find(&format!("{lead} Jane Doe")).map(|m| m.end())
            );
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5_000))]
        #[test]
        fn hand_written_byline_checks_agree_with_their_regular_expressions(
            pieces in prop::collection::vec(piece(), 0..8)
        ) {
            let text: String = pieces.concat();
            prop_assert_eq!(super::byline_lead(&text), BYLINE.find(&text).map(|m| m.end()), "{:?}", text);
            prop_assert_eq!(super::is_role(&text), ROLE.is_match(&text), "{:?}", text);
            let ends: Vec<usize> = BY.find_iter(&text).map(|m| m.end()).collect();
            prop_assert_eq!(super::after_by(&text).collect::<Vec<_>>(), ends, "{:?}", text);
        }
    }
}
