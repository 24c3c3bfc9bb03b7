//! A `.ftl` file loaded the way sala loads UI strings (`I18n::load` on a site
//! folder: the input is the default language's or another language's file),
//! then every message formatted with arguments.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sala::config::Config;
use sala::i18n::I18n;
use std::path::PathBuf;
use std::sync::OnceLock;

const SALA_YAML: &str = "title: {en: T, th: T, vi: T}\nlanguages:\n  - {code: vi, name: V}\n  - {code: th, name: T}\n  - {code: en, name: E}\ndefault_language: en\n";

fn setup() -> &'static (PathBuf, Config) {
    static S: OnceLock<(PathBuf, Config)> = OnceLock::new();
    S.get_or_init(|| {
        let d = std::env::temp_dir().join(format!("sala-fuzz-ftl-{}", std::process::id()));
        std::fs::create_dir_all(d.join("i18n")).expect("temp dir");
        std::fs::write(d.join("sala.yaml"), SALA_YAML).unwrap();
        for (l, t) in [
            ("vi", include_str!("../../i18n/vi.ftl")),
            ("th", include_str!("../../i18n/th.ftl")),
            ("en", include_str!("../../i18n/en.ftl")),
        ] {
            std::fs::write(d.join(format!("i18n/{l}.ftl")), t).unwrap();
        }
        let c = sala::config::load(&d).expect("config");
        (d, c)
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (dir, config) = setup();
    let lang = if data.len() % 2 == 0 { "en" } else { "th" };
    let file = dir.join(format!("i18n/{lang}.ftl"));
    std::fs::write(&file, text).unwrap();
    if let Ok((i18n, _warnings)) = I18n::load(dir, config) {
        let res = match fluent_syntax::parser::parse_runtime(text) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        let args = I18n::args([
            ("language".to_string(), "ไทย".into()),
            ("languages".to_string(), "vi, en".into()),
            ("count".to_string(), 3.into()),
            ("date".to_string(), "2026-11-24".into()),
        ]);
        for e in res.body {
            if let fluent_syntax::ast::Entry::Message(m) = e {
                let _ = i18n.t(lang, m.id.name, Some(&args));
                let _ = i18n.t("vi", m.id.name, None);
            }
        }
        let _ = i18n.take_misses();
    }
    // Leave the real file for the other language.
    let orig = if lang == "en" { include_str!("../../i18n/en.ftl") } else { include_str!("../../i18n/th.ftl") };
    std::fs::write(&file, orig).unwrap();
});
