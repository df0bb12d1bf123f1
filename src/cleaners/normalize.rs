//! `normalize-unicode`: Unicode normalisation and invisible-character cleanup.

use serde::{Deserialize, Serialize};
use unicode_normalization::{is_nfc_quick, is_nfkc_quick, IsNormalized, UnicodeNormalization};

use crate::cleaner::Cleaner;
use crate::document::Document;
use crate::edit::{Plan, Reason};
use crate::error::BuildError;

/// Which Unicode normalisation form to apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NormalForm {
    /// Canonical composition (default): changes no visible character.
    #[default]
    Nfc,
    /// Compatibility composition: also folds ligatures, full-width forms, ...
    Nfkc,
    /// Leave the text as it is.
    None,
}

/// Settings of [`NormalizeUnicode`].
///
/// # Defaults
/// NFC; zero-width spaces, soft hyphens and control characters removed
/// (not the line breaks of preformatted text: `<pre>` code keeps its lines);
/// runs of spaces and tabs folded outside code; NBSP kept (it often separates numbers
/// from units on purpose).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct NormalizeUnicodeConfig {
    /// Normalisation form.
    pub form: NormalForm,
    /// Replace NO-BREAK SPACE and its narrow variant with a plain space.
    pub nbsp_to_space: bool,
    /// Remove U+200B ZERO WIDTH SPACE, U+2060 WORD JOINER and U+FEFF.
    /// (ZWJ and ZWNJ stay: they matter in Indic and Persian scripts and emoji.)
    pub strip_zero_width: bool,
    /// Remove U+00AD SOFT HYPHEN.
    pub strip_soft_hyphens: bool,
    /// Remove C0/C1 control characters other than tab and line feed.
    pub strip_controls: bool,
    /// Fold runs of spaces and tabs into one space (not in code blocks,
    /// whose indentation is kept).
    pub collapse_spaces: bool,
}

impl Default for NormalizeUnicodeConfig {
    fn default() -> Self {
        NormalizeUnicodeConfig {
            form: NormalForm::Nfc,
            nbsp_to_space: false,
            strip_zero_width: true,
            strip_soft_hyphens: true,
            strip_controls: true,
            collapse_spaces: true,
        }
    }
}

impl NormalizeUnicodeConfig {
    /// Builds the cleaner.
    ///
    /// # Errors
    /// Never fails today; the signature matches the other cleaners.
    pub fn build(&self) -> Result<NormalizeUnicode, BuildError> {
        Ok(NormalizeUnicode { config: self.clone() })
    }
}

/// Normalises each block's text and records every block it changed.
///
/// # Example
/// ```
/// use pagewash::{Pipeline, cleaners::NormalizeUnicodeConfig};
/// let p = Pipeline::builder().with(NormalizeUnicodeConfig::default().build()?).build();
/// let cleaned = p.clean_text("soft\u{AD}ware  and\u{200B} cafe\u{301}");
/// assert_eq!(cleaned.text(), "software and caf\u{E9}\n");
/// assert_eq!(cleaned.rewrites().len(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct NormalizeUnicode {
    config: NormalizeUnicodeConfig,
}

impl NormalizeUnicode {
    fn drops(&self, c: char) -> bool {
        let cfg = &self.config;
        (cfg.strip_zero_width && matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}'))
            || (cfg.strip_soft_hyphens && c == '\u{AD}')
            || (cfg.strip_controls && c.is_control() && c != '\t' && c != '\n')
    }

    fn normalize(&self, text: &str, fold_spaces: bool) -> Option<String> {
        let cfg = &self.config;
        let collapse_spaces = cfg.collapse_spaces && fold_spaces;
        // ASCII text (most blocks of most pages) is in every normal form,
        // and its characters are read a byte at a time.
        let ascii = text.is_ascii();
        let form_ok = ascii
            || match cfg.form {
                NormalForm::Nfc => is_nfc_quick(text.chars()) == IsNormalized::Yes,
                NormalForm::Nfkc => is_nfkc_quick(text.chars()) == IsNormalized::Yes,
                NormalForm::None => true,
            };
        let needs_char_work = if ascii {
            // Of ASCII characters only tabs and controls need work.
            text.bytes().any(|b| b == b'\t' || (cfg.strip_controls && b.is_ascii_control() && b != b'\n'))
        } else {
            text.chars()
                .any(|c| self.drops(c) || c == '\t' || (cfg.nbsp_to_space && matches!(c, '\u{A0}' | '\u{202F}')))
        } || (collapse_spaces && crate::shape::has_space_run(text));
        if form_ok && !needs_char_work {
            return None;
        }
        let composed: String = match cfg.form {
            NormalForm::Nfc if !form_ok => text.nfc().collect(),
            NormalForm::Nfkc if !form_ok => text.nfkc().collect(),
            _ => text.to_string(),
        };
        let mut out = String::with_capacity(composed.len());
        for c in composed.chars() {
            if self.drops(c) {
                continue;
            }
            let c = match c {
                '\t' => ' ',
                '\u{A0}' | '\u{202F}' if cfg.nbsp_to_space => ' ',
                c => c,
            };
            if collapse_spaces && c == ' ' && out.ends_with(' ') {
                continue;
            }
            out.push(c);
        }
        let out = out.trim().to_string();
        (out != text).then_some(out)
    }
}

