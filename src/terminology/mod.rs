//! Consistent terms (`terminology.yaml` at the site root): per concept and
//! language, the preferred term and the variants to avoid. `sala check` and
//! every build warn where a page's prose uses an avoided variant, at
//! `file:line:col`, with the preferred term as the hint.

mod matcher;
mod scan;
mod strings;

use crate::config::Config;
use crate::content::Page;
use crate::diagnostics::Diagnostic;
use crate::t;
use crate::yaml::{self, Value};
use matcher::{fold, Matcher};
use rayon::prelude::*;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

/// The optional terminology list at the site root.
pub const TERMINOLOGY_FILE: &str = "terminology.yaml";

/// One concept's terms in one language.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Terms {
    /// The preferred term.
    #[serde(rename = "use")]
    pub preferred: String,
    /// Variants to replace with the preferred term.
    #[serde(default)]
    pub avoid: Vec<String>,
    /// Words that contain a variant but are right as they are
    /// (ฉันทามติ, "consensus", contains ฉัน).
    #[serde(default)]
    pub except: Vec<String>,
}

/// A concept: an id and its terms per language.
#[derive(Debug, Clone)]
pub struct Concept {
    pub id: String,
    pub langs: BTreeMap<String, Terms>,
}

impl Concept {
    /// How messages name the concept: its English term, else its id.
    fn name(&self) -> String {
        self.langs
            .get("en")
            .map_or_else(|| self.id.replace(['-', '_'], " "), |t| t.preferred.clone())
    }
}

/// The loaded list and a matcher per language.
#[derive(Default)]
pub struct Terminology {
    pub concepts: Vec<Concept>,
    matchers: HashMap<String, Matcher>,
}

/// Loads `terminology.yaml` (if any) and checks every page, the labels of
/// `sala.yaml`, `glossary.yaml` and the UI strings against it, and all of
/// them for mechanical damage (`crate::proofread`).
pub fn check(root: &Path, config: &Config, pages: &[Page]) -> Vec<Diagnostic> {
    let (terms, mut out) =
        match crate::files::Door::new(root).read_text(Path::new(TERMINOLOGY_FILE)) {
            Ok(text) => load(&text, config),
            Err(e) if e.is_missing() => (Terminology::default(), Vec::new()),
            Err(e) => (Terminology::default(), vec![e.diagnostic("terminology")]),
        };
    let found: Vec<Vec<Diagnostic>> = pages.par_iter().map(|p| terms.check_page(p)).collect();
    out.extend(found.into_iter().flatten());
    out.extend(strings::check(root, config, &terms));
    out
}

