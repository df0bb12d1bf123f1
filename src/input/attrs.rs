//! What the walker reads from an element's attributes, and whether they
//! hide it: the `hidden` attribute, `aria-hidden`, inline `display:none`
//! and CSS toolkits' hiding classes, against the boxes a reader opens or
//! pages through, which are the page's however they are hidden.

use crate::fast_hash::FastSet;

/// Whether the walker skips an element and all it holds: what is never
/// content (scripts, styles, form controls, media, dialogs), and what is
/// hidden, unless the reader opens it or pages to it (a collapsed panel, a
/// folded box, a panel a button controls (`controlled`: the ids that
/// `aria-controls` named so far), a slide turned away) or a script shows it
/// in place (a streamed segment). The exceptions are looked at only for
/// hidden elements: most elements are not.
pub(super) fn skipped(el: &scraper::node::Element, attrs: &WalkedAttrs<'_>, controlled: &FastSet<&str>) -> bool {
    if never_content(el.name()) {
        return true;
    }
    let by_style = attrs.style.is_some_and(hides);
    if !attrs.hidden && !by_style {
        return false;
    }
    let opened_by_control = attrs.id.is_some_and(|id| controlled.contains(id));
    let turned_slide = attrs.aria_hidden && !by_style && names_slide(attrs.class);
    !(attrs.collapsed_panel() || names_fold(attrs.class) || opened_by_control || attrs.streamed || turned_slide)
}

/// Elements whose content is never the page's text, shown or not: scripts,
/// styles, embedded media and documents, form controls, the head.
pub(super) fn never_content(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "iframe"
            | "object"
            | "embed"
            | "canvas"
            | "select"
            | "option"
            | "input"
            | "textarea"
            | "button"
            | "head"
            | "math"
            | "audio"
            | "video"
            | "map"
            | "dialog"
    )
}

/// Whether a class attribute names a folding box of an accordion or an
/// FAQ: a whole `-`/`_` part "collapse", "collapsible", "accordion" or
/// "faq" (`chakra-collapse`, `accordion-panel`, `faq-answer`). A script
/// unfolds it, so its text is the page's however it is hidden.
fn names_fold(class: &str) -> bool {
    class_parts(class)
        .any(|p| ["collapse", "collapsible", "accordion", "faq"].iter().any(|f| p.eq_ignore_ascii_case(f)))
}

/// Whether a class attribute names a carousel's slide (a class part
/// "slide": `slick-slide`, `splide__slide`) that is not one of the copies a
/// carousel makes to loop (`slick-cloned`). Carousels hide the slides off
/// screen from screen readers only (`aria-hidden`), and the reader pages
/// through them; a slide that an inline style hides stays hidden.
fn names_slide(class: &str) -> bool {
    class_parts(class).any(|p| p.eq_ignore_ascii_case("slide"))
        && !class_parts(class).any(|p| p.eq_ignore_ascii_case("cloned"))
}

/// The `-`/`_` separated parts of every name in a class attribute.
fn class_parts(class: &str) -> impl Iterator<Item = &str> {
    class.split_ascii_whitespace().flat_map(|c| c.split(['-', '_']))
}

/// Whether an inline style hides its element (`display: none`,
/// `visibility:hidden !important`), read declaration by declaration
/// without copying it.
fn hides(style: &str) -> bool {
    style.split(';').any(|declaration| {
        let Some((property, value)) = declaration.split_once(':') else { return false };
        let property = property.trim();
        let value = value.split(|c: char| c == '!' || c.is_whitespace()).find(|v| !v.is_empty()).unwrap_or("");
        (property.eq_ignore_ascii_case("display") && value.eq_ignore_ascii_case("none"))
            || (property.eq_ignore_ascii_case("visibility") && value.eq_ignore_ascii_case("hidden"))
    })
}

/// Class names that CSS toolkits define as `display: none` and nothing
/// else uses (Bootstrap's `d-none`, Tachyons' `dn`, Bulma's `is-hidden`).
const HIDING_CLASSES: &[&str] = &["d-none", "dn", "is-hidden"];

/// Generic words that toolkits also define as `display: none` (Bootstrap 3
/// and Tailwind `hidden`, Foundation `hide`); see [`HIDE_MIN_DEPTH`].
const GENERIC_HIDING_CLASSES: &[&str] = &["hidden", "hide"];

/// Open elements above an element (`html`, `body`, a wrapper) from which
/// on a generic hiding class hides it: on the page's outer wrappers it
/// marks a page still loading (`<div class="root hide">`), which a script
/// shows.
pub(super) const HIDE_MIN_DEPTH: usize = 3;

