//! GFM's tag filter, for the elements a browser reads as raw text up to their
//! end tag: `<title>`, `<textarea>`, `<xmp>`, `<iframe>`, `<noembed>`,
//! `<noframes>`, `<plaintext>`. Written in raw HTML, their `<` becomes `&lt;`
//! and they show as text, as on GitHub. Left as tags, the sanitizer removed
//! the tag but kept what the browser read as its text, so one unclosed
//! `<title>` in a sentence turned the rest of the page into HTML source shown
//! as text. `<script>` and `<style>` are not filtered: the sanitizer removes
//! them with their content, on purpose.

use pulldown_cmark::Event;

const FILTERED: [&str; 7] = [
    "title",
    "textarea",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
];

/// Raw HTML with GFM's tag filter applied (`tagfilter`), unless raw HTML is
/// allowed through unsanitized.
pub fn event(event: Event<'_>, allow_html: bool) -> Event<'_> {
    if allow_html {
        return event;
    }
    match &event {
        Event::Html(h) => filter(h).map_or(event, |f| Event::Html(f.into())),
        Event::InlineHtml(h) => filter(h).map_or(event, |f| Event::InlineHtml(f.into())),
        _ => event,
    }
}

/// `html` with the `<` of every filtered start or end tag written `&lt;`;
/// None when it has none.
pub fn filter(html: &str) -> Option<String> {
    let bytes = html.as_bytes();
    let mut out: Option<String> = None;
    let mut last = 0;
    for (at, _) in html.match_indices('<') {
        let mut name_at = at + 1;
        if bytes.get(name_at) == Some(&b'/') {
            name_at += 1;
        }
        let rest = &html[name_at..];
        let filtered = FILTERED.iter().any(|name| {
            rest.get(..name.len())
                .is_some_and(|s| s.eq_ignore_ascii_case(name))
                && rest[name.len()..]
                    .bytes()
                    .next()
                    .is_none_or(|b| b.is_ascii_whitespace() || b == b'>' || b == b'/')
        });
        if filtered {
            let o = out.get_or_insert_with(|| String::with_capacity(html.len() + 8));
            o.push_str(&html[last..at]);
            o.push_str("&lt;");
            last = at + 1;
        }
    }
    let mut o = out?;
    o.push_str(&html[last..]);
    Some(o)
}

#[cfg(test)]
mod tests {
    use super::filter;

    #[test]
    fn raw_text_elements_become_text_others_stay_tags() {
        assert_eq!(
            filter("<strong> <title> <TEXTAREA>x</textarea>").as_deref(),
            Some("<strong> &lt;title> &lt;TEXTAREA>x&lt;/textarea>")
        );
        assert_eq!(
            filter("<iframe\nsrc=x/><xmp/>").as_deref(),
            Some("&lt;iframe\nsrc=x/>&lt;xmp/>")
        );
        for kept in [
            "<titles>",
            "<div title=\"t\">",
            "<script>x</script>",
            "<style>",
        ] {
            assert_eq!(filter(kept), None, "{kept}");
        }
    }
}
