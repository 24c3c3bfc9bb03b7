//! The one place that touches YAML. `serde_yaml` is archived upstream; Cargo.toml
//! maps the name to a maintained fork with the same API, and nothing else in the
//! crate names it, so a future swap stays a one-file change.

use serde::de::DeserializeOwned;

pub use serde_yaml::{Mapping, Value};

/// A YAML error with its 1-based position, when the parser knows it.
#[derive(Debug)]
pub struct YamlError {
    pub message: String,
    pub line: Option<usize>,
    pub col: Option<usize>,
}

impl From<serde_yaml::Error> for YamlError {
    fn from(e: serde_yaml::Error) -> Self {
        let loc = e.location();
        let mut message = e.to_string();
        // The library appends " at line X column Y"; we print positions ourselves.
        if let Some(i) = message.find(" at line ") {
            message.truncate(i);
        }
        YamlError {
            message,
            line: loc.as_ref().map(|l| l.line()),
            col: loc.as_ref().map(|l| l.column()),
        }
    }
}

/// Parses YAML text into a loose value (used to check keys before typing).
pub fn parse_value(text: &str) -> Result<Value, YamlError> {
    Ok(serde_yaml::from_str(text)?)
}

/// Converts a loose value into a typed one.
pub fn from_value<T: DeserializeOwned>(v: Value) -> Result<T, YamlError> {
    Ok(serde_yaml::from_value(v)?)
}

/// Parses YAML text straight into a typed value.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    Ok(serde_yaml::from_str(text)?)
}

/// Serializes a value to YAML text (used when scaffolding pages).
pub fn to_string<T: serde::Serialize>(v: &T) -> Result<String, YamlError> {
    Ok(serde_yaml::to_string(v)?)
}
