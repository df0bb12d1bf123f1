//! Repeated records: a listing whose items are short lines.
//!
//! A shop grid, a job board or a list of trails comes out of a dump as
//! records of a few short lines each ("Only 3 left!", "LODGE", "12" Cast
//! Iron Skillet", "$49.99 USD"), too short to read as prose or as the
//! lines of a listing's column. What gives them away is repetition with a
//! period: a line of the same shape ("Difficulty: …", "Only # left!",
//! "$#.# USD") comes back every few lines, once per record. Mining such
//! repeated structure is how record extractors find a page's data region
//! (Liu, Grossman and Zhai, "Mining Data Records in Web Pages", KDD 2003,
//! do it on the tag tree; a dump only has its lines, and on an HTML page
//! the lines are its blocks).

use std::borrow::Cow;
use std::collections::HashMap;

use super::facts::PageFacts;
use crate::document::Block;

/// Fewest repeats of a line shape for it to mark records.
const MIN_RECORDS: usize = 5;

/// Fewest repeats of a line shape for it to mark records when another
/// shape repeats in step with it and one of the two carries changing
/// numbers (a price, a count): four cards of a shop's grid, each a label,
/// a title and a price line. A menu repeated four times has no numbers
/// that change from one copy to the next.
const MIN_FIELDED_RECORDS: usize = 4;

/// Shapes besides the marking one that must repeat in step with it for
/// [`MIN_FIELDED_RECORDS`] to suffice.
const FIELDED_SHAPES: usize = 1;

/// Shortest and longest record, in lines (the median distance between two
/// repeats of the marking shape): from a title and its price, or a
/// headline and its blurb, up.
const RECORD_LINES: std::ops::RangeInclusive<usize> = 2..=15;

/// Shortest record marked by a line repeated word for word (see [`record_span`]).
const MIN_VERBATIM_PERIOD: usize = 3;

/// Share of the distances between repeats within [`PERIOD_SLACK`] lines of
/// the median: records of one listing have about the same length.
const REGULAR_SHARE: f64 = 0.75;

/// See [`REGULAR_SHARE`].
const PERIOD_SLACK: usize = 2;

/// Longest line (in words) whose shape can mark records.
const FIELD_MAX_WORDS: usize = 6;

/// Longest field name before a colon ("Difficulty:", "Trail Steward(s):").
const FIELD_NAME_MAX_BYTES: usize = 30;

/// The shape of a short line: its field name when it has one
/// ("difficulty:"), or its key with runs of digits folded to `#`
/// ("only # left", "$#.# usd"). Borrowed unless digits were folded: the
/// feed check looks at every dump's lines.
fn shape(b: &Block) -> Option<Cow<'_, str>> {
    let key = b.key();
    if key.is_empty() || b.words() > FIELD_MAX_WORDS {
        return None;
    }
    if let Some(colon) = key.find(':').filter(|&c| c > 0 && c <= FIELD_NAME_MAX_BYTES) {
        return Some(Cow::Borrowed(&key[..=colon]));
    }
    if !key.bytes().any(|c| c.is_ascii_digit()) {
        return Some(Cow::Borrowed(key));
    }
    let mut out = String::with_capacity(key.len());
    for c in key.chars() {
        if !c.is_ascii_digit() {
            out.push(c);
        } else if !out.ends_with('#') {
            out.push('#');
        }
    }
    Some(Cow::Owned(out))
}

