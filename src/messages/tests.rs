//! The three languages stay complete: every message sala can say exists in
//! English, Vietnamese and Thai, with the same placeholders.

use super::catalog::{FILES, LANGUAGES};
use super::*;
use std::collections::{BTreeMap, BTreeSet};

/// (id → the placeholders it uses) of one file's text.
fn messages(text: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let starts_entry = line
            .split_once(" =")
            .filter(|(id, _)| {
                !id.is_empty()
                    && !line.starts_with(' ')
                    && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            })
            .map(|(id, _)| id.to_string());
        if let Some(id) = starts_entry {
            out.entry(id.clone()).or_default();
            current = Some(id);
        }
        if let Some(id) = &current {
            let vars = out.entry(id.clone()).or_default();
            let mut rest = line;
            while let Some(i) = rest.find('$') {
                let name: String = rest[i + 1..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                    .collect();
                vars.insert(name);
                rest = &rest[i + 1..];
            }
        }
    }
    out
}

fn area(lang: &str, area: &str) -> &'static str {
    FILES
        .iter()
        .find(|(l, a, _)| *l == lang && *a == area)
        .map(|(_, _, t)| *t)
        .unwrap_or_else(|| panic!("no {lang}/{area}.ftl in the catalog"))
}

#[test]
fn every_file_is_valid_fluent() {
    for (lang, area, text) in FILES {
        if let Err((_, errors)) = FluentResource::try_new(text.to_string()) {
            panic!("src/messages/{lang}/{area}.ftl: {errors:?}");
        }
    }
}

#[test]
fn every_message_exists_in_every_language_with_the_same_placeholders() {
    let mut problems = Vec::new();
    for (_, name, text) in FILES.iter().filter(|(l, _, _)| *l == "en") {
        let english = messages(text);
        for lang in LANGUAGES.iter().filter(|l| **l != "en") {
            let other = messages(area(lang, name));
            for (id, vars) in &english {
                match other.get(id) {
                    None => problems.push(format!("{lang}/{name}.ftl lacks {id}")),
                    Some(v) if v != vars => problems.push(format!(
                        "{lang}/{name}.ftl: {id} uses {v:?}, English uses {vars:?}"
                    )),
                    Some(_) => {}
                }
            }
            for id in other.keys().filter(|id| !english.contains_key(*id)) {
                problems.push(format!("{lang}/{name}.ftl has {id}, which English lacks"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_catalog_lists_every_file_in_the_folders() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/messages");
    for lang in LANGUAGES {
        let mut on_disk: Vec<String> = std::fs::read_dir(dir.join(lang))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".ftl"))
            .collect();
        on_disk.sort();
        let mut listed: Vec<String> = FILES
            .iter()
            .filter(|(l, _, _)| l == lang)
            .map(|(_, a, _)| format!("{a}.ftl"))
            .collect();
        listed.sort();
        assert_eq!(
            on_disk, listed,
            "src/messages/{lang}/ and catalog.rs differ"
        );
    }
}

/// Every `t!("id")` in the sources, and every diagnostic kind, has English
/// words (and so, by the test above, Vietnamese and Thai ones).
#[test]
fn every_message_the_code_uses_exists() {
    let english: BTreeSet<String> = FILES
        .iter()
        .filter(|(l, _, _)| *l == "en")
        .flat_map(|(_, _, t)| messages(t).into_keys())
        .collect();
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut missing = Vec::new();
    let mut used = 0;
    for entry in walkdir::WalkDir::new(&src) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "rs")
            || entry.path().starts_with(src.join("messages"))
        {
            continue;
        }
        let code = std::fs::read_to_string(entry.path()).unwrap();
        let mut ids = Vec::new();
        for (i, _) in code.match_indices("t!(") {
            // `t!(`, not the end of `format!(` or `assert!(`.
            let before = code[..i].chars().next_back().unwrap_or(' ');
            if before.is_alphanumeric() || before == '_' {
                continue;
            }
            let rest = code[i + 3..].trim_start();
            if let Some(lit) = rest.strip_prefix('"') {
                ids.push(lit.split('"').next().unwrap_or("").to_string());
            }
        }
        for pat in ["Diagnostic::error(", "Diagnostic::warning("] {
            for (i, _) in code.match_indices(pat) {
                let rest = code[i + pat.len()..].trim_start();
                if let Some(lit) = rest.strip_prefix('"') {
                    let kind = lit.split('"').next().unwrap_or("");
                    ids.push(format!("kind-{}", kind.replace(' ', "-")));
                }
            }
        }
        for id in ids {
            used += 1;
            if !english.contains(&id) {
                missing.push(format!("{}: {id}", entry.path().display()));
            }
        }
    }
    assert!(used > 50, "the scan found only {used} messages");
    assert!(
        missing.is_empty(),
        "no English words for:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_locale_chooses_the_language() {
    assert_eq!(supported("vi_VN.UTF-8"), Some("vi"));
    assert_eq!(supported("th_TH"), Some("th"));
    assert_eq!(supported("th-TH"), Some("th"));
    assert_eq!(supported("en_US@euro"), Some("en"));
    assert_eq!(supported("C.UTF-8"), None);
    assert_eq!(supported("fr_FR.UTF-8"), None);
}

#[test]
fn messages_read_in_each_language_with_their_values() {
    assert_eq!(
        text_in("en", "fm-unknown-field", &[("key", "titel".into())]),
        "unknown field 'titel'"
    );
    for lang in ["vi", "th"] {
        let said = text_in(lang, "fm-tab", &[("line", 7.into())]);
        assert!(said.contains('7'), "{lang}: {said}");
        assert_ne!(
            said,
            text_in("en", "fm-tab", &[("line", 7.into())]),
            "{lang}"
        );
    }
    assert_eq!(
        text_in(
            "en",
            "cli-checked",
            &[
                ("pages", 3.into()),
                ("errors", 1.into()),
                ("warnings", 2.into())
            ]
        ),
        "checked 3 pages: 1 error, 2 warnings"
    );
}
