//! How deep a page nests: Markdown blocks and raw HTML elements counted
//! together over its events. Cleaning HTML nested thousands deep costs time
//! that grows with the square of the depth, so a page past the limit is
//! refused at the place where it went too deep.

use pulldown_cmark::Event;

/// Deepest nesting of Markdown blocks and HTML elements a page may have.
pub const MAX_NESTING: usize = 100;

/// Nesting depth over the events of one page, raw HTML tags included.
#[derive(Default)]
pub(super) struct Nesting {
    depth: usize,
    pub(super) too_deep_at: Option<usize>,
}

impl Nesting {
    /// Follows one event; true when the depth is now past the limit.
    pub(super) fn track(&mut self, event: &Event) -> bool {
        match event {
            Event::Start(_) => self.depth += 1,
            Event::End(_) => self.depth = self.depth.saturating_sub(1),
            Event::Html(h) | Event::InlineHtml(h) => return self.html(h),
            _ => {}
        }
        self.depth > MAX_NESTING
    }

    /// Opening tags that need an end tag count one level, end tags take one
    /// off; true when the depth went past the limit inside this fragment.
    fn html(&mut self, html: &str) -> bool {
        let mut deepest = self.depth;
        const NO_END: &[&str] = &[
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
            "track", "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead",
            "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rp", "html", "head", "body",
        ];
        let mut rest = html;
        while let Some(i) = rest.find('<') {
            rest = &rest[i + 1..];
            let closing = rest.starts_with('/');
            let name: String = rest
                .trim_start_matches('/')
                .chars()
                .take_while(char::is_ascii_alphanumeric)
                .map(|c| c.to_ascii_lowercase())
                .collect();
            if name.is_empty() || NO_END.contains(&name.as_str()) {
                continue;
            }
            let self_closing = rest.find('>').is_some_and(|end| rest[..end].ends_with('/'));
            if closing {
                self.depth = self.depth.saturating_sub(1);
            } else if !self_closing {
                self.depth += 1;
                deepest = deepest.max(self.depth);
            }
        }
        deepest > MAX_NESTING
    }
}
