//! Stage 4: the link graph (translations, sections, backlinks, related
//! pages, taxonomies) and the checks over it.

use super::Report;
use crate::config::Config;
use crate::content::{Page, PageKind};
use crate::links::{self, check, graph};
use crate::markdown::Rendered;
use crate::site::Site;

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
    for (p, r) in pages.iter().zip(&rendered) {
        for problem in &r.problems {
            report.diagnostics.push(
                crate::diagnostics::Diagnostic::error(problem.kind, problem.message.clone())
                    .at(&p.source, problem.line, problem.col)
                    .hint(problem.hint.clone()),
            );
        }
    }
    report
        .diagnostics
        .extend(check::broken_links(&pages, &rendered));
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
