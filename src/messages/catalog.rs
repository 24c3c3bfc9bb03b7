//! The message files compiled into sala: one per area and language. A test
//! checks that this list and the folders agree, and that every language has
//! every message of English.

/// The languages sala speaks, English first (the fallback).
pub const LANGUAGES: &[&str] = &["en", "vi", "th"];

macro_rules! areas {
    ($($area:literal),+ $(,)?) => {
        /// (language, area, the file's text)
        pub const FILES: &[(&str, &str, &str)] = &[
            $(("en", $area, include_str!(concat!("en/", $area, ".ftl"))),)+
            $(("vi", $area, include_str!(concat!("vi/", $area, ".ftl"))),)+
            $(("th", $area, include_str!(concat!("th/", $area, ".ftl"))),)+
        ];
    };
}

areas![
    "cli",
    "config",
    "content",
    "files",
    "front-matter",
    "links",
    "new",
    "output",
    "serve",
    "site",
    "text"
];
