//! Replays every input the fuzzers found (tests/fuzz_regressions/<target>/)
//! through a real `sala build`: each must finish within its time limit, with
//! a clear result (built, or refused with errors), never a panic or a hang.
//! The folder names the fuzz target: `markdown` and `tokenizer` inputs become
//! page bodies in every language, `front_matter` inputs whole page files and
//! `sala.yaml`, `ftl` inputs the English UI strings.

mod common;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const LIMIT: Duration = Duration::from_secs(30);

#[test]
fn every_input_the_fuzzers_found_builds_or_fails_cleanly_in_time() {
    let root = common::repo().join("tests/fuzz_regressions");
    let mut count = 0;
    let mut failures = Vec::new();
    for target in ["markdown", "tokenizer", "front_matter", "ftl"] {
        let Ok(entries) = std::fs::read_dir(root.join(target)) else {
            continue;
        };
        let mut files: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        files.sort();
        for file in files {
            let input = std::fs::read(&file).expect("read input");
            let text = String::from_utf8_lossy(&input).into_owned();
            for (place, site) in sites(target, &text) {
                count += 1;
                if let Err(why) = build(site.path()) {
                    failures.push(format!("{} as {place}: {why}", file.display()));
                }
            }
        }
    }
    assert!(count > 0, "no regression inputs found");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The fixture site with the input laid in where its fuzz target puts it.
fn sites(target: &str, text: &str) -> Vec<(&'static str, tempfile::TempDir)> {
    let page = |rel: &str, body: &str| {
        let dir = common::site("multilingual");
        for lang in ["vi", "th", "en"] {
            let path = dir.path().join(format!("content/{lang}/handbook/{rel}"));
            std::fs::write(path, body).expect("write page");
        }
        dir
    };
    match target {
        "front_matter" => {
            let yaml = common::site("multilingual");
            std::fs::write(yaml.path().join("sala.yaml"), text).expect("write");
            vec![("a page file", page("fuzz.md", text)), ("sala.yaml", yaml)]
        }
        "ftl" => {
            let dir = common::site("multilingual");
            std::fs::write(dir.path().join("i18n/en.ftl"), text).expect("write");
            vec![("en.ftl", dir)]
        }
        _ => vec![(
            "a page body",
            page("fuzz.md", &format!("---\ntitle: Fuzz\n---\n\n{text}")),
        )],
    }
}

/// `sala build` with a time limit: Ok when it built or refused cleanly.
fn build(root: &Path) -> Result<(), String> {
    // Errors go to a file: a full pipe would stall the build and look like a hang.
    let log = root.join("build-stderr.txt");
    let mut child = Command::new(env!("CARGO_BIN_EXE_sala"))
        .arg("build")
        .current_dir(root)
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log).map_err(|e| e.to_string())?)
        .spawn()
        .map_err(|e| e.to_string())?;
    let start = Instant::now();
    loop {
        match child.try_wait().map_err(|e| e.to_string())? {
            Some(status) => {
                let stderr = std::fs::read_to_string(&log).unwrap_or_default();
                if stderr.contains("panicked") {
                    return Err(format!("panicked:\n{stderr}"));
                }
                return match status.code() {
                    Some(0 | 1) => Ok(()),
                    other => Err(format!("exit code {other:?}:\n{stderr}")),
                };
            }
            None if start.elapsed() > LIMIT => {
                let _ = child.kill();
                return Err(format!("still running after {LIMIT:?} (a hang)"));
            }
            None => std::thread::sleep(Duration::from_millis(20)),
        }
    }
}
