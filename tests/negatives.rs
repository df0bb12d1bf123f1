//! Article sentences that contain trigger words must stay.

use pagewash::Pipeline;

/// A short article around `sentence`, long enough to be found as the main content.
fn article_with(sentence: &str) -> String {
    format!(
        "The regional council met on Monday to discuss the new transport budget for the coming year.\n\n\
         {sentence}\n\n\
         Members agreed to return to the question at their next meeting, which is planned for early March.\n"
    )
}

fn assert_kept(sentence: &str) {
    let cleaned = Pipeline::default().clean_text(&article_with(sentence));
    assert!(cleaned.text().contains(sentence), "{sentence:?} was removed:\n{}", cleaned.explain());
}

#[test]
fn newsletter_as_a_word_in_a_sentence() {
    assert_kept("The newsletter was sent to 3,000 officials.");
}

#[test]
fn read_more_at_the_start_of_a_sentence() {
    assert_kept("Read more about it in the report, she said.");
}

#[test]
fn quoted_share_this() {
    assert_kept("“Share this with your family,” the minister told the audience.");
}

#[test]
fn related_that_is_a_full_sentence() {
    assert_kept("Related: the ministry said on Tuesday that it would review the decision.");
}

#[test]
fn advertisement_as_a_word() {
    assert_kept("The advertisement ran in three newspapers and cost the party 40,000 euros.");
}

#[test]
fn subscribe_as_a_verb_in_prose() {
    assert_kept("Not everyone would subscribe to that view, said one council member.");
}

#[test]
fn short_last_paragraph_stays() {
    let page = "Storm Hits the Coast\n\n\
        The storm reached the coast early on Thursday and brought winds of more than 120 kilometres an hour.\n\n\
        Thousands of homes lost power, and several roads were closed because of fallen trees.\n\n\
        Nobody was hurt.\n\n\
        Latest News\nMarket Reopens After Fire\nSchool Wins National Prize\n";
    let cleaned = Pipeline::default().clean_text(page);
    assert!(cleaned.text().ends_with("Nobody was hurt.\n"), "{}", cleaned.explain());
}

#[test]
fn one_line_quote_inside_the_article_stays() {
    let page = "The minister was asked whether she would resign after the vote in parliament on Tuesday.\n\n\
        “Never.”\n\n\
        Her party later said it would support her until the next election, whatever the polls say.\n";
    let cleaned = Pipeline::default().clean_text(page);
    assert!(cleaned.text().contains("“Never.”"), "{}", cleaned.explain());
}

#[test]
fn a_page_without_main_content_says_so_in_its_metadata() {
    let p = pagewash::Pipeline::default();
    // A shell that a script fills.
    let shell =
        "<html><head><title>App</title></head><body><div id='root'></div><script>render()</script></body></html>";
    let c = p.clean_html(shell);
    assert!(
        c.metadata().no_main_content.as_deref().is_some_and(|r| r.contains("almost no text")),
        "{:?}",
        c.metadata()
    );
    // A page of a few links only (a login wall's menu).
    let links: String = (0..12).map(|i| format!("<li><a href='/{i}'>Section number {i}</a></li>")).collect();
    let c = p.clean_html(&format!("<html><body><nav><ul>{links}</ul></nav><footer>Contact us</footer></body></html>"));
    assert!(c.metadata().no_main_content.as_deref().is_some_and(|r| r.contains("no prose")), "{:?}", c.metadata());
    // An article has main content.
    let c = p.clean_text(
        "The council approved the budget on Tuesday after a long debate in the chamber, officials said.\n\n\
         The plan takes effect next year and funds the schools, the roads and the new library in the valley.",
    );
    assert_eq!(c.metadata().no_main_content, None);
}
