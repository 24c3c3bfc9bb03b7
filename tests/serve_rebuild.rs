//! `sala serve` following edits on disk: a page, a template and the search
//! index rebuilt and served, a build error shown (in the reload status and on
//! the terminal) until it is fixed, and waiting reload requests answered by an
//! edit without holding up pages.

mod common;
use common::http::get;
use common::{serve as start, site};
use std::time::{Duration, Instant};

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
