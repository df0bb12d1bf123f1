//! `boilerplate-labels`: share, ad, read-more, comment-count, cookie,
//! copyright and correction-footer lines, and consent-dialog paragraphs.

// The detectors the built-in lists do not cover, one per file.
mod affiliate_notice;
mod consent_notice;
mod gallery_counter;
mod legal_policy;

use std::sync::LazyLock;

use regex::Regex;

use crate::rules::RelaxedRegex;
use serde::{Deserialize, Serialize};

use super::phrases::PhraseConfig;
use crate::cleaner::Cleaner;
use crate::document::Document;
use crate::edit::{Plan, Reason};
use crate::error::BuildError;
use crate::regexes::{fixed_regex, Gated};
use crate::rules::{pack, PhraseList, CONSENT_DESCRIPTIONS, CONSENT_PURPOSES, FOOTER_NOTICES, LABELS};
use crate::shape::ends_with_full_stop;
use consent_notice::{consent_notice, mentions_consent, reads_like_notice};

const ID: &str = "boilerplate-labels";

/// Words of share bars and social rows ("Share on Facebook Tweet Email
/// 1.2K shares"): a block made only of these (and counters) is a label row
/// (`rules/social_words.txt`).
static SOCIAL_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::rules::word_list(crate::rules::SOCIAL_WORDS).collect());

/// Whether a block's key is a label row: share/social words and counters
/// only. In a table (`table_row`, asked only of figures alone: an HTML
/// table's row, or a dump's line among rows of figures) figures alone are
/// a data row ("1/1/2013 |
/// +13.1%"), not a share bar's counts; elsewhere (a card's date, a
/// widget's prices) they go with the bar's rule.
fn is_label_row(key: &str, table_row: impl FnOnce() -> bool) -> bool {
    let (mut words, mut social) = (0, 0);
    for w in key.split(|c: char| c.is_whitespace() || c == '|' || c == '/' || c == '·' || c == '•') {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.is_empty() {
            continue;
        }
        // A count, maybe abbreviated ("1.2k", "3m"); "mm" is a unit.
        let digits = w.trim_end_matches(['k', 'm', 'K', 'M']);
        let counter = w.len() - digits.len() <= 1
            && digits.starts_with(|c: char| c.is_ascii_digit())
            && digits.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',');
        if !counter {
            if !SOCIAL_WORDS.contains(&w) {
                return false;
            }
            social += 1;
        }
        words += 1;
    }
    words >= 2 && (social >= 1 || !table_row())
}

/// A photo caption of any length, told by its own words: news agencies'
/// captions open "In this Dec. 12, 2006, file photo, …" or "This photo
/// shows …", or place people in the picture and date it by weekday
/// (see [`placed_and_dated`]; 10 such lines in the dev dumps, none gold),
/// and some sites end each caption with its toggle button ("… Getty
/// Images hide caption"). The month and numbers are ASCII: with Unicode
/// `\w` and `\d` the pattern took 4M instructions to compile.
static CAPTION: LazyLock<Regex> = LazyLock::new(|| {
    fixed_regex(
        r"(?i)^(?:in )?this (?:[a-z]+\.? [0-9]{1,2}, [0-9]{4},? )?(?:file )?(?:photo|image|picture)(?:,| (?:shows|taken|provided|released|made|from|by)(?-u:\b))",
    )
});

/// A caption's toggle button at its end (see [`CAPTION`]).
static CAPTION_TOGGLE: LazyLock<Regex> = LazyLock::new(|| fixed_regex(r"(?i)\b(?:hide|toggle) caption$"));

/// Where an agency caption places a person in the picture (", left,").
static PLACEMENT: LazyLock<Regex> =
    LazyLock::new(|| fixed_regex(r", (?:left|right|center|centre|second from left|second from right),"));

/// A weekday date ("Wednesday, Nov. 20"). ASCII word boundaries keep the
/// regex on its fast engine.
static WEEKDAY_DATE: LazyLock<Regex> = LazyLock::new(|| {
    fixed_regex(
        r"(?-u:\b)(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?-u:\b)",
    )
});

