//! The single Markdown pass. Events from pulldown-cmark are adjusted on the way
//! to the HTML writer: links rewritten, headings given stable ids and anchor
//! links, GitHub alerts turned into labelled boxes, and plain text collected.

use super::escape::{escape_attr, escape_text};
use super::glossary::{link_terms, Glossary};
use super::held::Held;
use super::nesting::{Nesting, MAX_NESTING};
use super::options::options;
use super::sanitize;
use crate::content::slug::slugify;
use crate::links::{Resolver, Target};
use pulldown_cmark::{
    html, BlockQuoteKind, CowStr, Event, HeadingLevel, Parser, Tag, TagEnd, TextMergeWithOffset,
};
use serde::Serialize;
use std::collections::HashSet;

/// Localized titles of alert boxes.
#[derive(Debug, Clone, Default)]
pub struct AlertLabels {
    pub note: String,
    pub tip: String,
    pub important: String,
    pub warning: String,
    pub caution: String,
    /// The site's own remarks (`> [!EDITOR]`).
    pub editor: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct TocEntry {
    pub level: u8,
    pub id: String,
    pub title: String,
}

/// A link found in the body, with where it was written.
#[derive(Debug, Clone)]
pub struct LinkRef {
    pub href: String,
    pub target: Target,
    pub line: usize,
    pub col: usize,
}

/// Plain text under one heading (anchor `""` before the first heading).
#[derive(Debug, Clone, Default)]
pub struct TextSection {
    pub anchor: String,
    pub heading: String,
    pub text: Held,
}

/// A `TextSection` being read.
#[derive(Default)]
struct SectionText {
    anchor: String,
    heading: String,
    text: String,
}

/// A heading being collected: level, explicit id, classes, its events and
/// its text.
type OpenHeading<'e> = (HeadingLevel, Option<String>, String, Vec<Event<'e>>, String);

/// A mistake found while rendering, at its place in the file.
#[derive(Debug, Clone)]
pub struct Problem {
    /// The group it is reported under (`heading`, `markdown`).
    pub kind: &'static str,
    pub line: usize,
    pub col: usize,
    pub message: String,
    pub hint: String,
}

#[derive(Debug, Clone, Default)]
pub struct Rendered {
    pub problems: Vec<Problem>,
    pub html: Held,
    pub toc: Vec<TocEntry>,
    pub anchors: HashSet<String>,
    pub links: Vec<LinkRef>,
    pub sections: Vec<TextSection>,
}

pub struct RenderInput<'a> {
    /// Content path of the page, e.g. `vi/handbook/risks.md`.
    pub path: &'a str,
    /// Output URL of the page, e.g. `vi/handbook/risks/index.html`.
    pub url: &'a str,
    pub body: &'a str,
    /// 1-based line of the body in its file.
    pub body_line: usize,
    pub allow_html: bool,
    /// Glossary terms to link in this page's language (None: off for this page).
    pub glossary: Option<Glossary<'a>>,
}

