//! Theme scripts go out without their comment lines and indentation. Readers
//! on slow links pay for every byte of the search scripts before their first
//! result, and a third of those bytes were comments and spaces (71 KB of
//! scripts, 48 KB without). The theme's own files stay commented; only the
//! copy in `assets/` is trimmed.
//!
//! Deliberately only what cannot change a program: whole lines that are `//`
//! comments, blank lines and leading spaces. Line breaks stay (automatic
//! semicolons are untouched), a line continued by a backslash is kept as it
//! is, and a script with a template literal (a backtick outside a comment
//! line, whose lines may hold anything) is copied unchanged. The general
//! minifiers tried (`minifier`, `minify-js`) broke or panicked on this
//! theme's search.js.

use std::borrow::Cow;

/// `bytes` of the theme file `name`, trimmed when it is a script.
pub fn theme_file<'a>(name: &str, bytes: &'a [u8]) -> Cow<'a, [u8]> {
    if !name.ends_with(".js") || name.ends_with(".min.js") {
        return Cow::Borrowed(bytes);
    }
    match std::str::from_utf8(bytes).ok().and_then(trim_script) {
        Some(text) => Cow::Owned(text.into_bytes()),
        None => Cow::Borrowed(bytes),
    }
}

/// The script without comment lines, blank lines and indentation; None when
/// it may hold a template literal.
fn trim_script(text: &str) -> Option<String> {
    let comment = |line: &str| line.trim_start().starts_with("//");
    if text.lines().any(|l| !comment(l) && l.contains('`')) {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut continued = false;
    for line in text.lines() {
        let inside = continued;
        if inside {
            // Inside a string continued by `\`: every character counts.
            out.push_str(line);
            out.push('\n');
        } else if !comment(line) && !line.trim().is_empty() {
            out.push_str(line.trim_start());
            out.push('\n');
        }
        continued = line.ends_with('\\') && (inside || !comment(line));
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trimmed(js: &str) -> String {
        String::from_utf8(theme_file("search.js", js.as_bytes()).into_owned()).unwrap()
    }

    #[test]
    fn comment_lines_and_indentation_go_and_code_stays() {
        let js = "// first remark\n(function () {\n  // second remark\n  var url = \"http://x.org/a\"; // kept: not a whole line\n\n  return url\n})();\n";
        assert_eq!(
            trimmed(js),
            "(function () {\nvar url = \"http://x.org/a\"; // kept: not a whole line\nreturn url\n})();\n"
        );
    }

    #[test]
    fn a_string_continued_by_a_backslash_keeps_its_spaces() {
        let js = "var s = \"one \\\n    two\";\n    // gone\n";
        assert_eq!(trimmed(js), "var s = \"one \\\n    two\";\n");
    }

    #[test]
    fn template_literals_other_files_and_minified_scripts_are_left_alone() {
        let js = "var t = `line\n  // not a comment here\n`;\n";
        assert_eq!(trimmed(js), js);
        let with_comment_tick = "// uses `load(name)`\nvar a = 1;\n";
        assert_eq!(trimmed(with_comment_tick), "var a = 1;\n");
        let css = b"body {\n  color: red; }\n";
        assert_eq!(&*theme_file("style.css", css), css);
        let min = b"  var a = 1;\n";
        assert_eq!(&*theme_file("lib.min.js", min), min);
    }
}
