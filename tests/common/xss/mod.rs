//! The hostile sites of the XSS tests (tests/xss_static_pass.rs,
//! tests/xss_browser.rs): the payloads of tests/xss_payloads.json placed
//! everywhere a site can hold text (sites.rs), built with the real binary
//! along with the refusal cases (here), and the static pass over their output
//! (scan.rs).

pub mod scan;
mod sites;

use scan::{scan_html, scan_output};
use sites::{evil, hostile_site, refusal_cases, Placements};

use super::{read, repo, sala, site};
use serde::Deserialize;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

#[derive(Deserialize, Clone)]
pub struct Payload {
    id: u32,
    name: String,
    payload: String,
}

#[derive(Deserialize)]
pub struct Payloads {
    html: Vec<Payload>,
    markdown: Vec<Payload>,
    urls: Vec<Payload>,
}

impl Payloads {
    fn all(&self) -> impl Iterator<Item = &Payload> {
        self.html.iter().chain(&self.markdown).chain(&self.urls)
    }
}

pub fn payloads() -> Payloads {
    let p: Payloads = serde_json::from_str(&read(&repo().join("tests/xss_payloads.json")))
        .expect("tests/xss_payloads.json parses");
    let ids: BTreeSet<u32> = p.all().map(|p| p.id).collect();
    assert_eq!(ids.len(), p.all().count(), "payload ids must be unique");
    assert!(p.html.len() >= 50, "at least 50 payloads");
    p
}

// ---- Writing files ----

pub fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, text).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
}

fn edit(path: &Path, f: impl FnOnce(String) -> String) {
    let text = read(path);
    write(path, &f(text));
}

pub const LANGS: [&str; 3] = ["vi", "th", "en"];

// ---- Building ----

pub struct Built {
    /// The served folder: `agency/kb/` (the hostile site) and `case-*/`.
    pub www: tempfile::TempDir,
    /// Problems found by the static pass, and refusal cases gone wrong.
    pub problems: Vec<String>,
    /// Pages for the browser, relative to `www`.
    pub pages: Vec<String>,
    /// What was placed where, and how each refusal case ended.
    pub report: Vec<String>,
    pub inline_scripts: BTreeSet<String>,
    pub assets: Vec<String>,
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

pub fn build_all() -> Built {
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
        "the static pass flags the clean fixture (a bug in tests/common/xss/scan.rs):\n{}",
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

/// A page with live payloads, written by hand: both passes must flag it.
pub const CANARY: &str = r#"<!DOCTYPE html>
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
