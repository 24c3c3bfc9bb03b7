//! Hostile inputs, each with its exact outcome (see DESIGN.md, "Safety
//! rules"): content never runs script (every page's real tags are
//! read), and no text makes sala panic.
//! Every case here failed before the rule that closes its class.

mod common;
use common::hostile::{build, built_page, no_script, page, refused, write};
use common::{read, sala, site};

// ── No script from content ───────────────────────────────────────────────

#[test]
fn the_checker_sees_real_tags_only() {
    no_script("<p>&lt;img src=x onerror=alert(1)&gt;</p><a title=\"x onerror=y\" href=\"../a.html\">a</a>");
    for bad in [
        "<img src=x onerror=alert(1)>",
        "<a href=\"jav&#x09;ascript:alert(1)\">",
        "<a href='JAVASCRIPT:x'>",
        "<iframe src=x>",
        "<script>alert(1)</script>",
        "<a href=\"data:text/html,x\">",
    ] {
        let caught = std::panic::catch_unwind(|| no_script(bad)).is_err();
        assert!(caught, "{bad} was not caught");
    }
}

#[test]
fn raw_html_in_a_heading_of_an_otherwise_plain_page_is_sanitized() {
    let dir = site("multilingual");
    write(
        dir.path(),
        "content/en/handbook/h.md",
        &page(
            "H",
            "## Hi <img src=x onerror=alert(1)>\n\nPlain [risks](risks.md).",
        ),
    );
    let html = built_page(dir.path(), "en/handbook/h/index.html");
    no_script(&html);
    assert!(html.contains("<img src=\"x\">"), "{html}");
}

#[test]
fn script_links_are_removed_with_a_warning_at_their_place() {
    let dir = site("multilingual");
    write(
        dir.path(),
        "content/en/handbook/j.md",
        &page(
            "J",
            "[a](javascript:alert(1)) and <javascript:alert(2)> and [b][r] and [c](JaVa&#x09;ScRiPt:alert(3)) and [d](data:text/html,<script>alert(4)</script>) and ![e](javascript:alert(5)) and [f]( vbscript:msgbox(1))\n\n[r]: javascript:alert(6)\n",
        ),
    );
    let run = build(dir.path(), &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "content/en/handbook/j.md:5:1: warning: link: link to a 'javascript:' address removed"
        ),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("link to a 'data:' address removed"));
    assert!(run.stderr.contains("link to a 'vbscript:' address removed"));
    let html = read(&dir.path().join("public/en/handbook/j/index.html"));
    no_script(&html);
    // What was a link is left as its text.
    assert!(
        html.contains("<p>a and javascript:alert(2) and b and c and d and e and f</p>"),
        "{html}"
    );
}

#[test]
fn safe_links_and_data_images_are_kept() {
    let dir = site("multilingual");
    write(
        dir.path(),
        "content/en/handbook/k.md",
        &page(
            "K",
            "[w](https://example.org/a?b=c) [m](mailto:a@example.org) [t](tel:+84123) [r](risks.md)\n\n![dot](data:image/png;base64,iVBORw0KGgo=)\n",
        ),
    );
    let html = built_page(dir.path(), "en/handbook/k/index.html");
    for kept in [
        "href=\"https://example.org/a?b=c\"",
        "href=\"mailto:a@example.org\"",
        "href=\"tel:+84123\"",
        "href=\"../risks/index.html\"",
        "src=\"data:image/png;base64,iVBORw0KGgo=\"",
    ] {
        assert!(html.contains(kept), "{kept} missing in:\n{html}");
    }
}

#[test]
fn a_glossary_id_that_is_not_an_identifier_is_refused_at_its_line() {
    let dir = site("multilingual");
    let g = read(&dir.path().join("glossary.yaml"))
        .replace("- id: mediator", "- id: '\"><img src=x onerror=alert(1)>'");
    write(dir.path(), "glossary.yaml", &g);
    refused(
        &build(dir.path(), &[]),
        "glossary.yaml:6:1: error: glossary: entry id '\\\"><img src=x onerror=alert(1)>' is not a plain identifier",
    );
}

