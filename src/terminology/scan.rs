//! The prose of one page, as runs of text with their place in the source:
//! headings, paragraphs, list items, table cells, alert boxes, image alt
//! text, the text between tags of raw HTML, and the front matter's title and
//! description. Never code spans, code blocks, link targets or HTML tags and
//! their attributes. One pulldown-cmark pass of its own (the renderer's
//! events are not kept), linear in the size of the page.

use pulldown_cmark::{Event, LinkType, Parser, Tag, TagEnd};

/// Text as a reader sees it, joined from neighbouring events, with the way
/// back to byte offsets in the body.
#[derive(Default)]
pub struct Run {
    pub text: String,
    /// (offset in `text`, offset in the body, whether the piece is the
    /// source verbatim so offsets inside it map one to one).
    pieces: Vec<(usize, usize, bool)>,
}

impl Run {
    fn push(&mut self, text: &str, body: &str, range: std::ops::Range<usize>) {
        let exact = body.get(range.clone()) == Some(text);
        self.pieces.push((self.text.len(), range.start, exact));
        self.text.push_str(text);
    }

    /// The body offset of an offset in `text`.
    pub fn source(&self, at: usize) -> usize {
        let i = self.pieces.partition_point(|p| p.0 <= at).max(1) - 1;
        match self.pieces.get(i) {
            Some(&(from, src, true)) => src + (at - from),
            Some(&(_, src, false)) => src,
            None => 0,
        }
    }
}

/// Calls `each` with every run of prose in `body`.
pub fn runs(body: &str, mut each: impl FnMut(&Run)) {
    let mut run = Run::default();
    let mut flush = |run: &mut Run| {
        if !run.text.is_empty() {
            each(run);
        }
        run.text.clear();
        run.pieces.clear();
    };
    let mut in_code_block = false;
    // Autolinks show their target as their text: not prose.
    let mut autolinks = 0usize;
    for (event, range) in Parser::new_ext(body, crate::markdown::options()).into_offset_iter() {
        match event {
            Event::Text(t) if !in_code_block && autolinks == 0 => run.push(&t, body, range),
            Event::SoftBreak | Event::HardBreak => run.push("\n", body, range),
            Event::Start(Tag::CodeBlock(_)) => {
                flush(&mut run);
                in_code_block = true;
            }
            Event::End(TagEnd::CodeBlock) => in_code_block = false,
            Event::Start(Tag::Link {
                link_type: LinkType::Autolink | LinkType::Email,
                ..
            }) => autolinks += 1,
            Event::End(TagEnd::Link) if autolinks > 0 => autolinks -= 1,
            // Inline markup and links keep the words around them together:
            // "[ธรรมาภิบาล](x)แบบ" reads as one word.
            Event::Start(
                Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Link { .. }
                | Tag::Image { .. },
            )
            | Event::End(
                TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Link
                | TagEnd::Image,
            ) => {}
            Event::Html(html) | Event::InlineHtml(html) => {
                flush(&mut run);
                html_text(&html, range.start, body, &mut run, &mut flush);
            }
            _ => flush(&mut run),
        }
    }
    flush(&mut run);
}

/// The text between the tags of raw HTML (a figure's caption), each piece a run.
fn html_text(html: &str, at: usize, body: &str, run: &mut Run, flush: &mut impl FnMut(&mut Run)) {
    // Where the event's text sits in the body (verbatim in practice).
    let base = if body.get(at..at + html.len()) == Some(html) {
        Some(at)
    } else {
        None
    };
    let mut in_tag = false;
    let mut start = 0;
    for (i, c) in html.char_indices() {
        match c {
            '<' if !in_tag => {
                let piece = &html[start..i];
                if !piece.trim().is_empty() {
                    let src = base.map_or(at..at, |b| b + start..b + i);
                    run.push(piece, body, src);
                }
                flush(run);
                in_tag = true;
            }
            '>' if in_tag => {
                in_tag = false;
                start = i + 1;
            }
            _ => {}
        }
    }
    if !in_tag && start < html.len() && !html[start..].trim().is_empty() {
        let src = base.map_or(at..at, |b| b + start..b + html.len());
        run.push(&html[start..], body, src);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(body: &str) -> Vec<(String, usize)> {
        let mut out = Vec::new();
        runs(body, |r| out.push((r.text.clone(), r.source(0))));
        out
    }

    #[test]
    fn code_link_targets_and_tags_are_not_prose() {
        let body = "# Title\n\nSee `code here` and [the text](target.md).\n\n```\nblock\n```\n\n<figure class=\"x\"><figcaption>Caption</figcaption></figure>\n\n<https://example.org>\n";
        let texts: Vec<String> = all(body).into_iter().map(|(t, _)| t).collect();
        assert_eq!(
            texts,
            ["Title", "See ", " and the text.", "Caption"],
            "{texts:?}"
        );
    }

    #[test]
    fn offsets_map_back_to_the_body() {
        let body = "Một *hai* ba\nbốn";
        let mut seen = Vec::new();
        runs(body, |r| {
            let at = r.text.find("bốn").unwrap();
            seen.push(r.source(at));
        });
        assert_eq!(seen, [body.find("bốn").unwrap()]);
    }
}
