//! The offline package and the print books, as users rely on them: the
//! archive lies beside the output, holds exactly the site under one folder with
//! README.txt on top, and is the same bytes on every build; each section has a
//! book of its pages in order that search leaves out.

mod common;
use common::{read, sala, site};
use std::io::Read as _;
use std::path::{Path, PathBuf};

fn build_with_archive(root: &Path, out: &Path, epoch: Option<&str>) -> (PathBuf, String) {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_sala"));
    cmd.args(["build", "--archive", "--out", &out.to_string_lossy()])
        .current_dir(root)
        .env_remove("SOURCE_DATE_EPOCH");
    if let Some(e) = epoch {
        cmd.env("SOURCE_DATE_EPOCH", e);
    }
    let run = cmd.output().expect("run sala");
    let stderr = String::from_utf8_lossy(&run.stderr).into_owned();
    assert!(run.status.success(), "{stderr}");
    let parent = out.parent().expect("parent");
    let zip = std::fs::read_dir(parent)
        .expect("list")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "zip"))
        .unwrap_or_else(|| panic!("no archive beside {}: {stderr}", out.display()));
    (zip, stderr)
}

#[test]
fn archive_is_named_after_site_and_newest_date_and_is_byte_identical_across_builds() {
    let dir = site("multilingual");
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (zip_a, stderr) = build_with_archive(dir.path(), &a.path().join("public"), None);
    // The newest `updated:` of the site's pages, never the wall clock.
    assert_eq!(
        zip_a.file_name().unwrap().to_string_lossy(),
        "test-site-2026-11-20.zip"
    );
    assert!(stderr.contains("archive "), "{stderr}");
    let (zip_b, _) = build_with_archive(dir.path(), &b.path().join("public"), None);
    assert!(
        std::fs::read(&zip_a).unwrap() == std::fs::read(&zip_b).unwrap(),
        "two builds of the same site gave different archives"
    );
    let c = tempfile::tempdir().unwrap();
    let (zip_c, _) = build_with_archive(dir.path(), &c.path().join("public"), Some("1700000000"));
    assert_eq!(
        zip_c.file_name().unwrap().to_string_lossy(),
        "test-site-2023-11-14.zip"
    );
}

#[test]
fn archive_holds_exactly_the_built_site_under_one_folder_with_readme_on_top() {
    let dir = site("multilingual");
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("public");
    let (zip, _) = build_with_archive(dir.path(), &out, None);
    let mut archive = zip::ZipArchive::new(std::fs::File::open(&zip).unwrap()).unwrap();
    let names: Vec<String> = (0..archive.len())
        .map(|i| archive.by_index_raw(i).unwrap().name().unwrap().to_string())
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "entries in path order");
    // Everything built but the output manifest, which is about the folder, not the site.
    let site_files: Vec<String> = common::snapshot(&out)
        .into_iter()
        .filter(|(p, _)| p != ".sala-manifest")
        .map(|(p, _)| format!("test-site-2026-11-20/{}", p.replace('\\', "/")))
        .collect();
    let mut expected = site_files.clone();
    expected.sort();
    assert_eq!(names, expected);
    let mut readme = String::new();
    archive
        .by_name("test-site-2026-11-20/README.txt")
        .unwrap()
        .read_to_string(&mut readme)
        .unwrap();
    for text in [
        "double-click index.html",
        "nhấp đúp vào tệp index.html",
        "ดับเบิลคลิกไฟล์ index.html",
        "any address or sub-path",
        "Search works offline",
        "ทดสอบ",
        "Thử nghiệm",
    ] {
        assert!(
            readme.contains(text),
            "README.txt lacks {text:?}:\n{readme}"
        );
    }
    let entry = archive.by_index(0).unwrap();
    assert_eq!(entry.unix_mode(), Some(0o100644));
    assert_eq!(
        entry
            .last_modified()
            .map(|t| (t.year(), t.month(), t.day())),
        Some((2026, 11, 20))
    );
}

