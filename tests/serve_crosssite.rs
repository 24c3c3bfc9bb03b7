//! `sala serve` refusing other sites: writes (POST, PUT, ...) answered 405,
//! foreign Host headers (DNS rebinding) answered 403, and cross-site requests
//! for the preview's search script refused, so a web page cannot read drafts.

mod common;
use common::http::{header, raw};
use common::{serve as start, site};

#[test]
fn writes_are_refused_with_405_so_a_page_cannot_post_to_the_preview() {
    let dir = site("multilingual");
    let server = start(dir.path());
    for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"] {
        let r = raw(
            server.port,
            format!("{method} /vi/ HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\n\r\nhi")
                .as_bytes(),
        );
        assert!(r.starts_with("HTTP/1.1 405 "), "{method}: {r}");
        assert_eq!(header(&r, "allow"), Some("GET, HEAD"), "{method}");
    }
}

#[test]
fn a_foreign_host_is_refused_so_dns_rebinding_cannot_read_the_preview() {
    let dir = site("multilingual");
    let server = start(dir.path());
    let port = server.port;
    let ask = |host: &str| {
        raw(
            port,
            format!("GET /vi/ HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n").as_bytes(),
        )
    };
    for host in [
        "evil.example",
        &format!("evil.example:{port}"),
        "localhost.evil.example",
    ] {
        let r = ask(host);
        assert!(r.starts_with("HTTP/1.1 403 "), "{host}: {r}");
        assert!(!r.contains("<html"), "{host}: a short plain message only");
    }
    for host in [
        format!("localhost:{port}"),
        format!("127.0.0.1:{port}"),
        format!("[::1]:{port}"),
        "localhost".into(),
    ] {
        let r = ask(&host);
        assert!(r.starts_with("HTTP/1.1 200 "), "{host}: {r}");
    }
    // HTTP/1.1 requires a Host; HTTP/1.0 may leave it out.
    let r = raw(port, b"GET /vi/ HTTP/1.1\r\nConnection: close\r\n\r\n");
    assert!(
        r.starts_with("HTTP/1.1 403 ") || r.starts_with("HTTP/1.1 400 "),
        "{r}"
    );
    let r = raw(port, b"GET /vi/ HTTP/1.0\r\n\r\n");
    assert!(
        r.starts_with("HTTP/1.0 200 ") || r.starts_with("HTTP/1.1 200 "),
        "{r}"
    );
}

#[test]
fn another_site_cannot_include_the_preview_search_script_to_read_drafts() {
    let dir = site("multilingual");
    let server = start(dir.path());
    let port = server.port;
    let ask = |extra: &str| {
        raw(
            port,
            format!("GET /assets/search.js HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n{extra}Connection: close\r\n\r\n")
                .as_bytes(),
        )
    };
    // What a browser sends for <script src="http://127.0.0.1:PORT/..."> on
    // a page of another origin (another loopback address included).
    for extra in [
        "Sec-Fetch-Site: cross-site\r\n".to_string(),
        "Sec-Fetch-Site: same-site\r\n".to_string(),
        "Referer: http://127.0.0.2:8000/attack.html\r\n".to_string(),
        "Origin: http://127.0.0.2:8000\r\n".to_string(),
        "Origin: null\r\n".to_string(),
    ] {
        let r = ask(&extra);
        assert!(r.starts_with("HTTP/1.1 403 "), "{extra}: {r}");
        assert!(
            !r.contains("sala.search"),
            "{extra}: no script in the answer"
        );
    }
    // Its own pages, and a person typing the address, are served, with
    // headers that keep other origins from embedding the answer.
    for extra in [
        String::new(),
        "Sec-Fetch-Site: same-origin\r\n".into(),
        "Sec-Fetch-Site: none\r\n".into(),
        format!("Referer: http://127.0.0.1:{port}/vi/index.html\r\n"),
        format!("Origin: http://127.0.0.1:{port}\r\n"),
    ] {
        let r = ask(&extra);
        assert!(r.starts_with("HTTP/1.1 200 "), "{extra}: {r}");
        assert_eq!(
            header(&r, "cross-origin-resource-policy"),
            Some("same-origin")
        );
        assert_eq!(header(&r, "x-content-type-options"), Some("nosniff"));
    }
}
