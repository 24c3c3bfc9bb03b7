//! XSS: sites built from the payloads of tests/xss_payloads.json (the OWASP
//! filter evasion cheat sheet and Markdown-specific cases) placed in Markdown
//! bodies, headings, link and image targets, front matter titles and
//! descriptions, glossary terms and definitions, taxonomy labels, language
//! names, the site title and UI strings. Their output must carry no script:
//! a static pass over every file (HTML, feeds, search index data) here, and
//! real Chromium (tests/js/xss.browser.test.mjs) on every page and on search
//! results for words of the payloads, from `file://` and over HTTP: any dialog,
//! `window.__xss` marker, event handler attribute, `javascript:`/`data:`/
//! `vbscript:` URL or foreign script fails.
//!
//! Values that name files or ids (glossary ids, taxonomy slugs, language codes,
//! slugs) may instead be refused: the build exits 1 naming the file, writes
//! nothing outside its output folder, and otherwise its output passes the same
//! checks.
//!
//! Needs `chromium` and `node` like tests/browser.rs; fails, never skips, when
//! they are missing unless SALA_SKIP_BROWSER=1 is set (the static test runs
//! anyway).

mod common;
use common::{driver, read, repo, sala, site};
use serde::Deserialize;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

#[derive(Deserialize, Clone)]
struct Payload {
    id: u32,
    name: String,
    payload: String,
}

#[derive(Deserialize)]
struct Payloads {
    html: Vec<Payload>,
    markdown: Vec<Payload>,
    urls: Vec<Payload>,
}

impl Payloads {
    fn all(&self) -> impl Iterator<Item = &Payload> {
        self.html.iter().chain(&self.markdown).chain(&self.urls)
    }
}

fn payloads() -> Payloads {
    let p: Payloads = serde_json::from_str(&read(&repo().join("tests/xss_payloads.json")))
        .expect("tests/xss_payloads.json parses");
    let ids: BTreeSet<u32> = p.all().map(|p| p.id).collect();
    assert_eq!(ids.len(), p.all().count(), "payload ids must be unique");
    assert!(p.html.len() >= 50, "at least 50 payloads");
    p
}

// ---- Writing the hostile sites ----

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, text).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
}

fn edit(path: &Path, f: impl FnOnce(String) -> String) {
    let text = read(path);
    write(path, &f(text));
}

/// A YAML double-quoted scalar (JSON strings are valid YAML).
fn yq(s: &str) -> String {
    serde_json::to_string(s).expect("json")
}

fn one_line(s: &str) -> String {
    s.replace(['\n', '\r', '\t'], " ")
}

/// Markdown source whose text is `s`, literally (every ASCII punctuation
/// character backslash-escaped).
fn md_text(s: &str) -> String {
    let mut out = String::new();
    for c in one_line(s).chars() {
        if c.is_ascii_punctuation() {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A Markdown link destination for `url`, in angle brackets when needed.
fn md_dest(url: &str) -> String {
    let needs = url
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || c == '(' || c == ')');
    if needs {
        format!(
            "<{}>",
            url.replace(['\n', '\r'], " ")
                .replace('<', "\\<")
                .replace('>', "\\>")
        )
    } else {
        url.to_string()
    }
}

/// A Fluent message value that is exactly `s`: a string literal placeable.
fn ftl_literal(s: &str) -> String {
    let mut out = String::from("{ \"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push_str("\" }");
    out
}

/// Hands out the `html` payloads in turn, wrapping around.
struct Cycle<'a> {
    list: &'a [Payload],
    next: usize,
}

impl<'a> Cycle<'a> {
    fn take(&mut self) -> &'a Payload {
        let p = &self.list[self.next % self.list.len()];
        self.next += 1;
        p
    }
}

const LANGS: [&str; 3] = ["vi", "th", "en"];
const TAXONOMY_TERMS: usize = 8;
const UI_KEYS: [&str; 17] = [
    "footer-offline",
    "skip-to-content",
    "search-placeholder",
    "search-no-results",
    "search-loading",
    "search-result-in",
    "toc-title",
    "backlinks-title",
    "related-title",
    "terms-title",
    "search-all-languages",
    "not-found-title",
    "choose-language",
    "language-missing",
    "published-on",
    "search-label",
    "nav-label",
];

/// Where payloads were placed, for the report.
#[derive(Default)]
struct Placements(Vec<String>);

