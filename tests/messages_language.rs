//! sala speaks the editor's language: the system locale (`LC_ALL`,
//! `LC_MESSAGES`, `LANG`) or `--lang` chooses Vietnamese, Thai or English for
//! every problem, hint and summary; file paths and code stay as they are.

mod common;
use common::{sala, sala_with_locale, site};
use std::path::Path;
use std::process::Command;

/// A page with five different mistakes: an unknown field, a date that is no
/// day, an empty description, an `updated:` date in the future and an
/// unclosed code fence.
fn five_mistakes(dir: &Path) {
    std::fs::write(
        dir.join("content/en/handbook/slips.md"),
        "---\ntitle: Slips\ntitel: Slips\ndate: 2026-02-30\ndescription: \"\"\nupdated: 2999-01-01\n---\n\nText.\n\n```\nnever closed\n",
    )
    .unwrap();
}

#[test]
fn the_locale_chooses_vietnamese_and_thai_for_every_problem() {
    let dir = site("multilingual");
    five_mistakes(dir.path());
    let vi = sala_with_locale(&["check"], dir.path(), "vi_VN.UTF-8");
    assert_eq!(vi.code, 1, "{}", vi.stderr);
    for words in [
        "không nhận ra trường 'titel'",
        "ngày '2026-02-30' không hợp lệ",
        "phần mô tả (description) đang để trống",
        "2999-01-01 là một ngày trong tương lai",
        "khối mã này chưa được đóng",
        "gợi ý: có phải ý bạn là 'title'?",
        "content/en/handbook/slips.md:3:1: lỗi: phần khai báo đầu trang:",
        "đã kiểm tra",
    ] {
        assert!(vi.stderr.contains(words), "no {words:?} in:\n{}", vi.stderr);
    }
    let th = sala_with_locale(&["check"], dir.path(), "th_TH.UTF-8");
    for words in [
        "ไม่รู้จักช่องข้อมูล 'titel'",
        "วันที่ '2026-02-30' ไม่ถูกต้อง",
        "คำอธิบาย (description) ว่างอยู่",
        "วันที่ 2999-01-01 อยู่ในอนาคต",
        "บล็อกโค้ดนี้ไม่ได้ปิด",
        "คำแนะนำ: หมายถึง 'title' ใช่หรือไม่",
        "ตรวจแล้ว",
    ] {
        assert!(th.stderr.contains(words), "no {words:?} in:\n{}", th.stderr);
    }
    // Nothing of the English is left in the words sala writes itself.
    for english in [
        "unknown field",
        "did you mean",
        "hint:",
        "error:",
        "checked ",
    ] {
        assert!(
            !vi.stderr.contains(english),
            "{english:?} in:\n{}",
            vi.stderr
        );
        assert!(
            !th.stderr.contains(english),
            "{english:?} in:\n{}",
            th.stderr
        );
    }
}

#[test]
fn lang_overrides_the_locale_and_an_unknown_locale_means_english() {
    let dir = site("multilingual");
    five_mistakes(dir.path());
    let run = sala_with_locale(&["check", "--lang", "th"], dir.path(), "vi_VN.UTF-8");
    assert!(run.stderr.contains("ไม่รู้จักช่องข้อมูล"), "{}", run.stderr);
    let run = sala_with_locale(&["--lang", "vi", "check"], dir.path(), "th_TH.UTF-8");
    assert!(
        run.stderr.contains("không nhận ra trường"),
        "{}",
        run.stderr
    );
    let run = sala_with_locale(&["check"], dir.path(), "fr_FR.UTF-8");
    assert!(
        run.stderr.contains("unknown field 'titel'"),
        "{}",
        run.stderr
    );
    let run = sala(&["check"], dir.path());
    assert!(
        run.stderr.contains("unknown field 'titel'"),
        "{}",
        run.stderr
    );
}

#[test]
fn lc_all_then_lc_messages_then_lang_decide_as_in_the_c_library() {
    let dir = site("multilingual");
    five_mistakes(dir.path());
    let run = |vars: &[(&str, &str)]| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_sala"));
        cmd.arg("check").current_dir(dir.path());
        for k in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            cmd.env_remove(k);
        }
        for (k, v) in vars {
            cmd.env(k, v);
        }
        String::from_utf8_lossy(&cmd.output().unwrap().stderr).into_owned()
    };
    let thai = "ไม่รู้จักช่องข้อมูล";
    let vietnamese = "không nhận ra trường";
    assert!(run(&[("LANG", "th_TH.UTF-8")]).contains(thai));
    assert!(run(&[("LANG", "th_TH.UTF-8"), ("LC_MESSAGES", "vi_VN.UTF-8")]).contains(vietnamese));
    assert!(run(&[("LC_MESSAGES", "vi_VN.UTF-8"), ("LC_ALL", "th_TH.UTF-8")]).contains(thai));
    // An empty variable does not count.
    assert!(run(&[("LC_ALL", ""), ("LANG", "vi_VN")]).contains(vietnamese));
}