/// Words that report speech.
static REPORTS_SPEECH: LazyLock<Regex> = LazyLock::new(|| fixed_regex(r"(?-u:\b)(?:said|says|told|asked)(?-u:\b)"));

/// Whether `text` is an agency caption that places a person in the
/// picture (", left,") and, later, dates it by weekday; a sentence that
/// reports speech ("said") is a story's, not a caption.
fn placed_and_dated(text: &str) -> bool {
    let Some(placed) = PLACEMENT.find(text) else { return false };
    WEEKDAY_DATE.is_match(&text[placed.end()..]) && !REPORTS_SPEECH.is_match(text)
}

/// Whether `text` is a photo caption (see [`CAPTION`] and [`placed_and_dated`]).
fn is_caption(text: &str) -> bool {
    // The toggle's regex runs only on blocks that end in its word: a search
    // for a line's end is a scan of the whole line.
    let ends_in_caption = text.len() >= 7 && text.as_bytes()[text.len() - 7..].eq_ignore_ascii_case(b"caption");
    CAPTION.is_match(text) || (ends_in_caption && CAPTION_TOGGLE.is_match(text)) || placed_and_dated(text)
}

/// A photo caption or credit line: "(AP Photo/Jane Doe)", "Photo by … /
/// Getty Images", "Image credit: …", "FILE PHOTO: …", "… /AFP" at its end.
/// Agency names are matched in capitals only ("(ePA)" is no agency).
static PHOTO_CREDIT: Gated<RelaxedRegex> = Gated::new(may_be_photo_credit, || {
    RelaxedRegex::fixed(
        r"(?i:\((?-i:AP|AFP|EPA)?\s*(photo|foto|image|picture)s?\b[^()]{0,80}\)\s*$|\b(photo|image|picture|foto) (by|courtesy of|credit)\b[^.]{0,80}$|\b(credit|photo|photograph|image)s?:\s*[^.]{1,80}$|\bgetty images?\s*\)?\s*$|^(file photo|image caption|photo caption)\b)|[/(]\s*(AP|AFP|Reuters|EPA|Shutterstock|iStock)\s*\)?\s*$",
    )
});

/// Whether a text may be a photo credit: every match of [`PHOTO_CREDIT`]
/// has one of these words, or ends with an agency's name. Only then is the
/// pattern compiled.
fn may_be_photo_credit(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let tail = text.trim_end().trim_end_matches(')').trim_end();
    ["photo", "foto", "image", "picture", "credit", "getty"].iter().any(|w| lower.contains(w))
        || ["AP", "AFP", "Reuters", "EPA", "Shutterstock", "iStock"].iter().any(|a| tail.ends_with(a))
}

/// Settings of [`BoilerplateLabels`].
///
/// # Defaults
/// The built-in label and footer-notice lists; prefix entries (and copyright
/// lines) only remove blocks of at most 60 words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct BoilerplateLabelsConfig {
    /// Phrases to match.
    pub phrases: PhraseConfig,
    /// Extra phrases: an older spelling of `phrases.extra`, still read,
    /// never written (`config --default` shows one way to add phrases).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub extra_phrases: Vec<String>,
    /// Longest block (in words) a prefix entry may remove.
    pub max_words: usize,
}

impl Default for BoilerplateLabelsConfig {
    fn default() -> Self {
        BoilerplateLabelsConfig { phrases: PhraseConfig::default(), extra_phrases: Vec::new(), max_words: 60 }
    }
}

