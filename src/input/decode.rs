//! Bytes of unknown encoding into text, decoded as a browser decodes them.
//!
//! Every encoding and label of the WHATWG Encoding Standard is read (through
//! `encoding_rs`). The encoding is chosen, first to last, by:
//! 1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE);
//! 2. the transport's charset (a `Content-Type` header the caller passes);
//! 3. for HTML, a `<meta charset>` or `http-equiv` content type found by the
//!    HTML standard's prescan of the first 1,024 bytes (which skips
//!    comments and does not read text inside `<script>` as markup);
//! 4. detection (`chardetng`), when nothing is declared and the bytes are
//!    not UTF-8.
//!
//! A declared encoding loses to UTF-8 only where the bytes are valid UTF-8
//! with non-ASCII characters in them (a page saved as UTF-8 under a stale
//! `latin1` declaration). Whenever the text is not plain UTF-8, the note
//! says which encoding was used and why.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

/// Bytes of a document the HTML prescan reads for a `<meta>` declaration.
const PRESCAN_BYTES: usize = 1024;

/// Decodes a text dump's bytes: a byte-order mark wins; then UTF-8; then a
/// detected legacy encoding. Returns the text and, when the decoding was not
/// plain UTF-8, a note saying what was done.
///
/// # Example
/// ```
/// use pagewash::input::decode::decode;
/// assert_eq!(decode(b"\xEF\xBB\xBFhi"), ("hi".to_string(), None));
/// // Latin-1 bytes with no declaration are detected.
/// let (text, note) = decode(b"Caf\xe9 cr\xe8me br\xfbl\xe9e et cr\xeapes");
/// assert_eq!(text, "Café crème brûlée et crêpes");
/// assert!(note.unwrap().contains("detected windows-1252"));
/// ```
pub fn decode(bytes: &[u8]) -> (String, Option<String>) {
    decode_with(bytes, None, false)
}

/// Decodes an HTML page's bytes: a BOM wins; then a `<meta charset>` (or
/// `http-equiv` content type) found by the HTML prescan; then UTF-8; then
/// a detected encoding. See the [module docs](self).
///
/// # Example
/// ```
/// use pagewash::input::decode::decode_html;
/// let page = b"<meta charset=\"windows-1252\"><p>caf\xE9 \x93quoted\x94</p>";
/// let (text, note) = decode_html(page);
/// assert!(text.contains("caf\u{e9} \u{201c}quoted\u{201d}"));
/// assert!(note.unwrap().contains("windows-1252"));
/// // Shift_JIS, declared in the page.
/// let (text, _) = decode_html(b"<meta charset=shift_jis><p>\x93\xfa\x96\x7b</p>");
/// assert!(text.contains("日本"));
/// ```
pub fn decode_html(bytes: &[u8]) -> (String, Option<String>) {
    decode_with(bytes, None, true)
}

