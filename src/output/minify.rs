//! Theme scripts go out minified. Readers on slow links pay for every byte of
//! the search scripts before their first result (about 39 KB of a 100 KB
//! first query with comments stripped, 27 KB minified). The theme's own
//! files stay commented and readable; only the copy in `assets/` is made
//! small.
//!
//! oxc parses the script and prints it back without comments and spaces,
//! with local names shortened (mangling). Its compressor, which rewrites
//! expressions, is left off: that is where minifiers break programs (oxc
//! calls it alpha), and it would save only a few more per cent. Global names
//! stay, so scripts still find each other. A script oxc cannot parse, or
//! one it fails on, goes out as before: without its comment lines, blank
//! lines and indentation only (the general minifiers tried earlier,
//! `minifier` and `minify-js`, broke or panicked on this theme's search.js).

use std::borrow::Cow;

/// `bytes` of the theme file `name`, trimmed when it is a script.
pub fn theme_file<'a>(name: &str, bytes: &'a [u8]) -> Cow<'a, [u8]> {
    if !name.ends_with(".js") || name.ends_with(".min.js") {
        return Cow::Borrowed(bytes);
    }
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Cow::Borrowed(bytes);
    };
    match minified(text).or_else(|| trim_script(text)) {
        Some(text) => Cow::Owned(text.into_bytes()),
        None => Cow::Borrowed(bytes),
    }
}

/// The classic script `text` parsed, mangled and printed without comments
/// and spaces; None when it does not parse (or oxc panics on it).
fn minified(text: &str) -> Option<String> {
    use oxc_allocator::Allocator;
    use oxc_codegen::{Codegen, CodegenOptions};
    use oxc_minifier::{MangleOptions, Minifier, MinifierOptions};
    use oxc_parser::Parser;
    use oxc_span::SourceType;
    std::panic::catch_unwind(|| {
        let allocator = Allocator::default();
        let parsed = Parser::new(&allocator, text, SourceType::script()).parse();
        if parsed.panicked || parsed.diagnostics.has_errors() {
            return None;
        }
        let mut program = parsed.program;
        let options = MinifierOptions {
            mangle: Some(MangleOptions {
                top_level: Some(false),
                ..MangleOptions::default()
            }),
            mangle_properties: None,
            compress: None,
        };
        let done = Minifier::new(options).minify(&allocator, &mut program);
        let code = Codegen::new()
            .with_options(CodegenOptions::minify())
            .with_scoping(done.scoping)
            .build(&program)
            .code;
        Some(code)
    })
    .ok()
    .flatten()
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

    fn out(name: &str, js: &str) -> String {
        String::from_utf8(theme_file(name, js.as_bytes()).into_owned()).unwrap()
    }

    #[test]
    fn comments_and_spaces_go_local_names_shrink_and_globals_stay() {
        let js = "// first remark\nvar salaThing = 1;\n(function (root) {\n  // second remark\n  var longLocalName = \"http://x.org/a\"; // trailing\n  root.salaApi = { url: longLocalName };\n})(window);\n";
        let min = out("search.js", js);
        assert!(
            !min.contains("remark") && !min.contains("trailing"),
            "{min}"
        );
        assert!(!min.contains("longLocalName"), "{min}");
        // Top-level names and properties are what other scripts read.
        assert!(min.contains("var salaThing=1"), "{min}");
        assert!(
            min.contains("salaApi") && min.contains("url:") && min.contains("http://x.org/a"),
            "{min}"
        );
        assert!(min.len() < js.len() / 2, "{min}");
    }

    #[test]
    fn strings_keep_every_character() {
        let min = out(
            "a.js",
            "var s = \"one \\\n    two\";\nvar t = `line\n  // not a comment here\n`;\n",
        );
        assert!(min.contains("one     two"), "{min}");
        assert!(min.contains("line\n  // not a comment here\n"), "{min}");
    }

    #[test]
    fn a_script_that_does_not_parse_is_only_trimmed() {
        let js = "// remark\nvar a = ;\n    var b = 2;\n";
        assert_eq!(out("broken.js", js), "var a = ;\nvar b = 2;\n");
    }

    #[test]
    fn other_files_and_minified_scripts_are_left_alone() {
        let js = "// a comment\nvar a = 1;\n";
        assert_eq!(out("style.css", js), js);
        assert_eq!(out("lib.min.js", js), js);
    }
}
