//! Benchmark (not a test): pathological inputs an editor (or an attacker) can
//! write, each at two sizes, timed through `sala build`. Linear code shows
//! about 4x the time for 4x the input; quadratic code shows 16x.
//! Run: `cargo bench --bench pathological`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

const SALA: &str = env!("CARGO_BIN_EXE_sala");

/// (name, body of the page or whole file) at size `n`.
type Make = fn(usize) -> String;

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
        let t1 = time_one(&repo, &make(n));
        let t4 = time_one(&repo, &make(4 * n));
        println!(
            "{name:<32} {:>10} {:>10} {:>7.2}s {:>7.2}s  x{:.1}",
            n,
            4 * n,
            t1,
            t4,
            t4 / t1.max(1e-3)
        );
    }
}

/// Time of `sala build` on a one-language site holding the page (the
/// build may fail with a clear error: the time to say so is what counts).
fn time_one(repo: &Path, text: &str) -> f64 {
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
    std::fs::write(dir.join("content/en/bench.md"), text).expect("write");
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
    let _ = std::fs::remove_dir_all(&dir);
    t
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
