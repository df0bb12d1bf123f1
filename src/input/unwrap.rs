//! Hard-wrapped dumps: `lynx -dump`, `w3m -dump` and html2text (by
//! default) break every paragraph into lines of at most some width, 72 to
//! 80 characters. Read line by line, a paragraph becomes a stack of
//! fragments without sentence ends, and the article looks like a menu.
//!
//! A dump is hard-wrapped when a wall of its lines, of many lengths, ends
//! just short of one width, five times fewer lines end just past it (lines
//! far past it are unbreakable: URLs, Markdown links), and the line after a
//! wall line mostly goes on in lower case. Two lines are one paragraph when
//! the second's first word would not have fitted on the first: that is why
//! the wrapper broke there. A short line (a menu entry, a heading, a
//! paragraph's last line) ends where its text ends, and the next line
//! starts a block of its own; so does a list item, quote or heading mark.

/// Narrowest and widest wrap widths recognised.
const WIDTHS: std::ops::RangeInclusive<usize> = 30..=MAX_WIDTH;

/// Lines a dump needs before its width is guessed.
const MIN_LINES: usize = 12;

/// How far short of the width a line may end and still count as wrapped
/// (the next word was longer than what was left).
const SLACK: usize = 10;

/// Share of the lines of half the width or more, in percent, that must end
/// within [`SLACK`] of the width.
const MIN_WALL_PERCENT: usize = 45;

/// Share of lines, in percent, allowed past the width (unbreakable words,
/// Markdown links).
const MAX_OVER_PERCENT: usize = 80;

/// The width a dump was wrapped at, if it was.
#[cfg(test)]
pub fn wrap_width(text: &str) -> Option<usize> {
    let lines: Vec<&str> = super::lines::lines(text).collect();
    width_of(&lines)
}

/// [`wrap_width`] of a dump already split into lines.
fn width_of(lines: &[&str]) -> Option<usize> {
    // Each line's length once, trailing white space aside; blank lines are 0.
    let all: Vec<usize> = lines.iter().map(|l| l.trim_end().chars().count()).collect();
    let lengths: Vec<usize> = all.iter().copied().filter(|&n| n > 0).collect();
    if lengths.len() < MIN_LINES {
        return None;
    }
    let width = wall_width(&lengths)?;
    let count = |range: std::ops::RangeInclusive<usize>| lengths.iter().filter(|l| range.contains(l)).count();
    let near = |len: usize| len + SLACK > width && len <= width;
    let mut wall: Vec<usize> = lengths.iter().copied().filter(|&l| near(l)).collect();
    // Lines past the width are unbreakable words (URLs, Markdown links),
    // not half the page.
    let over = lengths.iter().filter(|&&l| l > width).count();
    // Of the lines at least half the width long, wrapped paragraphs put
    // most right at the width (all but their last lines); unwrapped lines
    // spread over the range.
    let long = count(width.div_ceil(2)..=width);
    let wall_lines = wall.len();
    let walled = wall_lines >= MIN_WALL_LINES && over * 100 <= MAX_OVER_PERCENT * lengths.len();
    // Word wrapping leaves lines of many lengths; lines that all have one
    // length were not wrapped (a table, a repeated line).
    wall.sort_unstable();
    wall.dedup();
    let varied = wall.len() >= MIN_WALL_LENGTHS;
    // A wrapper cuts lines wherever the width runs out, mostly inside a
    // sentence; lines that end a sentence at the width are prose written
    // one sentence or paragraph to a line (a cleaned text, a document).
    let ended = lines.iter().zip(&all).filter(|&(line, &len)| near(len) && ends_sentence(line)).count();
    let cut_inside = ended * 100 <= MAX_ENDED_PERCENT * wall_lines;
    // And it cuts sentences: the line after a wrapped one mostly goes on in
    // lower case, where a menu's next entry is capitalised.
    let (mut followed, mut lower) = (0usize, 0usize);
    for (k, next) in lines.iter().enumerate().skip(1) {
        if !near(all[k - 1]) {
            continue;
        }
        if let Some(c) = next.trim_start().chars().next() {
            followed += 1;
            lower += usize::from(c.is_lowercase());
        }
    }
    // A lower wall (Markdown dumps have many unwrapped link lines of half
    // the width) needs more sentences cut across lines.
    let cut = |wall_percent: usize, lower_percent: usize| {
        wall_lines * 100 >= wall_percent * long && lower * 100 >= lower_percent * followed.max(1)
    };
    (walled
        && varied
        && cut_inside
        && (cut(MIN_WALL_PERCENT, MIN_LOWER_PERCENT) || cut(LOW_WALL_PERCENT, LOW_WALL_LOWER_PERCENT)))
    .then_some(width)
}

