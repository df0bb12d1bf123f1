//! Finding and normalising dates in datelines ("Published on 27/01/2025 at
//! 18:54", "Updated Jan. 23, 2025", "18. März 2024").

use std::sync::LazyLock;

#[cfg(test)]
mod oracle;
mod shapes;

/// Month names and abbreviations in the languages of the phrase lists,
/// one month per line of `rules/months.txt`.
static MONTHS: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    crate::rules::word_list(crate::rules::MONTHS).map(|line| line.split_whitespace().collect()).collect()
});

/// Finds the first date in `text` and returns it as ISO 8601
/// (`YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` when a time follows, with its zone
/// when an ISO date gives one: `2024-03-18T09:15+01:00`).
///
/// Numeric dates are read day first unless the first number is over 12 only
/// in the second position (`01/27/2025` is read as January 27).
///
/// # Example
/// ```
/// use pagewash::dates::find_date;
/// assert_eq!(find_date("Published on 27/01/2025 at 18:54").as_deref(), Some("2025-01-27T18:54"));
/// assert_eq!(find_date("Updated Jan. 23, 2025").as_deref(), Some("2025-01-23"));
/// assert_eq!(find_date("18. März 2024").as_deref(), Some("2024-03-18"));
/// assert_eq!(find_date("2024-03-18T09:15:00+01:00").as_deref(), Some("2024-03-18T09:15+01:00"));
/// assert_eq!(find_date("2024-03-18T08:15:00.000Z").as_deref(), Some("2024-03-18T08:15Z"));
/// assert_eq!(find_date("no date here"), None);
/// ```
pub fn find_date(text: &str) -> Option<String> {
    // Every shape needs a digit; most text has none near a date.
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let with_time = |f: &shapes::Found<'_>, year: u32, month: u32, day: u32| {
        let (hour, minute) = (f.time.map(|t| t.hour), f.time.map(|t| t.minute));
        iso(Some(year), Some(month), Some(day), hour, minute, f.time.and_then(|t| t.meridiem))
    };
    let mut best: Option<(usize, String)> = None;
    if let Some(f) = shapes::iso(text) {
        let zone = f.zone.and_then(time_zone);
        if let Some(d) = with_time(&f, f.year, f.month, f.day).map(|d| match &zone {
            // A time zone is kept where the date has a time.
            Some(z) if d.contains('T') => format!("{d}{z}"),
            _ => d,
        }) {
            // Nothing can start before a date at the very start (the
            // `content` of a date meta tag, usually ISO).
            if f.start == 0 {
                return Some(d);
            }
            best = Some((f.start, d));
        }
    }
    let mut consider = |start: usize, iso: Option<String>| {
        if let Some(iso) = iso {
            if best.as_ref().is_none_or(|(s, _)| start < *s) {
                best = Some((start, iso));
            }
        }
    };
    if let Some(f) = shapes::numeric(text) {
        // Written day first unless only the second number can be a day.
        let (a, b) = (f.day, f.month);
        let (day, month) = if a <= 12 && b > 12 { (b, a) } else { (a, b) };
        consider(f.start, with_time(&f, f.year, month, day));
    }
    if let Some((f, month)) = first_with_month(text, shapes::day_month) {
        consider(f.start, with_time(&f, f.year, month, f.day));
    }
    if let Some((f, month)) = first_with_month(text, shapes::month_day) {
        consider(f.start, with_time(&f, f.year, month, f.day));
    }
    if let Some(f) = shapes::year_first(text) {
        consider(f.start, with_time(&f, f.year, f.month, f.day));
    }
    best.map(|(_, iso)| iso)
}

/// The first match of a shape whose month word is a month name, with the
/// month's number; each search starts where the match before it ended.
fn first_with_month<'t>(
    text: &'t str,
    shape: impl Fn(&'t str, usize) -> Option<shapes::Found<'t>>,
) -> Option<(shapes::Found<'t>, u32)> {
    let mut from = 0;
    loop {
        let found = shape(text, from)?;
        if let Some(month) = month_number(found.month_word) {
            return Some((found, month));
        }
        if found.end <= from {
            return None;
        }
        from = found.end;
    }
}

pub(crate) fn month_number(name: &str) -> Option<u32> {
    let lower = name.to_lowercase();
    MONTHS.iter().position(|names| names.contains(&lower.as_str())).and_then(|i| u32::try_from(i + 1).ok())
}

fn iso(
    year: Option<u32>,
    month: Option<u32>,
    day: Option<u32>,
    hour: Option<u32>,
    minute: Option<u32>,
    meridiem: Option<&str>,
) -> Option<String> {
    let (year, month, day) = (year?, month?, day?);
    if !(1900..=2200).contains(&year) || !(1..=12).contains(&month) || !(1..=days_in_month(year, month)).contains(&day)
    {
        return None;
    }
    let date = format!("{year:04}-{month:02}-{day:02}");
    match (hour, minute) {
        (Some(mut h), Some(m)) if h < 24 && m < 60 => {
            if let Some(mer) = meridiem {
                let pm = mer.to_ascii_lowercase().starts_with('p');
                if pm && h < 12 {
                    h += 12;
                } else if !pm && h == 12 {
                    h = 0;
                }
            }
            Some(format!("{date}T{h:02}:{m:02}"))
        }
        _ => Some(date),
    }
}