impl BoilerplateLabelsConfig {
    /// Compiles the phrase lists.
    ///
    /// # Errors
    /// A [`BuildError`] for an invalid `re:` entry, or `max_words` of 0.
    pub fn build(&self) -> Result<BoilerplateLabels, BuildError> {
        let mut phrases = self.phrases.clone();
        phrases.extra.extend(self.extra_phrases.iter().cloned());
        let max_words = super::phrases::check_range(ID, "max_words", self.max_words, 1..=10_000, "1 to 10000")?;
        // User phrases extend the label list; the other lists are built-in only.
        let builtin_only = PhraseConfig { builtin: phrases.builtin, extra: Vec::new() };
        Ok(BoilerplateLabels {
            labels: phrases.compile(ID, &[LABELS, pack("labels"), pack("comments")])?,
            notices: builtin_only.compile(ID, &[FOOTER_NOTICES, pack("footer_notices")])?,
            purposes: builtin_only.compile(ID, &[CONSENT_PURPOSES])?,
            descriptions: builtin_only.compile(ID, &[CONSENT_DESCRIPTIONS])?,
            max_words,
            builtin: phrases.builtin,
        })
    }
}

/// Removes blocks that are only a page label or notice.
///
/// A label must be the whole block: "Share this" goes, "“Share this with
/// your family,” she said." stays. A photo caption or credit line ("(AP
/// Photo/…)", "Image credit: …") goes (rule `photo-credit`). A cookie,
/// consent or privacy notice of any length goes (rule `consent-notice`)
/// when it also uses two words of the data-processing vocabulary
/// (partners, tracking, device, ...) and addresses the reader; so do the
/// short lines around and between the parts of its dialog. The slides of
/// a photo gallery ("1 of 4 A shopper looks at …", "Image 2 of 8") go
/// when two or more share the same count (rule `gallery-caption`). A
/// privacy policy or terms of service printed in full on a page that is not
/// itself a legal text goes too (rule `legal-policy`, see `legal_policy`).
/// These built-in rules are off with the built-in lists.
///
/// # Example
/// ```
/// use pagewash::{Pipeline, cleaners::BoilerplateLabelsConfig};
/// let p = Pipeline::builder().with(BoilerplateLabelsConfig::default().build()?).build();
/// let c = p.clean_text("Advertisement\n12 comments\n© 2025 Example Media\n“Share this with your family,” she said.");
/// assert_eq!(c.text(), "“Share this with your family,” she said.\n");
/// assert_eq!(c.removals().len(), 3);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct BoilerplateLabels {
    /// Labels: a prefix entry only removes a block that is not a statement
    /// ("Read more from this author" goes, "Read more about it in the
    /// report, she said." stays).
    labels: PhraseList,
    /// Notices (cookies, corrections, legal): sentences themselves, so a
    /// prefix entry removes any short block it starts.
    notices: PhraseList,
    /// Purposes named by consent dialogs: parts of a dialog.
    purposes: PhraseList,
    /// The fixed descriptions of those purposes: parts of a dialog at any length.
    descriptions: PhraseList,
    max_words: usize,
    builtin: bool,
}