#[test]
fn each_section_has_a_print_book_of_its_pages_in_order_that_search_leaves_out() {
    let dir = site("multilingual");
    let run = sala(&["build"], dir.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = dir.path().join("public");
    let section = read(&out.join("en/handbook/index.html"));
    assert!(
        section.contains(r#"<a href="print/index.html">Print this section</a>"#),
        "{section}"
    );
    let book = read(&out.join("en/handbook/print/index.html"));
    let at = |s: &str| {
        book.find(s)
            .unwrap_or_else(|| panic!("{s} not in the book"))
    };
    // Cover, contents, then the section and its pages by weight.
    assert!(at("book-cover") < at("book-toc"));
    assert!(at(r#"id="ch1""#) < at(r#"id="ch2""#) && at(r#"id="ch2""#) < at(r#"id="ch3""#));
    assert!(at("<h1>Handbook en</h1>") < at(" Dialogue en</h1>"));
    assert!(at(" Dialogue en</h1>") < at(" Seven common risks</h1>"));
    // Chapters are numbered, in the contents and at their heading, so a
    // printed book can be found one's way in; the section's own page opens it.
    assert!(
        book.contains(r##"<a href="#ch2"><span class="chapter-number">1</span> Dialogue en</a>"##),
        "{book}"
    );
    assert!(
        book.contains(r##"<h1><span class="chapter-number">2</span> Seven common risks</h1>"##),
        "{book}"
    );
    assert!(book.contains("Edition of <time datetime=\"2026-11-20\">20 November 2026</time>"));
    // The section's links to its pages lead to their chapters.
    assert!(book.contains(r##"<a href="#ch3">risks</a>"##), "{book}");
    // Thai: its own strings and a Buddhist Era date.
    let th = read(&out.join("th/handbook/print/index.html"));
    assert!(th.contains("สารบัญ") && th.contains("พ.ศ. 2569"), "{th}");
    // A chapter names its date as its page does: updated, or (a page without
    // `updated:`) published.
    let meta = |html: &str| -> String {
        let at = html.find(r#"<p class="meta">"#).expect("a date");
        html[at..at + html[at..].find("</p>").expect("end")].to_string()
    };
    for (lang, title, dated) in [
        ("en", "Seven common risks</h1>", "2026-11-01"),
        ("th", "ความเสี่ยงเจ็ดประการ</h1>", "2013-05-01"),
    ] {
        let page = read(&out.join(format!("{lang}/handbook/risks/index.html")));
        let book = read(&out.join(format!("{lang}/handbook/print/index.html")));
        let chapter = &book[book.find(title).expect("chapter")..];
        assert_eq!(meta(chapter), meta(&page), "{lang}");
        assert!(meta(&page).contains(dated), "{lang}: {}", meta(&page));
    }
    // Search does not index the book: it would repeat every page.
    for (path, bytes) in common::snapshot(&out.join("search")) {
        assert!(
            !String::from_utf8_lossy(&bytes).contains("print/index.html"),
            "{path} indexes the book"
        );
    }
}

#[test]
fn a_page_named_print_in_a_section_is_reported_instead_of_overwriting_its_print_book() {
    let dir = site("multilingual");
    std::fs::write(
        dir.path().join("content/en/handbook/print.md"),
        "---\ntitle: Print\n---\nText.\n",
    )
    .unwrap();
    let run = sala(&["check"], dir.path());
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "content/en/handbook/print.md and the print book of content/en/handbook/_index.md both write en/handbook/print/index.html"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn an_existing_file_not_made_by_sala_is_never_replaced_by_the_archive() {
    let dir = common::site("multilingual");
    let work = tempfile::tempdir().expect("tempdir");
    let out = work.path().join("public");
    let (zip, _) = build_with_archive(dir.path(), &out, None);
    // A rebuild replaces sala's own archive.
    build_with_archive(dir.path(), &out, None);
    std::fs::write(&zip, b"someone's notes").expect("write");
    let run = common::sala(
        &["build", "--out", &out.to_string_lossy(), "--archive"],
        dir.path(),
    );
    assert_ne!(run.code, 0);
    assert!(
        run.stderr.contains("exists and was not made by sala"),
        "{}",
        run.stderr
    );
    assert_eq!(std::fs::read(&zip).expect("read"), b"someone's notes");
}
