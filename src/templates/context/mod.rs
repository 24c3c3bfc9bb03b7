//! The views templates receive: small serializable structs built from indices
//! into the site, so a page's context holds links and titles, not other pages.
//!
//! One module per kind of page (`page`, `generated`), over the parts they
//! share: `base` (what every template gets), `nav` (sidebar and header
//! navigation) and `links` (addresses as templates read them).

mod base;
mod generated;
mod links;
mod nav;
mod page;

pub(crate) use base::base;
pub use generated::{languages, not_found, plain, root_not_found, taxonomy, term};
pub use links::LinkView;
pub use nav::{NavCache, SECTION_NAV_MAX, SECTION_NAV_WINDOW};
pub use page::page;
