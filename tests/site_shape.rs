//! Cost follows the site's shape, not only its size: a section of thousands
//! of pages does not list them all on each of its pages (a window around the
//! page read, and a link to the section page that lists them all).

mod common;
use common::{sala, site};
use std::path::Path;

/// The multilingual fixture with `n` more pages in one English section.
fn big_section(n: usize) -> tempfile::TempDir {
    let dir = site("multilingual");
    let section = dir.path().join("content/en/big");
    std::fs::create_dir_all(&section).unwrap();
    std::fs::write(section.join("_index.md"), "---\ntitle: Big\n---\n").unwrap();
    for i in 0..n {
        std::fs::write(
            section.join(format!("p{i:05}.md")),
            format!("---\ntitle: Page {i:05}\nweight: {i}\n---\nText {i}.\n"),
        )
        .unwrap();
    }
    dir
}

fn build(dir: &Path) -> std::path::PathBuf {
    let out = dir.join("public");
    let run = sala(&["build", "--out", &out.to_string_lossy()], dir);
    assert_eq!(run.code, 0, "{}", run.stderr);
    out
}

fn sidebar(html: &str) -> &str {
    let start = html.find("<nav class=\"sidebar\"").expect("sidebar");
    let end = start + html[start..].find("</nav>").expect("end");
    &html[start..end]
}

#[test]
fn a_big_section_shows_a_window_of_its_pages_and_links_to_them_all() {
    let dir = big_section(300);
    let out = build(dir.path());
    let page = std::fs::read_to_string(out.join("en/big/p00150/index.html")).unwrap();
    let nav = sidebar(&page);
    assert_eq!(nav.matches("<li").count(), 31, "{nav}");
    assert!(nav.contains("<ol start=\"136\">"), "{nav}");
    assert!(nav.contains("aria-current=\"page\">Page 00150<"), "{nav}");
    assert!(nav.contains("Page 00135<") && nav.contains("Page 00165<"));
    assert!(!nav.contains("Page 00134<") && !nav.contains("Page 00166<"));
    assert!(nav.contains("All 300 pages of this section"), "{nav}");
    // At the ends, the window holds the first or last 31.
    let first = std::fs::read_to_string(out.join("en/big/p00000/index.html")).unwrap();
    assert!(sidebar(&first).contains("Page 00030<") && !sidebar(&first).contains("Page 00031<"));
    let last = std::fs::read_to_string(out.join("en/big/p00299/index.html")).unwrap();
    assert!(sidebar(&last).contains("<ol start=\"270\">"));
    // The section page itself lists every page.
    let section = std::fs::read_to_string(out.join("en/big/index.html")).unwrap();
    let listing = &section[section.find("section-pages-title").expect("list")..];
    // (up to the sidebar, which follows the text)
    let listing = &listing[..listing
        .find("<nav class=\"sidebar")
        .unwrap_or(listing.len())];
    assert_eq!(listing.matches("Page 0").count(), 300);
}

#[test]
fn a_page_of_a_big_section_weighs_the_same_whatever_the_sections_size() {
    let sizes: Vec<usize> = [100, 400]
        .into_iter()
        .map(|n| {
            let dir = big_section(n);
            let out = build(dir.path());
            std::fs::metadata(out.join("en/big/p00050/index.html"))
                .unwrap()
                .len() as usize
        })
        .collect();
    // Only the counts in the text differ ("All 100" / "All 400").
    assert!(sizes[1].abs_diff(sizes[0]) < 64, "{sizes:?}");
}

#[test]
fn a_small_section_lists_all_its_pages_without_a_link_to_more() {
    let dir = big_section(20);
    let out = build(dir.path());
    let page = std::fs::read_to_string(out.join("en/big/p00010/index.html")).unwrap();
    let nav = sidebar(&page);
    assert_eq!(nav.matches("<li").count(), 20);
    assert!(!nav.contains("pages of this section"));
    assert!(!nav.contains("<ol start"));
}