impl Cleaner for BoilerplateLabels {
    fn id(&self) -> &'static str {
        ID
    }

    /// Judges each block by its own text alone (consent-notice sections by
    /// their neighbours' text, not by what other cleaners removed), so one
    /// pass suffices.
    fn depends_on_context(&self) -> bool {
        false
    }

    fn plan(&self, doc: &Document) -> Plan {
        let mut plan = Plan::new();
        let blocks = doc.live_blocks();
        // A dump's data table (a paragraph of rows of figures), found only
        // once a row of figures alone asks for it.
        let dumped_table = std::cell::OnceCell::new();
        let in_table = |i: usize, b: &crate::Block| {
            b.kind() == crate::document::BlockKind::TableRow
                || (doc.input_kind() == crate::InputKind::Text
                    && dumped_table
                        .get_or_init(|| crate::cleaners::block_classifier::tables::data_table_rows(&blocks))
                        .get(i)
                        == Some(&true))
        };
        let mut notices = Vec::new();
        for (i, b) in blocks.iter().enumerate() {
            let short = b.words() <= self.max_words;
            if short && crate::rules::is_copyright_line(b.text()) {
                plan.remove(b.id(), Reason::new("copyright"));
            } else if let Some(m) = self.labels.find_match(b.key()) {
                if !m.is_prefix() || (short && !ends_with_full_stop(b.text())) {
                    plan.remove(b.id(), Reason::new(format!("phrase:{}", m.phrase)));
                }
            } else if let Some(m) = self.notices.find_match(b.key()) {
                if !m.is_prefix() || short {
                    plan.remove(b.id(), Reason::new(format!("notice:{}", m.phrase)));
                }
            } else if let Some(purpose) =
                self.purposes.find(b.key()).filter(|_| short && !ends_with_full_stop(b.text()))
            {
                plan.remove(b.id(), Reason::new("consent-notice").with_evidence(format!("purpose {purpose}")));
                notices.push(i);
            } else if let Some(description) = self.descriptions.find(b.key()) {
                let evidence = format!("description of a consent purpose: {description}");
                plan.remove(b.id(), Reason::new("consent-notice").with_evidence(evidence));
                notices.push(i);
            } else if self.names_purposes(b.key()) {
                let evidence = "names three or more consent purposes";
                plan.remove(b.id(), Reason::new("consent-notice").with_evidence(evidence));
                notices.push(i);
            } else if self.builtin && short && affiliate_notice::is_affiliate_disclosure(b.key()) {
                plan.remove(b.id(), Reason::new("affiliate-disclosure"));
            } else if self.builtin
                && (short && PHOTO_CREDIT.for_text(b.text()).is_some_and(|r| r.is_match(b.text()))
                    || is_caption(b.text()))
            {
                plan.remove(b.id(), Reason::new("photo-credit").with_evidence("caption or credit line"));
            } else if self.builtin && is_label_row(b.key(), || in_table(i, b)) {
                plan.remove(b.id(), Reason::new("label-row").with_evidence("only share/social words and counters"));
            } else if let Some((subject, vocabulary)) = self.builtin.then(|| consent_notice(b.key())).flatten() {
                let evidence = format!("{subject}* with {}* addressing the reader", vocabulary.join("*, "));
                plan.remove(b.id(), Reason::new("consent-notice").with_evidence(evidence));
                notices.push(i);
            }
        }
        self.remove_notice_sections(&blocks, notices, &mut plan);
        if self.builtin {
            for (a, b) in legal_policy::policy_stretches(doc, &blocks) {
                let words: usize = blocks[a..=b].iter().map(|b| b.words()).sum();
                let evidence = format!("a stretch of {words} words in the language of privacy and terms");
                for block in &blocks[a..=b] {
                    if !plan.removes(block.id()) {
                        plan.remove(block.id(), Reason::new("legal-policy").with_evidence(evidence.clone()));
                    }
                }
            }
        }
        if self.builtin {
            for i in gallery_counter::gallery_slides(&blocks, self.max_words) {
                if !plan.removes(blocks[i].id()) {
                    let reason =
                        Reason::new("gallery-caption").with_evidence("slide counter shared by the gallery's slides");
                    plan.remove(blocks[i].id(), reason);
                }
            }
        }
        plan
    }
}

impl BoilerplateLabels {
    /// Whether a line lists three or more consent purposes as sentences
    /// ("Store and/or access information on a device. Use limited data to
    /// select advertising. Create profiles for …"): a dialog's summary.
    fn names_purposes(&self, key: &str) -> bool {
        // The first sentence decides for most lines: only a line that opens
        // with a purpose has its other sentences looked up.
        let mut sentences = key.split(". ").map(|s| s.trim_end_matches('.'));
        sentences.next().is_some_and(|first| self.purposes.find(first).is_some())
            && sentences.filter(|s| self.purposes.find(s).is_some()).nth(1).is_some()
    }

