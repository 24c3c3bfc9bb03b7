//! The content model: finding source files, reading front matter, and the
//! `Page` value every later stage works on.

pub mod discover;
pub mod front_matter;
pub mod lint;
pub mod page;
pub mod slug;

pub use discover::{discover, Asset, SourceFile};
pub use front_matter::FrontMatter;
pub use page::{Page, PageKind};
