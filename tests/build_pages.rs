//! What a reader gets on each page of a built fixture site: glossary links,
//! breadcrumbs, contents, previous and next, backlinks, related pages,
//! section lists, pretty URLs and sanitized raw HTML.

mod common;
use common::{read, sala, site};

#[test]
fn glossary_terms_link_at_first_occurrence_with_their_definition() {
    let dir = site("multilingual");
    let run = sala(&["build"], dir.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    // A term missing in one language is reported.
    assert!(
        run.stderr.contains(
            "glossary.yaml:6:1: warning: glossary: term 'mediator' is not defined in: th"
        ),
        "{}",
        run.stderr
    );
    let out = dir.path().join("public");
    // Vietnamese: whole syllables only, first occurrence only, never in headings or code.
    let vi = read(&out.join("vi/handbook/dialogue/index.html"));
    assert_eq!(vi.matches(r#"class="gloss""#).count(), 1, "{vi}");
    assert!(vi.contains(r#"Mời <a class="gloss" href="../risks/index.html#reputation" aria-describedby="gloss-stakeholder">các bên liên quan<span class="gloss-def" role="tooltip" id="gloss-stakeholder">Cá nhân hoặc tổ chức có lợi ích gắn với vấn đề.</span></a> tham gia"#), "{vi}");
    assert!(vi.contains(r#"<h2 id="parties">Các bên liên quan"#));
    assert!(vi.contains("<code>bên liên quan</code>"));
    assert!(
        !vi.contains("gloss-mediator"),
        "hòa giải viênx is not the term"
    );
    // Thai: found inside a run of text without spaces.
    let th = read(&out.join("th/index.html"));
    assert!(th.contains(r#"การระบุ<a class="gloss" href="handbook/risks/index.html#reputation" aria-describedby="gloss-stakeholder">ผู้มีส่วนได้ส่วนเสีย<span"#), "{th}");
    // Not inside links; switched off per page with `glossary: false`.
    let en_home = read(&out.join("en/index.html"));
    assert!(
        en_home.contains(r#"Map every <a class="gloss""#),
        "{en_home}"
    );
    assert_eq!(en_home.matches(r#"class="gloss""#).count(), 1);
    let en = read(&out.join("en/handbook/dialogue/index.html"));
    assert!(!en.contains(r#"class="gloss""#));
    // The page a term points to does not link the term to itself.
    let risks = read(&out.join("vi/handbook/risks/index.html"));
    assert!(!risks.contains(r#"class="gloss""#));
}

#[test]
fn pages_lead_on_breadcrumbs_toc_prev_next_backlinks_related_terms() {
    let dir = site("multilingual");
    assert_eq!(sala(&["build"], dir.path()).code, 0);
    let out = dir.path().join("public");
    let risks = read(&out.join("vi/handbook/risks/index.html"));
    // Breadcrumbs: home, then section.
    assert!(risks.contains(r#"<li><a href="../../index.html">Trang chủ thử nghiệm</a></li><li><a href="../index.html">Handbook vi</a></li>"#), "{risks}");
    // A table of contents once a page has three headings.
    assert!(risks.contains(r#"<nav class="toc" aria-labelledby="toc-title">"#));
    assert!(risks.contains(r##"<li class="toc-h2"><a href="#notes">Ghi chú</a></li>"##));
    let en_risks = read(&out.join("en/handbook/risks/index.html"));
    assert!(
        !en_risks.contains(r#"class="toc""#),
        "one heading: no table of contents"
    );
    // Previous/next by weight within the section.
    assert!(risks.contains(r#"<a class="prev" href="../dialogue/index.html" rel="prev">"#));
    let dialogue = read(&out.join("vi/handbook/dialogue/index.html"));
    assert!(dialogue.contains(r#"<a class="next" href="../risks/index.html" rel="next">"#));
    // One "See also": related pages and pages linking here, once each, in the
    // same language only, without the section the sidebar already shows.
    let see_also = risks
        .split(r#"id="see-also-title""#)
        .nth(1)
        .and_then(|s| s.split("</section>").next())
        .expect("see also");
    assert_eq!(see_also.matches("Dialogue vi").count(), 1, "{see_also}");
    assert!(!see_also.contains("Dialogue en") && !see_also.contains("Handbook vi"));
    assert!(!risks.contains("related-title") && !risks.contains("backlinks-title"));
    // The sidebar lists the section's pages, this one marked.
    let sidebar = risks
        .split(r#"<nav class="sidebar""#)
        .nth(1)
        .and_then(|s| s.split("</nav>").next())
        .expect("sidebar");
    assert!(sidebar.contains("Dialogue vi"), "{sidebar}");
    assert!(
        sidebar.contains(r#"<a href="index.html" aria-current="page">"#),
        "{sidebar}"
    );
    // Topics of the page link to their term pages.
    assert!(risks.contains(
        r#"<a href="../../topics/risk/index.html"><span class="term-tax">Chủ đề:</span> Rủi ro</a>"#
    ));
}

#[test]
fn check_warns_about_pages_nothing_links_to() {
    let dir = site("multilingual");
    std::fs::write(
        dir.path().join("content/en/handbook/lonely.md"),
        "---\ntitle: Lonely\n---\nNobody links here.\n",
    )
    .unwrap();
    let run = sala(&["check"], dir.path());
    assert_eq!(run.code, 0);
    assert!(
        run.stderr.contains(
            "content/en/handbook/lonely.md: warning: orphan: no other page links to this page"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn translation_key_pairs_pages_whose_paths_differ() {
    let dir = site("multilingual");
    let c = dir.path().join("content");
    std::fs::write(
        c.join("vi/handbook/rui-ro-khac.md"),
        "---\ntitle: Rủi ro khác\ntranslation_key: other-risks\n---\n[Sổ tay](_index.md)\n",
    )
    .unwrap();
    std::fs::write(
        c.join("en/handbook/other-risks.md"),
        "---\ntitle: Other risks\ntranslation_key: other-risks\n---\n[Handbook](_index.md)\n",
    )
    .unwrap();
    let run = sala(&["build"], dir.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    let vi = read(&dir.path().join("public/vi/handbook/rui-ro-khac/index.html"));
    assert!(vi.contains(r#"<a href="../../../en/handbook/other-risks/index.html" hreflang="en" lang="en">English</a>"#), "{vi}");
}

#[test]
fn raw_html_is_sanitized_unless_allowed() {
    let dir = site("multilingual");
    let page = dir.path().join("content/en/handbook/dialogue.md");
    let text = read(&page) + "\n<figure class=\"diagram\" onclick=\"steal()\"><script>alert(1)</script><figcaption>Figure</figcaption></figure>\n";
    std::fs::write(&page, text).unwrap();
    assert_eq!(sala(&["build"], dir.path()).code, 0);
    let html = read(&dir.path().join("public/en/handbook/dialogue/index.html"));
    assert!(
        html.contains(r#"<figure class="diagram"><figcaption>Figure</figcaption></figure>"#),
        "{html}"
    );
    assert!(!html.contains("alert(1)") && !html.contains("steal()"));
    let config = dir.path().join("sala.yaml");
    std::fs::write(&config, read(&config) + "markdown:\n  allow_html: true\n").unwrap();
    assert_eq!(sala(&["build"], dir.path()).code, 0);
    let html = read(&dir.path().join("public/en/handbook/dialogue/index.html"));
    assert!(html.contains("<script>alert(1)</script>"));
}

#[test]
fn pretty_urls_drop_index_html_from_links() {
    let dir = site("multilingual");
    let config = dir.path().join("sala.yaml");
    std::fs::write(&config, read(&config) + "pretty_urls: true\n").unwrap();
    assert_eq!(sala(&["build"], dir.path()).code, 0);
    let html = read(&dir.path().join("public/vi/handbook/risks/index.html"));
    assert!(html.contains(r#"href="../dialogue/#design""#), "{html}");
    assert!(dir
        .path()
        .join("public/vi/handbook/risks/index.html")
        .exists());
}

#[test]
fn a_term_written_twice_is_listed_once_on_the_page_and_under_the_term() {
    let dir = site("multilingual");
    std::fs::write(
        dir.path().join("content/en/handbook/extra.md"),
        "---\ntitle: Extra page en\nweight: 90\ntopics: [risk, dialogue, risk]\n---\nSee [risks](risks.md).\n",
    )
    .unwrap();
    assert_eq!(sala(&["build"], dir.path()).code, 0);
    let out = dir.path().join("public/en");
    let page = read(&out.join("handbook/extra/index.html"));
    let terms = page
        .split(r#"id="terms-title""#)
        .nth(1)
        .and_then(|s| s.split("</section>").next())
        .expect("terms of the page");
    assert_eq!(
        terms.matches("topics/risk/index.html").count(),
        1,
        "{terms}"
    );
    assert_eq!(
        terms.matches("topics/dialogue/index.html").count(),
        1,
        "{terms}"
    );
    assert!(
        terms.find("topics/risk/").expect("risk")
            < terms.find("topics/dialogue/").expect("dialogue"),
        "in the order written: {terms}"
    );
    let risk = read(&out.join("topics/risk/index.html"));
    let main = risk.split(r#"<main id="main""#).nth(1).expect("main");
    assert_eq!(main.matches("Extra page en").count(), 1, "{main}");
}

#[test]
fn a_section_lists_each_page_once_generating_only_what_its_text_leaves_out() {
    let dir = site("multilingual");
    std::fs::write(
        dir.path().join("content/en/handbook/extra.md"),
        "---\ntitle: Extra page en\nweight: 90\n---\nSee [risks](risks.md).\n",
    )
    .unwrap();
    assert_eq!(sala(&["build"], dir.path()).code, 0);
    let section = read(&dir.path().join("public/en/handbook/index.html"));
    let main = section.split(r#"<main id="main""#).nth(1).expect("main");
    // The text links risks and dialogue; the generated list adds only the extra page.
    let list = main
        .split(r#"id="section-pages-title""#)
        .nth(1)
        .and_then(|s| s.split("</section>").next())
        .expect("generated list");
    assert!(
        list.starts_with(">More pages in this section</h2>"),
        "{list}"
    );
    assert!(list.contains("Extra page en"));
    assert!(!list.contains("Dialogue en") && !list.contains("Seven common risks"));
}

#[test]
fn a_site_with_many_main_sections_lists_twelve_in_the_header_and_links_the_rest() {
    let dir = site("multilingual");
    for k in 0..15 {
        let folder = dir.path().join(format!("content/en/part-{k:02}"));
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(
            folder.join("_index.md"),
            format!(
                "---\ntitle: Part {k:02}\nweight: {}\n---\nPart {k}.\n",
                10 + k
            ),
        )
        .unwrap();
        std::fs::write(
            folder.join("page.md"),
            format!("---\ntitle: Page of part {k:02}\n---\nText.\n"),
        )
        .unwrap();
    }
    let run = sala(&["build"], dir.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    let header_nav = |html: &str| -> String {
        html.split(r#"<nav class="site-nav""#)
            .nth(1)
            .and_then(|s| s.split("</nav>").next())
            .expect("site nav")
            .to_string()
    };
    let links = |nav: &str| nav.matches("<li").count();
    // A page in the last part: twelve main sections, its own among them and
    // marked, then the link to all sixteen on the home page.
    let page = read(&dir.path().join("public/en/part-14/page/index.html"));
    let nav = header_nav(&page);
    assert_eq!(links(&nav), 13, "{nav}");
    assert!(nav.contains(r#"aria-current="true">Part 14</a>"#), "{nav}");
    assert!(
        nav.contains(r##"<li class="nav-more"><a href="../../index.html#home-sections-title">All 16 main sections</a>"##),
        "{nav}"
    );
    // The phone menu shows that same list: a page carries it once.
    assert_eq!(page.matches("All 16 main sections").count(), 1, "{page}");
    assert_eq!(
        page.matches(r#"aria-current="true">Part 14</a>"#).count(),
        1,
        "{page}"
    );
    // The home page's own list, where that link leads, holds them all.
    let home = read(&dir.path().join("public/en/index.html"));
    let list = home
        .split(r#"id="home-sections-title""#)
        .nth(1)
        .and_then(|s| s.split("</section>").next())
        .expect("home list");
    assert_eq!(links(list), 16, "{list}");
    // A site of few sections keeps the full list and no extra link.
    let vi = read(&dir.path().join("public/vi/handbook/index.html"));
    assert!(!vi.contains("nav-more"));
}
