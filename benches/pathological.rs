//! Benchmark (not a test): pathological inputs an editor (or an attacker) can
//! write, each at two sizes, timed through `sala build`: one page's text, and
//! the site's shape (one section of thousands of pages, a glossary of
//! thousands of entries that each warn). Linear code shows about 4x the time
//! (and output) for 4x the input; quadratic code shows 16x.
//! Run: `cargo bench --bench pathological`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

const SALA: &str = env!("CARGO_BIN_EXE_sala");

/// (name, body of the page or whole file) at size `n`.
type Make = fn(usize) -> String;

/// (name, the files to add or replace, relative to the site root) at size `n`.
type Shape = fn(usize) -> Vec<(String, String)>;

fn shapes() -> Vec<(&'static str, usize, Shape)> {
    vec![
        ("one section of n pages", 2_000, |n| {
            let mut files = vec![("content/en/big/_index.md".to_string(), page("", "Big"))];
            for i in 0..n {
                files.push((
                    format!("content/en/big/p{i}.md"),
                    page("", &format!("Page {i}.")),
                ));
            }
            files
        }),
        ("glossary: n entries that warn", 5_000, |n| {
            let mut g = String::new();
            for i in 0..n {
                // A page that does not exist: one warning each, at its line.
                g.push_str(&format!(
                    "- id: term-{i}\n  page: missing-{i}.md\n  en: {{term: word{i}, definition: D}}\n"
                ));
            }
            vec![("glossary.yaml".to_string(), g)]
        }),
    ]
}

fn page(front: &str, body: &str) -> String {
    format!("---\ntitle: Bench\n{front}---\n\n{body}\n")
}

fn cases() -> Vec<(&'static str, usize, Make)> {
    vec![
        ("nested <div>", 25_000, |n| {
            page("", &format!("{}x{}", "<div>".repeat(n), "</div>".repeat(n)))
        }),
        ("identical ## headings", 5_000, |n| {
            page("", &"## Same\n\ntext\n\n".repeat(n))
        }),
        ("links on one line", 50_000, |n| {
            page("", &"[a](risks.md) ".repeat(n))
        }),
        ("nested [ in front matter", 25_000, |n| {
            format!("---\ntitle: x\ntopics: {}\n---\n", "[".repeat(n))
        }),
        ("nested > quotes", 10_000, |n| {
            page("", &format!("{} deep", "> ".repeat(n)))
        }),
        ("nested list items", 5_000, |n| {
            let mut s = String::new();
            for i in 0..n {
                s.push_str(&"  ".repeat(i));
                s.push_str("- item\n");
            }
            page("", &s)
        }),
        ("one long Thai line (glossary)", 250_000, |n| {
            page("", &"การบริหารกระบวนการความร่วมมือ".repeat(n / 30 + 1))
        }),
        ("emphasis delimiters", 50_000, |n| {
            page("", &"*a **b ".repeat(n))
        }),
        ("table of many columns", 5_000, |n| {
            let row = format!("|{}\n", "a|".repeat(n));
            let sep = format!("|{}\n", "-|".repeat(n));
            page("", &format!("{row}{sep}{}", row.repeat(20)))
        }),
        ("footnote references", 20_000, |n| {
            let mut s = String::new();
            for i in 0..n {
                s.push_str(&format!("x[^{i}] "));
            }
            s.push_str("\n\n");
            for i in 0..n {
                s.push_str(&format!("[^{i}]: note\n"));
            }
            page("", &s)
        }),
    ]
}

fn main() {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    println!(
        "{:<32} {:>10} {:>10} {:>8} {:>8}",
        "input", "size", "4x size", "time", "4x time"
    );
    for (name, n, make) in cases() {
        let page = |n| vec![("content/en/bench.md".to_string(), make(n))];
        let (t1, _) = time_one(&repo, &page(n));
        let (t4, _) = time_one(&repo, &page(4 * n));
        println!(
            "{name:<32} {:>10} {:>10} {:>7.2}s {:>7.2}s  x{:.1}",
            n,
            4 * n,
            t1,
            t4,
            t4 / t1.max(1e-3)
        );
    }
    println!(
        "\n{:<32} {:>10} {:>10} {:>8} {:>8} {:>9} {:>9}",
        "site shape", "size", "4x size", "time", "4x time", "output", "4x output"
    );
    for (name, n, make) in shapes() {
        let (t1, b1) = time_one(&repo, &make(n));
        let (t4, b4) = time_one(&repo, &make(4 * n));
        println!(
            "{name:<32} {:>10} {:>10} {:>7.2}s {:>7.2}s {:>7.1}MB {:>7.1}MB  x{:.1} time, x{:.1} output",
            n,
            4 * n,
            t1,
            t4,
            b1 as f64 / 1e6,
            b4 as f64 / 1e6,
            t4 / t1.max(1e-3),
            b4 as f64 / b1.max(1) as f64
        );
    }
}

/// Time of `sala build` on a one-language site holding the files (the build
/// may fail with a clear error: the time to say so is what counts), and the
/// bytes it wrote.
fn time_one(repo: &Path, files: &[(String, String)]) -> (f64, u64) {
    let dir = std::env::temp_dir().join(format!("sala-patho-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("content/en")).expect("mkdir");
    std::fs::write(
        dir.join("sala.yaml"),
        "title: {en: Bench}\nlanguages:\n  - {code: en, name: English}\ndefault_language: en\ntaxonomies:\n  - name: topics\n",
    )
    .expect("write");
    std::fs::write(
        dir.join("glossary.yaml"),
        "- id: process\n  page: risks.md\n  en: {term: process, definition: D}\n",
    )
    .expect("write");
    std::fs::write(dir.join("content/en/_index.md"), "---\ntitle: Home\n---\n").expect("write");
    std::fs::write(dir.join("content/en/risks.md"), "---\ntitle: Risks\n---\n").expect("write");
    for (rel, text) in files {
        let path = dir.join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }
    for shared in ["themes", "i18n"] {
        copy(&repo.join(shared), &dir.join(shared));
    }
    // Only English strings are needed.
    let start = Instant::now();
    let _ = Command::new(SALA)
        .args(["build", "--out"])
        .arg(dir.join("public"))
        .current_dir(&dir)
        .output()
        .expect("run sala");
    let t = start.elapsed().as_secs_f64();
    let bytes = walkdir::WalkDir::new(dir.join("public"))
        .into_iter()
        .flatten()
        .filter_map(|e| e.metadata().ok())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum();
    let _ = std::fs::remove_dir_all(&dir);
    (t, bytes)
}

fn copy(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from).into_iter().flatten() {
        let rel = entry.path().strip_prefix(from).expect("prefix");
        let dest = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&dest).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &dest).expect("copy");
        }
    }
}
