//! What an editor gets when a file is wrong: the file and line, the fix, exit
//! code 1, and no site written.

mod common;
use common::{read, sala, site};

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
