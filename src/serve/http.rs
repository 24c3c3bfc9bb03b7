//! The HTTP side of `serve` (tiny_http): files from memory with their content
//! types, `index.html` for folders, the site's 404 page, and the reload
//! endpoints. Paths never reach the file system, and `..` is refused.

use super::memory::Live;
use std::sync::Arc;
use std::time::Duration;
use tiny_http::{Header, Request, Response};

const RELOAD_JS: &str = include_str!("reload.js");

pub fn handle(live: &Arc<Live>, req: Request) {
    let url = req.url().to_string();
    let (path, query) = url.split_once('?').unwrap_or((&url, ""));
    let result = match path {
        "/__sala/reload.js" => req.respond(with_type(
            Response::from_string(RELOAD_JS),
            "text/javascript; charset=utf-8",
        )),
        "/__sala/reload" => {
            let seen = query
                .split('&')
                .find_map(|kv| kv.strip_prefix("v="))
                .and_then(|v| v.parse::<u64>().ok());
            let status = match seen {
                Some(v) => live.wait_change(v, Duration::from_secs(25)),
                None => live.status(),
            };
            let errors: Vec<String> = status.errors.iter().map(|d| d.to_string()).collect();
            let body =
                serde_json::json!({ "version": status.version, "errors": errors }).to_string();
            req.respond(with_type(Response::from_string(body), "application/json"))
        }
        _ => serve_file(live, req, path),
    };
    let _ = result;
}

fn serve_file(live: &Live, req: Request, raw_path: &str) -> std::io::Result<()> {
    let Some(path) = clean_path(raw_path) else {
        return req.respond(Response::from_string("bad request").with_status_code(400));
    };
    let mut key = path.clone();
    if key.is_empty() || key.ends_with('/') {
        key.push_str("index.html");
    }
    if let Some(bytes) = live.files.get(&key) {
        return req.respond(body_response(&key, &bytes, 200));
    }
    if live.files.get(&format!("{key}/index.html")).is_some() {
        // A folder without its slash: redirect so relative links resolve.
        let location = format!("{}/", raw_path);
        return req.respond(Response::empty(301).with_header(header("Location", &location)));
    }
    let lang = key.split('/').next().unwrap_or("");
    let page = live
        .files
        .get(&format!("{lang}/404.html"))
        .filter(|_| !lang.is_empty())
        .or_else(|| live.files.get("404.html"));
    match page {
        Some(bytes) => req.respond(body_response("404.html", &bytes, 404)),
        None => req.respond(Response::from_string("not found").with_status_code(404)),
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

fn body_response(path: &str, bytes: &[u8], status: u16) -> Response<std::io::Cursor<Vec<u8>>> {
    let ty = content_type(path);
    let data = if ty.starts_with("text/html") {
        inject(bytes)
    } else {
        bytes.to_vec()
    };
    with_type(Response::from_data(data), ty)
        .with_status_code(status)
        .with_header(header("Cache-Control", "no-store"))
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

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes())
        .unwrap_or_else(|_| Header::from_bytes(&b"X-Sala"[..], &b"1"[..]).expect("static header"))
}

fn with_type<R: std::io::Read>(r: Response<R>, ty: &str) -> Response<R> {
    r.with_header(header("Content-Type", ty))
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
    fn the_reload_script_goes_before_the_body_end() {
        assert_eq!(
            inject(b"<body>x</body></html>"),
            b"<body>x<script src=\"/__sala/reload.js\"></script></body></html>".to_vec()
        );
    }
}
