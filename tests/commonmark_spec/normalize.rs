//! The normalization of `commonmark_spec.rs`, applied to the spec's HTML and
//! to sala's alike (the rules are listed at the top of that file): the spec
//! repositories' own `normalize.py`, equivalent character forms, and what
//! sala adds on purpose.

const BLOCK_TAGS: &[&str] = &[
    "article",
    "header",
    "aside",
    "hgroup",
    "blockquote",
    "hr",
    "iframe",
    "body",
    "li",
    "map",
    "button",
    "object",
    "canvas",
    "ol",
    "caption",
    "output",
    "col",
    "p",
    "colgroup",
    "pre",
    "dd",
    "progress",
    "div",
    "section",
    "dl",
    "table",
    "td",
    "dt",
    "tbody",
    "embed",
    "textarea",
    "fieldset",
    "tfoot",
    "figcaption",
    "th",
    "figure",
    "thead",
    "footer",
    "tr",
    "form",
    "ul",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "video",
    "script",
    "style",
];

fn is_block(tag: &str) -> bool {
    BLOCK_TAGS.contains(&tag)
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Start {
        name: String,
        attrs: Vec<(String, Option<String>)>,
        self_closing: bool,
    },
    End(String),
    Text(String),
    /// A comment, declaration, processing instruction or CDATA, as written.
    Other(String),
}

/// Splits HTML as normalize.py does: CDATA sections, `<...>` chunks, text.
fn tokens(html: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut rest = html;
    while !rest.is_empty() {
        if rest.starts_with("<![CDATA[") {
            if let Some(end) = rest.find("]]>") {
                out.push(Token::Other(rest[..end + 3].to_string()));
                rest = &rest[end + 3..];
                continue;
            }
        }
        if rest.starts_with('<') {
            if let Some(end) = rest.find('>') {
                let chunk = &rest[..=end];
                out.push(tag(chunk).unwrap_or_else(|| Token::Text(chunk.to_string())));
                rest = &rest[end + 1..];
                continue;
            }
        }
        // Text up to the next `<` (a `<` that opens no tag is text too).
        let first = rest.chars().next().map_or(1, char::len_utf8);
        let end = rest[first..].find('<').map_or(rest.len(), |i| i + first);
        out.push(Token::Text(rest[..end].to_string()));
        rest = &rest[end..];
    }
    out
}

/// One `<...>` chunk as a tag, comment or declaration; None when it is text
/// to an HTML parser (`<33>`, `< a>`).
fn tag(chunk: &str) -> Option<Token> {
    let inner = &chunk[1..chunk.len() - 1];
    if inner.starts_with("!--") || inner.starts_with('!') || inner.starts_with('?') {
        return Some(Token::Other(chunk.to_string()));
    }
    if let Some(name) = inner.strip_prefix('/') {
        let name: String = name
            .chars()
            .take_while(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        if !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return None;
        }
        return Some(Token::End(name));
    }
    if !inner.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let (inner, self_closing) = match inner.strip_suffix('/') {
        Some(i) => (i, true),
        None => (inner, false),
    };
    let name_end = inner
        .find(|c: char| c.is_whitespace() || c == '/')
        .unwrap_or(inner.len());
    let name = inner[..name_end].to_ascii_lowercase();
    let mut attrs = Vec::new();
    let b = inner.as_bytes();
    let mut i = name_end;
    loop {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        if i >= b.len() {
            break;
        }
        let start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'=' && b[i] != b'/' {
            i += 1;
        }
        let key = inner[start..i].to_ascii_lowercase();
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        if i < b.len() && b[i] == b'=' {
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            let value = if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                let q = b[i];
                let vstart = i + 1;
                i = vstart;
                while i < b.len() && b[i] != q {
                    i += 1;
                }
                let v = &inner[vstart..i.min(b.len())];
                i += 1;
                v
            } else {
                let vstart = i;
                while i < b.len() && !b[i].is_ascii_whitespace() {
                    i += 1;
                }
                &inner[vstart..i]
            };
            attrs.push((key, Some(decode(value))));
        } else {
            attrs.push((key, None));
        }
    }
    Some(Token::Start {
        name,
        attrs,
        self_closing,
    })
}

