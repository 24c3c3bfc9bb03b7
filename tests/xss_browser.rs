//! XSS in a real browser: the hostile sites of tests/common/xss/ (the
//! payloads of tests/xss_payloads.json placed everywhere a site holds text)
//! opened in Chromium by tests/js/xss.browser.test.mjs, every page and search
//! results for words of the payloads, from `file://` and over HTTP: any dialog,
//! `window.__xss` marker, event handler attribute, `javascript:`/`data:`/
//! `vbscript:` URL or foreign script fails. A hand-written canary page checks
//! that the browser pass flags live payloads.
//!
//! Needs `chromium` and `node` like tests/browser.rs; fails, never skips, when
//! they are missing unless SALA_SKIP_BROWSER=1 is set (the static pass,
//! tests/xss_static_pass.rs, runs anyway).

mod common;
use common::xss::{build_all, write, CANARY, LANGS};
use common::{driver, repo};
use std::process::Command;

#[test]
fn hostile_sites_run_no_script_in_chromium_from_disk_and_over_http() {
    if !driver() {
        return;
    }
    let built = build_all();
    let www = built.www.path();
    if std::env::var_os("SALA_XSS_KEEP").is_some() {
        eprintln!("SALA_XSS_KEEP: the built sites stay in {}", www.display());
    }
    let server = common::StaticServer::start(www);
    let config = serde_json::json!({
        "pages": built.pages,
        "searchRoot": "agency/kb/",
        "langs": LANGS,
        "boxPage": "agency/kb/en/xss/glossary/index.html",
        "canary": "canary/index.html",
        "inlineScripts": built.inline_scripts,
        "assets": built.assets,
    });
    write(&www.join("canary/index.html"), CANARY);
    let config_file = tempfile::NamedTempFile::new().expect("temp file");
    std::fs::write(config_file.path(), config.to_string()).expect("write config");
    let status = Command::new("node")
        .arg("--test")
        .arg(repo().join("tests/js/xss.browser.test.mjs"))
        .env("SALA_FILE_BASE", format!("file://{}/", www.display()))
        .env(
            "SALA_HTTP_BASE",
            format!("http://127.0.0.1:{}/", server.port),
        )
        .env("SALA_XSS_CONFIG", config_file.path())
        .current_dir(repo())
        .status()
        .expect("run node (install nodejs)");
    if std::env::var_os("SALA_XSS_KEEP").is_some() {
        std::mem::forget(built.www);
    }
    assert!(status.success(), "XSS browser tests failed (see above)");
}
