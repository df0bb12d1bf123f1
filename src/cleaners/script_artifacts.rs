//! `script-artifacts`: what broken scripts leave in a page.

use serde::{Deserialize, Serialize};

use super::phrases::PhraseConfig;
use crate::cleaner::{BlockRule, PerBlock};
use crate::document::Block;
use crate::edit::Reason;
use crate::error::BuildError;
use crate::rules::{PhraseList, SCRIPT_ARTIFACTS};

/// Settings of [`ScriptArtifacts`].
///
/// # Defaults
/// Unrendered template tags (`{{ price }}`), an article's HTML source shown as
/// text, runs of machine identifiers,
/// and the built-in list (`undefined`, `null`, `NaN`, `[object Object]`,
/// `true`/`false`, loading placeholders, "enable JavaScript" notices);
/// prefix entries apply to blocks of at most 40 words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct ScriptArtifactsConfig {
    /// Phrases to match.
    pub phrases: PhraseConfig,
    /// Longest block (in words) a prefix entry may remove.
    pub max_words: usize,
}

impl Default for ScriptArtifactsConfig {
    fn default() -> Self {
        ScriptArtifactsConfig { phrases: PhraseConfig::default(), max_words: 40 }
    }
}

impl ScriptArtifactsConfig {
    /// Compiles the phrase list.
    ///
    /// # Errors
    /// A [`BuildError`] for an invalid `re:` entry.
    pub fn build(&self) -> Result<PerBlock<ScriptArtifacts>, BuildError> {
        let list = self.phrases.compile(ID, &[SCRIPT_ARTIFACTS])?;
        Ok(PerBlock::new(ScriptArtifacts { list, max_words: self.max_words }))
    }
}

const ID: &str = "script-artifacts";

/// Removes blocks that are only a JavaScript value, placeholder or notice.
///
/// # Example
/// ```
/// use pagewash::{Pipeline, cleaners::ScriptArtifactsConfig};
/// let p = Pipeline::builder().with(ScriptArtifactsConfig::default().build()?).build();
/// let c = p.clean_text("undefined\n[object Object]\nPlease enable JavaScript to view the comments.\nThe undefined variable was the bug.");
/// assert_eq!(c.text(), "The undefined variable was the bug.\n");
/// assert_eq!(c.removals()[0].rule, "phrase:undefined");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct ScriptArtifacts {
    list: PhraseList,
    max_words: usize,
}

impl BlockRule for ScriptArtifacts {
    fn id(&self) -> &'static str {
        ID
    }

    fn judge(&self, b: &Block) -> Option<Reason> {
        if is_unrendered_template(b.text()) {
            return Some(Reason::new("template-placeholder").with_evidence("a template tag no script filled in"));
        }
        if is_markup_source(b.text()) {
            let evidence = "a page's HTML source shown as text (an embed or republish box)";
            return Some(Reason::new("markup-source").with_evidence(evidence));
        }
        if is_machine_identifiers(b.text()) {
            return Some(Reason::new("machine-identifiers").with_evidence("ids, hashes or encoded data, no words"));
        }
        let m = self.list.find_match(b.key())?;
        (!m.is_prefix() || b.words() <= self.max_words).then(|| Reason::new(format!("phrase:{}", m.phrase)))
    }
}

/// Whether a block is only unrendered template tags (`{{ price.total }}`,
/// `{% if user %}`, `${title}`): placeholders that a client-side template
/// was to fill. (Matched on the text: a phrase key loses its braces.)
fn is_unrendered_template(text: &str) -> bool {
    let mut rest = text.trim();
    if rest.is_empty() {
        return false;
    }
    while !rest.is_empty() {
        let close = if rest.starts_with("{{") {
            "}}"
        } else if rest.starts_with("{%") {
            "%}"
        } else if rest.starts_with("${") {
            "}"
        } else {
            return false;
        };
        let Some(end) = rest[2..].find(close) else { return false };
        rest = rest[2 + end + close.len()..].trim_start();
    }
    true
}

/// Fewest paragraph tags (`<p>`) in a block of HTML source shown as text.
const MIN_SOURCE_PARAGRAPHS: usize = 3;

/// Fewest words between the tags of such a block: a story's source, not a
/// tutorial's short example of markup.
const MIN_SOURCE_WORDS: usize = 100;

/// Whether a block is an article's HTML source shown as text: it opens with
/// a tag and holds [`MIN_SOURCE_PARAGRAPHS`] paragraph tags around
/// [`MIN_SOURCE_WORDS`] words of text (a "Republish this story" box's
/// textarea holds the whole story as markup, which a dump keeps as one
/// line).
fn is_markup_source(text: &str) -> bool {
    let text = text.trim_start();
    if !text.starts_with('<') || text.len() < MIN_SOURCE_WORDS * 4 {
        return false;
    }
    let bytes = text.as_bytes();
    let paragraphs =
        memchr::memmem::find_iter(bytes, b"<p").filter(|&i| matches!(bytes.get(i + 2), Some(b'>' | b' '))).count();
    if paragraphs < MIN_SOURCE_PARAGRAPHS {
        return false;
    }
    let (mut words, mut in_tag, mut in_word) = (0, false, false);
    for c in text.chars() {
        match c {
            '<' => (in_tag, in_word) = (true, false),
            '>' => in_tag = false,
            _ if in_tag => {}
            c if c.is_whitespace() => in_word = false,
            _ => {
                if !in_word {
                    words += 1;
                }
                in_word = true;
            }
        }
    }
    words >= MIN_SOURCE_WORDS
}