    /// Blocks that mention cookies or consent within [`NOTICE_REACH`]
    /// blocks of a consent notice are its sections and buttons; each one
    /// found extends the reach.
    fn remove_notice_sections(&self, blocks: &[&crate::Block], mut queue: Vec<usize>, plan: &mut Plan) {
        let mut done = vec![false; blocks.len()];
        for &i in &queue {
            done[i] = true;
        }
        while let Some(i) = queue.pop() {
            let near = i.saturating_sub(NOTICE_REACH)..(i + NOTICE_REACH + 1).min(blocks.len());
            for j in near {
                let b = blocks[j];
                let section = mentions_consent(b.key()) || reads_like_notice(b.key());
                if done[j] || plan.removes(b.id()) || b.words() > self.max_words || !section {
                    continue;
                }
                done[j] = true;
                plan.remove(
                    b.id(),
                    Reason::new("consent-notice").with_evidence("a section of the consent notice next to it"),
                );
                queue.push(j);
            }
        }
        // Between two parts of one dialog, its short lines (purpose names,
        // "Always Active", "Off" toggles) are the dialog's too.
        let parts: Vec<usize> = (0..blocks.len()).filter(|&i| done[i]).collect();
        for pair in parts.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let gap = &blocks[a + 1..b];
            if b - a > DIALOG_GAP || gap.iter().any(|g| g.words() > DIALOG_LINE_WORDS) {
                continue;
            }
            for g in gap {
                if plan.removes(g.id()) {
                    continue;
                }
                plan.remove(
                    g.id(),
                    Reason::new("consent-notice").with_evidence("short line between two parts of a consent dialog"),
                );
            }
        }
    }
}

/// How many blocks away from a consent notice its sections are looked for.
const NOTICE_REACH: usize = 3;

/// Most blocks between two parts of one consent dialog.
const DIALOG_GAP: usize = 30;

/// Longest line (in words) between two parts of a consent dialog that is
/// taken as the dialog's: longer prose between them is not a dialog's.
const DIALOG_LINE_WORDS: usize = 40;

#[cfg(test)]
mod tests {
    use super::*;

    fn removed(text: &str) -> Vec<String> {
        crate::cleaners::removed_by(BoilerplateLabelsConfig::default().build().unwrap(), text)
    }

    /// Asserts that each text, cleaned alone, is removed whole.
    fn removes_each_alone(texts: &[&str]) {
        for text in texts {
            assert_eq!(removed(text), [*text], "{text}");
        }
    }

    #[test]
    fn embedded_terms_of_sale_go_and_the_product_text_stays() {
        let policy = "You agree that these terms and applicable law govern each order. The company shall not be \
                      liable for delays, reserves the right to refuse an order at any time, and disclaims any \
                      warranty; in no event shall it owe more than the refund of the price.";
        let product = "Our wool runner combines soft merino with a cushioned sole for everyday walks around town.";
        let page = format!("Wool Runner - Example Shop\n{product}\nRefund policy\n{}\n", [policy; 12].join("\n"));
        let gone = removed(&page);
        assert_eq!(gone.iter().filter(|r| r.as_str() == policy).count(), 12, "{gone:?}");
        assert!(!gone.iter().any(|r| r == product), "{gone:?}");
    }

    #[test]
    fn removes_labels_in_several_languages() {
        removes_each_alone(&[
            "Pin It on Pinterest",
            "Share This",
            "Anzeige",
            "Publicité",
            "READ MORE »",
            "3.4K shares",
            "Weiterlesen",
        ]);
    }

    #[test]
    fn removes_the_default_notices_of_site_builders_and_forum_software() {
        removes_each_alone(&[
            "Thank you! Your submission has been received!",
            "Oops! Something went wrong while submitting the form.",
            "This field is for validation purposes and should be left unchanged.",
            "You are using an out of date browser. It may not display this or other websites correctly.",
            "Skip to product information",
            "To subscribe to this RSS feed, copy and paste this URL into your RSS reader.",
            "You need to be a member in order to leave a comment",
            "Was this page helpful?",
            "By signing up, you agree to receive recurring automated SMS marketing messages from Daily Deals at the \
             number provided. Msg and data rates may apply. Up to 2 messages a day. Reply STOP to opt out, HELP for \
             help. Consent is not a condition of purchase. See our Terms of Use and Privacy Policy.",
        ]);
        assert!(
            removed("Thank you! Your letters about the bridge have been received and read by the council.").is_empty()
        );
    }

