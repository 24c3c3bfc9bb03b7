//! Where `--archive` puts the offline package: beside the output folder by
//! default, in the folder an IT team names with `--archive DIR`, never inside
//! the site's sources (the next build would publish it); and a title too long
//! for a file name gives a shortened name, not a failure after the build.

mod common;
use common::{sala, site};
use std::path::Path;

fn zips(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".zip"))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

#[test]
fn the_archive_goes_into_the_folder_named_and_is_created_if_missing() {
    let dir = site("multilingual");
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("public");
    let packages = work.path().join("packages/2026");
    let run = sala(
        &[
            "build",
            "--out",
            &out.to_string_lossy(),
            "--archive",
            &packages.to_string_lossy(),
        ],
        dir.path(),
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(zips(&packages).len(), 1, "{}", run.stderr);
    assert!(zips(work.path()).is_empty(), "nothing beside the output");
}

#[test]
fn without_a_folder_the_archive_goes_beside_the_output() {
    let dir = site("multilingual");
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("public");
    let run = sala(
        &["build", "--out", &out.to_string_lossy(), "--archive"],
        dir.path(),
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(zips(work.path()).len(), 1);
}

#[test]
fn an_archive_folder_inside_the_sources_is_refused_and_never_created() {
    let dir = site("multilingual");
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("public");
    for inside in [
        "content/en/packages",
        "themes/default/static/zips",
        "i18n/x",
    ] {
        let target = dir.path().join(inside);
        let run = sala(
            &[
                "build",
                "--out",
                &out.to_string_lossy(),
                "--archive",
                &target.to_string_lossy(),
            ],
            dir.path(),
        );
        assert_ne!(run.code, 0, "{inside}");
        assert!(
            run.stderr.contains("which the next build would publish"),
            "{}",
            run.stderr
        );
        assert!(!target.exists(), "{inside} was created");
    }
}

#[test]
fn a_title_too_long_for_a_file_name_gives_a_shortened_archive_name() {
    let dir = site("multilingual");
    let yaml = dir.path().join("sala.yaml");
    let text = std::fs::read_to_string(&yaml).unwrap();
    let long = "Knowledge base of guidance ".repeat(12);
    std::fs::write(&yaml, text.replace("en: Test site", &format!("en: {long}"))).unwrap();
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("public");
    let run = sala(
        &["build", "--out", &out.to_string_lossy(), "--archive"],
        dir.path(),
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let names = zips(work.path());
    assert_eq!(names.len(), 1);
    assert!(
        names[0].len() < 130 && names[0].starts_with("knowledge-base-of-guidance"),
        "{names:?}"
    );
}
