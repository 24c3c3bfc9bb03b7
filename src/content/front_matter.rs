//! YAML front matter: split it from the Markdown body, type it, and report
//! problems at the line they are on (with "did you mean" for unknown fields).

use crate::config::Config;
use crate::diagnostics::{suggest, Diagnostic};
use crate::t;
use crate::yaml;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

/// Fields an editor may set. Taxonomies (`topics:` ...) come from `sala.yaml`.
pub const KNOWN_FIELDS: &[&str] = &[
    "title",
    "description",
    "date",
    "updated",
    "weight",
    "draft",
    "slug",
    "translation_key",
    "template",
    "toc",
    "glossary",
    "search",
];

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct FrontMatter {
    #[serde(default, deserialize_with = "text")]
    pub title: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub date: Option<Date>,
    #[serde(default)]
    pub updated: Option<Date>,
    #[serde(default)]
    pub weight: Option<i64>,
    #[serde(default)]
    pub draft: bool,
    #[serde(default)]
    pub slug: Option<String>,
    #[serde(default)]
    pub translation_key: Option<String>,
    #[serde(default)]
    pub template: Option<String>,
    /// Show the table of contents (default: when the page has 3+ headings).
    #[serde(default)]
    pub toc: Option<bool>,
    /// Link glossary terms automatically (default: on).
    #[serde(default)]
    pub glossary: Option<bool>,
    /// List the page in search results (default: on).
    #[serde(default)]
    pub search: Option<bool>,
    #[serde(flatten)]
    pub extra: BTreeMap<String, yaml::Value>,
}

/// A text field: a string, or a number or yes/no written without quotes
/// (taken as written). `~`, `null` or a list is refused, so `title: ~` never
/// becomes the title "~" or an empty one silently.
fn text<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    match yaml::Value::deserialize(d)? {
        yaml::Value::String(s) => Ok(s),
        yaml::Value::Number(n) => Ok(n.to_string()),
        yaml::Value::Bool(b) => Ok(b.to_string()),
        yaml::Value::Null => Err(serde::de::Error::custom(
            "empty value: write the text after the colon",
        )),
        _ => Err(serde::de::Error::custom(
            "expected text, found a list or a map: quote the whole value",
        )),
    }
}

/// A calendar date written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    pub fn parse(s: &str) -> Option<Date> {
        let s = s.trim();
        let date_part = s.split(['T', ' ']).next()?;
        let mut it = date_part.split('-');
        let year = it.next()?.parse().ok()?;
        let month: u32 = it.next()?.parse().ok()?;
        let day: u32 = it.next()?.parse().ok()?;
        if it.next().is_some() || !(1..=12).contains(&month) || day < 1 {
            return None;
        }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        if day > days || !(1..=9999).contains(&year) {
            return None;
        }
        Some(Date { year, month, day })
    }

    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.iso())
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s).ok_or_else(|| {
            let shaped = s.len() == 10
                && s.char_indices().all(|(i, c)| {
                    if i == 4 || i == 7 {
                        c == '-'
                    } else {
                        c.is_ascii_digit()
                    }
                });
            // English markers for serde: `date_message` words them for the editor.
            serde::de::Error::custom(if shaped {
                format!("invalid date '{s}': {NO_SUCH_DAY}")
            } else {
                format!("invalid date '{s}': {NOT_A_DATE}")
            })
        })
    }
}

/// The parts of a source file.
pub struct Split<'a> {
    pub yaml: &'a str,
    /// 1-based line of the first YAML line.
    pub yaml_line: usize,
    pub body: &'a str,
    /// 1-based line of the first body line.
    pub body_line: usize,
}

/// Splits `---\n yaml \n---\n body`. A file without front matter is an error:
/// every page needs at least a title.
pub fn split<'a>(text: &'a str, path: &Path) -> Result<Split<'a>, Diagnostic> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let missing = || {
        Diagnostic::error("front matter", t!("fm-missing"))
            .at(path, 1, 1)
            .hint(t!("fm-missing-hint"))
    };
    let Some(rest) = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
    else {
        return Err(missing());
    };
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            let yaml = &rest[..offset];
            let body = &rest[offset + line.len()..];
            let yaml_lines = yaml.matches('\n').count();
            return Ok(Split {
                yaml,
                yaml_line: 2,
                body,
                body_line: 2 + yaml_lines + 1,
            });
        }
        offset += line.len();
    }
    Err(Diagnostic::error("front matter", t!("fm-not-closed"))
        .at(path, 1, 1)
        .hint(t!("fm-not-closed-hint")))
}

/// The front matter of one file, its taxonomy terms, and the problems that
/// did not stop it.
pub type Parsed = (FrontMatter, BTreeMap<String, Vec<String>>, Vec<Diagnostic>);

