//! One door for every file sala reads (`src/files.rs`): links planted in a
//! site (git carries them) cannot make a build read `/dev/zero` until memory
//! runs out, hang on a FIFO, or publish the site's own `.git` or `.env`. Each
//! refusal names the file and the rule it broke.
#![cfg(unix)]

mod common;
use common::site;
use std::os::unix::fs::symlink;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Runs sala; fails the test if it takes more than 30 s (a hang).
fn sala_in_time(args: &[&str], cwd: &Path) -> (i32, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sala"))
        .args(args)
        .current_dir(cwd)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run sala");
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            let mut err = String::new();
            use std::io::Read;
            child
                .stderr
                .take()
                .expect("stderr")
                .read_to_string(&mut err)
                .expect("read");
            return (status.code().unwrap_or(-1), err);
        }
        if start.elapsed() > Duration::from_secs(30) {
            let _ = child.kill();
            panic!("sala {args:?} still running after 30 s");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn mkfifo(path: &Path) -> bool {
    Command::new("mkfifo")
        .arg(path)
        .status()
        .is_ok_and(|s| s.success())
}

#[test]
fn a_link_in_content_to_the_sites_own_git_or_env_is_skipped_and_never_published() {
    let dir = site("multilingual");
    let root = dir.path();
    std::fs::create_dir_all(root.join(".git")).unwrap();
    std::fs::write(
        root.join(".git/config"),
        "[remote]\n\turl = https://user:SECRET-TOKEN@example.org/x\n",
    )
    .unwrap();
    std::fs::write(root.join(".env"), "API_KEY=SECRET-TOKEN\n").unwrap();
    symlink(root.join(".git"), root.join("content/vi/handbook/notes")).unwrap();
    symlink(
        root.join(".env"),
        root.join("content/vi/handbook/settings.txt"),
    )
    .unwrap();
    symlink("../../.git/config", root.join("content/en/config.txt")).unwrap();
    let out = tempfile::tempdir().unwrap();
    let out_dir = out.path().join("site");
    let (code, stderr) = sala_in_time(&["build", "--out", &out_dir.to_string_lossy()], root);
    assert_eq!(code, 0, "{stderr}");
    for link in [
        "content/vi/handbook/notes",
        "content/vi/handbook/settings.txt",
        "content/en/config.txt",
    ] {
        assert!(
            stderr.contains(&format!("{link}: warning: content: skipped a link")),
            "{link} is named:\n{stderr}"
        );
    }
    assert!(
        stderr.contains("'.git'") || stderr.contains("outside content/"),
        "{stderr}"
    );
    for entry in walkdir::WalkDir::new(&out_dir) {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            let bytes = std::fs::read(entry.path()).unwrap();
            assert!(
                !bytes.windows(12).any(|w| w == b"SECRET-TOKEN"),
                "{} publishes the secret",
                entry.path().display()
            );
        }
    }
}

#[test]
fn root_files_that_are_links_to_devices_or_fifos_are_refused_at_once() {
    for (file, kind) in [
        ("sala.yaml", "config"),
        ("glossary.yaml", "glossary"),
        ("terminology.yaml", "terminology"),
        ("i18n/th.ftl", "UI strings"),
    ] {
        let dir = site("multilingual");
        let root = dir.path();
        let path = root.join(file);
        let _ = std::fs::remove_file(&path);
        symlink("/dev/zero", &path).unwrap();
        let (code, stderr) = sala_in_time(&["check"], root);
        assert_eq!(code, 1, "{file}: {stderr}");
        assert!(
            stderr.contains(&format!(
                "{file}: error: {kind}: cannot read: it is a link to /dev/zero, outside the site"
            )),
            "{file}:\n{stderr}"
        );

        let _ = std::fs::remove_file(&path);
        if mkfifo(&path) {
            let (code, stderr) = sala_in_time(&["check"], root);
            assert_eq!(code, 1, "{file} as a FIFO: {stderr}");
            assert!(
                stderr.contains(&format!("{file}: error: {kind}: cannot read:"))
                    && stderr.contains("not a regular file"),
                "{file} as a FIFO:\n{stderr}"
            );
        }
    }
}

#[test]
fn a_content_page_that_is_a_fifo_is_an_error_not_a_hang() {
    let dir = site("multilingual");
    let root = dir.path();
    if !mkfifo(&root.join("content/en/handbook/pipe.md")) {
        return;
    }
    let (code, stderr) = sala_in_time(&["check"], root);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("content/en/handbook/pipe.md: error: content: cannot read:")
            && stderr.contains("not a regular file"),
        "{stderr}"
    );
}

#[test]
fn a_theme_file_linking_outside_the_theme_stops_the_build_with_its_name() {
    let dir = site("multilingual");
    let root = dir.path();
    std::fs::write(root.join(".env"), "API_KEY=SECRET-TOKEN\n").unwrap();
    symlink(
        root.join(".env"),
        root.join("themes/default/static/extra.txt"),
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    let out_dir = out.path().join("site");
    let (code, stderr) = sala_in_time(&["build", "--out", &out_dir.to_string_lossy()], root);
    assert_ne!(code, 0, "{stderr}");
    assert!(
        stderr.contains("themes/default/static/extra.txt: refused a link"),
        "{stderr}"
    );
    assert!(!out_dir.exists(), "a failed build leaves no site");
}

#[test]
fn a_byte_order_mark_at_the_start_of_ui_strings_is_read_as_nothing() {
    let dir = site("multilingual");
    let root = dir.path();
    let ftl = root.join("i18n/th.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    std::fs::write(&ftl, format!("\u{feff}{text}")).unwrap();
    let (code, stderr) = sala_in_time(&["check"], root);
    assert_eq!(code, 0, "{stderr}");
    assert!(!stderr.contains("Expected one of"), "{stderr}");
}

#[test]
fn a_relative_root_reads_every_file_once_through_the_door() {
    // `sala build --root site` from the folder above: paths a walker finds
    // are already joined to the root and must not be joined twice.
    let parent = tempfile::tempdir().unwrap();
    let root = parent.path().join("site");
    common::copy(site("multilingual").path(), &root);
    std::fs::write(root.join("content/en/handbook/figure.svg"), "<svg/>").unwrap();
    let (code, stderr) = sala_in_time(
        &["build", "--root", "site", "--out", "site/public"],
        parent.path(),
    );
    assert_eq!(code, 0, "{stderr}");
    let not_found = std::fs::read_to_string(root.join("public/404.html")).unwrap();
    assert!(
        not_found.contains("<style>"),
        "the root 404 inlines the theme's CSS"
    );
    assert!(not_found.contains("--accent"), "with the CSS itself");
    assert!(root.join("public/assets/style.css").is_file());
    assert!(root.join("public/en/handbook/figure.svg").is_file());
}
