//! `sala new vi/handbook/my-page`: a page with the front matter an editor needs,
//! so nobody has to remember the field names.

use crate::config;
use crate::diagnostics::Diagnostic;
use std::path::{Path, PathBuf};

pub fn new_page(root: &Path, path: &str, title: Option<&str>) -> Result<PathBuf, Diagnostic> {
    let config = config::load(root)?;
    let rel = path.trim_matches('/').trim_end_matches(".md");
    let lang = rel.split('/').next().unwrap_or("");
    if !config.has_language(lang) {
        return Err(
            Diagnostic::error("new", format!("'{path}' does not start with a language")).hint(
                format!(
                    "write it as <lang>/<section>/<name>, with <lang> one of: {}",
                    config.language_codes().join(", ")
                ),
            ),
        );
    }
    if rel.split('/').count() < 2
        || rel
            .split('/')
            .any(|s| s.is_empty() || s == "." || s == "..")
    {
        return Err(
            Diagnostic::error("new", format!("'{path}' is not a page path"))
                .hint("write it as <lang>/<section>/<name>, e.g. vi/handbook/my-page"),
        );
    }
    let display = Path::new("content").join(format!("{rel}.md"));
    let file = root.join(&display);
    if file.exists() {
        return Err(Diagnostic::error("new", "the page already exists")
            .in_file(&display)
            .hint("choose another name, or edit it"));
    }
    let name = rel.rsplit('/').next().unwrap_or(rel);
    let title = title.map(str::to_string).unwrap_or_else(|| {
        let t = name.replace(['-', '_'], " ");
        let mut c = t.chars();
        c.next()
            .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
            .unwrap_or_default()
    });
    let today = today();
    let mut taxonomies = String::new();
    for t in &config.taxonomies {
        taxonomies.push_str(&format!("{}: []\n", t.name));
    }
    let text = format!(
        "---\ntitle: {}\ndescription: \"\"\ndate: {today}\nweight: 100\n{taxonomies}---\n\n## {} {{#overview}}\n\nWrite the page here. Link other pages by their file: [the handbook](../handbook/_index.md).\n",
        yaml_string(&title),
        title
    );
    if let Some(parent) = file.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|e| Diagnostic::error("new", e.to_string()).in_file(&display))?;
    }
    std::fs::write(&file, text)
        .map_err(|e| Diagnostic::error("new", e.to_string()).in_file(&display))?;
    Ok(display)
}

fn yaml_string(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Today's date (UTC) as YYYY-MM-DD, from the system clock.
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let days = (secs / 86_400) as i64;
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}
