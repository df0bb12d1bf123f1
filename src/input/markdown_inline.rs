//! Inline Markdown: renders one line's links, images, emphasis, code spans,
//! escapes, entities, autolinks and inline HTML to the text a reader sees,
//! counting the characters inside links. The inline grammar is
//! CommonMark's, read by `pulldown-cmark`; lines and blocks stay
//! pagewash's own (see [`markdown`](super::markdown)).
//!
//! Link and image targets are markup, as tag attributes are in HTML: a link
//! keeps its text and drops its target; an image drops both (HTML mode does
//! not keep `alt` text either). Inline HTML tags go and their text stays;
//! the text inside an `<a>` tag counts as link text.

use std::collections::HashSet;

use pulldown_cmark::{BrokenLink, CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};

/// A rendered line: the visible text and how many of its characters are link text.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Rendered {
    pub text: String,
    pub link_chars: usize,
    /// Links and images whose targets were dropped.
    pub targets: usize,
}

/// The labels a document's link reference definitions (`[label]: url`)
/// define, normalised as CommonMark matches them: case-folded, inner
/// whitespace collapsed.
#[derive(Debug, Default)]
pub(crate) struct Definitions(HashSet<String>);

impl Definitions {
    /// Adds the label of a definition line, if `line` is one.
    pub(crate) fn add_line(&mut self, line: &str) {
        if let Some(label) = definition_label(line) {
            self.0.insert(normalise_label(label));
        }
    }

    fn defines(&self, label: &str) -> bool {
        self.0.contains(&normalise_label(label))
    }
}

/// The label of a link reference definition line (`[label]: target`).
pub(crate) fn definition_label(line: &str) -> Option<&str> {
    let rest = line.trim_start().strip_prefix('[')?;
    let close = rest.find(']')?;
    let label = &rest[..close];
    let target = rest[close + 1..].strip_prefix(':')?.trim();
    (!label.trim().is_empty() && !label.contains('[') && !target.is_empty()).then_some(label)
}

fn normalise_label(label: &str) -> String {
    label.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// Renders a line's inline Markdown. A reference link (`[text][label]`)
/// is a link whether or not its label is defined (dumps often lose the
/// definitions); a shortcut (`[text]`) is one only when `definitions` has
/// its label, so that `[sic]` and `[1]` stay text.
pub(crate) fn render(line: &str, definitions: &Definitions) -> Rendered {
    // A line opening with a tag would be read as an HTML block, raw: one
    // letter ahead keeps it inline (the letter is not shown).
    let shifted = line.starts_with('<');
    let source: std::borrow::Cow<'_, str> = if shifted { format!("x{line}").into() } else { line.into() };
    let callback = |link: BrokenLink<'_>| {
        let resolves = match link.link_type {
            LinkType::Shortcut | LinkType::Collapsed => definitions.defines(&link.reference),
            _ => true,
        };
        resolves.then_some((CowStr::Borrowed(""), CowStr::Borrowed("")))
    };
    let options = Options::ENABLE_STRIKETHROUGH;
    let mut out = Rendered::default();
    let mut text = String::with_capacity(line.len());
    // Depths of the constructs whose text is counted or dropped.
    let (mut links, mut images, mut html_links) = (0usize, 0usize, 0usize);
    let mut link_text = String::new();
    for event in Parser::new_with_broken_link_callback(&source, options, Some(callback)) {
        let piece = match event {
            Event::Start(Tag::Link { .. }) => {
                links += 1;
                out.targets += 1;
                continue;
            }
            Event::End(TagEnd::Link) => {
                links = links.saturating_sub(1);
                if links == 0 && html_links == 0 {
                    out.link_chars += fold_spaces(&link_text).chars().count();
                    link_text.clear();
                }
                continue;
            }
            Event::Start(Tag::Image { .. }) => {
                images += 1;
                out.targets += 1;
                continue;
            }
            Event::End(TagEnd::Image) => {
                images = images.saturating_sub(1);
                continue;
            }
            Event::InlineHtml(tag) | Event::Html(tag) => {
                html_link_depth(&tag, &mut html_links, &mut link_text, &mut out.link_chars);
                if breaks_text(&tag) {
                    text.push(' ');
                }
                continue;
            }
            Event::Text(t) | Event::Code(t) => t,
            Event::SoftBreak | Event::HardBreak => CowStr::Borrowed(" "),
            _ => continue,
        };
        if images > 0 {
            continue;
        }
        if links > 0 || html_links > 0 {
            link_text.push_str(&piece);
        }
        text.push_str(&piece);
    }
    if !link_text.is_empty() {
        out.link_chars += fold_spaces(&link_text).chars().count();
    }
    if shifted && text.starts_with('x') {
        text.remove(0);
    }
    out.text = fold_spaces_dropping_marks(&text);
    out
}