/// The lines (inclusive range) of the longest run of records.
///
/// The run is marked by the line shape that repeats most regularly over
/// the longest stretch; the other shapes repeating in step with it (a
/// record's other fields) set where the first record starts and the last
/// one ends. Lines of a record that no shape marks (its title) are taken
/// to lead it: a record of `period` lines whose marked fields cover fewer
/// starts that many lines before its first field.
pub(crate) fn record_span(blocks: &[&Block]) -> Option<Records> {
    let mut at: HashMap<Cow<'_, str>, Vec<usize>> = HashMap::new();
    for (i, b) in blocks.iter().enumerate() {
        if let Some(s) = shape(b) {
            at.entry(s).or_default().push(i);
        }
    }
    let mut best: Option<(&[usize], usize)> = None;
    for (shape, positions) in at.iter().filter(|(_, p)| p.len() >= MIN_FIELDED_RECORDS) {
        let mut gaps: Vec<usize> = positions.windows(2).map(|w| w[1] - w[0]).collect();
        gaps.sort_unstable();
        let period = gaps[gaps.len() / 2];
        if !RECORD_LINES.contains(&period) {
            continue;
        }
        // A line repeated word for word every other line is a duplicate,
        // not a record's field: two-line records are marked by a field name
        // or by a line whose numbers change ("Price: …", "$#.# usd").
        let verbatim = matches!(shape, Cow::Borrowed(s) if !s.ends_with(':'));
        if period < MIN_VERBATIM_PERIOD && verbatim {
            continue;
        }
        let regular = gaps.iter().filter(|g| g.abs_diff(period) <= PERIOD_SLACK).count();
        if (regular as f64) < REGULAR_SHARE * gaps.len() as f64 {
            continue;
        }
        if positions.len() < MIN_RECORDS && !fielded(&at, shape.as_ref(), positions, period) {
            continue;
        }
        // The longest run wins; of equally long ones the first on the page
        // (the table is unordered, the answer must not be).
        let stretch = |p: &[usize]| (p[p.len() - 1] - p[0], std::cmp::Reverse(p[0]));
        if best.is_none_or(|(b, _)| stretch(positions) > stretch(b)) {
            best = Some((positions, period));
        }
    }
    let (marks, period) = best?;
    let (first, last) = (marks[0], marks[marks.len() - 1]);
    let (mut start, mut end, mut reach) = (first, last, first);
    let mut priced = false;
    for (shape, p) in fields(&at, marks, period) {
        priced |= matches!(shape, Cow::Owned(_));
        start = start.min(p[0]);
        end = end.max(p[p.len() - 1]);
        reach = reach.max(p[0]);
    }
    let covered = reach - start + 1;
    let lead = period.saturating_sub(covered);
    Some(Records { first: start.saturating_sub(lead), last: end, period, priced })
}

/// The record's other fields: shapes repeating about as often as the
/// marking one (at `marks`), within one record of its run.
fn fields<'a, 'k>(
    at: &'a HashMap<Cow<'k, str>, Vec<usize>>,
    marks: &'a [usize],
    period: usize,
) -> impl Iterator<Item = (&'a Cow<'k, str>, &'a [usize])> {
    let window = marks[0].saturating_sub(period)..=marks[marks.len() - 1] + period;
    at.iter()
        .filter(move |(_, p)| {
            p.len().abs_diff(marks.len()) <= 1 && window.contains(&p[0]) && window.contains(&p[p.len() - 1])
        })
        .map(|(s, p)| (s, p.as_slice()))
}

/// Whether records marked by `shape` at `marks` carry [`FIELDED_SHAPES`]
/// more fields in step with it, one of them (or the mark) with numbers
/// folded.
fn fielded(at: &HashMap<Cow<'_, str>, Vec<usize>>, shape: &str, marks: &[usize], period: usize) -> bool {
    let numbered = |s: &Cow<'_, str>| matches!(s, Cow::Owned(_));
    let (mut others, mut priced) = (0, false);
    for (s, _) in fields(at, marks, period) {
        priced |= numbered(s);
        others += usize::from(s.as_ref() != shape);
    }
    others >= FIELDED_SHAPES && priced
}

/// Most words per line, on average, of records that make a feed of other
/// stories (headlines, dates, bylines, one-line blurbs).
const FEED_LINE_WORDS: usize = 10;

/// Where a feed of other stories starts inside a dump's article run
/// `start..=end`: records of short lines (see [`record_span`]) that begin
/// below at least as much of the run's prose as they hold and reach the
/// end of the run.
pub(super) fn feed_start(page: &PageFacts<'_>, start: usize, end: usize) -> Option<usize> {
    let r = record_span(&page.blocks[..page.wall])?;
    let words: usize = (r.first..=r.last).map(|i| page.features[i].words).sum();
    let short = words <= FEED_LINE_WORDS * (r.last + 1 - r.first);
    (short
        && r.first > start
        && r.first <= end
        && r.last + r.period >= end
        && page.prose_words(start..r.first) >= page.prose_words(r.first..end + 1))
    .then_some(r.first)
}

/// How many times the words of the prose above them records must hold to
/// outweigh it (see [`Records::outweigh`]).
const RECORDS_OUTWEIGH_PROSE: usize = 3;

/// Lines between a listing's introduction and its first record that still
/// leave the records under it: a toolbar of a sort order, page numbers and
/// a result count.
const TOOLBAR_LINES: usize = 8;

/// A run of records: its lines (`first..=last`) and their period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Records {
    pub(crate) first: usize,
    pub(crate) last: usize,
    pub(crate) period: usize,
    /// Whether a field of the records carries numbers that change from one
    /// record to the next (a price, a date, a count): a menu repeated on
    /// the page has none.
    pub(crate) priced: bool,
}

