//! sala: a static knowledge-base generator for multilingual Markdown
//! (Vietnamese, Thai, English). `pipeline::run` is the whole build.

pub mod cli;
pub mod config;
pub mod content;
pub mod diagnostics;
pub mod i18n;
pub mod links;
pub mod markdown;
pub mod output;
pub mod pipeline;
pub mod scaffold;
pub mod search;
pub mod site;
pub mod synth;
pub mod templates;
pub mod yaml;
