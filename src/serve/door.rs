//! The checks every request to `serve` passes before anything is looked up:
//! the preview is a door into the editor's machine, so only reads (GET, HEAD)
//! of short URLs, addressed to a loopback name or the address it listens on
//! (a page on another site cannot reach it through DNS rebinding), and made
//! by the preview's own pages: a request another site makes (its
//! `Sec-Fetch-Site`, `Origin` or `Referer` says so) is refused on every path,
//! so no web page can include the preview's search script and read drafts.

use super::memory::Live;
use super::reply::{text, Body};
use hyper::header::{self, HeaderValue};
use hyper::{Method, Request, Response, StatusCode, Version};
use std::net::IpAddr;
use std::sync::Arc;

/// The longest request target (path and query) served.
const MAX_TARGET_BYTES: usize = 8 * 1024;

pub struct Door {
    pub live: Arc<Live>,
    /// `--bind`, lower case, when it names one address (not 0.0.0.0 or ::).
    bind: Option<String>,
}

impl Door {
    pub fn new(live: Arc<Live>, bind: &str) -> Door {
        let bind = bind.trim_start_matches('[').trim_end_matches(']');
        let any = bind.parse::<IpAddr>().is_ok_and(|ip| ip.is_unspecified());
        Door {
            live,
            bind: (!any && !bind.is_empty()).then(|| bind.to_ascii_lowercase()),
        }
    }

    /// The response for a request that may not go further, if it may not.
    /// `local` is the address the client connected to.
    pub fn refuse<B>(&self, req: &Request<B>, local: Option<IpAddr>) -> Option<Response<Body>> {
        let uri = req.uri();
        let target = uri.path_and_query().map_or(0, |p| p.as_str().len())
            + uri.authority().map_or(0, |a| a.as_str().len());
        if target > MAX_TARGET_BYTES {
            return Some(closing(text(StatusCode::URI_TOO_LONG, "URI too long\n")));
        }
        if !self.host_allowed(req, local) {
            return Some(closing(text(
                StatusCode::FORBIDDEN,
                "forbidden: the preview answers only to localhost\n",
            )));
        }
        if let Some(why) = from_another_site(req) {
            return Some(closing(text(StatusCode::FORBIDDEN, why)));
        }
        if req.method() != Method::GET && req.method() != Method::HEAD {
            // The body is never read: the connection closes after this answer.
            let mut r = text(StatusCode::METHOD_NOT_ALLOWED, "method not allowed\n");
            r.headers_mut()
                .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
            return Some(closing(r));
        }
        None
    }

    fn host_allowed<B>(&self, req: &Request<B>, local: Option<IpAddr>) -> bool {
        // An absolute-form target names the host too: it must pass as well.
        if let Some(authority) = req.uri().authority() {
            if !self.name_allowed(authority.host(), local) {
                return false;
            }
        }
        match req.headers().get(header::HOST) {
            Some(host) => host
                .to_str()
                .is_ok_and(|h| self.name_allowed(without_port(h), local)),
            // HTTP/1.0 clients may leave it out; HTTP/1.1 requires it.
            None => req.version() <= Version::HTTP_10 || req.uri().authority().is_some(),
        }
    }

    fn name_allowed(&self, name: &str, local: Option<IpAddr>) -> bool {
        let name = name.to_ascii_lowercase();
        if matches!(name.as_str(), "localhost" | "127.0.0.1" | "[::1]") {
            return true;
        }
        let bare = name.trim_start_matches('[').trim_end_matches(']');
        if self.bind.as_deref() == Some(bare) {
            return true;
        }
        // The address the client connected to, as an IP literal, is safe: a
        // page whose origin is that literal is not another site.
        match (local, bare.parse::<IpAddr>()) {
            (Some(local), Ok(ip)) => ip.to_canonical() == local.to_canonical(),
            _ => false,
        }
    }
}

/// Why a request was made by a page of another site, if it was: the
/// browser's `Sec-Fetch-Site` says `cross-site` or `same-site` (another port
/// or name), or the `Origin` or `Referer` is not this server's own address
/// (`null`, from a file or a sandboxed frame, included). A request typed in
/// the address bar, or from a tool, carries none of them and passes.
fn from_another_site<B>(req: &Request<B>) -> Option<&'static str> {
    let headers = req.headers();
    let fetch_site = headers
        .get("sec-fetch-site")
        .map(|v| v.as_bytes().to_ascii_lowercase());
    if matches!(fetch_site.as_deref(), Some(b"cross-site" | b"same-site")) {
        return Some("forbidden: the preview serves only its own pages (Sec-Fetch-Site names another site)\n");
    }
    let own = req
        .uri()
        .authority()
        .map(|a| a.as_str().to_string())
        .or_else(|| {
            headers
                .get(header::HOST)
                .and_then(|h| h.to_str().ok())
                .map(str::to_string)
        })
        .map(|host| format!("http://{}", host.to_ascii_lowercase()));
    let same = |value: &[u8], whole: bool| -> bool {
        let Some(own) = own.as_deref() else {
            return false;
        };
        let v = value.to_ascii_lowercase();
        let v = v.as_slice();
        v == own.as_bytes()
            || !whole && v.starts_with(own.as_bytes()) && v.get(own.len()) == Some(&b'/')
    };
    if let Some(origin) = headers.get(header::ORIGIN) {
        if !same(origin.as_bytes(), true) {
            return Some(
                "forbidden: the preview serves only its own pages (the Origin is another site)\n",
            );
        }
    }
    if let Some(referer) = headers.get(header::REFERER) {
        if !same(referer.as_bytes(), false) {
            return Some(
                "forbidden: the preview serves only its own pages (the Referer is another site)\n",
            );
        }
    }
    None
}

