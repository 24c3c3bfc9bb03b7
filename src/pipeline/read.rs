//! Stages 1 and 2: find the sources, read and type each file (front matter,
//! output place), and load the glossary.

use super::{Glossary, Report, GLOSSARY_FILE};
use crate::config::Config;
use crate::content::{self, front_matter, Page, PageKind, SourceFile};
use crate::diagnostics::{line_col, Diagnostic};
use crate::markdown::{GlossaryEntry, GlossaryMatcher};
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::Path;

/// Stage 1: what is in content/.
pub(super) fn discover(
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
pub(super) fn parse(
    sources: &[SourceFile],
    config: &Config,
    drafts: bool,
    report: &mut Report,
) -> Vec<Page> {
    let results: Vec<Result<Page, Diagnostic>> =
        sources.par_iter().map(|s| parse_one(s, config)).collect();
    let mut pages = Vec::with_capacity(results.len());
    let today = crate::content::lint::today();
    for (r, s) in results.into_iter().zip(sources) {
        match r {
            Ok(p) if p.meta.draft && !drafts => {}
            Ok(mut p) => {
                report.diagnostics.extend(std::mem::take(&mut p.problems));
                report
                    .diagnostics
                    .extend(crate::content::lint::page(&p, today));
                pages.push(p)
            }
            Err(d) => {
                report.diagnostics.push(d);
                pages.extend(placeholder(s));
            }
        }
    }
    pages
}

/// A page's bytes, through the one door for reads: the site root is the
/// source's path less its displayed path (`content/...`).
fn read_source(s: &SourceFile) -> Result<Vec<u8>, Diagnostic> {
    let root = s
        .path
        .ancestors()
        .nth(s.display.components().count())
        .unwrap_or(Path::new("."));
    crate::files::Door::new(root)
        .read(&s.path)
        .map_err(|e| e.diagnostic("content"))
}

pub(crate) fn parse_one(s: &SourceFile, config: &Config) -> Result<Page, Diagnostic> {
    let bytes = read_source(s)?;
    let text = match crate::text::utf8_string(&bytes) {
        Some(t) => t,
        None => {
            // Where it went wrong, from the standard check.
            let valid = std::str::from_utf8(&bytes)
                .err()
                .map_or(0, |e| e.valid_up_to());
            let good = String::from_utf8_lossy(&bytes[..valid]).into_owned();
            let (line, col) = line_col(&good, valid);
            return Err(Diagnostic::error("content", crate::t!("files-not-utf8"))
                .at(&s.display, line, col)
                .hint(crate::t!("output-page-not-utf8-hint")));
        }
    };
    // One Unicode form for everything after this: files from a Mac or some
    // keyboards arrive decomposed, and a term, anchor or search word must
    // match whichever way it was typed.
    let text = if crate::text::is_nfc(&text) {
        text
    } else {
        use unicode_normalization::UnicodeNormalization;
        text.nfc().collect()
    };
    // Line endings of an old Mac (CR alone) or Windows (CR LF) read as LF:
    // a file saved with CR alone was "missing front matter".
    let text = if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    };
    let split = front_matter::split(&text, &s.display)?;
    let (meta, taxonomies, problems) = front_matter::parse(&split, &s.display, config)?;
    let slug_line = split
        .yaml
        .lines()
        .position(|l| l.trim_start().starts_with("slug:"))
        .map_or(0, |i| split.yaml_line + i);
    let mut page = place(
        s,
        meta,
        taxonomies,
        split.body.to_string(),
        split.body_line,
        slug_line,
    )?;
    page.title_at = value_at(&split, "title");
    page.description_at = value_at(&split, "description");
    page.problems = problems;
    page.date_at = value_at(&split, "date");
    page.updated_at = value_at(&split, "updated");
    Ok(page)
}

/// 1-based (line, column) where a top-level front matter value begins
/// (after an opening quote), for messages about its text; (0, 0) if absent.
fn value_at(split: &front_matter::Split, key: &str) -> (usize, usize) {
    let Some((i, line)) = split
        .yaml
        .lines()
        .enumerate()
        .find(|(_, l)| l.strip_prefix(key).is_some_and(|r| r.starts_with(':')))
    else {
        return (0, 0);
    };
    let value = &line[key.len() + 1..];
    let value = value.trim_start();
    let skipped = line.len() - value.len() + usize::from(value.starts_with(['"', '\'']));
    (split.yaml_line + i, line[..skipped].chars().count() + 1)
}

