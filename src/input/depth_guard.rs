//! Caps HTML nesting depth before parsing.
//!
//! html5ever checks element scopes by walking the stack of open elements, so
//! a page nested N elements deep costs O(N²) to parse (27 s for 100,000
//! nested `<div>`s). Browsers cap the depth instead: Blink's HTML parser
//! attaches elements beyond depth 512 as siblings
//! (`HTMLConstructionSite`'s maximum DOM tree depth). This scan does the
//! same before parsing: opening and closing tags beyond the cap are dropped,
//! their text stays.
//!
//! The scan counts what the HTML tree builder really nests, so that it can
//! neither be bypassed nor flatten valid pages:
//! - void elements (`<br>`, `<img>`) never nest; self-closing syntax
//!   (`<div/>`) is ignored on HTML elements, as the parser ignores it, and
//!   honoured inside SVG and MathML;
//! - end tags that may be omitted are closed where the parser closes them:
//!   a `<p>` by the next block, an `<li>` by the next item, table cells and
//!   rows by the next cell or row, `<option>`s by the next option;
//! - inside `<svg>` and `<math>` no element is raw text (`<svg><title>` and
//!   `<svg><style>` hold markup), and a breakout tag (`<p>`, `<div>`, ...)
//!   closes the foreign elements, as the parser's foreign-content rules do.
//!
//! It is linear: every tag is read once, an end tag looks for its element
//! only when one of that name is open (past 64 open elements, a count per
//! name says so), and the search pops what it passes.

use std::collections::HashMap;

use super::tag_scan::{find_tag, TagEdge};

/// The default maximum nesting depth (Blink's).
pub const DEFAULT_MAX_DEPTH: usize = 512;

/// A tag name in ASCII lower case, on the stack (names longer than any
/// that the rules below name are kept as `[0; 16]` of length 0: "other").
#[derive(Clone, Copy)]
struct Name {
    bytes: [u8; 16],
    len: u8,
}

impl Name {
    fn of(name: &str) -> Name {
        let mut bytes = [0u8; 16];
        if name.len() > bytes.len() {
            return Name { bytes, len: 0 };
        }
        for (b, n) in bytes.iter_mut().zip(name.bytes()) {
            *b = n.to_ascii_lowercase();
        }
        Name { bytes, len: name.len() as u8 }
    }
    fn get(&self) -> &[u8] {
        &self.bytes[..usize::from(self.len)]
    }
}

fn is_void(n: &[u8]) -> bool {
    matches!(
        n,
        b"area"
            | b"base"
            | b"br"
            | b"col"
            | b"embed"
            | b"hr"
            | b"img"
            | b"input"
            | b"link"
            | b"meta"
            | b"param"
            | b"source"
            | b"track"
            | b"wbr"
    )
}

/// Elements whose content is raw text or RCDATA in HTML content.
fn is_raw_text(n: &[u8]) -> bool {
    matches!(n, b"script" | b"style" | b"textarea" | b"title" | b"xmp" | b"iframe" | b"noembed" | b"noframes")
}

/// Start tags that close an open `<p>` (the HTML standard's "in body" start
/// tags that close a `p` element in button scope).
fn closes_p(n: &[u8]) -> bool {
    is_heading(n)
        || matches!(
            n,
            b"address"
                | b"article"
                | b"aside"
                | b"blockquote"
                | b"center"
                | b"details"
                | b"dialog"
                | b"dir"
                | b"div"
                | b"dl"
                | b"fieldset"
                | b"figcaption"
                | b"figure"
                | b"footer"
                | b"form"
                | b"header"
                | b"hgroup"
                | b"hr"
                | b"li"
                | b"dd"
                | b"dt"
                | b"listing"
                | b"main"
                | b"menu"
                | b"nav"
                | b"ol"
                | b"p"
                | b"plaintext"
                | b"pre"
                | b"search"
                | b"section"
                | b"summary"
                | b"table"
                | b"ul"
                | b"xmp"
        )
}

/// Elements that bound the search for an element a start tag closes
/// implicitly (the standard's scope markers).
fn is_scope_marker(n: &[u8]) -> bool {
    matches!(
        n,
        b"applet"
            | b"caption"
            | b"html"
            | b"table"
            | b"td"
            | b"th"
            | b"marquee"
            | b"object"
            | b"template"
            | b"button"
            | b"svg"
            | b"math"
    )
}

