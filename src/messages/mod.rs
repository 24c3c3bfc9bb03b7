//! sala's own words — diagnostics and their hints, the command line's
//! summaries, `sala new` and the serve overlay — in the editor's language.
//!
//! Editors in ministries read Vietnamese or Thai more easily than English, so
//! every message sala writes goes through a Fluent bundle (`messages/<lang>/*.ftl`,
//! compiled into the binary: sala's words travel with sala, not with a site).
//! The language is chosen once per process: `--lang`, else the system locale
//! (`LC_ALL`, `LC_MESSAGES`, `LANG`, in that order, as other command-line
//! tools read it), else English. File paths, code and field names stay as
//! they are inside the messages.

mod catalog;

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource, FluentValue};
use std::collections::BTreeMap;
use std::sync::{LazyLock, OnceLock};

pub use catalog::{FILES, LANGUAGES};

type Bundle = FluentBundle<FluentResource>;

static CHOSEN: OnceLock<&'static str> = OnceLock::new();

static BUNDLES: LazyLock<BTreeMap<&'static str, Bundle>> =
    LazyLock::new(|| LANGUAGES.iter().map(|&lang| (lang, bundle(lang))).collect());

/// One language's bundle from the files compiled in. The files are checked by
/// this module's tests, so a syntax error here is a bug in sala, not in a site:
/// the entries that parse are kept.
fn bundle(lang: &'static str) -> Bundle {
    let id: unic_langid::LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Paths and code in messages must reach the terminal as they are, with no
    // invisible isolation marks around them.
    bundle.set_use_isolating(false);
    for (_, _, text) in FILES.iter().filter(|(l, _, _)| *l == lang) {
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// Chooses the language of every later message. The first call wins; a
/// language sala has no words for means English.
pub fn choose(requested: Option<&str>) -> &'static str {
    let wanted = requested
        .map(str::to_string)
        .or_else(from_environment)
        .unwrap_or_default();
    let lang = supported(&wanted).unwrap_or("en");
    CHOSEN.get_or_init(|| lang)
}

/// The language chosen (English until `choose` is called).
pub fn language() -> &'static str {
    CHOSEN.get().copied().unwrap_or("en")
}

/// The locale as `LC_ALL`, `LC_MESSAGES`, then `LANG` give it: the first that
/// is set and not empty decides, as in the C library.
fn from_environment() -> Option<String> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty())
}

/// `vi`, `vi_VN.UTF-8`, `th-TH`, `en_US@euro` → the language sala speaks.
fn supported(locale: &str) -> Option<&'static str> {
    let code = locale
        .split(['_', '-', '.', '@'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    LANGUAGES.iter().copied().find(|l| *l == code)
}

/// The message `id` in the chosen language, with its arguments. A message
/// missing in that language falls back to English (a test keeps the three
/// complete); one missing everywhere shows its id.
pub fn text(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    text_in(language(), id, args)
}

/// The message `id` in `lang`.
pub fn text_in(lang: &str, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        fargs.set(*k, v.clone());
    }
    for l in [lang, "en"] {
        let Some(bundle) = BUNDLES.get(l) else {
            continue;
        };
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            continue;
        };
        let mut errors = Vec::new();
        let out = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
        return out.into_owned();
    }
    id.to_string()
}

/// `t!("id", name = value, ...)`: the message `id` in the editor's language.
/// Values are anything Fluent takes: strings (`&str`, `String`) and numbers.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::messages::text($id, &[])
    };
    ($id:literal, $($k:ident = $v:expr),+ $(,)?) => {
        $crate::messages::text(
            $id,
            &[$((stringify!($k), ::fluent::FluentValue::from($v))),+],
        )
    };
}

#[cfg(test)]
mod tests;
