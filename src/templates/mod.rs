//! Tera 2 templates of the theme, with the Fluent `t()` function wired in.
//! Templates receive small, precomputed views of the site (see `context/`),
//! never whole sections of pages.

pub mod context;

use crate::diagnostics::Diagnostic;
use crate::i18n::I18n;
use crate::t;
use fluent::FluentValue;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tera::{Kwargs, State, Tera};

/// Templates a theme must provide.
pub const REQUIRED: &[&str] = &[
    "base.html",
    "home.html",
    "section.html",
    "page.html",
    "taxonomy.html",
    "term.html",
    "404.html",
    "languages.html",
];

/// Tera's own escaping, the same five characters (`&<>"'`), written in runs
/// between them instead of a byte at a time: Tera's version was a tenth of the
/// theme stage.
fn escape_html(input: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let bytes = input.as_bytes();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let entity: &[u8] = match b {
            b'&' => b"&amp;",
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'"' => b"&quot;",
            b'\'' => b"&#39;",
            _ => continue,
        };
        out.write_all(&bytes[start..i])?;
        out.write_all(entity)?;
        start = i + 1;
    }
    out.write_all(&bytes[start..])
}

pub fn theme_dir(root: &Path, theme: &str) -> PathBuf {
    root.join("themes").join(theme)
}

/// The include chain of Tera's "Circular include detected" error, if that is
/// the error: `["page.html", "partials/toc.html", "partials/loop.html", ...]`.
fn include_cycle(chain: &str) -> Option<Vec<String>> {
    let rest = chain.split("Include chain: `[").nth(1)?;
    let list = rest.split("]`").next()?;
    let names: Vec<String> = list
        .split(',')
        .map(|n| n.trim().trim_matches('"').to_string())
        .filter(|n| !n.is_empty())
        .collect();
    (!names.is_empty()).then_some(names)
}

/// Loads `themes/<theme>/templates/**/*.html` and registers `t()`.
pub fn load(root: &Path, theme: &str, i18n: Arc<I18n>) -> Result<Tera, Diagnostic> {
    let dir = theme_dir(root, theme).join("templates");
    let display = Path::new("themes").join(theme).join("templates");
    if !dir.is_dir() {
        return Err(
            Diagnostic::error("theme", t!("site-theme-no-templates", theme = theme))
                .in_file(&display)
                .hint(t!("site-theme-no-templates-hint")),
        );
    }
    let mut tera = Tera::new();
    tera.set_escape_fn(escape_html);
    let mut files: Vec<(PathBuf, String)> = Vec::new();
    for entry in walkdir::WalkDir::new(&dir).sort_by_file_name() {
        let entry =
            entry.map_err(|e| Diagnostic::error("theme", e.to_string()).in_file(&display))?;
        if entry.file_type().is_file()
            && entry
                .path()
                .extension()
                .is_some_and(|e| e == "html" || e == "xml")
        {
            let name = entry
                .path()
                .strip_prefix(&dir)
                .map(|p| p.to_string_lossy().replace('\\', "/"))
                .unwrap_or_default();
            files.push((entry.path().to_path_buf(), name));
        }
    }
    tera.register_function(
        "t",
        move |kwargs: Kwargs, state: &State| -> tera::TeraResult<String> {
            let key: String = kwargs.must_get("key")?;
            let lang: String = match kwargs.get::<String>("lang")? {
                Some(l) => l,
                None => state.get::<String>("lang")?.unwrap_or_default(),
            };
            let mut args = Vec::new();
            for (k, v) in kwargs.iter() {
                let k = k.to_string();
                if k == "key" || k == "lang" {
                    continue;
                }
                let fv = if let Some(n) = v.as_i64() {
                    FluentValue::from(n)
                } else if let Some(f) = v.as_f64() {
                    FluentValue::from(f)
                } else {
                    FluentValue::from(
                        v.as_str()
                            .map(str::to_string)
                            .unwrap_or_else(|| v.to_string()),
                    )
                };
                args.push((k, fv));
            }
            let args = (!args.is_empty()).then(|| I18n::args(args));
            Ok(i18n.t(&lang, &key, args.as_ref()))
        },
    );
    tera.add_template_files(files.iter().map(|(p, n)| (p.clone(), Some(n.clone()))))
        .map_err(|e| {
            // A block left open shows up later as an "unknown tag"; say which.
            let unclosed = files.iter().find_map(|(path, name)| {
                let text = std::fs::read_to_string(path).ok()?;
                unclosed_tag(&text).map(|(tag, line)| (name.clone(), tag, line))
            });
            let chain = error_chain(&e);
            if let Some(cycle) = include_cycle(&chain) {
                let last = cycle.last().cloned().unwrap_or_default();
                let line = files
                    .iter()
                    .find(|(_, n)| *n == last)
                    .and_then(|(p, _)| std::fs::read_to_string(p).ok())
                    .and_then(|t| t.lines().position(|l| l.contains("include")))
                    .map_or(0, |i| i + 1);
                return Diagnostic::error(
                    "theme",
                    t!("site-include-loop", chain = cycle.join(" → ")),
                )
                .at(&display.join(&last), line, 1)
                .hint(t!("site-include-loop-hint"));
            }
            match unclosed {
                Some((name, tag, line)) => {
                    Diagnostic::error("theme", t!("site-tag-not-closed", tag = tag))
                        .at(&display.join(&name), line, 1)
                        .hint(t!("site-tag-not-closed-hint", tag = tag))
                }
                None => {
                    Diagnostic::error("theme", t!("site-template-error", error = error_chain(&e)))
                        .in_file(&display)
                        .hint(t!("site-template-error-hint"))
                }
            }
        })?;
    for name in REQUIRED {
        if !tera.contains_template(name) {
            return Err(
                Diagnostic::error("theme", t!("site-missing-template", name = *name))
                    .in_file(&display.join(name))
                    .hint(t!(
                        "site-missing-template-hint",
                        names = REQUIRED.join(", ")
                    )),
            );
        }
    }
    Ok(tera)
}