pub fn render(input: &RenderInput, resolver: &Resolver, labels: &AlertLabels) -> Rendered {
    let lines = crate::text::Lines::new(input.body);
    let position = |offset: usize| {
        let (line, col) = lines.at(offset);
        (line + input.body_line - 1, col)
    };

    let mut out = Rendered::default();
    let mut events: Vec<Event> = Vec::with_capacity(256);
    let mut raw_html = false;
    let mut section = SectionText::default();
    // Heading being collected: its level, explicit id, classes, and buffered events.
    let mut heading: Option<OpenHeading> = None;
    let mut in_code_block = false;
    let mut link_depth = 0usize;
    // Per open link or image: whether it was dropped (an unsafe scheme), so
    // its end is dropped too and only its text remains.
    let mut dropped: Vec<bool> = Vec::new();
    let mut glossary_seen: Vec<usize> = Vec::new();
    let mut ids = super::ids::HeadingIds::default();
    let mut heading_start = 0usize;

    let mut nesting = Nesting::default();
    let (body, editor_lines) = super::alerts::editor_notes(input.body);
    // Text split by the parser (at an escape, an entity, a `<` or `_` that
    // opened nothing) is one text again: a bare address is judged by the
    // character really before it, and read whole.
    let parsed = TextMergeWithOffset::new(Parser::new_ext(&body, options()).into_offset_iter());
    for (event, range) in parsed {
        if nesting.track(&event) && nesting.too_deep_at.is_none() {
            nesting.too_deep_at = Some(range.start);
        }
        if let Some((_, _, _, buf, text)) = heading.as_mut() {
            match event {
                Event::End(TagEnd::Heading(_)) => {}
                Event::Text(ref t) | Event::Code(ref t) => {
                    text.push_str(t);
                    buf.push(event);
                    continue;
                }
                other => {
                    let other = if matches!(other, Event::InlineHtml(_) | Event::Html(_)) {
                        raw_html = true;
                        super::tagfilter::event(other, input.allow_html)
                    } else {
                        other
                    };
                    if let Event::Start(Tag::Link { dest_url, .. }) = &other {
                        let target = resolver.resolve(input.path, dest_url);
                        let (line, col) = position(range.start);
                        let href = resolver.href(input.url, &target, dest_url);
                        out.links.push(LinkRef {
                            href: dest_url.to_string(),
                            target,
                            line,
                            col,
                        });
                        let title = match &other {
                            Event::Start(Tag::Link { title, .. }) => title.clone(),
                            _ => CowStr::Borrowed(""),
                        };
                        buf.push(Event::Start(Tag::Link {
                            link_type: pulldown_cmark::LinkType::Inline,
                            dest_url: href.into(),
                            title,
                            id: CowStr::Borrowed(""),
                        }));
                    } else {
                        buf.push(other);
                    }
                    continue;
                }
            }
        }
        match event {
            Event::Start(Tag::Heading {
                level, id, classes, ..
            }) => {
                heading_start = range.start;
                let classes = classes
                    .iter()
                    .map(|c| c.as_ref())
                    .collect::<Vec<_>>()
                    .join(" ");
                heading = Some((
                    level,
                    id.map(|s| s.to_string()),
                    classes,
                    Vec::new(),
                    String::new(),
                ));
            }
            Event::End(TagEnd::Heading(_)) => {
                let Some((level, explicit, classes, buf, text)) = heading.take() else {
                    continue;
                };
                let title = text.trim().to_string();
                let id = match explicit {
                    Some(e) => match ids.explicit(&e) {
                        Ok(id) => id,
                        Err(message) => {
                            let (line, col) = position(heading_start);
                            out.problems.push(Problem {
                                kind: "heading",
                                line,
                                col,
                                message,
                                hint: "give this heading another `{#id}`".into(),
                            });
                            ids.generated(&e)
                        }
                    },
                    None => ids.generated(&slugify(&title)),
                };
                out.anchors.insert(id.clone());
                let lvl = level as u8;
                if (2..=3).contains(&lvl) {
                    out.toc.push(TocEntry {
                        level: lvl,
                        id: id.clone(),
                        title: title.clone(),
                    });
                }
                let mut inner = String::new();
                html::push_html(&mut inner, buf.into_iter());
                events.push(Event::Html(
                    format!(
                        "<h{lvl} id=\"{}\"{}>{inner}<a class=\"anchor\" href=\"#{}\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h{lvl}>\n",
                        escape_attr(&id),
                        if classes.is_empty() {
                            String::new()
                        } else {
                            format!(" class=\"{}\"", escape_attr(&classes))
                        },
                        escape_attr(&id)
                    )
                    .into(),
                ));
                push_section(&mut out.sections, std::mem::take(&mut section));
                section.anchor = id;
                section.heading = title;
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                link_depth += 1;
                // `<name@example.org>` is an address to write to, not a file
                // (the HTML writer would add `mailto:` itself: it gets the
                // full address instead).
                let (link_type, dest_url) = if link_type == pulldown_cmark::LinkType::Email {
                    (
                        pulldown_cmark::LinkType::Autolink,
                        CowStr::from(format!("mailto:{dest_url}")),
                    )
                } else {
                    (link_type, dest_url)
                };
                let target = resolver.resolve(input.path, &dest_url);
                let (line, col) = position(range.start);
                let href = resolver.href(input.url, &target, &dest_url);
                let unsafe_url = matches!(target, Target::Unsafe(_));
                out.links.push(LinkRef {
                    href: dest_url.to_string(),
                    target,
                    line,
                    col,
                });
                dropped.push(unsafe_url);
                if unsafe_url {
                    continue;
                }
                events.push(Event::Start(Tag::Link {
                    link_type,
                    dest_url: href.into(),
                    title,
                    id,
                }));
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                link_depth += 1;
                let target = resolver.resolve(input.path, &dest_url);
                let (line, col) = position(range.start);
                let href = resolver.href(input.url, &target, &dest_url);
                let unsafe_url = matches!(target, Target::Unsafe(_));
                out.links.push(LinkRef {
                    href: dest_url.to_string(),
                    target,
                    line,
                    col,
                });
                dropped.push(unsafe_url);
                if unsafe_url {
                    continue;
                }
                events.push(Event::Start(Tag::Image {
                    link_type,
                    dest_url: href.into(),
                    title,
                    id,
                }));
            }
            Event::Start(Tag::BlockQuote(Some(kind))) => {
                let editor = kind == BlockQuoteKind::Note
                    && super::alerts::starts_editor_note(&editor_lines, &body, range.start);
                let (class, label) = match kind {
                    BlockQuoteKind::Note if editor => ("editor", &labels.editor),
                    BlockQuoteKind::Note => ("note", &labels.note),
                    BlockQuoteKind::Tip => ("tip", &labels.tip),
                    BlockQuoteKind::Important => ("important", &labels.important),
                    BlockQuoteKind::Warning => ("warning", &labels.warning),
                    BlockQuoteKind::Caution => ("caution", &labels.caution),
                };
                events.push(Event::Html(
                    format!(
                        "<aside class=\"alert alert-{class}\" role=\"note\"><p class=\"alert-title\">{}</p>\n",
                        escape_text(label)
                    )
                    .into(),
                ));
            }
            Event::End(TagEnd::BlockQuote(Some(_))) => {
                events.push(Event::Html("</aside>\n".into()));
            }
            Event::Start(Tag::CodeBlock(_)) => {
                in_code_block = true;
                events.push(event);
            }
            Event::End(TagEnd::CodeBlock) => {
                in_code_block = false;
                section.text.push('\n');
                events.push(event);
            }
            Event::End(TagEnd::Link | TagEnd::Image) => {
                link_depth = link_depth.saturating_sub(1);
                if !dropped.pop().unwrap_or(false) {
                    events.push(event);
                }
            }
            Event::Text(ref t) => {
                section.text.push_str(t);
                let bare = if link_depth == 0 && !in_code_block {
                    super::autolink::find(t)
                } else {
                    Vec::new()
                };
                if bare.is_empty() {
                    match input.glossary {
                        Some(g) if link_depth == 0 && !in_code_block => link_terms(
                            t,
                            g,
                            input.path,
                            input.url,
                            resolver,
                            &mut glossary_seen,
                            &mut events,
                        ),
                        _ => events.push(event),
                    }
                    continue;
                }
                // Bare addresses become links (GFM); the text between them
                // is linked to the glossary as any other text.
                let mut last = 0;
                let text_piece =
                    |piece: &str, events: &mut Vec<Event>, seen: &mut Vec<usize>| match input
                        .glossary
                    {
                        Some(g) => {
                            link_terms(piece, g, input.path, input.url, resolver, seen, events)
                        }
                        None => events.push(Event::Text(piece.to_string().into())),
                    };
                for f in bare {
                    text_piece(&t[last..f.start], &mut events, &mut glossary_seen);
                    let (line, col) = position(range.start + f.start);
                    out.links.push(LinkRef {
                        href: f.href.clone(),
                        target: resolver.resolve(input.path, &f.href),
                        line,
                        col,
                    });
                    events.push(Event::Start(Tag::Link {
                        link_type: pulldown_cmark::LinkType::Autolink,
                        dest_url: f.href.into(),
                        title: CowStr::Borrowed(""),
                        id: CowStr::Borrowed(""),
                    }));
                    events.push(Event::Text(t[f.start..f.end].to_string().into()));
                    events.push(Event::End(TagEnd::Link));
                    last = f.end;
                }
                text_piece(&t[last..], &mut events, &mut glossary_seen);
            }
            Event::Code(ref t) => {
                section.text.push_str(t);
                events.push(event);
            }
            Event::SoftBreak | Event::HardBreak => {
                section.text.push(if in_code_block { '\n' } else { ' ' });
                events.push(event);
            }
            Event::Html(_) | Event::InlineHtml(_) => {
                raw_html = true;
                let event = super::tagfilter::event(event, input.allow_html);
                events.push(super::raw_urls::rebased(
                    event, resolver, input.path, input.url,
                ));
            }
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Item
                | TagEnd::TableCell
                | TagEnd::TableRow
                | TagEnd::HtmlBlock,
            ) => {
                if !section.text.ends_with('\n') {
                    section.text.push('\n');
                }
                events.push(event);
            }
            other => events.push(other),
        }
    }
    push_section(&mut out.sections, section);

    if let Some(at) = nesting.too_deep_at {
        // Cleaning HTML nested this deep costs time that grows with the square
        // of the depth; no guidance page needs it, so the page is refused.
        let (line, col) = position(at);
        out.problems.push(Problem {
            kind: "markdown",
            line,
            col,
            message: crate::t!("lint-too-deep", levels = MAX_NESTING),
            hint: crate::t!("lint-too-deep-hint"),
        });
        out.html = Held::default();
        return out;
    }
    let mut html_out = String::with_capacity(input.body.len() * 3 / 2);
    html::push_html(&mut html_out, events.into_iter());
    if !input.allow_html {
        // Every page, whatever it contains: raw HTML can hide in headings,
        // tables and links as well as in blocks.
        html_out = sanitize::clean(&html_out);
    }
    if raw_html {
        // Ids written in raw HTML (figures) are link targets too.
        collect_html_ids(&html_out, &mut out.anchors);
    }
    out.html = Held::from(html_out);
    out
}

fn push_section(sections: &mut Vec<TextSection>, s: SectionText) {
    let trimmed = s.text.trim();
    if trimmed.is_empty() && s.anchor.is_empty() {
        return;
    }
    sections.push(TextSection {
        text: Held::from(trimmed.to_string()),
        anchor: s.anchor,
        heading: s.heading,
    });
}

impl Rendered {
    /// Holds the HTML and texts compressed until they are written (`Held`).
    pub fn pack(&mut self) {
        self.html.pack();
        for s in &mut self.sections {
            s.text.pack();
        }
    }
}

/// Anchors written as raw HTML `id="..."` are link targets too.
fn collect_html_ids(html: &str, anchors: &mut HashSet<String>) {
    for (i, _) in html.match_indices(" id=\"") {
        let rest = &html[i + 5..];
        if let Some(end) = rest.find('"') {
            anchors.insert(rest[..end].to_string());
        }
    }
}
