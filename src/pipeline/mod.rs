//! One build, stage by stage. `run` lists the stages in order; each takes the
//! previous stage's value and returns the next, so the whole build reads here:
//!
//! discover -> parse -> (glossary, terminology) -> render -> link -> (check stops here)
//! -> theme + index -> write
//!
//! The stages themselves live in the files beside this one.

mod link;
mod read;
mod render;
mod write;

pub(crate) use link::link;
pub(crate) use read::parse_one;
pub use read::MAX_SEGMENT_BYTES;
use read::{discover, glossary, parse};
use render::render;
pub(crate) use render::Renderer;
pub use write::LiveIndexes;
use write::{assets, feeds, index, theme};

use crate::config;
use crate::content;
use crate::diagnostics::Diagnostics;
use crate::i18n::I18n;
use crate::markdown::{GlossaryEntry, GlossaryMatcher};
use crate::output::{self, Sink, Staging};
use crate::site::Site;
use crate::templates;
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The optional glossary at the site root.
pub const GLOSSARY_FILE: &str = "glossary.yaml";

#[derive(Debug, Clone)]
pub struct Options {
    pub root: PathBuf,
    /// Output folder; `sala.yaml`'s `output_dir` (relative to the root) when unset.
    pub out: Option<PathBuf>,
    /// Include pages marked `draft: true`.
    pub drafts: bool,
    /// Stop after checking (`sala check`): nothing is written.
    pub check_only: bool,
    /// Show a progress bar (on a terminal, for larger sites).
    pub progress: bool,
    /// Replace an output folder that sala did not make (or files in it it did not write).
    pub force: bool,
}

#[derive(Debug, Default)]
pub struct Report {
    pub pages_per_lang: BTreeMap<String, usize>,
    pub diagnostics: Diagnostics,
    pub timings: Vec<(&'static str, Duration)>,
    /// Peak memory (kB) when each stage of `timings` ended, where the system says.
    pub peaks: Vec<Option<u64>>,
    pub out_dir: Option<PathBuf>,
    pub files_written: usize,
    /// Name and date of what was built (for `--archive`).
    pub edition: Option<crate::archive::Edition>,
    /// One-line remarks that are not problems (e.g. no feeds without `base_url`).
    pub notes: Vec<String>,
}

impl Report {
    pub fn failed(&self) -> bool {
        self.diagnostics.has_errors()
    }

