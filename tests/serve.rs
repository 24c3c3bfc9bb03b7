//! `sala serve` for real: a server on a free loopback port, pages fetched over
//! HTTP, files edited on disk, and the change (or the error) seen in responses.

mod common;
use common::{serve as start, site};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

/// (status, body) of a GET with the path sent exactly as given.
fn get(port: u16, path: &str) -> (u16, String) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    write!(s, "GET {path} HTTP/1.0\r\nHost: localhost\r\n\r\n").unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).expect("read");
    let text = String::from_utf8_lossy(&raw).into_owned();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}

/// Polls until `check` holds for the body at `path` (at most 10 s).
fn wait_for(port: u16, path: &str, check: impl Fn(&str) -> bool) -> String {
    let start = Instant::now();
    loop {
        let (_, body) = get(port, path);
        if check(&body) {
            return body;
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "timed out waiting on {path}: {body}"
        );
        std::thread::sleep(Duration::from_millis(25));
    }
}

#[test]
fn serves_pages_with_types_folders_404_and_the_reload_script() {
    let dir = site("multilingual");
    let server = start(dir.path());
    let (status, body) = get(server.port, "/vi/handbook/risks/");
    assert_eq!(status, 200);
    assert!(body.contains("Bảy rủi ro thường gặp"));
    assert!(body.contains(r#"<script src="/__sala/reload.js"></script></body>"#));
    let (status, _) = get(server.port, "/vi/handbook/risks");
    assert_eq!(status, 301);
    let (status, css) = get(server.port, "/assets/style.css");
    assert_eq!(status, 200);
    assert!(css.contains("--font:"));
    let (status, body) = get(server.port, "/vi/no-such-page/");
    assert_eq!(status, 404);
    assert!(
        body.contains("Không tìm thấy trang"),
        "the site's own 404 page, in Vietnamese"
    );
    // Drafts are shown in serve, marked as drafts.
    let (status, draft) = get(server.port, "/vi/handbook/draft-page/");
    assert_eq!(status, 200);
    assert!(draft.contains(r#"<span class="badge-draft">Bản nháp</span>"#));
}

#[test]
fn path_traversal_is_refused() {
    let dir = site("multilingual");
    let server = start(dir.path());
    for path in [
        "/../sala.yaml",
        "/vi/../../sala.yaml",
        "/%2e%2e/sala.yaml",
        "/vi/%2E%2E/%2E%2E/content/vi/_index.md",
    ] {
        let (status, body) = get(server.port, path);
        assert!(status == 400 || status == 404, "{path} gave {status}");
        assert!(
            !body.contains("default_language"),
            "{path} leaked sala.yaml"
        );
    }
}

#[test]
fn an_edit_is_served_and_an_error_shows_until_fixed() {
    let dir = site("multilingual");
    let server = start(dir.path());
    let page = dir.path().join("content/vi/handbook/risks.md");
    let original = std::fs::read_to_string(&page).unwrap();
    let (_, status) = get(server.port, "/__sala/reload");
    assert!(status.contains(r#""errors":[]"#));

    std::fs::write(
        &page,
        original.replace("Bảy rủi ro thường gặp", "Bảy rủi ro đã sửa"),
    )
    .unwrap();
    wait_for(server.port, "/vi/handbook/risks/", |b| {
        b.contains("Bảy rủi ro đã sửa")
    });
    // Pages that show its title follow: the section list and the backlinking page.
    wait_for(server.port, "/vi/handbook/", |b| {
        b.contains("Bảy rủi ro đã sửa")
    });
    wait_for(server.port, "/vi/handbook/dialogue/", |b| {
        b.contains("Bảy rủi ro đã sửa")
    });

    std::fs::write(&page, original.replace("title: Bảy", "titel: Bảy")).unwrap();
    let status = wait_for(server.port, "/__sala/reload", |b| {
        b.contains("unknown field")
    });
    assert!(status.contains(r#"content/vi/handbook/risks.md:2:1: error: front matter: unknown field 'titel'\n  hint: did you mean 'title'?"#), "{status}");
    // The last good page is still served meanwhile.
    let (code, _) = get(server.port, "/vi/handbook/risks/");
    assert_eq!(code, 200);

    std::fs::write(&page, &original).unwrap();
    wait_for(server.port, "/__sala/reload", |b| {
        b.contains(r#""errors":[]"#)
    });
    wait_for(server.port, "/vi/handbook/risks/", |b| {
        b.contains("Bảy rủi ro thường gặp")
    });
}

#[test]
fn a_template_edit_rebuilds_the_whole_site() {
    let dir = site("multilingual");
    let server = start(dir.path());
    let base = dir.path().join("themes/default/templates/base.html");
    let text = std::fs::read_to_string(&base).unwrap();
    std::fs::write(
        &base,
        text.replace(
            "<footer class=\"site-footer\">",
            "<footer class=\"site-footer\"><p>EDITED</p>",
        ),
    )
    .unwrap();
    wait_for(server.port, "/th/index.html", |b| {
        b.contains("<p>EDITED</p>")
    });
    wait_for(server.port, "/en/handbook/dialogue/", |b| {
        b.contains("<p>EDITED</p>")
    });
}

/// Every dictionary shard of a language's search index, joined.
fn dictionary(port: u16, lang: &str) -> String {
    let mut all = String::new();
    for k in 0.. {
        let (status, body) = get(port, &format!("/search/{lang}/d/{k}.js"));
        if status != 200 {
            break;
        }
        all.push_str(&body);
    }
    all
}

#[test]
fn the_search_index_catches_up_with_an_edit() {
    let dir = site("multilingual");
    let server = start(dir.path());
    assert!(!dictionary(server.port, "vi").contains("\"zyxquark\""));
    let page = dir.path().join("content/vi/handbook/risks.md");
    let text = std::fs::read_to_string(&page).unwrap();
    std::fs::write(&page, format!("{text}\nMột từ mới: Zyxquark.\n")).unwrap();
    wait_for(server.port, "/vi/handbook/risks/", |b| {
        b.contains("Zyxquark")
    });
    let start = Instant::now();
    while !dictionary(server.port, "vi").contains("\"zyxquark\"") {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the new word never reached the search index"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    // The other languages' indexes were not touched by a Vietnamese edit.
    assert!(!dictionary(server.port, "en").contains("\"zyxquark\""));
}
