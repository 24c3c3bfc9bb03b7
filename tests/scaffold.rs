//! `sala new` as an editor types it: a name in words becomes the title and
//! an ASCII file name; names sala keeps for itself are refused at once; the
//! page has no first heading repeating its title.

mod common;
use common::{read, sala, site};

#[test]
fn a_name_typed_in_words_becomes_the_title_and_an_ascii_file_name() {
    let dir = site("multilingual");
    let run = sala(&["new", "vi/handbook/Hợp tác mới"], dir.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("content/vi/handbook/hop-tac-moi.md"),
        "{}",
        run.stdout
    );
    let text = read(&dir.path().join("content/vi/handbook/hop-tac-moi.md"));
    assert!(text.starts_with("---\ntitle: \"Hợp tác mới\"\n"), "{text}");
    assert!(!dir
        .path()
        .join("content/vi/handbook/Hợp tác mới.md")
        .exists());
    // Đ folds to d, like the search does.
    let run = sala(&["new", "vi/handbook/Đối thoại"], dir.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(dir.path().join("content/vi/handbook/doi-thoai.md").exists());
}

#[test]
fn a_name_with_no_latin_letter_asks_for_one() {
    let dir = site("multilingual");
    let run = sala(&["new", "th/handbook/การประสานงาน"], dir.path());
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("has no Latin letter or digit")
            && run.stderr.contains("--title \"การประสานงาน\""),
        "{}",
        run.stderr
    );
}

#[test]
fn names_sala_keeps_for_itself_are_refused_before_a_build_would() {
    let dir = site("multilingual");
    for name in ["print", "_index"] {
        let run = sala(&["new", &format!("en/handbook/{name}")], dir.path());
        assert_eq!(run.code, 1, "{name}: {}", run.stdout);
        assert!(
            run.stderr.contains("a name sala keeps for itself"),
            "{}",
            run.stderr
        );
    }
    assert!(!dir.path().join("content/en/handbook/print.md").exists());
}

#[test]
fn the_new_page_has_no_heading_that_repeats_its_title() {
    let dir = site("multilingual");
    let run = sala(
        &["new", "en/handbook/my-page", "--title", "My page"],
        dir.path(),
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = read(&dir.path().join("content/en/handbook/my-page.md"));
    let body = text.splitn(3, "---\n").nth(2).unwrap_or("");
    assert!(!body.contains('#'), "{body}");
}