/// Parses and checks the YAML of one file. Returns the front matter, its
/// taxonomy terms, and every problem found in it: a field that is wrong
/// (unknown, mistyped, a bad date or term) is reported and left out, and the
/// other fields still count, so one run shows every mistake of the page.
/// Front matter that cannot be read at all leaves every field at its
/// default (the title from the file name) with its one error: the page's
/// body is still rendered and its links checked.
pub fn parse(split: &Split, path: &Path, config: &Config) -> Result<Parsed, Diagnostic> {
    let mut problems = Vec::new();
    let mut unreadable_fm = false;
    // Whether a problem already says what is wrong with the title.
    let mut title_said = false;
    let mut fm: FrontMatter = if split.yaml.trim().is_empty() {
        FrontMatter::default()
    } else {
        match yaml::from_str::<FrontMatter>(split.yaml) {
            Ok(fm) => fm,
            Err(e) => {
                let duplicate = e.raw.starts_with("duplicate ");
                match yaml::parse_value(split.yaml) {
                    Ok(yaml::Value::Mapping(map)) if !duplicate => {
                        let (fm, failed) = field_by_field(map, split, path, &mut problems);
                        title_said |= failed.iter().any(|k| k == "title");
                        fm
                    }
                    _ => {
                        problems.push(unreadable(e, split, path));
                        unreadable_fm = true;
                        FrontMatter::default()
                    }
                }
            }
        }
    };
    let extra = std::mem::take(&mut fm.extra);
    let mut taxonomies = BTreeMap::new();
    for (key, value) in extra {
        let line = key_line(split, &key);
        if let Some(tax) = config.taxonomy(&key) {
            let terms = match value {
                yaml::Value::Sequence(items) => items
                    .into_iter()
                    .map(|v| scalar_string(&v))
                    .collect::<Option<Vec<_>>>(),
                v => scalar_string(&v).map(|s| vec![s]),
            };
            let Some(terms) = terms else {
                problems.push(
                    Diagnostic::error("front matter", t!("fm-terms-not-list", key = key.as_str()))
                        .at(path, line, 1)
                        .hint(t!("fm-terms-not-list-hint", key = key.as_str())),
                );
                continue;
            };
            if let Some(bad) = terms
                .iter()
                .find(|t| crate::content::slug::url_segment(t).is_empty())
            {
                problems.push(
                    Diagnostic::error(
                        "front matter",
                        t!(
                            "fm-term-no-letter",
                            key = key.as_str(),
                            term = bad.escape_debug().to_string()
                        ),
                    )
                    .at(path, line, 1)
                    .hint(t!("term-no-letter-hint")),
                );
                continue;
            }
            let mut known_terms: Vec<String> = Vec::with_capacity(terms.len());
            for term in terms {
                // A term written twice (or as two spellings of one slug) is
                // one term: the page lists it once and is listed once under it.
                let slug = crate::content::slug::url_segment(&term);
                if known_terms
                    .iter()
                    .any(|t| crate::content::slug::url_segment(t) == slug)
                {
                    continue;
                }
                if !tax.terms.is_empty() && !tax.terms.contains_key(&term) {
                    {
                        let mut d = Diagnostic::error(
                            "front matter",
                            t!("fm-unknown-term", key = key.as_str(), term = term.as_str()),
                        )
                        .at(path, line, 1);
                        d = match suggest(&term, tax.terms.keys().map(String::as_str)) {
                            Some(s) => d.hint(t!("fm-unknown-term-suggest", suggestion = s)),
                            None => d.hint(t!("fm-unknown-term-hint")),
                        };
                        problems.push(d);
                    }
                } else {
                    known_terms.push(term);
                }
            }
            taxonomies.insert(key, known_terms);
        } else {
            let known: Vec<&str> = KNOWN_FIELDS
                .iter()
                .copied()
                .chain(config.taxonomies.iter().map(|t| t.name.as_str()))
                .collect();
            let mut d =
                Diagnostic::error("front matter", t!("fm-unknown-field", key = key.as_str()))
                    .at(path, line, 1);
            d = match suggest(&key, known.iter().copied()) {
                Some(s) => d.hint(t!("did-you-mean", suggestion = s)),
                None => d.hint(t!("fm-known-fields", fields = known.join(", "))),
            };
            title_said = true;
            problems.push(d);
        }
    }
    if fm.title.trim().is_empty() {
        // Said only when the front matter was read: unreadable front matter
        // has its own error.
        // One error per cause: a title that failed as a field, or a field
        // that is probably the title misspelled, already says it.
        if !unreadable_fm && !title_said {
            problems.push(
                Diagnostic::error("front matter", t!("fm-missing-title"))
                    .at(path, split.yaml_line, 1)
                    .hint(t!("fm-missing-title-hint")),
            );
        }
        // The page still goes on (its links are checked), under its file name.
        fm.title = path
            .file_stem()
            .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    }
    Ok((fm, taxonomies, problems))
}

