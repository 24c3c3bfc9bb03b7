//! Path confinement: every file a build writes, wherever its path came from
//! (slugs, language codes, taxonomy terms, asset names), goes through
//! `confine`, which lets through only plain relative paths that stay inside
//! the output folder. `key` gives the name two paths share when a file
//! system would take them for one file (Unicode form, case).

use unicode_normalization::UnicodeNormalization;

/// Checks an output path (`/`-separated, relative to the output folder).
/// Refuses anything that could leave the folder or mean something else on
/// another system: empty, absolute, `.`/`..` or empty segments, backslashes,
/// drive letters and other colons, control characters.
pub fn confine(rel: &str) -> Result<&str, String> {
    let why = if rel.is_empty() {
        Some(crate::t!("output-path-empty"))
    } else if rel.starts_with('/') {
        Some(crate::t!("output-path-absolute"))
    } else if rel.contains('\\') {
        Some(crate::t!("output-path-backslash"))
    } else if rel.contains(':') {
        Some(crate::t!("output-path-colon"))
    } else if rel.chars().any(char::is_control) {
        Some(crate::t!("output-path-control"))
    } else if rel
        .split('/')
        .any(|s| s.is_empty() || s == "." || s == ".." || s.ends_with('.') || s.ends_with(' '))
    {
        Some(crate::t!("output-path-segment"))
    } else {
        None
    };
    match why {
        Some(why) => Err(crate::t!(
            "output-path-refused",
            path = rel.escape_debug().to_string(),
            why = why
        )),
        None => Ok(rel),
    }
}

/// The name a file system may give `rel`: NFC, lowercase (macOS and Windows
/// file systems fold case and, on macOS, Unicode form).
pub fn key(rel: &str) -> String {
    rel.nfc().flat_map(char::to_lowercase).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_that_could_leave_the_output_are_refused() {
        for bad in [
            "",
            "/etc/passwd",
            "../x",
            "en/../../x",
            "en//index.html",
            "en/./index.html",
            "en/.../index.html",
            "en\\..\\x",
            "C:/x",
            "en/a\u{0}b",
            "en/a\nb/index.html",
            "en/ /index.html",
            "en/x./index.html",
        ] {
            assert!(confine(bad).is_err(), "{bad:?} must be refused");
        }
        assert_eq!(confine("vi/rủi-ro/index.html"), Ok("vi/rủi-ro/index.html"));
        assert_eq!(confine(".sala-manifest"), Ok(".sala-manifest"));
    }

    #[test]
    fn unicode_forms_and_case_share_one_key() {
        let nfd: String = "vi/Rủi-ro".nfd().collect();
        assert_eq!(key(&nfd), key("vi/rủi-ro"));
    }
}
