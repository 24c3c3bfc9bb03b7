//! One build, stage by stage. `run` lists the stages in order; each takes the
//! previous stage's value and returns the next, so the whole build reads here:
//!
//! discover -> parse -> render -> link -> (check stops here) -> theme + index -> write

use crate::config::{self, Config};
use crate::content::{self, front_matter, Page, PageKind, SourceFile};
use crate::diagnostics::{line_col, Diagnostic, Diagnostics};
use crate::i18n::I18n;
use crate::links::{self, check, graph, Resolver};
use crate::markdown::{self, AlertLabels, GlossaryEntry, GlossaryMatcher, RenderInput, Rendered};
use crate::output::{Sink, Staging};
use crate::search;
use crate::site::Site;
use crate::templates;
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
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
}

#[derive(Debug, Default)]
pub struct Report {
    pub pages_per_lang: BTreeMap<String, usize>,
    pub diagnostics: Diagnostics,
    pub timings: Vec<(&'static str, Duration)>,
    pub out_dir: Option<PathBuf>,
    pub files_written: usize,
}

impl Report {
    pub fn failed(&self) -> bool {
        self.diagnostics.has_errors()
    }

    fn time<T>(&mut self, stage: &'static str, f: impl FnOnce(&mut Report) -> T) -> T {
        let start = Instant::now();
        let v = f(self);
        self.timings.push((stage, start.elapsed()));
        v
    }
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
}

/// Glossary entries and a matcher per language.
pub type Glossary = (Vec<GlossaryEntry>, HashMap<String, GlossaryMatcher>);

/// Runs a build (or a check). Problems in the user's files are in the report;
/// `Err` is for failures of the machine (disk full, permissions).
pub fn run(opts: &Options) -> anyhow::Result<Report> {
    let mut report = Report::default();
    let Some(build) = prepare(opts, &mut report) else {
        return Ok(report);
    };
    if opts.check_only {
        return Ok(report);
    }
    let out = match &opts.out {
        Some(o) => o.clone(),
        None => opts.root.join(&build.site.config.output_dir),
    };
    let staging = Staging::new(&out)?;
    report.files_written = write_site(&build, &staging, None, opts.progress, &mut report)?;
    if report.failed() {
        return Ok(report);
    }
    report.time("write", |_| staging.commit())?;
    report.out_dir = Some(out);
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
    let found = report.time("discover", |r| discover(&opts.root, &config, r))?;
    let mut pages = report.time("parse", |r| parse(&found.sources, &config, opts.drafts, r));
    let glossary = report.time("glossary", |r| glossary(&opts.root, &config, &pages, r));
    let rendered = report.time("render", |_| {
        render(&pages, &found.assets, &config, &i18n, &glossary)
    });
    // Bodies are rendered: free them (serve re-reads a file when it changes).
    for p in &mut pages {
        p.body = String::new();
    }
    let site = report.time("link", |r| link(config, pages, rendered, r));
    for p in &site.pages {
        *report.pages_per_lang.entry(p.lang.clone()).or_default() += 1;
    }
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
    let Some(tera) = &build.tera else {
        return Ok(0);
    };
    let site = &build.site;
    let written = report.time("theme", |r| {
        theme(site, tera, &build.i18n, sink, only, progress, r)
    })?;
    report.diagnostics.extend(build.i18n.take_misses());
    if report.failed() {
        return Ok(written);
    }
    let indexed = report.time("index", |_| index(site, sink, only))?;
    if only.is_some() {
        return Ok(written + indexed);
    }
    let copied = report.time("assets", |_| {
        assets(&build.root, &site.config, &build.assets, sink)
    })?;
    let feeds = report.time("feeds", |r| feeds(site, sink, r))?;
    Ok(written + indexed + copied + feeds)
}

/// What one edit touches: pages to re-render and the language they are in.
#[derive(Debug, Default, Clone)]
pub struct Affected {
    pub pages: std::collections::BTreeSet<usize>,
    pub langs: std::collections::BTreeSet<String>,
}

/// Stage 1: what is in content/.
fn discover(
    root: &Path,
    config: &Config,
    report: &mut Report,
) -> Option<content::discover::Discovered> {
    let mut errors = Vec::new();
    let found = content::discover(root, config, &mut errors);
    report.diagnostics.extend(errors);
    match found {
        Ok(f) => Some(f),
        Err(d) => {
            report.diagnostics.push(d);
            None
        }
    }
}

/// Stage 2: read each file, split and type its front matter, place it in the output.
fn parse(sources: &[SourceFile], config: &Config, drafts: bool, report: &mut Report) -> Vec<Page> {
    let results: Vec<Result<Page, Diagnostic>> =
        sources.par_iter().map(|s| parse_one(s, config)).collect();
    let mut pages = Vec::with_capacity(results.len());
    for r in results {
        match r {
            Ok(p) if p.meta.draft && !drafts => {}
            Ok(p) => pages.push(p),
            Err(d) => report.diagnostics.push(d),
        }
    }
    // Two files that would write the same output file.
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, p) in pages.iter().enumerate() {
        if let Some(&j) = seen.get(p.url.as_str()) {
            report.diagnostics.push(
                Diagnostic::error(
                    "content",
                    format!(
                        "{} and {} both write {}",
                        pages[j].source.display(),
                        p.source.display(),
                        p.url
                    ),
                )
                .in_file(&p.source)
                .hint("change the file name or the `slug:` of one of them"),
            );
        } else {
            seen.insert(&p.url, i);
        }
    }
    pages
}

