//! Stages 5 and 6: pages through their templates, the search index, assets
//! and feeds, into a sink (staging folder or memory).

use super::{Affected, Report};
use crate::config::Config;
use crate::content::{self, PageKind};
use crate::diagnostics::Diagnostic;
use crate::i18n::I18n;
use crate::output::Sink;
use crate::search;
use crate::site::Site;
use crate::t;
use crate::templates;
use rayon::prelude::*;
use std::path::Path;

/// Stage 6: every page through its template, written as it is rendered.
#[allow(clippy::too_many_arguments)]
pub(super) fn theme(
    root: &Path,
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
    let nav = context::NavCache::default();
    let render_one =
        |name: &str, ctx: &tera::Context, url: &str, source: Option<&Path>| -> Result<(), Failed> {
            // Straight into bytes: `render` would check the whole page is UTF-8.
            let mut html = Vec::with_capacity(64 * 1024);
            match tera.render_to(name, ctx, &mut html) {
                Ok(()) => sink.write(url, &html).map_err(|e| {
                    let said = format!("{e:#}");
                    // "cannot write <path>: <the system's reason>"
                    let cause = said.rsplit(": ").next().map(str::to_string);
                    (Diagnostic::error("write", said), cause)
                }),
                Err(e) => {
                    let cause = templates::error_chain(&e);
                    let d = Diagnostic::error(
                        "theme",
                        t!(
                            "output-template-failed",
                            name = name,
                            url = url,
                            error = cause.as_str()
                        ),
                    );
                    let d = match source {
                        Some(s) => d.in_file(s),
                        None => d,
                    }
                    .hint(t!(
                        "output-template-failed-hint",
                        theme = site.config.theme.as_str(),
                        name = name
                    ));
                    Err((d, Some(cause)))
                }
            }
        };
    let mut errors: Vec<Failed> = site
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
                    &context::page(site, i18n, i, &nav),
                    &p.url,
                    Some(&p.source),
                )
            } else {
                Err((
                    Diagnostic::error("theme", t!("site-missing-template", name = name.as_str()))
                        .in_file(&p.source)
                        .hint(t!(
                            "output-missing-template-hint",
                            theme = site.config.theme.as_str(),
                            name = name.as_str()
                        )),
                    None,
                ))
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
        report
            .diagnostics
            .extend(one_per_cause(errors, &site.config.theme));
        return Ok(count);
    }
    for lang in site.config.language_codes() {
        // The full search page, when the theme has one.
        if tera.contains_template("search.html") {
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
            count += 1;
        }
        let url = format!("{lang}/404.html");
        errors.extend(
            render_one(
                "404.html",
                &context::not_found(site, i18n, lang, &url),
                &url,
                None,
            )
            .err(),
        );
        count += 1;
    }
    // The root 404 may be shown for any missing address, at any depth: its
    // style is inline, its links lead to the language homes beside it.
    let css_path = templates::theme_dir(root, &site.config.theme).join("static/style.css");
    let css = crate::files::Door::new(root)
        .read_text(&css_path)
        .unwrap_or_default();
    let ctx = context::root_not_found(site, i18n, &css);
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
    report
        .diagnostics
        .extend(one_per_cause(errors, &site.config.theme));
    Ok(count)
}

/// A page that failed, and its cause in words that do not depend on the
/// page (Tera's error, the system's reason for a failed write), if known.
type Failed = (Diagnostic, Option<String>);

