//! Raw HTML in Markdown is cleaned with ammonia unless `markdown.allow_html` is
//! set: scripts, event handlers and styles go, structure and the figure classes
//! the theme styles stay.

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
        .add_tag_attributes("td", ["style"])
        .add_tag_attributes("th", ["style"])
        .link_rel(None)
        .url_relative(ammonia::UrlRelative::PassThrough);
        b
    })
}

/// Cleans one page's rendered HTML.
pub fn clean(html: &str) -> String {
    builder().clean(html).to_string()
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
}