/// The multilingual fixture with every payload placed everywhere it can go.
fn hostile_site(p: &Payloads, placed: &mut Placements) -> tempfile::TempDir {
    let dir = site("multilingual");
    let root = dir.path();
    let html = &p.html;
    let mut cycle = Cycle {
        list: html,
        next: 0,
    };

    // sala.yaml: site title and description, a language name, taxonomy title
    // and term labels.
    let mut yaml = String::new();
    yaml.push_str(&format!(
        "title:\n  vi: {}\n  th: ทดสอบ\n  en: {}\n",
        yq(&cycle.take().payload),
        yq(&cycle.take().payload)
    ));
    yaml.push_str(&format!(
        "description:\n  vi: {}\n  th: {}\n  en: {}\n",
        yq(&cycle.take().payload),
        yq(&cycle.take().payload),
        yq(&cycle.take().payload)
    ));
    yaml.push_str("base_url: https://example.org/kb/\n");
    yaml.push_str(&format!(
        "languages:\n  - code: vi\n    name: Tiếng Việt\n  - code: th\n    name: {}\n  - code: en\n    name: English\n",
        yq(&cycle.take().payload)
    ));
    yaml.push_str("default_language: en\ntaxonomies:\n  - name: topics\n");
    yaml.push_str(&format!(
        "    title: {{vi: {}, th: {}, en: {}}}\n    terms:\n",
        yq(&cycle.take().payload),
        yq(&cycle.take().payload),
        yq(&cycle.take().payload)
    ));
    yaml.push_str("      risk: {vi: Rủi ro, th: ความเสี่ยง, en: Risk}\n");
    yaml.push_str("      dialogue: {vi: Đối thoại, th: การเสวนา, en: Dialogue}\n");
    for t in 0..TAXONOMY_TERMS {
        yaml.push_str(&format!(
            "      t{t}: {{vi: {}, th: {}, en: {}}}\n",
            yq(&cycle.take().payload),
            yq(&cycle.take().payload),
            yq(&cycle.take().payload)
        ));
    }
    write(&root.join("sala.yaml"), &yaml);
    placed.0.push(format!(
        "sala.yaml: site title and description, a language name, taxonomy title, {TAXONOMY_TERMS} taxonomy term labels x 3 languages ({} payloads)",
        cycle.next
    ));

    // UI strings: single-line messages, in every language.
    let mut ui = 0;
    for lang in LANGS {
        edit(&root.join(format!("i18n/{lang}.ftl")), |text| {
            let mut out = String::new();
            for line in text.lines() {
                let key = line.split(" = ").next().unwrap_or("");
                if UI_KEYS.contains(&key) && line.starts_with(&format!("{key} = ")) {
                    let value = ftl_literal(&cycle.take().payload);
                    let value = match key {
                        "search-result-in" => format!("{value} {{ $heading }}"),
                        "language-missing" => format!("{value} {{ $language }}"),
                        _ => value,
                    };
                    out.push_str(&format!("{key} = {value}\n"));
                    ui += 1;
                } else {
                    out.push_str(line);
                    out.push('\n');
                }
            }
            out
        });
    }
    assert_eq!(
        ui,
        UI_KEYS.len() * LANGS.len(),
        "UI keys found in i18n/*.ftl"
    );
    placed
        .0
        .push(format!("i18n/{{vi,th,en}}.ftl: {ui} UI strings"));

    // Glossary: every payload as a term (whitespace folded) and as a
    // definition, in every language; ids are plain (hostile ids: see the
    // refusal cases).
    let mut glossary = read(&root.join("glossary.yaml"));
    for (i, t) in html.iter().enumerate() {
        let d = &html[(i + 1) % html.len()];
        glossary.push_str(&format!("- id: xss-{}\n  page: xss/body.md\n", t.id));
        for lang in LANGS {
            glossary.push_str(&format!(
                "  {lang}: {{term: {}, definition: {}}}\n",
                yq(&one_line(&t.payload)),
                yq(&d.payload)
            ));
        }
    }
    write(&root.join("glossary.yaml"), &glossary);
    placed.0.push(format!(
        "glossary.yaml: {} terms and definitions x 3 languages",
        html.len()
    ));

    for (li, lang) in LANGS.iter().enumerate() {
        let c = root.join("content").join(lang).join("xss");
        let section_title = &html[(li * 7) % html.len()];
        let section_desc = &html[(li * 7 + 1) % html.len()];
        write(
            &c.join("_index.md"),
            &format!(
                "---\ntitle: {}\ndescription: {}\nweight: 2\n---\nPayloads.\n",
                yq(&section_title.payload),
                yq(&section_desc.payload)
            ),
        );

        let mut body =
            String::from("---\ntitle: Payloads in the body\nweight: 1\ntopics: [risk]\n---\n");
        for x in html.iter().chain(&p.markdown) {
            body.push_str(&format!("Payload {}:\n\n{}\n\n", x.id, x.payload));
        }
        write(&c.join("body.md"), &body);

        let mut headings = String::from("---\ntitle: Payloads in headings\nweight: 2\n---\n");
        for x in html {
            headings.push_str(&format!(
                "## Heading {} {}\n\nText.\n\n",
                x.id,
                one_line(&x.payload)
            ));
        }
        write(&c.join("headings.md"), &headings);

        let mut links = String::from("---\ntitle: Payloads as link targets\nweight: 3\n---\n");
        let mut defs = String::new();
        for u in &p.urls {
            let dest = md_dest(&u.payload);
            links.push_str(&format!(
                "[link {id}]({dest}) ![image {id}]({dest}) [reference {id}][u{id}]\n\n",
                id = u.id
            ));
            defs.push_str(&format!("[u{}]: {dest}\n", u.id));
        }
        links.push('\n');
        links.push_str(&defs);
        write(&c.join("links.md"), &links);

        let mut terms = String::from("---\ntitle: Payloads as glossary terms\nweight: 4\n---\n");
        for x in html {
            terms.push_str(&format!("Term {}: {} here.\n\n", x.id, md_text(&x.payload)));
        }
        write(&c.join("glossary.md"), &terms);

        // Titles and descriptions: vi and en, each payload once as a title
        // and once as a description.
        if *lang != "th" {
            let pages = html.len().div_ceil(2);
            for k in 0..pages {
                let (a, b) = (2 * k % html.len(), (2 * k + 1) % html.len());
                let (t, d) = if *lang == "vi" { (a, b) } else { (b, a) };
                write(
                    &c.join(format!("fm-{k:02}.md")),
                    &format!(
                        "---\ntitle: {}\ndescription: {}\nweight: {}\ntopics: [risk, t{}]\n---\nBack to [the body page](body.md).\n",
                        yq(&html[t].payload),
                        yq(&html[d].payload),
                        10 + k,
                        k % TAXONOMY_TERMS
                    ),
                );
            }
        }
    }
    placed.0.push(format!(
        "content/{{vi,th,en}}/xss/: section title+description, body ({} html + {} markdown payloads as paragraphs), headings ({}), links ({} urls as link, image and reference targets), glossary terms as text ({})",
        html.len(),
        p.markdown.len(),
        html.len(),
        p.urls.len(),
        html.len()
    ));
    placed.0.push(format!(
        "content/{{vi,en}}/xss/fm-*.md: {} pages per language, every payload as a title and as a description",
        html.len().div_ceil(2)
    ));
    dir
}

