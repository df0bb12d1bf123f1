//! Language detection and stopword density, from the stoplists in
//! `src/rules/stopwords/` (24 languages with spaces, plus Chinese and
//! Japanese function characters).
//!
//! Detection first looks at the script (Han, Kana, Hangul, Arabic,
//! Devanagari, Greek, Thai, Cyrillic); within Latin and Cyrillic scripts the
//! stoplist with the most hits wins. It needs no model and no data beyond
//! the stoplists, and is only used to pick the stoplist a page is measured
//! with, so a near miss between close languages costs little.

use crate::fast_hash::{FastMap, FastSet};
use std::sync::LazyLock;

use crate::shape::is_spaceless_script;

macro_rules! stoplists {
    ($($code:literal),* $(,)?) => {
        &[$(($code, include_str!(concat!("rules/stopwords/", $code, ".txt")))),*]
    };
}

const SOURCES: &[(&str, &str)] = stoplists!(
    "en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "no", "fi", "pl", "cs", "ru", "uk", "tr", "id", "ro", "hu",
    "el", "ar", "fa", "hi", "vi", "ko", "zh", "ja",
);

struct Stoplist {
    code: &'static str,
    words: FastSet<&'static str>,
    /// Chinese and Japanese lists hold single characters.
    per_char: bool,
}

static LISTS: LazyLock<Vec<Stoplist>> = LazyLock::new(|| {
    SOURCES
        .iter()
        .map(|(code, text)| Stoplist {
            code,
            words: text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect(),
            per_char: matches!(*code, "zh" | "ja"),
        })
        .collect()
});

/// Every stopword, with a bit per language whose list holds it: one hash
/// lookup per token instead of one per language.
static WORD_LANGS: LazyLock<FastMap<&'static str, u32>> = LazyLock::new(|| {
    let mut map = FastMap::default();
    for (i, l) in LISTS.iter().enumerate() {
        for w in &l.words {
            *map.entry(*w).or_insert(0) |= 1 << i;
        }
    }
    map
});

/// Lower-cases a token only when it has upper-case letters.
/// Longest ASCII token lower-cased on the stack by [`with_lower`].
const STACK_LOWER_BYTES: usize = 32;

/// Calls `f` with `token` lower-cased, without allocating for ASCII tokens
/// (the stopword lookups run for every word of every block).
fn with_lower<R>(token: &str, f: impl FnOnce(&str) -> R) -> R {
    if token.is_ascii() {
        if !token.bytes().any(|b| b.is_ascii_uppercase()) {
            return f(token);
        }
        if token.len() <= STACK_LOWER_BYTES {
            let mut buf = [0u8; STACK_LOWER_BYTES];
            let out = &mut buf[..token.len()];
            out.copy_from_slice(token.as_bytes());
            out.make_ascii_lowercase();
            if let Ok(lowered) = std::str::from_utf8(out) {
                return f(lowered);
            }
        }
    }
    f(&lower(token))
}

fn lower(token: &str) -> std::borrow::Cow<'_, str> {
    if token.chars().any(char::is_uppercase) {
        std::borrow::Cow::Owned(token.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(token)
    }
}

/// Codes of the languages with a stoplist.
pub fn languages() -> Vec<&'static str> {
    LISTS.iter().map(|l| l.code).collect()
}

/// Whether `code` has a stoplist (without collecting [`languages`]).
pub fn has_stoplist(code: &str) -> bool {
    list(code).is_some()
}

/// The stoplist's own code for `code`, when there is a stoplist.
pub(crate) fn stoplist_code(code: &str) -> Option<&'static str> {
    list(code).map(|l| l.code)
}

fn list(code: &str) -> Option<&'static Stoplist> {
    LISTS.iter().find(|l| l.code == code)
}

#[derive(Default)]
struct ScriptCounts {
    latin: usize,
    cyrillic: usize,
    ukrainian: usize,
    han: usize,
    kana: usize,
    hangul: usize,
    arabic: usize,
    /// Letters of the Persian alphabet that Arabic does not use (پ چ ژ گ ک ی).
    persian: usize,
    devanagari: usize,
    greek: usize,
    thai: usize,
}

