//! The regular expressions `find_date` was written with before its
//! shapes were matched by hand (see `shapes`): kept as the tests' oracle.

use std::sync::LazyLock;

use super::{iso, month_number, time_zone};
use crate::regexes::fixed_regex;
use proptest::prelude::*;
use regex::Regex;

/// A word where a month name can stand: letters and marks up to a space,
/// digit or punctuation. Which words are months is checked in code
/// ([`month_number`]): as an alternation of every name, case-insensitive,
/// the two patterns took milliseconds to compile.
const MONTH_WORD: &str = r#"[^\s0-9.,:;!?()\[\]{}/|"'«»“”‘’-]+"#;

const TIME: &str = r"(?:[^0-9\n]{0,8}?([0-9]{1,2})[:h.]([0-9]{2})(?::[0-9]{2})?\s*([ap]\.?m\.?)?)?";

static ISO: LazyLock<Regex> = LazyLock::new(|| {
    fixed_regex(
        r"\b([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[T ]([0-9]{1,2}):([0-9]{2})(?::[0-9]{2}(?:\.[0-9]+)?)?\s?(Z|[+-][0-9]{2}:?[0-9]{2})?)?",
    )
});
static NUMERIC: LazyLock<Regex> =
    LazyLock::new(|| fixed_regex(&format!(r"\b([0-9]{{1,2}})[./-]([0-9]{{1,2}})[./-]([0-9]{{4}})\b{TIME}")));
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    fixed_regex(&format!(
        r"(?i)\b([0-9]{{1,2}})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?({MONTH_WORD})\.?,?\s+(?:de\s+)?([0-9]{{4}}){TIME}"
    ))
});
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    fixed_regex(&format!(r"(?i)\b({MONTH_WORD})\.?\s+([0-9]{{1,2}})(?:st|nd|rd|th)?,?\s+([0-9]{{4}}){TIME}"))
});

/// The first match of `re` in `text` whose group `group` is a month name,
/// with the month's number.
fn with_month<'t>(re: &Regex, text: &'t str, group: usize) -> Option<(regex::Captures<'t>, u32)> {
    re.captures_iter(text).find_map(|c| {
        let month = c.get(group).and_then(|m| month_number(m.as_str()))?;
        Some((c, month))
    })
}

/// Year first with Chinese, Japanese or Korean unit marks or dots
/// ("2025年3月14日", "2025년 3월 14일", "2025.03.14 09:30").
static YEAR_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    fixed_regex(&format!(
        r"(?:^|[^0-9])([0-9]{{4}})\s*(?:年|년|\.)\s*([0-9]{{1,2}})\s*(?:月|월|\.)\s*([0-9]{{1,2}})(?:\s*(?:日|일))?{TIME}"
    ))
});

pub(super) fn find_date_by_regex(text: &str) -> Option<String> {
    // Every pattern needs a digit; most text has none near a date.
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut best: Option<(usize, String)> = None;
    if let Some(c) = ISO.captures(text) {
        let start = c.get(0).map_or(0, |m| m.start());
        let zone = c.get(6).and_then(|z| time_zone(z.as_str()));
        if let Some(d) = iso(num(&c, 1), num(&c, 2), num(&c, 3), num(&c, 4), num(&c, 5), None).map(|d| match &zone {
            // A time zone is kept where the date has a time.
            Some(z) if d.contains('T') => format!("{d}{z}"),
            _ => d,
        }) {
            // Nothing can start before a date at the very start (the
            // `content` of a date meta tag, usually ISO).
            if start == 0 {
                return Some(d);
            }
            best = Some((start, d));
        }
    }
    let mut consider = |start: usize, iso: Option<String>| {
        if let Some(iso) = iso {
            if best.as_ref().is_none_or(|(s, _)| start < *s) {
                best = Some((start, iso));
            }
        }
    };
    if let Some(c) = NUMERIC.captures(text) {
        let (a, b) = (num(&c, 1), num(&c, 2));
        let (day, month) = if a.unwrap_or(0) <= 12 && b.unwrap_or(0) > 12 { (b, a) } else { (a, b) };
        consider(
            c.get(0).map_or(0, |m| m.start()),
            iso(num(&c, 3), month, day, num(&c, 4), num(&c, 5), c.get(6).map(|m| m.as_str())),
        );
    }
    if let Some((c, month)) = with_month(&DAY_MONTH, text, 2) {
        let month = Some(month);
        consider(
            c.get(0).map_or(0, |m| m.start()),
            iso(num(&c, 3), month, num(&c, 1), num(&c, 4), num(&c, 5), c.get(6).map(|m| m.as_str())),
        );
    }
    if let Some((c, month)) = with_month(&MONTH_DAY, text, 1) {
        let month = Some(month);
        consider(
            c.get(0).map_or(0, |m| m.start()),
            iso(num(&c, 3), month, num(&c, 2), num(&c, 4), num(&c, 5), c.get(6).map(|m| m.as_str())),
        );
    }
    if let Some(c) = YEAR_FIRST.captures(text) {
        consider(
            c.get(0).map_or(0, |m| m.start()),
            iso(num(&c, 1), num(&c, 2), num(&c, 3), num(&c, 4), num(&c, 5), c.get(6).map(|m| m.as_str())),
        );
    }
    best.map(|(_, iso)| iso)
}

