//! Affiliate disclosures: "When you buy through links on our site, we may
//! earn an affiliate commission." Shopping and review sites print one above
//! or below every article (the US FTC asks them to); it is the site's
//! notice, not the article's text. Reworded on every site, but always in
//! the few phrasings matched here: a commission the site may earn or
//! receive, affiliate links the page contains, the Amazon Associates
//! programme's set wording, purchases made through the site's links, or a
//! "reader-supported" site.
//!
//! Measured on both dev sets' text dumps: of the 56 lines of 60 words or
//! fewer that match, 43 are not gold; 10 of the 13 gold ones are one deals
//! post's "BGR may receive a commission" under each product.

use crate::regexes::{fixed_regex, Gated};
use regex::Regex;

/// The phrasings of a disclosure, matched on a block's key (lower case).
static DISCLOSURE: Gated<Regex> = Gated::new(may_disclose, || {
    fixed_regex(
        r"(?x-u)
        \bmay\ (earn|receive|get)\ (us\ )?(an?\ )?(small\ )?(affiliate\ )?(commission|compensation|portion|share|percentage)
        | \b(contains?|uses?|includes?)\ affiliate\ (and/or\ referral\ )?links
        | \bamazon\ services\ llc\ associates\ program
        | \bas\ an\ amazon\ associate
        | \b(purchases|orders)\ (made|placed)\ through\ (our|these|its)\ (retail\ )?links
        | \b(buy|purchase)\ (something\ )?(through|via)\ (links\ on|our\ links|the\ links)
        | \bis\ (reader|learner|audience)[-\ ]supported
        | \bsupported\ by\ (its|our)\ audience
        ",
    )
});

/// Whether `key` (a block's [key](crate::rules::normalize_key)) is an
/// affiliate disclosure: one of the phrasings, not negated ("we do not use
/// affiliate links" is a statement of the article's).
pub(super) fn is_affiliate_disclosure(key: &str) -> bool {
    DISCLOSURE.for_text(key).and_then(|r| r.find(key)).is_some_and(|m| {
        let before = key[..m.start()].trim_end();
        !(before.ends_with("not") || before.ends_with("n't") || before.ends_with("never"))
    })
}

/// Whether a key holds one of the words every phrasing has: only then is
/// the pattern compiled.
fn may_disclose(key: &str) -> bool {
    const NEEDS: &[&str] = &["may ", "affiliate", "amazon", "through", "links", "supported"];
    NEEDS.iter().any(|n| key.contains(n))
}

#[cfg(test)]
mod tests {
    use super::is_affiliate_disclosure;
    use crate::rules::normalize_key;

    fn disclosure(text: &str) -> bool {
        is_affiliate_disclosure(&normalize_key(text))
    }

    #[test]
    fn disclosures_in_their_usual_phrasings() {
        for text in [
            "When you purchase through links on our site, we may earn an affiliate commission. Learn more",
            "This website uses affiliate links. Purchases made through these links may provide compensation.",
            "We are a participant in the Amazon Services LLC Associates Program, an affiliate advertising program.",
            "GearLab is reader-supported.",
        ] {
            assert!(disclosure(text), "{text}");
        }
    }

    #[test]
    fn sentences_about_commissions_and_affiliates_are_not_disclosures() {
        for text in [
            "We do not make money from recommending products, and we do not use affiliate links.",
            "The commission may receive new powers under the bill, the minister said.",
            "Affiliate marketing lets creators earn money from the products they recommend.",
        ] {
            assert!(!disclosure(text), "{text}");
        }
    }
}

#[cfg(test)]
mod gate {
    /// The literals the disclosure needs before its pattern is compiled are in
    /// every text the pattern matches.
    #[test]
    fn every_disclosure_holds_a_needed_literal() {
        super::DISCLOSURE.assert_gate_holds(
            &[
                "we ",
                "may ",
                "earn ",
                "receive ",
                "get ",
                "us ",
                "a ",
                "small ",
                "affiliate ",
                "commission",
                "share",
                "contains ",
                "uses ",
                "links",
                "amazon ",
                "services llc associates program",
                "as an ",
                "associate",
                "purchases ",
                "orders ",
                "made ",
                "placed ",
                "through ",
                "our ",
                "these ",
                "retail ",
                "buy ",
                "something ",
                "via ",
                "links on",
                "the links",
                "is ",
                "reader",
                "-",
                "supported",
                " by its audience",
                "not ",
                ".",
            ],
            |r, text| r.is_match(text),
        );
    }
}
