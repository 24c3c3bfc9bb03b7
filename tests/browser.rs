//! Real Chromium (Debian's `chromium`) on a built fixture site, from `file://`
//! and over HTTP under a sub-path, driven by tests/js/site.browser.test.mjs.
//! Needs `chromium` and `node`/`npm` (installs playwright-core with `npm ci` when
//! missing; .ci/run installs the rest); fails, never skips,
//! when they are missing unless SALA_SKIP_BROWSER=1 is set.

mod common;
use common::{repo, sala, site};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Installs the driver once (tests run in parallel: one of them does it).
fn driver() -> bool {
    static READY: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *READY.get_or_init(|| {
        if std::env::var_os("SALA_SKIP_BROWSER").is_some() {
            eprintln!("SALA_SKIP_BROWSER set: browser tests not run");
            return false;
        }
        if !repo().join("node_modules/playwright-core").exists() {
            let ok = Command::new("npm")
                .args(["ci", "--no-audit", "--no-fund"])
                .current_dir(repo())
                .status()
                .expect("run npm (install nodejs and npm)");
            assert!(ok.success(), "npm ci failed");
        }
        true
    })
}

#[test]
fn serve_reloads_the_browser_and_shows_build_errors_until_fixed() {
    if !driver() {
        return;
    }
    let dir = site("multilingual");
    let server = common::serve(dir.path());
    let url = format!("http://127.0.0.1:{}/", server.port);
    let status = Command::new("node")
        .arg("--test")
        .arg(repo().join("tests/js/serve.browser.test.mjs"))
        .env("SALA_SERVE_URL", &url)
        .env("SALA_SERVE_ROOT", dir.path())
        .current_dir(repo())
        .status()
        .expect("run node");
    drop(server);
    assert!(status.success(), "serve browser test failed");
}

/// Builds the site at `root` into `www/<sub>/` and runs a browser test script
/// on it from `file://` and over HTTP under that sub-path.
fn test_built_site(root: &Path, sub: &str, script: &str, env: &[(&str, PathBuf)]) -> bool {
    let www = tempfile::tempdir().expect("temp dir");
    let out = www.path().join(sub);
    let run = sala(&["build", "--out", &out.to_string_lossy()], root);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let server = common::StaticServer::start(www.path());
    let mut node = Command::new("node");
    node.arg("--test")
        .arg(repo().join("tests/js").join(script))
        .env("SALA_FILE_BASE", format!("file://{}/", out.display()))
        .env(
            "SALA_HTTP_BASE",
            format!("http://127.0.0.1:{}/{sub}/", server.port),
        )
        .current_dir(repo());
    for (k, v) in env {
        node.env(k, v);
    }
    node.status().expect("run node (install nodejs)").success()
}

#[test]
fn built_site_reads_correctly_in_chromium_from_disk_and_over_http() {
    if !driver() {
        return;
    }
    let dir = site("multilingual");
    let shots = [("SALA_SCREENSHOTS", repo().join("target/screenshots"))];
    assert!(
        test_built_site(dir.path(), "agency/kb", "site.browser.test.mjs", &shots),
        "browser tests failed"
    );
}

#[test]
fn bundled_knowledge_base_is_searchable_in_chromium_from_disk_and_over_http() {
    if !driver() {
        return;
    }
    assert!(
        test_built_site(&repo(), "intranet/kb", "search.browser.test.mjs", &[]),
        "search browser tests failed"
    );
}

#[test]
fn bundled_knowledge_base_is_accessible_and_reads_well_on_phones_and_wide_screens() {
    if !driver() {
        return;
    }
    let shots = [("SALA_SCREENSHOTS", repo().join("target/screenshots"))];
    assert!(
        test_built_site(&repo(), "intranet/kb", "a11y.browser.test.mjs", &shots),
        "accessibility and layout browser tests failed"
    );
}
