//! UI strings through Fluent (`i18n/<lang>.ftl`): one bundle per language, a
//! fallback to the default language for missing keys (reported as warnings), and
//! localized dates (Thai in the Buddhist Era).

mod dates;

pub use dates::format_date;

use crate::config::Config;
use crate::diagnostics::{line_col, Diagnostic};
use crate::t;
use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource, FluentValue};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Mutex;
use unic_langid::LanguageIdentifier;

type Bundle = FluentBundle<FluentResource>;

pub struct I18n {
    bundles: BTreeMap<String, Bundle>,
    default: String,
    /// (language, key) looked up but missing, reported after rendering.
    misses: Mutex<BTreeSet<(String, String)>>,
}

impl I18n {
    /// Loads `i18n/<lang>.ftl` for every language. Returns warnings for keys
    /// the default language has and another language lacks.
    pub fn load(root: &Path, config: &Config) -> Result<(I18n, Vec<Diagnostic>), Vec<Diagnostic>> {
        let mut bundles = BTreeMap::new();
        let mut errors = Vec::new();
        let mut warnings = Vec::new();
        let mut ids: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let door = crate::files::Door::new(root);
        for lang in config.language_codes() {
            let display = Path::new("i18n").join(format!("{lang}.ftl"));
            let text = match door.read_text(&display) {
                Ok(t) => t,
                Err(e) if !e.is_missing() => {
                    errors.push(e.diagnostic("i18n"));
                    continue;
                }
                Err(e) => {
                    let d = Diagnostic::warning(
                        "i18n",
                        t!("site-strings-cannot-read", reason = e.reason.as_str()),
                    )
                    .in_file(&display)
                    .hint(t!("site-strings-cannot-read-hint", lang = lang));
                    if lang == config.default_language {
                        errors.push(Diagnostic {
                            severity: crate::diagnostics::Severity::Error,
                            ..d
                        });
                    } else {
                        warnings.push(d);
                    }
                    continue;
                }
            };
            let resource = match FluentResource::try_new(text.clone()) {
                Ok(r) => r,
                Err((r, errs)) => {
                    for e in errs {
                        let (line, col) = line_col(&text, e.pos.start);
                        errors.push(
                            Diagnostic::error(
                                "i18n",
                                t!("site-fluent-syntax", error = e.kind.to_string()),
                            )
                            .at(&display, line, col)
                            .hint(t!("site-fluent-syntax-hint")),
                        );
                    }
                    r
                }
            };
            let keys: BTreeSet<String> = resource
                .entries()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                    _ => None,
                })
                .collect();
            ids.insert(lang.to_string(), keys);
            let langid: LanguageIdentifier = lang.parse().unwrap_or_default();
            let mut bundle = Bundle::new_concurrent(vec![langid]);
            bundle.set_use_isolating(false);
            if let Err(errs) = bundle.add_resource(resource) {
                for e in errs {
                    let d = match &e {
                        fluent::FluentError::Overriding { id, .. } => {
                            // The second definition is the one to remove or rename.
                            let line = text
                                .lines()
                                .enumerate()
                                .filter(|(_, l)| {
                                    l.strip_prefix(id.as_str())
                                        .is_some_and(|r| r.trim_start().starts_with('='))
                                })
                                .nth(1)
                                .map_or(0, |(i, _)| i + 1);
                            Diagnostic::error("i18n", t!("site-message-twice", id = id.as_str()))
                                .at(&display, line, 1)
                                .hint(t!("site-message-twice-hint"))
                        }
                        other => Diagnostic::error("i18n", other.to_string()).in_file(&display),
                    };
                    errors.push(d);
                }
            }
            errors.extend(unresolved(&bundle, &text, &display));
            bundles.insert(lang.to_string(), bundle);
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        if let Some(default_keys) = ids.get(&config.default_language) {
            for (lang, keys) in &ids {
                for missing in default_keys.difference(keys) {
                    warnings.push(
                        Diagnostic::warning(
                            "i18n",
                            t!(
                                "site-missing-key",
                                key = missing.as_str(),
                                lang = lang.as_str()
                            ),
                        )
                        .in_file(&Path::new("i18n").join(format!("{lang}.ftl")))
                        .hint(t!(
                            "site-missing-key-hint",
                            key = missing.as_str(),
                            default = config.default_language.as_str()
                        )),
                    );
                }
            }
        }
        Ok((
            I18n {
                bundles,
                default: config.default_language.clone(),
                misses: Mutex::new(BTreeSet::new()),
            },
            warnings,
        ))
    }

    /// The message `key` in `lang`, falling back to the default language.
    pub fn t(&self, lang: &str, key: &str, args: Option<&FluentArgs>) -> String {
        if let Some(s) = self.format(lang, key, args) {
            return s;
        }
        if let Ok(mut m) = self.misses.lock() {
            m.insert((lang.to_string(), key.to_string()));
        }
        self.format(&self.default, key, args)
            .unwrap_or_else(|| key.to_string())
    }

    fn format(&self, lang: &str, key: &str, args: Option<&FluentArgs>) -> Option<String> {
        let bundle = self.bundles.get(lang)?;
        let pattern = bundle.get_message(key)?.value()?;
        let mut errs = Vec::new();
        Some(bundle.format_pattern(pattern, args, &mut errs).into_owned())
    }

    /// Keys that were looked up but missing, as warnings (taken once).
    pub fn take_misses(&self) -> Vec<Diagnostic> {
        let misses = match self.misses.lock() {
            Ok(mut m) => std::mem::take(&mut *m),
            Err(_) => BTreeSet::new(),
        };
        misses
            .into_iter()
            .map(|(lang, key)| {
                Diagnostic::warning(
                    "i18n",
                    t!("site-missing-key", key = key.as_str(), lang = lang.as_str()),
                )
                .in_file(&Path::new("i18n").join(format!("{lang}.ftl")))
                .hint(t!("site-missing-key-used-hint", key = key.as_str()))
            })
            .collect()
    }

    /// Fluent arguments from template keyword arguments.
    pub fn args<'a>(pairs: impl IntoIterator<Item = (String, FluentValue<'a>)>) -> FluentArgs<'a> {
        let mut a = FluentArgs::new();
        for (k, v) in pairs {
            a.set(k, v);
        }
        a
    }
}