/// Whether an element's class list hides it at every screen width, read
/// in one pass: (by a toolkit-only class, by a generic one), each only
/// when no class shows the element at some width (`d-md-block`,
/// Tailwind's `md:block`, Tachyons' `db-ns`).
fn hidden_by_class(classes: &str) -> (bool, bool) {
    let (mut toolkit, mut generic) = (false, false);
    for class in classes.split_ascii_whitespace() {
        if HIDING_CLASSES.contains(&class) {
            toolkit = true;
        } else if GENERIC_HIDING_CLASSES.contains(&class) {
            generic = true;
        } else if shows_at_some_width(class) {
            return (false, false);
        }
    }
    (toolkit, generic)
}

/// Whether a class is a responsive display utility of a CSS toolkit.
fn shows_at_some_width(class: &str) -> bool {
    const TACHYONS_DISPLAY: &[&str] = &["db", "dib", "di", "dt", "dtc", "dit", "flex", "inline-flex"];
    class.contains(':')
        || class.starts_with("d-")
        || class
            .rsplit_once('-')
            .is_some_and(|(display, width)| matches!(width, "ns" | "m" | "l") && TACHYONS_DISPLAY.contains(&display))
}

/// The attributes the walker reads, found in one pass over the element's
/// attributes (`Element::attr` interns its argument on every call).
#[derive(Default)]
pub(super) struct WalkedAttrs<'a> {
    pub(super) role: Option<&'a str>,
    pub(super) modal: bool,
    pub(super) article_body: bool,
    pub(super) hidden: bool,
    pub(super) style: Option<&'a str>,
    pub(super) href: Option<&'a str>,
    /// The `class` attribute ("" without one), its names in document order.
    pub(super) class: &'a str,
    /// The `id` attribute.
    pub(super) id: Option<&'a str>,
    /// The `aria-controls` attribute: the ids of the panels a disclosure
    /// button opens.
    pub(super) controls: Option<&'a str>,
    /// `aria-hidden="true"`, the one hiding attribute a carousel puts on
    /// the slides it turns away (see [`names_slide`]).
    pub(super) aria_hidden: bool,
    /// A generic class hides the element (see [`GENERIC_HIDING_CLASSES`]).
    pub(super) hide_class: bool,
    /// An `<article>` with a sibling `<article>`: an item of a list.
    pub(super) listed: bool,
    /// A streamed server-rendering segment (`<div hidden id="S:1">`): React
    /// sends a Suspense boundary's content in a hidden div that a script
    /// then moves into place, so its text is the page's.
    pub(super) streamed: bool,
}

impl<'a> WalkedAttrs<'a> {
    /// Reads an element's attributes.
    pub(super) fn of(el: &'a scraper::node::Element) -> Self {
        let mut a = WalkedAttrs::default();
        for (name, value) in el.attrs() {
            match name {
                "role" => a.role = Some(value),
                "aria-modal" => a.modal = value.eq_ignore_ascii_case("true"),
                "itemprop" => a.article_body = value.eq_ignore_ascii_case("articlebody"),
                "hidden" => a.hidden = true,
                "aria-hidden" => {
                    a.hidden |= value.eq_ignore_ascii_case("true");
                    a.aria_hidden = value.eq_ignore_ascii_case("true");
                }
                "style" => a.style = Some(value),
                "class" => {
                    a.class = value;
                    let (toolkit, generic) = hidden_by_class(value);
                    a.hidden |= toolkit;
                    a.hide_class = generic;
                }
                "href" => a.href = Some(value),
                "aria-controls" => a.controls = Some(value),
                "id" => {
                    a.id = Some(value);
                    a.streamed = super::streamed::is_streamed_segment(value);
                }
                _ => {}
            }
        }
        a
    }

    /// Whether a hidden element is a collapsed panel (an accordion's
    /// `role=region`, a tab's `role=tabpanel`): the reader opens it, so its
    /// text is the page's. (`aria-labelledby` alone is no sign: hidden
    /// dialogs, carts and menus carry it too.)
    fn collapsed_panel(&self) -> bool {
        matches!(self.role, Some("region" | "tabpanel"))
    }
}

#[cfg(test)]
mod tests {
    use super::hides;

    #[test]
    fn inline_styles_that_hide() {
        for style in
            ["display:none", "color: red; display : NONE", "visibility:hidden !important", "display:none!important"]
        {
            assert!(hides(style), "{style}");
        }
        for style in ["display:block", "color:none", "visibility: visible", "", "display"] {
            assert!(!hides(style), "{style}");
        }
    }
}
