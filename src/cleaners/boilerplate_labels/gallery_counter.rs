//! Slide captions of a photo gallery: "1 of 4 A shopper looks at …",
//! "Image 2 of 8". Used by `boilerplate-labels` (rule `gallery-caption`).

use std::sync::LazyLock;

use regex::Regex;

use crate::document::Block;
use crate::regexes::fixed_regex;

/// A slide counter at the start of a block: optional "Image"/"Photo"/
/// "Slide", then "N of M" or "N / M" (dumps also show "1 of / 8"), never
/// a date ("11/20/2019") or a time.
static COUNTER: LazyLock<Regex> = LazyLock::new(|| {
    fixed_regex(r"^(?i:(?:image|photo|slide|picture|foto|bild)\s+)?([0-9]{1,3})\s+(?:of\s*/?|/)\s*([0-9]{1,3})(?:\s|$)")
});

/// The slide count `M` of a block that opens with a counter `N of M`
/// (`1 <= N <= M`), if it does.
fn slide_total(text: &str) -> Option<u32> {
    let c = COUNTER.captures(text.trim_start())?;
    let (n, m): (u32, u32) = (c[1].parse().ok()?, c[2].parse().ok()?);
    (1..=m).contains(&n).then_some(m)
}

/// Indices of the blocks (at most `max_words` words) that are slides of a
/// gallery: blocks opening with a slide counter whose total `M` at least
/// one other such block on the page shares. A lone "1 of 5 Americans say
/// …" is a sentence; two slides of the same gallery are not.
pub(super) fn gallery_slides(blocks: &[&Block], max_words: usize) -> Vec<usize> {
    let slides: Vec<(usize, u32)> = blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| b.words() <= max_words)
        .filter_map(|(i, b)| slide_total(b.text()).map(|m| (i, m)))
        .collect();
    slides.iter().filter(|(i, m)| slides.iter().any(|(j, n)| j != i && n == m)).map(|(i, _)| *i).collect()
}

#[cfg(test)]
mod tests {
    use super::slide_total;

    #[test]
    fn counters_open_a_block() {
        assert_eq!(slide_total("1 of 4 A shopper looks at extension cords."), Some(4));
        assert_eq!(slide_total("Image 1 of / 8"), Some(8));
        assert_eq!(slide_total("Photo 3 / 12"), Some(12));
        assert_eq!(slide_total("5 of 4 things"), None);
        assert_eq!(slide_total("Shoppers: 1 of 4"), None);
        assert_eq!(slide_total("11/20/2019 01:14 PM"), None);
        assert_eq!(slide_total("3 / 12."), None);
    }
}
