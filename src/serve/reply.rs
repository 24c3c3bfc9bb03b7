//! The responses `serve` builds everywhere: its body type, the headers every
//! response carries, and short plain-text answers. Apart from `http`, since
//! the door's refusals (`door`) are built the same way and `http` uses the
//! door.

use http_body_util::Full;
use hyper::body::Bytes;
use hyper::header::{self, HeaderValue};
use hyper::{Response, StatusCode};

pub type Body = Full<Bytes>;

/// A response with its type; nothing `serve` sends is cached by the browser.
pub fn respond(status: StatusCode, ty: &'static str, body: impl Into<Bytes>) -> Response<Body> {
    let mut r = Response::new(Full::new(body.into()));
    *r.status_mut() = status;
    let headers = r.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(ty));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    // No other site may embed what the preview serves (a draft read through
    // a <script src> of another origin), nor have it sniffed as another type.
    headers.insert(
        header::HeaderName::from_static("cross-origin-resource-policy"),
        HeaderValue::from_static("same-origin"),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    r
}

/// A short plain-text response.
pub fn text(status: StatusCode, message: &'static str) -> Response<Body> {
    respond(status, "text/plain; charset=utf-8", message)
}
