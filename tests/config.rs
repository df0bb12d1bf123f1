//! Configuration: the default config is the default pipeline, round-trips
//! through serde, and bad values are typed errors naming the cleaner.

use pagewash::{Config, Pipeline};

#[test]
fn default_config_builds_the_default_pipeline() {
    let from_config = Config::default().build().expect("builds");
    assert_eq!(from_config.cleaner_ids(), Pipeline::default().cleaner_ids());
    let seed = include_str!("../fixtures/seeds/004_850fa36dfd6edcae.txt");
    assert_eq!(from_config.clean_text(seed).text(), Pipeline::default().clean_text(seed).text());
}

#[test]
fn default_config_round_trips_through_json() {
    let json = serde_json::to_string_pretty(&Config::default()).expect("serializes");
    let back: Config = serde_json::from_str(&json).expect("deserializes");
    assert_eq!(back, Config::default());
    assert!(json.contains("\"kind\": \"block-classifier\""));
}

#[test]
fn unknown_fields_and_cleaners_are_rejected() {
    let unknown_field = r#"{"cleaners": [{"kind": "duplicates", "min_char": 3}]}"#;
    let err = serde_json::from_str::<Config>(unknown_field).unwrap_err().to_string();
    assert!(err.contains("min_char"), "{err}");
    let unknown_kind = r#"{"cleaners": [{"kind": "no-such-cleaner"}]}"#;
    assert!(serde_json::from_str::<Config>(unknown_kind).is_err());
}

#[test]
fn bad_values_name_the_cleaner_and_the_value() {
    let json = r#"{"cleaners": [{"kind": "block-classifier", "min_stopword_density": 1.5}]}"#;
    let err = serde_json::from_str::<Config>(json).expect("parses").build().unwrap_err();
    assert_eq!(err.cleaner(), "block-classifier");
    assert_eq!(err.value(), "1.5");
    assert!(err.to_string().contains("min_stopword_density"));

    let json = r#"{"cleaners": [{"kind": "newsletter-blocks", "phrases": {"extra": ["re:[unclosed"]}}]}"#;
    let err = serde_json::from_str::<Config>(json).expect("parses").build().unwrap_err();
    assert_eq!(err.cleaner(), "newsletter-blocks");
    assert_eq!(err.value(), "re:[unclosed");
}

#[test]
fn a_cleaner_can_be_switched_off() {
    let p = Config::default().without("boilerplate-labels").build().expect("builds");
    let c = p.clean_text("A sentence long enough to be the article, with several words in it.\n\nAdvertisement\n\nAnother sentence long enough to be part of the article text here.");
    assert!(c.text().contains("Advertisement"));
}

#[test]
fn presets_move_the_classifier() {
    let recall: Config =
        serde_json::from_str(r#"{"cleaners": [{"kind": "block-classifier", "preset": "recall"}]}"#).expect("parses");
    let precision: Config =
        serde_json::from_str(r#"{"cleaners": [{"kind": "block-classifier", "preset": "precision"}]}"#).expect("parses");
    let page = "Menu\n\nThe council approved the plan on Monday after a long and difficult debate.\n\nIt passed.\n\nA short line here\n\nThe mayor said work would begin in the spring and finish before the winter.";
    let kept = |c: &Config| c.build().expect("builds").clean_text(page).kept().len();
    assert!(kept(&recall) >= kept(&precision));
}

#[test]
fn presets_are_a_real_trade_off() {
    use pagewash::cleaners::Preset;
    let page = "Council Approves New Budget\n\n\
        The council approved the budget on Tuesday after a long debate in the chamber, officials said.\n\n\
        Key figures\n\n\
        The plan takes effect next year and funds the schools, the roads and the new library in the valley.\n\n\
        The council approved the budget on Tuesday after a long debate in the chamber, officials said.";
    let clean = |p: Preset| Config::preset(p).build().expect("preset builds").clean_text(page).text().to_string();
    let (precision, balanced, recall) = (clean(Preset::Precision), clean(Preset::Balanced), clean(Preset::Recall));
    // Precision drops a short line that is no sentence; balanced keeps it.
    assert!(balanced.contains("Key figures") && !precision.contains("Key figures"), "{balanced}\n---\n{precision}");
    // Recall keeps the repeated paragraph that balanced removes as a copy.
    let repeats = |t: &str| t.matches("The council approved").count();
    assert_eq!((repeats(&balanced), repeats(&recall)), (1, 2), "{balanced}\n---\n{recall}");
    for text in [&precision, &balanced, &recall] {
        assert!(text.contains("The plan takes effect next year"));
    }
}

#[test]
fn input_limits_come_from_the_config() {
    let config: Config =
        serde_json::from_str(r#"{"cleaners": [], "max_input_bytes": 50, "max_html_elements": 3}"#).expect("parses");
    let p = config.clone().build().expect("builds");
    assert!(matches!(p.try_clean_text(&"word ".repeat(20)), Err(pagewash::InputError::TooLarge { limit: 50, .. })));
    let html = "<div><p>a</p><p>b</p><p>c</p></div>";
    assert!(matches!(p.try_clean_html(html), Err(pagewash::InputError::TooManyElements { limit: 3, .. })));
    // Round-trips, and a config without limits prints none.
    let json = serde_json::to_string(&config).expect("serializes");
    assert_eq!(serde_json::from_str::<Config>(&json).expect("parses"), config);
    assert!(!serde_json::to_string(&Config::default()).expect("serializes").contains("max_input_bytes"));
}

#[test]
fn a_cleaner_placed_next_to_a_missing_one_is_a_build_error() {
    let noop = pagewash::cleaner_fn("noop", |_| pagewash::Plan::new());
    let err = Config::default().without("duplicates").into_builder().expect("builds").insert_before("duplicates", noop);
    let err = err.expect_err("no duplicates cleaner");
    assert_eq!(err.cleaner(), "noop");
    assert_eq!(err.value(), "duplicates");
    assert!(err.to_string().contains("no cleaner with that id"), "{err}");
}
