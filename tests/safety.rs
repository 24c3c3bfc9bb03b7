//! Hostile inputs, each with its exact outcome: sala never deletes or writes
//! what it does not own, never writes outside its output folder, never lets
//! content run script, and never panics on text. Every case here failed
//! before the rule that closes its class (see DESIGN.md, "Safety rules").

mod common;
use common::{read, sala, site, Run};
use std::fs;
use std::path::Path;

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    fs::write(path, text).expect("write");
}

fn build(root: &Path, args: &[&str]) -> Run {
    let mut all = vec!["build"];
    all.extend_from_slice(args);
    sala(&all, root)
}

/// The build failed with `message` in its output, exit code 1.
fn refused(run: &Run, message: &str) {
    assert_eq!(run.code, 1, "expected a refusal, got:\n{}", run.stderr);
    assert!(
        run.stderr.contains(message),
        "expected {message:?} in:\n{}",
        run.stderr
    );
}

fn page(title: &str, body: &str) -> String {
    format!("---\ntitle: {title}\n---\n\n{body}\n")
}

// ── Output ownership ─────────────────────────────────────────────────────

#[test]
fn a_folder_sala_did_not_make_is_never_emptied() {
    let dir = site("multilingual");
    write(dir.path(), "mine/report.docx", "keep me");
    let run = build(dir.path(), &["--out", "mine"]);
    refused(
        &run,
        "mine: error: output: the output folder is not empty and was not made by sala",
    );
    assert!(run.stderr.contains("--force"));
    assert_eq!(read(&dir.path().join("mine/report.docx")), "keep me");
    assert!(!dir.path().join("mine/index.html").exists());
}