#[test]
fn json_keeps_kinds_in_english_for_scripts_and_messages_in_the_language() {
    let dir = site("multilingual");
    five_mistakes(dir.path());
    let run = sala_with_locale(&["check", "--format", "json"], dir.path(), "vi_VN.UTF-8");
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    let first = &json["diagnostics"][0];
    assert_eq!(first["kind"], "front matter", "{first}");
    assert_eq!(first["severity"], "error", "{first}");
    assert!(
        json["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["message"] == "không nhận ra trường 'titel'"),
        "{}",
        run.stdout
    );
}

#[test]
fn an_unknown_lang_is_refused_with_the_choices() {
    let dir = site("multilingual");
    let run = sala(&["check", "--lang", "fr"], dir.path());
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("vi, th, en"), "{}", run.stderr);
}

#[test]
fn the_serve_overlay_speaks_the_chosen_language() {
    let dir = site("multilingual");
    let server = common::serve_in(dir.path(), "th");
    let page = dir.path().join("content/vi/handbook/risks.md");
    let text = std::fs::read_to_string(&page).unwrap();
    std::fs::write(&page, text.replacen("title:", "titel:", 1)).unwrap();
    let start = std::time::Instant::now();
    let status = loop {
        let (_, body) = common::http::get(server.port, "/__sala/reload");
        if body.contains("titel") {
            break body;
        }
        assert!(start.elapsed().as_secs() < 10, "no error in {body}");
        std::thread::sleep(std::time::Duration::from_millis(25));
    };
    let json: serde_json::Value = serde_json::from_str(&status).expect("json");
    assert_eq!(json["lang"], "th", "{status}");
    assert!(
        json["title"].as_str().unwrap().contains("ไม่สำเร็จ"),
        "{status}"
    );
    assert!(json["note"].as_str().unwrap().contains("บันทึก"), "{status}");
    let errors = json["errors"][0].as_str().unwrap();
    assert!(
        errors.contains("ข้อผิดพลาด: ส่วนหัวของหน้า (front matter): ไม่รู้จักช่องข้อมูล 'titel'"),
        "{errors}"
    );
    assert!(
        errors.contains("คำแนะนำ: หมายถึง 'title' ใช่หรือไม่"),
        "{errors}"
    );
    assert!(
        server.stderr().contains("ไม่รู้จักช่องข้อมูล"),
        "{}",
        server.stderr()
    );
}

#[test]
fn sala_new_refuses_in_the_chosen_language() {
    let dir = site("multilingual");
    let vi = sala(&["new", "--lang", "vi", "vi/handbook/print"], dir.path());
    assert_eq!(vi.code, 1, "{}", vi.stderr);
    assert!(
        vi.stderr.contains("'print' là tên dành riêng cho sala"),
        "{}",
        vi.stderr
    );
    let th = sala_with_locale(&["new", "th/handbook/print"], dir.path(), "th_TH.UTF-8");
    assert!(
        th.stderr.contains("'print' เป็นชื่อที่ sala สงวนไว้"),
        "{}",
        th.stderr
    );
    let made = sala(&["new", "--lang", "th", "th/handbook/new-page"], dir.path());
    assert_eq!(made.code, 0, "{}", made.stderr);
    assert!(made.stdout.starts_with("สร้างแล้ว"), "{}", made.stdout);
}

#[test]
fn glossary_and_terminology_field_errors_speak_the_chosen_language() {
    // A glossary entry whose Thai line misspells `term`: serde's own English
    // ("unknown field") is reworded like sala.yaml's, the place kept.
    let dir = site("multilingual");
    std::fs::write(
        dir.path().join("glossary.yaml"),
        "- id: risk\n  page: handbook/risks.md\n  en: {term: risk, definition: D}\n  vi: {term: rủi ro, definition: D}\n  th: {trem: ความเสี่ยง, definition: D}\n",
    )
    .unwrap();
    let vi = sala(&["check", "--lang", "vi"], dir.path());
    assert_eq!(vi.code, 1, "{}", vi.stderr);
    assert!(
        vi.stderr
            .contains("không nhận ra khóa `trem`; các khóa hợp lệ: `term`"),
        "{}",
        vi.stderr
    );
    let th = sala(&["check", "--lang", "th"], dir.path());
    assert!(th.stderr.contains("ไม่รู้จักช่องข้อมูล `trem`"), "{}", th.stderr);
    assert!(!th.stderr.contains("unknown field"), "{}", th.stderr);
    // A language without its term names the entry and the language.
    std::fs::write(
        dir.path().join("glossary.yaml"),
        "- id: risk\n  page: handbook/risks.md\n  en: {term: risk, definition: D}\n  vi: {definition: D}\n  th: {term: ความเสี่ยง, definition: D}\n",
    )
    .unwrap();
    let vi = sala(&["check", "--lang", "vi"], dir.path());
    assert!(
        vi.stderr.contains("glossary.yaml:1:1: lỗi: bảng thuật ngữ: mục từ 'risk' chưa có khóa `term` cho ngôn ngữ vi"),
        "{}",
        vi.stderr
    );
    assert!(!vi.stderr.contains("missing field"), "{}", vi.stderr);
}
