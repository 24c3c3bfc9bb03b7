//! Helpers of the hostile-input tests (`tests/safety_*.rs`): write a page,
//! build, expect a refusal, and read a built page's real tags to prove that
//! no content runs script.

use super::{read, sala, Run};
use std::fs;
use std::path::Path;

pub fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    fs::write(path, text).expect("write");
}

pub fn build(root: &Path, args: &[&str]) -> Run {
    let mut all = vec!["build"];
    all.extend_from_slice(args);
    sala(&all, root)
}

/// The build failed with `message` in its output, exit code 1.
pub fn refused(run: &Run, message: &str) {
    assert_eq!(run.code, 1, "expected a refusal, got:\n{}", run.stderr);
    assert!(
        run.stderr.contains(message),
        "expected {message:?} in:\n{}",
        run.stderr
    );
}

pub fn page(title: &str, body: &str) -> String {
    format!("---\ntitle: {title}\n---\n\n{body}\n")
}

/// Builds the site and returns the HTML of a page, checked for script.
pub fn built_page(dir: &Path, url: &str) -> String {
    let run = build(dir, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    read(&dir.join("public").join(url))
}

/// No executable markup in `html`: every real tag (escaped text is not one)
/// is read with its attributes; no handler attributes, no script URLs, no
/// script elements but the theme's own, no frames, objects or SVG.
pub fn no_script(html: &str) {
    for (tag, attrs) in tags(html) {
        let context = format!("<{tag} {attrs:?}>");
        assert!(
            !matches!(
                tag.as_str(),
                "iframe" | "object" | "embed" | "svg" | "math" | "base" | "frame" | "applet"
            ),
            "{context}"
        );
        if tag == "script" {
            let src = attrs
                .iter()
                .find(|(n, _)| n == "src")
                .map(|(_, v)| v.as_str());
            assert!(
                src.is_some_and(|s| s.ends_with("assets/search.js") || s.ends_with("assets/ui.js")),
                "a script that is not the theme's: {context}"
            );
        }
        if tag == "meta" {
            assert!(!attrs.iter().any(|(n, _)| n == "http-equiv"), "{context}");
        }
        for (name, value) in &attrs {
            assert!(!name.starts_with("on"), "handler attribute: {context}");
            if matches!(
                name.as_str(),
                "href"
                    | "src"
                    | "action"
                    | "formaction"
                    | "data"
                    | "xlink:href"
                    | "srcdoc"
                    | "poster"
            ) {
                let v: String = value
                    .chars()
                    .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
                    .skip_while(|c| *c <= ' ')
                    .collect::<String>()
                    .to_ascii_lowercase();
                let image = tag == "img" && name == "src" && v.starts_with("data:image/");
                assert!(
                    !(v.starts_with("javascript:")
                        || v.starts_with("vbscript:")
                        || (v.starts_with("data:") && !image)),
                    "script URL: {context}"
                );
            }
        }
    }
}

/// The real tags of `html` with their attributes (entities in values decoded
/// for `&#...;` forms, which browsers decode too).
pub fn tags(html: &str) -> Vec<(String, Vec<(String, String)>)> {
    let b = html.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'<' && i + 1 < b.len() && b[i + 1].is_ascii_alphabetic() {
            let mut j = i + 1;
            while j < b.len() && !b[j].is_ascii_whitespace() && b[j] != b'>' && b[j] != b'/' {
                j += 1;
            }
            let tag = html[i + 1..j].to_ascii_lowercase();
            let mut attrs = Vec::new();
            loop {
                while j < b.len() && (b[j].is_ascii_whitespace() || b[j] == b'/') {
                    j += 1;
                }
                if j >= b.len() || b[j] == b'>' {
                    break;
                }
                let start = j;
                while j < b.len() && !b[j].is_ascii_whitespace() && !matches!(b[j], b'=' | b'>') {
                    j += 1;
                }
                let name = html[start..j].to_ascii_lowercase();
                let mut value = String::new();
                if j < b.len() && b[j] == b'=' {
                    j += 1;
                    if j < b.len() && (b[j] == b'"' || b[j] == b'\'') {
                        let q = b[j];
                        let vs = j + 1;
                        j = vs;
                        while j < b.len() && b[j] != q {
                            j += 1;
                        }
                        value = html[vs..j.min(b.len())].to_string();
                        j += 1;
                    } else {
                        let vs = j;
                        while j < b.len() && !b[j].is_ascii_whitespace() && b[j] != b'>' {
                            j += 1;
                        }
                        value = html[vs..j].to_string();
                    }
                }
                attrs.push((name, decode_entities(&value)));
            }
            out.push((tag, attrs));
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

pub fn decode_entities(v: &str) -> String {
    let mut out = String::new();
    let mut rest = v;
    while let Some(k) = rest.find("&#") {
        out.push_str(&rest[..k]);
        let after = &rest[k + 2..];
        let end = after.find(';').unwrap_or(after.len());
        let num = &after[..end];
        let code = match num.strip_prefix(['x', 'X']) {
            Some(h) => u32::from_str_radix(h, 16).ok(),
            None => num.parse().ok(),
        };
        match code.and_then(char::from_u32) {
            Some(c) => out.push(c),
            None => out.push_str(&rest[k..k + 2 + end]),
        }
        rest = after.get(end + 1..).unwrap_or("");
    }
    out.push_str(rest);
    out.replace("&colon;", ":")
        .replace("&Tab;", "\t")
        .replace("&NewLine;", "\n")
        .replace("&amp;", "&")
}
