//! The five date shapes [`find_date`](super::find_date) reads, matched by
//! hand: as regular expressions they took 11M instructions to compile,
//! more than a whole page's cleaning.
//!
//! Each function finds the leftmost match at or after a byte offset, with
//! the semantics of the regular expression in its documentation
//! (leftmost-first, greedy counts, `\b` and `\s` over Unicode). Every scan
//! looks only at the characters right after its start, so a search is
//! linear in the text.

/// A date found in a text: where it starts and ends (byte offsets), its
/// numbers, and the time written right after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Found<'t> {
    pub start: usize,
    pub end: usize,
    pub year: u32,
    /// The month's number, or (for [`day_month`] and [`month_day`]) 0 with
    /// the word that stands where a month name can in `month_word`.
    pub month: u32,
    pub month_word: &'t str,
    pub day: u32,
    pub time: Option<Time<'t>>,
    /// An ISO date's zone (`Z`, `+01:00`, `-0500`).
    pub zone: Option<&'t str>,
}

impl<'t> Found<'t> {
    /// A date without a month word or a zone.
    fn new(start: usize, end: usize, (year, month, day): (u32, u32, u32), time: Option<Time<'t>>) -> Self {
        Found { start, end, year, month, month_word: "", day, time, zone: None }
    }

    /// A date whose month is a word, looked up later.
    fn named(start: usize, end: usize, year: u32, month_word: &'t str, day: u32, time: Option<Time<'t>>) -> Self {
        Found { month_word, ..Found::new(start, end, (year, 0, day), time) }
    }
}

/// A time of day: hour, minute and the `am`/`pm` mark after them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Time<'t> {
    pub hour: u32,
    pub minute: u32,
    pub meridiem: Option<&'t str>,
}

/// Whether `c` is a word character as `\b` has it (letters, digits, `_`).
/// The regex crate also counts combining marks and not other numbers
/// ("²", "½"): in normalised text next to a date, neither shows.
fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Whether a word boundary (`\b`) lies at byte offset `i`.
fn boundary(text: &str, i: usize) -> bool {
    let before = text[..i].chars().next_back().is_some_and(is_word);
    let after = text[i..].chars().next().is_some_and(is_word);
    before != after
}

/// End of a run of ASCII digits at `i` if it has `min..=max` of them
/// (longer runs count `max`: what follows decides).
fn digits(text: &str, i: usize, min: usize, max: usize) -> Option<usize> {
    let n = text.as_bytes()[i..].iter().take(max).take_while(|b| b.is_ascii_digit()).count();
    (n >= min).then_some(i + n)
}

/// The number written at `start..end` (ASCII digits).
fn number(text: &str, start: usize, end: usize) -> u32 {
    text[start..end].bytes().fold(0, |n, b| n * 10 + u32::from(b - b'0'))
}

/// End of a run of white space at `i` (`\s*`).
fn spaces(text: &str, i: usize) -> usize {
    i + text[i..].find(|c: char| !c.is_whitespace()).unwrap_or(text.len() - i)
}

/// End of at least one white-space character at `i` (`\s+`).
fn spaces1(text: &str, i: usize) -> Option<usize> {
    let end = spaces(text, i);
    (end > i).then_some(end)
}

/// `i` past `c` if the text has it there.
fn opt_char(text: &str, i: usize, c: char) -> usize {
    if text[i..].starts_with(c) {
        i + c.len_utf8()
    } else {
        i
    }
}

/// `i` past the first of `words` the text has there, compared without
/// ASCII case when `fold`.
fn opt_word(text: &str, i: usize, words: &[&str], fold: bool) -> usize {
    let rest = &text.as_bytes()[i..];
    words
        .iter()
        .find(|w| {
            rest.len() >= w.len()
                && if fold {
                    rest[..w.len()].eq_ignore_ascii_case(w.as_bytes())
                } else {
                    &rest[..w.len()] == w.as_bytes()
                }
        })
        .map_or(i, |w| i + w.len())
}

/// Whether `c` can stand in a month name (`[^\s0-9.,:;!?()\[\]{}/|"'«»“”‘’-]`).
fn is_month_char(c: char) -> bool {
    !(c.is_whitespace()
        || c.is_ascii_digit()
        || matches!(
            c,
            '.' | ','
                | ':'
                | ';'
                | '!'
                | '?'
                | '('
                | ')'
                | '['
                | ']'
                | '{'
                | '}'
                | '/'
                | '|'
                | '"'
                | '\''
                | '«'
                | '»'
                | '“'
                | '”'
                | '‘'
                | '’'
                | '-'
        ))
}

/// End of the run of month characters at `i`.
fn month_run(text: &str, i: usize) -> usize {
    i + text[i..].find(|c: char| !is_month_char(c)).unwrap_or(text.len() - i)
}

