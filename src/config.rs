//! `sala.yaml` at the site root: titles per language, languages, theme, output
//! folder and switches. Unknown keys are errors with a suggestion, so a typo never
//! silently turns an option off.

use crate::diagnostics::{suggest, Diagnostic};
use crate::t;
use crate::yaml;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub const CONFIG_FILE: &str = "sala.yaml";

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Site title per language code.
    pub title: BTreeMap<String, String>,
    /// Site description per language code.
    #[serde(default)]
    pub description: BTreeMap<String, String>,
    /// Languages in the order the switcher shows them.
    pub languages: Vec<Language>,
    /// The language UI strings fall back to, and the first one offered.
    pub default_language: String,
    #[serde(default = "default_theme")]
    pub theme: String,
    #[serde(default = "default_output")]
    pub output_dir: PathBuf,
    /// Absolute URL of the published site; needed only for sitemap and feeds.
    #[serde(default)]
    pub base_url: Option<String>,
    /// Links end in `/` instead of `/index.html` (for web hosting only: breaks `file://`).
    #[serde(default)]
    pub pretty_urls: bool,
    #[serde(default)]
    pub markdown: MarkdownConfig,
    #[serde(default)]
    pub taxonomies: Vec<TaxonomyConfig>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Language {
    pub code: String,
    /// The language's own name, e.g. "Tiếng Việt".
    pub name: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarkdownConfig {
    /// Pass raw HTML in Markdown through unsanitized (trusted authors only).
    #[serde(default)]
    pub allow_html: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaxonomyConfig {
    /// The front matter key, e.g. `topics`.
    pub name: String,
    /// The URL segment of its pages (default: the name), e.g. `source-documents`
    /// when a page already uses `sources/`.
    #[serde(default)]
    pub slug: Option<String>,
    /// Display name per language.
    #[serde(default)]
    pub title: BTreeMap<String, String>,
    /// Declared terms: slug -> display name per language. When any are declared,
    /// a page using an undeclared term is an error (catches typos).
    #[serde(default)]
    pub terms: BTreeMap<String, BTreeMap<String, String>>,
}

fn default_theme() -> String {
    "default".into()
}

fn default_output() -> PathBuf {
    PathBuf::from("public")
}

impl Config {
    pub fn language_codes(&self) -> Vec<&str> {
        self.languages.iter().map(|l| l.code.as_str()).collect()
    }

    pub fn has_language(&self, code: &str) -> bool {
        self.languages.iter().any(|l| l.code == code)
    }

    pub fn title_in(&self, lang: &str) -> &str {
        self.title
            .get(lang)
            .or_else(|| self.title.get(&self.default_language))
            .map(String::as_str)
            .unwrap_or("")
    }

    pub fn description_in(&self, lang: &str) -> &str {
        self.description
            .get(lang)
            .or_else(|| self.description.get(&self.default_language))
            .map(String::as_str)
            .unwrap_or("")
    }

    pub fn taxonomy(&self, name: &str) -> Option<&TaxonomyConfig> {
        self.taxonomies.iter().find(|t| t.name == name)
    }
}

impl TaxonomyConfig {
    /// The folder its list and term pages go in.
    pub fn url_segment(&self) -> &str {
        self.slug.as_deref().unwrap_or(&self.name)
    }

    pub fn title_in<'a>(&'a self, lang: &str, default_lang: &str) -> &'a str {
        self.title
            .get(lang)
            .or_else(|| self.title.get(default_lang))
            .map(String::as_str)
            .unwrap_or(&self.name)
    }

    pub fn term_name<'a>(&'a self, term: &'a str, lang: &str, default_lang: &str) -> &'a str {
        self.terms
            .get(term)
            .and_then(|names| names.get(lang).or_else(|| names.get(default_lang)))
            .map(String::as_str)
            .unwrap_or(term)
    }
}