/// A site that may refuse the value (exit 1 naming one of `files`) or must
/// build safe output.
struct Case {
    name: &'static str,
    dir: tempfile::TempDir,
    files: &'static [&'static str],
    /// A string of the payload found in the pages it reaches.
    marker: String,
}

/// Unique per run: the name a path escape would create.
fn evil() -> String {
    format!("sala-xss-evil-{}", std::process::id())
}

fn refusal_cases() -> Vec<Case> {
    let evil = evil();
    let mut cases = Vec::new();
    let mut case =
        |name: &'static str, files: &'static [&'static str], marker: &str, f: &dyn Fn(&Path)| {
            let dir = site("multilingual");
            f(dir.path());
            cases.push(Case {
                name,
                dir,
                files,
                marker: marker.to_string(),
            });
        };
    let gloss = |id: &str, page: &str| {
        format!(
            "- id: {}\n  page: {}\n  en: {{term: every, definition: \"defined <b>here</b>\"}}\n  vi: {{term: sổ tay, definition: D}}\n",
            yq(id),
            yq(page)
        )
    };
    let g = &gloss;
    case(
        "glossary-id-markup",
        &["glossary.yaml"],
        "alert(901)",
        &|r| {
            edit(&r.join("glossary.yaml"), |t| {
                t + &g("\"><img src=x onerror=alert(901)>", "handbook/risks.md")
            })
        },
    );
    case(
        "glossary-id-attribute",
        &["glossary.yaml"],
        "alert(902)",
        &|r| {
            edit(&r.join("glossary.yaml"), |t| {
                t + &g("x\" onmouseover=\"alert(902)", "handbook/risks.md")
            })
        },
    );
    case(
        "glossary-id-script",
        &["glossary.yaml"],
        "alert(903)",
        &|r| {
            edit(&r.join("glossary.yaml"), |t| {
                t + &g("</span><script>alert(903)</script>", "handbook/risks.md")
            })
        },
    );
    let ev = evil.clone();
    case("glossary-id-path", &["glossary.yaml"], &evil, &move |r| {
        edit(&r.join("glossary.yaml"), |t| {
            t + &g(&format!("../../{ev}"), "handbook/risks.md")
        })
    });
    case(
        "glossary-page-javascript",
        &["glossary.yaml"],
        "alert(905)",
        &|r| {
            edit(&r.join("glossary.yaml"), |t| {
                t + &g("js", "javascript:alert(905)")
            })
        },
    );
    case(
        "taxonomy-slug-markup",
        &["sala.yaml", "content/en/handbook/risks.md"],
        "alert(906)",
        &|r| {
            edit(&r.join("sala.yaml"), |t| {
                t + "      \"\\\"><svg onload=alert(906)>\": {vi: A, th: B, en: C}\n"
            });
            edit(&r.join("content/en/handbook/risks.md"), |t| {
                t.replace(
                    "topics: [risk]",
                    "topics: [risk, \"\\\"><svg onload=alert(906)>\"]",
                )
            });
        },
    );
    let ev = evil.clone();
    case(
        "taxonomy-slug-path",
        &["sala.yaml", "content/en/handbook/risks.md"],
        &evil,
        &move |r| {
            let slug = format!("../../../../{ev}");
            edit(&r.join("sala.yaml"), |t| {
                t + &format!("      {}: {{vi: A, th: B, en: C}}\n", yq(&slug))
            });
            edit(&r.join("content/en/handbook/risks.md"), |t| {
                t.replace("topics: [risk]", &format!("topics: [risk, {}]", yq(&slug)))
            });
        },
    );
    case("taxonomy-name-markup", &["sala.yaml"], "alert(908)", &|r| {
        edit(&r.join("sala.yaml"), |t| {
            t.replace("- name: topics", "- name: \"\\\"><svg onload=alert(908)>\"")
        })
    });
    case("language-code-markup", &["sala.yaml"], "alert(909)", &|r| {
        let code = "x\"><svg onload=alert(909)>";
        edit(&r.join("sala.yaml"), |t| {
            t.replace(
                "default_language: en",
                &format!("  - code: {}\n    name: X\ndefault_language: en", yq(code)),
            )
        });
        write(
            &r.join("content").join(code).join("_index.md"),
            "---\ntitle: X\n---\nX.\n",
        );
    });
    let ev = evil.clone();
    case("language-code-path", &["sala.yaml"], &evil, &move |r| {
        let code = format!("../../{ev}");
        edit(&r.join("sala.yaml"), |t| {
            t.replace(
                "default_language: en",
                &format!("  - code: {}\n    name: X\ndefault_language: en", yq(&code)),
            )
        });
    });
    case(
        "slug-markup",
        &["content/en/handbook/risks.md"],
        "alert(911)",
        &|r| {
            edit(&r.join("content/en/handbook/risks.md"), |t| {
                t.replace(
                    "weight: 20\n",
                    "weight: 20\nslug: \"\\\"><img src=x onerror=alert(911)>\"\n",
                )
            })
        },
    );
    let ev = evil.clone();
    case(
        "slug-path",
        &["content/en/handbook/risks.md"],
        &evil,
        &move |r| {
            edit(&r.join("content/en/handbook/risks.md"), |t| {
                t.replace(
                    "weight: 20\n",
                    &format!("weight: 20\nslug: {}\n", yq(&format!("../../../../{ev}"))),
                )
            })
        },
    );
    cases
}

