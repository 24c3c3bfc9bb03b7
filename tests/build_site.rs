//! Building fixture sites: what a reader gets (pages, links, switcher, dates),
//! and what an editor gets when a file is wrong (file:line, hint, exit code).

mod common;
use common::{read, sala, site, snapshot};

#[test]
fn multilingual_site_builds_with_relative_links_and_a_language_switcher() {
    let dir = site("multilingual");
    let run = sala(&["build", "--root", "."], dir.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("built 11 pages (en 4, th 3, vi 4)"),
        "{}",
        run.stderr
    );
    let out = dir.path().join("public");
    let vi = read(&out.join("vi/handbook/risks/index.html"));
    assert!(vi.contains(r#"<html lang="vi">"#));
    // .md links become relative links naming index.html, anchors kept.
    assert!(
        vi.contains(r#"href="../dialogue/index.html#design""#),
        "{vi}"
    );
    assert!(vi.contains(r#"href="../../../en/handbook/risks/index.html""#));
    // Explicit heading ids, readable generated ids for Vietnamese headings.
    assert!(vi.contains(r#"<h2 id="reputation">"#));
    assert!(
        vi.contains(r#"<h2 id="quản-lý-người-tham-gia-khó-tính">"#),
        "{vi}"
    );
    // GitHub alert boxes with a localized title, task lists.
    assert!(vi.contains(
        r#"<aside class="alert alert-warning" role="note"><p class="alert-title">Cảnh báo</p>"#
    ));
    assert!(
        vi.contains(r#"<input disabled="" type="checkbox">"#),
        "{vi}"
    );
    // Dates are localized; Thai in the Buddhist Era.
    assert!(vi.contains("ngày 20 tháng 11 năm 2026"));
    let th = read(&out.join("th/handbook/risks/index.html"));
    assert!(th.contains("1 พฤษภาคม พ.ศ. 2556"), "{th}");
    // A switcher to the translations; no hreflang alternates without
    // `base_url` (they must be absolute).
    assert!(!vi.contains(r#"<link rel="alternate""#), "{vi}");
    assert!(vi.contains(
        r#"<a href="../../../en/handbook/risks/index.html" hreflang="en" lang="en">English</a>"#
    ));
    // The Thai page of a page missing in Thai is not there: the switcher says so
    // and offers the Thai home page instead.
    let en_dialogue = read(&out.join("en/handbook/dialogue/index.html"));
    assert!(
        en_dialogue.contains(r#"class="missing" href="../../../th/index.html""#),
        "{en_dialogue}"
    );
    assert!(en_dialogue.contains("This page is not yet available in ไทย."));
    assert!(!out.join("th/handbook/dialogue").exists());
    // Drafts stay out of a build.
    assert!(!out.join("vi/handbook/draft-page").exists());
    // Root language chooser without JavaScript, taxonomy pages, 404s.
    let root = read(&out.join("index.html"));
    assert!(root.contains(r#"href="vi/index.html""#) && root.contains(r#"href="th/index.html""#));
    assert!(!root.contains("<script"));
    let term = read(&out.join("vi/topics/risk/index.html"));
    assert!(term.contains("Bảy rủi ro thường gặp") && term.contains("Dialogue vi"));
    assert!(out.join("en/topics/index.html").exists());
    assert!(out.join("404.html").exists() && out.join("th/404.html").exists());
    // Section lists order pages by weight: dialogue (10) before risks (20).
    let section = read(&out.join("en/handbook/index.html"));
    let (d, r) = (
        section.find("Dialogue en").unwrap(),
        section.find("Seven common risks").unwrap(),
    );
    assert!(d < r);
}

#[test]
fn no_page_references_anything_outside_the_site() {
    let dir = site("multilingual");
    assert_eq!(sala(&["build"], dir.path()).code, 0);
    for (path, bytes) in snapshot(&dir.path().join("public")) {
        let text = String::from_utf8_lossy(&bytes);
        for bad in ["http://", "https://", "//fonts.", "cdn"] {
            assert!(
                !text.contains(&format!("src=\"{bad}")) && !text.contains(&format!("href=\"{bad}")),
                "{path} references {bad}"
            );
        }
    }
}

#[test]
fn same_input_gives_byte_identical_output() {
    let dir = site("multilingual");
    assert_eq!(sala(&["build", "--out", "a"], dir.path()).code, 0);
    assert_eq!(sala(&["build", "--out", "b"], dir.path()).code, 0);
    let (a, b) = (
        snapshot(&dir.path().join("a")),
        snapshot(&dir.path().join("b")),
    );
    assert!(a.len() > 20);
    assert_eq!(a, b);
}

#[test]
fn a_site_built_holding_its_pages_compressed_is_the_same_site() {
    // Large sites hold rendered pages LZ4-compressed until written;
    // `SALA_PACK_FROM=0` builds this small one that way.
    let dir = site("multilingual");
    assert_eq!(sala(&["build", "--out", "plain"], dir.path()).code, 0);
    let packed = std::process::Command::new(env!("CARGO_BIN_EXE_sala"))
        .args(["build", "--out", "packed"])
        .env("SALA_PACK_FROM", "0")
        .current_dir(dir.path())
        .output()
        .expect("run sala");
    assert!(packed.status.success());
    let (a, b) = (
        snapshot(&dir.path().join("plain")),
        snapshot(&dir.path().join("packed")),
    );
    assert!(a.len() > 20);
    assert_eq!(a, b);
}

#[test]
fn a_failed_build_leaves_the_previous_site_untouched() {
    let dir = site("multilingual");
    assert_eq!(sala(&["build"], dir.path()).code, 0);
    let before = snapshot(&dir.path().join("public"));
    std::fs::write(
        dir.path().join("content/en/handbook/risks.md"),
        "---\ntitle: Risks\n---\n[gone](nowhere.md)\n",
    )
    .unwrap();
    let run = sala(&["build"], dir.path());
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("the previous site was left as it was"));
    assert_eq!(snapshot(&dir.path().join("public")), before);
    // No staging folder is left behind.
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains("staging"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn check_reports_missing_and_stale_translations_without_writing() {
    let dir = site("multilingual");
    let run = sala(&["check"], dir.path());
    assert_eq!(
        run.code, 0,
        "warnings alone do not fail a check: {}",
        run.stderr
    );
    assert!(
        run.stderr.contains(
            "content/vi/handbook/dialogue.md: warning: translation: no translation in: th"
        ),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("content/th/handbook/risks.md: warning: stale translation: may be out of date: content/vi/handbook/risks.md was updated on 2026-11-20"), "{}", run.stderr);
    assert!(!dir.path().join("public").exists());
    let json = sala(&["check", "--format", "json"], dir.path());
    let v: serde_json::Value = serde_json::from_str(&json.stdout).expect("json");
    assert_eq!(v["errors"], 0);
    assert!(v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["kind"] == "stale translation"));
}

fn failing(fixture: &str) -> String {
    let dir = site(fixture);
    let run = sala(&["build"], dir.path());
    assert_eq!(run.code, 1, "{fixture} should fail: {}", run.stderr);
    assert!(
        !dir.path().join("public").exists(),
        "{fixture} wrote a site"
    );
    run.stderr
}

#[test]
fn malformed_yaml_names_file_line_and_the_fix() {
    let err = failing("bad-yaml");
    assert!(err.contains("content/en/_index.md:3:20: error: front matter: mapping values are not allowed in this context"), "{err}");
    assert!(err.contains("hint: quote a value that contains a colon"));
}

#[test]
fn unknown_front_matter_field_suggests_the_right_one() {
    let err = failing("unknown-field");
    assert!(err.contains("content/en/guide.md:4:1: error: front matter: unknown field 'titel'\n  hint: did you mean 'title'?"), "{err}");
}

#[test]
fn invalid_utf8_points_at_the_bad_byte() {
    let err = failing("bad-utf8");
    assert!(
        err.contains("content/en/latin1.md:5:4: error: content: the file is not valid UTF-8"),
        "{err}"
    );
    assert!(err.contains("save the file as UTF-8"));
}

#[test]
fn unknown_language_folder_lists_the_declared_ones() {
    let err = failing("unknown-language");
    assert!(err.contains("content/fr/_index.md: error: content: unknown language 'fr'\n  hint: declare it under `languages:` in sala.yaml, or use one of: vi, th, en"), "{err}");
}

#[test]
fn two_pages_with_the_same_output_path_are_both_named() {
    let err = failing("duplicate-output");
    assert!(
        err.contains("content/en/guide.md and content/en/other.md both write en/guide/index.html"),
        "{err}"
    );
}

#[test]
fn missing_template_names_the_template_and_theme() {
    let err = failing("missing-template");
    assert!(
        err.contains(
            "themes/broken/templates/home.html: error: theme: missing template 'home.html'"
        ),
        "{err}"
    );
}

#[test]
fn broken_links_and_anchors_are_all_reported_with_file_and_line() {
    let err = failing("broken-links");
    for expected in [
        "content/en/_index.md:4:36: error: link: broken link 'handbook/guide.md': no file content/en/handbook/guide.md",
        "content/en/handbook/risks.md:7:3: error: link: broken anchor '../_index.md#nowhere': content/en/_index.md has no heading with id 'nowhere'",
        "content/en/handbook/risks.md:7:42: error: link: broken anchor 'risks.md#reputaton'",
        "hint: did you mean '#reputation'?",
        "content/en/handbook/risks.md:8:5: error: link: broken link '../handbook/rissk.md': no file content/en/handbook/rissk.md\n  hint: did you mean 'risks.md'?",
        "build failed: 4 errors;",
    ] {
        assert!(err.contains(expected), "missing {expected:?} in\n{err}");
    }
}

#[test]
fn new_scaffolds_a_page_that_builds() {
    let dir = site("multilingual");
    let run = sala(
        &["new", "vi/handbook/my-page", "--title", "Trang mới"],
        dir.path(),
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = read(&dir.path().join("content/vi/handbook/my-page.md"));
    assert!(text.starts_with("---\ntitle: \"Trang mới\"\n"));
    assert!(text.contains("topics: []"));
    let again = sala(&["new", "vi/handbook/my-page"], dir.path());
    assert_eq!(again.code, 1);
    assert!(again.stderr.contains("already exists"));
    let bad = sala(&["new", "xx/page"], dir.path());
    assert!(bad.stderr.contains("does not start with a language"));
    // The scaffold's example link points at a page that may not exist here: the
    // build reports it like any other broken link, at its line.
    let build = sala(&["build"], dir.path());
    assert!(
        build.stderr.contains("content/vi/handbook/my-page.md:"),
        "{}",
        build.stderr
    );
}

#[test]
fn ui_strings_use_fluent_plurals_and_fall_back_to_the_default_language() {
    let dir = site("multilingual");
    let th = dir.path().join("i18n/th.ftl");
    let text = read(&th).replace("toc-title = ในหน้านี้\n", "");
    std::fs::write(&th, text).unwrap();
    let run = sala(&["build"], dir.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("i18n/th.ftl: warning: i18n: missing key 'toc-title' in language 'th'"),
        "{}",
        run.stderr
    );
    let out = dir.path().join("public");
    // (The section's own text lists its two pages, so it shows no generated
    // "2 pages in this section" list: the plurals are checked on term pages.)
    let section = read(&out.join("en/handbook/index.html"));
    assert!(!section.contains("pages in this section"), "{section}");
    let term = read(&out.join("en/topics/risk/index.html"));
    assert!(term.contains("2 pages"));
    let dialogue_term = read(&out.join("en/topics/dialogue/index.html"));
    assert!(dialogue_term.contains("one page"), "{dialogue_term}");
}

#[test]
fn sitemap_and_feeds_need_base_url_and_carry_hreflang_alternates() {
    let dir = site("multilingual");
    let run = sala(&["build"], dir.path());
    // The normal case for file:// and USB sticks: a note, never a warning.
    assert!(!run.stderr.contains("warning: feeds"), "{}", run.stderr);
    assert!(run
        .stderr
        .contains("note: no sitemap.xml or Atom feeds: they need `base_url:` in sala.yaml"));
    assert!(!dir.path().join("public/sitemap.xml").exists());
    let config = dir.path().join("sala.yaml");
    let text = read(&config) + "base_url: https://kb.example.org/asean/\n";
    std::fs::write(&config, text).unwrap();
    let run = sala(&["build"], dir.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    let sitemap = read(&dir.path().join("public/sitemap.xml"));
    assert!(
        sitemap.contains("<loc>https://kb.example.org/asean/vi/handbook/risks/index.html</loc>")
    );
    assert!(sitemap.contains(r#"<xhtml:link rel="alternate" hreflang="th" href="https://kb.example.org/asean/th/handbook/risks/index.html"/>"#));
    let feed = read(&dir.path().join("public/vi/atom.xml"));
    assert!(
        feed.contains("<title>Bảy rủi ro thường gặp</title>")
            && feed.contains("<updated>2026-11-20T00:00:00Z</updated>")
    );
    // Pages carry absolute hreflang alternates; their links stay relative.
    let page = read(&dir.path().join("public/vi/handbook/risks/index.html"));
    let alternate = |lang: &str| {
        format!(
            r#"<link rel="alternate" hreflang="{lang}" href="https://kb.example.org/asean/{lang}/handbook/risks/index.html">"#
        )
    };
    let mut rest = page.clone();
    for lang in ["vi", "th", "en"] {
        assert!(page.contains(&alternate(lang)), "{page}");
        rest = rest.replace(&alternate(lang), "");
    }
    assert!(!rest.contains("kb.example.org"), "{rest}");
    let chooser = read(&dir.path().join("public/index.html"));
    assert!(chooser.contains(
        r#"<link rel="alternate" hreflang="th" href="https://kb.example.org/asean/th/index.html">"#
    ));
}

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
fn unknown_config_key_is_an_error_with_a_suggestion() {
    let dir = site("multilingual");
    let config = dir.path().join("sala.yaml");
    std::fs::write(
        &config,
        read(&config).replace("default_language: en", "default_languag: en"),
    )
    .unwrap();
    let run = sala(&["build"], dir.path());
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("sala.yaml:"), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("error: config: unknown field `default_languag`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("hint: did you mean 'default_language'?"),
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
fn a_page_and_a_taxonomy_list_at_the_same_url_is_an_error_until_the_taxonomy_gets_a_slug() {
    let dir = site("multilingual");
    std::fs::write(
        dir.path().join("content/en/topics.md"),
        "---\ntitle: About topics\n---\n[home](_index.md)\n",
    )
    .unwrap();
    let run = sala(&["build"], dir.path());
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("content/en/topics.md and the list of taxonomy 'topics' both write en/topics/index.html"), "{}", run.stderr);
    let config = dir.path().join("sala.yaml");
    std::fs::write(
        &config,
        read(&config).replace("  - name: topics\n", "  - name: topics\n    slug: themes\n"),
    )
    .unwrap();
    let run = sala(&["build"], dir.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(read(&dir.path().join("public/en/topics/index.html")).contains("About topics"));
    assert!(dir.path().join("public/en/themes/risk/index.html").exists());
    let page = read(&dir.path().join("public/en/handbook/risks/index.html"));
    assert!(page.contains(r#"href="../../themes/risk/index.html""#));
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
    let menu = page
        .split(r#"<ul class="menu-sections">"#)
        .nth(1)
        .and_then(|s| s.split("</ul>").next())
        .expect("phone menu");
    assert_eq!(links(menu), 13, "{menu}");
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

#[test]
fn a_theme_whose_search_script_reads_another_index_version_gets_a_warning() {
    let dir = site("multilingual");
    let script = dir.path().join("themes/default/static/search-core.js");
    let bundled = read(&script);
    assert!(bundled.contains("var INDEX_VERSION = 3;"));
    // The bundled script: no warning.
    let run = sala(&["build", "--root", "."], dir.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("search-core.js"), "{}", run.stderr);

    // A copy from an older sala, before scripts named their version.
    let old = bundled.replace("  var INDEX_VERSION = 3;\n", "");
    std::fs::write(&script, &old).unwrap();
    let run = sala(&["build", "--root", "."], dir.path());
    assert_eq!(run.code, 0, "a warning, not an error: {}", run.stderr);
    assert!(
        run.stderr
            .contains("themes/default/static/search-core.js:1:1: warning"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("older search index"), "{}", run.stderr);
    assert!(
        run.stderr.contains("comes with this version of sala"),
        "{}",
        run.stderr
    );

    // One that names another version: the warning points at that line.
    let line = bundled
        .lines()
        .position(|l| l.contains("var INDEX_VERSION"))
        .unwrap()
        + 1;
    std::fs::write(
        &script,
        bundled.replace("var INDEX_VERSION = 3;", "var INDEX_VERSION = 2;"),
    )
    .unwrap();
    let run = sala(&["check", "--root", "."], dir.path());
    assert!(
        run.stderr.contains(&format!(
            "themes/default/static/search-core.js:{line}:1: warning"
        )),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("reads search index version 2; this sala writes version 3"),
        "{}",
        run.stderr
    );
}

#[test]
fn theme_scripts_ship_without_comment_lines_and_the_theme_keeps_them() {
    let dir = site("multilingual");
    let run = sala(&["build"], dir.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    let source = read(&dir.path().join("themes/default/static/search-core.js"));
    let shipped = read(&dir.path().join("public/assets/search-core.js"));
    assert!(source.lines().any(|l| l.trim_start().starts_with("//")));
    assert!(
        !shipped.lines().any(|l| l.trim_start().starts_with("//")),
        "{shipped}"
    );
    assert!(!shipped.lines().any(|l| l.starts_with(' ')));
    assert!(
        shipped.len() * 10 < source.len() * 8,
        "{} of {}",
        shipped.len(),
        source.len()
    );
    assert!(shipped.contains("var INDEX_VERSION"));
}
