//! The Markdown features sala parses with, in one place: the renderer, the
//! editor's-notes scan (`alerts`, which `render` calls) and the terminology
//! check all cut text alike.

use pulldown_cmark::Options;

/// The Markdown features pages use (the terminology check reads pages with
/// the same ones, so text is cut alike).
pub(crate) fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_GFM
}
