//! Output paths as the system resolves them: `..` after a link in `--out`,
//! a build lock that someone replaced with a link, and what a build killed
//! while deleting the old site leaves behind.
#![cfg(unix)]

mod common;
use common::{sala, site};
use std::os::unix::fs::symlink;

#[test]
fn dot_dot_after_a_link_in_out_is_resolved_as_the_system_does() {
    let dir = site("multilingual");
    let work = tempfile::tempdir().unwrap();
    let real = work.path().join("deep/real");
    std::fs::create_dir_all(&real).unwrap();
    symlink(&real, work.path().join("link")).unwrap();
    // The system reads link/../site as deep/site, not as work/site.
    let out = work.path().join("link/../site");
    let run = sala(&["build", "--out", &out.to_string_lossy()], dir.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(work.path().join("deep/site/index.html").is_file());
    assert!(!work.path().join("site").exists());
}

#[test]
fn a_build_lock_replaced_by_a_link_is_refused_and_its_target_untouched() {
    let dir = site("multilingual");
    let work = tempfile::tempdir().unwrap();
    let victim = work.path().join("victim.txt");
    std::fs::write(&victim, "keep me").unwrap();
    symlink(&victim, work.path().join(".public.sala-lock")).unwrap();
    let out = work.path().join("public");
    let run = sala(&["build", "--out", &out.to_string_lossy()], dir.path());
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("the build lock beside the output folder is a symbolic link"),
        "{}",
        run.stderr
    );
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep me");
    assert!(!out.exists());
}

#[test]
fn an_old_site_left_half_deleted_by_a_killed_build_is_removed_by_the_next() {
    let dir = site("multilingual");
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("public");
    let run = sala(&["build", "--out", &out.to_string_lossy()], dir.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    // A build killed while deleting the previous site: its manifest already gone.
    let left = work.path().join(".public.old-424242");
    std::fs::create_dir_all(left.join("en/handbook")).unwrap();
    std::fs::write(left.join("en/handbook/index.html"), "old").unwrap();
    let staging = work.path().join(".public.staging-424243");
    std::fs::create_dir_all(staging.join("vi")).unwrap();
    // Not sala's: a name that only looks alike stays.
    let other = work.path().join(".public.old-notes");
    std::fs::create_dir_all(&other).unwrap();
    let run = sala(&["build", "--out", &out.to_string_lossy()], dir.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!left.exists() && !staging.exists(), "leftovers removed");
    assert!(other.exists());
}