/// Start tags that break out of SVG and MathML back into HTML.
fn breaks_out(n: &[u8]) -> bool {
    is_heading(n)
        || matches!(
            n,
            b"b" | b"big"
                | b"blockquote"
                | b"body"
                | b"br"
                | b"center"
                | b"code"
                | b"dd"
                | b"div"
                | b"dl"
                | b"dt"
                | b"em"
                | b"embed"
                | b"head"
                | b"hr"
                | b"i"
                | b"img"
                | b"li"
                | b"listing"
                | b"menu"
                | b"meta"
                | b"nobr"
                | b"ol"
                | b"p"
                | b"pre"
                | b"ruby"
                | b"s"
                | b"small"
                | b"span"
                | b"strong"
                | b"strike"
                | b"sub"
                | b"sup"
                | b"table"
                | b"tt"
                | b"u"
                | b"ul"
                | b"var"
        )
}

fn is_heading(n: &[u8]) -> bool {
    matches!(n, b"h1" | b"h2" | b"h3" | b"h4" | b"h5" | b"h6")
}

/// A list of lower-case tag names.
type Names = &'static [&'static [u8]];

/// One open element of the model.
struct Open<'a> {
    /// The name as written, for end tags of names longer than [`Name`] holds.
    raw: &'a str,
    name: Name,
    /// Whether its tags were kept (it is within the cap).
    kept: bool,
    /// Whether it is an SVG or MathML element.
    foreign: bool,
}

impl Open<'_> {
    fn is(&self, name: &str, lower: &Name) -> bool {
        if lower.len == 0 {
            self.raw.eq_ignore_ascii_case(name)
        } else {
            self.name.get() == lower.get()
        }
    }
}

/// The stack of open elements as the tree builder would have it. Past
/// [`COUNTED_DEPTH`] elements it also keeps a count of open elements per
/// name (hashed with std's seeded hasher: the page picks the names), so
/// that an end tag of an element that is not open costs no search of a
/// deep stack; shallower stacks are searched directly, as cheaply.
struct Nesting<'a> {
    stack: Vec<Open<'a>>,
    depth: usize,
    open_by_name: Option<HashMap<u64, usize>>,
    hasher: std::collections::hash_map::RandomState,
}

/// Stack depth from which open elements are counted by name.
const COUNTED_DEPTH: usize = 64;

impl<'a> Nesting<'a> {
    fn key(&self, name: &str) -> u64 {
        use std::hash::{BuildHasher, Hasher};
        let mut h = self.hasher.build_hasher();
        for b in name.bytes() {
            h.write_u8(b.to_ascii_lowercase());
        }
        h.finish()
    }

    fn push(&mut self, raw: &'a str, name: Name, kept: bool, foreign: bool) {
        if kept {
            self.depth += 1;
        }
        self.stack.push(Open { raw, name, kept, foreign });
        if self.open_by_name.is_some() {
            let key = self.key(raw);
            if let Some(counts) = self.open_by_name.as_mut() {
                *counts.entry(key).or_default() += 1;
            }
        } else if self.stack.len() > COUNTED_DEPTH {
            let mut counts = HashMap::new();
            for o in &self.stack {
                *counts.entry(self.key(o.raw)).or_default() += 1;
            }
            self.open_by_name = Some(counts);
        }
    }

    /// Pops every element from `pos` up.
    fn pop_to(&mut self, pos: usize) {
        while self.stack.len() > pos {
            let Some(o) = self.stack.pop() else { break };
            if o.kept {
                self.depth -= 1;
            }
            if self.open_by_name.is_some() {
                let key = self.key(o.raw);
                if let Some(n) = self.open_by_name.as_mut().and_then(|c| c.get_mut(&key)) {
                    *n = n.saturating_sub(1);
                }
            }
        }
        if self.stack.len() < COUNTED_DEPTH / 2 {
            self.open_by_name = None;
        }
    }

    fn is_open(&self, name: &str) -> bool {
        match &self.open_by_name {
            Some(counts) => counts.get(&self.key(name)).is_some_and(|n| *n > 0),
            None => self.stack.iter().any(|o| o.raw.eq_ignore_ascii_case(name)),
        }
    }