pub(crate) fn parse_one(s: &SourceFile, config: &Config) -> Result<Page, Diagnostic> {
    let bytes = std::fs::read(&s.path).map_err(|e| {
        Diagnostic::error("content", format!("cannot read: {e}")).in_file(&s.display)
    })?;
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let good = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
            let (line, col) = line_col(&good, valid);
            return Err(Diagnostic::error("content", "the file is not valid UTF-8")
                .at(&s.display, line, col)
                .hint(
                    "save the file as UTF-8 in your editor (File > Save with Encoding > UTF-8)",
                ));
        }
    };
    let split = front_matter::split(&text, &s.display)?;
    let (meta, taxonomies) = front_matter::parse(&split, &s.display, config)?;
    let (dir, file) = s.rel.rsplit_once('/').unwrap_or(("", s.rel.as_str()));
    let is_index = file == "_index.md";
    let kind = match (is_index, dir.is_empty()) {
        (true, true) => PageKind::Home,
        (true, false) => PageKind::Section,
        _ => PageKind::Page,
    };
    let url = match kind {
        PageKind::Home => format!("{}/index.html", s.lang),
        PageKind::Section => {
            let mut parts: Vec<String> = dir.split('/').map(content::slug::url_segment).collect();
            if let Some(slug) = &meta.slug {
                if let Some(last) = parts.last_mut() {
                    *last = content::slug::url_segment(slug);
                }
            }
            format!("{}/{}/index.html", s.lang, parts.join("/"))
        }
        PageKind::Page => {
            let stem = file.trim_end_matches(".md");
            let seg = content::slug::url_segment(meta.slug.as_deref().unwrap_or(stem));
            let mut parts: Vec<String> = if dir.is_empty() {
                Vec::new()
            } else {
                dir.split('/').map(content::slug::url_segment).collect()
            };
            parts.push(seg);
            format!("{}/{}/index.html", s.lang, parts.join("/"))
        }
    };
    let translation_key = meta
        .translation_key
        .clone()
        .unwrap_or_else(|| s.rel.clone());
    Ok(Page {
        lang: s.lang.clone(),
        rel: s.rel.clone(),
        source: s.display.clone(),
        kind,
        taxonomies,
        body: split.body.to_string(),
        body_line: split.body_line,
        url,
        parent_dir: match kind {
            PageKind::Home => None,
            PageKind::Section => Some(dir.rsplit_once('/').map_or("", |(d, _)| d).to_string()),
            PageKind::Page => Some(dir.to_string()),
        },
        own_dir: is_index.then(|| dir.to_string()),
        translation_key,
        meta,
    })
}