/// Follows `<a …>` and `</a>` tags of inline HTML: the text between them
/// is link text.
fn html_link_depth(tag: &str, depth: &mut usize, link_text: &mut String, link_chars: &mut usize) {
    let lower = tag.get(..3).map(str::to_ascii_lowercase);
    match lower.as_deref() {
        Some("<a ") | Some("<a>") => *depth += 1,
        _ if tag.len() >= 4 && tag[..4].eq_ignore_ascii_case("</a>") && *depth > 0 => {
            *depth -= 1;
            if *depth == 0 {
                *link_chars += fold_spaces(link_text).chars().count();
                link_text.clear();
            }
        }
        _ => {}
    }
}

/// Whether a tag separates the words around it, as a line break or a block
/// element does (`<br>`, `</p>`, `<li>`); `<b>` and `<span>` do not.
fn breaks_text(tag: &str) -> bool {
    const BREAKING: &[&str] = &[
        "br",
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "tr",
        "td",
        "th",
        "table",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "section",
        "article",
        "blockquote",
        "header",
        "footer",
        "figure",
        "figcaption",
        "dd",
        "dt",
    ];
    let name: String = tag
        .trim_start_matches('<')
        .trim_start_matches('/')
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase();
    BREAKING.contains(&name.as_str())
}

fn fold_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Folds spaces and drops words that are only emphasis marks (`**`, `__`):
/// emphasis around nothing, which no reader sees.
fn fold_spaces_dropping_marks(s: &str) -> String {
    let is_mark = |w: &str| w.len() >= 2 && w.bytes().all(|b| b == b'*' || b == b'_');
    s.split_whitespace().filter(|w| !is_mark(w)).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render_plain(s: &str) -> Rendered {
        render(s, &Definitions::default())
    }

    fn text(s: &str) -> String {
        render_plain(s).text
    }

    #[test]
    fn links_keep_their_text_and_count_it() {
        let r = render_plain("Read [the report](https://example.org/a_b \"Title\") today.");
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
        assert_eq!(
            text("**Bold** and _light_ and `code` and snake_case and ~~gone~~"),
            "Bold and light and code and snake_case and gone"
        );
        assert_eq!(text("Company __"), "Company");
        assert_eq!(text("5 * 3 = 15"), "5 * 3 = 15");
        assert_eq!(text("~5 km"), "~5 km");
    }

    #[test]
    fn escapes_and_entities_render_their_character() {
        assert_eq!(text(r"1\. Not a list \[x\]"), "1. Not a list [x]");
        assert_eq!(text("Fish &amp; chips &copy; 2024 &#8212; &eacute;t&eacute;"), "Fish & chips © 2024 — été");
        assert_eq!(text("`a &amp; b`"), "a &amp; b");
    }

    #[test]
    fn autolinks_keep_their_address_as_link_text() {
        let r = render_plain("Mail <editor@example.org> or see <https://example.org/about>.");
        assert_eq!(r.text, "Mail editor@example.org or see https://example.org/about.");
        assert_eq!(r.link_chars, "editor@example.org".len() + "https://example.org/about".len());
    }

    #[test]
    fn inline_html_tags_go_and_anchor_text_counts_as_links() {
        let r = render_plain("A <b>bold</b> move, <a href=\"/x\">read more</a><br>");
        assert_eq!(r.text, "A bold move, read more");
        assert_eq!(r.link_chars, "read more".len());
        assert_eq!(text("<span class=\"x\">Hello</span> world"), "Hello world");
        assert_eq!(text("<div>Block-level &amp; raw</div>"), "Block-level & raw");
        assert_eq!(text("One.<br>Two.<br/>Three</p><p>Four <b>fi</b>ve"), "One. Two. Three Four five");
    }

    #[test]
    fn unbalanced_brackets_stay_literal() {
        assert_eq!(text("a [b c"), "a [b c");
        assert_eq!(text("[b] c"), "[b] c");
        assert_eq!(text("[b](c"), "[b](c");
    }

    #[test]
    fn reference_links_keep_their_text_and_shortcuts_need_a_definition() {
        let r = render_plain("See [the docs][1].");
        assert_eq!((r.text.as_str(), r.link_chars), ("See the docs.", 8));
        assert_eq!(render_plain("Quoted [sic] here").link_chars, 0);
        let mut defs = Definitions::default();
        defs.add_line("[The  Docs]: https://example.org/docs \"Docs\"");
        defs.add_line("not a definition: [x]");
        let r = render("See [the docs] and [the docs][].", &defs);
        assert_eq!((r.text.as_str(), r.link_chars), ("See the docs and the docs.", 16));
    }

    #[test]
    fn deep_nesting_and_multibyte_text_do_not_panic() {
        let deep = "[".repeat(5000) + &"](x)".repeat(5000);
        let _ = render_plain(&deep);
        let tags = "<a href=x>".repeat(3000) + &"</a>".repeat(3000);
        let _ = render_plain(&tags);
        assert_eq!(text("«Ça» [naïve](x) — 東京"), "«Ça» naïve — 東京");
    }
}