/// The first `if`, `for`, `block`, `macro` or `filter` tag without its end,
/// with its line: tags are matched like brackets.
pub fn unclosed_tag(text: &str) -> Option<(&'static str, usize)> {
    const TAGS: &[&str] = &["if", "for", "block", "macro", "filter", "raw"];
    let mut open: Vec<(&'static str, usize)> = Vec::new();
    let mut line = 1;
    let mut rest = text;
    while let Some(i) = rest.find("{%") {
        line += rest[..i].matches('\n').count();
        rest = &rest[i + 2..];
        let inner = rest.trim_start_matches(['-', ' ', '\t', '\n']);
        let word: String = inner
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if let Some(tag) = TAGS.iter().find(|t| **t == word) {
            open.push((tag, line));
        } else if let Some(closed) = word.strip_prefix("end") {
            match open.last() {
                Some((tag, _)) if *tag == closed => {
                    open.pop();
                }
                Some(&(tag, at)) => return Some((tag, at)),
                None => {}
            }
        }
    }
    open.first().copied()
}

/// An error with its causes, on one line.
pub fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(c) = cur {
        let cs = c.to_string();
        if !s.contains(&cs) {
            s.push_str(": ");
            s.push_str(&cs);
        }
        cur = c.source();
    }
    s
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_unclosed_if_is_found_at_its_line() {
        let t = "{% block content %}\n{% if x %}\n<p>\n{% endblock content %}\n";
        assert_eq!(super::unclosed_tag(t), Some(("if", 2)));
        assert_eq!(
            super::unclosed_tag("{% if a %}{% for b in c %}{% endfor %}{% endif %}"),
            None
        );
    }

    #[test]
    fn escaping_matches_teras_own() {
        for input in [
            "",
            "plain ăn uống ภาษาไทย",
            "<script>alert('x')</script>",
            "a & b \"quoted\" & 'single' <> &amp;",
            "&",
            "ends with <",
        ] {
            let mut ours = Vec::new();
            let mut teras = Vec::new();
            super::escape_html(input, &mut ours).unwrap();
            tera::escape_html(input, &mut teras).unwrap();
            assert_eq!(ours, teras, "{input}");
        }
    }
}
