//! # pagewash
//!
//! Clean scraped web pages — HTML or plain-text dumps — with a pipeline of
//! composable cleaners that keeps the article and says, for every removed
//! piece, which cleaner removed it and why.
//!
//! ## Quick start
//! ```
//! let page = "Storm Closes Schools\nPublished on 27/01/2025 at 18:54\n\n\
//!             Schools in six districts closed on Thursday as the storm arrived.\n\n\
//!             Advertisement\n\nPin It on Pinterest";
//! let cleaned = pagewash::Pipeline::default().clean_text(page);
//! assert_eq!(cleaned.text(),
//!     "Storm Closes Schools\n\nSchools in six districts closed on Thursday as the storm arrived.\n");
//! assert_eq!(cleaned.metadata().published.as_deref(), Some("2025-01-27T18:54"));
//! for r in cleaned.removals() {
//!     println!("[{}] {} {:?}", r.cleaner, r.rule, r.text);
//! }
//! ```
//!
//! ## How it works
//! 1. An input adapter ([`input`]) turns the page into
//!    a [`Document`]: a list of [`Block`]s that remember where they came from.
//! 2. Each [`Cleaner`] reads the document and returns a [`Plan`] of edits, each
//!    with a [`Reason`]. Cleaners never mutate anything.
//! 3. The [`Pipeline`] applies each plan before the next cleaner runs, and
//!    records every removed block as a [`Removal`].
//! 4. The result, [`Cleaned`], holds the kept text, [`Metadata`] and the report.
//!    Kept plus removed blocks account for every block of the input.
//!
//! ## Writing a cleaner
//! Implement [`Cleaner`] (two methods) or wrap a closure with [`cleaner_fn`],
//! then add it with [`PipelineBuilder::with`].
//!
//! ## Configuration
//! [`Config`] is plain serde data: the list of cleaners and their settings.
//! [`Config::build`] validates everything once and returns a typed
//! [`BuildError`] naming the cleaner and the bad value.
//!
//! ## Untrusted input
//! pagewash is built to run unattended over the worst of the web:
//! - **No panics.** Cleaning never fails; `clean_*` return a result for any
//!   `&str`, and [`Pipeline::try_clean_bytes`] takes any bytes (a BOM is
//!   honoured; invalid UTF-8 is replaced and [`Cleaned::notes`] says so).
//!   Property tests and three fuzz targets (text, HTML, configuration) check it.
//! - **Linear time.** All matching uses the `regex` crate, whose search time
//!   is linear in the input (no backtracking); cleaners make a bounded number
//!   of passes over the blocks (at most [`MAX_PASSES`], and the deletion
//!   guard at most three more), and what they look up per block is a hash or
//!   bit-set lookup; `tests/scaling.rs` checks, in counted instructions, that
//!   4x the input costs under 6x for seven input families. HTML nesting is
//!   capped at 512 levels before parsing, as browsers do
//!   (see [`input`]), because html5ever's scope checks are
//!   quadratic in depth. The guard models what the tree builder really
//!   nests (self-closing syntax, omitted end tags, SVG and MathML), so it
//!   can neither be bypassed nor flatten a valid page; the tree is walked
//!   without recursion.
//! - **Bounded size.** [`PipelineBuilder::max_input_bytes`] and
//!   [`PipelineBuilder::max_html_elements`] refuse oversized input with a
//!   typed [`InputError`] naming the limit; the infallible entry points
//!   report such an input as one removal by `limits`, so nothing is dropped
//!   silently.
//! - **Nothing lost.** Kept plus removed blocks account for every block of
//!   the input; each removal says which cleaner and rule removed it. A
//!   deletion guard re-cleans a page where one rule removed most of its
//!   prose (see [`PipelineBuilder::deletion_guard`]).
//!
//! ## The command
//! The `pagewash` command (`clean`, `batch` over JSON Lines and WARC) is the
//! `pagewash-cli` package in `cli/`: this crate has no feature flags and
//! none of the command's dependencies.

#![forbid(unsafe_code)]

pub mod cleaners;
pub mod dates;
pub mod input;
pub mod lang;
pub mod rules;
mod shape;

mod cleaner;
mod config;
mod defaults;
mod document;
mod edit;
mod error;
mod fast_hash;
mod guard;
mod markdown_out;
mod metadata;
mod page;
mod pipeline;
mod regexes;
mod report;

pub use cleaner::{block_rule_fn, cleaner_fn, BlockRule, Cleaner, FnBlockRule, FnCleaner, PerBlock};
pub use config::{CleanerConfig, Config};
pub use defaults::{clean_html, clean_text, default_pipeline};
pub use document::{Block, BlockId, BlockKind, ChromeName, Document, Hints, InputKind, Landmark, Origin, TextFormat};
pub use edit::{Action, Edit, Plan, Reason};
pub use error::{BuildError, InputError};
pub use metadata::Metadata;
pub use page::Page;
pub use pipeline::{Pipeline, PipelineBuilder, MAX_PASSES};
pub use report::{Cleaned, Explain, KeptBlock, Removal, Rewrite};

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
