//! The damage a bulk edit leaves behind, put back into a copy of the bundled
//! knowledge base: `sala check` warns at the place of each kind, in every
//! language, in page prose and in the site's other texts (`sala.yaml`
//! labels, `glossary.yaml`, `i18n/*.ftl`). The bundled site itself is clean.

mod common;
use common::{copy, repo, sala};
use std::path::Path;

/// A copy of the bundled site (sources only: no build output).
fn bundled_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for part in ["content", "themes", "i18n"] {
        copy(&repo().join(part), &dir.path().join(part));
    }
    for file in ["sala.yaml", "glossary.yaml", "terminology.yaml"] {
        std::fs::copy(repo().join(file), dir.path().join(file)).expect("copy");
    }
    dir
}

/// Appends `text` to a file; returns the 1-based line its first line lands on.
fn append(path: &Path, text: &str) -> usize {
    let mut old = std::fs::read_to_string(path).expect("read");
    if !old.ends_with('\n') {
        old.push('\n');
    }
    let line = old.lines().count() + 1;
    std::fs::write(path, old + text).expect("write");
    line
}

/// Replaces the one occurrence of `from`; returns its 1-based line.
fn replace(path: &Path, from: &str, to: &str) -> usize {
    let old = std::fs::read_to_string(path).expect("read");
    assert_eq!(
        old.matches(from).count(),
        1,
        "{from:?} once in {}",
        path.display()
    );
    let at = old.find(from).expect("found");
    std::fs::write(path, old.replacen(from, to, 1)).expect("write");
    old[..at].matches('\n').count() + 1
}

fn check(dir: &Path) -> String {
    let run = sala(&["check"], dir);
    assert_eq!(run.code, 0, "warnings do not fail a check:\n{}", run.stderr);
    run.stderr
}

fn assert_warns(stderr: &str, place: &str, message: &str) {
    assert!(
        stderr
            .lines()
            .any(|l| l.starts_with(place) && l.contains(": warning: ") && l.contains(message)),
        "no warning '{message}' at {place}:\n{stderr}"
    );
}

#[test]
fn the_bundled_site_has_no_repeated_words_or_doubled_years() {
    let run = sala(&["check"], &repo());
    assert!(
        !run.stderr.contains(": warning: text:"),
        "mechanical damage in the bundled site:\n{}",
        run.stderr
    );
}

#[test]
fn a_year_given_twice_in_one_date_is_reported_in_every_language() {
    let dir = bundled_copy();
    let pages = [
        (
            "th",
            "การประชุมจัดขึ้นเมื่อ พ.ศ. 2559 (ค.ศ. 2016) (พ.ศ. 2559) ที่กรุงโตเกียว\n",
            "'พ.ศ. 2559' is given twice",
        ),
        (
            "vi",
            "Hội thảo diễn ra năm 2016 (2016) tại Tokyo.\n",
            "'2016' is given twice",
        ),
        (
            "en",
            "The workshop met in Tokyo in 2016 (2016).\n",
            "'2016' is given twice",
        ),
        (
            "th",
            "แผนงาน พ.ศ. 2551–2555 (ค.ศ. 2009–2013) กำหนดไว้\n",
            "are not the same year",
        ),
    ];
    let mut expect = Vec::new();
    for (lang, text, message) in pages {
        let file = format!("content/{lang}/handbook/risks.md");
        let line = append(&dir.path().join(&file), &format!("\n{text}")) + 1;
        expect.push((format!("{file}:{line}:"), message));
    }
    let stderr = check(dir.path());
    for (place, message) in expect {
        assert_warns(&stderr, &place, message);
    }
}

#[test]
fn a_word_or_phrase_written_twice_in_a_row_is_reported_in_every_language() {
    let dir = bundled_copy();
    let file = |lang: &str| {
        dir.path()
            .join(format!("content/{lang}/handbook/policy-dialogue.md"))
    };
    let cases = [
        (
            "th",
            "ชื่อในตารางอ่านว่าการเสวนาการเสวนาเชิงนโยบาย\n",
            "'การเสวนา' is written twice",
        ),
        (
            "th",
            "ตารางนี้ใช้ การเสวนา การเสวนา ในแถวเดียว\n",
            "'การเสวนา' is written twice",
        ),
        (
            "vi",
            "Các bên cùng quản trị hợp tác hợp tác để giải quyết vấn đề.\n",
            "'hợp tác' is written twice",
        ),
        (
            "en",
            "Read the the design before the meeting.\n",
            "'the' is written twice",
        ),
    ];
    let mut expect = Vec::new();
    for (lang, text, message) in cases {
        let line = append(&file(lang), &format!("\n{text}")) + 1;
        expect.push((
            format!("content/{lang}/handbook/policy-dialogue.md:{line}:"),
            message,
        ));
    }
    let stderr = check(dir.path());
    for (place, message) in expect {
        assert_warns(&stderr, &place, message);
    }
    // Real words that look alike are left alone.
    for ok in ["ข้าราชการการเมือง", "ที่ที่อยู่", "người người, nhà nhà"]
    {
        assert!(!stderr.contains(&format!("'{ok}'")), "{ok}:\n{stderr}");
    }
}

