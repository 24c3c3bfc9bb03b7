//! The command line: `build`, `check`, `serve`, `new`, and the hidden `synth` that makes
//! synthetic sites for benchmarks.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "sala",
    version,
    about = "Build a multilingual static knowledge base from Markdown"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// Language of sala's messages: vi, th or en (default: the system locale,
    /// from LC_ALL, LC_MESSAGES or LANG).
    #[arg(long, global = true, value_name = "LANG", value_parser = ["vi", "th", "en"])]
    pub lang: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into the output folder (default: public/).
    Build {
        /// The site's root folder (where sala.yaml is).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Output folder (default: `output_dir` from sala.yaml).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Include pages marked `draft: true`.
        #[arg(long)]
        drafts: bool,
        /// Replace an output folder that sala did not make, deleting what is in it.
        #[arg(long)]
        force: bool,
        /// Also pack the built site into one .zip, named after the site and
        /// its date, to hand out or copy to a server: into DIR when given,
        /// else beside the output folder (never inside the site's sources).
        #[arg(long, value_name = "DIR")]
        archive: Option<Option<PathBuf>>,
    },
    /// Check content, links and translations without writing anything.
    Check {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Output format of the report.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Live preview: serve the site from memory and rebuild what an edit touches.
    Serve {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Port to listen on (0 picks a free one).
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// Address to listen on; anything but 127.0.0.1 opens the preview to a network.
        #[arg(long, default_value = "127.0.0.1")]
        bind: String,
    },
    /// Create a new page with front matter, e.g. `sala new vi/handbook/my-page`.
    New {
        /// `<lang>/<section>/<name>`; `.md` is added.
        path: String,
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Title to put in the front matter.
        #[arg(long)]
        title: Option<String>,
    },
    /// Generate a synthetic site for benchmarks (deterministic).
    #[command(hide = true)]
    Synth {
        /// Pages per language.
        #[arg(long, default_value_t = 1000)]
        pages_per_lang: usize,
        /// Folder to create the site in (its sala.yaml, content/, themes/, i18n/).
        #[arg(long)]
        out: PathBuf,
        /// The sala repository, whose theme and UI strings the site uses.
        #[arg(long, default_value = ".")]
        from: PathBuf,
        #[arg(long, default_value_t = 42)]
        seed: u64,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}