/// `glossary.yaml`: terms linked automatically, checked against the pages.
fn glossary(root: &Path, config: &Config, pages: &[Page], report: &mut Report) -> Glossary {
    let display = Path::new(GLOSSARY_FILE);
    let Ok(text) = std::fs::read_to_string(root.join(GLOSSARY_FILE)) else {
        return (Vec::new(), HashMap::new());
    };
    let entries: Vec<GlossaryEntry> = match crate::yaml::from_str(&text) {
        Ok(e) => e,
        Err(e) => {
            report.diagnostics.push(
                Diagnostic::error("glossary", e.message)
                    .at(display, e.line.unwrap_or(0), e.col.unwrap_or(0))
                    .hint("each entry: id, page, and per language {term, definition, aliases}"),
            );
            return (Vec::new(), HashMap::new());
        }
    };
    let line_of = |id: &str| {
        text.lines()
            .position(|l| {
                l.trim_start()
                    .trim_start_matches("- ")
                    .starts_with(&format!("id: {id}"))
            })
            .map_or(0, |i| i + 1)
    };
    let langs = config.language_codes();
    for e in &entries {
        for lang in e.langs.keys() {
            if !config.has_language(lang) {
                report.diagnostics.push(
                    Diagnostic::error(
                        "glossary",
                        format!("entry '{}' has unknown language '{lang}'", e.id),
                    )
                    .at(display, line_of(&e.id), 1)
                    .hint(format!("use one of: {}", langs.join(", "))),
                );
            }
        }
        let missing: Vec<&str> = langs
            .iter()
            .copied()
            .filter(|l| !e.langs.contains_key(*l))
            .collect();
        if !missing.is_empty() {
            report.diagnostics.push(
                Diagnostic::warning(
                    "glossary",
                    format!("term '{}' is not defined in: {}", e.id, missing.join(", ")),
                )
                .at(display, line_of(&e.id), 1)
                .hint("add the term and its definition in every language"),
            );
        }
        let path = e.page.split('#').next().unwrap_or(&e.page);
        for lang in e.langs.keys() {
            if !pages.iter().any(|p| p.lang == *lang && p.rel == path) {
                report.diagnostics.push(
                    Diagnostic::error("glossary", format!("entry '{}' links to content/{lang}/{path}, which does not exist", e.id))
                        .at(display, line_of(&e.id), 1)
                        .hint("set `page:` to a file path inside each language folder, e.g. handbook/risks.md"),
                );
            }
        }
    }
    let matchers = langs
        .iter()
        .filter_map(|l| GlossaryMatcher::new(&entries, l).map(|m| (l.to_string(), m)))
        .collect();
    (entries, matchers)
}

/// Stage 3: Markdown to HTML, in parallel, with links resolved against all pages.
fn render(
    pages: &[Page],
    assets: &[content::Asset],
    config: &Config,
    i18n: &I18n,
    glossary: &Glossary,
) -> Vec<Rendered> {
    let renderer = Renderer::new(pages, assets, config, i18n, glossary);
    pages.par_iter().map(|p| renderer.render(p)).collect()
}

/// What rendering one page needs from the whole site: every page's URL (to
/// rewrite links), the alert titles per language, the glossary.
pub(crate) struct Renderer<'a> {
    resolver: Resolver,
    labels: HashMap<String, AlertLabels>,
    config: &'a Config,
    glossary: &'a Glossary,
}

impl<'a> Renderer<'a> {
    pub(crate) fn new(
        pages: &[Page],
        assets: &[content::Asset],
        config: &'a Config,
        i18n: &I18n,
        glossary: &'a Glossary,
    ) -> Self {
        let resolver = Resolver::new(
            pages
                .iter()
                .map(|p| (format!("{}/{}", p.lang, p.rel), p.url.clone())),
            assets.iter().map(|a| a.out.clone()),
            config.pretty_urls,
        );
        let labels = config
            .language_codes()
            .into_iter()
            .map(|l| {
                let label = AlertLabels {
                    note: i18n.t(l, "alert-note", None),
                    tip: i18n.t(l, "alert-tip", None),
                    important: i18n.t(l, "alert-important", None),
                    warning: i18n.t(l, "alert-warning", None),
                    caution: i18n.t(l, "alert-caution", None),
                };
                (l.to_string(), label)
            })
            .collect();
        Renderer {
            resolver,
            labels,
            config,
            glossary,
        }
    }

    pub(crate) fn render(&self, p: &Page) -> Rendered {
        let path = format!("{}/{}", p.lang, p.rel);
        let default_labels = AlertLabels::default();
        markdown::render(
            &RenderInput {
                path: &path,
                url: &p.url,
                body: &p.body,
                body_line: p.body_line,
                allow_html: self.config.markdown.allow_html,
                glossary: self
                    .glossary
                    .1
                    .get(&p.lang)
                    .filter(|_| p.meta.glossary != Some(false))
                    .map(|matcher| markdown::Glossary {
                        matcher,
                        entries: &self.glossary.0,
                        lang: &p.lang,
                    }),
            },
            &self.resolver,
            self.labels.get(&p.lang).unwrap_or(&default_labels),
        )
    }
}

