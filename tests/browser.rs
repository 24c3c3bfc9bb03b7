//! Real Chromium (Debian's `chromium`) on a built fixture site, from `file://`
//! and over HTTP under a sub-path, driven by tests/js/*.browser.test.mjs; the
//! unzipped `--archive` package and its print books from `file://` too. The
//! reading, language switcher, search and `sala serve` scripts also run in
//! Firefox ESR (Debian's `firefox-esr`, driven over WebDriver BiDi; see
//! tests/js/browsers.mjs).
//! Needs `chromium`, `firefox-esr` and `node`/`npm` (installs playwright-core
//! and puppeteer-core with `npm ci` when missing; .ci/run installs the rest);
//! fails, never skips, when they are missing unless SALA_SKIP_BROWSER=1 is set.

mod common;
use common::{driver, repo, sala, site};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Which browser a script runs in (tests/js/browsers.mjs reads SALA_BROWSER).
#[derive(Clone, Copy)]
enum Browser {
    Chromium,
    Firefox,
}

impl Browser {
    fn name(self) -> &'static str {
        match self {
            Browser::Chromium => "chromium",
            Browser::Firefox => "firefox",
        }
    }

    /// Whether to run: false only under SALA_SKIP_BROWSER; a missing browser fails.
    fn ready(self) -> bool {
        if !driver() {
            return false;
        }
        if let Browser::Firefox = self {
            let firefox = std::env::var_os("FIREFOX")
                .map_or_else(|| PathBuf::from("/usr/bin/firefox-esr"), PathBuf::from);
            assert!(
                firefox.is_file(),
                "{} missing: install Debian's firefox-esr (or set FIREFOX, or SALA_SKIP_BROWSER=1)",
                firefox.display()
            );
        }
        true
    }

    /// `node --test <script>` in this browser.
    fn node(self, script: &str) -> Command {
        let mut node = Command::new("node");
        node.arg("--test")
            .arg(repo().join("tests/js").join(script))
            .env("SALA_BROWSER", self.name())
            .current_dir(repo());
        node
    }

    fn screenshots(self) -> [(&'static str, PathBuf); 1] {
        let dir = repo().join("target/screenshots");
        let dir = match self {
            Browser::Chromium => dir,
            Browser::Firefox => dir.join("firefox"),
        };
        [("SALA_SCREENSHOTS", dir)]
    }
}

fn serve_reloads_in(browser: Browser) {
    if !browser.ready() {
        return;
    }
    let dir = site("multilingual");
    let server = common::serve(dir.path());
    let url = format!("http://127.0.0.1:{}/", server.port);
    let status = browser
        .node("serve.browser.test.mjs")
        .env("SALA_SERVE_URL", &url)
        .env("SALA_SERVE_ROOT", dir.path())
        .status()
        .expect("run node");
    drop(server);
    assert!(
        status.success(),
        "serve browser test failed in {}",
        browser.name()
    );
}

#[test]
fn serve_reloads_the_browser_and_shows_build_errors_until_fixed() {
    serve_reloads_in(Browser::Chromium);
}

#[test]
fn serve_reloads_and_shows_build_errors_in_firefox() {
    serve_reloads_in(Browser::Firefox);
}

/// Builds the site at `root` into `www/<sub>/` and runs browser test scripts
/// on it from `file://` and over HTTP under that sub-path.
fn test_built_site(
    browser: Browser,
    root: &Path,
    sub: &str,
    scripts: &[&str],
    env: &[(&str, PathBuf)],
) -> bool {
    let www = tempfile::tempdir().expect("temp dir");
    let out = www.path().join(sub);
    let run = sala(&["build", "--out", &out.to_string_lossy()], root);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let server = common::StaticServer::start(www.path());
    let mut node = browser.node(scripts[0]);
    node.args(scripts[1..].iter().map(|s| repo().join("tests/js").join(s)));
    node.env("SALA_FILE_BASE", format!("file://{}/", out.display()))
        .env(
            "SALA_HTTP_BASE",
            format!("http://127.0.0.1:{}/{sub}/", server.port),
        );
    for (k, v) in env {
        node.env(k, v);
    }
    node.status().expect("run node (install nodejs)").success()
}

fn built_site_reads_correctly_in(browser: Browser) {
    if !browser.ready() {
        return;
    }
    let dir = site("multilingual");
    assert!(
        test_built_site(
            browser,
            dir.path(),
            "agency/kb",
            &["site.browser.test.mjs"],
            &browser.screenshots()
        ),
        "browser tests failed in {}",
        browser.name()
    );
}

#[test]
fn built_site_reads_correctly_in_chromium_from_disk_and_over_http() {
    built_site_reads_correctly_in(Browser::Chromium);
}

#[test]
fn built_site_reads_correctly_in_firefox_from_disk_and_over_http() {
    built_site_reads_correctly_in(Browser::Firefox);
}