/// Decodes bytes with the transport's charset label (from a `Content-Type`
/// header, e.g. `"shift_jis"` or `"text/html; charset=koi8-r"`), which wins
/// over the page's own declaration; `html` turns on the `<meta>` prescan.
///
/// # Example
/// ```
/// use pagewash::input::decode::decode_with;
/// // KOI8-R, named by the HTTP header only.
/// let (text, note) = decode_with(b"\xf0\xd2\xc9\xd7\xc5\xd4", Some("text/plain; charset=KOI8-R"), false);
/// assert_eq!(text, "Привет");
/// assert!(note.unwrap().contains("KOI8-R"));
/// ```
pub fn decode_with(bytes: &[u8], transport: Option<&str>, html: bool) -> (String, Option<String>) {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let (text, errors) = encoding.decode_without_bom_handling(&bytes[bom..]);
        let why = format!("decoded as {} (byte-order mark)", encoding.name());
        return finish(text, errors, (encoding != UTF_8).then_some(why), encoding);
    }
    let mut unknown = None;
    let declared = transport
        .and_then(|t| {
            let label = charset_of_content_type(t.as_bytes()).unwrap_or(t.as_bytes());
            let found = from_label(label);
            if found.is_none() {
                unknown = Some(String::from_utf8_lossy(label).into_owned());
            }
            found.map(|e| (e, "the transport's Content-Type"))
        })
        .or_else(|| html.then(|| prescan(&bytes[..bytes.len().min(PRESCAN_BYTES)])).flatten().map(|e| (e, "<meta>")));
    if let Some((encoding, source)) = declared {
        // ASCII reads the same in every ASCII-compatible encoding.
        if bytes.is_ascii() && encoding.is_ascii_compatible() {
            return (String::from_utf8_lossy(bytes).into_owned(), None);
        }
        // Past the ASCII check above, valid UTF-8 holds non-ASCII text.
        if let Some(text) = std::str::from_utf8(bytes).ok().filter(|_| encoding != UTF_8) {
            let why = format!(
                "declared {} by {source}, but the bytes are valid UTF-8 with non-ASCII text; decoded as UTF-8",
                encoding.name()
            );
            return finish(Cow::Borrowed(text), false, Some(why), UTF_8);
        }
        let (text, errors) = encoding.decode_without_bom_handling(bytes);
        let why = (encoding != UTF_8).then(|| format!("decoded as {} (declared by {source})", encoding.name()));
        return finish(text, errors, why, encoding);
    }
    let unknown_note = unknown.map(|l| format!("unknown charset label {l:?} ignored"));
    if let Ok(text) = std::str::from_utf8(bytes) {
        return (text.to_string(), unknown_note);
    }
    if mostly_utf8(bytes) {
        let (text, errors) = UTF_8.decode_without_bom_handling(bytes);
        return finish(text, errors, unknown_note, UTF_8);
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Deny);
    let (text, errors) = encoding.decode_without_bom_handling(bytes);
    let mut why = format!("no charset declared and the bytes are not UTF-8; detected {}", encoding.name());
    if let Some(u) = unknown_note {
        why = format!("{u}; {why}");
    }
    finish(text, errors, Some(why), encoding)
}

/// The decoded text, with a note that says why this encoding was used and
/// whether anything was replaced.
fn finish(
    text: Cow<'_, str>,
    errors: bool,
    why: Option<String>,
    encoding: &'static Encoding,
) -> (String, Option<String>) {
    let note = match (why, errors) {
        (why, false) => why,
        (None, true) if encoding == UTF_8 => Some(invalid_utf8_note(&text)),
        (why, true) => Some(format!(
            "{}; invalid sequences were replaced with U+FFFD (the declaration may be wrong)",
            why.unwrap_or_else(|| format!("decoded as {}", encoding.name()))
        )),
    };
    (text.into_owned(), note)
}

fn invalid_utf8_note(text: &str) -> String {
    let at = text.find('\u{FFFD}').unwrap_or(0);
    format!("input had invalid UTF-8 (first at character {at}); invalid sequences were replaced with U+FFFD")
}

/// The encoding of a label, as the HTML standard reads a declaration:
/// UTF-16 declared inside the bytes means UTF-8, and `x-user-defined` means
/// windows-1252.
fn from_label(label: &[u8]) -> Option<&'static Encoding> {
    let encoding = Encoding::for_label(label)?;
    Some(if encoding == UTF_16LE || encoding == UTF_16BE {
        UTF_8
    } else if encoding == encoding_rs::X_USER_DEFINED {
        WINDOWS_1252
    } else {
        encoding
    })
}

/// Whether bytes that are not valid UTF-8 still read as UTF-8 with a few
/// broken sequences (a dump cut inside a character, a stray byte): at least
/// 50 times more valid multi-byte characters than invalid sequences.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut valid, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        valid += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    valid >= 50 * invalid
}