/// An ISO 8601 zone as `Z` or `+HH:MM`; `None` for an offset out of range.
fn time_zone(z: &str) -> Option<String> {
    if z == "Z" {
        return Some("Z".into());
    }
    let digits: String = z[1..].chars().filter(char::is_ascii_digit).collect();
    let (h, m) = (digits.get(..2)?.parse::<u32>().ok()?, digits.get(2..4)?.parse::<u32>().ok()?);
    (h <= 14 && m < 60).then(|| format!("{}{h:02}:{m:02}", &z[..1]))
}

/// Whether `value` is an ISO 8601 date or date-time whose day the
/// calendar has: what [`Page::now`](crate::Page::now) accepts.
///
/// # Example
/// ```
/// use pagewash::dates::is_iso_day;
/// assert!(is_iso_day("2026-12-07") && is_iso_day("2026-12-07T04:06:35Z"));
/// assert!(!is_iso_day("2026-02-30") && !is_iso_day("07/12/2026") && !is_iso_day("June"));
/// ```
pub fn is_iso_day(value: &str) -> bool {
    Day::parse(value.trim()).is_some()
}

/// A day of the Gregorian calendar, as days since 1970-01-01: what a
/// metadata date is checked against (see [`Page::now`](crate::Page::now)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Day(i64);

impl Day {
    /// The day an ISO 8601 date or date-time starts with (`2026-12-07`,
    /// `2026-12-07T04:06:35Z`); `None` unless the calendar has that day.
    pub(crate) fn parse(iso: &str) -> Option<Day> {
        let b = iso.as_bytes();
        let digits = |r: std::ops::Range<usize>| {
            let part = iso.get(r)?;
            part.bytes().all(|c| c.is_ascii_digit()).then(|| part.parse::<u32>().ok())?
        };
        if b.len() < 10 || b[4] != b'-' || b[7] != b'-' || b.get(10).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        let (year, month, day) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
        ((1..=12).contains(&month) && (1..=days_in_month(year, month)).contains(&day))
            .then(|| Day(days_from_civil(i64::from(year), i64::from(month), i64::from(day))))
    }

    /// Today, by the system clock (UTC).
    pub(crate) fn today() -> Day {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
        Day(secs / 86_400)
    }

    /// The day after this one.
    pub(crate) fn next(self) -> Day {
        Day(self.0 + 1)
    }
}

impl std::fmt::Display for Day {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (y, m, d) = civil_from_days(self.0);
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date: count whole
/// 400-year eras (146,097 days each) from 0000-03-01, then the day within
/// the era, with years starting in March so that leap days come last.
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let march_month = (month + 9) % 12;
    let day_of_year = (153 * march_month + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The inverse of [`days_from_civil`].
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let march_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * march_month + 2) / 5 + 1;
    let month = if march_month < 10 { march_month + 3 } else { march_month - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Days of a month of the Gregorian calendar.
fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::{find_date, Day};

    #[test]
    fn days_round_trip_through_the_calendar() {
        for iso in ["1970-01-01", "2000-02-29", "2024-12-31", "1900-03-01", "2199-07-15", "0001-01-01"] {
            let day = Day::parse(iso).expect(iso);
            assert_eq!(day.to_string(), iso);
        }
        assert_eq!(Day::parse("1970-01-02"), Some(Day(1)));
        assert_eq!(Day::parse("2026-12-07T04:06:35Z").map(|d| d.to_string()).as_deref(), Some("2026-12-07"));
        assert_eq!(Day::parse("2024-02-28").map(Day::next), Day::parse("2024-02-29"));
        assert_eq!(Day::parse("2023-12-31").map(Day::next), Day::parse("2024-01-01"));
        for bad in ["2023-02-29", "2024-13-01", "2024-1-01", "20240101", "2024-01-011", "yesterday", "2024-01-0x"] {
            assert_eq!(Day::parse(bad), None, "{bad}");
        }
        assert!(Day::today() > Day::parse("2026-01-01").expect("valid"));
    }

    #[test]
    fn reads_common_dateline_shapes() {
        let cases = [
            ("Reuters November 18, 2019 11:03 PM", "2019-11-18T23:03"),
            ("2024-05-06T08:30:00Z", "2024-05-06T08:30Z"),
            ("Publié le 3 mars 2023 à 10h15", "2023-03-03T10:15"),
            ("12 de enero de 2022", "2022-01-12"),
            ("01/27/2025", "2025-01-27"),
            ("5.6.2021", "2021-06-05"),
            ("2025年3月14日", "2025-03-14"),
            ("2025년 3월 14일", "2025-03-14"),
            ("2025.03.14 09:30", "2025-03-14T09:30"),
            ("Updated:March 3, 2020", "2020-03-03"),
            ("(3 MARCH 2020, 4:05 PM)", "2020-03-03T16:05"),
            ("«18 марта 2024»", "2024-03-18"),
            ("Won 3 titles 2019, then on 4 Sept. 2021 retired", "2021-09-04"),
            ("Sept. 4, 2021", "2021-09-04"),
        ];
        for (text, want) in cases {
            assert_eq!(find_date(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn rejects_impossible_dates() {
        assert_eq!(find_date("99/99/2020"), None);
        // Days the calendar does not have.
        assert_eq!(find_date("31/02/2024"), None);
        assert_eq!(find_date("29/02/2023"), None);
        assert_eq!(find_date("31 April 2021"), None);
        assert_eq!(find_date("29/02/2024").as_deref(), Some("2024-02-29"));
        assert_eq!(find_date("29/02/2000").as_deref(), Some("2000-02-29"));
        assert_eq!(find_date("29/02/1900"), None);
        assert_eq!(find_date("version 1.2.3"), None);
    }
}