/// The host of a `Host` header value: `[::1]:8080` → `[::1]`, `a:80` → `a`.
fn without_port(host: &str) -> &str {
    if host.starts_with('[') {
        return match host.find(']') {
            Some(end) => &host[..=end],
            None => host,
        };
    }
    match host.split_once(':') {
        Some((name, _)) => name,
        None => host,
    }
}

/// Asks hyper to close the connection after this response (a refused
/// request's body, if any, is never read).
fn closing(mut r: Response<Body>) -> Response<Body> {
    r.headers_mut()
        .insert(header::CONNECTION, HeaderValue::from_static("close"));
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(host: Option<&str>, version: Version) -> Request<()> {
        let mut b = Request::get("/").version(version);
        if let Some(h) = host {
            b = b.header(header::HOST, h);
        }
        b.body(()).expect("request")
    }

    fn allowed(door: &Door, host: Option<&str>, local: Option<IpAddr>) -> bool {
        door.refuse(&req(host, Version::HTTP_11), local).is_none()
    }

    #[test]
    fn loopback_names_pass_and_other_names_do_not() {
        let door = Door::new(Arc::default(), "127.0.0.1");
        let lo = "127.0.0.1".parse().ok();
        for host in [
            "localhost",
            "LOCALHOST:1111",
            "127.0.0.1:80",
            "[::1]:1111",
            "[::1]",
        ] {
            assert!(allowed(&door, Some(host), lo), "{host}");
        }
        for host in [
            "evil.example",
            "evil.example:1111",
            "localhost.evil.example",
            "127.0.0.2",
            "[::1",
            "",
        ] {
            assert!(!allowed(&door, Some(host), lo), "{host}");
        }
    }

    #[test]
    fn the_address_listened_on_passes_when_bound_to_every_interface() {
        let door = Door::new(Arc::default(), "0.0.0.0");
        let lan = "192.168.1.5".parse().ok();
        assert!(allowed(&door, Some("192.168.1.5:1111"), lan));
        assert!(!allowed(&door, Some("0.0.0.0:1111"), lan));
        assert!(!allowed(&door, Some("192.168.1.6:1111"), lan));
        let named = Door::new(Arc::default(), "mybox.lan");
        assert!(allowed(&named, Some("MyBox.lan:1111"), lan));
    }

    fn with(headers: &[(&str, &str)]) -> Request<()> {
        let mut b = Request::get("/assets/search.js").header(header::HOST, "127.0.0.1:1111");
        for (k, v) in headers {
            b = b.header(*k, *v);
        }
        b.body(()).expect("request")
    }

    #[test]
    fn requests_another_site_makes_are_refused() {
        let door = Door::new(Arc::default(), "127.0.0.1");
        let lo = "127.0.0.1".parse().ok();
        for h in [
            [("sec-fetch-site", "cross-site")],
            [("sec-fetch-site", "same-site")],
            [("origin", "http://127.0.0.2:8000")],
            [("origin", "null")],
            [("origin", "http://127.0.0.1:1112")],
            [("referer", "http://evil.example/page.html")],
            [("referer", "http://127.0.0.1:11111/")],
            [("referer", "http://127.0.0.1:1111.evil.example/")],
        ] {
            let r = door.refuse(&with(&h), lo);
            assert_eq!(r.map(|r| r.status()), Some(StatusCode::FORBIDDEN), "{h:?}");
        }
        for h in [
            vec![],
            vec![("sec-fetch-site", "same-origin")],
            vec![("sec-fetch-site", "none")],
            vec![("origin", "http://127.0.0.1:1111")],
            vec![("referer", "http://127.0.0.1:1111/th/index.html")],
            vec![("referer", "HTTP://127.0.0.1:1111")],
        ] {
            assert!(door.refuse(&with(&h), lo).is_none(), "{h:?}");
        }
    }

    #[test]
    fn a_missing_host_passes_only_on_http_1_0() {
        let door = Door::new(Arc::default(), "127.0.0.1");
        assert!(door.refuse(&req(None, Version::HTTP_10), None).is_none());
        assert!(door.refuse(&req(None, Version::HTTP_11), None).is_some());
    }
}