/// Reads and checks `sala.yaml` in `root`.
pub fn load(root: &Path) -> Result<Config, Diagnostic> {
    let text = crate::files::Door::new(root)
        .read_text(Path::new(CONFIG_FILE))
        .map_err(|e| {
            let d = e.diagnostic("config");
            if e.is_missing() {
                d.hint(t!("config-missing-hint"))
            } else {
                d
            }
        })?;
    // Messages name the file as editors know it, not joined to --root.
    let path = Path::new(CONFIG_FILE).to_path_buf();
    let value = yaml::parse_value(&text).map_err(|e| yaml_diagnostic(&path, e))?;
    let example = || t!("config-example", yaml = EXAMPLE_YAML);
    match &value {
        yaml::Value::Null => {
            return Err(Diagnostic::error("config", t!("config-empty"))
                .at(&path, 1, 1)
                .hint(t!("config-empty-hint", example = example())))
        }
        yaml::Value::Mapping(_) => {}
        _ => {
            return Err(Diagnostic::error("config", t!("config-not-a-map"))
                .at(&path, 1, 1)
                .hint(example()))
        }
    }
    let config: Config = yaml::from_str(&text).map_err(|e| {
        let missing = e
            .raw
            .strip_prefix("missing field `")
            .map(|f| f.trim_end_matches('`').to_string());
        let mut d = yaml_diagnostic(&path, e);
        if let Some(field) = missing {
            d.message = t!("config-no-field", field = field);
            d = d.hint(example());
        }
        d
    })?;
    validate(&config).map_err(|(d, needle)| {
        let line = text
            .lines()
            .position(|l| !needle.is_empty() && l.contains(needle.as_str()))
            .map_or(0, |i| i + 1);
        d.at(Path::new(CONFIG_FILE), line, 0)
    })?;
    Ok(config)
}

/// The smallest `sala.yaml`, shown in hints (YAML: never translated).
const EXAMPLE_YAML: &str =
    "title: {en: My knowledge base}\nlanguages:\n  - {code: en, name: English}\ndefault_language: en";

/// Turns a serde error into a diagnostic, adding "did you mean" for unknown keys.
pub fn yaml_diagnostic(path: &Path, e: yaml::YamlError) -> Diagnostic {
    // The message is worded for the editor already (`yaml`); the hint, as
    // before, only for keys at the top of a map (serde names the place of a
    // nested one in front: "languages[2]: unknown field ...").
    let unknown = yaml::unknown_field(&e.raw);
    let mut d =
        Diagnostic::error("config", e.message).at(path, e.line.unwrap_or(0), e.col.unwrap_or(0));
    if let Some((field, expected)) = unknown {
        let keys = expected.join(", ");
        let hint = match suggest(&field, expected.iter().map(String::as_str)) {
            Some(s) => t!("config-known-keys-suggest", suggestion = s, keys = keys),
            None => t!("config-known-keys", keys = keys),
        };
        d = d.hint(hint);
    }
    d
}