/// The time after a date at `i`:
/// `(?:[^0-9\n]{0,8}?([0-9]{1,2})[:h.]([0-9]{2})(?::[0-9]{2})?\s*([ap]\.?m\.?)?)?`,
/// the `am`/`pm` mark without case when `fold`. Returns it and where the
/// match ends.
fn time_after(text: &str, i: usize, fold: bool) -> (Option<Time<'_>>, usize) {
    let mut at = i;
    for _ in 0..=8 {
        if let Some(found) = time_at(text, at, fold) {
            return found;
        }
        match text[at..].chars().next() {
            Some(c) if !c.is_ascii_digit() && c != '\n' => at += c.len_utf8(),
            _ => break,
        }
    }
    (None, i)
}

fn time_at(text: &str, i: usize, fold: bool) -> Option<(Option<Time<'_>>, usize)> {
    let h_end = digits(text, i, 1, 2)?;
    if !matches!(text.as_bytes().get(h_end), Some(b':' | b'h' | b'.')) {
        return None;
    }
    let m_end = digits(text, h_end + 1, 2, 2)?;
    let mut end = m_end;
    if text.as_bytes().get(end) == Some(&b':') {
        if let Some(s_end) = digits(text, end + 1, 2, 2) {
            end = s_end;
        }
    }
    // `\s*` is part of the match whether or not a mark follows.
    let after_space = spaces(text, end);
    end = after_space;
    let b = text.as_bytes();
    let mut meridiem = None;
    if let Some(&first) = b.get(after_space) {
        let first = if fold { first.to_ascii_lowercase() } else { first };
        if first == b'a' || first == b'p' {
            let mut k = opt_char(text, after_space + 1, '.');
            if b.get(k).is_some_and(|&m| m == b'm' || (fold && m == b'M')) {
                k = opt_char(text, k + 1, '.');
                meridiem = Some(&text[after_space..k]);
                end = k;
            }
        }
    }
    let time = Time { hour: number(text, i, h_end), minute: number(text, h_end + 1, m_end), meridiem };
    Some((Some(time), end))
}

/// Byte offsets of digits that open a run of digits, from `from` on.
fn digit_run_starts(text: &str, from: usize) -> impl Iterator<Item = usize> + '_ {
    let b = text.as_bytes();
    (from..b.len()).filter(move |&i| b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_digit()))
}

/// `\b([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[T ]([0-9]{1,2}):([0-9]{2})(?::[0-9]{2}(?:\.[0-9]+)?)?\s?(Z|[+-][0-9]{2}:?[0-9]{2})?)?`
pub(super) fn iso(text: &str) -> Option<Found<'_>> {
    let b = text.as_bytes();
    digit_run_starts(text, 0).filter(|&i| boundary(text, i)).find_map(|start| {
        let y_end = digits(text, start, 4, 4)?;
        (b.get(y_end) == Some(&b'-')).then_some(())?;
        let m_end = digits(text, y_end + 1, 1, 2)?;
        (b.get(m_end) == Some(&b'-')).then_some(())?;
        let d_end = digits(text, m_end + 1, 1, 2)?;
        let date = (number(text, start, y_end), number(text, y_end + 1, m_end), number(text, m_end + 1, d_end));
        let mut found = Found::new(start, d_end, date, None);
        if let Some((time, end, zone)) = iso_time(text, d_end) {
            (found.time, found.end, found.zone) = (Some(time), end, zone);
        }
        Some(found)
    })
}

/// The time part of an ISO date at `i`, with where it ends and its zone.
fn iso_time(text: &str, i: usize) -> Option<(Time<'_>, usize, Option<&str>)> {
    let b = text.as_bytes();
    if !matches!(b.get(i), Some(b'T' | b' ')) {
        return None;
    }
    let h_end = digits(text, i + 1, 1, 2)?;
    (b.get(h_end) == Some(&b':')).then_some(())?;
    let m_end = digits(text, h_end + 1, 2, 2)?;
    let mut end = m_end;
    if b.get(end) == Some(&b':') {
        if let Some(s_end) = digits(text, end + 1, 2, 2) {
            end = s_end;
            if b.get(end) == Some(&b'.') {
                if let Some(f_end) = digits(text, end + 1, 1, usize::MAX) {
                    end = f_end;
                }
            }
        }
    }
    let time = Time { hour: number(text, i + 1, h_end), minute: number(text, h_end + 1, m_end), meridiem: None };
    let zone_at = text[end..].chars().next().filter(|c| c.is_whitespace()).map_or(end, |c| end + c.len_utf8());
    let zone_end = match b.get(zone_at) {
        Some(b'Z') => Some(zone_at + 1),
        Some(b'+' | b'-') => {
            digits(text, zone_at + 1, 2, 2).map(|h| opt_char(text, h, ':')).and_then(|k| digits(text, k, 2, 2))
        }
        _ => None,
    };
    Some(match zone_end {
        Some(z) => (time, z, Some(&text[zone_at..z])),
        None => (time, end, None),
    })
}