fn num(c: &regex::Captures<'_>, i: usize) -> Option<u32> {
    c.get(i).and_then(|m| m.as_str().parse().ok())
}

/// Dates, times, month names and near misses, in the shapes the regular
/// expressions read.
const SAMPLES: &[&str] = &[
    "Published on 27/01/2025 at 18:54",
    "Updated Jan. 23, 2025",
    "18. März 2024",
    "2024-03-18T09:15:00+01:00",
    "2024-03-18T08:15:00.000Z",
    "2024-03-18 09:15 +0100",
    "2025年3月14日 09:30",
    "2025년 3월 14일",
    "2025.03.14 09:30",
    "5 de marzo de 2024, 10h30",
    "5 de 2024 March 5, 2024",
    "1er janvier 2024 à 8h05",
    "March 5th, 2024 at 5:30 p.m.",
    "MARCH 5 2024 5:30PM",
    "foo—March 5, 2024",
    "3 apples 2024 and 5 March 2024",
    "01/27/2025 7.45 am",
    "12345-01-01 2024-1-5",
    "99/99/2020",
    "31 April 2021",
    "Tuesday, 5 November, 2024 - 16:04",
    "by Jane Doe | 2024-11-05 | 4 min read",
    "On 2/3/2020\n12:30 am",
    "٣ March 2024 and 4 March 2024",
    "x2024-01-01 and 2023-05-06",
];

#[test]
fn the_hand_written_shapes_read_what_the_regular_expressions_read() {
    for text in SAMPLES {
        assert_eq!(super::find_date(text), find_date_by_regex(text), "{text:?}");
    }
}

/// Pieces dates are written with, glued at random: numbers and
/// separators most often, so that most texts hold a date or a near miss.
fn piece() -> impl Strategy<Value = &'static str> {
    let numbers = prop::sample::select(vec!["2024", "1999", "20245", "12", "3", "07", "31", "123", "0", "59"]);
    let separators = prop::sample::select(vec!["-", "/", ".", ":", "h", ",", "T", " "]);
    let spaces = prop::sample::select(vec![" ", "  ", "\n", "\u{a0}", "\t"]);
    let words = prop::sample::select(vec![
        "am", "P.M.", "pm", "a.m", "st", "th", "er", "º", "de ", "De ", "March", "mars", "Jan.", "März", "Sept",
        "apples", "Z", "+01:00", "-0500", "+0100",
    ]);
    // No "²" or combining marks: `\b` here takes Rust's letters and
    // numbers for word characters, the regex crate letters, decimal digits
    // and marks (see `shapes::is_word`).
    let other = prop::sample::select(vec!["年", "月", "日", "년", "월", "일", "—", "x", "_", "é", "٣", "(", ")"]);
    prop_oneof![5 => numbers, 4 => separators, 3 => spaces, 3 => words, 1 => other]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]
    #[test]
    fn hand_written_and_regular_expression_dates_agree(pieces in prop::collection::vec(piece(), 0..14)) {
        let text: String = pieces.concat();
        prop_assert_eq!(super::find_date(&text), find_date_by_regex(&text), "{:?}", text);
    }
}
