//! Stage 3: Markdown to HTML with pulldown-cmark, in one pass that also yields
//! the headings (for anchors and the table of contents), the outgoing links (for
//! checking and backlinks) and the plain text cut at headings (for search).

mod alerts;
mod autolink;
mod escape;
pub mod glossary;
mod held;
mod ids;
mod nesting;
mod options;
mod raw_urls;
mod render;
mod sanitize;
mod tagfilter;

pub use escape::{escape_attr, escape_text};
pub use glossary::{Entry as GlossaryEntry, Glossary, Matcher as GlossaryMatcher};
pub use held::{pack_from, Held, PACK_FROM};
pub(crate) use options::options;
pub use render::{
    render, AlertLabels, LinkRef, Problem, RenderInput, Rendered, TextSection, TocEntry,
};
