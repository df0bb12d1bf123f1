//! The command line, declared for `clap`: subcommands, options, help and
//! the errors a wrong argument gets.

use clap::{ArgGroup, Args, Parser, Subcommand, ValueEnum};

/// Clean scraped web pages (HTML or text dumps) down to the article.
#[derive(Debug, Parser)]
#[command(name = "pagewash", version, propagate_version = true)]
#[command(after_help = "Run `pagewash help COMMAND` (or `pagewash COMMAND --help`) for details and examples.")]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// What to do.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Clean one page and print the article.
    Clean(CleanArgs),
    /// Clean every page of a JSON Lines or WARC file, in parallel and in order.
    Batch(BatchArgs),
    /// Print the default configuration, to edit and pass back with --config.
    Config(ConfigArgs),
    /// Print a completion script for a shell (bash, zsh, fish, elvish, powershell).
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
}

/// How a pipeline is configured: `clean` and `batch` share these.
#[derive(Debug, Args)]
pub(crate) struct PipelineArgs {
    /// Pipeline configuration (JSON, or TOML for .toml); start from
    /// `pagewash config --default`.
    #[arg(long, value_name = "FILE")]
    pub config: Option<String>,
    /// The preset's pipeline (with --config, the classifier's thresholds).
    #[arg(long, value_name = "NAME")]
    pub preset: Option<PresetArg>,
    /// The day the pages were fetched (ISO 8601, default today; in `batch`,
    /// a WARC record's WARC-Date): published and modified dates after it
    /// are dropped as wrong.
    #[arg(long, value_name = "DATE", value_parser = parse_now)]
    pub now: Option<String>,
}

/// `pagewash clean`.
#[derive(Debug, Args)]
#[command(after_help = CLEAN_EXAMPLES)]
pub(crate) struct CleanArgs {
    /// The page to clean; `-` or nothing reads standard input.
    #[arg(value_name = "FILE", default_value = "-")]
    pub path: String,
    /// What the input is: HTML, or a text dump (read as Markdown when it
    /// has Markdown links; `plain` and `markdown` force one).
    #[arg(long, value_name = "KIND", default_value = "auto")]
    pub input: InputArg,
    /// What to print: the text, Markdown, or JSON with the metadata and
    /// every removal.
    #[arg(long, value_name = "FORMAT", default_value = "text")]
    pub format: FormatArg,
    /// Print every block; removed ones marked `- [cleaner] rule` (in
    /// colour on a terminal). JSON output lists every removal too.
    #[arg(long, conflicts_with = "format")]
    pub explain: bool,
    #[command(flatten)]
    pub pipeline: PipelineArgs,
}

const CLEAN_EXAMPLES: &str = "\
Examples:
  pagewash clean fixtures/seeds/000_e81063b0ac00ad98.txt
  pagewash clean page.html --format json
  pagewash clean page.txt --explain --preset precision
  cat page.html | pagewash clean - --format markdown";

/// `pagewash batch`.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("field").args(["html_field", "text_field", "html_bytes_field"])))]
#[command(after_help = BATCH_OUTPUT)]
pub(crate) struct BatchArgs {
    /// Input: JSON Lines (plain, .gz or .zst, detected by content) or a
    /// WARC file (.warc, .warc.gz); `-` is standard input.
    #[arg(long, value_name = "FILE", default_value = "-")]
    pub input: String,
    /// Output JSON Lines; `-` is standard output.
    #[arg(long, value_name = "FILE", default_value = "-")]
    pub output: String,
    /// Clean the HTML in field NAME (default: field `html` if it is a
    /// string, else `text`).
    #[arg(long, value_name = "NAME")]
    pub html_field: Option<String>,
    /// Clean the text dump in field NAME.
    #[arg(long, value_name = "NAME")]
    pub text_field: Option<String>,
    /// Clean HTML given as base64 of its raw bytes in field NAME, decoded
    /// as a browser would (BOM, <meta>, detection).
    #[arg(long, value_name = "NAME")]
    pub html_bytes_field: Option<String>,
    /// With --html-bytes-field: the record's Content-Type or charset
    /// label, which wins over the page's <meta>.
    #[arg(long, value_name = "NAME", requires = "html_bytes_field")]
    pub charset_field: Option<String>,
    /// Field copied to the output as `id`.
    #[arg(long, value_name = "NAME", default_value = "id")]
    pub id_field: String,
    /// Field holding the page's address, passed with it when present (a
    /// forum thread's address says its replies are its content).
    #[arg(long, value_name = "NAME", default_value = "url")]
    pub url_field: String,
    /// Worker threads (default: all cores; at most 4 per core).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub threads: Option<u32>,
    /// Longest input line (or WARC record block) in bytes; a longer one
    /// becomes an error record and is never held whole.
    #[arg(long, value_name = "N", default_value_t = 64 << 20, value_parser = clap::value_parser!(u64).range(1..))]
    pub max_record_bytes: u64,
    /// Add each page's removal records under `removals`.
    #[arg(long)]
    pub report: bool,
    /// WARC input: the output id is the WARC-Record-ID or the
    /// WARC-Target-URI. HTML responses (2xx), HTML resource records and WET
    /// conversion records are cleaned; other records are counted in the
    /// summary, not written.
    #[arg(long, value_name = "KIND", default_value = "record")]
    pub warc_id: WarcIdArg,
    #[command(flatten)]
    pub pipeline: PipelineArgs,
}