    fn in_foreign(&self) -> bool {
        self.stack.last().is_some_and(|o| o.foreign)
    }

    /// The position of the nearest open element named one of `names`,
    /// looking down from the top and stopping at a scope marker or one of
    /// `bounds`; `None` when there is none (only searched when one of those
    /// names is open).
    fn find_in_scope(&self, names: &[&[u8]], bounds: &[&[u8]]) -> Option<usize> {
        if !names.iter().any(|n| std::str::from_utf8(n).is_ok_and(|n| self.is_open(n))) {
            return None;
        }
        for (i, o) in self.stack.iter().enumerate().rev() {
            let n = o.name.get();
            if names.contains(&n) {
                return Some(i);
            }
            if is_scope_marker(n) || bounds.contains(&n) {
                return None;
            }
        }
        None
    }

    /// Closes what a start tag implicitly closes.
    fn close_implied_by(&mut self, name: &Name) {
        let n = name.get();
        if self.in_foreign() {
            if !breaks_out(n) {
                return;
            }
            // Back to HTML: the foreign elements on top go.
            let first_html = self.stack.iter().rposition(|o| !o.foreign).map_or(0, |i| i + 1);
            self.pop_to(first_html);
        }
        // A row or a row group closes the cells above it first.
        if matches!(n, b"tr" | b"tbody" | b"thead" | b"tfoot") {
            if let Some(pos) = self.find_in_scope(&[b"td", b"th"], &[]) {
                self.pop_to(pos);
            }
        }
        let closes: Option<(Names, Names)> = match n {
            b"li" => Some((&[b"li"], &[b"ul", b"ol"])),
            b"dt" | b"dd" => Some((&[b"dt", b"dd"], &[b"dl"])),
            b"tr" => Some((&[b"tr"], &[b"tbody", b"thead", b"tfoot"])),
            b"td" | b"th" => Some((&[b"td", b"th"], &[b"tr"])),
            b"tbody" | b"thead" | b"tfoot" => Some((&[b"tbody", b"thead", b"tfoot"], &[])),
            b"option" => Some((&[b"option"], &[b"select"])),
            b"optgroup" => Some((&[b"option", b"optgroup"], &[b"select"])),
            b"rb" | b"rt" | b"rtc" | b"rp" => Some((&[b"rb", b"rt", b"rtc", b"rp"], &[b"ruby"])),
            _ => None,
        };
        if let Some((names, bounds)) = closes {
            if let Some(pos) = self.find_in_scope(names, bounds) {
                self.pop_to(pos);
            }
        }
        if closes_p(n) {
            if let Some(pos) = self.find_in_scope(&[b"p"], &[]) {
                self.pop_to(pos);
            }
        }
        // A heading start closes a heading left open right above it.
        if is_heading(n) && self.stack.last().is_some_and(|o| is_heading(o.name.get())) {
            let top = self.stack.len() - 1;
            self.pop_to(top);
        }
    }
}

