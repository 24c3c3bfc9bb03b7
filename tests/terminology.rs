//! `terminology.yaml`: `sala check` warns at file:line:col where a page's
//! prose uses an avoided variant of a term (Thai without spaces, Vietnamese
//! and English on whole words), never inside code, link targets or longer
//! words, and `--format json` reports the same warnings.

mod common;
use common::{repo, sala, site};
use std::path::Path;

const TERMINOLOGY: &str = "\
- id: collaborative-governance
  en: {use: collaborative governance}
  th: {use: การอภิบาลแบบร่วมมือ, avoid: [ธรรมาภิบาลแบบร่วมมือกัน]}
- id: pronoun
  th: {use: ข้าพเจ้า, avoid: [ฉัน], except: [ฉันทามติ]}
- id: handbook
  en: {use: handbook}
  vi: {use: sổ tay, avoid: [cẩm nang]}
- id: cambodia
  en: {use: Cambodia}
  vi: {use: Cam-pu-chia, avoid: [Campuchia]}
- id: work-plan
  en: {use: work plan, avoid: [workplan]}
";

const TH: &str = "---\ntitle: \"ธรรมาภิบาลแบบร่วมมือกันในทางปฏิบัติ\"\n---\nหลักธรรมาภิบาลแบบร่วมมือกันช่วยสร้างฉันทามติ\n\nไม่ใช่ที่นี่: `ธรรมาภิบาลแบบร่วมมือกัน` และ[ลิงก์](https://example.org/ธรรมาภิบาลแบบร่วมมือกัน)\n\n```text\nธรรมาภิบาลแบบร่วมมือกัน\n```\n\n- [ ] ฉันพร้อมแล้วหรือยัง\n";

const VI: &str = "---\ntitle: Thuật ngữ\ndescription: \"Xem Cẩm nang\"\n---\nSổ tay dựa trên cẩm nang của Campuchia.\n\nKhông phải ở đây: cẩm nangx, `cẩm nang`, [liên kết](https://example.org/Campuchia).\n";

const EN: &str = "---\ntitle: Terms\n---\nOur workplan, not the workplans.\n\nNot here: `workplan` and [link](https://example.org/workplan).\n\n    workplan in an indented code block\n";

/// The fixture site with the terminology list and one page per language.
fn terms_site() -> tempfile::TempDir {
    let dir = site("multilingual");
    std::fs::write(dir.path().join("terminology.yaml"), TERMINOLOGY).unwrap();
    for (lang, text) in [("th", TH), ("vi", VI), ("en", EN)] {
        std::fs::write(
            dir.path().join(format!("content/{lang}/handbook/terms.md")),
            text,
        )
        .unwrap();
    }
    dir
}

/// The warnings, sorted as text (as the tests sort what they find).
fn expected() -> Vec<String> {
    let mut v: Vec<String> = [
        ("en", 4, 5, "'workplan' is an avoided term for work plan", "work plan"),
        ("th", 2, 9, "'ธรรมาภิบาลแบบร่วมมือกัน' is an avoided term for collaborative governance", "การอภิบาลแบบร่วมมือ"),
        ("th", 4, 5, "'ธรรมาภิบาลแบบร่วมมือกัน' is an avoided term for collaborative governance", "การอภิบาลแบบร่วมมือ"),
        ("th", 12, 7, "'ฉัน' is an avoided term for pronoun", "ข้าพเจ้า"),
        ("vi", 3, 19, "'Cẩm nang' is an avoided term for handbook", "sổ tay"),
        ("vi", 5, 17, "'cẩm nang' is an avoided term for handbook", "sổ tay"),
        ("vi", 5, 30, "'Campuchia' is an avoided term for Cambodia", "Cam-pu-chia"),
    ]
    .iter()
    .map(|(lang, line, col, msg, hint)| {
        format!("content/{lang}/handbook/terms.md:{line}:{col}: warning: terminology: {msg}\n  hint: write '{hint}'")
    })
    .collect();
    v.sort();
    v
}

fn terminology_lines(stderr: &str) -> Vec<String> {
    let lines: Vec<&str> = stderr.lines().collect();
    let mut out: Vec<String> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.contains(": warning: terminology:"))
        .map(|(i, l)| format!("{l}\n{}", lines.get(i + 1).unwrap_or(&"")))
        .collect();
    out.sort();
    out
}

#[test]
fn check_warns_at_each_avoided_variant_in_thai_vietnamese_and_english_prose_only() {
    let dir = terms_site();
    let run = sala(&["check"], dir.path());
    assert_eq!(run.code, 0, "warnings do not fail a check:\n{}", run.stderr);
    assert_eq!(terminology_lines(&run.stderr), expected(), "{}", run.stderr);
}

#[test]
fn check_format_json_reports_the_terminology_warnings() {
    let dir = terms_site();
    let run = sala(&["check", "--format", "json"], dir.path());
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    let mut found: Vec<String> = json["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| d["kind"] == "terminology")
        .map(|d| {
            assert_eq!(d["severity"], "warning");
            format!(
                "{}:{}:{}: warning: terminology: {}\n  hint: {}",
                Path::new(d["path"].as_str().unwrap()).display(),
                d["line"],
                d["col"],
                d["message"].as_str().unwrap(),
                d["hint"].as_str().unwrap()
            )
        })
        .collect();
    found.sort();
    assert_eq!(found, expected());
}

#[test]
fn build_reports_the_same_warnings() {
    let dir = terms_site();
    let out = tempfile::tempdir().unwrap();
    let run = sala(
        &["build", "--out", &out.path().to_string_lossy()],
        dir.path(),
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(terminology_lines(&run.stderr), expected());
}

#[test]
fn an_unknown_language_in_terminology_yaml_is_an_error_at_its_line() {
    let dir = site("multilingual");
    std::fs::write(
        dir.path().join("terminology.yaml"),
        "- id: handbook\n  en: {use: handbook}\n  fr: {use: manuel}\n",
    )
    .unwrap();
    let run = sala(&["check"], dir.path());
    assert_ne!(run.code, 0);
    assert!(
        run.stderr.contains("terminology.yaml:3:1: error: terminology: concept 'handbook' has unknown field or language 'fr'"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_bundled_site_uses_only_preferred_terms() {
    let run = sala(&["check"], &repo());
    assert!(
        !run.stderr.contains("terminology"),
        "avoided terms in the bundled site:\n{}",
        run.stderr
    );
}