// ---- Building ----

struct Built {
    /// The served folder: `agency/kb/` (the hostile site) and `case-*/`.
    www: tempfile::TempDir,
    /// Problems found by the static pass, and refusal cases gone wrong.
    problems: Vec<String>,
    /// Pages for the browser, relative to `www`.
    pages: Vec<String>,
    /// What was placed where, and how each refusal case ended.
    report: Vec<String>,
    inline_scripts: BTreeSet<String>,
    assets: Vec<String>,
}

fn html_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| e.into_path())
        .collect();
    v.sort();
    v
}

/// Finds files whose name contains `name` under `dir`, `depth` levels down.
fn find_named(dir: &Path, name: &str, depth: usize) -> Vec<PathBuf> {
    walkdir::WalkDir::new(dir)
        .max_depth(depth)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains(name))
        .map(|e| e.into_path())
        .collect()
}

fn build_all() -> Built {
    let p = payloads();
    let www = tempfile::tempdir().expect("temp dir");
    let mut problems = Vec::new();
    let mut report = Vec::new();

    // A clean build: the theme's own scripts, and a check that the static
    // pass finds nothing on it.
    let clean = site("multilingual");
    let clean_out = tempfile::tempdir().expect("temp dir");
    let run = sala(
        &["build", "--out", &clean_out.path().to_string_lossy()],
        clean.path(),
    );
    assert_eq!(run.code, 0, "clean build: {}", run.stderr);
    let mut inline_scripts = BTreeSet::new();
    for f in html_files(clean_out.path()) {
        for s in scan_html(&read(&f), &BTreeSet::new(), &p).1 {
            inline_scripts.insert(s);
        }
    }
    let assets: Vec<String> = std::fs::read_dir(clean_out.path().join("assets"))
        .expect("assets")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".js"))
        .collect();
    let clean_problems = scan_output(clean_out.path(), &inline_scripts, &assets, &p);
    assert!(
        clean_problems.is_empty(),
        "the static pass flags the clean fixture (a bug in tests/xss.rs):\n{}",
        clean_problems.join("\n")
    );

    // The hostile site: must build.
    let mut placed = Placements::default();
    let hostile = hostile_site(&p, &mut placed);
    report.extend(placed.0);
    let out = www.path().join("agency/kb");
    let run = sala(&["build", "--out", &out.to_string_lossy()], hostile.path());
    assert_eq!(
        run.code, 0,
        "the hostile site must build (only ids, slugs and codes may be refused):\n{}",
        run.stderr
    );
    problems.extend(scan_output(&out, &inline_scripts, &assets, &p));
    let mut pages: Vec<String> = html_files(&out)
        .iter()
        .map(|f| rel(www.path(), f))
        .collect();
    report.push(format!("hostile site: {} HTML pages", pages.len()));

    // Ids, slugs and codes: refused with the file named, or safe.
    for case in refusal_cases() {
        let out = www.path().join(format!("case-{}", case.name));
        let run = sala(&["build", "--out", &out.to_string_lossy()], case.dir.path());
        let escaped: Vec<PathBuf> = [
            find_named(www.path(), &evil(), 12),
            find_named(case.dir.path(), &evil(), 12),
            find_named(&std::env::temp_dir(), &evil(), 2),
        ]
        .concat()
        .into_iter()
        // Each case's own output folder may hold anything.
        .filter(|f| {
            !f.strip_prefix(www.path())
                .is_ok_and(|r| r.to_string_lossy().starts_with("case-"))
        })
        .collect();
        if !escaped.is_empty() {
            problems.push(format!(
                "{}: the build wrote outside its output folder: {escaped:?}",
                case.name
            ));
            for f in escaped {
                let _ = std::fs::remove_dir_all(&f).or_else(|_| std::fs::remove_file(&f));
            }
        }
        match run.code {
            1 => {
                let named = case.files.iter().any(|f| run.stderr.contains(f));
                if !named {
                    problems.push(format!(
                        "{}: refused without naming {}: {}",
                        case.name,
                        case.files.join(" or "),
                        run.stderr.trim()
                    ));
                }
                let first = run
                    .stderr
                    .lines()
                    .find(|l| l.contains("error:"))
                    .unwrap_or("")
                    .to_string();
                report.push(format!("case {}: refused: {first}", case.name));
            }
            0 => {
                let found = scan_output(&out, &inline_scripts, &assets, &p);
                report.push(format!(
                    "case {}: built; static pass: {} problem(s)",
                    case.name,
                    found.len()
                ));
                problems.extend(found.into_iter().map(|f| format!("{}: {f}", case.name)));
                for f in html_files(&out) {
                    if read(&f).contains(&case.marker) {
                        pages.push(rel(www.path(), &f));
                    }
                }
            }
            code => problems.push(format!(
                "{}: the build exited {code} (want 0, or 1 naming {}): {}",
                case.name,
                case.files.join(" or "),
                run.stderr.trim()
            )),
        }
    }
    Built {
        www,
        problems,
        pages,
        report,
        inline_scripts,
        assets,
    }
}