fn count_scripts(text: &str) -> ScriptCounts {
    let mut s = ScriptCounts::default();
    for c in text.chars() {
        match c as u32 {
            0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF => s.latin += 1,
            // Spaces, digits and punctuation: no script.
            0..=0x7F => {}
            0x400..=0x4FF => {
                s.cyrillic += 1;
                if matches!(c, 'і' | 'ї' | 'є' | 'ґ' | 'І' | 'Ї' | 'Є' | 'Ґ') {
                    s.ukrainian += 1;
                }
            }
            0x370..=0x3FF | 0x1F00..=0x1FFF => s.greek += 1,
            0x600..=0x6FF | 0x750..=0x77F => {
                s.arabic += 1;
                if matches!(c, 'پ' | 'چ' | 'ژ' | 'گ' | 'ک' | 'ی') {
                    s.persian += 1;
                }
            }
            0x900..=0x97F => s.devanagari += 1,
            0xE00..=0xE7F => s.thai += 1,
            0x3040..=0x30FF => s.kana += 1,
            0xAC00..=0xD7AF | 0x1100..=0x11FF => s.hangul += 1,
            _ if is_spaceless_script(c) => s.han += 1,
            _ => {}
        }
    }
    s
}

/// Detects the language of a text; `None` when it has too few letters.
///
/// # Example
/// ```
/// use pagewash::lang::detect;
/// assert_eq!(detect("Der Hund und die Katze sind nicht mit uns gekommen."), Some("de"));
/// assert_eq!(detect("Le chat est sur la table avec les enfants."), Some("fr"));
/// assert_eq!(detect("東京は日本の首都です。"), Some("ja"));
/// assert_eq!(detect("北京是中国的首都。"), Some("zh"));
/// ```
pub fn detect(text: &str) -> Option<&'static str> {
    let s = count_scripts(text);
    let scripts = [
        (s.latin, "latin"),
        (s.cyrillic, "cyrillic"),
        (s.han + s.kana, "cjk"),
        (s.hangul, "ko"),
        (s.arabic, "ar"),
        (s.devanagari, "hi"),
        (s.greek, "el"),
        (s.thai, "th"),
    ];
    let (n, script) = scripts.iter().copied().max_by_key(|(n, _)| *n)?;
    if n < 3 {
        return None;
    }
    match script {
        "cjk" => Some(if s.kana * 10 > s.han.max(1) { "ja" } else { "zh" }),
        "cyrillic" if s.ukrainian * 50 > s.cyrillic => Some("uk"),
        "cyrillic" => Some("ru"),
        "ar" if s.persian * 20 > s.arabic => Some("fa"),
        "latin" => best_latin(text),
        other => Some(other),
    }
}

/// Weight of a longer stopword against a one-letter one in [`best_latin`]:
/// more than the 2,000 tokens read can add up to.
const ONE_LETTER_TIE_BREAK: usize = 2048;

fn best_latin(text: &str) -> Option<&'static str> {
    let mut hits = vec![0usize; LISTS.len()];
    // One-letter stopwords ("a", "i", "o", "k", "w") are in many lists and
    // in stray initials and codes: they only break ties between the counts
    // of longer words.
    for token in text.split(|c: char| !c.is_alphanumeric()).filter(|t| !t.is_empty()).take(2000) {
        if let Some(mask) = with_lower(token, |t| WORD_LANGS.get(t).copied()) {
            let weight = if token.chars().nth(1).is_some() { ONE_LETTER_TIE_BREAK } else { 1 };
            for (i, h) in hits.iter_mut().enumerate() {
                if mask & (1 << i) != 0 && !LISTS[i].per_char {
                    *h += weight;
                }
            }
        }
    }
    let latin = |code: &str| !matches!(code, "ru" | "uk" | "el" | "ar" | "fa" | "hi" | "ko" | "zh" | "ja");
    let (i, best) = hits.iter().enumerate().filter(|(i, _)| latin(LISTS[*i].code)).max_by_key(|(_, h)| **h)?;
    (*best > 0).then_some(LISTS[i].code)
}