/// Parses and validates the list; problems are errors at their line.
pub fn load(text: &str, config: &Config) -> (Terminology, Vec<Diagnostic>) {
    let display = Path::new(TERMINOLOGY_FILE);
    let mut problems = Vec::new();
    let error = |message: String, line: usize, hint: String| {
        Diagnostic::error("terminology", message)
            .at(display, line, if line > 0 { 1 } else { 0 })
            .hint(hint)
    };
    let shape = || t!("text-terminology-shape-hint");
    let items = match yaml::parse_value(text) {
        Ok(Value::Sequence(items)) => items,
        Ok(Value::Null) => Vec::new(),
        Ok(_) => {
            problems.push(error(t!("text-not-a-list"), 1, shape()));
            return (Terminology::default(), problems);
        }
        Err(e) => {
            problems.push(
                Diagnostic::error("terminology", e.message)
                    .at(display, e.line.unwrap_or(0), e.col.unwrap_or(0))
                    .hint(shape()),
            );
            return (Terminology::default(), problems);
        }
    };
    let lines = KeyLines::new(text);
    let mut concepts: Vec<Concept> = Vec::new();
    for (n, item) in items.into_iter().enumerate() {
        let at = lines.item(n);
        let Value::Mapping(map) = item else {
            problems.push(error(t!("text-concept-not-a-map", n = n + 1), at, shape()));
            continue;
        };
        let id = match map.get("id") {
            Some(Value::String(s)) if is_plain_id(s) => s.clone(),
            Some(v) => {
                let shown = yaml::to_string(v).unwrap_or_default();
                problems.push(error(
                    t!("text-concept-bad-id", id = shown.trim()),
                    lines.key(at, "id"),
                    t!("text-concept-bad-id-hint"),
                ));
                continue;
            }
            None => {
                problems.push(error(t!("text-concept-no-id", n = n + 1), at, shape()));
                continue;
            }
        };
        if concepts.iter().any(|c| c.id == id) {
            problems.push(error(
                t!("text-concept-twice", id = id.as_str()),
                at,
                t!("text-concept-twice-hint"),
            ));
            continue;
        }
        let mut langs = BTreeMap::new();
        for (key, value) in map {
            let Value::String(key) = key else { continue };
            if key == "id" {
                continue;
            }
            let line = lines.key(at, &key);
            if !config.has_language(&key) {
                problems.push(error(
                    t!(
                        "text-concept-unknown-key",
                        id = id.as_str(),
                        key = key.as_str()
                    ),
                    line,
                    t!(
                        "text-concept-unknown-key-hint",
                        codes = config.language_codes().join(", ")
                    ),
                ));
                continue;
            }
            match yaml::from_value::<Terms>(value) {
                Ok(terms) if terms.preferred.trim().is_empty() => problems.push(error(
                    t!(
                        "text-concept-no-preferred",
                        id = id.as_str(),
                        lang = key.as_str()
                    ),
                    line,
                    t!("text-concept-no-preferred-hint"),
                )),
                Ok(terms) => {
                    langs.insert(key, terms);
                }
                Err(e) => problems.push(error(
                    t!(
                        "text-concept-bad-terms",
                        id = id.as_str(),
                        lang = key.as_str(),
                        error = e.message
                    ),
                    line,
                    t!("text-concept-bad-terms-hint"),
                )),
            }
        }
        concepts.push(Concept { id, langs });
    }
    // A variant may not be a preferred term (of any concept), nor be listed
    // for two concepts: the hint would be wrong or contradict itself.
    let mut matchers = HashMap::new();
    for lang in config.language_codes() {
        let mut preferred: HashMap<String, &str> = HashMap::new();
        for c in &concepts {
            if let Some(t) = c.langs.get(lang) {
                preferred.insert(fold(&t.preferred), &c.id);
            }
        }
        let mut variants: HashMap<String, &str> = HashMap::new();
        let mut avoid = Vec::new();
        for (i, c) in concepts.iter().enumerate() {
            let Some(t) = c.langs.get(lang) else { continue };
            for v in &t.avoid {
                let f = fold(v);
                let line = lines.key(lines.of_id(&c.id), lang);
                if let Some(owner) = preferred.get(&f) {
                    problems.push(error(
                        t!(
                            "text-variant-is-preferred",
                            variant = v.as_str(),
                            id = c.id.as_str(),
                            owner = *owner,
                            lang = lang
                        ),
                        line,
                        t!("text-variant-is-preferred-hint"),
                    ));
                } else if let Some(other) = variants.insert(f, &c.id) {
                    problems.push(error(
                        t!(
                            "text-variant-twice",
                            variant = v.as_str(),
                            other = other,
                            id = c.id.as_str(),
                            lang = lang
                        ),
                        line,
                        t!("text-variant-twice-hint"),
                    ));
                } else {
                    avoid.push((v.as_str(), i));
                }
            }
        }
        let keep = concepts
            .iter()
            .filter_map(|c| c.langs.get(lang))
            .flat_map(|t| std::iter::once(&t.preferred).chain(&t.except))
            .map(String::as_str);
        if let Some(m) = Matcher::new(avoid, keep, lang != "th") {
            matchers.insert(lang.to_string(), m);
        }
    }
    (Terminology { concepts, matchers }, problems)
}

impl Terminology {
    /// Warnings for the avoided variants and mechanical damage in one
    /// page's prose.
    pub fn check_page(&self, page: &Page) -> Vec<Diagnostic> {
        if page.failed {
            return Vec::new();
        }
        let mut out = Vec::new();
        let front = [
            (Some(page.meta.title.as_str()), page.title_at),
            (page.meta.description.as_deref(), page.description_at),
        ];
        for (text, at) in front {
            self.check_text(text.unwrap_or(""), &page.lang, &page.source, at, &mut out);
        }
        let lines = crate::text::Lines::new(&page.body);
        scan::runs(&page.body, |run| {
            let place = |offset: usize| {
                let (line, col) = lines.at(run.source(offset));
                (line + page.body_line - 1, col)
            };
            self.check_run(&run.text, &page.lang, &page.source, place, &mut out);
        });
        out
    }

    /// Checks one text written at `(line, col)` of `path` on a single line
    /// (a label, a title, a UI string).
    pub fn check_text(
        &self,
        text: &str,
        lang: &str,
        path: &Path,
        (line, col): (usize, usize),
        out: &mut Vec<Diagnostic>,
    ) {
        let place = |offset: usize| {
            let before = &text[..offset];
            match before.rfind('\n') {
                Some(nl) => (
                    line + before.matches('\n').count(),
                    before[nl + 1..].chars().count() + 1,
                ),
                None => (line, col + before.chars().count()),
            }
        };
        self.check_run(text, lang, path, place, out);
    }