impl Records {
    /// Whether most of the column `lo..hi` lies among the records or in the
    /// record's length above them (a listing's heading and introduction).
    pub(super) fn hold_column(&self, lo: usize, hi: usize) -> bool {
        let from = self.first.saturating_sub(self.period);
        2 * (lo.max(from)..hi.min(self.last + 1)).len() >= hi - lo
    }

    /// Words in the records' lines.
    pub(crate) fn words(&self, blocks: &[&Block]) -> usize {
        blocks[self.first..=self.last].iter().map(|b| b.words()).sum()
    }

    /// Whether the records hold [`RECORDS_OUTWEIGH_PROSE`] times the words
    /// of the `prose` above them: then they are the page's items under an
    /// introduction, not a feed under an article.
    pub(crate) fn outweigh(&self, blocks: &[&Block], prose: usize) -> bool {
        self.words(blocks) >= RECORDS_OUTWEIGH_PROSE * prose
    }

    /// Whether the records start right under the column that ends at `hi`
    /// (exclusive), within a record's length or a listing's toolbar (sort
    /// order, pages, result count: [`TOOLBAR_LINES`]): the column is their
    /// introduction.
    pub(crate) fn follow_column(&self, hi: usize) -> bool {
        self.first >= hi.saturating_sub(1) && self.first <= hi + self.period.max(TOOLBAR_LINES)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Document;

    fn span(text: &str) -> Option<(usize, usize)> {
        let doc = Document::from_text(text);
        let blocks = doc.live_blocks();
        record_span(&blocks).map(|r| (r.first, r.last))
    }

    #[test]
    fn field_lines_repeated_once_per_record_mark_the_records() {
        let trails: String = (0..6)
            .map(|i| format!("Trail number {i}\nDifficulty: Beginner\nLength: {i} miles\nSteward: Person {i}\n"))
            .collect();
        let text = format!("Trails\nOur trails are open all year.\n{trails}Contact us\n");
        let (lo, hi) = span(&text).unwrap_or_else(|| panic!("no records"));
        // From the first record's title to the last record's last field.
        assert!(lo <= 2 && hi >= 2 + 6 * 4 - 1, "{lo}..={hi}");
    }

    #[test]
    fn a_line_repeated_every_other_line_makes_no_two_line_records() {
        let lines: String = (0..6)
            .map(|i| format!("Software and cafe\nThe council met on day {i} to agree on the budget.\n"))
            .collect();
        assert_eq!(span(&lines), None);
    }

    #[test]
    fn a_title_and_a_price_make_a_record() {
        let items: String = (0..6).map(|i| format!("Cast iron skillet, size {i}\nPrice: {i}9 USD\n")).collect();
        let (lo, hi) = span(&format!("Skillets\n{items}About us\n")).unwrap_or_else(|| panic!("no records"));
        assert!(lo <= 1 && hi >= 12, "{lo}..={hi}");
    }

    #[test]
    fn records_hold_a_column_among_them_or_just_above_them() {
        let r = Records { first: 20, last: 70, period: 5, priced: false };
        assert!(r.hold_column(30, 40) && r.hold_column(16, 22));
        assert!(!r.hold_column(71, 90) && !r.hold_column(0, 19));
    }

    #[test]
    fn records_follow_a_column_that_ends_right_above_them() {
        let r = Records { first: 17, last: 355, period: 2, priced: false };
        assert!(r.follow_column(17) && r.follow_column(16) && r.follow_column(15));
        // A toolbar of up to eight lines may come between (sort order, pages).
        assert!(r.follow_column(9) && !r.follow_column(8) && !r.follow_column(20));
    }

    #[test]
    fn four_records_suffice_when_a_priced_field_repeats_with_their_mark() {
        let items: String = (0..4).map(|i| format!("Coming soon\nSet number {i}\nSale price €{i}9,95\n")).collect();
        assert!(span(&format!("Sets\n{items}About us\n")).is_some());
        // Four copies of a menu have no prices: no records.
        assert_eq!(span(&"Home\nNews\nSport\nWeather\n".repeat(4)), None);
        // Four records whose only field in step carries no numbers: none.
        let plain: String = ["red", "green", "blue", "gold"]
            .iter()
            .map(|c| format!("Coming soon\nThe {c} set\nSee details\n"))
            .collect();
        assert_eq!(span(&plain), None);
    }

    #[test]
    fn a_menu_or_a_few_repeats_are_no_records() {
        assert_eq!(span("Home\nNews\nSport\nHome\nNews\nSport\n"), None);
        let three: String = (0..3).map(|i| format!("Item {i}\nPrice: {i} USD\nAdd to cart\n")).collect();
        assert_eq!(span(&three), None);
    }
}
