//! `sala new vi/handbook/my-page`: a page with the front matter an editor needs,
//! so nobody has to remember the field names. A name typed in words
//! ("Hợp tác mới") becomes the title, and its file an ASCII name made from
//! it (`hop-tac-moi.md`), so the web address reads the same everywhere; names
//! sala writes itself (`print`) are refused before the next build would.

use crate::config;
use crate::diagnostics::Diagnostic;
use crate::t;
use std::path::{Path, PathBuf};

/// Page names that would replace a file sala writes in every section (its
/// print book at `<section>/print/`) or that the content folder uses.
const RESERVED: &[&str] = &["print", "_index", "index"];

pub fn new_page(root: &Path, path: &str, title: Option<&str>) -> Result<PathBuf, Diagnostic> {
    let config = config::load(root)?;
    if path.ends_with('/') {
        return Err(
            Diagnostic::error("new", t!("new-names-a-folder", path = path))
                .hint(t!("new-usage-hint")),
        );
    }
    let typed = path.trim_start_matches('/').trim_end_matches(".md");
    let mut parts: Vec<&str> = typed.split('/').collect();
    // The last part is the page's name; typed in words, it is the title and
    // the file takes an ASCII form of it.
    let typed_name = parts.last().copied().unwrap_or("");
    let slug = crate::text::ascii_slug(typed_name, crate::pipeline::MAX_SEGMENT_BYTES);
    let words = typed_name
        .chars()
        .any(|c| c.is_whitespace() || !c.is_ascii());
    if words && slug.is_empty() {
        return Err(
            Diagnostic::error("new", t!("new-no-latin", name = typed_name)).hint(t!(
                "new-no-latin-hint",
                section = parts[..parts.len().saturating_sub(1)].join("/"),
                name = typed_name
            )),
        );
    }
    if words {
        if let Some(last) = parts.last_mut() {
            *last = &slug;
        }
    }
    let rel = parts.join("/");
    let rel = rel.as_str();
    let lang = parts[0];
    if !config.has_language(lang) {
        return Err(
            Diagnostic::error("new", t!("new-no-language", path = path)).hint(t!(
                "new-no-language-hint",
                languages = config.language_codes().join(", ")
            )),
        );
    }
    let bad_part = |p: &&str| {
        p.is_empty()
            || *p == "."
            || *p == ".."
            || p.starts_with('.')
            || p.chars().any(|c| c.is_control() || matches!(c, '\\' | ':'))
    };
    if parts.len() < 3 || parts.iter().any(bad_part) {
        return Err(
            Diagnostic::error("new", t!("new-not-a-page-path", path = path))
                .hint(t!("new-not-a-page-path-hint")),
        );
    }
    let name = parts[parts.len() - 1];
    if RESERVED.contains(&name) {
        return Err(
            Diagnostic::error("new", t!("new-reserved-name", name = name)).hint(t!(
                "new-reserved-name-hint",
                section = parts[..parts.len() - 1].join("/"),
                name = name
            )),
        );
    }
    let display = Path::new("content").join(format!("{rel}.md"));
    let file = root.join(&display);
    if file.exists() {
        return Err(Diagnostic::error("new", t!("new-exists"))
            .in_file(&display)
            .hint(t!("new-exists-hint")));
    }
    let section_dir = parts[..parts.len() - 1].join("/");
    let section_index = Path::new("content").join(&section_dir).join("_index.md");
    if !root.join(&section_index).is_file() {
        return Err(Diagnostic::error(
            "new",
            t!("new-not-a-section", section = section_dir.as_str()),
        )
        .in_file(&section_index)
        .hint(t!("new-not-a-section-hint")));
    }
    let title = title
        .map(str::to_string)
        .or_else(|| words.then(|| typed_name.to_string()));
    let title = title.unwrap_or_else(|| {
        let t = name.replace(['-', '_'], " ");
        let mut c = t.chars();
        c.next()
            .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
            .unwrap_or_default()
    });
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    if title.is_empty() {
        return Err(
            Diagnostic::error("new", t!("new-empty-title")).hint(t!("new-empty-title-hint"))
        );
    }
    let today = today();
    let mut taxonomies = String::new();
    for t in &config.taxonomies {
        taxonomies.push_str(&format!("{}: []\n", t.name));
    }
    // The placeholder links to the section's own page, from where the new
    // page sits. No first heading: the title is the page's heading already.
    let text = format!(
        "---\ntitle: {}\ndescription: \"\"\ndate: {today}\nweight: 100\n{taxonomies}---\n\n{}\n",
        yaml_string(&title),
        placeholder(lang),
    );
    if let Some(parent) = file.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|e| Diagnostic::error("new", e.to_string()).in_file(&display))?;
    }
    std::fs::write(&file, text)
        .map_err(|e| Diagnostic::error("new", e.to_string()).in_file(&display))?;
    Ok(display)
}

/// The first paragraph of a new page, in its language.
fn placeholder(lang: &str) -> &'static str {
    match lang {
        "vi" => "Viết nội dung trang ở đây. Liên kết tới trang khác bằng đường dẫn tệp của nó, ví dụ [trang của mục này](_index.md).",
        "th" => "เขียนเนื้อหาของหน้านี้ที่นี่ ลิงก์ไปยังหน้าอื่นด้วยชื่อไฟล์ของหน้านั้น เช่น [หน้าของหมวดนี้](_index.md)",
        _ => "Write the page here. Link other pages by their file: [this section](_index.md).",
    }
}

/// A YAML double-quoted string: every character that could end it or start a
/// new line of YAML is escaped.
fn yaml_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Today's date (UTC) as YYYY-MM-DD, from the system clock.
fn today() -> String {
    let (y, m, d) = crate::content::lint::today();
    format!("{y:04}-{m:02}-{d:02}")
}
