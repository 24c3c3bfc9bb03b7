//! `sala serve` answering plain requests: pages, assets, folders, drafts and
//! the site's 404 page over HTTP, redirects to the slash form (never to another
//! host), HEAD, and path traversal refused.

mod common;
use common::http::{get, header, raw};
use common::{serve as start, site};

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
fn a_double_slash_redirects_to_a_path_never_to_another_host() {
    let dir = site("multilingual");
    let server = start(dir.path());
    for (path, to) in [
        ("//en", "/en/"),
        ("//en?x=1", "/en/"),
        ("/./en//handbook", "/en/handbook/"),
        ("/vi/handbook/risks", "/vi/handbook/risks/"),
    ] {
        let r = raw(
            server.port,
            format!("GET {path} HTTP/1.0\r\nHost: localhost\r\n\r\n").as_bytes(),
        );
        assert!(r.contains(" 301 "), "{path}: {r}");
        assert_eq!(header(&r, "location"), Some(to), "{path}");
    }
}

#[test]
fn head_answers_with_headers_and_no_body() {
    let dir = site("multilingual");
    let server = start(dir.path());
    let r = raw(
        server.port,
        b"HEAD /vi/ HTTP/1.0\r\nHost: localhost\r\n\r\n",
    );
    assert!(r.contains(" 200 "), "{r}");
    assert_eq!(header(&r, "content-type"), Some("text/html; charset=utf-8"));
    assert_eq!(header(&r, "cache-control"), Some("no-store"));
    assert!(r.ends_with("\r\n\r\n"), "no body after the headers: {r}");
}
