//! Linear time, checked by counting instructions, not by timing: each
//! cleaner family gets an input of N and of 4N pieces, and the work of the
//! 4N run (its instructions less those of an empty run) must stay under 6×
//! the work of the N run. A quadratic pass would show as 16×. Every run
//! first cleans each family's input once at size 1, so lazily built tables
//! and regexes cost the same in all runs and the empty run takes them out.
//!
//! The counts come from valgrind (`callgrind`), which this test runs on its
//! own binary: `PAGEWASH_SCALING_PROBE=<family>:<n>` makes the
//! `probe` test clean that family's input instead of passing through.
//! `.ci/run` installs valgrind when it is missing; without it the test
//! fails and says so.

use std::process::Command;

use pagewash::Pipeline;

/// The input of a family at size `n`, and whether it is HTML.
fn input(family: &str, n: usize) -> (String, bool) {
    match family {
        // Consent-dialog lines (boilerplate-labels' consent rule asks the
        // plan, line by line, what it already removes).
        "consent" => (
            (0..n)
                .map(|i| format!("We and our {i} partners use cookies to store and access personal data on your device.\n\n"))
                .collect(),
            false,
        ),
        // Distinct chrome class names around prose (the wrapper-chrome check).
        "chrome-names" => (
            format!(
                "<html><body>{}</body></html>",
                (0..n)
                    .map(|i| format!(
                        "<div class='sidebar-{i}'><p>The council met on day {i} and agreed on a budget for the schools.</p></div>"
                    ))
                    .collect::<String>()
            ),
            true,
        ),
        // Streamed segments and their placeholders (the segment lookup).
        "streamed" => (
            format!(
                "<html><body>{}{}</body></html>",
                (0..n).map(|i| format!("<template id='B:{i:x}'></template>")).collect::<String>(),
                (0..n).map(|i| format!("<div hidden id='S:{i:x}'><p>Segment {i} text.</p></div>")).collect::<String>()
            ),
            true,
        ),
        // A deep stack and end tags of an element that is not open (the
        // depth guard's end-tag search).
        "stray-end-tags" => ("<div>".repeat(n) + &"</span>".repeat(n) + "end", true),
        // Self-closing syntax on a non-void element nests.
        "self-closing" => ("<div/>".repeat(n) + "end", true),
        // Teaser headings, each opening its own section (related-teasers).
        "teaser-headings" => (
            format!(
                "<html><body><article><p>{}</p></article>{}</body></html>",
                "The council met and agreed on a new budget for the schools in the valley. ".repeat(20),
                (0..n)
                    .map(|i| format!("<section><h3>Related stories</h3><p><a href='/{i}'>Headline number {i}</a></p></section>"))
                    .collect::<String>()
            ),
            true,
        ),
        // Lines of a text dump: headlines, repeats and prose.
        "text-lines" => (
            (0..n)
                .map(|i| {
                    format!(
                        "Headline {i}\nShare this\nThe council met on day {i} and agreed on a budget for the schools.\n\n"
                    )
                })
                .collect(),
            false,
        ),
        // A dump whose comment labels head no comments: each label makes the
        // comment wall look ahead for a comment's furniture.
        "comment-labels" => (
            format!(
                "by ann ( 1 ) writes:\nby bob ( 2 ) writes:\nby cy ( 3 ) writes:\n\n\
                 The council met on Monday and agreed on a budget for the schools, the roads and the library after \
                 a long debate. The mayor said that the new budget would be the largest in the history of the town. \
                 It will be paid for by a new tax on the hotels by the lake.\n\n{}{}",
                "Comments\n\nMenu entry\nAnother entry\n\n".repeat(n),
                "The council will meet again next month to agree on the budget for the parks and the pools of the town.\n".repeat(n)
            ),
            false,
        ),
        // A Markdown dump: one long line of unclosed brackets, tags, emphasis
        // and code marks (the inline parser), then reference links and
        // their definitions (the label lookup).
        "markdown" => (
            format!(
                "[Home](/) [News](/news) [Sport](/sport)\n\n{}\n\n{}\n\n{}",
                "[[<a href=x>*_`<b> &amp; ![".repeat(n),
                (0..n).map(|i| format!("See [story {i}][s{i}] and [notes {i}].\n")).collect::<String>(),
                (0..n).map(|i| format!("[s{i}]: /story/{i}\n")).collect::<String>()
            ),
            false,
        ),
        other => panic!("unknown family {other}"),
    }
}

const FAMILIES: &[&str] = &[
    "consent",
    "chrome-names",
    "streamed",
    "stray-end-tags",
    "self-closing",
    "teaser-headings",
    "text-lines",
    "comment-labels",
    "markdown",
];

/// In the child process: clean one family's input.
#[test]
fn probe() {
    let Ok(spec) = std::env::var("PAGEWASH_SCALING_PROBE") else { return };
    let (family, n) = spec.split_once(':').expect("family:n");
    let n: usize = n.parse().expect("n");
    let pipeline = Pipeline::default();
    // Every family once at size 1 first: lazily built tables and regexes
    // are then in every run, and the empty run's count takes them out.
    for f in FAMILIES {
        let (warm, html) = input(f, 1);
        let _ = if html { pipeline.clean_html(&warm) } else { pipeline.clean_text(&warm) };
    }
    if family == "none" {
        return;
    }
    let (input, html) = input(family, n);
    let cleaned = if html { pipeline.clean_html(&input) } else { pipeline.clean_text(&input) };
    assert!(cleaned.kept().len() + cleaned.removals().len() <= input.len());
}

/// Instructions of one probe run under callgrind.
fn instructions(family: &str, n: usize) -> u64 {
    let exe = std::env::current_exe().expect("test binary");
    let out = Command::new("valgrind")
        .args(["--tool=callgrind", "--callgrind-out-file=/dev/null"])
        .arg(&exe)
        .args(["--exact", "probe", "--test-threads=1"])
        .env("PAGEWASH_SCALING_PROBE", format!("{family}:{n}"))
        .output()
        .expect("valgrind must be installed (apt-get install valgrind; .ci/run does it)");
    assert!(out.status.success(), "{family}:{n} failed: {}", String::from_utf8_lossy(&out.stderr));
    let stderr = String::from_utf8_lossy(&out.stderr);
    stderr
        .lines()
        .find_map(|l| l.split("Collected :").nth(1))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or_else(|| panic!("no instruction count in valgrind's output:\n{stderr}"))
}

#[test]
fn every_family_scales_linearly() {
    if std::env::var_os("PAGEWASH_SCALING_PROBE").is_some() {
        return;
    }
    const N: usize = 300;
    // Two valgrind runs at a time (CI has two cores).
    let base = instructions("none", 0);
    let counts: Vec<(u64, u64)> = std::thread::scope(|s| {
        let handles: Vec<_> =
            FAMILIES.iter().map(|f| s.spawn(move || (instructions(f, N), instructions(f, 4 * N)))).collect();
        handles.into_iter().map(|h| h.join().expect("probe thread")).collect()
    });
    let mut report = Vec::new();
    for (family, (small, large)) in FAMILIES.iter().zip(counts) {
        let (small, large) = (small.saturating_sub(base).max(1), large.saturating_sub(base));
        let ratio = large as f64 / small as f64;
        report.push(format!("{family}: {small} -> {large} instructions (x{ratio:.2})"));
        assert!(
            ratio < 6.0,
            "{family} is not linear: 4x the input cost {ratio:.1}x the instructions\n{}",
            report.join("\n")
        );
    }
    println!("{}", report.join("\n"));
}
