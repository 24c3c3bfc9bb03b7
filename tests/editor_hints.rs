//! The slips editors make with links and images, each answered with the fix:
//! a page's built address copied from the browser, a file name guessed from
//! the title, a typo, a name like no other (the pages beside it are listed),
//! and an image that sits beside another language's page. Files every
//! language uses go once in `content/shared/`.

mod common;
use common::{read, sala, site};
use std::path::Path;

fn page(dir: &Path, rel: &str, title: &str, body: &str) {
    let path = dir.join("content").join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, format!("---\ntitle: {title}\n---\n\n{body}\n")).unwrap();
}

fn check(dir: &Path) -> String {
    let run = sala(&["check"], dir);
    run.stderr
}

fn hint_after<'a>(stderr: &'a str, error: &str) -> &'a str {
    let lines: Vec<&str> = stderr.lines().collect();
    let i = lines
        .iter()
        .position(|l| l.contains(error))
        .unwrap_or_else(|| panic!("no {error:?} in:\n{stderr}"));
    lines.get(i + 1).copied().unwrap_or("")
}

#[test]
fn a_built_address_copied_from_the_browser_names_the_source_file() {
    let dir = site("multilingual");
    // As copied from the browser: relative to the built page's folder
    // (en/handbook/x/), one level below the source; and from the source's.
    page(
        dir.path(),
        "en/handbook/x.md",
        "X",
        "[risks](../risks/index.html) [risks](../handbook/risks/index.html)",
    );
    let err = check(dir.path());
    for href in ["../risks/index.html", "../handbook/risks/index.html"] {
        assert_eq!(
            hint_after(&err, &format!("broken link '{href}'")),
            "  hint: link the page's source file, not its built address: 'risks.md'"
        );
    }
}

#[test]
fn a_name_guessed_from_the_title_finds_the_page_in_any_language() {
    let dir = site("multilingual");
    // "Bảy rủi ro thường gặp" is the Vietnamese title of risks.md.
    page(dir.path(), "vi/handbook/x.md", "X", "[rủi ro](rui-ro.md)");
    page(dir.path(), "th/handbook/x.md", "X", "[ความเสี่ยง](rui-ro.md)");
    let err = check(dir.path());
    for lang in ["vi", "th"] {
        let place = format!("content/{lang}/handbook/x.md:5:");
        let line = err.lines().position(|l| l.starts_with(&place)).expect(lang);
        assert_eq!(
            err.lines().nth(line + 1).unwrap(),
            "  hint: did you mean 'risks.md'? Its title matches 'rui-ro'",
            "{err}"
        );
    }
}

#[test]
fn a_name_like_no_other_lists_the_pages_beside_it() {
    let dir = site("multilingual");
    page(
        dir.path(),
        "en/handbook/x.md",
        "X",
        "[q](quarterly-overview.md)",
    );
    let err = check(dir.path());
    let hint = hint_after(&err, "broken link 'quarterly-overview.md'");
    assert!(
        hint.starts_with("  hint: pages in content/en/handbook/: "),
        "{hint}"
    );
    assert!(hint.contains("risks.md"), "{hint}");
}

#[test]
fn an_image_beside_another_languages_page_says_where_it_is_and_how_to_share_it() {
    let dir = site("multilingual");
    std::fs::write(dir.path().join("content/vi/handbook/so-do.png"), b"\x89PNG").unwrap();
    page(dir.path(), "vi/handbook/x.md", "X", "![Sơ đồ](so-do.png)");
    page(dir.path(), "th/handbook/x.md", "X", "![แผนภาพ](so-do.png)");
    let err = check(dir.path());
    assert_eq!(
        hint_after(&err, "broken link 'so-do.png': no file content/th/handbook/so-do.png"),
        "  hint: the file is at content/vi/handbook/so-do.png: copy it to content/th/handbook/so-do.png, or move it once to content/shared/so-do.png and link it from every language as '../../shared/so-do.png'"
    );
    assert!(
        !err.contains("content/vi/handbook/x.md:5"),
        "the Vietnamese page finds it: {err}"
    );
}