/// Words for stoplist matching: runs of letters, digits and apostrophes.
fn word_tokens(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’').filter(|t| !t.is_empty())
}

/// The distinct content words of `text` (lower-cased, three letters or
/// more, not in `lang`'s stoplist), each as a hash of its letters, sorted;
/// empty for languages without a stoplist or written without spaces.
pub(crate) fn content_words(text: &str, lang: &str) -> Vec<u64> {
    use std::hash::Hasher;
    let Some(l) = list(lang).filter(|l| !l.per_char) else { return Vec::new() };
    let mut words: Vec<u64> = word_tokens(text)
        .filter(|t| t.chars().count() >= 3 && t.chars().any(char::is_alphabetic))
        .filter_map(|t| {
            with_lower(t, |t| {
                (!l.words.contains(t)).then(|| {
                    let mut h = crate::fast_hash::FastHasher::default();
                    h.write(t.as_bytes());
                    h.finish()
                })
            })
        })
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

/// Share of a text's words that are stopwords of `lang` (per character for
/// Chinese and Japanese); `None` if there is no stoplist for `lang` or the
/// text has no words.
///
/// # Example
/// ```
/// use pagewash::lang::stopword_density;
/// let d = stopword_density("The cat sat on the mat.", "en").unwrap();
/// assert!((d - 0.5).abs() < 1e-9);
/// assert_eq!(stopword_density("Home News Contact", "en"), Some(0.0));
/// ```
pub fn stopword_density(text: &str, lang: &str) -> Option<f64> {
    let l = list(lang)?;
    let (mut hits, mut total) = (0usize, 0usize);
    if l.per_char {
        let mut buf = [0u8; 4];
        for c in text.chars().filter(|c| c.is_alphanumeric()) {
            total += 1;
            if l.words.contains(&*c.encode_utf8(&mut buf)) {
                hits += 1;
            }
        }
    } else {
        for token in word_tokens(text) {
            total += 1;
            if with_lower(token, |t| l.words.contains(t)) {
                hits += 1;
            }
        }
    }
    (total > 0).then(|| hits as f64 / total as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_casing_on_the_stack_agrees_with_lower() {
        let long = "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ";
        for token in ["the", "The", "THE", "Über", "İstanbul", "KELVIN\u{212A}", long, &long[..32], "don't"] {
            assert_eq!(with_lower(token, str::to_string), lower(token), "{token}");
        }
    }

    #[test]
    fn detects_many_languages() {
        let cases = [
            ("The council said that it would not change the plan for the city.", "en"),
            ("El gobierno dijo que no va a cambiar el plan para la ciudad.", "es"),
            ("Il governo ha detto che non cambierà il piano per la città.", "it"),
            ("O governo disse que não vai mudar o plano para a cidade.", "pt"),
            ("De regering zei dat het plan voor de stad niet zal veranderen.", "nl"),
            ("Rząd powiedział, że nie zmieni planu dla miasta i jest to decyzja.", "pl"),
            ("Правительство заявило, что не будет менять план для города.", "ru"),
            ("Уряд заявив, що не змінюватиме план для міста і це його рішення.", "uk"),
            ("정부는 도시 계획을 바꾸지 않겠다고 밝혔다.", "ko"),
            ("قالت الحكومة إنها لن تغير الخطة في المدينة.", "ar"),
            ("دولت گفت که برنامه شهر را تغییر نخواهد داد و این تصمیم نهایی است.", "fa"),
            ("Η κυβέρνηση είπε ότι δεν θα αλλάξει το σχέδιο για την πόλη.", "el"),
        ];
        for (text, want) in cases {
            assert_eq!(detect(text), Some(want), "{text}");
        }
    }

    #[test]
    fn every_stoplist_loads() {
        assert!(languages().len() >= 20);
        for l in LISTS.iter() {
            assert!(l.words.len() >= 20, "{} has {} words", l.code, l.words.len());
        }
    }

    #[test]
    fn too_little_text_is_unknown() {
        assert_eq!(detect("12 34"), None);
    }
}
