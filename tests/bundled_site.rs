//! The knowledge base shipped in `content/`: it builds, `sala check` has
//! nothing to say, and every page leads readers on to related guidance
//! (one "See also" list of two to six pages).

mod common;
use common::{read, repo, sala};

#[test]
fn check_is_clean_on_the_bundled_knowledge_base() {
    let run = sala(&["check"], &repo());
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.trim_end().ends_with("0 errors, 0 warnings"),
        "sala check must report nothing on the bundled site:\n{}",
        run.stderr
    );
}

#[test]
fn every_page_of_the_bundled_site_exists_in_three_languages_and_leads_on() {
    let out = tempfile::tempdir().unwrap();
    let run = sala(&["build", "--out", &out.path().to_string_lossy()], &repo());
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut pages = 0;
    for entry in walkdir::WalkDir::new(repo().join("content/en")) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "md") {
            continue;
        }
        let rel = entry
            .path()
            .strip_prefix(repo().join("content/en"))
            .unwrap();
        for lang in ["vi", "th"] {
            assert!(
                repo().join("content").join(lang).join(rel).exists(),
                "{} missing in {lang}",
                rel.display()
            );
        }
        if rel.to_string_lossy() == "_index.md" {
            continue;
        }
        let stem = rel
            .to_string_lossy()
            .trim_end_matches(".md")
            .trim_end_matches("_index")
            .trim_end_matches('/')
            .to_string();
        for lang in ["vi", "th", "en"] {
            let html = read(&out.path().join(lang).join(&stem).join("index.html"));
            let see_also = html.split(r#"id="see-also-title""#).nth(1).map_or(0, |s| {
                s.split("</section>")
                    .next()
                    .unwrap_or("")
                    .matches("<li>")
                    .count()
            });
            assert!(
                (2..=6).contains(&see_also),
                "{lang}/{stem} leads to {see_also} pages under See also"
            );
        }
        pages += 1;
    }
    assert!(pages > 0, "no pages");
}
