//! Recovers pages whose `<title>` is never closed.
//!
//! A `<title>` holds raw text: an HTML5 parser reads everything up to
//! `</title>` as the title, markup included. When the end tag is missing
//! (a template bug, a truncated head), the whole page becomes title text and
//! every extractor returns nothing. Before parsing, this scan finds a first
//! `<title>` whose text runs on for more than a title can hold *and* contains
//! markup, and closes it where the title most likely ended: at the end of
//! its first line of text or at its first tag, whichever comes first.
//!
//! The scan is linear: one search for `<title`, one for `</title`, one pass
//! over the title's text.

/// A title is never longer than this (bytes) in a page that closes it.
const MAX_TITLE_BYTES: usize = 1024;

/// The page with its runaway `<title>` closed, and where it was closed, or
/// `None` when the title is closed in time (the common case), holds no
/// markup, or there is none.
pub(crate) fn close_runaway_title(html: &str) -> Option<(String, usize)> {
    let bytes = html.as_bytes();
    let open = find_ascii_ci(bytes, b"<title", 0)?;
    // Only the head's title: a <title> inside <body> (an SVG's) is not it.
    if find_ascii_ci(&bytes[..open], b"<body", 0).is_some() {
        return None;
    }
    let after_name = open + b"<title".len();
    if bytes.get(after_name).is_some_and(|b| !(b.is_ascii_whitespace() || *b == b'>' || *b == b'/')) {
        return None;
    }
    let content = after_name + memchr::memchr(b'>', &bytes[after_name..])? + 1;
    let end = find_ascii_ci(bytes, b"</title", content).unwrap_or(bytes.len());
    if end - content <= MAX_TITLE_BYTES {
        return None;
    }
    let text = &bytes[content..end];
    let first_tag =
        text.windows(2).position(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/' || w[1] == b'!'))?;
    let lead = text.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(text.len());
    let line_end = memchr::memchr(b'\n', &text[lead..]).map_or(text.len(), |i| lead + i);
    let cut = content + first_tag.min(line_end);
    let mut out = String::with_capacity(html.len() + 8);
    out.push_str(&html[..cut]);
    out.push_str("</title>");
    out.push_str(&html[cut..]);
    Some((out, cut))
}

/// The first position of `needle` (ASCII, lower case) in `hay` at or after
/// `from`, compared ASCII case-insensitively.
fn find_ascii_ci(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    let first = needle[0];
    let mut i = from;
    while i < hay.len() {
        let rel = memchr::memchr2(first, first.to_ascii_uppercase(), &hay[i..])?;
        let at = i + rel;
        if hay.len() - at >= needle.len() && hay[at..at + needle.len()].eq_ignore_ascii_case(needle) {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body() -> String {
        "<p>The council approved the budget on Tuesday after a long debate.</p>".repeat(30)
    }

    #[test]
    fn closes_a_title_that_runs_into_the_body() {
        let html =
            format!("<html><head><title>Council news\n<meta charset=utf-8></head><body>{}</body></html>", body());
        let (fixed, at) = close_runaway_title(&html).expect("repaired");
        assert!(fixed.starts_with("<html><head><title>Council news</title>\n<meta"));
        assert_eq!(&html[..at], "<html><head><title>Council news");
    }

    #[test]
    fn closes_at_the_first_tag_on_the_title_line() {
        let html = format!("<title>Council news<link rel=x></head><body>{}", body());
        let (fixed, _) = close_runaway_title(&html).expect("repaired");
        assert!(fixed.starts_with("<title>Council news</title><link"));
    }

    #[test]
    fn leaves_closed_and_markup_free_titles() {
        assert_eq!(close_runaway_title("<title>a < b</title><p>x</p>"), None);
        assert_eq!(close_runaway_title(&format!("<title>{}</title>", "long title ".repeat(200))), None);
        // An SVG's title in the body is not the page's.
        assert_eq!(close_runaway_title(&format!("<body><svg><title>icon{}", body())), None);
        // <titles> is another element.
        assert_eq!(close_runaway_title(&format!("<titles>{}", body())), None);
        assert_eq!(close_runaway_title("no title here"), None);
    }
}
