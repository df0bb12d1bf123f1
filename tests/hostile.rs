//! Hostile inputs: each must end in a result or a typed error, never a
//! panic, a stack overflow or an out-of-memory. Times are not asserted
//! here (that would be flaky); `examples/scaling.rs` measures them.

use pagewash::{InputError, InputKind, Pipeline};

fn p() -> &'static Pipeline {
    pagewash::default_pipeline()
}

#[test]
fn a_50_mb_single_line() {
    let line = "word ".repeat(10 << 20);
    let c = p().clean_text(&line);
    assert_eq!(c.kept().len() + c.removals().len(), 1);
}

#[test]
fn a_million_short_lines() {
    let text = "short line\n".repeat(1_000_000);
    let c = p().clean_text(&text);
    // One kept or removed record per line: the duplicates are all accounted for.
    assert_eq!(c.kept().len() + c.removals().len(), 1_000_000);
}

#[test]
fn a_20_mb_html_page() {
    let mut body = String::with_capacity(21 << 20);
    let mut i = 0;
    while body.len() < 20 << 20 {
        body.push_str(&format!(
            "<p>The council met on day {i} and agreed on a new budget for the schools in the valley.</p>\n"
        ));
        i += 1;
    }
    let html = format!("<html><body><article>{body}</article></body></html>");
    let c = p().clean_html(&html);
    assert!(c.text().len() > 10 << 20);
}

#[test]
fn a_page_of_disclosure_buttons_and_hidden_panels() {
    // Every panel is named by a button before it: the walker's set of
    // controlled ids is capped, so the page ends in a result either way.
    let ids: String = (0..50_000).map(|i| format!("p{i} ")).collect();
    let panels: String =
        (0..50_000).map(|i| format!("<div id='p{i}' hidden><p>Panel {i} holds an answer.</p></div>")).collect();
    let html = format!("<body><button aria-controls='{ids}'>Open</button>{panels}</body>");
    let c = p().clean_html(&html);
    assert_eq!(c.kept().len() + c.removals().len(), 1024);
}

#[test]
fn deep_nesting_is_flattened_not_overflowed() {
    let html = "<div>".repeat(100_000) + "<p>deep text</p>" + &"</div>".repeat(100_000);
    let c = p().clean_html(&html);
    assert!(c.notes().iter().any(|n| n.contains("flattened")));
    assert_eq!(c.kept().len() + c.removals().len(), 1);
}

#[test]
fn huge_and_many_attributes_unclosed_tags_and_nul_bytes() {
    let big_attr =
        format!("<div title=\"{}\">A sentence that stays in the article, long enough.</div>", "x".repeat(1 << 20));
    let many_attrs = format!(
        "<p {}>Another sentence of the article that is long enough.</p>",
        (0..5000).map(|i| format!("a{i}=\"{i}\"")).collect::<Vec<_>>().join(" ")
    );
    let unclosed = "<div><p><span><a href='x'>".repeat(2000);
    let nul = "text\0with\0nul\0bytes and more words in a sentence.";
    for html in [big_attr.as_str(), many_attrs.as_str(), unclosed.as_str(), nul] {
        let _ = p().clean_html(html);
        let _ = p().clean_text(html);
    }
    assert!(p().clean_html(&big_attr).text().contains("A sentence that stays"));
}

#[test]
fn escapes_of_lone_surrogates_bidi_controls_and_line_separators() {
    let html = "<p>&#xD800; lone &#xDFFF; surrogates &#0; and &#x110000; out of range, in a sentence that is long.</p>";
    let c = p().clean_html(html);
    assert!(c.text().contains("lone"));
    let text = "A line with \u{202E}bidi\u{202C} controls that should not break anything at all.\u{2028}Next\u{2029}Para\u{85}NEL\u{0B}VT\u{0C}FF\r\nCRLF\rCR";
    let c = p().clean_text(text);
    assert_eq!(c.kept().len() + c.removals().len(), 8);
}

#[test]
fn bytes_that_are_not_utf8_are_decoded_and_the_notes_say_how() {
    // Two stray high bytes in ASCII: no UTF-8 text to keep, so the
    // encoding is detected, and the note says so.
    let bytes = b"The council met on Monday and agreed on a budget for the \xff\xfe schools in the town.";
    for kind in [InputKind::Text, InputKind::Html] {
        let c = p().try_clean_bytes(bytes, kind).expect("no limit configured");
        assert!(c.text().contains("schools in the town"), "{kind:?}");
        assert!(c.notes().iter().any(|n| n.contains("detected")), "{kind:?}: {:?}", c.notes());
    }
    // UTF-8 text with one broken sequence stays UTF-8, lossy, and says so.
    let mut bytes = "Die Bürger hatten längere Öffnungszeiten gefordert. ".repeat(30).into_bytes();
    bytes.extend_from_slice(b"\xff end of the story, as the council said.");
    for kind in [InputKind::Text, InputKind::Html] {
        let c = p().try_clean_bytes(&bytes, kind).expect("no limit configured");
        assert!(c.notes().iter().any(|n| n.contains("invalid UTF-8")), "{kind:?}: {:?}", c.notes());
    }
}