/// Character references as the characters they stand for (the named ones
/// that occur in the two specs' HTML and in the sanitizer's output; any other
/// is left as written).
fn decode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.find(';').filter(|&e| {
            e > 1
                && rest[1..e]
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '#')
        });
        let Some(end) = end else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let name = &rest[1..end];
        let ch = if let Some(num) = name.strip_prefix('#') {
            match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok(),
                None => num.parse().ok(),
            }
            .and_then(char::from_u32)
        } else {
            match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                "ouml" => Some('ö'),
                _ => None,
            }
        };
        match ch {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// Rule 3: sala's heading ids and anchor links left out.
fn without_sala_additions(tokens: Vec<Token>) -> Vec<Token> {
    let mut out = Vec::with_capacity(tokens.len());
    let mut skipping = 0usize;
    for t in tokens {
        if skipping > 0 {
            match &t {
                Token::Start { name, .. } if name == "a" => skipping += 1,
                Token::End(name) if name == "a" => skipping -= 1,
                _ => {}
            }
            continue;
        }
        match t {
            Token::Start {
                ref name,
                ref attrs,
                ..
            } if name == "a"
                && attrs
                    .iter()
                    .any(|(k, v)| k == "class" && v.as_deref() == Some("anchor")) =>
            {
                skipping = 1;
            }
            Token::Start {
                name,
                attrs,
                self_closing,
            } if matches!(name.as_str(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6") => {
                out.push(Token::Start {
                    attrs: attrs.into_iter().filter(|(k, _)| k != "id").collect(),
                    name,
                    self_closing,
                })
            }
            t => out.push(t),
        }
    }
    out
}

/// Rule 4: `style="text-align: x"` on a table cell read as `align="x"`.
fn align(attrs: &mut [(String, Option<String>)]) {
    for (k, v) in attrs.iter_mut() {
        if k != "style" {
            continue;
        }
        let Some(value) = v.as_deref() else { continue };
        let value = value.trim().trim_end_matches(';').trim();
        if let Some(a) = value.strip_prefix("text-align:") {
            *k = "align".into();
            *v = Some(a.trim().to_string());
        }
    }
}

/// Rules 1, 2 and 4 (rule 3 only when `sala` is set): normalize.py's state
/// machine over the tokens.
pub fn normalize(html: &str, sala: bool) -> String {
    let mut toks = tokens(html);
    if sala {
        toks = without_sala_additions(toks);
    }
    let mut out = String::new();
    let mut last = "starttag";
    let mut last_tag = String::new();
    let mut in_pre = false;
    for t in toks {
        match t {
            Token::Text(data) => {
                let after_tag = last == "endtag" || last == "starttag";
                let after_block = after_tag && is_block(&last_tag);
                let mut data = decode(&data);
                if after_tag && last_tag == "br" {
                    data = data.trim_start_matches('\n').to_string();
                }
                if !in_pre {
                    data = collapse(&data);
                    if after_block {
                        if last == "starttag" {
                            data = data.trim_start().to_string();
                        } else {
                            data = data.trim().to_string();
                        }
                    }
                }
                out.push_str(&escape(&data));
                last = "data";
            }
            Token::End(name) => {
                if name == "pre" {
                    in_pre = false;
                } else if is_block(&name) {
                    out.truncate(out.trim_end().len());
                }
                out.push_str("</");
                out.push_str(&name);
                out.push('>');
                last_tag = name;
                last = "endtag";
            }
            Token::Start {
                name,
                mut attrs,
                self_closing,
            } => {
                if name == "pre" {
                    in_pre = true;
                }
                if is_block(&name) {
                    out.truncate(out.trim_end().len());
                }
                if matches!(name.as_str(), "td" | "th") {
                    align(&mut attrs);
                }
                attrs.sort();
                out.push('<');
                out.push_str(&name);
                for (k, v) in attrs {
                    out.push(' ');
                    out.push_str(&k);
                    if let Some(v) = v {
                        out.push_str("=\"");
                        out.push_str(&escape(&v));
                        out.push('"');
                    }
                }
                out.push('>');
                last_tag = name;
                last = if self_closing { "endtag" } else { "starttag" };
            }
            Token::Other(raw) => {
                out.push_str(&raw);
                last = "other";
            }
        }
    }
    out
}

/// Runs of whitespace as one space (Python's `\s+`).
fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() && c != '\u{a0}' {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(c);
            space = false;
        }
    }
    out
}

// ---- The test ----