    #[test]
    fn removes_the_share_and_print_links_of_older_news_templates() {
        removes_each_alone(&[
            "Digg this",
            "Printer-friendly version",
            "E-mail this article",
            "Email to a friend",
            "Share/Bookmark",
            "Digg Delicious StumbleUpon Reddit",
            "Technorati Newsvine MySpace Facebook",
        ]);
        assert!(removed("Digg was a news site that readers voted on, and it shaped the web of 2007.").is_empty());
    }

    #[test]
    fn a_table_s_rows_of_figures_are_data_and_a_share_bar_s_counts_are_not() {
        assert!(is_label_row("facebook 12 twitter 3", || true) && is_label_row("12 shares", || false));
        // Abbreviated counts are counts; a size in millimetres is no count.
        assert!(is_label_row("1.2k shares", || false) && !is_label_row("5 mm", || false));
        assert!(!is_label_row("1/1/2013 | +13.1%", || true) && is_label_row("12/12/2025", || false));
        let html = "<table><tr><td>1/1/2013</td><td>+13.1%</td></tr><tr><td>2/1/2013</td><td>+12.9%</td></tr></table>";
        let c = crate::Pipeline::builder().with(BoilerplateLabelsConfig::default().build().expect("builds")).build();
        assert!(c.clean_html(html).removals().is_empty());
        let dump = "Date Change\n1/1/2013 +13.1%\n2/1/2013 +12.9%\n3/1/2013 +11.0%\n4/1/2013 +10.2%\n";
        assert!(c.clean_text(dump).removals().is_empty(), "{}", c.clean_text(dump).explain());
    }

    #[test]
    fn removes_share_buttons_and_furniture_as_dumps_keep_them() {
        removes_each_alone(&[
            "Click to share on Bluesky (Opens in new window) Bluesky",
            "Click to email a link to a friend (Opens in new window) Email",
            "Like Loading...",
            "You must log in or register to reply here.",
            "Stay organized with collections",
            "Improve this answer",
            "Thread starter",
            "Copy link to paste in your message",
            "Link copied",
            "URL copied!",
            "Tempo de leitura: 1 minuto",
            "5 minuti di lettura",
            "Leestijd: 4 minuten",
            "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
        ]);
        assert!(removed("Click to share on any network, the guide says, and your post will travel far.").is_empty());
    }

    #[test]
    fn removes_donation_and_membership_buttons_but_not_sentences() {
        removes_each_alone(&["Donate", "Support Us", "Support independent journalism", "Become a Member Today"]);
        assert!(removed("Support independent journalism, the editors wrote, is what the fund was for.").is_empty());
    }

    #[test]
    fn removes_cookie_notices_that_qualify_their_cookies() {
        removes_each_alone(&[
            "This Website uses first and third party cookies. By clicking \"agree\" you consent to their use.",
            "We use essential and analytics cookies to run this shop.",
            "The technical storage or access is strictly necessary for the legitimate purpose of enabling the use of a \
             specific service explicitly requested by the subscriber or user.",
        ]);
        assert!(removed("We use our noses to tell fresh cookies from stale ones, the bakers said.").is_empty());
    }

    #[test]
    fn removes_affiliate_disclosures() {
        let notice = "Disclosure: this site is reader-supported. When you buy through links on our site, we may earn \
                      an affiliate commission.";
        assert_eq!(removed(notice), [notice]);
        assert!(removed("The new rules let the commission earn fees from the sale, the minister said.").is_empty());
    }

    #[test]
    fn removes_the_fixed_descriptions_and_summaries_of_consent_purposes() {
        let description = "Information about your activity on this service (such as forms you submit, content you \
            look at) can be stored and combined with other information about you or similar users. This is then \
            used to build or improve a profile about you (that might include possible interests and personal \
            aspects). Your profile can be used (also later) to present advertising that appears more relevant \
            based on your possible interests by this and other entities.";
        assert_eq!(removed(description), [description]);
        let summary = "Store and/or access information on a device. Use limited data to select advertising. \
                       Create profiles for personalised advertising.";
        assert_eq!(removed(summary), [summary]);
        let story = "Information about your activity on the trail is what rangers asked for. Store your food well.";
        assert!(removed(story).is_empty());
    }

