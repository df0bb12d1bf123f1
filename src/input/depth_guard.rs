//! Caps HTML nesting depth before parsing.
//!
//! html5ever checks element scopes by walking the stack of open elements, so
//! a page nested N elements deep costs O(N²) to parse (27 s for 100,000
//! nested `<div>`s). Browsers cap the depth instead: Blink's HTML parser
//! attaches elements beyond depth 512 as siblings
//! (`HTMLConstructionSite`'s maximum DOM tree depth). This scan does the
//! same before parsing: opening and closing tags beyond the cap are dropped,
//! their text stays. It is linear and allocation-free unless the cap is hit.

use super::tag_scan::{find_tag, TagEdge};

/// The default maximum nesting depth (Blink's).
pub const DEFAULT_MAX_DEPTH: usize = 512;

const VOID: &[&str] =
    &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];

/// Returns the page with tags beyond `max_depth` removed, or `None` when
/// the page never nests that deep (the common case).
///
/// # Example
/// ```
/// use pagewash::input::depth_guard::flatten_deep;
/// let deep = "<div>".repeat(5) + "text" + &"</div>".repeat(5);
/// assert_eq!(flatten_deep(&deep, 3).as_deref(), Some("<div><div><div>text</div></div></div>"));
/// assert_eq!(flatten_deep("<p>shallow</p>", 3), None);
/// ```
pub fn flatten_deep(html: &str, max_depth: usize) -> Option<String> {
    if memchr::memchr_iter(b'<', html.as_bytes()).count() <= max_depth {
        return None;
    }
    let mut stack: Vec<(&str, bool)> = Vec::new();
    // Tag names are compared case-insensitively as slices of the input: the
    // scan allocates nothing unless the cap is hit.
    let mut depth = 0usize;
    let mut out: Option<String> = None;
    let mut copied = 0usize;
    let bytes = html.as_bytes();
    let mut i = 0usize;
    while let Some(off) = memchr::memchr(b'<', &bytes[i..]) {
        let start = i + off;
        let Some(tag) = Tag::read(html, start) else {
            i = start + 1;
            continue;
        };
        let mut drop = false;
        match tag.kind {
            Kind::Skip => {}
            Kind::Open(name) => {
                if !VOID.iter().any(|v| v.eq_ignore_ascii_case(name)) && !tag.self_closing {
                    let keep = depth < max_depth;
                    if keep {
                        depth += 1;
                    }
                    drop = !keep;
                    stack.push((name, keep));
                }
            }
            Kind::Close(name) => {
                if let Some(pos) = stack.iter().rposition(|(n, _)| n.eq_ignore_ascii_case(name)) {
                    let kept = stack[pos..].iter().filter(|(_, k)| *k).count();
                    drop = !stack[pos].1;
                    depth -= kept;
                    stack.truncate(pos);
                }
            }
        }
        if drop {
            let o = out.get_or_insert_with(|| String::with_capacity(html.len()));
            o.push_str(&html[copied..start]);
            copied = tag.end;
        }
        i = tag.end;
    }
    out.map(|mut o| {
        o.push_str(&html[copied..]);
        o
    })
}

enum Kind<'a> {
    Open(&'a str),
    Close(&'a str),
    /// Comments, doctypes, and raw-text elements' content: not counted.
    Skip,
}

struct Tag<'a> {
    kind: Kind<'a>,
    self_closing: bool,
    end: usize,
}

impl<'a> Tag<'a> {
    /// Reads the tag starting at `start` (a `<`); `None` if it is not a tag.
    fn read(html: &'a str, start: usize) -> Option<Tag<'a>> {
        let rest = &html[start..];
        if rest.starts_with("<!--") {
            let end = rest.find("-->").map_or(html.len(), |e| start + e + 3);
            return Some(Tag { kind: Kind::Skip, self_closing: false, end });
        }
        let close = rest.as_bytes().get(1) == Some(&b'/');
        let name_start = start + 1 + usize::from(close);
        let name_len = html[name_start..].bytes().take_while(|b| b.is_ascii_alphanumeric()).count();
        if name_len == 0 {
            if rest.starts_with("<!") || rest.starts_with("<?") {
                let end = rest.find('>').map_or(html.len(), |e| start + e + 1);
                return Some(Tag { kind: Kind::Skip, self_closing: false, end });
            }
            return None;
        }
        let name = &html[name_start..name_start + name_len];
        let gt = html[name_start..].find('>').map_or(html.len(), |e| name_start + e);
        let self_closing = gt > 0 && html.as_bytes().get(gt - 1) == Some(&b'/');
        let mut end = (gt + 1).min(html.len());
        let raw_text = ["script", "style", "textarea", "title", "xmp"].iter().any(|r| r.eq_ignore_ascii_case(name));
        if !close && raw_text {
            // Raw text: skip to the closing tag so markup inside is not counted.
            end = find_tag(html.as_bytes(), end, TagEdge::Close, name.as_bytes()).unwrap_or(html.len());
            return Some(Tag { kind: Kind::Skip, self_closing, end });
        }
        let kind = if close { Kind::Close(name) } else { Kind::Open(name) };
        Some(Tag { kind, self_closing, end })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_survives_flattening() {
        let deep = "<div>".repeat(2000) + "<p>deep text</p>" + &"</div>".repeat(2000);
        let flat = flatten_deep(&deep, 100).expect("flattened");
        assert!(flat.contains("deep text"));
        assert_eq!(flat.matches("<div>").count(), 100);
        assert_eq!(flat.matches("</div>").count(), 100);
    }

    #[test]
    fn scripts_and_comments_are_not_counted() {
        let html = format!("<script>{}</script><!--{}--><p>x</p>", "<div>".repeat(50), "<div>".repeat(50));
        assert_eq!(flatten_deep(&html, 10), None);
    }

    #[test]
    fn unclosed_and_stray_tags_do_not_panic() {
        for html in ["<", "</", "<div", "</div></div>", "<a<b<c", "<\u{e9}>", "<div/>".repeat(30).as_str()] {
            let _ = flatten_deep(html, 2);
        }
    }
}