/// Whether a line ends a sentence: with a full stop, question or
/// exclamation mark, or a colon, before any closing quotes or brackets.
fn ends_sentence(line: &str) -> bool {
    let end = line.trim_end().trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')', ']', '\u{bb}']);
    end.ends_with(['.', '!', '?', ':', '\u{3002}', '\u{ff01}', '\u{ff1f}'])
}

/// The width where the most lines end just short of it and next to none
/// just past it: a wrapper's width, if there is one. Lines past it by more
/// (unbreakable words, Markdown links with their URLs) do not move it.
fn wall_width(lengths: &[usize]) -> Option<usize> {
    let mut histogram = [0usize; 2 * MAX_WIDTH + 1];
    for &l in lengths {
        histogram[l.min(2 * MAX_WIDTH)] += 1;
    }
    let sum = |from: usize, to: usize| histogram[from..=to].iter().sum::<usize>();
    let (score, width) = WIDTHS
        .map(|w| {
            let (below, above) = (sum(w + 1 - SLACK, w), sum(w + 1, w + SLACK));
            (below as isize - DROP as isize * above as isize, w)
        })
        .max()?;
    (score > 0).then_some(width)
}

/// Widest wrap width recognised.
const MAX_WIDTH: usize = 160;

/// How many times more lines end just short of the width than just past it.
const DROP: usize = 5;

/// Different lengths the lines near the width must have.
const MIN_WALL_LENGTHS: usize = 5;

/// Lines near the width a wrapped dump has at least.
const MIN_WALL_LINES: usize = 8;

/// A lower wall share, in percent, accepted when at least
/// [`LOW_WALL_LOWER_PERCENT`] of the wrapped lines go on in lower case.
const LOW_WALL_PERCENT: usize = 30;

/// See [`LOW_WALL_PERCENT`].
const LOW_WALL_LOWER_PERCENT: usize = 50;

/// Share of the lines near the width, in percent, that may end a sentence
/// (a wrapper breaks a line at a sentence end about as often as at any
/// other word boundary).
const MAX_ENDED_PERCENT: usize = 40;

/// Share of wrapped lines, in percent, whose next line must open in lower case.
const MIN_LOWER_PERCENT: usize = 30;

/// A line of the input, or several hard-wrapped lines joined back into
/// one: its text and its first and last line numbers (1-based).
pub(crate) struct LogicalLine<'a> {
    pub text: std::borrow::Cow<'a, str>,
    pub first: usize,
    pub last: usize,
}

/// The input's lines (as [`super::lines::lines`] splits them) with
/// hard-wrapped paragraphs joined back (see the
/// module docs); blank lines stay, as empty lines. `keep` says which lines
/// may continue the line before them (Markdown keeps code fences apart).
pub(crate) fn logical_lines<'a>(lines: &[&'a str], keep: impl Fn(&str) -> bool) -> Vec<LogicalLine<'a>> {
    let width = width_of(lines);
    let mut out: Vec<LogicalLine<'a>> = Vec::new();
    let mut prev: &str = "";
    for (n, &line) in lines.iter().enumerate() {
        let joins = width.is_some_and(|w| continues(prev, line, w)) && keep(line);
        prev = line;
        match out.last_mut() {
            Some(last) if joins => {
                let text = last.text.to_mut();
                text.push(' ');
                text.push_str(line.trim());
                last.last = n + 1;
            }
            _ => out.push(LogicalLine { text: std::borrow::Cow::Borrowed(line), first: n + 1, last: n + 1 }),
        }
    }
    out
}

/// Whether `next` continues the paragraph that `line` was cut from at
/// `width`: the first word of `next` would not have fitted after `line`.
/// A line that opens like a list item or a quote never continues one.
pub(crate) fn continues(line: &str, next: &str, width: usize) -> bool {
    let line = line.trim_end();
    let next = next.trim();
    // A no-break space does not break: "in\u{a0}Ukraine" is one word to a wrapper.
    let Some(word) = next.split([' ', '\t']).next().filter(|w| !w.is_empty()) else { return false };
    if line.trim().is_empty() || opens_block(next) {
        return false;
    }
    line.chars().count() + 1 + word.chars().count() + FIT_TOLERANCE > width
}