    #[test]
    fn removes_in_page_navigation_labels() {
        removes_each_alone(&["Table of Contents", "In this article", "On this page", "Previous Next"]);
        assert!(removed("Table of contents for the 2026 annual report").is_empty());
    }

    #[test]
    fn removes_navigation_and_call_to_action_buttons() {
        removes_each_alone(&["Contact Us", "Get Started", "Add to Cart", "About Us", "Log in", "[email protected]"]);
        assert!(removed("Contact us if you saw the accident, police said.").is_empty());
    }

    #[test]
    fn removes_post_navigation_with_the_neighbouring_titles() {
        removes_each_alone(&[
            "Previous Post: Free scooter and motorcycle training",
            "Prev Previous 50-Year Mortgage: Is it the Real Solution for Affordability?",
            "Next Preparing Your HVAC System for Storms Next",
            "Previous: Paying for the rides I took 8 years ago",
        ]);
        assert!(removed("Next steps for the council").is_empty());
    }

    #[test]
    fn removes_outdated_browser_and_reprint_notices() {
        removes_each_alone(&[
            "We've detected you are on Internet Explorer. For the best experience, please update to a modern browser.",
            "Please upgrade to a modern browser to use this site",
            "This copy is for your personal, non-commercial use only.",
        ]);
        assert!(removed("Most readers switched to a modern browser years ago, the survey found.").is_empty());
    }

    #[test]
    fn removes_gallery_and_caption_controls() {
        removes_each_alone(&["Caption", "Back to Gallery", "Expand", "Enlarge this image", "Hide caption"]);
        assert!(removed("The caption of the photo named the wrong town.").is_empty());
    }

    #[test]
    fn removes_follow_prompts_for_social_networks() {
        removes_each_alone(&["Follow Vox on Twitter", "Like us on Facebook", "Follow The Daily online"]);
        assert!(removed("Follow the river on foot").is_empty());
    }

    #[test]
    fn removes_ad_labels_and_reuse_notices_under_articles() {
        removes_each_alone(&[
            "Advert",
            "Explore further",
            "This document is subject to copyright. Apart from any fair dealing, no part may be reproduced.",
            "Citation: Hibernating astronauts would need smaller spacecraft (2019, November 18) retrieved 20 November 2019 from https://example.org/news/2019-11-hibernating.html",
        ]);
        assert!(removed("Citation: the court cited an earlier ruling from 2011.").is_empty());
    }

    #[test]
    fn consent_framework_purposes_and_their_descriptions_go_together() {
        let dialog = "Privacy Preference Center\n\
            Store and/or access information on a device 91 partners can use this purpose\n\
            Cookies, device or similar online identifiers together with other information can be stored or read on your device to recognise it each time it connects.\n\
            Measure content performance Off\n\
            The council met on Monday and agreed on a new budget for the schools.";
        let gone = removed(dialog);
        assert_eq!(gone.len(), 3, "{gone:?}");
        assert!(!gone.iter().any(|r| r.contains("council")), "{gone:?}");
        assert!(removed("Measure content performance by time spent, not by clicks.").is_empty());
    }

    #[test]
    fn removes_correction_footers() {
        let t = "To suggest a correction or clarification, write to us here\nYou can also highlight the text and press Ctrl + Enter";
        assert_eq!(removed(t).len(), 2);
    }

    #[test]
    fn removes_a_consent_dialog_with_its_sections_and_keeps_the_article() {
        let page = "The council voted to close the bridge to lorries after engineers found cracks.\n\
                    We and our partners use cookies to store and access information on your device for \
                    personalised advertising. You can withdraw your consent at any time.\n\
                    Strictly Necessary Cookies\n\
                    Always Active\n\
                    Targeting Cookies\n\
                    Repairs will take most of next year, the council said.";
        let removed = removed(page);
        // "Always Active" sits between two parts of the dialog: it is the dialog's.
        assert_eq!(removed.len(), 4, "{removed:?}");
        for part in ["Strictly Necessary Cookies", "Always Active", "Targeting Cookies"] {
            assert!(removed.iter().any(|r| r == part), "{removed:?}");
        }
    }

