//! Writing the hostile sites: the multilingual fixture with every payload
//! placed everywhere it can go, and the refusal cases (hostile ids, slugs and
//! language codes, which the build may refuse).

use super::{edit, write, Payload, Payloads, LANGS};
use crate::common::{read, site};
use std::path::Path;

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
pub struct Placements(pub Vec<String>);

/// The multilingual fixture with every payload placed everywhere it can go.
pub fn hostile_site(p: &Payloads, placed: &mut Placements) -> tempfile::TempDir {
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
pub struct Case {
    pub name: &'static str,
    pub dir: tempfile::TempDir,
    pub files: &'static [&'static str],
    /// A string of the payload found in the pages it reaches.
    pub marker: String,
}

/// Unique per run: the name a path escape would create.
pub fn evil() -> String {
    format!("sala-xss-evil-{}", std::process::id())
}

pub fn refusal_cases() -> Vec<Case> {
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