    fn time<T>(&mut self, stage: &'static str, f: impl FnOnce(&mut Report) -> T) -> T {
        let start = Instant::now();
        let v = f(self);
        self.timings.push((stage, start.elapsed()));
        self.peaks.push(crate::memory::peak_kb());
        v
    }
}

/// Whether a build of this many pages holds them compressed and indexes two
/// languages at a time, to keep a large site's memory down (`markdown::pack_from`).
fn saves_memory(pages: usize) -> bool {
    pages >= crate::markdown::pack_from()
}

/// Everything a build knows before writing: the linked site and what renders it.
/// `serve` keeps one of these and updates it page by page.
pub struct Build {
    pub root: PathBuf,
    pub site: Site,
    pub i18n: Arc<I18n>,
    pub tera: Option<tera::Tera>,
    pub assets: Vec<content::Asset>,
    pub glossary: Glossary,
    pub drafts: bool,
    /// The search index kept in memory to update page by page (`sala serve`
    /// sets it; a build keeps nothing).
    pub live_search: Option<LiveIndexes>,
}

/// Glossary entries and a matcher per language.
pub type Glossary = (Vec<GlossaryEntry>, HashMap<String, GlossaryMatcher>);

/// Runs a build (or a check). Problems in the user's files are in the report;
/// `Err` is for failures of the machine (disk full, permissions).
pub fn run(opts: &Options) -> anyhow::Result<Report> {
    let mut report = Report::default();
    let Some(mut build) = prepare(opts, &mut report) else {
        return Ok(report);
    };
    if opts.check_only {
        return Ok(report);
    }
    if build.site.pages.len() < crate::markdown::PACK_FROM {
        crate::allocator::keep_freed_memory();
    }
    let out = match &opts.out {
        Some(o) => o.clone(),
        None => opts.root.join(&build.site.config.output_dir),
    };
    let claim = match output::claim(&opts.root, &out, opts.force) {
        Ok(c) => c,
        Err(mut d) => {
            let about_a_file_inside = d
                .path
                .as_ref()
                .is_some_and(|p| p.ends_with(output::guard::MANIFEST));
            if opts.out.is_none() && !about_a_file_inside {
                // The folder came from sala.yaml: point there.
                let line = crate::files::Door::new(&opts.root)
                    .read_text(std::path::Path::new(config::CONFIG_FILE))
                    .ok()
                    .and_then(|t| t.lines().position(|l| l.starts_with("output_dir:")))
                    .map_or(0, |i| i + 1);
                d = d.at(std::path::Path::new(config::CONFIG_FILE), line, 1);
                d.hint = Some(crate::t!("output-dir-hint"));
            }
            report.diagnostics.push(d);
            return Ok(report);
        }
    };
    let staging = Staging::new(claim)?;
    report.files_written = write_pages(&build, &staging, None, opts.progress, &mut report)?;
    if report.failed() {
        return Ok(report);
    }
    // Pages and books are written: their HTML is not needed again, and the
    // index needs the room.
    for r in &mut build.site.rendered {
        r.html = Default::default();
    }
    report.files_written += write_index(&build, &staging, &mut report)?;
    if report.failed() {
        return Ok(report);
    }
    report.time("write", |_| staging.commit())?;
    report.out_dir = Some(out);
    report.edition = Some(crate::archive::Edition::of(&build.site));
    Ok(report)
}

/// The stages up to `link` (and the templates, unless only checking).
/// `None` when an error stops the build before a site exists.
pub fn prepare(opts: &Options, report: &mut Report) -> Option<Build> {
    let config = report.time("config", |r| match config::load(&opts.root) {
        Ok(c) => Some(c),
        Err(d) => {
            r.diagnostics.push(d);
            None
        }
    })?;
    let i18n = report.time("i18n", |r| match I18n::load(&opts.root, &config) {
        Ok((i, warnings)) => {
            r.diagnostics.extend(warnings);
            Some(Arc::new(i))
        }
        Err(errors) => {
            r.diagnostics.extend(errors);
            None
        }
    })?;
    if config.markdown.allow_html {
        report.notes.push(crate::t!("output-note-allow-html"));
    }
    let found = report.time("discover", |r| discover(&opts.root, &config, r))?;
    let mut pages = report.time("parse", |r| parse(&found.sources, &config, opts.drafts, r));
    let glossary = report.time("glossary", |r| glossary(&opts.root, &config, &pages, r));
    // Avoided variants of terms (`terminology.yaml`), while the bodies are here.
    report.time("terminology", |r| {
        r.diagnostics
            .extend(crate::terminology::check(&opts.root, &config, &pages))
    });
    let rendered = report.time("render", |_| {
        render(&mut pages, &found.assets, &config, &i18n, &glossary)
    });
    let site = report.time("link", |r| link(config, pages, rendered, r));
    let collisions = crate::links::outputs::collisions(&site, &found.assets);
    report.diagnostics.extend(collisions);
    for p in &site.pages {
        *report.pages_per_lang.entry(p.lang.clone()).or_default() += 1;
    }
    // A theme copied from an older sala keeps its old search script.
    report.diagnostics.extend(crate::search::script_mismatch(
        &templates::theme_dir(&opts.root, &site.config.theme),
        &std::path::Path::new("themes").join(&site.config.theme),
    ));
    let tera = if opts.check_only {
        None
    } else {
        match templates::load(&opts.root, &site.config.theme, i18n.clone()) {
            Ok(t) => Some(t),
            Err(d) => {
                report.diagnostics.push(d);
                return None;
            }
        }
    };
    if report.failed() {
        return None;
    }
    Some(Build {
        root: opts.root.clone(),
        site,
        i18n,
        tera,
        assets: found.assets,
        glossary,
        drafts: opts.drafts,
        live_search: None,
    })
}

/// Writes the site into `sink`: every page, or only the `only` ones (and the
/// lists and index of their language) when `serve` updates one page.
pub fn write_site(
    build: &Build,
    sink: &dyn Sink,
    only: Option<&Affected>,
    progress: bool,
    report: &mut Report,
) -> anyhow::Result<usize> {
    if build.tera.is_none() {
        return Ok(0);
    }
    let written = write_pages(build, sink, only, progress, report)?;
    if report.failed() || only.is_some() {
        // Live preview: serve puts the edited pages in the search index
        // itself (`update_index`), and the books catch up when edits pause.
        return Ok(written);
    }
    Ok(written + write_index(build, sink, report)?)
}

/// Pages through their templates, then (for a whole build) the print books.
fn write_pages(
    build: &Build,
    sink: &dyn Sink,
    only: Option<&Affected>,
    progress: bool,
    report: &mut Report,
) -> anyhow::Result<usize> {
    let Some(tera) = &build.tera else {
        return Ok(0);
    };
    let site = &build.site;
    let written = report.time("theme", |r| {
        theme(
            &build.root,
            site,
            tera,
            &build.i18n,
            sink,
            only,
            progress,
            r,
        )
    })?;
    report.diagnostics.extend(build.i18n.take_misses());
    if report.failed() || only.is_some() {
        return Ok(written);
    }
    let books = report.time("books", |r| {
        let (n, problems) = crate::book::write(site, tera, &build.i18n, sink, None)?;
        r.diagnostics.extend(problems);
        let edition = crate::archive::Edition::of(site);
        let readme = crate::archive::readme(site, &build.i18n, &edition);
        sink.write("README.txt", readme.as_bytes())?;
        anyhow::Ok(n + 1)
    })?;
    Ok(written + books)
}

/// The search index, static assets and feeds of a whole build.
fn write_index(build: &Build, sink: &dyn Sink, report: &mut Report) -> anyhow::Result<usize> {
    let site = &build.site;
    let indexed = report.time("index", |_| {
        let aliases = crate::search::aliases::files(&build.root, &site.config, &build.glossary.0);
        for f in &aliases {
            sink.write(&f.path, &f.bytes)?;
        }
        anyhow::Ok(index(site, sink, None, build.live_search.as_ref())? + aliases.len())
    })?;
    let copied = report.time("assets", |_| {
        assets(&build.root, &site.config, &build.assets, sink)
    })?;
    let feeds = report.time("feeds", |r| feeds(site, sink, r))?;
    Ok(indexed + copied + feeds)
}

/// The whole search index of the given languages (`sala serve`, once edits
/// that added or removed pages pause).
pub fn reindex(build: &Build, sink: &dyn Sink, only: &Affected) -> anyhow::Result<usize> {
    index(&build.site, sink, Some(only), build.live_search.as_ref())
}

/// The print books of the given languages (`sala serve`, once edits pause:
/// a book holds a whole section, and a save should not wait for it).
pub fn rewrite_books(
    build: &Build,
    sink: &dyn Sink,
    langs: &std::collections::BTreeSet<String>,
) -> anyhow::Result<usize> {
    let Some(tera) = &build.tera else {
        return Ok(0);
    };
    let (books, problems) = crate::book::write(&build.site, tera, &build.i18n, sink, Some(langs))?;
    if let Some(p) = problems.first() {
        anyhow::bail!("{p}");
    }
    Ok(books)
}

/// Puts the edited pages in the live search index at once (`sala serve`).
/// `false` when the index needs a full run for them (`reindex`).
pub fn update_index(build: &Build, sink: &dyn Sink, only: &Affected) -> anyhow::Result<bool> {
    match &build.live_search {
        Some(live) => write::update_index(&build.site, sink, &only.edited, live),
        None => Ok(false),
    }
}

/// What one edit touches: pages to re-render and the language they are in.
#[derive(Debug, Default, Clone)]
pub struct Affected {
    pub pages: std::collections::BTreeSet<usize>,
    /// The pages whose own file changed (the others are re-rendered for
    /// their links and lists, with the same text).
    pub edited: std::collections::BTreeSet<usize>,
    pub langs: std::collections::BTreeSet<String>,
}