    #[test]
    fn purposes_next_to_a_consent_notice_are_its_sections() {
        let page = "The council voted to close the bridge to lorries after engineers found cracks.\n\
                    We and our partners use cookies to store and access information on your device for \
                    personalised advertising. You can withdraw your consent at any time.\n\
                    Information about your activity on this service can be used to build a profile about you \
                    for personalised advertising.\n\
                    Repairs will take most of next year, the council said.";
        let removed = removed(page);
        assert_eq!(removed.len(), 2, "{removed:?}");
        assert!(removed[1].starts_with("Information about your activity"), "{removed:?}");
    }

    #[test]
    fn removes_the_slides_of_a_gallery_but_not_a_lone_ratio() {
        let page = "1 of 3 A shopper looks at extension cords in a hardware store.\n\
                    2 of 3 Gas cans sold out on Tuesday morning.\n\
                    1 of 5 Americans say they keep a generator at home.\n\
                    Image 3 of / 3";
        let removed = removed(page);
        assert_eq!(removed.len(), 3, "{removed:?}");
        assert!(!removed.iter().any(|r| r.contains("Americans")), "{removed:?}");
    }

    #[test]
    fn removes_photo_captions_with_credits() {
        removes_each_alone(&[
            "Vicente Aguiar loads garage door trims into his truck outside a store in Hialeah, Fla. (AP Photo/Alan Diaz)",
            "FILE PHOTO: Traders work on the floor at the New York Stock Exchange",
            "Officials handed out masks to schoolchildren. Photo by Jane Doe/Getty Images",
            "Main image credit: Getty",
            "In this Dec. 12, 2006, file photo, made available by NASA, an astronaut works outside the station.",
            "This photo shows the new bridge at night, seen from the north bank of the river.",
            "People spend more than half of their leisure time in front of screens. Tim Robberts/Getty Images hide caption",
            "U.S. Defense Secretary Mark Esper, left, and his host shake hands in Hanoi, Vietnam Wednesday, Nov. 20, 2019.",
        ]);
        for prose in [
            "Die elektronische Patientenakte (ePA)",
            "The agency said it would publish the photos next week, according to AP.",
            "In this photograph-heavy exhibition the curators chose colour over size.",
            "This image of the city, she said, was what the campaign wanted to change.",
            "The mayor, left, said on Monday, Nov. 18, that the vote would be close.",
        ] {
            assert!(removed(prose).is_empty(), "{prose}");
        }
    }

    #[test]
    fn a_cookie_line_without_a_notice_nearby_stays() {
        assert!(removed("Bake the cookies for twelve minutes.\nTargeting Cookies").is_empty());
    }

    #[test]
    fn keeps_sentences_that_contain_labels() {
        for s in [
            "Read more about it in the report, she said.",
            "The advertisement ran in three newspapers last week.",
            "Share prices fell sharply on Monday.",
            "Share it with us",
        ] {
            assert!(removed(s).is_empty(), "{s}");
        }
    }
}

#[cfg(test)]
mod photo_credit_gate {
    /// Every text the photo-credit pattern matches passes the check that decides
    /// whether to compile it.
    #[test]
    fn every_photo_credit_passes_the_gate() {
        super::PHOTO_CREDIT.assert_gate_holds(
            &[
                "(",
                ")",
                "/",
                " ",
                "AP",
                "AFP",
                "EPA",
                "Reuters",
                "iStock",
                "Shutterstock",
                "ap",
                "Photo",
                "photos",
                "FOTO",
                "Image",
                "picture",
                " by ",
                "courtesy of",
                "credit",
                "Credits",
                ":",
                "Getty Images",
                "File Photo",
                "image caption",
                "Jane Doe",
                ".",
                "x",
            ],
            |r, text| r.is_match(text),
        );
    }
}