/// A page that failed to parse, kept in the site as its file name so that
/// links to it, its translations and the glossary still find it: one mistake
/// gives one error, not one more per page that links there.
pub(crate) fn placeholder(s: &SourceFile) -> Option<Page> {
    let stem = s.rel.rsplit('/').next().unwrap_or(&s.rel);
    let meta = front_matter::FrontMatter {
        title: stem.trim_end_matches(".md").to_string(),
        ..Default::default()
    };
    let mut page = place(s, meta, Default::default(), String::new(), 1, 0).ok()?;
    page.failed = true;
    Some(page)
}

/// The longest URL segment (one folder of the output) a page may have, in
/// bytes: file systems allow 255 per name.
pub const MAX_SEGMENT_BYTES: usize = 200;

/// Where a page goes in the output, from its path and `slug:`.
fn place(
    s: &SourceFile,
    meta: front_matter::FrontMatter,
    taxonomies: std::collections::BTreeMap<String, Vec<String>>,
    body: String,
    body_line: usize,
    slug_line: usize,
) -> Result<Page, Diagnostic> {
    let (dir, file) = s.rel.rsplit_once('/').unwrap_or(("", s.rel.as_str()));
    let is_index = file == "_index.md";
    let kind = match (is_index, dir.is_empty()) {
        (true, true) => PageKind::Home,
        (true, false) => PageKind::Section,
        _ => PageKind::Page,
    };
    let segment = |name: &str, from_slug: bool| -> Result<String, Diagnostic> {
        let seg = content::slug::url_segment(name);
        let line = if from_slug { slug_line } else { 0 };
        let refuse = |message: String, hint: String| {
            Err(Diagnostic::error("content", message)
                .at(&s.display, line, 0)
                .hint(hint))
        };
        if seg.is_empty() {
            let name = name.escape_debug().to_string();
            return refuse(
                if from_slug {
                    crate::t!("output-slug-no-letter", name = name)
                } else {
                    crate::t!("output-name-no-letter", name = name)
                },
                crate::t!("output-slug-no-letter-hint"),
            );
        }
        // File systems take names of at most 255 bytes; leave room for the
        // build's own suffixes, and say so before anything is written.
        if seg.len() > MAX_SEGMENT_BYTES {
            let (bytes, max) = (seg.len(), MAX_SEGMENT_BYTES);
            return refuse(
                if from_slug {
                    crate::t!("output-slug-too-long", bytes = bytes, max = max)
                } else {
                    crate::t!("output-name-too-long", bytes = bytes, max = max)
                },
                crate::t!("output-slug-too-long-hint"),
            );
        }
        Ok(seg)
    };
    let dir_segments = || -> Result<Vec<String>, Diagnostic> {
        if dir.is_empty() {
            return Ok(Vec::new());
        }
        dir.split('/').map(|d| segment(d, false)).collect()
    };
    let url = match kind {
        PageKind::Home => format!("{}/index.html", s.lang),
        PageKind::Section => {
            let mut parts = dir_segments()?;
            if let Some(slug) = &meta.slug {
                if let Some(last) = parts.last_mut() {
                    *last = segment(slug, true)?;
                }
            }
            format!("{}/{}/index.html", s.lang, parts.join("/"))
        }
        PageKind::Page => {
            let stem = file.trim_end_matches(".md");
            let seg = match meta.slug.as_deref() {
                Some(slug) => segment(slug, true)?,
                None => segment(stem, false)?,
            };
            let mut parts = dir_segments()?;
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
        body,
        body_line,
        title_at: (0, 0),
        date_at: (0, 0),
        updated_at: (0, 0),
        problems: Vec::new(),
        description_at: (0, 0),
        failed: false,
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
pub(super) fn glossary(
    root: &Path,
    config: &Config,
    pages: &[Page],
    report: &mut Report,
) -> Glossary {
    let display = Path::new(GLOSSARY_FILE);
    let text = match crate::files::Door::new(root).read_text(display) {
        Ok(t) => t,
        Err(e) if e.is_missing() => return (Vec::new(), HashMap::new()),
        Err(e) => {
            report.diagnostics.push(e.diagnostic("glossary"));
            return (Vec::new(), HashMap::new());
        }
    };
    let entries: Vec<GlossaryEntry> = match crate::yaml::from_str(&text) {
        Ok(e) => e,
        Err(e) => {
            report.diagnostics.push(
                Diagnostic::error("glossary", e.message)
                    .at(display, e.line.unwrap_or(0), e.col.unwrap_or(0))
                    .hint(crate::t!("output-glossary-shape-hint")),
            );
            return (Vec::new(), HashMap::new());
        }
    };
    // The line of each entry's `id:`, found in one pass: a lookup per
    // warning that rescanned the file made 20,000 entries take 40 s.
    let mut id_lines: HashMap<String, usize> = HashMap::new();
    for (i, l) in text.lines().enumerate() {
        if let Some(rest) = l.trim_start().trim_start_matches("- ").strip_prefix("id:") {
            let raw = rest.trim();
            // A quoted id is read as YAML reads it (escapes and all).
            let id = if raw.starts_with(['"', '\'']) {
                crate::yaml::from_str::<String>(raw).unwrap_or_else(|_| raw.to_string())
            } else {
                raw.to_string()
            };
            id_lines.entry(id).or_insert(i + 1);
        }
    }
    let line_of = |id: &str| id_lines.get(id).copied().unwrap_or(0);
    let langs = config.language_codes();
    let bad_id = |id: &str| {
        id.is_empty()
            || !id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
    };
    // Which (language, file) pages exist, looked up once per entry and language.
    let sources: std::collections::HashSet<(&str, &str)> = pages
        .iter()
        .map(|p| (p.lang.as_str(), p.rel.as_str()))
        .collect();
    let mut entries = entries;
    entries.retain(|e| {
        if !bad_id(&e.id) {
            return true;
        }
        let line = line_of(&e.id);
        report.diagnostics.push(
            Diagnostic::error(
                "glossary",
                crate::t!(
                    "output-glossary-bad-id",
                    id = e.id.escape_debug().to_string()
                ),
            )
            .at(display, line, 1)
            .hint(crate::t!("output-glossary-bad-id-hint")),
        );
        false
    });
    // A language whose `term` is missing is reported once, here, and not
    // again as undefined below.
    let mut no_term: std::collections::HashSet<(String, String)> = Default::default();
    for e in &mut entries {
        let line = line_of(&e.id);
        e.langs.retain(|lang, text| {
            if !text.term.trim().is_empty() {
                return true;
            }
            no_term.insert((e.id.clone(), lang.clone()));
            report.diagnostics.push(
                Diagnostic::error(
                    "glossary",
                    crate::t!(
                        "output-glossary-no-term",
                        id = e.id.as_str(),
                        lang = lang.as_str()
                    ),
                )
                .at(display, line, 1)
                .hint(crate::t!(
                    "output-glossary-no-term-hint",
                    lang = lang.as_str()
                )),
            );
            false
        });
    }
    for e in &entries {
        for lang in e.langs.keys() {
            if !config.has_language(lang) {
                report.diagnostics.push(
                    Diagnostic::error(
                        "glossary",
                        crate::t!(
                            "output-glossary-unknown-language",
                            id = e.id.as_str(),
                            lang = lang.as_str()
                        ),
                    )
                    .at(display, line_of(&e.id), 1)
                    .hint(crate::t!("config-use-one-of", codes = langs.join(", "))),
                );
            }
        }
        let missing: Vec<&str> = langs
            .iter()
            .copied()
            .filter(|l| {
                !e.langs.contains_key(*l) && !no_term.contains(&(e.id.clone(), l.to_string()))
            })
            .collect();
        if !missing.is_empty() {
            report.diagnostics.push(
                Diagnostic::warning(
                    "glossary",
                    crate::t!(
                        "output-glossary-undefined",
                        id = e.id.as_str(),
                        langs = missing.join(", ")
                    ),
                )
                .at(display, line_of(&e.id), 1)
                .hint(crate::t!("output-glossary-undefined-hint")),
            );
        }
        let path = e.page.split('#').next().unwrap_or(&e.page);
        let missing: Vec<&str> = e
            .langs
            .keys()
            .filter(|l| config.has_language(l))
            .filter(|l| !sources.contains(&(l.as_str(), path)))
            .map(String::as_str)
            .collect();
        if !missing.is_empty() {
            let files: Vec<String> = missing
                .iter()
                .map(|l| format!("content/{l}/{path}"))
                .collect();
            report.diagnostics.push(
                Diagnostic::error(
                    "glossary",
                    crate::t!(
                        "output-glossary-no-page",
                        id = e.id.as_str(),
                        files = files.join(", ")
                    ),
                )
                .at(display, line_of(&e.id), 1)
                .hint(crate::t!("output-glossary-no-page-hint")),
            );
        }
    }
    let matchers = langs
        .iter()
        .filter_map(|l| GlossaryMatcher::new(&entries, l).map(|m| (l.to_string(), m)))
        .collect();
    (entries, matchers)
}
