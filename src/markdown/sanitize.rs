//! Every page's HTML is cleaned with ammonia, whatever it contains, unless
//! `markdown.allow_html` is set: scripts, event handlers, styles and unsafe
//! URLs go (links keep http, https, mailto, tel and relative addresses; images
//! may also use `data:image/`), structure and the figure classes the theme
//! styles stay.

use std::sync::OnceLock;

fn builder() -> &'static ammonia::Builder<'static> {
    static BUILDER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    BUILDER.get_or_init(|| {
        let mut b = ammonia::Builder::default();
        b.add_tags([
            "figure",
            "figcaption",
            "input",
            "mark",
            "section",
            "details",
            "summary",
        ])
        .add_generic_attributes([
            "id",
            "class",
            "role",
            "aria-label",
            "aria-hidden",
            "aria-describedby",
            "lang",
        ])
        .add_tag_attributes("input", ["type", "checked", "disabled"])
        .add_tag_attributes("a", ["tabindex"])
        .add_tag_attributes("td", ["style"])
        .add_tag_attributes("th", ["style"])
        .link_rel(None)
        .url_schemes(["http", "https", "mailto", "tel", "data"].into())
        .attribute_filter(|element, attribute, value| {
            if attribute == "tabindex" {
                // Only taking a link out of the tab order (heading anchors).
                return (value.trim() == "-1").then(|| value.into());
            }
            let data = value
                .trim_start_matches(|c: char| c <= ' ')
                .get(..5)
                .is_some_and(|s| s.eq_ignore_ascii_case("data:"));
            if !data {
                return Some(value.into());
            }
            let image = value
                .trim_start_matches(|c: char| c <= ' ')
                .get(5..11)
                .is_some_and(|s| s.eq_ignore_ascii_case("image/"));
            (element == "img" && attribute == "src" && image).then(|| value.into())
        })
        .url_relative(ammonia::UrlRelative::PassThrough);
        b
    })
}

/// Cleans one page's rendered HTML.
pub fn clean(html: &str) -> String {
    // `to_string` would check the serialized bytes with the slower standard
    // UTF-8 check and then copy them again.
    let mut out = Vec::with_capacity(html.len() + html.len() / 8);
    match builder().clean(html).write_to(&mut out) {
        // html5ever writes only UTF-8 (from a `&str`); no output otherwise.
        Ok(()) => crate::text::utf8_string(&out).unwrap_or_default(),
        Err(_) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn scripts_and_handlers_are_removed_structure_kept() {
        let out = super::clean(
            r#"<figure class="diagram"><script>alert(1)</script><p onclick="x()">Hi</p><figcaption>C</figcaption></figure>"#,
        );
        assert_eq!(
            out,
            r#"<figure class="diagram"><p>Hi</p><figcaption>C</figcaption></figure>"#
        );
    }

    #[test]
    fn links_keep_safe_schemes_and_images_may_use_data_image() {
        let out = super::clean(
            r#"<a href="javascript:alert(1)">a</a><a href="JaVa&#x09;Script:alert(1)">b</a><a href="data:text/html,x">c</a><a href="data:image/png;base64,AA">d</a><img src="data:image/png;base64,AA"><img src="data:text/html,x"><a href="https://x.org/">e</a><a href="../risks/index.html">f</a><a href="mailto:a@b.c">g</a><a href="vbscript:x">h</a>"#,
        );
        assert_eq!(
            out,
            r#"<a>a</a><a>b</a><a>c</a><a>d</a><img src="data:image/png;base64,AA"><img><a href="https://x.org/">e</a><a href="../risks/index.html">f</a><a href="mailto:a@b.c">g</a><a>h</a>"#
        );
    }
}