/// Checks what serde cannot; an error comes with text to find its line by.
fn validate(c: &Config) -> Result<(), (Diagnostic, String)> {
    // The theme is a folder under themes/, named: never a path to elsewhere.
    let t = c.theme.as_str();
    if t.is_empty() || t.starts_with('.') || t.contains(['/', '\\', ':']) {
        return Err((
            Diagnostic::error(
                "config",
                t!(
                    "config-theme-not-a-name",
                    theme = t.escape_debug().to_string()
                ),
            )
            .hint(t!("config-theme-not-a-name-hint")),
            "theme:".into(),
        ));
    }
    if c.languages.is_empty() {
        return Err((
            Diagnostic::error("config", t!("config-no-languages"))
                .hint(t!("config-no-languages-hint")),
            "languages".into(),
        ));
    }
    for l in &c.languages {
        if l.code.eq_ignore_ascii_case(crate::links::SHARED_FOLDER) {
            return Err((
                Diagnostic::error(
                    "config",
                    t!("config-language-shared-folder", code = l.code.as_str()),
                )
                .hint(t!("config-language-shared-folder-hint")),
                l.code.clone(),
            ));
        }
        if !is_language_tag(&l.code) {
            return Err((
                Diagnostic::error(
                    "config",
                    t!(
                        "config-language-not-a-tag",
                        code = l.code.escape_debug().to_string()
                    ),
                )
                .hint(t!("config-language-not-a-tag-hint")),
                l.code.clone(),
            ));
        }
    }
    for (i, l) in c.languages.iter().enumerate() {
        if c.languages[..i]
            .iter()
            .any(|m| m.code.eq_ignore_ascii_case(&l.code))
        {
            return Err((
                Diagnostic::error(
                    "config",
                    t!("config-language-twice", code = l.code.as_str()),
                )
                .hint(t!("config-language-twice-hint")),
                format!("code: {}", l.code),
            ));
        }
    }
    if !c.has_language(&c.default_language) {
        return Err((
            Diagnostic::error(
                "config",
                t!(
                    "config-default-language-undeclared",
                    code = c.default_language.as_str()
                ),
            )
            .hint(t!(
                "config-use-one-of",
                codes = c.language_codes().join(", ")
            )),
            "default_language".into(),
        ));
    }
    for lang in c.title.keys().chain(c.description.keys()) {
        if !c.has_language(lang) {
            return Err((
                Diagnostic::error(
                    "config",
                    t!(
                        "config-text-undeclared-language",
                        lang = lang.escape_debug().to_string()
                    ),
                )
                .hint(t!(
                    "config-text-undeclared-language-hint",
                    codes = c.language_codes().join(", ")
                )),
                lang.to_string(),
            ));
        }
    }
    if let Some(base) = &c.base_url {
        let ok = (base.starts_with("https://") || base.starts_with("http://"))
            && !base.chars().any(|ch| {
                ch.is_whitespace() || ch.is_control() || matches!(ch, '"' | '\'' | '<' | '>' | '\\')
            });
        if !ok {
            return Err((
                Diagnostic::error(
                    "config",
                    t!("config-base-url", url = base.escape_debug().to_string()),
                )
                .hint(t!("config-base-url-hint")),
                "base_url".into(),
            ));
        }
    }
    for t in &c.taxonomies {
        let labels = t
            .title
            .keys()
            .chain(t.terms.values().flat_map(|names| names.keys()));
        for lang in labels {
            if !c.has_language(lang) {
                return Err((
                    Diagnostic::error(
                        "config",
                        t!(
                            "config-label-undeclared-language",
                            taxonomy = t.name.as_str(),
                            lang = lang.escape_debug().to_string()
                        ),
                    )
                    .hint(t!(
                        "config-label-undeclared-language-hint",
                        codes = c.language_codes().join(", ")
                    )),
                    lang.to_string(),
                ));
            }
        }
        if !is_plain_segment(&t.name) {
            return Err((
                Diagnostic::error(
                    "config",
                    t!(
                        "config-taxonomy-name",
                        name = t.name.escape_debug().to_string()
                    ),
                )
                .hint(t!("config-taxonomy-name-hint")),
                t.name.clone(),
            ));
        }
        if let Some(slug) = &t.slug {
            if !is_plain_segment(slug) {
                return Err((
                    Diagnostic::error(
                        "config",
                        t!(
                            "config-taxonomy-slug",
                            slug = slug.escape_debug().to_string()
                        ),
                    )
                    .hint(t!("config-taxonomy-slug-hint")),
                    slug.clone(),
                ));
            }
        }
        for term in t.terms.keys() {
            if crate::content::slug::url_segment(term).is_empty() {
                return Err((
                    Diagnostic::error(
                        "config",
                        t!(
                            "config-term-no-letter",
                            term = term.escape_debug().to_string(),
                            taxonomy = t.name.as_str()
                        ),
                    )
                    .hint(t!("term-no-letter-hint")),
                    term.clone(),
                ));
            }
        }
    }
    Ok(())
}

/// A BCP 47 tag of the usual shape: a 2-3 letter language, then subtags of
/// letters and digits (`vi`, `en-GB`, `zh-Hant`). It is a folder name and a
/// URL segment, so nothing else is accepted.
pub fn is_language_tag(code: &str) -> bool {
    let mut parts = code.split('-');
    let first = parts.next().unwrap_or("");
    (2..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
        && code.parse::<unic_langid::LanguageIdentifier>().is_ok()
}

/// Lowercase ASCII letters, digits, `-` and `_`: safe as a key and a URL segment.
fn is_plain_segment(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_' || ch == '-')
}
