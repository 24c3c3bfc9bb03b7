//! sala: a static knowledge-base generator for multilingual Markdown
//! (Vietnamese, Thai, English). `pipeline::run` is the whole build.

// A `Diagnostic` (path, position, message, hint) is the error value of every
// stage; it is built only on the error path, so its size does not matter.
#![allow(clippy::result_large_err)]

pub mod allocator;
pub mod archive;
pub mod book;
pub mod book_place;
pub mod cli;
pub mod config;
pub mod content;
pub mod diagnostics;
pub mod files;
pub mod i18n;
pub mod links;
pub mod markdown;
pub mod memory;
pub mod messages;
pub mod output;
pub mod pipeline;
pub mod proofread;
pub mod scaffold;
pub mod search;
pub mod serve;
pub mod site;
pub mod synth;
pub mod templates;
pub mod terminology;
pub mod text;
pub mod yaml;
