//! A rebuild over an existing site keeps, by linking, every file whose bytes
//! did not change (no write, no new inode), writes the ones that did, and
//! still swaps the whole site at once. A file of the old site that is linked
//! from elsewhere is never shared with the new one.
#![cfg(unix)]

mod common;
use common::{read, sala, site};
use std::os::unix::fs::MetadataExt;
use std::path::Path;

fn inode(p: &Path) -> (u64, u64) {
    let m = std::fs::metadata(p).unwrap();
    (m.ino(), m.nlink())
}

#[test]
fn unchanged_files_are_kept_and_changed_ones_written_anew() {
    let dir = site("multilingual");
    let run = sala(&["build"], dir.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    let public = dir.path().join("public");
    let dialogue = public.join("vi/handbook/dialogue/index.html");
    let risks = public.join("en/handbook/risks/index.html");
    let (dialogue_ino, _) = inode(&dialogue);
    let (risks_ino, _) = inode(&risks);

    let page = dir.path().join("content/en/handbook/risks.md");
    let text = read(&page).replace("\n\n", "\n\nA sentence added by an editor.\n\n");
    std::fs::write(&page, text).unwrap();
    let run = sala(&["build"], dir.path());
    assert_eq!(run.code, 0, "{}", run.stderr);

    assert_eq!(
        inode(&dialogue),
        (dialogue_ino, 1),
        "an unchanged page was written again"
    );
    let (new_risks_ino, links) = inode(&risks);
    assert_ne!(
        new_risks_ino, risks_ino,
        "the edited page kept its old file"
    );
    assert_eq!(links, 1);
    assert!(read(&risks).contains("A sentence added by an editor."));
    // Nothing of the old site or the staging folder is left beside it.
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".old-") || n.contains(".staging-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_file_linked_from_outside_the_site_is_never_shared() {
    let dir = site("multilingual");
    assert_eq!(sala(&["build"], dir.path()).code, 0);
    let home = dir.path().join("public/en/index.html");
    let outside = dir.path().join("elsewhere.html");
    std::fs::hard_link(&home, &outside).unwrap();
    let run = sala(&["build"], dir.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_ne!(inode(&home).0, inode(&outside).0);
    assert_eq!(inode(&home).1, 1);
    assert_eq!(read(&home), read(&outside), "same bytes, separate files");
}
