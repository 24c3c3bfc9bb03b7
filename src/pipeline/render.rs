//! Stage 3: every page's Markdown to HTML, in parallel, links resolved
//! against the whole site.

use super::Glossary;
use crate::config::Config;
use crate::content::{self, Page};
use crate::i18n::I18n;
use crate::links::Resolver;
use crate::markdown::{self, AlertLabels, RenderInput, Rendered};
use rayon::prelude::*;
use std::collections::HashMap;

/// Stage 3: Markdown to HTML, in parallel, with links resolved against all pages.
/// Each body is freed as soon as its page is rendered, so the sources and the
/// HTML of the whole site are never in memory together (serve re-reads a file
/// when it changes).
pub(super) fn render(
    pages: &mut [Page],
    assets: &[content::Asset],
    config: &Config,
    i18n: &I18n,
    glossary: &Glossary,
) -> Vec<Rendered> {
    let renderer = Renderer::new(pages, assets, config, i18n, glossary);
    // A large site holds its pages' HTML and texts compressed until written.
    let pack = super::saves_memory(pages.len());
    pages
        .par_iter_mut()
        .map(|p| {
            let mut r = renderer.render(p);
            p.body = String::new();
            if pack {
                r.pack();
            }
            r
        })
        .collect()
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
        )
        .with_titles(pages.iter().map(|p| p.meta.title.clone()));
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
                    editor: i18n.t(l, "alert-editor", None),
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
