//! Hostile inputs, each with its exact outcome (see DESIGN.md, "Safety
//! rules"): sala never writes outside its output folder, and no
//! file of the site replaces another in it.
//! Every case here failed before the rule that closes its class.

mod common;
use common::hostile::{build, page, refused, write};
use common::{read, site};
use std::path::Path;

// ── Path confinement ─────────────────────────────────────────────────────

fn outside_untouched(dir: &Path) {
    // Nothing new in the folder beside the site that the payloads aim at
    // (`x/`); one left there by something else, before the test, is not ours.
    let parent = dir.parent().expect("parent");
    let since = std::fs::metadata(dir.join("sala.yaml"))
        .and_then(|m| m.modified())
        .expect("sala.yaml");
    let written_outside = walkdir::WalkDir::new(parent.join("x"))
        .into_iter()
        .filter_map(Result::ok)
        .any(|e| e.metadata().ok().and_then(|m| m.modified().ok()) >= Some(since));
    assert!(!written_outside, "something was written outside");
    assert!(
        !dir.join("x").exists(),
        "something was written outside public/"
    );
}

#[test]
fn a_taxonomy_slug_with_a_path_is_refused_at_its_line() {
    let dir = site("multilingual");
    let yaml = read(&dir.path().join("sala.yaml")).replace(
        "  - name: topics\n",
        "  - name: topics\n    slug: ../../../x/tax\n",
    );
    write(dir.path(), "sala.yaml", &yaml);
    refused(
        &build(dir.path(), &[]),
        "sala.yaml:15: error: config: taxonomy slug '../../../x/tax' is not a single URL segment",
    );
    outside_untouched(dir.path());
}

#[test]
fn a_language_code_with_a_path_is_refused_at_its_line() {
    let dir = site("multilingual");
    let yaml = read(&dir.path().join("sala.yaml"))
        .replace("  - code: en\n", "  - code: \"../../../x/lang\"\n");
    write(dir.path(), "sala.yaml", &yaml);
    refused(
        &build(dir.path(), &[]),
        "sala.yaml:10: error: config: language code '../../../x/lang' is not a language tag",
    );
    outside_untouched(dir.path());
}

#[test]
fn language_codes_must_be_language_tags() {
    for bad in [
        "assets", "search", "EN", "e", "en_GB", "en/x", "en-", "vi.", "x-y",
    ] {
        assert!(
            !sala::config::is_language_tag(bad),
            "{bad} must not be a language code"
        );
    }
    for good in ["vi", "th", "en", "en-GB", "zh-Hant", "fil"] {
        assert!(sala::config::is_language_tag(good), "{good}");
    }
}

#[test]
fn a_slug_with_no_letters_is_refused_at_its_line() {
    let dir = site("multilingual");
    write(
        dir.path(),
        "content/en/handbook/dots.md",
        "---\ntitle: Dots\nslug: \"...\"\n---\n\nText.\n",
    );
    refused(
        &build(dir.path(), &[]),
        "content/en/handbook/dots.md:3: error: content: the slug '...' has no letter or digit to make a URL from",
    );
}

#[test]
fn a_slug_with_slashes_stays_one_segment() {
    let dir = site("multilingual");
    write(
        dir.path(),
        "content/en/handbook/climb.md",
        "---\ntitle: Climb\nslug: ../../../x/page\n---\n\nSee [risks](risks.md).\n",
    );
    let run = build(dir.path(), &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(dir
        .path()
        .join("public/en/handbook/x-page/index.html")
        .exists());
    outside_untouched(dir.path());
}

#[test]
fn a_taxonomy_term_with_no_letters_is_refused_at_its_line() {
    let dir = site("multilingual");
    let yaml = read(&dir.path().join("sala.yaml"))
        .replace("taxonomies:\n", "taxonomies:\n  - name: tags\n");
    write(dir.path(), "sala.yaml", &yaml);
    write(
        dir.path(),
        "content/en/handbook/tagged.md",
        "---\ntitle: Tagged\ntags: [\"../..\"]\n---\n\nText.\n",
    );
    refused(
        &build(dir.path(), &[]),
        "content/en/handbook/tagged.md:3:1: error: front matter: tags term '../..' has no letter or digit to make a URL from",
    );
    outside_untouched(dir.path());
}

#[test]
fn an_asset_never_replaces_a_page() {
    let dir = site("multilingual");
    write(
        dir.path(),
        "content/en/handbook/risks/index.html",
        "<script>alert(1)</script>",
    );
    refused(
        &build(dir.path(), &[]),
        "content/en/handbook/risks.md and the file content/en/handbook/risks/index.html both write en/handbook/risks/index.html",
    );
}

#[test]
fn a_page_never_replaces_the_search_page() {
    let dir = site("multilingual");
    write(
        dir.path(),
        "content/en/search/_index.md",
        &page("Search", "Mine."),
    );
    refused(
        &build(dir.path(), &[]),
        "content/en/search/_index.md and the search page both write en/search/index.html",
    );
}

#[test]
fn a_section_never_replaces_a_taxonomy_list() {
    let dir = site("multilingual");
    write(
        dir.path(),
        "content/en/topics/_index.md",
        &page("Topics", "Mine."),
    );
    let run = build(dir.path(), &[]);
    refused(&run, "content/en/topics/_index.md and the list of taxonomy 'topics' both write en/topics/index.html");
}

#[test]
fn file_names_that_differ_only_in_unicode_form_are_one_output() {
    let dir = site("multilingual");
    let nfc = "rủi-ro";
    let nfd: String = unicode_normalization::UnicodeNormalization::nfd(nfc).collect();
    assert_ne!(nfc, nfd);
    write(
        dir.path(),
        &format!("content/vi/handbook/{nfc}.md"),
        &page("A", "A."),
    );
    write(
        dir.path(),
        &format!("content/vi/handbook/{nfd}.md"),
        &page("B", "B."),
    );
    refused(
        &build(dir.path(), &[]),
        "both write vi/handbook/rủi-ro/index.html",
    );
}

#[test]
fn file_names_that_differ_only_in_case_are_one_output() {
    let dir = site("multilingual");
    write(dir.path(), "content/en/handbook/Guide.md", &page("A", "A."));
    write(dir.path(), "content/en/handbook/guide.md", &page("B", "B."));
    refused(
        &build(dir.path(), &[]),
        "both write en/handbook/guide/index.html",
    );
}

#[test]
fn an_asset_never_replaces_the_sites_own_files() {
    let dir = site("multilingual");
    write(dir.path(), "content/en/404.html", "<p>mine</p>");
    refused(
        &build(dir.path(), &[]),
        "the not-found page and the file content/en/404.html both write en/404.html",
    );
}