#[test]
fn force_replaces_a_folder_sala_did_not_make() {
    let dir = site("multilingual");
    write(dir.path(), "mine/report.docx", "old");
    let run = build(dir.path(), &["--out", "mine", "--force"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!dir.path().join("mine/report.docx").exists());
    assert!(dir.path().join("mine/index.html").exists());
}

#[test]
fn the_content_folder_is_refused_as_output() {
    let dir = site("multilingual");
    let before = common::snapshot(&dir.path().join("content"));
    refused(
        &build(dir.path(), &["--out", "content"]),
        "the output folder lies inside the source folder content/",
    );
    refused(
        &build(dir.path(), &["--out", "content/vi/handbook"]),
        "the output folder lies inside the source folder content/",
    );
    assert_eq!(common::snapshot(&dir.path().join("content")), before);
}

#[test]
fn themes_and_i18n_are_refused_as_output() {
    let dir = site("multilingual");
    refused(
        &build(dir.path(), &["--out", "themes/default"]),
        "lies inside the source folder themes/",
    );
    refused(
        &build(dir.path(), &["--out", "i18n"]),
        "lies inside the source folder i18n/",
    );
    assert!(dir
        .path()
        .join("themes/default/templates/base.html")
        .exists());
    assert!(dir.path().join("i18n/en.ftl").exists());
}

#[test]
fn the_site_root_is_refused_as_output() {
    let dir = site("multilingual");
    refused(
        &build(dir.path(), &["--out", "."]),
        "the output folder is the site's root",
    );
    refused(
        &build(dir.path(), &["--out", "content/.."]),
        "the output folder is the site's root",
    );
    assert!(dir.path().join("sala.yaml").exists());
}

#[test]
fn a_parent_of_the_site_root_is_refused_as_output() {
    let outer = tempfile::tempdir().expect("tempdir");
    let root = outer.path().join("site");
    common::copy(dir_of(&site("multilingual")), &root);
    refused(
        &build(&root, &["--out", ".."]),
        "the output folder contains the site's root",
    );
    let abs = outer.path().to_string_lossy().into_owned();
    refused(
        &build(&root, &["--out", &abs]),
        "the output folder contains the site's root",
    );
    assert!(root.join("sala.yaml").exists());
}

fn dir_of(t: &tempfile::TempDir) -> &Path {
    t.path()
}

#[test]
fn output_dir_in_sala_yaml_pointing_at_content_is_refused() {
    let dir = site("multilingual");
    let yaml = read(&dir.path().join("sala.yaml"));
    write(
        dir.path(),
        "sala.yaml",
        &format!("{yaml}output_dir: content\n"),
    );
    let before = common::snapshot(&dir.path().join("content"));
    refused(
        &build(dir.path(), &[]),
        "the output folder lies inside the source folder content/",
    );
    assert_eq!(common::snapshot(&dir.path().join("content")), before);
}

#[test]
fn a_plain_file_given_as_output_is_kept() {
    let dir = site("multilingual");
    write(dir.path(), "notes.txt", "my notes");
    refused(
        &build(dir.path(), &["--out", "notes.txt"]),
        "notes.txt: error: output: the output is a file, not a folder",
    );
    assert_eq!(read(&dir.path().join("notes.txt")), "my notes");
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_given_as_output_is_refused() {
    let dir = site("multilingual");
    write(dir.path(), "elsewhere/keep.txt", "k");
    std::os::unix::fs::symlink(dir.path().join("elsewhere"), dir.path().join("link"))
        .expect("symlink");
    refused(
        &build(dir.path(), &["--out", "link"]),
        "the output folder is a symbolic link",
    );
    assert_eq!(read(&dir.path().join("elsewhere/keep.txt")), "k");
}

#[test]
fn files_added_to_a_built_site_are_not_deleted_by_the_next_build() {
    let dir = site("multilingual");
    assert_eq!(build(dir.path(), &[]).code, 0);
    write(dir.path(), "public/uploads/minutes.pdf", "pdf");
    refused(
        &build(dir.path(), &[]),
        "the output folder holds 1 file(s) that sala did not write: uploads/minutes.pdf",
    );
    assert_eq!(read(&dir.path().join("public/uploads/minutes.pdf")), "pdf");
}

#[test]
fn a_rebuild_replaces_only_what_the_last_build_wrote() {
    let dir = site("multilingual");
    write(
        dir.path(),
        "content/en/handbook/old.md",
        &page("Old", "Gone soon."),
    );
    assert_eq!(build(dir.path(), &[]).code, 0);
    let manifest = read(&dir.path().join("public/.sala-manifest"));
    assert!(
        manifest.contains("\nen/handbook/old/index.html\n"),
        "{manifest}"
    );
    fs::remove_file(dir.path().join("content/en/handbook/old.md")).expect("rm");
    let run = build(dir.path(), &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!dir
        .path()
        .join("public/en/handbook/old/index.html")
        .exists());
    assert!(dir
        .path()
        .join("public/en/handbook/risks/index.html")
        .exists());
}

#[test]
fn an_empty_existing_folder_is_taken_as_output() {
    let dir = site("multilingual");
    fs::create_dir(dir.path().join("empty")).expect("mkdir");
    let run = build(dir.path(), &["--out", "empty"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(dir.path().join("empty/index.html").exists());
}

#[test]
fn a_killed_builds_staging_folder_is_removed_by_the_next_build() {
    let dir = site("multilingual");
    // What a build killed mid-way leaves: a marked staging folder, an old site moved aside.
    write(dir.path(), ".public.staging-999999/.sala-staging", "");
    write(dir.path(), ".public.staging-999999/vi/index.html", "half");
    write(dir.path(), ".public.old-999999/.sala-manifest", "# sala\n");
    // Look-alikes that are not sala's stay.
    write(dir.path(), ".public.staging-mine/notes.txt", "mine");
    let run = build(dir.path(), &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!dir.path().join(".public.staging-999999").exists());
    assert!(!dir.path().join(".public.old-999999").exists());
    assert_eq!(
        read(&dir.path().join(".public.staging-mine/notes.txt")),
        "mine"
    );
    let left: Vec<String> = fs::read_dir(dir.path())
        .expect("ls")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("staging-") && n != ".public.staging-mine")
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn a_second_build_into_the_same_output_at_once_is_refused() {
    let dir = site("multilingual");
    let lock = fs::File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(dir.path().join(".public.sala-lock"))
        .expect("lock file");
    lock.lock().expect("lock");
    refused(&build(dir.path(), &[]), "another sala build is writing");
    drop(lock);
    assert_eq!(build(dir.path(), &[]).code, 0);
}

#[test]
fn a_failed_build_leaves_the_previous_site() {
    let dir = site("multilingual");
    assert_eq!(build(dir.path(), &[]).code, 0);
    let before = common::snapshot(&dir.path().join("public"));
    write(
        dir.path(),
        "content/en/handbook/broken.md",
        "---\ntitle: [unclosed\n---\n",
    );
    assert_eq!(build(dir.path(), &[]).code, 1);
    assert_eq!(common::snapshot(&dir.path().join("public")), before);
}

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

// ── No script from content ───────────────────────────────────────────────

/// Builds the site and returns the HTML of a page, checked for script.
fn built_page(dir: &Path, url: &str) -> String {
    let run = build(dir, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    read(&dir.join("public").join(url))
}

/// No executable markup in `html`: every real tag (escaped text is not one)
/// is read with its attributes; no handler attributes, no script URLs, no
/// script elements but the theme's own, no frames, objects or SVG.
fn no_script(html: &str) {
    for (tag, attrs) in tags(html) {
        let context = format!("<{tag} {attrs:?}>");
        assert!(
            !matches!(
                tag.as_str(),
                "iframe" | "object" | "embed" | "svg" | "math" | "base" | "frame" | "applet"
            ),
            "{context}"
        );
        if tag == "script" {
            let src = attrs
                .iter()
                .find(|(n, _)| n == "src")
                .map(|(_, v)| v.as_str());
            assert!(
                src.is_some_and(|s| s.ends_with("assets/search.js") || s.ends_with("assets/ui.js")),
                "a script that is not the theme's: {context}"
            );
        }
        if tag == "meta" {
            assert!(!attrs.iter().any(|(n, _)| n == "http-equiv"), "{context}");
        }
        for (name, value) in &attrs {
            assert!(!name.starts_with("on"), "handler attribute: {context}");
            if matches!(
                name.as_str(),
                "href"
                    | "src"
                    | "action"
                    | "formaction"
                    | "data"
                    | "xlink:href"
                    | "srcdoc"
                    | "poster"
            ) {
                let v: String = value
                    .chars()
                    .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
                    .skip_while(|c| *c <= ' ')
                    .collect::<String>()
                    .to_ascii_lowercase();
                let image = tag == "img" && name == "src" && v.starts_with("data:image/");
                assert!(
                    !(v.starts_with("javascript:")
                        || v.starts_with("vbscript:")
                        || (v.starts_with("data:") && !image)),
                    "script URL: {context}"
                );
            }
        }
    }
}

/// The real tags of `html` with their attributes (entities in values decoded
/// for `&#...;` forms, which browsers decode too).
fn tags(html: &str) -> Vec<(String, Vec<(String, String)>)> {
    let b = html.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'<' && i + 1 < b.len() && b[i + 1].is_ascii_alphabetic() {
            let mut j = i + 1;
            while j < b.len() && !b[j].is_ascii_whitespace() && b[j] != b'>' && b[j] != b'/' {
                j += 1;
            }
            let tag = html[i + 1..j].to_ascii_lowercase();
            let mut attrs = Vec::new();
            loop {
                while j < b.len() && (b[j].is_ascii_whitespace() || b[j] == b'/') {
                    j += 1;
                }
                if j >= b.len() || b[j] == b'>' {
                    break;
                }
                let start = j;
                while j < b.len() && !b[j].is_ascii_whitespace() && !matches!(b[j], b'=' | b'>') {
                    j += 1;
                }
                let name = html[start..j].to_ascii_lowercase();
                let mut value = String::new();
                if j < b.len() && b[j] == b'=' {
                    j += 1;
                    if j < b.len() && (b[j] == b'"' || b[j] == b'\'') {
                        let q = b[j];
                        let vs = j + 1;
                        j = vs;
                        while j < b.len() && b[j] != q {
                            j += 1;
                        }
                        value = html[vs..j.min(b.len())].to_string();
                        j += 1;
                    } else {
                        let vs = j;
                        while j < b.len() && !b[j].is_ascii_whitespace() && b[j] != b'>' {
                            j += 1;
                        }
                        value = html[vs..j].to_string();
                    }
                }
                attrs.push((name, decode_entities(&value)));
            }
            out.push((tag, attrs));
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

fn decode_entities(v: &str) -> String {
    let mut out = String::new();
    let mut rest = v;
    while let Some(k) = rest.find("&#") {
        out.push_str(&rest[..k]);
        let after = &rest[k + 2..];
        let end = after.find(';').unwrap_or(after.len());
        let num = &after[..end];
        let code = match num.strip_prefix(['x', 'X']) {
            Some(h) => u32::from_str_radix(h, 16).ok(),
            None => num.parse().ok(),
        };
        match code.and_then(char::from_u32) {
            Some(c) => out.push(c),
            None => out.push_str(&rest[k..k + 2 + end]),
        }
        rest = after.get(end + 1..).unwrap_or("");
    }
    out.push_str(rest);
    out.replace("&colon;", ":")
        .replace("&Tab;", "\t")
        .replace("&NewLine;", "\n")
        .replace("&amp;", "&")
}

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