/// Shortest token that can be a machine identifier (a UUID is 36, a
/// SHA-1 40, an ASIN or a model number is shorter and stays).
const MIN_IDENTIFIER_CHARS: usize = 16;

/// Fewest characters of identifiers in a block they make up: one checksum
/// on a download page is content, a run of glued tracking ids is not.
const MIN_IDENTIFIER_RUN: usize = 100;

/// Whether a block is a run of machine identifiers (UUIDs, hashes, base64
/// data that a widget rendered as text): tokens of [`MIN_IDENTIFIER_CHARS`]
/// or more mixing digits and letters make up nine tenths of its
/// characters, and at least [`MIN_IDENTIFIER_RUN`] of them.
fn is_machine_identifiers(text: &str) -> bool {
    // Prose has a space every few characters; identifiers a space at most
    // every MIN_IDENTIFIER_CHARS.
    if text.len() < MIN_IDENTIFIER_RUN
        || memchr::memchr_iter(b' ', text.as_bytes()).count() * MIN_IDENTIFIER_CHARS > text.len()
    {
        return false;
    }
    let is_identifier = |t: &str| {
        let (mut digits, mut letters) = (0, 0);
        for c in t.chars() {
            match c {
                '0'..='9' => digits += 1,
                'a'..='z' | 'A'..='Z' => letters += 1,
                '-' | '_' | '/' | '+' | '=' => {}
                _ => return false,
            }
        }
        t.len() >= MIN_IDENTIFIER_CHARS && digits >= 4 && letters >= 4
    };
    let (mut ids, mut all) = (0, 0);
    for t in text.split_whitespace() {
        all += t.len();
        if is_identifier(t) {
            ids += t.len();
        }
    }
    ids >= MIN_IDENTIFIER_RUN && ids * 10 >= all * 9
}

#[cfg(test)]
mod tests {
    use super::{is_machine_identifiers, is_markup_source, ScriptArtifactsConfig};

    #[test]
    fn an_article_s_markup_shown_as_text_is_an_artifact() {
        let story: String = (0..6)
            .map(|i| format!("<p class=\"body\">Paragraph {i} of the story tells how the council voted and what the new bridge will cost the town.</p> "))
            .collect();
        assert!(is_markup_source(&format!("<h1>The Bridge Vote</h1> {story}")));
        // A tutorial's example is short; prose that mentions a tag is no markup.
        assert!(!is_markup_source("<p>Hello</p> <p>World</p> <p>Again</p>"));
        assert!(!is_markup_source(&format!("Write {story}")));
    }

    #[test]
    fn unrendered_template_tags_are_no_text() {
        use super::is_unrendered_template;
        assert!(is_unrendered_template("{{priceAnchor.priceWrapper.info.totalPrice}}"));
        assert!(is_unrendered_template("{{ product.title }} {% endif %} ${price}"));
        assert!(!is_unrendered_template("Use {{name}} in your template to print the name."));
        assert!(!is_unrendered_template("{{ unclosed"));
        let c = crate::Pipeline::default()
            .clean_text("The vote passed after a long debate in the chamber.\n\n{{ product.price }}\n");
        assert_eq!(c.removals().iter().map(|r| r.rule.as_str()).collect::<Vec<_>>(), ["template-placeholder"]);
    }

    #[test]
    fn glued_ids_and_encoded_data_are_no_text() {
        let uuids = "9303097ac-d3e5-41e1-baf5-303640756ebfX2bf8403c-6590-4d73-8b16-95f6c3ecdef8 \
                     84f535a2-9d93-4358-b5a8-c77d761c12e9S74566818-87fa-4f92-a44b-1994747f4b09";
        assert!(is_machine_identifiers(uuids));
        let base64 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
            .repeat(2);
        assert!(is_machine_identifiers(&base64));
        // One checksum with its label, a model number, a sentence: text.
        assert!(!is_machine_identifiers("SHA-256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        assert!(!is_machine_identifiers("Model B0D1XD1ZV3"));
        assert!(!is_machine_identifiers(
            "The release ships with checksum e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 for the installer."
        ));
    }

    #[test]
    fn notices_that_a_widget_needs_javascript_go() {
        let cleaner = ScriptArtifactsConfig::default().build().expect("default builds");
        let text = "This slideshow requires JavaScript.\nThis gallery requires JavaScript to show its photos.\n\
                    The old site required JavaScript, the designers said.";
        let removed = super::super::removed_by(cleaner, text);
        assert_eq!(removed.len(), 2, "{removed:?}");
    }
}
