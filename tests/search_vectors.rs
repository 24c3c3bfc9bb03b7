//! One file of search vectors (normalization, index terms, English stems),
//! checked by the Rust indexer's code here and by the browser code under
//! Node, so the two sides never drift apart.

use sala::search::normalize::{exact, fold};
use sala::search::tokenize::index_terms;
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
fn rust_index_terms_match_the_shared_vectors_in_every_language() {
    let v = vectors();
    let list = v["terms"].as_array().expect("terms list");
    for lang in ["vi", "th", "en"] {
        assert!(
            list.iter().filter(|c| c["lang"] == lang).count() >= 5,
            "{lang} vectors"
        );
    }
    for case in list {
        let lang = case["lang"].as_str().expect("lang");
        let input = case["input"].as_str().expect("input");
        let want: Vec<&str> = case["terms"]
            .as_array()
            .expect("terms")
            .iter()
            .map(|t| t.as_str().expect("term"))
            .collect();

        assert_eq!(index_terms(input, lang), want, "{lang}: {input:?}");
    }
}

#[test]
fn rust_english_stems_match_the_shared_vectors() {
    let v = vectors();
    let list = v["stem"].as_array().expect("stem list");
    assert!(list.len() >= 100);
    // The library the indexer uses, on every vector (apostrophes included).
    let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
    for case in list {
        let word = case["word"].as_str().expect("word");
        assert_eq!(
            stemmer.stem(word),
            case["stem"].as_str().expect("stem"),
            "{word}"
        );
    }
}

/// A word typed past the end of its stem ("transforma") must still find it:
/// the browser guesses the stem of the whole word ("transformational") from
/// the prefix; here the indexer says which term that word really has.
#[test]
fn rust_indexes_the_stems_the_browser_guesses_for_words_being_typed() {
    let v = vectors();
    let list = v["prefixes"].as_array().expect("prefixes list");
    assert!(list.len() >= 3);
    for case in list {
        let typed = case["typed"].as_str().expect("typed");
        let word = case["word"].as_str().expect("word");
        let stem = case["stem"].as_str().expect("stem");
        assert!(word.starts_with(typed), "{typed} is a prefix of {word}");
        assert!(!stem.starts_with(typed), "{typed}: the stem is shorter");
        assert_eq!(index_terms(word, "en"), vec![stem], "{word}");
    }
}

#[test]
fn browser_search_code_matches_the_shared_vectors_under_node() {
    let status = Command::new("node")
        .args(["--test", "tests/js/vectors.test.js"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .status()
        .expect("run node (install nodejs)");
    assert!(
        status.success(),
        "the browser search code disagrees with the vectors"
    );
}

#[test]
fn browser_excerpts_cut_at_word_and_cluster_boundaries_under_node() {
    let status = Command::new("node")
        .args(["--test", "tests/js/search-excerpt.test.mjs"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .status()
        .expect("run node (install nodejs)");
    assert!(status.success(), "excerpt tests failed");
}

#[test]
fn forgiving_search_rewrites_match_their_vectors_under_node() {
    let status = Command::new("node")
        .args(["--test", "tests/js/forgive.test.mjs"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .status()
        .expect("run node (install nodejs)");
    assert!(status.success(), "forgive.test.mjs failed");
}

/// Page texts travel as seven-bit text; the browser reads it back with
/// `unseven` (tests/js/vectors.test.js checks the same cases).
#[test]
fn rust_seven_bit_text_matches_the_shared_vectors() {
    let v = vectors();
    let list = v["seven_bit"].as_array().expect("seven_bit list");
    assert!(list.len() >= 10);
    for case in list {
        let bytes: Vec<u8> = case["bytes"]
            .as_array()
            .expect("bytes")
            .iter()
            .map(|b| b.as_u64().expect("byte") as u8)
            .collect();
        assert_eq!(
            sala::search::encode::seven_bit(&bytes),
            case["text"].as_str().expect("text"),
            "{bytes:?}"
        );
    }
}