/// Stage 4: translations, sections, backlinks, related pages, taxonomies; checks.
pub(crate) fn link(
    config: Config,
    pages: Vec<Page>,
    rendered: Vec<Rendered>,
    report: &mut Report,
) -> Site {
    let langs = config.language_codes();
    let mut errors = Vec::new();
    let translations = links::translations::group(&pages, &langs, &mut errors);
    report.diagnostics.extend(errors);
    let structure = graph::structure(&pages);
    let outgoing: Vec<Vec<usize>> = rendered
        .iter()
        .map(|r| {
            let mut v: Vec<usize> = r
                .links
                .iter()
                .filter_map(|l| match l.target {
                    links::Target::Page(t, _) => Some(t),
                    _ => None,
                })
                .collect();
            v.sort_unstable();
            v.dedup();
            v
        })
        .collect();
    let backlinks = graph::backlinks(&pages, &rendered);
    let related = graph::related(&pages, &outgoing, &backlinks, 5);
    let taxonomies = links::taxonomies::collect(&pages, &config, &graph::page_order(&pages));
    report
        .diagnostics
        .extend(check::broken_links(&pages, &rendered));
    report
        .diagnostics
        .extend(check::generated_collisions(&pages, &taxonomies, &langs));
    report
        .diagnostics
        .extend(check::orphans(&pages, &backlinks));
    report
        .diagnostics
        .extend(check::missing_translations(&pages, &translations, &langs));
    report
        .diagnostics
        .extend(check::stale_translations(&pages, &translations));
    let homes = pages
        .iter()
        .enumerate()
        .filter(|(_, p)| p.kind == PageKind::Home)
        .map(|(i, p)| (p.lang.clone(), i))
        .collect();
    Site {
        homes,
        config,
        pages,
        rendered,
        translations,
        structure,
        outgoing,
        backlinks,
        related,
        taxonomies,
    }
}

/// Stage 6: every page through its template, written as it is rendered.
fn theme(
    site: &Site,
    tera: &tera::Tera,
    i18n: &I18n,
    sink: &dyn Sink,
    only: Option<&Affected>,
    progress: bool,
    report: &mut Report,
) -> anyhow::Result<usize> {
    use templates::context;
    let bar = progress_bar(
        progress && only.is_none() && site.pages.len() > 300,
        site.pages.len() as u64,
    );
    let wanted_lang = |lang: &str| only.is_none_or(|a| a.langs.contains(lang));
    let render_one = |name: &str,
                      ctx: &tera::Context,
                      url: &str,
                      source: Option<&Path>|
     -> Result<(), Diagnostic> {
        match tera.render(name, ctx) {
            Ok(html) => sink
                .write(url, html.as_bytes())
                .map_err(|e| Diagnostic::error("write", format!("{e:#}"))),
            Err(e) => {
                let d = Diagnostic::error(
                    "theme",
                    format!(
                        "template '{name}' failed for {url}: {}",
                        templates::error_chain(&e)
                    ),
                );
                Err(match source {
                    Some(s) => d.in_file(s),
                    None => d,
                }
                .hint(format!(
                    "check themes/{}/templates/{name}",
                    site.config.theme
                )))
            }
        }
    };
    let mut errors: Vec<Diagnostic> = site
        .pages
        .par_iter()
        .enumerate()
        .filter(|(i, _)| only.is_none_or(|a| a.pages.contains(i)))
        .filter_map(|(i, p)| {
            let name = p.meta.template.clone().unwrap_or_else(|| match p.kind {
                PageKind::Home => "home.html".into(),
                PageKind::Section => "section.html".into(),
                PageKind::Page => "page.html".into(),
            });
            let r = if tera.contains_template(&name) {
                render_one(
                    &name,
                    &context::page(site, i18n, i),
                    &p.url,
                    Some(&p.source),
                )
            } else {
                Err(
                    Diagnostic::error("theme", format!("missing template '{name}'"))
                        .in_file(&p.source)
                        .hint(format!(
                            "add themes/{}/templates/{name}, or change `template:`",
                            site.config.theme
                        )),
                )
            };
            bar.inc(1);
            r.err()
        })
        .collect();
    bar.finish_and_clear();
    let mut count = only.map_or(site.pages.len(), |a| a.pages.len());
    for tax in &site.taxonomies {
        if tax.terms.is_empty() || !wanted_lang(&tax.lang) {
            continue;
        }
        errors.extend(
            render_one(
                "taxonomy.html",
                &context::taxonomy(site, i18n, tax),
                &tax.url,
                None,
            )
            .err(),
        );
        for term in &tax.terms {
            errors.extend(
                render_one(
                    "term.html",
                    &context::term(site, i18n, tax, term),
                    &term.url,
                    None,
                )
                .err(),
            );
            count += 1;
        }
        count += 1;
    }
    if only.is_some() {
        report.diagnostics.extend(errors);
        return Ok(count);
    }
    for lang in site.config.language_codes() {
        let url = format!("{lang}/search/index.html");
        errors.extend(
            render_one(
                "search.html",
                &context::plain(site, i18n, lang, &url),
                &url,
                None,
            )
            .err(),
        );
        let url = format!("{lang}/404.html");
        errors.extend(
            render_one(
                "404.html",
                &context::plain(site, i18n, lang, &url),
                &url,
                None,
            )
            .err(),
        );
        count += 2;
    }
    let mut ctx = context::plain(site, i18n, &site.config.default_language, "404.html");
    ctx.insert("root", "/");
    errors.extend(render_one("404.html", &ctx, "404.html", None).err());
    errors.extend(
        render_one(
            "languages.html",
            &context::languages(site, i18n),
            "index.html",
            None,
        )
        .err(),
    );
    count += 2;
    report.diagnostics.extend(errors);
    Ok(count)
}

