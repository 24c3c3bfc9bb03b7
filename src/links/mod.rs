//! Cross-linking: resolving editors' `.md` links, translations, backlinks,
//! related pages, taxonomies, and the checks that keep them honest.

pub mod check;
pub mod graph;
mod hints;
pub use hints::SHARED as SHARED_FOLDER;
pub mod outputs;
pub mod resolve;
pub mod taxonomies;
pub mod translations;

pub use resolve::{relative_url, root_prefix, Resolver, Target};