/// The HTML standard's prescan for a character encoding declaration:
/// `<meta charset>` or `<meta http-equiv=content-type content="…charset=…">`,
/// skipping comments and other tags with their attributes.
fn prescan(head: &[u8]) -> Option<&'static Encoding> {
    let mut i = 0;
    while i < head.len() {
        let rest = &head[i..];
        if rest.starts_with(b"<!--") {
            i += 4 + find(&rest[4..], b"-->").map_or(rest.len(), |p| p + 3);
        } else if starts_with_ignore_case(rest, b"<meta") && rest.get(5).is_some_and(|&b| is_space(b) || b == b'/') {
            let (found, end) = meta(rest, 5);
            if found.is_some() {
                return found;
            }
            i += end;
        } else if rest.first() == Some(&b'<')
            && (rest.get(1).is_some_and(u8::is_ascii_alphabetic)
                || (rest.get(1) == Some(&b'/') && rest.get(2).is_some_and(u8::is_ascii_alphabetic)))
        {
            // A tag: skip its name, then its attributes.
            let mut j = 1 + usize::from(rest[1] == b'/');
            while j < rest.len() && !is_space(rest[j]) && rest[j] != b'>' {
                j += 1;
            }
            while let Some((_, _, next)) = attribute(rest, j) {
                j = next;
            }
            i += j + 1;
        } else if rest.starts_with(b"<!") || rest.starts_with(b"</") || rest.starts_with(b"<?") {
            i += find(rest, b">").map_or(rest.len(), |p| p + 1);
        } else {
            i += 1;
        }
    }
    None
}

/// Reads a `<meta>` tag's attributes from `at`: the encoding it declares,
/// and where the tag ends.
fn meta(tag: &[u8], mut at: usize) -> (Option<&'static Encoding>, usize) {
    let (mut charset, mut content, mut http_equiv) = (None, None, false);
    while let Some((name, value, next)) = attribute(tag, at) {
        at = next;
        match name.to_ascii_lowercase().as_slice() {
            b"charset" if charset.is_none() => charset = Some(value),
            b"content" if content.is_none() => content = Some(value),
            b"http-equiv" => http_equiv |= value.eq_ignore_ascii_case(b"content-type"),
            _ => {}
        }
    }
    let label = charset.or_else(|| content.filter(|_| http_equiv).and_then(charset_of_content_type));
    (label.and_then(|l| from_label(trim(l))), at + 1)
}

/// One attribute of a tag from `at`: its name, value and where the next one
/// starts; `None` at the tag's end.
fn attribute(tag: &[u8], mut at: usize) -> Option<(&[u8], &[u8], usize)> {
    while at < tag.len() && (is_space(tag[at]) || tag[at] == b'/') {
        at += 1;
    }
    if at >= tag.len() || tag[at] == b'>' {
        return None;
    }
    let start = at;
    while at < tag.len() && !is_space(tag[at]) && !matches!(tag[at], b'=' | b'>' | b'/') || at == start {
        at += 1;
    }
    let name = &tag[start..at.min(tag.len())];
    while at < tag.len() && is_space(tag[at]) {
        at += 1;
    }
    if tag.get(at) != Some(&b'=') {
        return Some((name, &[], at));
    }
    at += 1;
    while at < tag.len() && is_space(tag[at]) {
        at += 1;
    }
    match tag.get(at) {
        Some(&q @ (b'"' | b'\'')) => {
            let end = tag[at + 1..].iter().position(|&b| b == q).map_or(tag.len(), |p| at + 1 + p);
            Some((name, &tag[at + 1..end], (end + 1).min(tag.len())))
        }
        _ => {
            let start = at;
            while at < tag.len() && !is_space(tag[at]) && tag[at] != b'>' {
                at += 1;
            }
            Some((name, &tag[start..at], at))
        }
    }
}

/// The charset a content type names (`text/html; charset="koi8-r"`), as the
/// HTML standard extracts it from a `<meta content>`.
fn charset_of_content_type(content: &[u8]) -> Option<&[u8]> {
    let lower = content.to_ascii_lowercase();
    let mut from = 0;
    loop {
        let at = from + find(&lower[from..], b"charset")? + 7;
        let mut i = at;
        while i < content.len() && is_space(content[i]) {
            i += 1;
        }
        if content.get(i) != Some(&b'=') {
            from = at;
            continue;
        }
        i += 1;
        while i < content.len() && is_space(content[i]) {
            i += 1;
        }
        return match content.get(i) {
            Some(&q @ (b'"' | b'\'')) => {
                let end = content[i + 1..].iter().position(|&b| b == q)?;
                Some(&content[i + 1..i + 1 + end])
            }
            Some(_) => {
                let end = content[i..].iter().position(|&b| is_space(b) || b == b';').unwrap_or(content.len() - i);
                Some(&content[i..i + end])
            }
            None => None,
        };
    }
}

fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

fn trim(s: &[u8]) -> &[u8] {
    let start = s.iter().position(|&b| !is_space(b)).unwrap_or(s.len());
    let end = s.iter().rposition(|&b| !is_space(b)).map_or(start, |p| p + 1);
    &s[start..end]
}

fn starts_with_ignore_case(s: &[u8], prefix: &[u8]) -> bool {
    s.len() >= prefix.len() && s[..prefix.len()].eq_ignore_ascii_case(prefix)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(haystack, needle)
}

#[cfg(test)]
mod tests {
    use super::{decode, decode_html, decode_with};

    #[test]
    fn a_declared_legacy_charset_is_decoded_and_named() {
        let (text, note) = decode_html(
            b"<meta http-equiv='Content-Type' content='text/html; charset=Shift_JIS'><p>\x93\xfa\x96\x7b</p>",
        );
        assert!(text.contains("日本"), "{text}");
        assert!(note.unwrap().contains("Shift_JIS"));
    }

    #[test]
    fn valid_utf8_wins_over_a_wrong_declaration() {
        let (text, note) = decode_html("<meta charset=latin1><p>café</p>".as_bytes());
        assert!(text.contains("café"));
        assert!(note.unwrap().contains("valid UTF-8"));
        // An all-ASCII page needs no note.
        assert_eq!(decode_html(b"<meta charset=latin1><p>cafe</p>").1, None);
    }

    #[test]
    fn a_charset_inside_a_script_or_comment_does_not_count() {
        let page = "<script>var enc = 'charset=gbk';</script><!-- <meta charset=gbk> --><meta charset=\"windows-1251\"><p>\u{41f}\u{440}\u{438}\u{432}\u{435}\u{442}</p>";
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(page);
        let (text, note) = decode_html(&bytes);
        assert!(text.contains("Привет"), "{text}");
        assert!(note.unwrap().contains("windows-1251"));
    }

    #[test]
    fn the_transport_charset_wins_over_the_page() {
        let (bytes, _, _) = encoding_rs::KOI8_R.encode("<meta charset=windows-1251><p>Привет</p>");
        let (text, note) = decode_with(&bytes, Some("text/html; charset=koi8-r"), true);
        assert!(text.contains("Привет"));
        assert!(note.unwrap().contains("Content-Type"));
        let (_, note) = decode_with(b"plain", Some("no-such-charset"), false);
        assert!(note.unwrap().contains("unknown charset label"));
    }

    #[test]
    fn undeclared_legacy_bytes_are_detected() {
        let (bytes, _, _) = encoding_rs::EUC_KR
            .encode("<p>서울시는 월요일에 새 예산을 발표했다. 시민들은 학교와 도서관에 더 많은 돈을 원한다.</p>");
        let (text, note) = decode_html(&bytes);
        assert!(text.contains("서울시는"), "{text}");
        assert!(note.unwrap().contains("detected EUC-KR"));
    }

    #[test]
    fn utf16_with_bom() {
        let bytes = [0xFF, 0xFE, b'h', 0, b'i', 0];
        let (text, note) = decode(&bytes);
        assert_eq!(text, "hi");
        assert!(note.unwrap().contains("UTF-16LE"));
    }

    #[test]
    fn lone_surrogate_is_reported() {
        let bytes = [0xFF, 0xFE, 0x00, 0xD8, b'a', 0];
        let (text, note) = decode(&bytes);
        assert_eq!(text, "\u{FFFD}a");
        assert!(note.unwrap().contains("U+FFFD"));
    }

    #[test]
    fn utf8_with_a_broken_end_stays_utf8() {
        let mut bytes = "Les élèves ont présenté leurs projets à la mairie. ".repeat(20).into_bytes();
        bytes.extend_from_slice(b"\xc3");
        let (text, note) = decode(&bytes);
        assert!(text.starts_with("Les élèves"));
        assert!(note.unwrap().contains("invalid UTF-8"));
    }
}