#[test]
fn avoided_terms_in_labels_glossary_and_ui_strings_are_reported() {
    let dir = bundled_copy();
    let root = dir.path();
    let yaml_line = replace(
        &root.join("sala.yaml"),
        "th: การอำนวยกระบวนการ,",
        "th: การอำนวยความสะดวก,",
    );
    let canada = replace(
        &root.join("sala.yaml"),
        "canada: {vi: Canada,",
        "canada: {vi: Ca-na-đa,",
    );
    let glossary = append(
        &root.join("glossary.yaml"),
        "- id: damage-check\n  page: handbook/_index.md\n  vi: {term: thử nghiệm, definition: \"Khi các bên khó tính tham gia.\"}\n  th: {term: ข้อทดสอบ, definition: \"ผู้อำนวยความสะดวกในที่ประชุม\"}\n  en: {term: damage check, definition: \"A workplan entry.\"}\n",
    );
    let mut ftl = Vec::new();
    for (lang, text) in [
        ("th", "damage-check = ข้าพเจ้าขอรับรอง\n"),
        ("vi", "damage-check = Hội thảo tại Cam-pu-chia\n"),
        ("en", "damage-check = The workplan { $count }\n"),
    ] {
        ftl.push(append(&root.join(format!("i18n/{lang}.ftl")), text));
    }
    let stderr = check(root);
    assert_warns(
        &stderr,
        &format!("sala.yaml:{yaml_line}:"),
        "'การอำนวยความสะดวก' is an avoided term for facilitation",
    );
    assert_warns(
        &stderr,
        &format!("sala.yaml:{canada}:"),
        "'Ca-na-đa' is an avoided term for Canada",
    );
    assert_warns(
        &stderr,
        &format!("glossary.yaml:{}:", glossary + 2),
        "'khó tính' is an avoided term for difficult participants",
    );
    assert_warns(
        &stderr,
        &format!("glossary.yaml:{}:", glossary + 3),
        "'ผู้อำนวยความสะดวก' is an avoided term for facilitator",
    );
    assert_warns(
        &stderr,
        &format!("glossary.yaml:{}:", glossary + 4),
        "'workplan' is an avoided term for work plan",
    );
    assert_warns(
        &stderr,
        &format!("i18n/th.ftl:{}:16:", ftl[0]),
        "'ข้าพเจ้า' is an avoided term",
    );
    assert_warns(
        &stderr,
        &format!("i18n/vi.ftl:{}:", ftl[1]),
        "'Cam-pu-chia' is an avoided term for Cambodia",
    );
    assert_warns(
        &stderr,
        &format!("i18n/en.ftl:{}:", ftl[2]),
        "'workplan' is an avoided term for work plan",
    );
}

#[test]
fn code_and_quoted_mentions_of_a_variant_are_not_uses() {
    let dir = bundled_copy();
    let root = dir.path();
    let cases = [
        ("th", "บทความใช้คำว่า “ธรรมาภิบาลแบบร่วมมือกัน” และ `ธรรมาภิบาลแบบร่วมมือกัน` แต่ที่นี่ใช้ธรรมาภิบาลแบบร่วมมือกันผิด\n"),
        ("vi", "Văn bản gốc viết “Cam-pu-chia” và `Cam-pu-chia`, còn đây viết Cam-pu-chia sai.\n"),
        ("en", "The source writes “workplan” and `workplan`; this workplan is wrong.\n"),
    ];
    let mut lines = Vec::new();
    for (lang, text) in cases {
        let file = root.join(format!("content/{lang}/handbook/risks.md"));
        lines.push((lang, append(&file, &format!("\n{text}")) + 1));
    }
    let stderr = check(root);
    for (lang, line) in lines {
        let place = format!("content/{lang}/handbook/risks.md:{line}:");
        let found: Vec<&str> = stderr
            .lines()
            .filter(|l| l.starts_with(&place) && l.contains("terminology"))
            .collect();
        assert_eq!(
            found.len(),
            1,
            "only the plain use is reported ({lang}):\n{stderr}"
        );
    }
}
