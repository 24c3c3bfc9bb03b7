//! Where a section's print book is written, and which sections get one.
//! Apart from `book`, which renders books through `templates::context`:
//! a page's context links to its book, and the output plan reserves the
//! book's address, without either needing `book` itself.

use crate::content::PageKind;
use crate::site::Site;

/// `vi/handbook/index.html` -> `vi/handbook/print/index.html`.
pub fn url(section_url: &str) -> String {
    let dir = section_url
        .strip_suffix("index.html")
        .unwrap_or(section_url);
    format!("{dir}print/index.html")
}

/// Whether the page at `i` gets a book: sections that hold at least one page.
pub fn has_book(site: &Site, i: usize) -> bool {
    site.pages[i].kind == PageKind::Section && !site.structure.children[i].is_empty()
}
