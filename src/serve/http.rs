//! The HTTP side of `serve`: files from memory with their content types,
//! `index.html` for folders, the site's 404 page, and the reload endpoints.
//! Every request passes the door's checks first (see `door.rs`). Paths never
//! reach the file system, `..` is refused, and nothing here can panic on
//! what a request sends.

use super::door::Door;
use super::memory::Live;
use super::reply::{respond, text, Body};
use hyper::body::Incoming;
use hyper::header::{self, HeaderValue};
use hyper::{Request, Response, StatusCode};
use std::net::IpAddr;
use std::time::Duration;

const RELOAD_JS: &str = include_str!("reload.js");
/// The longest a reload request waits for a new version.
const LONG_POLL: Duration = Duration::from_secs(25);

pub async fn handle(door: &Door, local: Option<IpAddr>, req: Request<Incoming>) -> Response<Body> {
    if let Some(refused) = door.refuse(&req, local) {
        return refused;
    }
    let live = &door.live;
    let path = req.uri().path();
    match path {
        "/__sala/reload.js" => respond(StatusCode::OK, "text/javascript; charset=utf-8", RELOAD_JS),
        "/__sala/reload" => {
            let seen = req
                .uri()
                .query()
                .unwrap_or("")
                .split('&')
                .find_map(|kv| kv.strip_prefix("v="))
                .and_then(|v| v.parse::<u64>().ok());
            let status = match seen {
                Some(v) => live.wait_change(v, LONG_POLL).await,
                None => live.status(),
            };
            let errors: Vec<String> = status.errors.iter().map(|d| d.to_string()).collect();
            let body = serde_json::json!({
                "version": status.version,
                "errors": errors,
                "title": crate::t!("serve-overlay-title"),
                "note": crate::t!("serve-overlay-note"),
                "lang": crate::messages::language(),
            })
            .to_string();
            respond(StatusCode::OK, "application/json", body)
        }
        _ => serve_file(live, path),
    }
}

fn serve_file(live: &Live, raw_path: &str) -> Response<Body> {
    let Some(path) = clean_path(raw_path) else {
        return text(StatusCode::BAD_REQUEST, "bad request");
    };
    let mut key = path.clone();
    if key.is_empty() || key.ends_with('/') {
        key.push_str("index.html");
    }
    if let Some(bytes) = live.files.get(&key) {
        return file_response(&key, &bytes, StatusCode::OK);
    }
    if live.files.get(&format!("{key}/index.html")).is_some() {
        // A folder without its slash: redirect so relative links resolve. The
        // target is built from the clean path, so `//en` goes to `/en/` (never
        // `//en/`, another host to a browser) and the query is left behind.
        let mut r = respond(
            StatusCode::MOVED_PERMANENTLY,
            "text/plain; charset=utf-8",
            "",
        );
        if let Ok(location) = HeaderValue::from_str(&url_encode(&format!("/{path}/"))) {
            r.headers_mut().insert(header::LOCATION, location);
        }
        return r;
    }
    let lang = key.split('/').next().unwrap_or("");
    let page = live
        .files
        .get(&format!("{lang}/404.html"))
        .filter(|_| !lang.is_empty())
        .or_else(|| live.files.get("404.html"));
    match page {
        Some(bytes) => file_response("404.html", &bytes, StatusCode::NOT_FOUND),
        None => text(StatusCode::NOT_FOUND, "not found"),
    }
}

/// Percent-decodes and normalizes a request path; `None` for `..`, backslashes or NUL.
pub fn clean_path(raw: &str) -> Option<String> {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    let decoded = String::from_utf8(out).ok()?;
    if decoded.contains('\\') || decoded.contains('\0') {
        return None;
    }
    let trailing = decoded.ends_with('/');
    let mut parts = Vec::new();
    for seg in decoded.split('/') {
        match seg {
            "" | "." => {}
            ".." => return None,
            s => parts.push(s),
        }
    }
    let mut p = parts.join("/");
    if trailing && !p.is_empty() {
        p.push('/');
    }
    Some(p)
}

/// Percent-encodes a clean path for a `Location` header (bytes outside the
/// unreserved set and `/`, so `?`, `#` and non-ASCII letters are escaped).
fn url_encode(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for &b in path.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'/' | b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn file_response(path: &str, bytes: &[u8], status: StatusCode) -> Response<Body> {
    let ty = content_type(path);
    let data = if ty.starts_with("text/html") {
        inject(bytes)
    } else {
        bytes.to_vec()
    };
    respond(status, ty, data)
}

/// Adds the reload script before `</body>` (serve only).
fn inject(html: &[u8]) -> Vec<u8> {
    const TAG: &[u8] = b"<script src=\"/__sala/reload.js\"></script>";
    match html.windows(7).rposition(|w| w == b"</body>") {
        Some(i) => [&html[..i], TAG, &html[i..]].concat(),
        None => [html, TAG].concat(),
    }
}

pub fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "pdf" => "application/pdf",
        "txt" | "md" => "text/plain; charset=utf-8",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_climbing_out_of_the_site_are_refused() {
        assert_eq!(clean_path("/../sala.yaml"), None);
        assert_eq!(clean_path("/vi/%2e%2e/%2E%2E/etc/passwd"), None);
        assert_eq!(clean_path("/vi\\..\\x"), None);
        assert_eq!(clean_path("/vi/handbook/"), Some("vi/handbook/".into()));
        assert_eq!(clean_path("/vi/r%E1%BB%A7i"), Some("vi/rủi".into()));
        assert_eq!(clean_path("/"), Some(String::new()));
    }

    #[test]
    fn broken_percent_escapes_are_refused_not_a_panic() {
        assert_eq!(clean_path("/a%zz"), None);
        assert_eq!(clean_path("/a%\u{e9}b"), None);
        assert_eq!(clean_path("/a%ff"), None);
    }

    #[test]
    fn redirect_targets_escape_what_a_header_cannot_hold() {
        assert_eq!(url_encode("/vi/rủi/"), "/vi/r%E1%BB%A7i/");
        assert_eq!(url_encode("/a?b#c/"), "/a%3Fb%23c/");
    }

    #[test]
    fn the_reload_script_goes_before_the_body_end() {
        assert_eq!(
            inject(b"<body>x</body></html>"),
            b"<body>x<script src=\"/__sala/reload.js\"></script></body></html>".to_vec()
        );
    }
}
