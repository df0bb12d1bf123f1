//! Bytes of unknown encoding into text.

/// Decodes bytes: a UTF-8 or UTF-16 byte-order mark wins; otherwise UTF-8,
/// with invalid sequences replaced by U+FFFD. Returns the text and, when the
/// decoding was not clean, a note saying what happened.
///
/// # Example
/// ```
/// use pagewash::input::decode::decode;
/// assert_eq!(decode(b"\xEF\xBB\xBFhi"), ("hi".to_string(), None));
/// let (text, note) = decode(b"caf\xE9");
/// assert_eq!(text, "caf\u{FFFD}");
/// assert!(note.unwrap().contains("invalid UTF-8"));
/// ```
pub fn decode(bytes: &[u8]) -> (String, Option<String>) {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return utf8(rest);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(rest, u16::from_be_bytes);
    }
    utf8(bytes)
}

/// Decodes an HTML page's bytes: a BOM wins; then a `<meta charset>` (or
/// `http-equiv` content type) in the first 1024 bytes; then UTF-8. Windows-1252
/// and ISO-8859-1 (which the WHATWG Encoding Standard maps to windows-1252)
/// are decoded exactly; other declared charsets fall back to lossy UTF-8,
/// and the note names the charset.
///
/// # Example
/// ```
/// use pagewash::input::decode::decode_html;
/// let page = b"<meta charset=\"windows-1252\"><p>caf\xE9 \x93quoted\x94</p>";
/// let (text, note) = decode_html(page);
/// assert!(text.contains("caf\u{e9} \u{201c}quoted\u{201d}"));
/// assert!(note.unwrap().contains("windows-1252"));
/// ```
pub fn decode_html(bytes: &[u8]) -> (String, Option<String>) {
    let has_bom =
        bytes.starts_with(b"\xEF\xBB\xBF") || bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF");
    if has_bom || std::str::from_utf8(bytes).is_ok() {
        return decode(bytes);
    }
    match declared_charset(bytes).as_deref() {
        Some(c @ ("windows-1252" | "iso-8859-1" | "latin1" | "latin-1" | "cp1252" | "us-ascii" | "ascii")) => (
            bytes.iter().map(|&b| windows_1252(b)).collect(),
            Some(format!("decoded as windows-1252 (declared charset {c})")),
        ),
        Some(other) => {
            let (text, _) = utf8(bytes);
            (text, Some(format!("declared charset {other} is not supported; decoded as UTF-8 with invalid sequences replaced by U+FFFD")))
        }
        None => utf8(bytes),
    }
}

fn declared_charset(bytes: &[u8]) -> Option<String> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).to_ascii_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let value: String = head[at..]
        .trim_start_matches(['"', '\'', ' '])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
        .collect();
    (!value.is_empty()).then_some(value)
}

/// Windows-1252: Latin-1 plus typographic characters in 0x80-0x9F.
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

fn utf8(bytes: &[u8]) -> (String, Option<String>) {
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), None),
        Err(e) => {
            let note = format!(
                "input had invalid UTF-8 (first at byte {}); invalid sequences were replaced with U+FFFD",
                e.valid_up_to()
            );
            (String::from_utf8_lossy(bytes).into_owned(), Some(note))
        }
    }
}

fn utf16(bytes: &[u8], read: fn([u8; 2]) -> u16) -> (String, Option<String>) {
    let units: Vec<u16> = bytes.chunks_exact(2).map(|c| read([c[0], c[1]])).collect();
    let mut text = String::with_capacity(units.len());
    let mut bad = bytes.len() % 2 != 0;
    for r in char::decode_utf16(units) {
        text.push(r.unwrap_or_else(|_| {
            bad = true;
            '\u{FFFD}'
        }));
    }
    let note = bad.then(|| "input had invalid UTF-16; bad units were replaced with U+FFFD".to_string());
    (text, note)
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn declared_but_unsupported_charsets_are_named() {
        let (_, note) =
            super::decode_html(b"<meta http-equiv='Content-Type' content='text/html; charset=Shift_JIS'>\x82\xa0");
        assert!(note.unwrap().contains("shift_jis"));
    }

    #[test]
    fn valid_utf8_wins_over_a_wrong_declaration() {
        let (text, note) = super::decode_html("<meta charset=latin1><p>café</p>".as_bytes());
        assert!(text.contains("café"));
        assert_eq!(note, None);
    }

    #[test]
    fn utf16_with_bom() {
        let bytes = [0xFF, 0xFE, b'h', 0, b'i', 0];
        assert_eq!(decode(&bytes), ("hi".to_string(), None));
    }

    #[test]
    fn lone_surrogate_is_reported() {
        let bytes = [0xFF, 0xFE, 0x00, 0xD8, b'a', 0];
        let (text, note) = decode(&bytes);
        assert_eq!(text, "\u{FFFD}a");
        assert!(note.is_some());
    }
}
