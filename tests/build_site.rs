//! Building fixture sites whole: relative links, the language switcher,
//! byte-identical output, a failed build that leaves the previous site,
//! translations, scaffolding, Fluent strings, sitemap and feeds, and the
//! theme's scripts. Per-page features are in `build_pages.rs`, an editor's
//! errors in `build_errors.rs`.

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
fn a_theme_whose_search_script_reads_another_index_version_gets_a_warning() {
    let dir = site("multilingual");
    let script = dir.path().join("themes/default/static/search-core.js");
    let bundled = read(&script);
    assert!(bundled.contains("var INDEX_VERSION = 5;"));
    // The bundled script: no warning.
    let run = sala(&["build", "--root", "."], dir.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("search-core.js"), "{}", run.stderr);

    // A copy from an older sala, before scripts named their version.
    let old = bundled.replace("  var INDEX_VERSION = 5;\n", "");
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
        bundled.replace("var INDEX_VERSION = 5;", "var INDEX_VERSION = 2;"),
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
            .contains("reads search index version 2; this sala writes version 5"),
        "{}",
        run.stderr
    );
}

#[test]
fn theme_scripts_ship_minified_and_the_theme_keeps_its_comments() {
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
    // Minified: local names shortened, the globals other scripts read kept.
    assert!(!shipped.contains("INDEX_VERSION"), "{shipped}");
    assert!(shipped.contains("salaSearchCore"), "{shipped}");
}
