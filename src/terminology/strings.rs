//! The site's texts outside the pages, read with the same eyes as page
//! prose: the language-tagged labels of `sala.yaml` (titles, descriptions,
//! taxonomy terms), `glossary.yaml`'s terms, aliases and definitions, and the
//! UI strings of `i18n/<lang>.ftl`. A bulk edit reaches these files too, and
//! readers see them on every page.

use super::Terminology;
use crate::config::Config;
use crate::diagnostics::Diagnostic;
use crate::yaml::{self, Value};
use std::path::Path;

/// Warnings for avoided terms and mechanical damage in the site's texts.
pub fn check(root: &Path, config: &Config, terms: &Terminology) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for name in ["sala.yaml", super::super::pipeline::GLOSSARY_FILE] {
        if let Some(text) = read(root, name) {
            yaml_texts(&text, config, |lang, at, s| {
                terms.check_text(s, lang, Path::new(name), at, &mut out)
            });
        }
    }
    for lang in config.language_codes() {
        let display = Path::new("i18n").join(format!("{lang}.ftl"));
        if let Some(text) = read(root, &display.to_string_lossy()) {
            for (at, s) in ftl_texts(&text) {
                terms.check_text(&s, lang, &display, at, &mut out);
            }
        }
    }
    out
}

/// The file's text; problems reading it are its own loader's to report.
fn read(root: &Path, name: &str) -> Option<String> {
    crate::files::Door::new(root)
        .read_text(Path::new(name))
        .ok()
}

/// Calls `each(lang, (line, col), text)` for every string under a language
/// key of a YAML file, in document order, with where it is written.
/// `serde_yaml` keeps no positions, so each string is found in the text
/// after the one before it (linear in the file).
fn yaml_texts(text: &str, config: &Config, mut each: impl FnMut(&str, (usize, usize), &str)) {
    let Ok(value) = yaml::parse_value(text) else {
        return; // the file's own loader reports it
    };
    let lines = crate::text::Lines::new(text);
    let mut cursor = 0usize;
    let mut visit = |lang: &str, s: &str, cursor: &mut usize| {
        let at = match text[*cursor..].find(s) {
            Some(i) => {
                *cursor += i;
                let pos = lines.at(*cursor);
                *cursor += s.len();
                pos
            }
            None => lines.at(*cursor),
        };
        each(lang, at, s);
    };
    walk(&value, None, config, &mut cursor, &mut visit);
}

fn walk(
    v: &Value,
    lang: Option<&str>,
    config: &Config,
    cursor: &mut usize,
    visit: &mut impl FnMut(&str, &str, &mut usize),
) {
    match v {
        Value::String(s) => {
            if let Some(l) = lang {
                visit(l, s, cursor);
            }
        }
        Value::Sequence(items) => {
            for item in items {
                walk(item, lang, config, cursor, visit);
            }
        }
        Value::Mapping(map) => {
            for (k, v) in map {
                let key = k.as_str();
                // A glossary entry's `search:` words are what readers type,
                // avoided variants included on purpose.
                if key == Some("search") {
                    continue;
                }
                let inner = match key {
                    Some(k) if lang.is_none() && config.has_language(k) => Some(k),
                    _ => lang,
                };
                walk(v, inner, config, cursor, visit);
            }
        }
        _ => {}
    }
}

/// The text of each message and attribute line of a Fluent file, with its
/// place; placeables (`{ $count }`) and comments are left out.
fn ftl_texts(text: &str) -> Vec<((usize, usize), String)> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        // A message starts `key = value`; continuation lines are indented.
        let start = if line.starts_with(char::is_whitespace) {
            line.len() - trimmed.len()
        } else {
            match line.find('=') {
                Some(i) => i + 1,
                None => continue,
            }
        };
        let value = &line[start..];
        // Placeables become spaces, so no term runs across one.
        let mut masked = String::with_capacity(value.len());
        let mut depth = 0usize;
        for c in value.chars() {
            match c {
                '{' => {
                    depth += 1;
                    masked.push(' ');
                }
                '}' if depth > 0 => {
                    depth -= 1;
                    masked.push(' ');
                }
                _ if depth > 0 => masked.push_str(&" ".repeat(c.len_utf8())),
                _ => masked.push(c),
            }
        }
        let col = line[..start].chars().count() + 1;
        out.push(((n + 1, col), masked));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fluent_values_without_keys_placeables_or_comments() {
        let got = ftl_texts("# ชื่อ ฉัน\nkey = หน้านี้ { $count } หน้า\n    [one] ต่อ\nx=y\n");
        let texts: Vec<&str> = got.iter().map(|(_, s)| s.trim()).collect();
        assert_eq!(texts, ["หน้านี้            หน้า", "[one] ต่อ", "y"]);
        assert_eq!(got[0].0, (2, 6));
    }
}
