//! The corpus of bad inputs: each folder under tests/bad_inputs/ holds the
//! files of one mistake, laid over the multilingual fixture site, and
//! `expected`, the exact first error `sala build` must print (with its hint).
//! Every case must fail with exit code 1 and exactly one error: one mistake,
//! one message, at the line where the mistake is.
//!
//! To write the `expected` files of new cases: `SALA_BLESS=1 cargo test --test bad_inputs`,
//! then read every one before committing it.

mod common;
use common::{copy, sala, site};
use std::path::Path;

#[test]
fn every_bad_input_gives_one_clear_error_at_its_line() {
    let corpus = common::repo().join("tests/bad_inputs");
    let mut cases: Vec<_> = std::fs::read_dir(&corpus)
        .expect("corpus")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    assert!(cases.len() >= 40, "the corpus has {} cases", cases.len());
    let bless = std::env::var_os("SALA_BLESS").is_some();
    let mut failures = Vec::new();
    for case in &cases {
        let name = case
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let dir = site("multilingual");
        overlay(case, dir.path());
        let run = sala(&["build"], dir.path());
        let first = first_error(&run.stderr);
        let expected_path = case.join("expected");
        if bless {
            std::fs::write(&expected_path, format!("{first}\n")).expect("bless");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        let problems = [
            (run.code != 1).then(|| format!("exit code {}", run.code)),
            (first != expected.trim_end())
                .then(|| format!("first error:\n{first}\nexpected:\n{}", expected.trim_end())),
            (!run.stderr.contains("build failed: 1 error;"))
                .then(|| "not exactly one error".to_string()),
            run.stderr
                .contains("panicked")
                .then(|| "panicked".to_string()),
        ];
        for p in problems.into_iter().flatten() {
            failures.push(format!("{name}: {p}\n--- stderr ---\n{}", run.stderr));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The first error line of a build's output and its hint line, if any.
fn first_error(stderr: &str) -> String {
    let lines: Vec<&str> = stderr.lines().collect();
    let Some(i) = lines.iter().position(|l| l.contains("error: ")) else {
        return String::new();
    };
    match lines.get(i + 1) {
        Some(h) if h.starts_with("  hint: ") => format!("{}\n{h}", lines[i]),
        _ => lines[i].to_string(),
    }
}

/// Lays the case's files over the site (all but `expected`).
fn overlay(case: &Path, site: &Path) {
    for entry in walkdir::WalkDir::new(case).min_depth(1).max_depth(1) {
        let entry = entry.expect("walk");
        if entry.file_name() == "expected" {
            continue;
        }
        let dest = site.join(entry.file_name());
        if entry.file_type().is_dir() {
            copy(entry.path(), &dest);
        } else {
            std::fs::copy(entry.path(), &dest).expect("copy");
        }
    }
}