/// One error per cause: a template mistake fails every page that uses the
/// template, and a full disk fails every write, with the same words. The
/// first of each is kept, said once, at the template line Tera names when
/// it names one, with how many pages it stopped.
fn one_per_cause(errors: Vec<Failed>, theme: &str) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = Vec::new();
    let mut seen: std::collections::HashMap<String, (usize, usize)> = Default::default();
    for (d, cause) in errors {
        let Some(cause) = cause else {
            out.push(d);
            continue;
        };
        match seen.get_mut(&cause) {
            Some((_, n)) => *n += 1,
            None => {
                seen.insert(cause, (out.len(), 1));
                out.push(d);
            }
        }
    }
    for (cause, (at, n)) in seen {
        let d = &mut out[at];
        if d.kind == "theme" {
            // Tera points at the template line: " --> partials/x.html:1:12".
            if let Some(place) = cause.split(" --> ").nth(1) {
                let place = place.lines().next().unwrap_or("");
                let mut parts = place.rsplitn(3, ':');
                let col = parts.next().and_then(|c| c.trim().parse().ok());
                let line = parts.next().and_then(|l| l.trim().parse().ok());
                if let (Some(file), Some(line), Some(col)) = (parts.next(), line, col) {
                    let first = d.path.clone();
                    let error = cause
                        .split(" --> ")
                        .next()
                        .unwrap_or(&cause)
                        .trim_end()
                        .trim_start_matches("error: ")
                        .to_string();
                    let message = match (&first, n) {
                        (Some(p), 1) => t!(
                            "output-template-line-rendering",
                            error = error,
                            path = p.display().to_string()
                        ),
                        (Some(p), n) => t!(
                            "output-template-line-pages-first",
                            error = error,
                            count = n,
                            path = p.display().to_string()
                        ),
                        (None, 1) => error,
                        (None, n) => t!("output-template-line-pages", error = error, count = n),
                    };
                    *d = Diagnostic::error("theme", message)
                        .at(
                            &Path::new("themes")
                                .join(theme)
                                .join("templates")
                                .join(file.trim()),
                            line,
                            col,
                        )
                        .hint(t!("output-template-line-hint"));
                    continue;
                }
            }
        }
        if n > 1 {
            d.message = t!(
                "output-more-like-it",
                message = d.message.as_str(),
                count = n - 1
            );
        }
    }
    out
}

/// What the index reads of a page.
fn search_doc<'a>(
    p: &'a crate::content::Page,
    r: &'a crate::markdown::Rendered,
) -> search::SearchDoc<'a> {
    search::SearchDoc {
        lang: &p.lang,
        url: &p.url,
        title: &p.meta.title,
        sections: r
            .sections
            .iter()
            .map(|s| search::SearchSection {
                anchor: &s.anchor,
                heading: if s.anchor.is_empty() {
                    &p.meta.title
                } else {
                    &s.heading
                },
                text: s.text.get(),
            })
            .collect(),
    }
}

/// The pages of one language's index, in index order.
fn indexed<'a>(site: &'a Site, lang: &str) -> impl Iterator<Item = usize> + 'a {
    let lang = lang.to_string();
    // `search: false` in front matter keeps a page out of the index.
    (0..site.pages.len())
        .filter(move |&i| site.pages[i].lang == lang && site.pages[i].meta.search != Some(false))
}

/// Stage 5: the search index, per language, written as shards. With `live`
/// (`sala serve`), what updating it page by page needs is kept there.
pub(super) fn index(
    site: &Site,
    sink: &dyn Sink,
    only: Option<&Affected>,
    live: Option<&LiveIndexes>,
) -> anyhow::Result<usize> {
    let langs: Vec<&str> = site
        .config
        .language_codes()
        .into_iter()
        .filter(|lang| only.is_none_or(|a| a.langs.contains(*lang)))
        .collect();
    let one = |lang: &str| -> anyhow::Result<usize> {
        let pages: Vec<usize> = indexed(site, lang).collect();
        let doc = |k: usize| search_doc(&site.pages[pages[k]], &site.rendered[pages[k]]);
        let emit = |files: Vec<search::OutputFile>| {
            files
                .par_iter()
                .try_for_each(|f| sink.write(&f.path, &f.bytes))
        };
        match live {
            None => search::index::build(lang, pages.len(), doc, &emit),
            Some(store) => {
                let (files, index) = search::index::build_live(lang, pages.len(), doc, &emit)?;
                store
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .insert(lang.to_string(), index);
                Ok(files)
            }
        }
    };
    if super::saves_memory(site.pages.len()) {
        // Two languages at a time: each has steps that run on one core, and
        // the postings of two fit in memory where those of every language
        // might not, with more languages or cores (at 30,303 pages in three
        // languages: 763 MB one at a time, 867-892 MB two at a time).
        langs
            .chunks(2)
            .map(|two| {
                two.par_iter()
                    .map(|l| one(l))
                    .sum::<anyhow::Result<usize>>()
            })
            .sum()
    } else {
        // Side by side: each language has steps that run on one core.
        langs.into_par_iter().map(one).sum()
    }
}

