//! The static pass: a crude HTML tokenizer over every file of a built site
//! that flags event handler attributes, script URLs, foreign scripts, frames
//! and the like, naming the payload that caused each.

use super::{rel, Payloads};
use std::collections::BTreeSet;
use std::path::Path;

/// Names the payloads whose markers (`alert(N)`, `msgbox(N)`, `__xss=N`) are
/// in `text`.
fn which(text: &str, p: &Payloads) -> String {
    let mut ids = BTreeSet::new();
    for pat in ["alert(", "msgbox(", "__xss="] {
        for (i, _) in text.match_indices(pat) {
            let digits: String = text[i + pat.len()..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            if let Ok(n) = digits.parse::<u32>() {
                ids.insert(n);
            }
        }
    }
    if ids.is_empty() {
        return "payload not identified".to_string();
    }
    ids.iter()
        .map(|id| match p.all().find(|x| x.id == *id) {
            Some(x) => format!("payload #{id} '{}'", x.name),
            None => format!("payload #{id}"),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Decodes the character references a browser decodes in attribute values.
fn decode_entities(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let b = rest.as_bytes();
        if b.len() > 2 && b[1] == b'#' {
            let (hex, start) = if b[2] == b'x' || b[2] == b'X' {
                (true, 3)
            } else {
                (false, 2)
            };
            let end = rest[start..]
                .find(|c: char| {
                    !(if hex {
                        c.is_ascii_hexdigit()
                    } else {
                        c.is_ascii_digit()
                    })
                })
                .map_or(rest.len(), |e| start + e);
            if end > start {
                let n = u32::from_str_radix(&rest[start..end], if hex { 16 } else { 10 })
                    .unwrap_or(0xFFFD);
                out.push(char::from_u32(n).filter(|_| n != 0).unwrap_or('\u{FFFD}'));
                rest = &rest[end..];
                rest = rest.strip_prefix(';').unwrap_or(rest);
                continue;
            }
        }
        let named = [
            ("&amp;", "&"),
            ("&lt;", "<"),
            ("&gt;", ">"),
            ("&quot;", "\""),
            ("&apos;", "'"),
            ("&colon;", ":"),
            ("&Tab;", "\t"),
            ("&tab;", "\t"),
            ("&NewLine;", "\n"),
            ("&newline;", "\n"),
            ("&lpar;", "("),
            ("&rpar;", ")"),
            ("&sol;", "/"),
        ];
        if let Some((e, c)) = named.iter().find(|(e, _)| rest.starts_with(e)) {
            out.push_str(c);
            rest = &rest[e.len()..];
        } else {
            out.push('&');
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    out
}

/// A URL as a browser reads its scheme: no whitespace or controls, lowercase.
fn squeeze(v: &str) -> String {
    v.chars()
        .filter(|c| !c.is_whitespace() && !c.is_control() && *c != '\u{feff}')
        .collect::<String>()
        .to_ascii_lowercase()
}

const URL_ATTRS: [&str; 24] = [
    "href",
    "src",
    "action",
    "formaction",
    "data",
    "xlink:href",
    "poster",
    "background",
    "srcset",
    "lowsrc",
    "dynsrc",
    "codebase",
    "cite",
    "longdesc",
    "usemap",
    "ping",
    "manifest",
    "icon",
    "profile",
    "archive",
    "classid",
    "values",
    "to",
    "from",
];

fn bad_url(tag: &str, attr: &str, value: &str) -> bool {
    let values: Vec<String> = if attr == "srcset" || attr == "values" {
        value
            .split([',', ';'])
            .map(|v| v.split_whitespace().next().unwrap_or("").to_string())
            .collect()
    } else {
        vec![value.to_string()]
    };
    values.iter().any(|v| {
        let v = squeeze(v);
        // Images run no script, whatever their type.
        let image = tag == "img" && attr == "src" && v.starts_with("data:image/");
        // The root 404 page's "no icon" link: an empty data: URL, inert.
        let no_icon = tag == "link" && attr == "href" && v == "data:,";
        ["javascript:", "vbscript:", "livescript:", "data:"]
            .iter()
            .any(|s| v.starts_with(s))
            && !image
            && !no_icon
    })
}

/// Tags and attributes found by a crude HTML tokenizer (raw text elements
/// skipped as a browser does): problems, and the inline scripts seen.
/// Without `html_rules` (XML), only attributes are checked.
pub fn scan_html(
    text: &str,
    inline_ok: &BTreeSet<String>,
    p: &Payloads,
) -> (Vec<String>, Vec<String>) {
    scan_html_with(text, inline_ok, &[], p, false)
}

pub fn scan_html_with(
    text: &str,
    inline_ok: &BTreeSet<String>,
    assets: &[String],
    p: &Payloads,
    html_rules: bool,
) -> (Vec<String>, Vec<String>) {
    let mut problems = Vec::new();
    let mut inline = Vec::new();
    let lower = text.to_ascii_lowercase();
    let b = text.as_bytes();
    let mut i = 0;
    while let Some(off) = text[i..].find('<') {
        let lt = i + off;
        i = lt + 1;
        if text[lt..].starts_with("<!--") {
            i = text[lt..].find("-->").map_or(text.len(), |e| lt + e + 3);
            continue;
        }
        if i >= b.len() || !b[i].is_ascii_alphabetic() {
            continue;
        }
        // Tag name.
        let mut j = i;
        while j < b.len() && !b[j].is_ascii_whitespace() && b[j] != b'>' && b[j] != b'/' {
            j += 1;
        }
        let tag = text[i..j].to_ascii_lowercase();
        // Attributes.
        let mut attrs: Vec<(String, String)> = Vec::new();
        loop {
            while j < b.len() && (b[j].is_ascii_whitespace() || b[j] == b'/') {
                j += 1;
            }
            if j >= b.len() || b[j] == b'>' {
                break;
            }
            let s = j;
            while j < b.len()
                && !b[j].is_ascii_whitespace()
                && b[j] != b'>'
                && b[j] != b'='
                && !(b[j] == b'/' && j > s)
            {
                j += 1;
            }
            let name = text[s..j].to_ascii_lowercase();
            while j < b.len() && b[j].is_ascii_whitespace() {
                j += 1;
            }
            let mut value = String::new();
            if j < b.len() && b[j] == b'=' {
                j += 1;
                while j < b.len() && b[j].is_ascii_whitespace() {
                    j += 1;
                }
                if j < b.len() && (b[j] == b'"' || b[j] == b'\'') {
                    let q = b[j];
                    let e = text[j + 1..]
                        .find(q as char)
                        .map_or(text.len(), |e| j + 1 + e);
                    value = text[j + 1..e].to_string();
                    j = (e + 1).min(text.len());
                } else {
                    let s = j;
                    while j < b.len() && !b[j].is_ascii_whitespace() && b[j] != b'>' {
                        j += 1;
                    }
                    value = text[s..j].to_string();
                }
            }
            attrs.push((name, decode_entities(&value)));
        }
        let end = (j + 1).min(text.len());
        let raw = &text[lt..end];
        let shown: String = raw.chars().take(240).collect();
        let mut flag = |why: String| {
            problems.push(format!(
                "{why}: {shown} [{}]",
                which(&decode_entities(raw), p)
            ));
        };
        let get = |n: &str| attrs.iter().find(|(k, _)| k == n).map(|(_, v)| v.as_str());
        for (name, value) in &attrs {
            if name.starts_with("on") {
                flag(format!("event handler attribute '{name}'"));
            } else if name == "srcdoc" {
                flag("srcdoc attribute".to_string());
            } else if (URL_ATTRS.contains(&name.as_str()) || name.ends_with(":href"))
                && bad_url(&tag, name, value)
            {
                flag(format!("{name}={value:?}"));
            } else if name == "style" {
                let v = squeeze(value);
                if v.contains("javascript:") || v.contains("expression(") || v.contains("vbscript:")
                {
                    flag(format!("style={value:?}"));
                }
            }
        }
        match if html_rules { tag.as_str() } else { "" } {
            "iframe" | "frame" | "frameset" | "object" | "embed" | "applet" | "base" => {
                flag(format!("<{tag}> element"))
            }
            "meta" if get("http-equiv").is_some() => flag("<meta http-equiv>".to_string()),
            "link" => {
                let rel = get("rel").unwrap_or("").to_ascii_lowercase();
                let href = get("href").unwrap_or("");
                let ok = (rel == "stylesheet" && href.ends_with("assets/style.css"))
                    || (rel == "icon" && (href.ends_with("assets/icon.svg") || href == "data:,"))
                    || rel == "alternate";
                if !ok {
                    flag(format!("<link rel={rel:?}>"));
                }
            }
            _ => {}
        }
        // Raw text elements: skip their content as a browser does.
        if [
            "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
            "noscript",
        ]
        .contains(&tag.as_str())
        {
            let close = format!("</{tag}");
            let c = lower[end..].find(&close).map_or(text.len(), |c| end + c);
            if tag == "style" {
                // Only the theme's own style elements (seen in the clean build).
                let content = text[end..c].to_string();
                if html_rules && !inline_ok.contains(&content) {
                    flag("<style> element".to_string());
                }
                inline.push(content);
            }
            if tag == "script" {
                let content = text[end..c].to_string();
                let src = get("src");
                if html_rules {
                    let ok = match src {
                        Some(s) => {
                            content.trim().is_empty()
                                && s.contains("assets/")
                                && assets.iter().any(|a| s.ends_with(&format!("assets/{a}")))
                        }
                        None => inline_ok.contains(&content),
                    };
                    if !ok {
                        flag("a script not in the theme".to_string());
                    }
                }
                if src.is_none() {
                    inline.push(content);
                }
            }
            i = c;
        } else {
            i = end;
        }
    }
    (problems, inline)
}

/// The static pass over a built site: HTML pages, feeds and sitemaps (their
/// HTML-typed text decoded once and checked as HTML), search index data.
pub fn scan_output(
    out: &Path,
    inline_ok: &BTreeSet<String>,
    assets: &[String],
    p: &Payloads,
) -> Vec<String> {
    let mut problems = Vec::new();
    for entry in walkdir::WalkDir::new(out).sort_by_file_name() {
        let entry = entry.expect("walk");
        if !entry.file_type().is_file() {
            continue;
        }
        let path = entry.path();
        let name = rel(out, path);
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        let mut found = Vec::new();
        match ext {
            "html" => found.extend(scan_html_with(&text, inline_ok, assets, p, true).0),
            "xml" => {
                found.extend(scan_html_with(&text, inline_ok, assets, p, false).0);
                // Text of elements typed as HTML is HTML for feed readers.
                let mut rest = text.as_str();
                while let Some(k) = rest.find("type=\"html\"") {
                    rest = &rest[k..];
                    let start = rest.find('>').map_or(rest.len(), |s| s + 1);
                    let stop = rest[start..].find("</").map_or(rest.len(), |s| start + s);
                    let inner = decode_entities(&rest[start..stop]);
                    found.extend(
                        scan_html_with(&inner, inline_ok, assets, p, true)
                            .0
                            .into_iter()
                            .map(|f| format!("in HTML text: {f}")),
                    );
                    rest = &rest[stop..];
                }
            }
            "js" if name.starts_with("search/") => {
                // Data only: salaSearchData(<JSON>, <JSON>);
                let ok = text
                    .trim_end()
                    .strip_prefix("salaSearchData(")
                    .and_then(|t| t.strip_suffix(");").or_else(|| t.strip_suffix(')')))
                    .is_some_and(|args| {
                        let args = js_strings_as_json(args);
                        serde_json::from_str::<Vec<serde_json::Value>>(&format!("[{args}]")).is_ok()
                    });
                if !ok {
                    let head: String = text.chars().take(240).collect();
                    found.push(format!(
                        "not a plain salaSearchData(JSON) call: {head} [{}]",
                        which(&text, p)
                    ));
                }
            }
            _ => {}
        }
        problems.extend(found.into_iter().map(|f| format!("{name}: {f}")));
    }
    problems
}

/// JavaScript string literals may hold control characters as they are (all
/// but the line breaks; sala writes no NUL either), which JSON strings may
/// not: page texts travel as seven-bit text that has them. Those inside
/// strings are escaped here, so the JSON check still refuses anything a
/// string cannot hold in either language: a quote or backslash out of place,
/// a line break, code outside strings.
fn js_strings_as_json(args: &str) -> String {
    let mut out = String::with_capacity(args.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in args.chars() {
        if in_string && !escaped && c > '\0' && c < ' ' && c != '\n' && c != '\r' {
            out.push_str(&format!("\\u{:04x}", c as u32));
            continue;
        }
        out.push(c);
        if in_string {
            match (escaped, c) {
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => escaped = false,
            }
        } else if c == '"' {
            in_string = true;
        }
    }
    out
}