const BATCH_OUTPUT: &str = "\
Output, one line per input line or page record, in input order:
  {\"id\": ..., \"text\": ..., \"metadata\": {...}}            a cleaned page
  {\"id\": ..., \"error\": \"line 7: field `html` is missing\"}  a record that failed
A line that is not JSON, lacks the field, has a non-string or empty field or
invalid UTF-8 becomes an error line; the run goes on. Exit code 0 when every
record was cleaned, 3 when some failed or the input broke off (a truncated
.gz/.zst: every record decoded before the break is written), 1 when the
input cannot be opened, 2 on a usage error, 130 after SIGINT/SIGTERM (the
chunk being cleaned is finished and written whole first). Output is flushed
after every chunk.

Examples:
  pagewash batch --input crawl.jsonl.gz --output clean.jsonl --html-field html --id-field url
  zcat dumps.jsonl.gz | pagewash batch --text-field text --threads 2 > clean.jsonl
  pagewash batch --input CC-MAIN-00000.warc.gz --output clean.jsonl --warc-id uri";

/// `pagewash config`.
#[derive(Debug, Args)]
#[command(after_help = CONFIG_EXAMPLES)]
pub(crate) struct ConfigArgs {
    /// Print the default configuration: the cleaners in the order they
    /// run, with every setting.
    #[arg(long, required = true)]
    pub default: bool,
    /// The format to print.
    #[arg(long, value_name = "FORMAT", default_value = "json")]
    pub format: ConfigFormatArg,
    /// The configuration of a preset instead of the default one.
    #[arg(long, value_name = "NAME")]
    pub preset: Option<PresetArg>,
}

const CONFIG_EXAMPLES: &str = "\
Examples:
  pagewash config --default > pagewash.json
  pagewash config --default --format toml > pagewash.toml
  pagewash config --default --preset recall > recall.json
  pagewash clean page.html --config pagewash.toml";

/// A preset's name.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum PresetArg {
    /// Removes more: borderline blocks go.
    Precision,
    /// The default.
    Balanced,
    /// Keeps more: borderline blocks stay.
    Recall,
}

impl From<PresetArg> for pagewash::cleaners::Preset {
    fn from(p: PresetArg) -> Self {
        match p {
            PresetArg::Precision => pagewash::cleaners::Preset::Precision,
            PresetArg::Balanced => pagewash::cleaners::Preset::Balanced,
            PresetArg::Recall => pagewash::cleaners::Preset::Recall,
        }
    }
}

/// `clean --input`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum InputArg {
    /// HTML if it looks like HTML, else a text dump.
    Auto,
    /// An HTML page.
    Html,
    /// A text dump, read as Markdown when it has Markdown links.
    Text,
    /// A plain-text dump, never read as Markdown.
    Plain,
    /// A Markdown dump.
    #[value(alias = "md")]
    Markdown,
}

/// `clean --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum FormatArg {
    /// The kept text.
    Text,
    /// `{"text", "metadata", "input", "removals", "rewrites", "notes"}`.
    Json,
    /// The kept text as Markdown: headings, lists, quotes, tables.
    #[value(alias = "md")]
    Markdown,
}

/// `config --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ConfigFormatArg {
    /// JSON.
    Json,
    /// TOML.
    Toml,
}

/// `batch --warc-id`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum WarcIdArg {
    /// The WARC-Record-ID.
    Record,
    /// The WARC-Target-URI.
    Uri,
}

/// Checks a `--now` value (or a WARC-Date): an ISO 8601 date or date-time
/// whose day the calendar has.
pub(crate) fn parse_now(value: &str) -> Result<String, String> {
    let value = value.trim();
    if pagewash::dates::is_iso_day(value) {
        Ok(value.to_string())
    } else {
        Err(format!("not an ISO 8601 date such as 2026-12-07 or 2026-12-07T04:06:35Z: `{value}`"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn dates_for_now() {
        assert!(parse_now("2026-12-07").is_ok());
        assert!(parse_now("2026-12-07T04:06:35Z").is_ok());
        for bad in ["2026-02-30", "June", "2026-12-071", "07/12/2026"] {
            assert!(parse_now(bad).is_err(), "{bad}");
        }
    }
}
