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
