//! Benchmark (not a test): time from saving a page to `sala serve` answering
//! with the new content, and to its search index holding the new word, on
//! the bundled knowledge base and on a generated 3,000-page site.
//! Run: `cargo bench --bench serve_reload`.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const SALA: &str = env!("CARGO_BIN_EXE_sala");
const EDITS: usize = 30;

fn main() {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let bundled = std::env::temp_dir().join("sala-bench-bundled");
    let _ = std::fs::remove_dir_all(&bundled);
    for part in ["sala.yaml", "content", "themes", "i18n", "glossary.yaml"] {
        let from = repo.join(part);
        if from.exists() {
            copy(&from, &bundled.join(part));
        }
    }
    measure("bundled knowledge base", &bundled);

    let synth = std::env::temp_dir().join("sala-bench-synth3k");
    let _ = std::fs::remove_dir_all(&synth);
    let ok = Command::new(SALA)
        .args(["synth", "--pages-per-lang", "1000", "--out"])
        .arg(&synth)
        .arg("--from")
        .arg(&repo)
        .status()
        .expect("run sala synth");
    assert!(ok.success());
    measure("generated site, 3,000 pages", &synth);
}

fn measure(name: &str, root: &Path) {
    let Some(page) = pick_page(root) else {
        println!("{name}: no page to edit");
        return;
    };
    let rel = page.strip_prefix(root.join("content")).expect("in content");
    let url = format!(
        "/{}",
        rel.to_string_lossy()
            .trim_end_matches(".md")
            .replace("_index", "")
    );
    let url = if url.ends_with('/') {
        url
    } else {
        format!("{url}/")
    };
    let mut child = Command::new(SALA)
        .args(["serve", "--port", "0", "--root"])
        .arg(root)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start sala serve");
    let port = port_of(&mut child);
    let original = std::fs::read_to_string(&page).expect("read page");
    let lang = url
        .trim_start_matches('/')
        .split('/')
        .next()
        .unwrap_or("vi")
        .to_string();
    let mut times = Vec::new();
    let mut indexed = Vec::new();
    for i in 0..EDITS {
        // One word, the same in every language's index (no stem, no accent).
        let marker = format!("benchmarker{i}x{}", std::process::id());
        let start = Instant::now();
        std::fs::write(&page, format!("{original}\n\n{marker}\n")).expect("write");
        times.push(ms_until(
            start,
            || get(port, &url).contains(&marker),
            &format!("{name}: no reload of {url}"),
        ));
        indexed.push(ms_until(
            start,
            || index_has(port, &lang, &marker),
            &format!("{name}: the search index never got {marker}"),
        ));
        std::thread::sleep(Duration::from_millis(50));
    }
    std::fs::write(&page, original).expect("restore");
    let _ = child.kill();
    let _ = child.wait();
    for (what, mut t) in [("save-to-served", times), ("save-to-searchable", indexed)] {
        t.sort_by(f64::total_cmp);
        println!(
            "{name}: {what} over {EDITS} edits of {url}: median {:.1} ms, p95 {:.1} ms, max {:.1} ms",
            t[EDITS / 2],
            t[EDITS * 95 / 100],
            t[EDITS - 1]
        );
    }
}

/// Milliseconds from `start` until `done` holds (checked every millisecond).
fn ms_until(start: Instant, done: impl Fn() -> bool, failure: &str) -> f64 {
    while !done() {
        assert!(start.elapsed() < Duration::from_secs(20), "{failure}");
        std::thread::sleep(Duration::from_millis(1));
    }
    start.elapsed().as_secs_f64() * 1000.0
}

/// Whether the dictionary shard where `term` belongs (as the browser finds
/// it from `meta.js`) lists it.
fn index_has(port: u16, lang: &str, term: &str) -> bool {
    let payload = |path: &str| -> Option<serde_json::Value> {
        let body = get(port, path);
        let start = body.find("salaSearchData(")?;
        let text = &body[start..];
        let from = text.find(',')? + 1;
        let to = text.rfind(");")?;
        serde_json::from_str(&text[from..to]).ok()
    };
    let Some(meta) = payload(&format!("/search/{lang}/meta.js")) else {
        return false;
    };
    let heads: Vec<&str> = meta["shards"]
        .as_array()
        .map(|a| a.iter().filter_map(|h| h.as_str()).collect())
        .unwrap_or_default();
    let k = heads.partition_point(|h| *h <= term).saturating_sub(1);
    payload(&format!("/search/{lang}/d/{k}.js"))
        .and_then(|d| d.as_array().cloned())
        .is_some_and(|entries| entries.iter().any(|e| e[0].as_str() == Some(term)))
}

fn pick_page(root: &Path) -> Option<PathBuf> {
    let candidates = [
        "content/vi/handbook/risks.md",
        "content/vi/section-00/page-00010.md",
    ];
    candidates.iter().map(|c| root.join(c)).find(|p| p.exists())
}

fn port_of(child: &mut Child) -> u16 {
    let stdout = child.stdout.take().expect("stdout");
    let mut line = String::new();
    BufReader::new(stdout)
        .read_line(&mut line)
        .expect("address");
    line.split("127.0.0.1:")
        .nth(1)
        .and_then(|s| s.split('/').next())
        .and_then(|p| p.parse().ok())
        .expect("port")
}

fn get(port: u16, path: &str) -> String {
    let Ok(mut s) = TcpStream::connect(("127.0.0.1", port)) else {
        return String::new();
    };
    let _ = write!(s, "GET {path} HTTP/1.0\r\nHost: localhost\r\n\r\n");
    let mut body = String::new();
    let _ = s.read_to_string(&mut body);
    body
}

fn copy(from: &Path, to: &Path) {
    if from.is_file() {
        std::fs::create_dir_all(to.parent().expect("parent")).expect("mkdir");
        std::fs::copy(from, to).expect("copy");
        return;
    }
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("walk");
        let dest = to.join(entry.path().strip_prefix(from).expect("prefix"));
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&dest).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &dest).expect("copy");
        }
    }
}