/// `\b([0-9]{1,2})[./-]([0-9]{1,2})[./-]([0-9]{4})\b` and the time after it
/// (day and month in the order written).
pub(super) fn numeric(text: &str) -> Option<Found<'_>> {
    let b = text.as_bytes();
    let sep = |i: usize| matches!(b.get(i), Some(b'.' | b'/' | b'-'));
    digit_run_starts(text, 0).filter(|&i| boundary(text, i)).find_map(|start| {
        let a_end = digits(text, start, 1, 2)?;
        sep(a_end).then_some(())?;
        let b_end = digits(text, a_end + 1, 1, 2)?;
        sep(b_end).then_some(())?;
        let y_end = digits(text, b_end + 1, 4, 4)?;
        boundary(text, y_end).then_some(())?;
        let (time, end) = time_after(text, y_end, false);
        let date = (number(text, b_end + 1, y_end), number(text, a_end + 1, b_end), number(text, start, a_end));
        Some(Found::new(start, end, date, time))
    })
}

/// `(?i)\b([0-9]{1,2})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?(MONTH)\.?,?\s+(?:de\s+)?([0-9]{4})`
/// and the time after it, from `from` on.
pub(super) fn day_month(text: &str, from: usize) -> Option<Found<'_>> {
    digit_run_starts(text, from).filter(|&i| boundary(text, i)).find_map(|start| {
        let d_end = digits(text, start, 1, 2)?;
        let i = opt_word(text, d_end, &["st", "nd", "rd", "th", "er", "º"], true);
        let i = spaces1(text, opt_char(text, i, '.'))?;
        // `(?:de\s+)?` is tried taken first, then not taken: "5 de 2024"
        // matches with "de" as its month word.
        let after_de = optional_de(text, i);
        let month_at = |m: usize| {
            let m_end = month_run(text, m);
            (m_end > m).then_some(())?;
            let k = optional_de(text, spaces1(text, opt_char(text, opt_char(text, m_end, '.'), ','))?);
            let y_end = digits(text, k, 4, 4)?;
            Some((m, m_end, k, y_end))
        };
        let (m, m_end, k, y_end) = month_at(after_de).or_else(|| (after_de > i).then(|| month_at(i)).flatten())?;
        let (time, end) = time_after(text, y_end, true);
        Some(Found::named(start, end, number(text, k, y_end), &text[m..m_end], number(text, start, d_end), time))
    })
}

/// `i` past `(?i:de)\s+` if the text has it there.
fn optional_de(text: &str, i: usize) -> usize {
    let after = opt_word(text, i, &["de"], true);
    if after == i {
        return i;
    }
    spaces1(text, after).unwrap_or(i)
}

/// `(?i)\b(MONTH)\.?\s+([0-9]{1,2})(?:st|nd|rd|th)?,?\s+([0-9]{4})` and the
/// time after it, from `from` on.
pub(super) fn month_day(text: &str, from: usize) -> Option<Found<'_>> {
    let mut i = from;
    while i < text.len() {
        // A run of month characters: its match, if any, starts at its first
        // word boundary; what follows the run decides for all its starts.
        let Some(run_start) = text[i..].find(is_month_char).map(|k| i + k) else { break };
        let run_end = month_run(text, run_start);
        let start = text[run_start..run_end].char_indices().map(|(k, _)| run_start + k).find(|&k| boundary(text, k));
        if let Some(start) = start {
            if let Some(found) = month_day_after(text, start, run_end) {
                return Some(found);
            }
        }
        i = run_end;
    }
    None
}

fn month_day_after(text: &str, start: usize, run_end: usize) -> Option<Found<'_>> {
    let i = spaces1(text, opt_char(text, run_end, '.'))?;
    let d_end = digits(text, i, 1, 2)?;
    let k = opt_word(text, d_end, &["st", "nd", "rd", "th"], true);
    let k = spaces1(text, opt_char(text, k, ','))?;
    let y_end = digits(text, k, 4, 4)?;
    let (time, end) = time_after(text, y_end, true);
    Some(Found::named(start, end, number(text, k, y_end), &text[start..run_end], number(text, i, d_end), time))
}

/// `(?:^|[^0-9])([0-9]{4})\s*(?:年|년|\.)\s*([0-9]{1,2})\s*(?:月|월|\.)\s*([0-9]{1,2})(?:\s*(?:日|일))?`
/// and the time after it; the match starts at the character before the
/// year, if any.
pub(super) fn year_first(text: &str) -> Option<Found<'_>> {
    let sep = |i: usize, marks: [char; 2]| {
        let c = text[i..].chars().next()?;
        (c == '.' || marks.contains(&c)).then(|| i + c.len_utf8())
    };
    digit_run_starts(text, 0).find_map(|y_start| {
        let y_end = digits(text, y_start, 4, 4)?;
        let i = spaces(text, sep(spaces(text, y_end), ['年', '년'])?);
        let m_end = digits(text, i, 1, 2)?;
        let k = spaces(text, sep(spaces(text, m_end), ['月', '월'])?);
        let d_end = digits(text, k, 1, 2)?;
        let after_day = spaces(text, d_end);
        let day_end = text[after_day..]
            .chars()
            .next()
            .filter(|c| matches!(c, '日' | '일'))
            .map_or(d_end, |c| after_day + c.len_utf8());
        let (time, end) = time_after(text, day_end, false);
        let start = text[..y_start].chars().next_back().map_or(0, |c| y_start - c.len_utf8());
        let date = (number(text, y_start, y_end), number(text, i, m_end), number(text, k, d_end));
        Some(Found::new(start, end, date, time))
    })
}
