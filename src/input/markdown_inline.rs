//! Inline Markdown: renders one line's links, images, emphasis, code spans
//! and escapes to the text a reader sees, counting the characters inside
//! links.
//!
//! Link and image targets are markup, as tag attributes are in HTML: a link
//! keeps its text and drops its target; an image drops both (HTML mode does
//! not keep `alt` text either).

/// A rendered line: the visible text and how many of its characters are link text.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Rendered {
    pub text: String,
    pub link_chars: usize,
    /// Links and images whose targets were dropped.
    pub targets: usize,
}

/// Renders a line's inline Markdown.
pub(crate) fn render(line: &str) -> Rendered {
    let mut out = Rendered::default();
    let pairs = Pairs::of(line);
    render_into(line, 0..line.len(), &pairs, &mut out, 0);
    out.text = fold_spaces(&out.text);
    out
}

/// Deepest link nesting followed (`[ [a](x) ](y)`); deeper brackets stay literal.
const MAX_NESTING: usize = 8;

fn render_into(s: &str, range: std::ops::Range<usize>, pairs: &Pairs, out: &mut Rendered, depth: usize) {
    let bytes = s.as_bytes();
    let mut i = range.start;
    while i < range.end {
        let b = bytes[i];
        match b {
            b'\\' if i + 1 < range.end && bytes[i + 1].is_ascii_punctuation() => {
                push(out, &s[i + 1..i + 2]);
                i += 2;
            }
            b'!' if bytes.get(i + 1) == Some(&b'[') && depth < MAX_NESTING => {
                match pairs.link_at(i + 1).filter(|l| l.end <= range.end) {
                    Some(link) => {
                        out.targets += 1;
                        i = link.end;
                    }
                    None => {
                        push(out, "!");
                        i += 1;
                    }
                }
            }
            b'[' if depth < MAX_NESTING => match pairs.link_at(i).filter(|l| l.end <= range.end) {
                Some(link) => {
                    // Link text is counted as it will read, spaces folded,
                    // as HTML mode counts it.
                    let mut inner = Rendered::default();
                    render_into(s, link.text.clone(), pairs, &mut inner, depth + 1);
                    out.targets += 1 + inner.targets;
                    out.link_chars += fold_spaces(&inner.text).chars().count();
                    out.text.push_str(&inner.text);
                    i = link.end;
                }
                None => {
                    push(out, "[");
                    i += 1;
                }
            },
            b'*' | b'_' | b'`' | b'~' => {
                let run = bytes[i..range.end].iter().take_while(|&&c| c == b).count();
                let before = s[..i].chars().next_back();
                let after = s[i + run..].chars().next();
                if is_literal_run(b, run, before, after) {
                    push(out, &s[i..i + run]);
                }
                i += run;
            }
            _ => {
                let after = s[i..range.end].chars().next().map_or(range.end, |c| i + c.len_utf8());
                let next =
                    s[after..range.end].find(['\\', '!', '[', '*', '_', '`', '~']).map_or(range.end, |n| after + n);
                push(out, &s[i..next]);
                i = next;
            }
        }
    }
}

/// Whether a run of `*`, `_`, `` ` `` or `~` is literal text rather than
/// emphasis, code or strike-through markup: inside a word (`snake_case`,
/// `2*3`) or standing alone between spaces (`5 * 3`). A single `~` is
/// literal (`~5 km`); strike-through takes two.
fn is_literal_run(marker: u8, run: usize, before: Option<char>, after: Option<char>) -> bool {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let space = |c: Option<char>| c.is_none_or(char::is_whitespace);
    match marker {
        b'~' => run == 1,
        b'`' => false,
        _ => (word(before) && word(after)) || (space(before) && space(after) && marker == b'*'),
    }
}

fn push(out: &mut Rendered, s: &str) {
    out.text.push_str(s);
}

/// A link found at a `[`: the byte range of its text and where it ends.
struct Link {
    text: std::ops::Range<usize>,
    end: usize,
}

/// Where each `[` and `(` of a line closes, found in one pass so that a
/// line of many unclosed brackets costs linear time.
struct Pairs {
    close: Vec<u32>,
}

const UNCLOSED: u32 = u32::MAX;

impl Pairs {
    fn of(s: &str) -> Pairs {
        let bytes = s.as_bytes();
        // A line without a `[` has no link (most lines), and positions must fit in u32.
        if bytes.len() >= u32::MAX as usize || memchr::memchr(b'[', bytes).is_none() {
            return Pairs { close: Vec::new() };
        }
        let mut close = vec![UNCLOSED; bytes.len()];
        let (mut squares, mut rounds) = (Vec::new(), Vec::new());
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\\' => i += 1,
                b'[' => squares.push(i),
                b'(' => rounds.push(i),
                b']' => {
                    if let Some(open) = squares.pop() {
                        close[open] = i as u32;
                    }
                }
                b')' => {
                    if let Some(open) = rounds.pop() {
                        close[open] = i as u32;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        Pairs { close }
    }

    fn closer(&self, open: usize) -> Option<usize> {
        self.close.get(open).filter(|&&c| c != UNCLOSED).map(|&c| c as usize)
    }

    /// Parses `[text](target)` or `[text][ref]` starting at the `[` at `open`.
    fn link_at(&self, open: usize) -> Option<Link> {
        let close = self.closer(open)?;
        let end = self.closer(close + 1)? + 1;
        Some(Link { text: open + 1..close, end })
    }
}

fn fold_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> String {
        render(s).text
    }

    #[test]
    fn links_keep_their_text_and_count_it() {
        let r = render("Read [the report](https://example.org/a_b \"Title\") today.");
        assert_eq!(r.text, "Read the report today.");
        assert_eq!(r.link_chars, "the report".len());
        assert_eq!(r.targets, 1);
    }

    #[test]
    fn images_go_whole_even_inside_links() {
        assert_eq!(text("[ ![logo](/img/logo.svg) Home ](/)"), "Home");
        assert_eq!(text("![](https://x.org/a.png)"), "");
    }

    #[test]
    fn emphasis_and_code_marks_go_but_intraword_underscores_stay() {
        assert_eq!(text("**Bold** and _light_ and `code` and snake_case"), "Bold and light and code and snake_case");
        assert_eq!(text("Company __"), "Company");
        assert_eq!(text("5 * 3 = 15"), "5 * 3 = 15");
    }

    #[test]
    fn escapes_render_their_character() {
        assert_eq!(text(r"1\. Not a list \[x\]"), "1. Not a list [x]");
    }

    #[test]
    fn unbalanced_brackets_stay_literal() {
        assert_eq!(text("a [b c"), "a [b c");
        assert_eq!(text("[b] c"), "[b] c");
        assert_eq!(text("[b](c"), "[b](c");
    }

    #[test]
    fn reference_links_keep_their_text() {
        let r = render("See [the docs][1].");
        assert_eq!((r.text.as_str(), r.link_chars), ("See the docs.", 8));
    }

    #[test]
    fn deep_nesting_and_multibyte_text_do_not_panic() {
        let deep = "[".repeat(5000) + &"](x)".repeat(5000);
        let _ = render(&deep);
        assert_eq!(text("«Ça» [naïve](x) — 東京"), "«Ça» naïve — 東京");
    }
}
