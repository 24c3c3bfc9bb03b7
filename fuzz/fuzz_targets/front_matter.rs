//! A whole page file: front matter split + parse (with the real sala.yaml,
//! which declares `topics`); the same text as sala.yaml (typed + validated via
//! `config::load`) and as glossary.yaml (entries + matchers).
#![no_main]

use libfuzzer_sys::fuzz_target;
use sala::config::{self, Config};
use sala::content::front_matter;
use sala::markdown::{GlossaryEntry, GlossaryMatcher};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn config() -> &'static Config {
    static C: OnceLock<Config> = OnceLock::new();
    C.get_or_init(|| sala::yaml::from_str(include_str!("../../sala.yaml")).expect("sala.yaml"))
}

fn dir() -> &'static PathBuf {
    static D: OnceLock<PathBuf> = OnceLock::new();
    D.get_or_init(|| {
        let d = std::env::temp_dir().join(format!("sala-fuzz-fm-{}", std::process::id()));
        std::fs::create_dir_all(&d).expect("temp dir");
        d
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let path = Path::new("vi/handbook/fuzz.md");
    if let Ok(split) = front_matter::split(text, path) {
        assert!(split.body_line >= split.yaml_line);
        let _ = front_matter::parse(&split, path, config());
    }
    // As sala.yaml: serde typing, then the validation only `load` runs.
    std::fs::write(dir().join(config::CONFIG_FILE), text).expect("write sala.yaml");
    let _ = config::load(dir());
    // As glossary.yaml.
    if let Ok(entries) = sala::yaml::from_str::<Vec<GlossaryEntry>>(text) {
        for lang in ["vi", "th", "en"] {
            if let Some(m) = GlossaryMatcher::new(&entries, lang) {
                let _ = m.find(text, &mut Vec::new());
            }
        }
    }
});