/// The live indexes of `sala serve`, by language.
pub type LiveIndexes =
    std::sync::Mutex<std::collections::BTreeMap<String, search::live::LiveIndex>>;

/// Puts the edited pages' new text in their language's live index and writes
/// the files that changed. `false` when a page cannot be updated in place
/// (pages added, removed or taken out of search: the index needs a full run).
pub(super) fn update_index(
    site: &Site,
    sink: &dyn Sink,
    pages: &std::collections::BTreeSet<usize>,
    live: &LiveIndexes,
) -> anyhow::Result<bool> {
    let mut store = live.lock().unwrap_or_else(|e| e.into_inner());
    for &i in pages {
        let Some(p) = site.pages.get(i) else {
            return Ok(false);
        };
        let Some(index) = store.get_mut(&p.lang) else {
            return Ok(false);
        };
        let order: Vec<usize> = indexed(site, &p.lang).collect();
        let urls: Vec<&str> = order.iter().map(|&j| site.pages[j].url.as_str()).collect();
        if !index.holds(&urls) {
            return Ok(false);
        }
        let Some(doc_id) = order.iter().position(|&j| j == i) else {
            return Ok(false);
        };
        let Some(files) = index.update(doc_id, &search_doc(p, &site.rendered[i])) else {
            return Ok(false);
        };
        for f in files {
            sink.write(&f.path, &f.bytes)?;
        }
    }
    Ok(true)
}

/// Theme static files to `assets/`, content files beside their pages.
pub(super) fn assets(
    root: &Path,
    config: &Config,
    assets: &[content::Asset],
    sink: &dyn Sink,
) -> anyhow::Result<usize> {
    // Every file through the one door for reads: a link in the theme that
    // leaves it, or reaches a dot folder, stops the build with its name.
    let door = crate::files::Door::new(root);
    let refused = |e: crate::files::Refused, kind: &str| anyhow::anyhow!("{}", e.diagnostic(kind));
    let theme = templates::theme_dir(root, &config.theme);
    let static_dir = theme.join("static");
    let mut n = 0;
    if static_dir.is_dir() {
        let walker = walkdir::WalkDir::new(&static_dir)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| !e.file_name().to_string_lossy().starts_with('.'));
        for entry in walker {
            let entry = entry?;
            if entry.path_is_symlink() {
                if let Err(reason) = door.link_stays(entry.path(), &theme) {
                    let shown = door.display(entry.path());
                    anyhow::bail!(t!(
                        "output-theme-link-refused",
                        path = shown.display().to_string(),
                        reason = reason
                    ));
                }
            }
            if !entry.file_type().is_file() {
                continue;
            }
            let sub = entry
                .path()
                .strip_prefix(&static_dir)?
                .to_string_lossy()
                .replace('\\', "/");
            let bytes = door.read(entry.path()).map_err(|e| refused(e, "theme"))?;
            let bytes = crate::output::minify::theme_file(&sub, &bytes);
            sink.write(&format!("assets/{sub}"), &bytes)?;
            n += 1;
        }
    }
    for a in assets {
        let bytes = door.read(&a.path).map_err(|e| refused(e, "content"))?;
        sink.write(&a.out, &bytes)?;
        n += 1;
    }
    Ok(n)
}

/// Sitemap and Atom feeds, which need `base_url` for their absolute URLs.
pub(super) fn feeds(site: &Site, sink: &dyn Sink, report: &mut Report) -> anyhow::Result<usize> {
    use crate::output::feeds;
    let Some(base) = site.config.base_url.as_deref() else {
        // The normal case for file:// and USB sticks: a note, not a warning.
        report.notes.push(t!("output-note-no-feeds"));
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

pub(super) fn progress_bar(show: bool, len: u64) -> indicatif::ProgressBar {
    if !show {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len);
    // The translated word is kept out of the template's own `{...}` syntax.
    let pages = t!("output-progress-pages").replace(['{', '}'], "");
    if let Ok(style) = indicatif::ProgressStyle::with_template(&format!(
        "{{msg}} [{{bar:30}}] {{pos}}/{{len}} {pages}"
    )) {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_message(t!("output-progress-rendering"));
    bar
}