/// The root 404 page behind a server that shows it for every missing
/// address (nginx `error_page`, Apache `ErrorDocument`), at three depths.
fn not_found_page_works_at_any_depth_in(browser: Browser) {
    if !browser.ready() {
        return;
    }
    let dir = site("multilingual");
    let www = tempfile::tempdir().expect("temp dir");
    let out = www.path().join("agency/kb");
    let run = sala(&["build", "--out", &out.to_string_lossy()], dir.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    let server = common::StaticServer::start_with_error_page(www.path(), "agency/kb/404.html");
    let status = browser
        .node("notfound.browser.test.mjs")
        .env(
            "SALA_HTTP_BASE",
            format!("http://127.0.0.1:{}/agency/kb/", server.port),
        )
        .status()
        .expect("run node (install nodejs)");
    assert!(
        status.success(),
        "404 page tests failed in {}",
        browser.name()
    );
}

#[test]
fn the_404_page_leads_home_from_any_depth_behind_a_server_in_chromium() {
    not_found_page_works_at_any_depth_in(Browser::Chromium);
}

#[test]
fn the_404_page_leads_home_from_any_depth_behind_a_server_in_firefox() {
    not_found_page_works_at_any_depth_in(Browser::Firefox);
}

/// A page on another loopback address includes the preview's search
/// script and tries to read a draft through it.
fn another_site_reads_no_drafts_in(browser: Browser) {
    if !browser.ready() {
        return;
    }
    let dir = site("multilingual");
    let secret = "zebrasecret42";
    std::fs::write(
        dir.path().join("content/en/handbook/secret.md"),
        format!("---\ntitle: Secret draft\ndraft: true\n---\n\nThe plan names {secret} before its release.\n"),
    )
    .unwrap();
    let preview = common::serve(dir.path());
    let origin = format!("http://127.0.0.1:{}", preview.port);
    let evil = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        evil.path().join("attack.html"),
        format!(
            r#"<!DOCTYPE html><html><head><meta charset="utf-8"><title>start</title>
<script src="{origin}/assets/search.js" data-root="{origin}/" data-langs="en"></script></head>
<body><p>attack</p><script>
setTimeout(function () {{
  if (!window.sala || !window.sala.search) {{ document.title = "DONE no-api"; return; }}
  window.sala.search("plan release", {{ lang: "en", limit: 5 }}).then(function (r) {{
    document.title = "DONE read " + JSON.stringify(r);
  }}, function (e) {{ document.title = "DONE no-api " + e; }});
}}, 1500);
</script></body></html>"#
        ),
    )
    .unwrap();
    let server = common::StaticServer::start_on(evil.path(), "127.0.0.2");
    let status = browser
        .node("crosssite.browser.test.mjs")
        .env(
            "SALA_ATTACK_URL",
            format!("http://127.0.0.2:{}/attack.html", server.port),
        )
        .env("SALA_SECRET", secret)
        .status()
        .expect("run node (install nodejs)");
    assert!(
        status.success(),
        "cross-site test failed in {}",
        browser.name()
    );
}

#[test]
fn another_site_cannot_read_preview_drafts_in_chromium() {
    another_site_reads_no_drafts_in(Browser::Chromium);
}

#[test]
fn another_site_cannot_read_preview_drafts_in_firefox() {
    another_site_reads_no_drafts_in(Browser::Firefox);
}

fn bundled_knowledge_base_is_searchable_in(browser: Browser) {
    if !browser.ready() {
        return;
    }
    assert!(
        test_built_site(
            browser,
            &repo(),
            "intranet/kb",
            &["search.browser.test.mjs", "search-forgive.browser.test.mjs"],
            &[]
        ),
        "search browser tests failed in {}",
        browser.name()
    );
}

#[test]
fn bundled_knowledge_base_is_searchable_in_chromium_from_disk_and_over_http() {
    bundled_knowledge_base_is_searchable_in(Browser::Chromium);
}

#[test]
fn bundled_knowledge_base_is_searchable_in_firefox_from_disk_and_over_http() {
    bundled_knowledge_base_is_searchable_in(Browser::Firefox);
}

/// `sala build --archive`, unzipped to a fresh folder, as a reader gets it on a USB stick.
#[test]
fn unzipped_archive_works_from_disk_with_search_and_print_books_in_chromium() {
    if !driver() {
        return;
    }
    let work = tempfile::tempdir().expect("temp dir");
    let out = work.path().join("public");
    let run = sala(
        &["build", "--archive", "--out", &out.to_string_lossy()],
        &repo(),
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let zip = std::fs::read_dir(work.path())
        .expect("list")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "zip"))
        .expect("an archive beside public/");
    let unzipped = work.path().join("unzipped");
    let file = std::fs::File::open(&zip).expect("open archive");
    zip::ZipArchive::new(file)
        .expect("read archive")
        .extract(&unzipped)
        .expect("unzip");
    let top = unzipped.join(zip.file_stem().expect("stem"));
    assert!(top.join("README.txt").is_file() && top.join("index.html").is_file());
    let status = Command::new("node")
        .arg("--test")
        .arg(repo().join("tests/js/offline.browser.test.mjs"))
        .env("SALA_FILE_BASE", format!("file://{}/", top.display()))
        .env("SALA_PDF_DIR", repo().join("target/print-books"))
        .current_dir(repo())
        .status()
        .expect("run node (install nodejs)");
    assert!(status.success(), "offline package browser tests failed");
}

#[test]
fn bundled_knowledge_base_is_accessible_and_reads_well_on_phones_and_wide_screens() {
    if !driver() {
        return;
    }
    let shots = Browser::Chromium.screenshots();
    assert!(
        test_built_site(
            Browser::Chromium,
            &repo(),
            "intranet/kb",
            &["a11y.browser.test.mjs"],
            &shots
        ),
        "accessibility and layout browser tests failed"
    );
}
