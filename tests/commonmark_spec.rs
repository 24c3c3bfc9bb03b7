//! The CommonMark 0.31.2 spec examples and the GFM 0.29 extension examples
//! (tests/fixtures/spec/, the specs' own JSON), each rendered the way a page
//! body is (`sala::markdown::render`: the page's pulldown-cmark options, link
//! rewriting, heading ids, then the ammonia sanitizer, with a site that has
//! no other pages and `allow_html` off, as by default) and compared with the
//! spec's HTML.
//!
//! Every example is either identical after the normalization below, or
//! listed in tests/fixtures/spec/differences.json with the reason it differs
//! on purpose. The test fails on an unlisted difference, and on a listed
//! example that now matches (the list has to stay honest).
//!
//! Normalization, applied to both sides alike:
//!
//! 1. The spec's own (`test/normalize.py` of both spec repositories, which
//!    their test runners use): tag and attribute names in lower case,
//!    attributes sorted, `<br />` read as `<br>`, runs of whitespace made one
//!    space outside `<pre>`, whitespace next to block-level tags dropped, a
//!    newline right after `<br>` dropped.
//! 2. Equivalent character forms: character references in text and attribute
//!    values read as the characters they stand for, then `&`, `<`, `>` and
//!    `"` written as `&amp;`, `&lt;`, `&gt;`, `&quot;` and nothing else
//!    (the sanitizer writes `"` in text and U+00A0 as `&nbsp;`; the spec
//!    writes `&quot;` and U+00A0 itself).
//! 3. What sala adds on purpose: the `id` of every heading (`<h2 id="...">`)
//!    and the anchor link sala puts at its end (`<a class="anchor" ...>#</a>`).
//! 4. Table cell alignment: sala writes `style="text-align: center"` where
//!    the spec writes the older `align="center"`; the same to a browser.
//!
//! Run with `--nocapture` for the counts; `SALA_SPEC_SHOW=1` also prints each
//! differing example (Markdown, the spec's HTML, sala's, both normalized).

use sala::links::Resolver;
use sala::markdown::{render, AlertLabels, RenderInput};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

#[derive(Deserialize)]
struct Example {
    markdown: String,
    html: String,
    example: u32,
    section: String,
}

/// One reason and the examples (by spec and number) that differ for it.
#[derive(Deserialize)]
struct Group {
    reason: String,
    #[serde(default)]
    commonmark: Vec<u32>,
    #[serde(default)]
    gfm: Vec<u32>,
}

#[derive(Deserialize)]
struct Differences {
    groups: Vec<Group>,
}

fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/spec")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn examples(name: &str) -> Vec<Example> {
    serde_json::from_str(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// A page body through the page path: `markdown::render` as the build calls
/// it for one page of a site with no other pages (links to files that do not
/// exist are left as written), sanitized (`allow_html` off), no glossary.
fn render_page(body: &str) -> String {
    let resolver = Resolver::new(Vec::<(String, String)>::new(), Vec::<String>::new(), true);
    let rendered = render(
        &RenderInput {
            path: "en/spec.md",
            url: "en/spec/index.html",
            body,
            body_line: 1,
            allow_html: false,
            glossary: None,
        },
        &resolver,
        &AlertLabels::default(),
    );
    rendered.html.get().into_owned()
}

#[path = "commonmark_spec/normalize.rs"]
mod normalize;
use normalize::normalize;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Outcome {
    /// Byte for byte.
    Exact,
    /// After the spec's own normalization and equivalent forms (rules 1, 2, 4).
    SpecNormalized,
    /// After also leaving out what sala adds on purpose (rule 3).
    SalaNormalized,
    Differs,
}

fn outcome(expected: &str, got: &str) -> Outcome {
    if expected == got {
        Outcome::Exact
    } else if normalize(expected, false) == normalize(got, false) {
        Outcome::SpecNormalized
    } else if normalize(expected, true) == normalize(got, true) {
        Outcome::SalaNormalized
    } else {
        Outcome::Differs
    }
}

#[test]
fn every_spec_example_matches_or_is_a_listed_difference() {
    let started = std::time::Instant::now();
    let specs = [
        ("commonmark", examples("commonmark-0.31.2.json")),
        ("gfm", examples("gfm-0.29-extensions.json")),
    ];
    assert_eq!(specs[0].1.len(), 652, "CommonMark 0.31.2 has 652 examples");
    assert_eq!(specs[1].1.len(), 24, "GFM 0.29 has 24 extension examples");

    let differences: Differences =
        serde_json::from_str(&fixture("differences.json")).expect("differences.json parses");
    let mut listed: BTreeMap<(&str, u32), &str> = BTreeMap::new();
    for g in &differences.groups {
        assert!(!g.reason.trim().is_empty(), "every group gives its reason");
        let all = g
            .commonmark
            .iter()
            .map(|&n| ("commonmark", n))
            .chain(g.gfm.iter().map(|&n| ("gfm", n)));
        for key in all {
            assert!(
                listed.insert(key, &g.reason).is_none(),
                "{} example {} is listed twice in differences.json",
                key.0,
                key.1
            );
        }
    }

    let show = std::env::var_os("SALA_SPEC_SHOW").is_some();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut by_reason: BTreeMap<&str, usize> = BTreeMap::new();
    let mut failures = Vec::new();
    let mut seen = BTreeSet::new();
    for (spec, list) in &specs {
        for ex in list {
            seen.insert((*spec, ex.example));
            let got = render_page(&ex.markdown);
            let result = outcome(&ex.html, &got);
            let reason = listed.get(&(*spec, ex.example));
            let what = format!("{spec} example {} ({})", ex.example, ex.section);
            match (result, reason) {
                (Outcome::Differs, Some(reason)) => {
                    *by_reason.entry(reason).or_default() += 1;
                    *counts.entry("deliberate").or_default() += 1;
                }
                (Outcome::Differs, None) => failures.push(format!(
                    "{what} differs and is not in differences.json:\n  markdown: {:?}\n  spec:     {:?}\n  sala:     {:?}\n  spec, normalized: {}\n  sala, normalized: {}",
                    ex.markdown,
                    ex.html,
                    got,
                    normalize(&ex.html, true),
                    normalize(&got, true)
                )),
                (_, Some(reason)) => failures.push(format!(
                    "{what} now matches the spec: take it out of differences.json (it was listed as: {reason})"
                )),
                (Outcome::Exact, None) => *counts.entry("identical").or_default() += 1,
                (Outcome::SpecNormalized, None) => {
                    *counts.entry("identical after the spec's normalization").or_default() += 1
                }
                (Outcome::SalaNormalized, None) => {
                    *counts
                        .entry("identical after also leaving out heading ids and anchors")
                        .or_default() += 1
                }
            }
            if show && result == Outcome::Differs {
                println!(
                    "--- {what}{}\nmarkdown: {:?}\nspec: {:?}\nsala: {:?}\nspec n: {}\nsala n: {}\n",
                    reason.map_or(String::new(), |r| format!(" [{r}]")),
                    ex.markdown,
                    ex.html,
                    got,
                    normalize(&ex.html, true),
                    normalize(&got, true)
                );
            }
        }
    }
    for key in listed.keys() {
        if !seen.contains(key) {
            failures.push(format!(
                "differences.json lists {} example {}, which the spec does not have",
                key.0, key.1
            ));
        }
    }

    println!(
        "spec examples: {} (CommonMark 0.31.2: {}, GFM 0.29 extensions: {}) in {:.2?}",
        seen.len(),
        specs[0].1.len(),
        specs[1].1.len(),
        started.elapsed()
    );
    for what in [
        "identical",
        "identical after the spec's normalization",
        "identical after also leaving out heading ids and anchors",
        "deliberate",
    ] {
        println!("  {:4}  {what}", counts.get(what).copied().unwrap_or(0));
    }
    for (reason, n) in &by_reason {
        // The reason up to its first `: `: what differs, not why.
        let mut parts = reason.split(": ");
        let mut short = parts.next().unwrap_or(reason).to_string();
        if short == "NOT FIXED" {
            short = format!("NOT FIXED: {}", parts.next().unwrap_or(""));
        }
        println!("        {n:4}  {short}");
    }
    assert!(
        failures.is_empty(),
        "{} spec example(s) out of line:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn the_normalization_does_what_its_rules_say() {
    // Rule 1.
    assert_eq!(normalize("<p>a  \t\nb</p>\n", false), "<p>a b</p>");
    assert_eq!(normalize(" <P>a</P> <hr />", false), "<p>a</p><hr>");
    assert_eq!(
        normalize(r#"<a title="t" HREF="u">x</a>"#, false),
        r#"<a href="u" title="t">x</a>"#
    );
    assert_eq!(
        normalize("<pre><code>a  \n b\n</code></pre>", false),
        "<pre><code>a  \n b\n</code></pre>"
    );
    // Rule 2.
    assert_eq!(
        normalize("<p>&quot;&#39;&nbsp;&amp;&ouml;</p>", false),
        normalize("<p>\"'\u{a0}&amp;ö</p>", false)
    );
    // Rule 3, only for sala's own additions.
    let sala = r##"<h2 id="foo">Foo<a class="anchor" href="#foo" aria-hidden="true" tabindex="-1">#</a></h2>"##;
    assert_eq!(normalize(sala, true), "<h2>Foo</h2>");
    assert_ne!(normalize(sala, false), "<h2>Foo</h2>");
    // Rule 4.
    assert_eq!(
        normalize(r#"<td style="text-align: center">x</td>"#, false),
        normalize(r#"<td align="center">x</td>"#, false)
    );
    // A difference stays one.
    assert_ne!(normalize("<p>a</p>", true), normalize("<p>b</p>", true));
    assert_ne!(
        normalize("<em>a</em>", true),
        normalize("<strong>a</strong>", true)
    );
}