/// Returns the page with tags beyond `max_depth` removed, or `None` when
/// the page never nests that deep (the common case).
pub fn flatten_deep(html: &str, max_depth: usize) -> Option<String> {
    if memchr::memchr_iter(b'<', html.as_bytes()).count() <= max_depth {
        return None;
    }
    let mut nesting = Nesting {
        stack: Vec::new(),
        depth: 0,
        open_by_name: None,
        hasher: std::collections::hash_map::RandomState::new(),
    };
    let mut out: Option<String> = None;
    let mut copied = 0usize;
    let bytes = html.as_bytes();
    let mut i = 0usize;
    while let Some(off) = memchr::memchr(b'<', &bytes[i..]) {
        let start = i + off;
        let Some(tag) = Tag::read(html, start, nesting.in_foreign()) else {
            i = start + 1;
            continue;
        };
        let mut drop = false;
        match tag.kind {
            Kind::Skip => {}
            Kind::Open(raw) => {
                let name = Name::of(raw);
                nesting.close_implied_by(&name);
                let foreign = nesting.in_foreign() || matches!(name.get(), b"svg" | b"math");
                let opens = if foreign { !tag.self_closing } else { !is_void(name.get()) };
                if opens {
                    let keep = nesting.depth < max_depth;
                    drop = !keep;
                    nesting.push(raw, name, keep, foreign);
                    if !foreign && name.get() == b"plaintext" {
                        // Everything after <plaintext> is text.
                        if drop {
                            let o = out.get_or_insert_with(|| String::with_capacity(html.len()));
                            o.push_str(&html[copied..start]);
                            copied = tag.end;
                        }
                        break;
                    }
                }
            }
            Kind::Close(raw) => {
                if nesting.is_open(raw) {
                    let name = Name::of(raw);
                    if let Some(pos) = nesting.stack.iter().rposition(|o| o.is(raw, &name)) {
                        drop = !nesting.stack[pos].kept;
                        nesting.pop_to(pos);
                    }
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
    /// In foreign content (`foreign`) no element is raw text.
    fn read(html: &'a str, start: usize, foreign: bool) -> Option<Tag<'a>> {
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
        let gt = memchr::memchr(b'>', &html.as_bytes()[name_start..]).map_or(html.len(), |e| name_start + e);
        let self_closing = gt > 0 && html.as_bytes().get(gt - 1) == Some(&b'/');
        let mut end = (gt + 1).min(html.len());
        if !close && !foreign && is_raw_text(Name::of(name).get()) {
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

    #[test]
    fn omitted_end_tags_do_not_nest() {
        let table =
            format!("<table><tr><th>Product<th>Units{}</table>", "<tr><td>Product 17<td>10510 units".repeat(400));
        assert_eq!(flatten_deep(&table, 50), None);
        let list = format!("<ul>{}</ul><dl>{}</dl>", "<li>item".repeat(600), "<dt>term<dd>meaning".repeat(300));
        assert_eq!(flatten_deep(&list, 50), None);
        let paragraphs = "<p>A paragraph whose end tag is left out.".repeat(600) + "<div hidden>x</div>";
        assert_eq!(flatten_deep(&paragraphs, 50), None);
        let select = format!("<select>{}</select>", "<option>choice".repeat(600));
        assert_eq!(flatten_deep(&select, 50), None);
        let headings = "<h2>heading<h3>another".repeat(300);
        assert_eq!(flatten_deep(&headings, 50), None);
    }

    #[test]
    fn self_closing_syntax_is_ignored_on_html_elements_only() {
        assert!(flatten_deep(&"<div/>".repeat(100), 50).is_some());
        assert!(flatten_deep(&"<span />x".repeat(100), 50).is_some());
        let svg = format!("<svg>{}</svg>", "<path d='M0 0'/>".repeat(100));
        assert_eq!(flatten_deep(&svg, 50), None);
    }

    #[test]
    fn foreign_content_holds_no_raw_text() {
        // In SVG, <title> and <style> are ordinary elements: what nests in
        // them counts.
        for inner in ["title", "style"] {
            let html = format!("<svg><{inner}>{}", "<g>".repeat(100));
            assert!(flatten_deep(&html, 50).is_some(), "{inner}");
        }
        // A breakout tag leaves SVG: paragraphs after it close as in HTML.
        let html = format!("<svg><g>{}", "<p>text".repeat(200));
        assert_eq!(flatten_deep(&html, 50), None);
    }

    #[test]
    fn stray_end_tags_cost_no_search() {
        // A deep stack and many end tags of an element that is not open.
        let html = "<div>".repeat(2000) + &"</span>".repeat(2000) + "text";
        let flat = flatten_deep(&html, 100).expect("flattened");
        assert!(flat.ends_with("text"));
    }
}

/// The examples that documented these functions when they were public.
#[cfg(test)]
mod examples {
    #[test]
    fn flatten_deep_example() {
        use crate::input::depth_guard::flatten_deep;
        let deep = "<div>".repeat(5) + "text" + &"</div>".repeat(5);
        assert_eq!(flatten_deep(&deep, 3).as_deref(), Some("<div><div><div>text</div></div></div>"));
        assert_eq!(flatten_deep("<p>shallow</p>", 3), None);
        // Paragraphs and list items whose end tags are left out do not nest.
        assert_eq!(flatten_deep(&"<p>one more paragraph".repeat(10), 3), None);
        // Self-closing syntax does not close a <div>: the parser ignores it.
        assert!(flatten_deep(&"<div/>".repeat(10), 3).is_some());
    }
}