#[test]
fn quadratic_traps_end() {
    let phrase = "share this ".repeat(200_000);
    let _ = p().clean_text(&phrase);
    let repeated = "Also read: The Same Headline Again\n".repeat(50_000);
    let c = p().clean_text(&repeated);
    assert_eq!(c.kept().len() + c.removals().len(), 50_000);
    let dates = "Published on 27/01/2025 at 18:54 ".repeat(50_000);
    let _ = p().clean_text(&dates);
}

#[test]
fn limits_are_typed_errors_that_name_the_limit() {
    let limited = Pipeline::builder().max_input_bytes(1000).max_html_elements(100).build();
    let big = "x".repeat(2000);
    assert_eq!(limited.try_clean_text(&big).unwrap_err(), InputError::TooLarge { size: 2000, limit: 1000 });
    let many = "<b>".repeat(200);
    assert!(matches!(limited.try_clean_html(&many), Err(InputError::TooManyElements { limit: 100, .. })));
    // The infallible entry point reports the whole input as one removal, naming the limit.
    let c = limited.clean_html(&many);
    assert_eq!(c.removals()[0].rule, "max-html-elements");
    assert_eq!(c.removals()[0].text, many);
}

#[test]
fn self_closing_and_foreign_nesting_cannot_bypass_the_depth_guard() {
    // `<div/>` opens a <div> (HTML ignores the slash on non-void
    // elements), and <title>/<style> inside SVG hold markup: all of it
    // nests, and all of it is flattened at the cap.
    for html in [
        "<div/>".repeat(50_000) + "deep text",
        "<svg><title>".to_string() + &"<g>".repeat(50_000) + "deep text",
        "<svg><style>".to_string() + &"<g>".repeat(50_000) + "deep text",
        "<math>".repeat(50_000) + "<p>deep text",
    ] {
        let c = p().clean_html(&html);
        assert!(c.notes().iter().any(|n| n.contains("flattened")), "{}", &html[..30]);
        // Text in HTML is kept or reported (the walker skips SVG drawings,
        // text and all, as it always has).
        if !html.starts_with("<svg>") {
            let all: String =
                c.kept().iter().map(|k| k.text.as_str()).chain(c.removals().iter().map(|r| r.text.as_str())).collect();
            assert!(all.contains("deep text"), "{}: text lost", &html[..30]);
        }
    }
}

#[test]
fn omitted_end_tags_are_not_flattened() {
    // A valid minified table without </td></tr> and 600 unclosed <p>: no
    // nesting, so the page is parsed as it is and nothing leaks or fuses.
    let rows: String = (0..400).map(|i| format!("<tr><td>Product {i}<td>{} units", 1000 + i)).collect();
    let html = format!(
        "<html><body><main><h2>Stock by product</h2><table><tr><th>Product<th>Units{rows}</table></main></body></html>"
    );
    let c = p().clean_html(&html);
    assert!(!c.notes().iter().any(|n| n.contains("flattened")));
    assert!(c.text().contains("Product 170 | 1170 units"), "{}", &c.text()[..200]);
    let paragraphs: String = (0..600)
        .map(|i| format!("<p>Paragraph {i} of the report says the council met and agreed on the plan."))
        .collect();
    let html = format!(
        "<html><body><article>{paragraphs}</article><div style='display:none'>hidden text</div><template>template text</template></body></html>"
    );
    let c = p().clean_html(&html);
    assert!(!c.notes().iter().any(|n| n.contains("flattened")));
    assert!(!c.text().contains("hidden text") && !c.text().contains("template text"));
    assert!(c.text().contains("Paragraph 599 of the report"));
}

#[test]
fn stray_end_tags_under_a_deep_stack_end() {
    let html = "<p>x".repeat(100_000) + &"</span>".repeat(100_000);
    let c = p().clean_html(&html);
    assert!(!c.notes().iter().any(|n| n.contains("flattened")));
    let html = "<div>".repeat(100_000) + &"</span>".repeat(100_000) + "end";
    let c = p().clean_html(&html);
    assert!(c.notes().iter().any(|n| n.contains("flattened")));
}