/// Characters by which the width may be overestimated: a wrapper that
/// counts a curly quote or an accent as more than one, or a line pushed a
/// character past the width, moves the wall by one or two.
const FIT_TOLERANCE: usize = 2;

/// Bullets, numbers, quote and heading marks that open a block of their
/// own. (A `*` or `[` that starts emphasis or a link does not.)
pub(crate) fn opens_block(line: &str) -> bool {
    if line.starts_with(['>', '|']) {
        return true;
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let rest = if (1..=3).contains(&digits) && line[digits..].starts_with([')', '.']) {
        &line[digits + 1..]
    } else {
        let marks: usize =
            line.chars().take_while(|c| matches!(c, '*' | '-' | '+' | '•' | '#')).map(char::len_utf8).sum();
        if marks == 0 {
            return false;
        }
        &line[marks..]
    };
    rest.is_empty() || rest.starts_with(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wrap(text: &str, width: usize) -> String {
        let mut out = String::new();
        let mut line = String::new();
        for word in text.split_whitespace() {
            if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
                out.push_str(&line);
                out.push('\n');
                line.clear();
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        out + &line + "\n"
    }

    const PROSE: &str = "The council met on Monday and agreed on a new budget for the schools, \
        after residents asked for longer opening hours at the library and more teachers. ";

    /// Prose whose wrapped lines have many lengths (words picked by a
    /// small linear congruential generator).
    fn varied() -> String {
        let words = ["a", "council", "of", "residents", "met", "extraordinarily", "late", "to", "decide", "on", "it"];
        let mut state = 7u32;
        (0..400)
            .map(|_| {
                state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                words[(state >> 16) as usize % words.len()]
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn the_width_is_found_and_short_dumps_are_left_alone() {
        assert_eq!(wrap_width(&wrap(&varied(), 72)).map(|w| w > 60 && w <= 72), Some(true));
        assert_eq!(wrap_width(&wrap(&varied(), 40)).map(|w| w > 30 && w <= 40), Some(true));
        assert_eq!(wrap_width(&wrap(PROSE, 72)), None);
        let unwrapped = format!("{PROSE}\n").repeat(20);
        assert_eq!(wrap_width(&unwrapped), None);
        let menu = "Home\nNews\nSport\nWeather\nAbout us\nContact\n".repeat(5);
        assert_eq!(wrap_width(&menu), None);
    }

    #[test]
    fn lines_that_end_sentences_at_the_width_are_not_a_wrap() {
        // The same wall of lines, once cut inside sentences, once each line
        // a whole sentence that happens to end near the width.
        let wrapped = wrap(&varied(), 72);
        assert!(wrap_width(&wrapped).is_some());
        let sentences: String = wrapped.lines().map(|l| format!("{l}.\n")).collect();
        assert_eq!(wrap_width(&sentences), None);
    }

    #[test]
    fn a_line_continues_only_where_the_next_word_did_not_fit() {
        let w = 40;
        assert!(continues("The council met on Monday and agreed to", "spend more on the schools.", w));
        assert!(!continues("Home", "News", w));
        assert!(!continues("A short last line of a paragraph.", "Next", w));
        assert!(!continues("The council met on Monday and agreed on", "* a list item", w));
        assert!(!continues("The council met on Monday and agreed on", "12. a numbered item", w));
        assert!(continues("The council met on Monday and agreed on", "[a budget](/budget) for schools", w));
        assert!(continues("The council met on Monday and agreed on", "**a budget** for schools", w));
        assert!(continues(
            "Also read: Greece | Withdrawal from the Program for the",
            "Development of Next Helicopters",
            w
        ));
    }
}

/// The examples that documented these functions when they were public.
#[cfg(test)]
mod examples {
    #[test]
    fn wrap_width_example() {
        use crate::input::unwrap::wrap_width;
        let prose = "The council met on Monday and agreed on a new budget for the schools in the city. ";
        let wrapped: String =
            prose.repeat(8).split(' ').collect::<Vec<_>>().chunks(12).map(|w| w.join(" ") + "\n").collect();
        assert!(wrap_width(&wrapped).is_some());
        assert_eq!(wrap_width(&prose.repeat(8)), None);
    }
}
