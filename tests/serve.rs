//! `sala serve` for real: a server on a free loopback port, pages fetched over
//! HTTP, files edited on disk, and the change (or the error) seen in responses.

mod common;
use common::{serve as start, site};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

/// (status, body) of a GET with the path sent exactly as given.
fn get(port: u16, path: &str) -> (u16, String) {
    let text = raw(
        port,
        format!("GET {path} HTTP/1.0\r\nHost: localhost\r\n\r\n").as_bytes(),
    );
    let status = text.split(' ').nth(1).and_then(|c| c.parse().ok());
    let body = text.split_once("\r\n\r\n").map(|(_, b)| b.to_string());
    (status.unwrap_or(0), body.unwrap_or_default())
}

/// Sends `request` as raw bytes and reads the whole answer (the connection is
/// expected to close); an empty string if the server reset it instead.
fn raw(port: u16, request: &[u8]) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let _ = s.write_all(request);
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    String::from_utf8_lossy(&raw).into_owned()
}

/// The value of a response header (name in any case), if present.
fn header<'a>(response: &'a str, name: &str) -> Option<&'a str> {
    let head = response.split("\r\n\r\n").next()?;
    head.lines().skip(1).find_map(|l| {
        let (n, v) = l.split_once(':')?;
        n.eq_ignore_ascii_case(name).then(|| v.trim())
    })
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

    // A word taken out leaves the index; its replacement comes in.
    std::fs::write(&page, format!("{text}\nMột từ khác: Quarkzyx.\n")).unwrap();
    let start = Instant::now();
    loop {
        let d = dictionary(server.port, "vi");
        if d.contains("\"quarkzyx\"") && !d.contains("\"zyxquark\"") {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the edit never reached the search index"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

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
fn a_huge_declared_body_is_refused_at_once_without_reading_it() {
    let dir = site("multilingual");
    let server = start(dir.path());
    let t = Instant::now();
    let r = raw(
        server.port,
        b"POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 99999999999\r\n\r\nfirst bytes",
    );
    assert!(r.starts_with("HTTP/1.1 405 "), "{r}");
    assert!(
        t.elapsed() < Duration::from_secs(2),
        "took {:?}",
        t.elapsed()
    );
    assert_eq!(get(server.port, "/vi/").0, 200);
}

#[test]
fn a_header_too_large_to_hold_is_refused_with_431() {
    let dir = site("multilingual");
    let server = start(dir.path());
    let mut s = TcpStream::connect(("127.0.0.1", server.port)).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    // Sent from another thread: the server stops reading long before 1 MB.
    let mut writer = s.try_clone().unwrap();
    let sender = std::thread::spawn(move || {
        let big = format!(
            "GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: {}\r\n\r\n",
            "a".repeat(1 << 20)
        );
        let _ = writer.write_all(big.as_bytes());
    });
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    let r = String::from_utf8_lossy(&raw);
    assert!(r.starts_with("HTTP/1.1 431 "), "{r}");
    let _ = sender.join();
    assert_eq!(get(server.port, "/vi/").0, 200, "still serving");
}

#[test]
fn a_url_longer_than_8_kib_is_refused_with_414() {
    let dir = site("multilingual");
    let server = start(dir.path());
    let (status, _) = get(server.port, &format!("/vi/{}", "a".repeat(20_000)));
    assert_eq!(status, 414);
    let (status, _) = get(server.port, &format!("/vi/?q={}", "a".repeat(7_000)));
    assert_eq!(status, 200, "a long but reasonable URL is still served");
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

#[test]
fn hundreds_of_idle_connections_make_new_ones_wait_not_fail() {
    let dir = site("multilingual");
    let server = start(dir.path());
    let connect = || TcpStream::connect(("127.0.0.1", server.port)).expect("connect");
    let mut idle: Vec<TcpStream> = (0..300).map(|_| connect()).collect();
    // Past the cap (256), a request waits in the listen queue, unanswered.
    let mut waiting = connect();
    waiting
        .write_all(b"GET /vi/ HTTP/1.0\r\nHost: localhost\r\n\r\n")
        .unwrap();
    waiting
        .set_read_timeout(Some(Duration::from_millis(500)))
        .unwrap();
    assert!(
        waiting.read(&mut [0u8; 1]).is_err(),
        "answered past the cap"
    );
    // Some idle clients go away: the connections waiting behind them are taken.
    idle.drain(..100);
    waiting
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    let mut answer = Vec::new();
    let _ = waiting.read_to_end(&mut answer);
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.0 200 "), "{answer}");
    drop(idle);
    for _ in 0..20 {
        assert_eq!(get(server.port, "/en/").0, 200, "still accepting");
    }
}

#[test]
fn a_waiting_reload_request_does_not_hold_up_pages() {
    let dir = site("multilingual");
    let server = start(dir.path());
    let (_, status) = get(server.port, "/__sala/reload");
    let version: u64 = status
        .split("\"version\":")
        .nth(1)
        .and_then(|v| v.split(|c: char| !c.is_ascii_digit()).next())
        .and_then(|v| v.parse().ok())
        .expect("a version");
    let port = server.port;
    let polls: Vec<_> = (0..8)
        .map(|_| std::thread::spawn(move || get(port, &format!("/__sala/reload?v={version}"))))
        .collect();
    std::thread::sleep(Duration::from_millis(200));
    let t = Instant::now();
    for _ in 0..10 {
        assert_eq!(get(server.port, "/vi/handbook/risks/").0, 200);
    }
    assert!(
        t.elapsed() < Duration::from_secs(2),
        "took {:?}",
        t.elapsed()
    );
    // An edit answers the waiting requests with the new version.
    let page = dir.path().join("content/vi/handbook/risks.md");
    let text = std::fs::read_to_string(&page).unwrap();
    std::fs::write(&page, format!("{text}\nMore.\n")).unwrap();
    for poll in polls {
        let (code, body) = poll.join().unwrap();
        assert_eq!(code, 200);
        assert!(!body.contains(&format!("\"version\":{version},")), "{body}");
    }
}

#[test]
fn a_failed_rebuild_prints_the_same_diagnostics_as_build() {
    let dir = site("multilingual");
    let server = start(dir.path());
    let page = dir.path().join("content/vi/handbook/risks.md");
    let original = std::fs::read_to_string(&page).unwrap();
    std::fs::write(&page, original.replace("title: Bảy", "titel: Bảy")).unwrap();
    let expected = "content/vi/handbook/risks.md:2:1: error: front matter: unknown field 'titel'\n  hint: did you mean 'title'?";
    let t = Instant::now();
    while !server.stderr().contains(expected) {
        assert!(
            t.elapsed() < Duration::from_secs(10),
            "not in the terminal: {}",
            server.stderr()
        );
        std::thread::sleep(Duration::from_millis(25));
    }
}

#[test]
fn running_out_of_file_descriptors_does_not_stop_the_server() {
    let dir = site("multilingual");
    let server = common::serve_with_fd_limit(dir.path(), 48);
    let clients: Vec<TcpStream> = (0..80)
        .map(|_| TcpStream::connect(("127.0.0.1", server.port)).expect("connect"))
        .collect();
    let t = Instant::now();
    while !server
        .stderr()
        .to_lowercase()
        .contains("too many open files")
    {
        assert!(t.elapsed() < Duration::from_secs(10), "{}", server.stderr());
        std::thread::sleep(Duration::from_millis(25));
    }
    drop(clients);
    let t = Instant::now();
    assert_eq!(get(server.port, "/vi/").0, 200);
    assert!(
        t.elapsed() < Duration::from_secs(5),
        "took {:?}",
        t.elapsed()
    );
}