/// Stage 5: the search index, per language, written as shards.
fn index(site: &Site, sink: &dyn Sink, only: Option<&Affected>) -> anyhow::Result<usize> {
    let langs: Vec<String> = site
        .config
        .language_codes()
        .iter()
        .filter(|l| only.is_none_or(|a| a.langs.contains(**l)))
        .map(|s| s.to_string())
        .collect();
    let docs: Vec<search::SearchDoc> = site
        .pages
        .iter()
        .zip(&site.rendered)
        .filter(|(p, _)| langs.contains(&p.lang))
        .map(|(p, r)| search::SearchDoc {
            lang: p.lang.clone(),
            url: p.url.clone(),
            title: p.meta.title.clone(),
            sections: r
                .sections
                .iter()
                .map(|s| search::SearchSection {
                    anchor: s.anchor.clone(),
                    heading: if s.anchor.is_empty() {
                        p.meta.title.clone()
                    } else {
                        s.heading.clone()
                    },
                    text: s.text.clone(),
                })
                .collect(),
        })
        .collect();
    let files = search::build_index(&docs, &langs);
    for f in &files {
        sink.write(&f.path, &f.bytes)?;
    }
    Ok(files.len())
}

/// Theme static files to `assets/`, content files beside their pages.
fn assets(
    root: &Path,
    config: &Config,
    assets: &[content::Asset],
    sink: &dyn Sink,
) -> anyhow::Result<usize> {
    let mut n = sink.copy_tree(
        &templates::theme_dir(root, &config.theme).join("static"),
        "assets",
    )?;
    for a in assets {
        sink.copy(&a.path, &a.out)?;
        n += 1;
    }
    Ok(n)
}

/// Sitemap and Atom feeds, which need `base_url` for their absolute URLs.
fn feeds(site: &Site, sink: &dyn Sink, report: &mut Report) -> anyhow::Result<usize> {
    use crate::output::feeds;
    let Some(base) = site.config.base_url.as_deref() else {
        report.diagnostics.push(
            Diagnostic::warning("feeds", "sitemap.xml and Atom feeds left out: no base_url")
                .in_file(Path::new(config::CONFIG_FILE))
                .hint("set `base_url: https://your.site/path` in sala.yaml when the site has a web address"),
        );
        return Ok(0);
    };
    sink.write("sitemap.xml", feeds::sitemap(site, base).as_bytes())?;
    for lang in site.config.language_codes() {
        sink.write(
            &format!("{lang}/atom.xml"),
            feeds::atom(site, lang, base, 50).as_bytes(),
        )?;
    }
    Ok(1 + site.config.languages.len())
}

fn progress_bar(show: bool, len: u64) -> indicatif::ProgressBar {
    if !show {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len);
    if let Ok(style) = indicatif::ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} pages")
    {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_message("rendering");
    bar
}
