//! The one place that touches YAML. `serde_yaml` is archived upstream; Cargo.toml
//! maps the name to a maintained fork with the same API, and nothing else in the
//! crate names it, so a future swap stays a one-file change.

use serde::de::DeserializeOwned;

pub use serde_yaml::{Mapping, Value};

/// A YAML error with its 1-based position, when the parser knows it.
#[derive(Debug)]
pub struct YamlError {
    /// What went wrong, in the editor's language (the parser's own English
    /// words kept in parentheses where sala has none better).
    pub message: String,
    /// The parser's own first words, in English: what code matches on.
    pub raw: String,
    pub line: Option<usize>,
    pub col: Option<usize>,
}

impl From<serde_yaml::Error> for YamlError {
    fn from(e: serde_yaml::Error) -> Self {
        let loc = e.location();
        let full = e.to_string();
        // The parser says where it gave up ("... at line 4 column 1") and,
        // after ", while ...", where the construct it was reading began; the
        // beginning is where the editor's mistake is.
        let (head, context) = match full.split_once(", while ") {
            Some((h, c)) => (h, Some(c)),
            None => (full.as_str(), None),
        };
        let head_msg = head.split(" at line ").next().unwrap_or(head);
        let started = context.and_then(|c| {
            let (what, at) = c.split_once(" at line ")?;
            let (line, col) = at.split_once(" column ")?;
            let col: String = col.chars().take_while(char::is_ascii_digit).collect();
            Some((
                what.to_string(),
                line.trim().parse().ok()?,
                col.parse().ok()?,
            ))
        });
        let (message, line, col) = match started {
            Some((what, line, col)) => (in_words(head_msg, &what), Some(line), Some(col)),
            None => (
                in_words(head_msg, ""),
                loc.as_ref().map(|l| l.line()),
                loc.as_ref().map(|l| l.column()),
            ),
        };
        YamlError {
            message,
            raw: head_msg.to_string(),
            line,
            col,
        }
    }
}

impl YamlError {
    /// A number too big for a whole number field (serde names it u128/i128).
    pub fn is_too_large(&self) -> bool {
        self.raw.contains("` as u128") || self.raw.contains("` as i128")
    }
}

/// serde's "unknown field `x`, expected ..." and "missing field `x`" in the
/// editor's words, with the place it names kept in front ("[1].vi: "):
/// the same for `sala.yaml`, `glossary.yaml` and `terminology.yaml`.
fn field_words(message: &str) -> Option<String> {
    let i = message
        .find("unknown field `")
        .or(message.find("missing field `"))?;
    let (place, said) = message.split_at(i);
    if let Some((field, expected)) = unknown_field(said) {
        return Some(format!(
            "{place}{}",
            unknown_field_message(&field, &expected)
        ));
    }
    let field = said.strip_prefix("missing field `")?.trim_end_matches('`');
    Some(format!(
        "{place}{}",
        crate::t!("config-missing-field", field = field)
    ))
}

/// "unknown field `x`, expected ..." in the editor's words, the list of
/// keys as serde gives it (one, two, or more).
fn unknown_field_message(field: &str, expected: &[String]) -> String {
    let quoted: Vec<String> = expected.iter().map(|k| format!("`{k}`")).collect();
    match expected {
        [one] => crate::t!(
            "config-unknown-field-one",
            field = field,
            key = one.as_str()
        ),
        [one, other] => crate::t!(
            "config-unknown-field-two",
            field = field,
            key = one.as_str(),
            other = other.as_str()
        ),
        _ => crate::t!(
            "config-unknown-field",
            field = field,
            keys = quoted.join(", ")
        ),
    }
}

/// Parses serde's "unknown field `x`, expected one of `a`, `b`" message
/// (its own English words, `YamlError::raw`).
pub fn unknown_field(raw: &str) -> Option<(String, Vec<String>)> {
    let rest = raw.strip_prefix("unknown field `")?;
    let (field, rest) = rest.split_once('`')?;
    let expected: Vec<String> = rest
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect();
    (!expected.is_empty()).then(|| (field.to_string(), expected))
}