/// Messages that cannot be shown as written: a reference cycle (`menu = {
/// section }`, `section = { menu }`) or a reference to a message or term
/// this file does not define. Fluent would show readers `{menu}`; each is
/// an error at the message's line. Missing variables are not checked: the
/// templates pass them.
fn unresolved(bundle: &Bundle, text: &str, display: &Path) -> Vec<Diagnostic> {
    use fluent::resolver::errors::ReferenceKind;
    use fluent::resolver::ResolverError;
    let mut lines: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (i, l) in text.lines().enumerate() {
        if let Some((id, _)) = l.split_once('=') {
            let id = id.trim_end();
            if !id.is_empty() && !l.starts_with([' ', '\t', '#', '.']) {
                lines.entry(id).or_insert(i + 1);
            }
        }
    }
    let mut ids: Vec<&str> = lines.keys().copied().collect();
    ids.sort_by_key(|id| lines[id]);
    let mut out = Vec::new();
    // Every message of a cycle fails alike: one error names them all.
    let mut cycle: Vec<&str> = Vec::new();
    for id in ids {
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            continue;
        };
        let mut errs = Vec::new();
        bundle.format_pattern(pattern, None, &mut errs);
        if errs
            .iter()
            .any(|e| matches!(e, fluent::FluentError::ResolverError(ResolverError::Cyclic)))
        {
            cycle.push(id);
            continue;
        }
        let problem = errs.iter().find_map(|e| match e {
            fluent::FluentError::ResolverError(ResolverError::Reference(
                ReferenceKind::Message { id: other, .. } | ReferenceKind::Term { id: other, .. },
            )) => Some((
                t!("site-undefined-reference", id = id, other = other.as_str()),
                t!("site-undefined-reference-hint", other = other.as_str()),
            )),
            _ => None,
        });
        if let Some((message, hint)) = problem {
            out.push(
                Diagnostic::error("i18n", message)
                    .at(display, lines[id], 1)
                    .hint(hint),
            );
        }
    }
    if let Some(first) = cycle.first() {
        let names: Vec<String> = cycle.iter().map(|c| format!("'{c}'")).collect();
        out.push(
            Diagnostic::error("i18n", t!("site-reference-cycle", names = names.join(", ")))
                .at(display, lines[first], 1)
                .hint(t!("site-reference-cycle-hint")),
        );
    }
    out
}