    /// Avoided variants and mechanical damage in one run of text; `place`
    /// gives the line and column of a byte offset in it.
    fn check_run(
        &self,
        text: &str,
        lang: &str,
        path: &Path,
        place: impl Fn(usize) -> (usize, usize),
        out: &mut Vec<Diagnostic>,
    ) {
        if let Some(m) = self.matchers.get(lang) {
            for f in m.find(text) {
                if is_mention(text, f.start, f.end) {
                    continue;
                }
                let c = &self.concepts[f.concept];
                let preferred = c.langs.get(lang).map_or("", |t| t.preferred.as_str());
                let (line, col) = place(f.start);
                out.push(
                    Diagnostic::warning(
                        "terminology",
                        t!(
                            "text-avoided-variant",
                            found = &text[f.start..f.end],
                            concept = c.name()
                        ),
                    )
                    .at(path, line, col)
                    .hint(t!("text-avoided-variant-hint", preferred = preferred)),
                );
            }
        }
        for f in crate::proofread::check(text, lang) {
            let (line, col) = place(f.start);
            out.push(
                Diagnostic::warning("text", f.message)
                    .at(path, line, col)
                    .hint(f.hint),
            );
        }
    }
}

/// A variant quoted on its own (“ธรรมาภิบาลแบบร่วมมือกัน”, "Ca-na-đa") is
/// named, not used: the sources page lists the article's own words so.
fn is_mention(text: &str, start: usize, end: usize) -> bool {
    let open = text[..start].chars().next_back();
    let close = text[end..].chars().next();
    matches!(
        (open, close),
        (Some('“'), Some('”'))
            | (Some('"'), Some('"'))
            | (Some('‘'), Some('’'))
            | (Some('«'), Some('»'))
    )
}

fn is_plain_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// Lines of keys in the YAML text, for errors: `serde_yaml`'s values do not
/// keep positions, so each concept is found by its `- ` and keys after it.
struct KeyLines<'a> {
    lines: Vec<&'a str>,
    /// 1-based line of each top-level `- `.
    items: Vec<usize>,
}

impl<'a> KeyLines<'a> {
    fn new(text: &'a str) -> Self {
        let lines: Vec<&str> = text.lines().collect();
        let items = lines
            .iter()
            .enumerate()
            .filter(|(_, l)| l.starts_with("- ") || **l == "-")
            .map(|(i, _)| i + 1)
            .collect();
        KeyLines { lines, items }
    }

    fn item(&self, n: usize) -> usize {
        self.items.get(n).copied().unwrap_or(0)
    }

    fn of_id(&self, id: &str) -> usize {
        self.items
            .iter()
            .copied()
            .find(|&l| {
                self.key_in(l, "id")
                    .is_some_and(|k| self.lines[k - 1].contains(id))
            })
            .unwrap_or(0)
    }

    /// The line of `key:` in the concept starting at `item`, else `item`.
    fn key(&self, item: usize, key: &str) -> usize {
        self.key_in(item, key).unwrap_or(item)
    }

    fn key_in(&self, item: usize, key: &str) -> Option<usize> {
        if item == 0 {
            return None;
        }
        let end = self
            .items
            .iter()
            .copied()
            .find(|&l| l > item)
            .unwrap_or(self.lines.len() + 1);
        let pat = format!("{key}:");
        (item..end).find(|&l| {
            let t = self.lines[l - 1].trim_start().trim_start_matches("- ");
            t.starts_with(&pat)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> Config {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(
            dir.path().join("sala.yaml"),
            "title: {en: T}\nlanguages:\n  - {code: en, name: English}\n  - {code: th, name: ไทย}\ndefault_language: en\n",
        )
        .expect("write");
        crate::config::load(dir.path()).expect("config")
    }

    #[test]
    fn unknown_fields_and_languages_are_errors_at_their_line() {
        let text = "- id: a\n  en: {use: x, avoid: [y]}\n- id: b\n  xx: {use: p}\n  en: {use: q, avoids: [r]}\n";
        let (_, problems) = load(text, &config());
        let shown: Vec<String> = problems.iter().map(|d| d.to_string()).collect();
        assert!(
            shown.iter().any(|s| s.starts_with("terminology.yaml:4:1: error: terminology: concept 'b' has unknown field or language 'xx'")),
            "{shown:#?}"
        );
        assert!(
            shown
                .iter()
                .any(|s| s.starts_with("terminology.yaml:5:1:") && s.contains("avoids")),
            "{shown:#?}"
        );
    }

    #[test]
    fn a_variant_equal_to_a_preferred_term_is_an_error() {
        let text = "- id: a\n  en: {use: x, avoid: [Y]}\n- id: b\n  en: {use: y}\n";
        let (_, problems) = load(text, &config());
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0]
            .message
            .contains("'Y' is both avoided for 'a' and the preferred term of 'b'"));
        assert_eq!(problems[0].line, Some(2));
    }
}