/// The parser's words turned into an editor's, keeping the original after them.
fn in_words(message: &str, context: &str) -> String {
    if let Some(words) = field_words(message) {
        return words;
    }
    // serde reads a number too big for 64 bits as u128/i128 and names the type.
    if let Some(rest) = message.split("invalid type: integer `").nth(1) {
        if let Some((number, tail)) = rest.split_once('`') {
            if tail.starts_with(" as u128") || tail.starts_with(" as i128") {
                let prefix = message.split("invalid type:").next().unwrap_or("");
                return format!("{prefix}{}", crate::t!("yaml-too-large", number = number));
            }
        }
    }
    let message = message
        .replace("expected i64", "expected a whole number")
        .replace("expected u64", "expected a whole number")
        .replace("expected a boolean", "expected true or false");
    let message = message.as_str();
    let plain = if context.contains("quoted scalar") {
        crate::t!("yaml-quote-not-closed")
    } else if context.contains("simple key") && message.contains("expected ':'") {
        crate::t!("yaml-no-colon")
    } else if context.contains("flow sequence") {
        crate::t!("yaml-list-not-closed")
    } else if context.contains("flow mapping") {
        crate::t!("yaml-map-not-closed")
    } else if message.contains("cannot start any token") {
        crate::t!("yaml-bad-character")
    } else if context.contains("block mapping") {
        crate::t!("yaml-indentation")
    } else {
        return message.to_string();
    };
    match context {
        "" => format!("{plain} ({message})"),
        c => format!("{plain} ({message}, while {c})"),
    }
}

/// Deepest `[`/`{` nesting the parser is given: beyond it, the text is refused
/// at once (a parser would spend seconds before its own recursion limit).
pub const MAX_NESTING: usize = 64;

/// Refuses text whose flow collections nest deeper than `MAX_NESTING`, in
/// one pass (quoted strings and comments skipped).
fn check_nesting(text: &str) -> Result<(), YamlError> {
    let mut depth = 0usize;
    let (mut line, mut col) = (1usize, 0usize);
    let mut quote: Option<char> = None;
    let mut comment = false;
    let mut prev = ' ';
    for c in text.chars() {
        col += 1;
        if c == '\n' {
            line += 1;
            col = 0;
            comment = false;
            prev = c;
            continue;
        }
        if comment {
            continue;
        }
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None => match c {
                '"' | '\'' if !prev.is_alphanumeric() => quote = Some(c),
                '#' if prev.is_whitespace() => comment = true,
                '[' | '{' => {
                    depth += 1;
                    if depth > MAX_NESTING {
                        return Err(YamlError {
                            message: crate::t!("yaml-too-deep", levels = MAX_NESTING),
                            raw: "nested too deep".into(),
                            line: Some(line),
                            col: Some(col),
                        });
                    }
                }
                ']' | '}' => depth = depth.saturating_sub(1),
                _ => {}
            },
        }
        prev = c;
    }
    Ok(())
}

/// Parses YAML text into a loose value (used to check keys before typing).
pub fn parse_value(text: &str) -> Result<Value, YamlError> {
    check_nesting(text)?;
    Ok(serde_yaml::from_str(text)?)
}

/// Converts a loose value into a typed one.
pub fn from_value<T: DeserializeOwned>(v: Value) -> Result<T, YamlError> {
    Ok(serde_yaml::from_value(v)?)
}

/// Parses YAML text straight into a typed value.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    check_nesting(text)?;
    Ok(serde_yaml::from_str(text)?)
}

/// Serializes a value to YAML text (used when scaffolding pages).
pub fn to_string<T: serde::Serialize>(v: &T) -> Result<String, YamlError> {
    Ok(serde_yaml::to_string(v)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> YamlError {
        from_str::<Value>(text).expect_err("must fail")
    }

    #[test]
    fn an_unclosed_quote_is_reported_where_it_opens() {
        let e = err("title: x\ndescription: \"open\nweight: 1\n");
        assert_eq!((e.line, e.col), (Some(2), Some(14)), "{}", e.message);
        assert!(
            e.message.starts_with("this quoted value is not closed"),
            "{}",
            e.message
        );
    }

    #[test]
    fn a_missing_colon_is_reported_on_its_line() {
        let e = err("title: x\ndate: 2026-01-01\nweight: 1\ndraft true\nslug: y\n");
        assert_eq!(e.line, Some(4), "{}", e.message);
    }

    #[test]
    fn deep_nesting_is_refused_at_once() {
        let text = format!("topics: {}", "[".repeat(100_000));
        let start = std::time::Instant::now();
        let e = err(&text);
        assert!(start.elapsed().as_millis() < 500);
        assert_eq!((e.line, e.col), (Some(1), Some(9 + MAX_NESTING)));
        assert!(e.message.contains("nested more than 64 levels"));
        // Brackets inside quotes are text.
        assert!(from_str::<Value>(&format!("t: \"{}\"", "[".repeat(100))).is_ok());
    }
}
