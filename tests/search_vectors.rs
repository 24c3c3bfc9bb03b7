//! One file of normalization vectors, checked by the Rust indexer's code here
//! and by the browser code under Node, so the two sides never drift apart.

use sala::search::normalize::{exact, fold};
use std::process::Command;

fn vectors() -> serde_json::Value {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/search_vectors.json"
    ))
    .expect("tests/search_vectors.json");
    serde_json::from_str(&text).expect("valid JSON")
}

#[test]
fn rust_normalization_matches_the_shared_vectors() {
    let v = vectors();
    let list = v["normalize"].as_array().expect("normalize list");
    assert!(list.len() >= 10);
    for case in list {
        let input = case["input"].as_str().expect("input");
        assert_eq!(
            exact(input),
            case["exact"].as_str().expect("exact"),
            "exact({input:?})"
        );
        assert_eq!(
            fold(input),
            case["fold"].as_str().expect("fold"),
            "fold({input:?})"
        );
    }
}

#[test]
fn browser_normalization_matches_the_shared_vectors_under_node() {
    let status = Command::new("node")
        .args(["--test", "tests/js/normalize.test.js"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .status()
        .expect("run node (install nodejs)");
    assert!(
        status.success(),
        "the JavaScript normalization disagrees with the vectors"
    );
}