impl Cleaner for NormalizeUnicode {
    fn id(&self) -> &'static str {
        "normalize-unicode"
    }

    /// Judges each block by its own text alone, so one pass suffices.
    fn depends_on_context(&self) -> bool {
        false
    }

    fn plan(&self, doc: &Document) -> Plan {
        let mut plan = Plan::new();
        for b in doc.blocks() {
            // Code keeps its indentation, and a dump's line laid out in
            // columns the gaps between them (read again, it is read as a
            // table row again): spaces fold everywhere else.
            let columns = doc.input_kind() == crate::InputKind::Text && crate::shape::is_column_row(b.text());
            let fold_spaces = b.kind() != crate::document::BlockKind::Code && !columns;
            if let Some(text) = self.normalize(b.text(), fold_spaces) {
                let reason = if text.is_empty() { "invisible-only" } else { "normalized" };
                plan.replace(b.id(), text, Reason::new(reason));
            }
        }
        plan
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dump_line_laid_out_in_columns_keeps_its_gaps() {
        let p = crate::Pipeline::builder().with(NormalizeUnicodeConfig::default().build().unwrap()).build();
        let row = "item_id    String    SKU12345";
        assert_eq!(p.clean_text(&format!("{row}\n")).text(), format!("{row}\n"));
        assert_eq!(p.clean_text("two  gaps\n").text(), "two gaps\n");
        // In HTML, runs of spaces fold wherever they are.
        assert!(!p.clean_html(&format!("<p>{row}</p>")).text().contains("  "));
    }

    fn norm(cfg: NormalizeUnicodeConfig, s: &str) -> Option<String> {
        cfg.build().unwrap().normalize(s, true)
    }

    #[test]
    fn nbsp_is_kept_unless_asked() {
        assert_eq!(norm(NormalizeUnicodeConfig::default(), "in\u{A0} Ukraine"), None);
        let cfg = NormalizeUnicodeConfig { nbsp_to_space: true, ..Default::default() };
        assert_eq!(norm(cfg, "in\u{A0} Ukraine").as_deref(), Some("in Ukraine"));
    }

    #[test]
    fn nfkc_folds_compatibility_forms() {
        let cfg = NormalizeUnicodeConfig { form: NormalForm::Nfkc, ..Default::default() };
        assert_eq!(norm(cfg, "ﬁne ＡＢ").as_deref(), Some("fine AB"));
    }

    #[test]
    fn line_breaks_of_preformatted_text_stay() {
        let cfg = NormalizeUnicodeConfig::default;
        assert_eq!(norm(cfg(), "line one\r\nline two").as_deref(), Some("line one\nline two"));
        assert_eq!(norm(cfg(), "let a = 1;\nlet b = 2;"), None);
    }

    #[test]
    fn code_keeps_its_indentation() {
        let n = NormalizeUnicodeConfig::default().build().unwrap();
        assert_eq!(n.normalize("fn main() {\n    go();\n}", false), None);
        assert_eq!(n.normalize("a  b", true).as_deref(), Some("a b"));
    }

    #[test]
    fn zwj_stays_and_controls_go() {
        assert_eq!(norm(NormalizeUnicodeConfig::default(), "a\u{200D}b"), None);
        assert_eq!(norm(NormalizeUnicodeConfig::default(), "a\u{7}b").as_deref(), Some("ab"));
    }

    #[test]
    fn ascii_text_needs_work_only_for_tabs_controls_and_space_runs() {
        let cfg = NormalizeUnicodeConfig::default;
        assert_eq!(norm(cfg(), "plain words, 42 of them."), None);
        assert_eq!(norm(cfg(), "a\tb").as_deref(), Some("a b"));
        assert_eq!(norm(cfg(), "a\u{7f}b").as_deref(), Some("ab"));
        let keep_controls = NormalizeUnicodeConfig { strip_controls: false, ..cfg() };
        assert_eq!(norm(keep_controls, "a\u{7}b"), None);
    }

    #[test]
    fn a_block_of_only_invisibles_becomes_empty() {
        assert_eq!(norm(NormalizeUnicodeConfig::default(), "\u{200B}\u{AD}").as_deref(), Some(""));
    }
}