#[test]
fn glossary_terms_and_definitions_are_escaped() {
    let dir = site("multilingual");
    let g = read(&dir.path().join("glossary.yaml")).replace(
        "definition: Someone who helps parties reach agreement.",
        "definition: \"</span><script>alert(1)</script><img src=x onerror=alert(2)>\"",
    );
    write(dir.path(), "glossary.yaml", &g);
    write(
        dir.path(),
        "content/en/handbook/g.md",
        &page("G", "A mediator helps."),
    );
    let html = built_page(dir.path(), "en/handbook/g/index.html");
    no_script(&html);
    assert!(html.contains("&lt;/span&gt;&lt;script&gt;"), "{html}");
}

#[test]
fn front_matter_titles_and_descriptions_are_escaped() {
    let dir = site("multilingual");
    write(
        dir.path(),
        "content/en/handbook/t.md",
        "---\ntitle: \"</title><script>alert(1)</script>\"\ndescription: \"\\\" onmouseover=alert(2) x=\\\"\"\n---\n\nText.\n",
    );
    let html = built_page(dir.path(), "en/handbook/t/index.html");
    no_script(&html);
    assert!(html.contains("&lt;/title&gt;&lt;script&gt;"), "{html}");
    // The section page lists it with its title and description, escaped too.
    no_script(&read(&dir.path().join("public/en/handbook/index.html")));
}

#[test]
fn taxonomy_labels_and_ui_strings_are_escaped() {
    let dir = site("multilingual");
    let yaml = read(&dir.path().join("sala.yaml"))
        .replace("en: Risk}", "en: \"<img src=x onerror=alert(1)>\"}");
    write(dir.path(), "sala.yaml", &yaml);
    let ftl = read(&dir.path().join("i18n/en.ftl")).replace(
        "toc-title = On this page",
        "toc-title = <script>alert(1)</script>",
    );
    write(dir.path(), "i18n/en.ftl", &ftl);
    let run = build(dir.path(), &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for url in [
        "en/handbook/risks/index.html",
        "en/topics/index.html",
        "en/topics/risk/index.html",
    ] {
        no_script(&read(&dir.path().join("public").join(url)));
    }
}

#[test]
fn allowing_raw_html_is_said_in_the_build_summary() {
    let dir = site("multilingual");
    let yaml = read(&dir.path().join("sala.yaml"));
    write(
        dir.path(),
        "sala.yaml",
        &format!("{yaml}markdown:\n  allow_html: true\n"),
    );
    let run = build(dir.path(), &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("note: markdown.allow_html is on"),
        "{}",
        run.stderr
    );
}

// ── No panic on text ─────────────────────────────────────────────────────

#[test]
fn case_mapping_that_changes_lengths_does_not_panic() {
    let dir = site("multilingual");
    write(
        dir.path(),
        "content/th/handbook/turkish.md",
        &page(
            "ทดสอบ",
            "İ ผู้มีส่วนได้ส่วนเสีย ẞ ﬁ ΐ\n\n## İstanbul ẞ\n\nİİİ ẞẞẞ ผู้มีส่วนได้ส่วนเสีย",
        ),
    );
    for cmd in [&["build"][..], &["check"][..]] {
        let run = sala(cmd, dir.path());
        assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
        assert_ne!(run.code, 101);
    }
    let html = read(&dir.path().join("public/th/handbook/turkish/index.html"));
    assert!(
        html.contains(">ผู้มีส่วนได้ส่วนเสีย<span class=\"gloss-def\""),
        "{html}"
    );
}

#[test]
fn decomposed_vietnamese_matches_glossary_terms_and_anchors() {
    let dir = site("multilingual");
    let body: String = unicode_normalization::UnicodeNormalization::nfd(
        "## Hòa giải viên\n\nMột hòa giải viên giúp các bên.",
    )
    .collect();
    write(
        dir.path(),
        "content/vi/handbook/nfd.md",
        &page("Thử", &body),
    );
    let html = built_page(dir.path(), "vi/handbook/nfd/index.html");
    assert!(html.contains("id=\"hòa-giải-viên\""), "{html}");
    assert!(html.contains("class=\"gloss\""), "{html}");
}
