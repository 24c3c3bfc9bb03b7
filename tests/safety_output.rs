//! Hostile inputs, each with its exact outcome (see DESIGN.md, "Safety
//! rules"): sala never deletes or writes what it does not own: its
//! output folder is its own, rebuilt atomically, never a folder of the site.
//! Every case here failed before the rule that closes its class.

mod common;
use common::hostile::{build, page, refused, write};
use common::{read, site};
use std::fs;
use std::path::Path;

// ── Output ownership ─────────────────────────────────────────────────────

#[test]
fn a_folder_sala_did_not_make_is_never_emptied() {
    let dir = site("multilingual");
    write(dir.path(), "mine/report.docx", "keep me");
    let run = build(dir.path(), &["--out", "mine"]);
    refused(
        &run,
        "mine: error: output: the output folder is not empty and was not made by sala",
    );
    assert!(run.stderr.contains("--force"));
    assert_eq!(read(&dir.path().join("mine/report.docx")), "keep me");
    assert!(!dir.path().join("mine/index.html").exists());
}

#[test]
fn force_replaces_a_folder_sala_did_not_make() {
    let dir = site("multilingual");
    write(dir.path(), "mine/report.docx", "old");
    let run = build(dir.path(), &["--out", "mine", "--force"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!dir.path().join("mine/report.docx").exists());
    assert!(dir.path().join("mine/index.html").exists());
}

#[test]
fn the_content_folder_is_refused_as_output() {
    let dir = site("multilingual");
    let before = common::snapshot(&dir.path().join("content"));
    refused(
        &build(dir.path(), &["--out", "content"]),
        "the output folder lies inside the source folder content/",
    );
    refused(
        &build(dir.path(), &["--out", "content/vi/handbook"]),
        "the output folder lies inside the source folder content/",
    );
    assert_eq!(common::snapshot(&dir.path().join("content")), before);
}

#[test]
fn themes_and_i18n_are_refused_as_output() {
    let dir = site("multilingual");
    refused(
        &build(dir.path(), &["--out", "themes/default"]),
        "lies inside the source folder themes/",
    );
    refused(
        &build(dir.path(), &["--out", "i18n"]),
        "lies inside the source folder i18n/",
    );
    assert!(dir
        .path()
        .join("themes/default/templates/base.html")
        .exists());
    assert!(dir.path().join("i18n/en.ftl").exists());
}

#[test]
fn the_site_root_is_refused_as_output() {
    let dir = site("multilingual");
    refused(
        &build(dir.path(), &["--out", "."]),
        "the output folder is the site's root",
    );
    refused(
        &build(dir.path(), &["--out", "content/.."]),
        "the output folder is the site's root",
    );
    assert!(dir.path().join("sala.yaml").exists());
}

#[test]
fn a_parent_of_the_site_root_is_refused_as_output() {
    let outer = tempfile::tempdir().expect("tempdir");
    let root = outer.path().join("site");
    common::copy(dir_of(&site("multilingual")), &root);
    refused(
        &build(&root, &["--out", ".."]),
        "the output folder contains the site's root",
    );
    let abs = outer.path().to_string_lossy().into_owned();
    refused(
        &build(&root, &["--out", &abs]),
        "the output folder contains the site's root",
    );
    assert!(root.join("sala.yaml").exists());
}

fn dir_of(t: &tempfile::TempDir) -> &Path {
    t.path()
}

#[test]
fn output_dir_in_sala_yaml_pointing_at_content_is_refused() {
    let dir = site("multilingual");
    let yaml = read(&dir.path().join("sala.yaml"));
    write(
        dir.path(),
        "sala.yaml",
        &format!("{yaml}output_dir: content\n"),
    );
    let before = common::snapshot(&dir.path().join("content"));
    refused(
        &build(dir.path(), &[]),
        "the output folder lies inside the source folder content/",
    );
    assert_eq!(common::snapshot(&dir.path().join("content")), before);
}

#[test]
fn a_plain_file_given_as_output_is_kept() {
    let dir = site("multilingual");
    write(dir.path(), "notes.txt", "my notes");
    refused(
        &build(dir.path(), &["--out", "notes.txt"]),
        "notes.txt: error: output: the output is a file, not a folder",
    );
    assert_eq!(read(&dir.path().join("notes.txt")), "my notes");
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_given_as_output_is_refused() {
    let dir = site("multilingual");
    write(dir.path(), "elsewhere/keep.txt", "k");
    std::os::unix::fs::symlink(dir.path().join("elsewhere"), dir.path().join("link"))
        .expect("symlink");
    refused(
        &build(dir.path(), &["--out", "link"]),
        "the output folder is a symbolic link",
    );
    assert_eq!(read(&dir.path().join("elsewhere/keep.txt")), "k");
}

#[test]
fn files_added_to_a_built_site_are_not_deleted_by_the_next_build() {
    let dir = site("multilingual");
    assert_eq!(build(dir.path(), &[]).code, 0);
    write(dir.path(), "public/uploads/minutes.pdf", "pdf");
    refused(
        &build(dir.path(), &[]),
        "the output folder holds 1 file(s) that sala did not write: uploads/minutes.pdf",
    );
    assert_eq!(read(&dir.path().join("public/uploads/minutes.pdf")), "pdf");
}

#[test]
fn a_rebuild_replaces_only_what_the_last_build_wrote() {
    let dir = site("multilingual");
    write(
        dir.path(),
        "content/en/handbook/old.md",
        &page("Old", "Gone soon."),
    );
    assert_eq!(build(dir.path(), &[]).code, 0);
    let manifest = read(&dir.path().join("public/.sala-manifest"));
    assert!(
        manifest.contains("\nen/handbook/old/index.html\n"),
        "{manifest}"
    );
    fs::remove_file(dir.path().join("content/en/handbook/old.md")).expect("rm");
    let run = build(dir.path(), &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!dir
        .path()
        .join("public/en/handbook/old/index.html")
        .exists());
    assert!(dir
        .path()
        .join("public/en/handbook/risks/index.html")
        .exists());
}

#[test]
fn an_empty_existing_folder_is_taken_as_output() {
    let dir = site("multilingual");
    fs::create_dir(dir.path().join("empty")).expect("mkdir");
    let run = build(dir.path(), &["--out", "empty"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(dir.path().join("empty/index.html").exists());
}

#[test]
fn a_killed_builds_staging_folder_is_removed_by_the_next_build() {
    let dir = site("multilingual");
    // What a build killed mid-way leaves: a marked staging folder, an old site moved aside.
    write(dir.path(), ".public.staging-999999/.sala-staging", "");
    write(dir.path(), ".public.staging-999999/vi/index.html", "half");
    write(dir.path(), ".public.old-999999/.sala-manifest", "# sala\n");
    // Look-alikes that are not sala's stay.
    write(dir.path(), ".public.staging-mine/notes.txt", "mine");
    let run = build(dir.path(), &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!dir.path().join(".public.staging-999999").exists());
    assert!(!dir.path().join(".public.old-999999").exists());
    assert_eq!(
        read(&dir.path().join(".public.staging-mine/notes.txt")),
        "mine"
    );
    let left: Vec<String> = fs::read_dir(dir.path())
        .expect("ls")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("staging-") && n != ".public.staging-mine")
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn a_second_build_into_the_same_output_at_once_is_refused() {
    let dir = site("multilingual");
    let lock = fs::File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(dir.path().join(".public.sala-lock"))
        .expect("lock file");
    lock.lock().expect("lock");
    refused(&build(dir.path(), &[]), "another sala build is writing");
    drop(lock);
    assert_eq!(build(dir.path(), &[]).code, 0);
}

#[test]
fn a_failed_build_leaves_the_previous_site() {
    let dir = site("multilingual");
    assert_eq!(build(dir.path(), &[]).code, 0);
    let before = common::snapshot(&dir.path().join("public"));
    write(
        dir.path(),
        "content/en/handbook/broken.md",
        "---\ntitle: [unclosed\n---\n",
    );
    assert_eq!(build(dir.path(), &[]).code, 1);
    assert_eq!(common::snapshot(&dir.path().join("public")), before);
}
