//! Relative addresses inside raw HTML (`<img src="so-do.png">` in a
//! `<figure>`) are rebased like Markdown links: a page is built one folder
//! deeper than its source file, so left as written they point one folder
//! off. Only `src` and `href` values in quotes are read, in one pass.

use crate::links::{Resolver, Target};
use pulldown_cmark::Event;

/// A raw HTML event with its relative addresses rebased (only those that
/// find a page or file here; anything else is left as written).
pub(super) fn rebased<'e>(
    event: Event<'e>,
    resolver: &Resolver,
    path: &str,
    url: &str,
) -> Event<'e> {
    let (Event::Html(h) | Event::InlineHtml(h)) = &event else {
        return event;
    };
    let new = rebase(h, |v| {
        let target = resolver.resolve(path, v);
        matches!(target, Target::Page(..) | Target::Asset(_))
            .then(|| resolver.href(url, &target, v))
    });
    match (new, &event) {
        (Some(new), Event::Html(_)) => Event::Html(new.into()),
        (Some(new), _) => Event::InlineHtml(new.into()),
        (None, _) => event,
    }
}

/// The fragment with each quoted `src`/`href` value that `each` maps to a new
/// address replaced by it; None when nothing changed.
pub fn rebase(html: &str, mut each: impl FnMut(&str) -> Option<String>) -> Option<String> {
    let lower = html.to_ascii_lowercase();
    let bytes = html.as_bytes();
    let mut out = String::new();
    let mut last = 0;
    let mut in_tag = false;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'<' => in_tag = true,
            b'>' => in_tag = false,
            b's' | b'h' | b'S' | b'H' if in_tag && i > 0 && bytes[i - 1].is_ascii_whitespace() => {
                let name = if lower[i..].starts_with("src") {
                    3
                } else if lower[i..].starts_with("href") {
                    4
                } else {
                    0
                };
                if name > 0 {
                    let mut j = i + name;
                    while j < bytes.len() && bytes[j] == b' ' {
                        j += 1;
                    }
                    if j < bytes.len() && bytes[j] == b'=' {
                        j += 1;
                        while j < bytes.len() && bytes[j] == b' ' {
                            j += 1;
                        }
                        if let Some(&q @ (b'"' | b'\'')) = bytes.get(j) {
                            let start = j + 1;
                            if let Some(len) = html[start..].find(q as char) {
                                let value = &html[start..start + len];
                                if let Some(new) = each(value) {
                                    out.push_str(&html[last..start]);
                                    out.push_str(&new.replace('"', "%22").replace('\'', "%27"));
                                    last = start + len;
                                }
                                i = start + len + 1;
                                continue;
                            }
                        }
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    if last == 0 {
        return None;
    }
    out.push_str(&html[last..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_src_and_href_values_are_mapped() {
        let html = r#"<figure><img class="x" src="so-do.png" alt="a"><a HREF='risks.md'>r</a><a href="https://x.org">e</a></figure>"#;
        let out = rebase(html, |v| {
            (!v.starts_with("http")).then(|| format!("../{v}"))
        })
        .unwrap();
        assert_eq!(
            out,
            r#"<figure><img class="x" src="../so-do.png" alt="a"><a HREF='../risks.md'>r</a><a href="https://x.org">e</a></figure>"#
        );
        assert_eq!(
            rebase("<p>src=\"x\" in text</p>", |_| Some("y".into())),
            None
        );
        assert_eq!(rebase("<img data-src=\"x\">", |_| Some("y".into())), None);
    }
}