/// Each field on its own: the ones that are wrong are reported at their line
/// and left out; the rest make the front matter.
fn field_by_field(
    map: yaml::Mapping,
    split: &Split,
    path: &Path,
    problems: &mut Vec<Diagnostic>,
) -> (FrontMatter, Vec<String>) {
    let mut keep = yaml::Mapping::new();
    let mut failed = Vec::new();
    for (k, v) in map {
        let mut one = yaml::Mapping::new();
        one.insert(k.clone(), v.clone());
        match yaml::from_value::<FrontMatter>(yaml::Value::Mapping(one)) {
            Ok(_) => {
                keep.insert(k, v);
            }
            Err(e) => {
                let key = k.as_str().unwrap_or("");
                failed.push(key.to_string());
                let said = date_message(&e.raw).unwrap_or_else(|| e.message.clone());
                let message = if said.starts_with(&format!("{key}:")) {
                    said
                } else {
                    format!("{key}: {said}")
                };
                let line = key_line(split, key);
                let hint = if e.raw.contains("invalid date") {
                    t!("fm-date-hint")
                } else if e.is_too_large() {
                    t!("fm-number-hint")
                } else {
                    t!("fm-yaml-hint")
                };
                let col = split
                    .yaml
                    .lines()
                    .nth(line.saturating_sub(split.yaml_line))
                    .map_or(1, |l| {
                        key.chars().count()
                            + 2
                            + l[key.len().min(l.len())..]
                                .chars()
                                .skip(1)
                                .take_while(|c| *c == ' ')
                                .count()
                    });
                problems.push(
                    Diagnostic::error("front matter", message)
                        .at(path, line, col)
                        .hint(hint),
                );
            }
        }
    }
    (
        yaml::from_value(yaml::Value::Mapping(keep)).unwrap_or_default(),
        failed,
    )
}

/// Why a date cannot be read, in the editor's words, from the English
/// marker that `Date`'s deserializer gives serde.
fn date_message(raw: &str) -> Option<String> {
    let rest = raw.split("invalid date '").nth(1)?;
    let (value, why) = rest.split_once("': ")?;
    Some(if why.starts_with(NO_SUCH_DAY) {
        t!("fm-date-no-such-day", value = value)
    } else {
        t!("fm-date-not-a-date", value = value)
    })
}

const NO_SUCH_DAY: &str = "there is no such day in the calendar";
const NOT_A_DATE: &str = "write it as YYYY-MM-DD";

/// The one error of front matter that cannot be read (YAML syntax, a key
/// given twice), at the line a person edits.
fn unreadable(e: yaml::YamlError, split: &Split, path: &Path) -> Diagnostic {
    let mut line = e
        .line
        .map_or(split.yaml_line - 1, |l| l + split.yaml_line - 1);
    // Errors from typed values (dates) lose their position through
    // `flatten`: find the line holding the quoted value instead.
    if e.raw.starts_with("invalid date '") {
        if let Some(value) = e.raw.split('\'').nth(1) {
            if let Some(i) = split.yaml.lines().position(|l| l.contains(value)) {
                line = split.yaml_line + i;
            }
        }
    }
    // A key given twice is reported where the mapping starts; the
    // mistake is the second one.
    let mut col = e.col.unwrap_or(0);
    let twice = e
        .raw
        .strip_prefix("duplicate field `")
        .or_else(|| e.raw.strip_prefix("duplicate entry with key \""))
        .and_then(|r| r.split(['`', '"']).next());
    if let Some(key) = twice {
        let pat = format!("{key}:");
        if let Some(i) = split
            .yaml
            .lines()
            .enumerate()
            .filter(|(_, l)| l.starts_with(&pat))
            .nth(1)
            .map(|(i, _)| i)
        {
            line = split.yaml_line + i;
            col = 1;
        }
    }
    // YAML cannot read a tab where indentation goes: say so plainly,
    // at the first line that starts with one.
    let tab_line = split.yaml.lines().position(|l| {
        let indent = &l[..l.len() - l.trim_start_matches([' ', '\t']).len()];
        indent.contains('\t')
    });
    let tabbed =
        tab_line.filter(|_| e.raw.contains("tab") || e.raw.contains("cannot start any token"));
    let message = match (tabbed, twice) {
        (Some(i), _) => {
            line = split.yaml_line + i;
            col = 1;
            t!("fm-tab", line = line)
        }
        (None, Some(key)) => t!("fm-twice", key = key),
        (None, None) => date_message(&e.raw).unwrap_or_else(|| e.message.clone()),
    };
    let hint = if tabbed.is_some() {
        t!("fm-tab-hint")
    } else if twice.is_some() {
        t!("fm-twice-hint")
    } else if e.is_too_large() {
        t!("fm-number-hint")
    } else if e.raw.contains("mapping values are not allowed") {
        t!("fm-colon-hint")
    } else if e.raw.starts_with("invalid date") {
        t!("fm-date-hint")
    } else {
        t!("fm-yaml-hint")
    };
    Diagnostic::error("front matter", message)
        .at(path, line, col)
        .hint(hint)
}

fn scalar_string(v: &yaml::Value) -> Option<String> {
    match v {
        yaml::Value::String(s) => Some(s.clone()),
        yaml::Value::Number(n) => Some(n.to_string()),
        yaml::Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// The file line where `key:` starts in the front matter (its first line if not found).
fn key_line(split: &Split, key: &str) -> usize {
    split
        .yaml
        .lines()
        .position(|l| {
            l.strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        })
        .map_or(split.yaml_line, |i| split.yaml_line + i)
}
