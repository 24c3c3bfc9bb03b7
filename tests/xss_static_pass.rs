//! XSS, the static pass: sites built from the payloads of
//! tests/xss_payloads.json (the OWASP filter evasion cheat sheet and
//! Markdown-specific cases) placed in Markdown bodies, headings, link and
//! image targets, front matter titles and descriptions, glossary terms and
//! definitions, taxonomy labels, language names, the site title and UI
//! strings, must carry no script in any output file (HTML, feeds, search index
//! data). Values that name files or ids (glossary ids, taxonomy slugs,
//! language codes, slugs) may instead be refused: the build exits 1 naming the
//! file, writes nothing outside its output folder, and otherwise its output
//! passes the same checks. The sites and the pass are in tests/common/xss/;
//! the same sites in real Chromium: tests/xss_browser.rs.

mod common;
use common::xss::scan::scan_html_with;
use common::xss::{build_all, payloads, CANARY};
use std::collections::BTreeSet;

#[test]
fn the_static_pass_catches_live_payloads() {
    let p = payloads();
    let found = scan_html_with(
        CANARY,
        &BTreeSet::new(),
        &["search.js".to_string()],
        &p,
        true,
    )
    .0;
    let all = found.join("\n");
    for expected in [
        "event handler attribute 'onerror'",
        "a script not in the theme",
        "href=\"jav\\tascript:alert(3)\"",
        "srcdoc attribute",
        "<base> element",
        "event handler attribute 'ontoggle'",
        "payload #1 'script tag'",
    ] {
        assert!(all.contains(expected), "missed {expected}:\n{all}");
    }
}

#[test]
fn payloads_never_reach_the_output_as_markup_scripts_or_urls() {
    let built = build_all();
    for line in &built.report {
        eprintln!("{line}");
    }
    assert!(
        built.problems.is_empty(),
        "{} problem(s) in the output of the hostile sites:\n{}",
        built.problems.len(),
        built.problems.join("\n")
    );
}

/// Search index files must stay data: control characters inside a string
/// (page texts in seven-bit text) pass, code or a broken string does not.
#[test]
fn the_static_pass_refuses_search_files_that_are_not_data() {
    let dir = tempfile::tempdir().expect("tempdir");
    let t = dir.path().join("search/en/t");
    std::fs::create_dir_all(&t).expect("mkdir");
    let files = [
        (
            "0",
            "salaSearchData(\"en/t/0\",[{\"u\":\"a\",\"z\":\"\u{1}\t\u{1f}\u{7f}\u{2ff}\"}]);\n",
            true,
        ),
        (
            "1",
            "salaSearchData(\"en/t/1\",[{\"z\":\"a\"+alert(1)+\"b\"}]);\n",
            false,
        ),
        (
            "2",
            "salaSearchData(\"en/t/2\",[{\"z\":\"a\nb\"}]);\n",
            false,
        ),
        (
            "3",
            "salaSearchData(\"en/t/3\",[{\"z\":\"a\u{0}b\"}]);\n",
            false,
        ),
        (
            "4",
            "salaSearchData(\"en/t/4\",[{\"z\":\"a\\\"+alert(1)+\\\"\"}]);alert(2);\n",
            false,
        ),
    ];
    for (name, text, _) in files {
        std::fs::write(t.join(format!("{name}.js")), text).expect("write");
    }
    let found = common::xss::scan::scan_output(dir.path(), &BTreeSet::new(), &[], &payloads());
    for (name, _, clean) in files {
        let flagged = found
            .iter()
            .any(|f| f.starts_with(&format!("search/en/t/{name}.js:")));
        assert_eq!(flagged, !clean, "search/en/t/{name}.js: {found:?}");
    }
}