fn rel(base: &Path, f: &Path) -> String {
    f.strip_prefix(base)
        .expect("prefix")
        .to_string_lossy()
        .into_owned()
}

// ---- The static pass ----

/// Names the payloads whose markers (`alert(N)`, `msgbox(N)`, `__xss=N`) are
/// in `text`.
fn which(text: &str, p: &Payloads) -> String {
    let mut ids = BTreeSet::new();
    for pat in ["alert(", "msgbox(", "__xss="] {
        for (i, _) in text.match_indices(pat) {
            let digits: String = text[i + pat.len()..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            if let Ok(n) = digits.parse::<u32>() {
                ids.insert(n);
            }
        }
    }
    if ids.is_empty() {
        return "payload not identified".to_string();
    }
    ids.iter()
        .map(|id| match p.all().find(|x| x.id == *id) {
            Some(x) => format!("payload #{id} '{}'", x.name),
            None => format!("payload #{id}"),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Decodes the character references a browser decodes in attribute values.
fn decode_entities(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let b = rest.as_bytes();
        if b.len() > 2 && b[1] == b'#' {
            let (hex, start) = if b[2] == b'x' || b[2] == b'X' {
                (true, 3)
            } else {
                (false, 2)
            };
            let end = rest[start..]
                .find(|c: char| {
                    !(if hex {
                        c.is_ascii_hexdigit()
                    } else {
                        c.is_ascii_digit()
                    })
                })
                .map_or(rest.len(), |e| start + e);
            if end > start {
                let n = u32::from_str_radix(&rest[start..end], if hex { 16 } else { 10 })
                    .unwrap_or(0xFFFD);
                out.push(char::from_u32(n).filter(|_| n != 0).unwrap_or('\u{FFFD}'));
                rest = &rest[end..];
                rest = rest.strip_prefix(';').unwrap_or(rest);
                continue;
            }
        }
        let named = [
            ("&amp;", "&"),
            ("&lt;", "<"),
            ("&gt;", ">"),
            ("&quot;", "\""),
            ("&apos;", "'"),
            ("&colon;", ":"),
            ("&Tab;", "\t"),
            ("&tab;", "\t"),
            ("&NewLine;", "\n"),
            ("&newline;", "\n"),
            ("&lpar;", "("),
            ("&rpar;", ")"),
            ("&sol;", "/"),
        ];
        if let Some((e, c)) = named.iter().find(|(e, _)| rest.starts_with(e)) {
            out.push_str(c);
            rest = &rest[e.len()..];
        } else {
            out.push('&');
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    out
}

/// A URL as a browser reads its scheme: no whitespace or controls, lowercase.
fn squeeze(v: &str) -> String {
    v.chars()
        .filter(|c| !c.is_whitespace() && !c.is_control() && *c != '\u{feff}')
        .collect::<String>()
        .to_ascii_lowercase()
}

const URL_ATTRS: [&str; 24] = [
    "href",
    "src",
    "action",
    "formaction",
    "data",
    "xlink:href",
    "poster",
    "background",
    "srcset",
    "lowsrc",
    "dynsrc",
    "codebase",
    "cite",
    "longdesc",
    "usemap",
    "ping",
    "manifest",
    "icon",
    "profile",
    "archive",
    "classid",
    "values",
    "to",
    "from",
];

fn bad_url(tag: &str, attr: &str, value: &str) -> bool {
    let values: Vec<String> = if attr == "srcset" || attr == "values" {
        value
            .split([',', ';'])
            .map(|v| v.split_whitespace().next().unwrap_or("").to_string())
            .collect()
    } else {
        vec![value.to_string()]
    };
    values.iter().any(|v| {
        let v = squeeze(v);
        // Images run no script, whatever their type.
        let image = tag == "img" && attr == "src" && v.starts_with("data:image/");
        // The root 404 page's "no icon" link: an empty data: URL, inert.
        let no_icon = tag == "link" && attr == "href" && v == "data:,";
        ["javascript:", "vbscript:", "livescript:", "data:"]
            .iter()
            .any(|s| v.starts_with(s))
            && !image
            && !no_icon
    })
}

/// Tags and attributes found by a crude HTML tokenizer (raw text elements
/// skipped as a browser does): problems, and the inline scripts seen.
/// Without `html_rules` (XML), only attributes are checked.
fn scan_html(text: &str, inline_ok: &BTreeSet<String>, p: &Payloads) -> (Vec<String>, Vec<String>) {
    scan_html_with(text, inline_ok, &[], p, false)
}

fn scan_html_with(
    text: &str,
    inline_ok: &BTreeSet<String>,
    assets: &[String],
    p: &Payloads,
    html_rules: bool,
) -> (Vec<String>, Vec<String>) {
    let mut problems = Vec::new();
    let mut inline = Vec::new();
    let lower = text.to_ascii_lowercase();
    let b = text.as_bytes();
    let mut i = 0;
    while let Some(off) = text[i..].find('<') {
        let lt = i + off;
        i = lt + 1;
        if text[lt..].starts_with("<!--") {
            i = text[lt..].find("-->").map_or(text.len(), |e| lt + e + 3);
            continue;
        }
        if i >= b.len() || !b[i].is_ascii_alphabetic() {
            continue;
        }
        // Tag name.
        let mut j = i;
        while j < b.len() && !b[j].is_ascii_whitespace() && b[j] != b'>' && b[j] != b'/' {
            j += 1;
        }
        let tag = text[i..j].to_ascii_lowercase();
        // Attributes.
        let mut attrs: Vec<(String, String)> = Vec::new();
        loop {
            while j < b.len() && (b[j].is_ascii_whitespace() || b[j] == b'/') {
                j += 1;
            }
            if j >= b.len() || b[j] == b'>' {
                break;
            }
            let s = j;
            while j < b.len()
                && !b[j].is_ascii_whitespace()
                && b[j] != b'>'
                && b[j] != b'='
                && !(b[j] == b'/' && j > s)
            {
                j += 1;
            }
            let name = text[s..j].to_ascii_lowercase();
            while j < b.len() && b[j].is_ascii_whitespace() {
                j += 1;
            }
            let mut value = String::new();
            if j < b.len() && b[j] == b'=' {
                j += 1;
                while j < b.len() && b[j].is_ascii_whitespace() {
                    j += 1;
                }
                if j < b.len() && (b[j] == b'"' || b[j] == b'\'') {
                    let q = b[j];
                    let e = text[j + 1..]
                        .find(q as char)
                        .map_or(text.len(), |e| j + 1 + e);
                    value = text[j + 1..e].to_string();
                    j = (e + 1).min(text.len());
                } else {
                    let s = j;
                    while j < b.len() && !b[j].is_ascii_whitespace() && b[j] != b'>' {
                        j += 1;
                    }
                    value = text[s..j].to_string();
                }
            }
            attrs.push((name, decode_entities(&value)));
        }
        let end = (j + 1).min(text.len());
        let raw = &text[lt..end];
        let shown: String = raw.chars().take(240).collect();
        let mut flag = |why: String| {
            problems.push(format!(
                "{why}: {shown} [{}]",
                which(&decode_entities(raw), p)
            ));
        };
        let get = |n: &str| attrs.iter().find(|(k, _)| k == n).map(|(_, v)| v.as_str());
        for (name, value) in &attrs {
            if name.starts_with("on") {
                flag(format!("event handler attribute '{name}'"));
            } else if name == "srcdoc" {
                flag("srcdoc attribute".to_string());
            } else if (URL_ATTRS.contains(&name.as_str()) || name.ends_with(":href"))
                && bad_url(&tag, name, value)
            {
                flag(format!("{name}={value:?}"));
            } else if name == "style" {
                let v = squeeze(value);
                if v.contains("javascript:") || v.contains("expression(") || v.contains("vbscript:")
                {
                    flag(format!("style={value:?}"));
                }
            }
        }
        match if html_rules { tag.as_str() } else { "" } {
            "iframe" | "frame" | "frameset" | "object" | "embed" | "applet" | "base" => {
                flag(format!("<{tag}> element"))
            }
            "meta" if get("http-equiv").is_some() => flag("<meta http-equiv>".to_string()),
            "link" => {
                let rel = get("rel").unwrap_or("").to_ascii_lowercase();
                let href = get("href").unwrap_or("");
                let ok = (rel == "stylesheet" && href.ends_with("assets/style.css"))
                    || (rel == "icon" && (href.ends_with("assets/icon.svg") || href == "data:,"))
                    || rel == "alternate";
                if !ok {
                    flag(format!("<link rel={rel:?}>"));
                }
            }
            _ => {}
        }
        // Raw text elements: skip their content as a browser does.
        if [
            "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
            "noscript",
        ]
        .contains(&tag.as_str())
        {
            let close = format!("</{tag}");
            let c = lower[end..].find(&close).map_or(text.len(), |c| end + c);
            if tag == "style" {
                // Only the theme's own style elements (seen in the clean build).
                let content = text[end..c].to_string();
                if html_rules && !inline_ok.contains(&content) {
                    flag("<style> element".to_string());
                }
                inline.push(content);
            }
            if tag == "script" {
                let content = text[end..c].to_string();
                let src = get("src");
                if html_rules {
                    let ok = match src {
                        Some(s) => {
                            content.trim().is_empty()
                                && s.contains("assets/")
                                && assets.iter().any(|a| s.ends_with(&format!("assets/{a}")))
                        }
                        None => inline_ok.contains(&content),
                    };
                    if !ok {
                        flag("a script not in the theme".to_string());
                    }
                }
                if src.is_none() {
                    inline.push(content);
                }
            }
            i = c;
        } else {
            i = end;
        }
    }
    (problems, inline)
}

/// The static pass over a built site: HTML pages, feeds and sitemaps (their
/// HTML-typed text decoded once and checked as HTML), search index data.
fn scan_output(
    out: &Path,
    inline_ok: &BTreeSet<String>,
    assets: &[String],
    p: &Payloads,
) -> Vec<String> {
    let mut problems = Vec::new();
    for entry in walkdir::WalkDir::new(out).sort_by_file_name() {
        let entry = entry.expect("walk");
        if !entry.file_type().is_file() {
            continue;
        }
        let path = entry.path();
        let name = rel(out, path);
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        let mut found = Vec::new();
        match ext {
            "html" => found.extend(scan_html_with(&text, inline_ok, assets, p, true).0),
            "xml" => {
                found.extend(scan_html_with(&text, inline_ok, assets, p, false).0);
                // Text of elements typed as HTML is HTML for feed readers.
                let mut rest = text.as_str();
                while let Some(k) = rest.find("type=\"html\"") {
                    rest = &rest[k..];
                    let start = rest.find('>').map_or(rest.len(), |s| s + 1);
                    let stop = rest[start..].find("</").map_or(rest.len(), |s| start + s);
                    let inner = decode_entities(&rest[start..stop]);
                    found.extend(
                        scan_html_with(&inner, inline_ok, assets, p, true)
                            .0
                            .into_iter()
                            .map(|f| format!("in HTML text: {f}")),
                    );
                    rest = &rest[stop..];
                }
            }
            "js" if name.starts_with("search/") => {
                // Data only: salaSearchData(<JSON>, <JSON>);
                let ok = text
                    .trim_end()
                    .strip_prefix("salaSearchData(")
                    .and_then(|t| t.strip_suffix(");").or_else(|| t.strip_suffix(')')))
                    .is_some_and(|args| {
                        serde_json::from_str::<Vec<serde_json::Value>>(&format!("[{args}]")).is_ok()
                    });
                if !ok {
                    let head: String = text.chars().take(240).collect();
                    found.push(format!(
                        "not a plain salaSearchData(JSON) call: {head} [{}]",
                        which(&text, p)
                    ));
                }
            }
            _ => {}
        }
        problems.extend(found.into_iter().map(|f| format!("{name}: {f}")));
    }
    problems
}

// ---- The tests ----

/// A page with live payloads, written by hand: both passes must flag it.
const CANARY: &str = r#"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>canary</title>
<base href="./"></head>
<body><main>
<img src="x" onerror="alert(1)">
<script>window.__xss = 2</script>
<a href="jav&#x09;ascript:alert(3)">x</a>
<iframe srcdoc="&lt;p&gt;x&lt;/p&gt;"></iframe>
<details open ontoggle="window.__xss_toggle = 4"><summary>x</summary></details>
</main></body></html>
"#;

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

#[test]
fn hostile_sites_run_no_script_in_chromium_from_disk_and_over_http() {
    if !driver() {
        return;
    }
    let built = build_all();
    let www = built.www.path();
    if std::env::var_os("SALA_XSS_KEEP").is_some() {
        eprintln!("SALA_XSS_KEEP: the built sites stay in {}", www.display());
    }
    let server = common::StaticServer::start(www);
    let config = serde_json::json!({
        "pages": built.pages,
        "searchRoot": "agency/kb/",
        "langs": LANGS,
        "boxPage": "agency/kb/en/xss/glossary/index.html",
        "canary": "canary/index.html",
        "inlineScripts": built.inline_scripts,
        "assets": built.assets,
    });
    write(&www.join("canary/index.html"), CANARY);
    let config_file = tempfile::NamedTempFile::new().expect("temp file");
    std::fs::write(config_file.path(), config.to_string()).expect("write config");
    let status = Command::new("node")
        .arg("--test")
        .arg(repo().join("tests/js/xss.browser.test.mjs"))
        .env("SALA_FILE_BASE", format!("file://{}/", www.display()))
        .env(
            "SALA_HTTP_BASE",
            format!("http://127.0.0.1:{}/", server.port),
        )
        .env("SALA_XSS_CONFIG", config_file.path())
        .current_dir(repo())
        .status()
        .expect("run node (install nodejs)");
    if std::env::var_os("SALA_XSS_KEEP").is_some() {
        std::mem::forget(built.www);
    }
    assert!(status.success(), "XSS browser tests failed (see above)");
}
