//! Base64 (RFC 4648, standard alphabet; padding and line breaks optional)
//! for `batch --html-bytes-field`.

/// Decodes base64 text; `None` when it holds a character outside the
/// alphabet or a dangling sixth of a byte.
pub(crate) fn decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    let (mut acc, mut bits) = (0u32, 0u32);
    for b in text.bytes() {
        let v = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            b'=' | b'\n' | b'\r' | b' ' | b'\t' => continue,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    (bits < 6).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn decodes_padded_unpadded_and_wrapped_text() {
        assert_eq!(decode("aGVsbG8gd29ybGQ=").as_deref(), Some(&b"hello world"[..]));
        assert_eq!(decode("aGVsbG8gd29ybGQ").as_deref(), Some(&b"hello world"[..]));
        assert_eq!(decode("aGVs\nbG8=").as_deref(), Some(&b"hello"[..]));
        assert_eq!(decode("k/8=").as_deref(), Some(&[0x93, 0xff][..]));
        assert_eq!(decode("not base64!"), None);
        assert_eq!(decode("a"), None);
    }
}
