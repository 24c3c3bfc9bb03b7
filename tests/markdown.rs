//! Markdown as editors know it from GitHub: `<name@example.org>` writes an
//! e-mail (it failed the whole build), bare `https://` and `www.` addresses
//! are links, a heading keeps its `{.class}` and a link title inside it.

mod common;
use common::{read, sala, site};

fn build_page(body: &str) -> String {
    let dir = site("multilingual");
    std::fs::write(
        dir.path().join("content/en/handbook/links.md"),
        format!("---\ntitle: Links\n---\n\n{body}\n"),
    )
    .unwrap();
    let run = sala(&["build"], dir.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    read(&dir.path().join("public/en/handbook/links/index.html"))
}

#[test]
fn an_email_autolink_writes_an_email_instead_of_failing_the_build() {
    let html = build_page("Write to <office@moha.gov.vn>.");
    assert!(
        html.contains(r#"<a href="mailto:office@moha.gov.vn">office@moha.gov.vn</a>"#),
        "{html}"
    );
}

#[test]
fn bare_web_and_email_addresses_become_links_but_not_in_code() {
    let html = build_page(
        "See https://asean.org/accsm. Or www.example.org, or mail info@example.org.\n\n`https://not.a.link`",
    );
    assert!(
        html.contains(r#"<a href="https://asean.org/accsm">https://asean.org/accsm</a>."#),
        "{html}"
    );
    assert!(
        html.contains(r#"<a href="http://www.example.org">www.example.org</a>,"#),
        "{html}"
    );
    assert!(
        html.contains(r#"<a href="mailto:info@example.org">info@example.org</a>."#),
        "{html}"
    );
    assert!(html.contains("<code>https://not.a.link</code>"), "{html}");
}

#[test]
fn a_heading_keeps_its_class_and_a_link_title_inside_it() {
    let html = build_page("## Wide {.wide}\n\n## [Risks](risks.md \"The seven risks\")");
    assert!(html.contains(r#"<h2 id="wide" class="wide">"#), "{html}");
    assert!(
        html.contains(r#"<a href="../risks/index.html" title="The seven risks">Risks</a>"#),
        "{html}"
    );
}

#[test]
fn relative_addresses_in_raw_html_are_rebased_like_markdown_links() {
    let dir = site("multilingual");
    std::fs::write(dir.path().join("content/en/handbook/so-do.png"), b"\x89PNG").unwrap();
    std::fs::write(
        dir.path().join("content/en/handbook/links.md"),
        "---\ntitle: Links\n---\n\n<figure class=\"diagram\"><img src=\"so-do.png\" alt=\"Diagram\"><figcaption>See <a href=\"risks.md\">the risks</a>.</figcaption></figure>\n",
    )
    .unwrap();
    let run = sala(&["build"], dir.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    let html = read(&dir.path().join("public/en/handbook/links/index.html"));
    assert!(html.contains(r#"src="../so-do.png""#), "{html}");
    assert!(html.contains(r#"href="../risks/index.html""#), "{html}");
}

#[test]
fn a_bare_address_is_judged_by_the_character_really_before_it() {
    // The parser splits text at `<`, `\` and `_`; each piece was read alone.
    let html =
        build_page("<https://foo.bar/baz bim>\n\nMail a.b-c_d@a.b_ or <foo\\+@bar.example.com>.");
    assert!(
        html.contains("<p>&lt;https://foo.bar/baz bim&gt;</p>"),
        "{html}"
    );
    assert!(html.contains("a.b-c_d@a.b_ or"), "{html}");
    assert!(
        html.contains(r#"<a href="mailto:foo+@bar.example.com">foo+@bar.example.com</a>"#),
        "{html}"
    );
}

#[test]
fn an_unclosed_title_or_textarea_shows_as_text_and_the_page_goes_on() {
    let html = build_page("Put the name in <title> first.\n\nThen **bold** and a <textarea>.");
    assert!(
        html.contains("Put the name in &lt;title&gt; first.</p>"),
        "{html}"
    );
    assert!(html.contains("<strong>bold</strong>"), "{html}");
    assert!(html.contains("a &lt;textarea&gt;.</p>"), "{html}");
}