#[test]
fn a_file_in_content_shared_serves_every_language_in_pages_and_print_books() {
    let dir = site("multilingual");
    std::fs::create_dir_all(dir.path().join("content/shared")).unwrap();
    std::fs::write(dir.path().join("content/shared/so-do.png"), b"\x89PNG").unwrap();
    for (lang, alt) in [("vi", "Sơ đồ"), ("th", "แผนภาพ"), ("en", "Diagram")] {
        page(
            dir.path(),
            &format!("{lang}/handbook/diagram.md"),
            alt,
            &format!("![{alt}](../../shared/so-do.png)\n\nBack to [the handbook](_index.md)."),
        );
    }
    let run = sala(&["build"], dir.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = dir.path().join("public");
    assert!(out.join("shared/so-do.png").is_file());
    let html = read(&out.join("th/handbook/diagram/index.html"));
    assert!(
        html.contains(r#"src="../../../shared/so-do.png""#),
        "{html}"
    );
    let book = read(&out.join("th/handbook/print/index.html"));
    assert!(
        book.contains(r#"src="../../../shared/so-do.png""#),
        "the print book keeps it"
    );
    // The same folder name cannot be a language.
    let yaml = dir.path().join("sala.yaml");
    let text = read(&yaml);
    std::fs::write(&yaml, text.replace("code: vi", "code: shared")).unwrap();
    let run = sala(&["check"], dir.path());
    assert!(
        run.stderr
            .contains("'shared' is the folder for files every language uses"),
        "{}",
        run.stderr
    );
}

#[test]
fn an_empty_description_a_future_date_and_an_open_code_fence_warn_at_their_lines() {
    let dir = site("multilingual");
    std::fs::write(
        dir.path().join("content/en/handbook/slips.md"),
        "---\ntitle: Slips\ndescription: \"\"\nupdated: 2099-01-05\n---\n\nText.\n\n```yaml\ntitle: x\n\nThe rest of the page.\n",
    )
    .unwrap();
    let run = sala(&["check"], dir.path());
    assert_eq!(run.code, 0, "warnings only: {}", run.stderr);
    for expected in [
        "content/en/handbook/slips.md:3:15: warning: front matter: the description is empty",
        "content/en/handbook/slips.md:4:10: warning: front matter: updated: 2099-01-05 is in the future",
        "content/en/handbook/slips.md:9:1: warning: markdown: this code block is never closed: the rest of the page is shown as code",
    ] {
        assert!(run.stderr.contains(expected), "{expected}\n{}", run.stderr);
    }
}

#[test]
fn a_script_or_style_left_open_warns_at_its_line_and_column() {
    let dir = site("multilingual");
    std::fs::write(
        dir.path().join("content/en/handbook/open.md"),
        "---\ntitle: Open\n---\n\nText with a <style> left open.\n\nThe rest of the page.\n",
    )
    .unwrap();
    let run = sala(&["check"], dir.path());
    assert_eq!(run.code, 0, "a warning only: {}", run.stderr);
    let expected = "content/en/handbook/open.md:5:13: warning: markdown: this <style> is never closed: the rest of the page disappears with it";
    assert!(run.stderr.contains(expected), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("hint: remove it, or close it with </style>"),
        "{}",
        run.stderr
    );
}

#[test]
fn one_run_reports_every_problem_of_a_page() {
    let dir = site("multilingual");
    std::fs::write(
        dir.path().join("content/en/handbook/many.md"),
        "---\ntitle: Many\ntitel: typo\ndate: 2026-13-01\nweight: heavy\n---\n\nSee [risks](riks.md) and [a heading](risks.md#nowhere).\n",
    )
    .unwrap();
    let run = sala(&["check"], dir.path());
    assert_eq!(run.code, 1);
    for expected in [
        "content/en/handbook/many.md:3:1: error: front matter: unknown field 'titel'",
        "content/en/handbook/many.md:4:7: error: front matter: date: invalid date '2026-13-01'",
        "content/en/handbook/many.md:5:9: error: front matter: weight: invalid type",
        "content/en/handbook/many.md:8:5: error: link: broken link 'riks.md'",
        "content/en/handbook/many.md:8:26: error: link: broken anchor 'risks.md#nowhere'",
    ] {
        assert!(run.stderr.contains(expected), "{expected}\n{}", run.stderr);
    }
}

#[test]
fn front_matter_that_cannot_be_read_still_has_its_links_checked() {
    let dir = site("multilingual");
    std::fs::write(
        dir.path().join("content/en/handbook/broken.md"),
        "---\ntitle: Broken\ntopics:\n\t- risk\n---\n\nSee [risks](riks.md).\n",
    )
    .unwrap();
    let run = sala(&["check"], dir.path());
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains(
            "content/en/handbook/broken.md:4:1: error: front matter: line 4 starts with a tab"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("content/en/handbook/broken.md:7:5: error: link: broken link 'riks.md'"),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains("missing title"),
        "one error for the front matter: {}",
        run.stderr
    );
}
